import type { SlotId } from '../../src/index.js';
import type { BaselineSlot } from '../baseline/questions.js';

/**
 * One scripted screening. `says` is what the person types to ours, by the question asked (a question not
 * listed is answered "I'm not sure"); `taps` is what reaches the baseline: a suggested action's title for a
 * ChoicePrompt (what tapping it sends), typed words for its TextPrompt and DateTimePrompt.
 */
export type Conversation = {
  id: string;
  says: Partial<Record<SlotId, string>>;
  taps: Record<BaselineSlot, string>;
};

const contact = (name: string, email: string, phone: string, state: string): Partial<Record<SlotId, string>> => ({
  handoff: 'yes please',
  contact_name: name,
  contact_email: email,
  contact_phone: phone,
  state,
  represented: 'no, nobody',
  consent: 'yes, that is fine',
});

const no = 'No';
const yes = 'Yes';

/** Ten screenings in people's own words (written for the benchmark; not the evaluation's scenarios). */
export const conversations: readonly Conversation[] = [
  {
    id: 'wage-levy-rent',
    says: {
      narrative:
        'my boss says the irs sent a levy and they took 640 out of my paycheck friday. i only cleared 950. rent is due on the 1st and i cant make it now',
      irs_action: 'they are taking it out of every paycheck',
      hardship: 'yes i cant pay my rent',
      harm_date: 'rent is due december 1st',
      tried_irs: 'no not yet, i dont know who to call',
      disputes_amount: 'no i owe it, i filed late',
      notice: 'i got letters but i threw them out',
      appeal_status: 'no',
      ...contact('Marcus Hill', 'marcus.hill@example.com', '614 555 0101', 'Ohio'),
    },
    taps: {
      narrative: 'The IRS is taking money out of my paycheck and rent is due on the 1st.',
      irs_action: 'Taking money from my pay or bank',
      hardship: yes,
      harm_date: 'December 1st',
      tried_irs: no,
      waiting_days: 'Less than a month',
      promised_date_missed: no,
      process_failure: no,
      disputes_amount: no,
      notice: 'no letter',
      appeal_status: 'No, nothing filed',
      consent: yes,
    },
  },
  {
    id: 'refund-stuck',
    says: {
      narrative:
        'I filed in February and my refund of 3,400 still has not come. The website just says still processing. I called twice and they told me to wait 60 more days, that was in August.',
      irs_action: 'they are holding my refund',
      hardship: 'not really, it is just annoying',
      tried_irs: 'yes I called twice and mailed a letter',
      waiting_days: 'since February, so about nine months',
      promised_date_missed: 'yes they said 60 days and it has been way more',
      process_failure: 'they said they never got my letter',
      disputes_amount: 'no',
      notice: 'no letter from them at all',
      ...contact('Ana Ruiz', 'ana.ruiz@example.com', '(312) 555-0102', 'Illinois'),
    },
    taps: {
      narrative: 'My refund has been stuck since February.',
      irs_action: 'Holding my refund',
      hardship: no,
      harm_date: 'next week',
      tried_irs: yes,
      waiting_days: 'More than 3 months',
      promised_date_missed: yes,
      process_failure: yes,
      disputes_amount: no,
      notice: 'no letter',
      appeal_status: 'No, nothing filed',
      consent: yes,
    },
  },
  {
    id: 'bank-levy-utilities',
    says: {
      narrative:
        'The IRS emptied my checking account yesterday, almost 2,000 dollars. My electric bill is past due and they will shut it off next week.',
      irs_action: 'they took everything from my bank account',
      hardship: 'yes, my power is getting cut off',
      harm_date: 'next tuesday',
      tried_irs: 'no',
      disputes_amount: 'no I know I owe something',
      notice: 'I have an LT11 dated October 28',
      appeal_status: 'no I did not ask for a hearing',
      ...contact('Tom Becker', 'tbecker@example.com', '216 555 0103', 'OH'),
    },
    taps: {
      narrative: 'The IRS took the money in my bank account and my power will be shut off.',
      irs_action: 'Taking money from my pay or bank',
      hardship: yes,
      harm_date: 'next Tuesday',
      tried_irs: no,
      waiting_days: 'Less than a month',
      promised_date_missed: no,
      process_failure: no,
      disputes_amount: no,
      notice: 'LT11 dated October 28',
      appeal_status: 'No, nothing filed',
      consent: yes,
    },
  },
  {
    id: 'audit-lost-documents',
    says: {
      narrative:
        'Been in an audit since spring. I mailed my receipts three times and they keep saying they never got them. Now a letter says I owe 9,800 and I think that is flat wrong.',
      irs_action: 'the audit report says I owe 9,800',
      hardship: 'no, nothing is being taken yet',
      tried_irs: 'yes, mailed and faxed and called the examiner',
      waiting_days: 'about six months',
      promised_date_missed: 'she said she would call back in two weeks and never did',
      process_failure: 'yes they lost my documents over and over',
      disputes_amount: 'yes absolutely, those expenses are real',
      notice: 'Letter 525 dated November 12',
      appeal_status: 'I have not appealed',
      ...contact('Keisha Grant', 'kgrant@example.com', '704 555 0104', 'North Carolina'),
    },
    taps: {
      narrative: 'I have been in an audit since spring and they lost my documents.',
      irs_action: 'An audit or a proposed change',
      hardship: no,
      harm_date: 'next month',
      tried_irs: yes,
      waiting_days: 'More than 3 months',
      promised_date_missed: yes,
      process_failure: yes,
      disputes_amount: yes,
      notice: 'Letter 525 dated November 12',
      appeal_status: 'No, nothing filed',
      consent: yes,
    },
  },
  {
    id: 'identity-check-medicine',
    says: {
      narrative:
        'I got a letter saying they need to verify my identity before they release my refund. I need that money for my insulin, I am almost out.',
      irs_action: 'they are holding my refund until I verify',
      hardship: 'yes I cant afford my medicine',
      harm_date: 'right now',
      tried_irs: 'I tried calling but could never get through',
      waiting_days: 'about 5 weeks',
      promised_date_missed: 'no',
      process_failure: 'the phone line hangs up on me every time',
      disputes_amount: 'no',
      notice: '5071C dated September 30',
      ...contact('Linda Park', 'lpark@example.com', '503 555 0105', 'Oregon'),
    },
    taps: {
      narrative: 'They want me to verify my identity before they release my refund.',
      irs_action: 'Holding my refund',
      hardship: yes,
      harm_date: 'today',
      tried_irs: yes,
      waiting_days: '1 to 3 months',
      promised_date_missed: no,
      process_failure: yes,
      disputes_amount: no,
      notice: '5071C dated September 30',
      appeal_status: 'No, nothing filed',
      consent: yes,
    },
  },
  {
    id: 'lien-home-sale',
    says: {
      narrative:
        'There is a federal tax lien on my house and the buyer backs out unless it is released before closing on December 15.',
      irs_action: 'a lien on my house',
      hardship: 'yes, I will lose the sale',
      harm_date: 'the closing is December 15',
      tried_irs: 'yes I called the lien unit last month',
      waiting_days: 'about three weeks',
      promised_date_missed: 'not sure',
      process_failure: 'no',
      disputes_amount: 'no',
      notice: 'Letter 3172 dated November 4',
      appeal_status: 'no',
      ...contact('Robert Chen', 'rchen@example.com', '415 555 0106', 'California'),
    },
    taps: {
      narrative: 'There is a lien on my house and the sale closes on December 15.',
      irs_action: 'A lien on my property',
      hardship: yes,
      harm_date: 'December 15',
      tried_irs: yes,
      waiting_days: 'Less than a month',
      promised_date_missed: 'Not sure',
      process_failure: no,
      disputes_amount: no,
      notice: 'Letter 3172 dated November 4',
      appeal_status: 'No, nothing filed',
      consent: yes,
    },
  },
  {
    id: 'deficiency-dispute',
    says: {
      narrative:
        'I received a notice of deficiency saying I owe 12,000 more for 2023 because of a 1099 that is not even mine.',
      irs_action: 'they sent a notice of deficiency',
      hardship: 'no',
      tried_irs: 'no',
      disputes_amount: 'yes, that income is not mine',
      notice: 'CP3219A dated October 20',
      appeal_status: 'nothing filed yet',
      ...contact('Priya Shah', 'pshah@example.com', '201 555 0107', 'New Jersey'),
    },
    taps: {
      narrative: 'I got a notice of deficiency for income that is not mine.',
      irs_action: 'An audit or a proposed change',
      hardship: no,
      harm_date: 'next month',
      tried_irs: no,
      waiting_days: 'Less than a month',
      promised_date_missed: no,
      process_failure: no,
      disputes_amount: yes,
      notice: 'CP3219A dated October 20',
      appeal_status: 'No, nothing filed',
      consent: yes,
    },
  },
  {
    id: 'final-notice-payment-plan',
    says: {
      narrative:
        'My payment plan got cancelled after I missed one payment when I was in the hospital, and now I have a final notice of intent to levy.',
      irs_action: 'a final notice saying they will levy',
      hardship: 'not sure yet',
      tried_irs: 'yes I called to get the plan back, they said someone would call me in 30 days',
      waiting_days: 'two months',
      promised_date_missed: 'yes nobody ever called',
      process_failure: 'no',
      disputes_amount: 'no I just want the plan back',
      notice: 'Letter 1058 dated November 10',
      appeal_status: 'no hearing yet',
      ...contact('Dana White', 'dwhite@example.com', '602 555 0108', 'Arizona'),
    },
    taps: {
      narrative: 'My payment plan was cancelled and now I have a final notice.',
      irs_action: 'A final notice that they will levy',
      hardship: 'Not sure',
      harm_date: 'next month',
      tried_irs: yes,
      waiting_days: '1 to 3 months',
      promised_date_missed: yes,
      process_failure: no,
      disputes_amount: no,
      notice: 'Letter 1058 dated November 10',
      appeal_status: 'No, nothing filed',
      consent: yes,
    },
  },
  {
    id: 'passport-job',
    says: {
      narrative:
        'The State Department says they cannot renew my passport because the IRS certified me as seriously delinquent, and my new job needs me to travel in January.',
      irs_action: 'they certified my debt to the State Department',
      hardship: 'yes, I could lose the job',
      harm_date: 'January 10',
      tried_irs: 'no',
      disputes_amount: 'no',
      notice: 'CP508C dated October 1',
      ...contact('Sam Ortiz', 'sortiz@example.com', '305 555 0109', 'Florida'),
    },
    taps: {
      narrative: 'My passport was blocked because of my tax debt and I need to travel for work.',
      irs_action: 'Sending bills',
      hardship: yes,
      harm_date: 'January 10',
      tried_irs: no,
      waiting_days: 'Less than a month',
      promised_date_missed: no,
      process_failure: no,
      disputes_amount: no,
      notice: 'CP508C dated October 1',
      appeal_status: 'No, nothing filed',
      consent: yes,
    },
  },
  {
    id: 'amended-return-silence',
    says: {
      narrative:
        'I sent an amended return in April to fix a mistake and have heard nothing since. I have called three times and each time they send me to another department.',
      irs_action: 'nothing, they just do not answer',
      hardship: 'no',
      tried_irs: 'yes, three calls',
      waiting_days: 'since April',
      promised_date_missed: 'no one promised anything',
      process_failure: 'yes they keep transferring me',
      disputes_amount: 'no',
      notice: 'no letter',
      ...contact('Grace Lee', 'glee@example.com', '617 555 0110', 'Massachusetts'),
    },
    taps: {
      narrative: 'I sent an amended return in April and nothing has happened.',
      irs_action: 'Nothing yet',
      hardship: no,
      harm_date: 'next month',
      tried_irs: yes,
      waiting_days: 'More than 3 months',
      promised_date_missed: no,
      process_failure: yes,
      disputes_amount: no,
      notice: 'no letter',
      appeal_status: 'No, nothing filed',
      consent: yes,
    },
  },
];

/** Pure: the conversation script for the n-th conversation of a run (they repeat in order). */
export function scriptFor(n: number): Conversation {
  return conversations[n % conversations.length] as Conversation;
}

/** Pure: what the person types to ours for `slot`; a repeated question gets "I'm not sure". */
export function oursAnswer(script: Conversation, slot: string, repeated: boolean): string {
  if (repeated) return "I'm not sure";
  return script.says[slot as SlotId] ?? "I'm not sure";
}
