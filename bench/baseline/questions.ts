/** The 12 questions of the baseline screening, in order: the same slots as ours, asked the usual way. */
export const baselineSlots = [
  'narrative',
  'irs_action',
  'hardship',
  'harm_date',
  'tried_irs',
  'waiting_days',
  'promised_date_missed',
  'process_failure',
  'disputes_amount',
  'notice',
  'appeal_status',
  'consent',
] as const;
export type BaselineSlot = (typeof baselineSlots)[number];

/** How a question is asked: a ChoicePrompt with these titles, a TextPrompt or a DateTimePrompt. */
export type Question =
  | { slot: BaselineSlot; kind: 'choice'; text: string; retry: string; choices: string[] }
  | { slot: BaselineSlot; kind: 'text' | 'date'; text: string; retry: string };

const yesNo = ['Yes', 'No', 'Not sure'];

/** The questions, keyed by slot. */
export const questions: Record<BaselineSlot, Question> = {
  narrative: {
    slot: 'narrative',
    kind: 'text',
    text: "In your own words, what's going on with the IRS?",
    retry: 'Tell me a little about the IRS problem, in a sentence or two.',
  },
  irs_action: {
    slot: 'irs_action',
    kind: 'choice',
    text: 'What has the IRS actually done so far?',
    retry: 'Please pick what the IRS has done.',
    choices: [
      'Taking money from my pay or bank',
      'A final notice that they will levy',
      'A lien on my property',
      'Holding my refund',
      'An audit or a proposed change',
      'Sending bills',
      'Nothing yet',
    ],
  },
  hardship: {
    slot: 'hardship',
    kind: 'choice',
    text: 'Is this causing you financial hardship now or soon?',
    retry: 'Is it causing you financial hardship? Yes, no, or not sure.',
    choices: yesNo,
  },
  harm_date: {
    slot: 'harm_date',
    kind: 'date',
    text: 'When does that hit you? For example, the day rent is due.',
    retry: "What's the date it hits, roughly? For example 'December 1st' or 'in two weeks'.",
  },
  tried_irs: {
    slot: 'tried_irs',
    kind: 'choice',
    text: 'Have you already tried to sort this out with the IRS yourself?',
    retry: 'Have you contacted the IRS about this yet: yes, no, or not sure?',
    choices: yesNo,
  },
  waiting_days: {
    slot: 'waiting_days',
    kind: 'choice',
    text: 'How long have you been waiting for the IRS to resolve it?',
    retry: 'Roughly how long has it been?',
    choices: ['Less than a month', '1 to 3 months', 'More than 3 months'],
  },
  promised_date_missed: {
    slot: 'promised_date_missed',
    kind: 'choice',
    text: 'Did the IRS promise to fix it by a certain time, and then miss that date?',
    retry: 'Did they give you a date that has passed? Yes, no, or not sure.',
    choices: yesNo,
  },
  process_failure: {
    slot: 'process_failure',
    kind: 'choice',
    text: 'Has the IRS process broken down, like lost documents or being passed around?',
    retry: 'Has anything like lost papers or repeated requests happened? Yes, no, or not sure.',
    choices: yesNo,
  },
  disputes_amount: {
    slot: 'disputes_amount',
    kind: 'choice',
    text: 'Do you disagree with what the IRS says you owe, or with their decision?',
    retry: 'Do you think the IRS has the amount or the decision wrong? Yes, no, or not sure.',
    choices: yesNo,
  },
  notice: {
    slot: 'notice',
    kind: 'text',
    text: 'What is the number in the corner of the IRS letter (like CP504 or LT11), and its date? Say no letter if none.',
    retry: "Please type the letter's code, like CP504 or Letter 1058, or say no letter.",
  },
  appeal_status: {
    slot: 'appeal_status',
    kind: 'choice',
    text: 'Have you already asked for a hearing or an appeal, or gone to Tax Court?',
    retry: 'Have you filed for a hearing, an appeal or Tax Court?',
    choices: ['No, nothing filed', 'I asked for a hearing', "It's in Tax Court"],
  },
  consent: {
    slot: 'consent',
    kind: 'choice',
    text: 'May we share what you told me with our advisor so they can contact you?',
    retry: 'I need a clear yes to share your information. May we share it?',
    choices: ['Yes', 'No'],
  },
};

/** Pure: the slot a baseline message asks about (its question or its retry), or undefined for any other text. */
export function slotOfText(text: string): BaselineSlot | undefined {
  for (const slot of baselineSlots) {
    const q = questions[slot];
    if (text.startsWith(q.text) || text.startsWith(q.retry)) return slot;
  }
  return undefined;
}

/** Pure: what someone taps after a retry: the first choice, a plain date, or "no letter". */
export function retryAnswer(slot: BaselineSlot): string {
  const q = questions[slot];
  if (q.kind === 'choice') return q.choices[0] ?? 'Yes';
  if (q.kind === 'date') return 'tomorrow';
  return slot === 'notice' ? 'no letter' : 'The IRS is taking my money and I need help.';
}
