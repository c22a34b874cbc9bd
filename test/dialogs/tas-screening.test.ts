import { describe, expect, it } from 'vitest';
import tasScreening from '../../dialogs/tas-screening.js';
import { loadDialog } from '../../src/dialog/load.js';
import { expectTranscript, Session, screen } from '../helpers/transcript.js';

const dialog = loadDialog(tasScreening);

describe('TAS screening: paths to each outcome', () => {
  it('recommends TAS for a wage levy taking the rent money, as an emergency', () => {
    const { outcome, asked } = screen(dialog, {
      narrative: 'the irs started garnishing my paycheck last week and now i cant pay my rent',
      tried_irs: 'no not yet',
      disputes_amount: 'no i owe it',
      notice: 'no letter in front of me',
    });
    expect(outcome).toMatchObject({
      recommendation: 'tas',
      basis: ['economic_burden'],
      urgency: 'emergency',
      issue_type: 'levy_garnishment',
    });
    expect(asked.length).toBeLessThanOrEqual(8);
  });

  it('recommends TAS and counsel for a final levy notice the person disputes, with the hearing deadline', () => {
    const { outcome } = screen(dialog, {
      narrative:
        'I got an LT11 final notice of intent to levy dated November 2. If they levy my pay I cannot pay rent.',
      hardship: 'yes, rent',
      harm_date: 'no date',
      tried_irs: 'no',
      disputes_amount: 'yes, the amount is wrong',
      appeal_status: 'no',
    });
    expect(outcome).toMatchObject({ recommendation: 'tas_and_counsel', urgency: 'emergency' });
    expect(outcome?.deadlines.map((d) => [d.kind, d.due])).toEqual([['cdp_hearing', '2026-12-02']]);
  });

  it('recommends counsel for a disputed notice of deficiency with the Tax Court deadline', () => {
    const { outcome } = screen(dialog, {
      narrative: 'I got a notice of deficiency, Letter 3219, dated September 2. They say I owe 4,800 and I disagree.',
      hardship: 'no',
      tried_irs: 'no',
      disputes_amount: 'yes',
    });
    expect(outcome).toMatchObject({
      recommendation: 'counsel',
      urgency: 'emergency',
      issue_type: 'notice_of_deficiency',
    });
    expect(outcome?.deadlines[0]?.due).toBe('2026-12-01');
  });

  it('sends a plain bill with no harm and no attempt to the IRS first', () => {
    const { outcome } = screen(dialog, {
      narrative: 'I got a CP14 bill for $1,200 dated November 9.',
      tried_irs: 'no',
      disputes_amount: 'no, I owe it',
    });
    expect(outcome).toMatchObject({
      recommendation: 'irs_first',
      basis: [],
      urgency: 'routine',
      issue_type: 'balance_due_collection',
    });
  });

  it('finds a systemic burden after calls and a missed promise, asking the follow-ups only after a yes', () => {
    const { outcome, asked } = screen(dialog, {
      narrative: 'my refund has been stuck for months',
      irs_action: 'they are holding my refund',
      hardship: 'no',
      tried_irs: 'yes, I called twice',
      waiting_days: 'about five months',
      disputes_amount: 'no',
      notice: 'no letters',
    });
    expect(outcome).toMatchObject({ recommendation: 'tas', basis: ['systemic_burden'], issue_type: 'refund_delay' });
    expect(asked).toContain('waiting_days');
    expect(asked).not.toContain('promised_date_missed');
  });

  it('hands off after consent, then ends', () => {
    const { handoff, session } = screen(dialog, {
      narrative: 'the irs levied my bank account and froze everything, my mortgage is due',
      tried_irs: 'no',
      disputes_amount: 'no',
      notice: 'none',
      handoff: 'yes please',
      contact_name: 'Pat Doe',
      contact_email: 'pat@example.com',
      contact_phone: '614 555 0142',
      state: 'Ohio',
      represented: 'no',
      consent: 'yes',
    });
    expect(handoff).toMatchObject({ kind: 'handoff', reason: 'screening-complete' });
    expect(handoff?.kind === 'handoff' && handoff.text).toContain('pat@example.com');
    expect(session.state?.ended).toBe(true);
  });

  it('ends without a hand-off when consent is refused', () => {
    const { handoff, session } = screen(dialog, {
      narrative: 'they levied my bank account and i cant pay my mortgage',
      tried_irs: 'no',
      disputes_amount: 'no',
      notice: 'none',
      handoff: 'yes',
      contact_name: 'Pat Doe',
      contact_email: 'skip',
      contact_phone: '614 555 0142',
      state: 'Ohio',
      represented: 'no',
      consent: 'no',
    });
    expect(handoff).toBeUndefined();
    expect(session.state?.ended).toBe(true);
  });
});

describe('TAS screening: commands at any turn', () => {
  it('greets, says what it is and is not, and asks for the story', () => {
    expectTranscript(dialog, [
      ['say', /Taxpayer Advocate Service/],
      ['say', /not legal advice/],
      ['prompt', 'narrative'],
    ]);
  });

  it('explains a question on help and on why, then asks it again', () => {
    expectTranscript(dialog, [
      ['user', 'they sent me a letter about a levy and I am scared'],
      ['user', 'help'],
      ['say', /./],
      ['user', 'why do you ask'],
      ['say', /TAS/],
    ]);
  });

  it('takes "help" said again at the opening question as a plea, and goes on with the guided questions', () => {
    const session = new Session(dialog);
    session.send({ kind: 'start' });
    const first = session.send({ kind: 'text', text: 'help' });
    expect(first.find((o) => o.kind === 'prompt')).toMatchObject({ slot: 'narrative' });
    const second = session.send({ kind: 'text', text: 'help' });
    const next = second.find((o) => o.kind === 'prompt');
    expect(next?.kind === 'prompt' && next.slot).not.toBe('narrative');
    expect(next?.kind === 'prompt' && next.choices.length).toBeGreaterThan(0);
  });

  it('goes back to the previous question', () => {
    const session = new Session(dialog);
    session.send({ kind: 'start' });
    session.send({ kind: 'text', text: 'the irs is taking money from my paycheck every week now' });
    const first = session.state?.turnId;
    session.send({ kind: 'text', text: 'yes, I cannot pay rent' });
    const outputs = session.send({ kind: 'text', text: 'go back' });
    expect(outputs.some((o) => o.kind === 'say')).toBe(true);
    expect(session.state?.turnId).toBe(first);
  });

  it('asks to confirm a restart, and keeps the answers on no', () => {
    const session = new Session(dialog);
    session.send({ kind: 'start' });
    session.send({ kind: 'text', text: 'my refund is late and i need it for rent, they are holding it' });
    const asked = session.send({ kind: 'text', text: 'start over' });
    expect(asked.find((o) => o.kind === 'prompt')).toMatchObject({ slot: 'confirm_restart' });
    session.send({ kind: 'text', text: 'no' });
    expect(session.state?.answers.length).toBeGreaterThan(0);
    session.send({ kind: 'text', text: 'start over' });
    const restarted = session.send({ kind: 'text', text: 'yes' });
    expect(restarted.find((o) => o.kind === 'prompt')).toMatchObject({ slot: 'narrative' });
    expect(session.state?.answers).toEqual([]);
  });

  it('hands off at once when the person asks for a human', () => {
    expectTranscript(dialog, [
      ['user', 'the irs took my tax refund and i dont know why'],
      ['user', 'can I talk to a real person'],
      ['handoff', { reason: 'asked-for-person' }],
      ['end'],
    ]);
  });

  it('re-prompts a specific question, then offers the choices and a person, then leaves it open', () => {
    const session = new Session(dialog);
    session.send({ kind: 'start' });
    session.send({ kind: 'text', text: 'the irs is garnishing my wages since last month' });
    const turn = session.state?.turnId;
    const first = session.send({ kind: 'text', text: 'purple monkey dishwasher' });
    expect(first.find((o) => o.kind === 'prompt')).toBeDefined();
    const second = session.send({ kind: 'text', text: 'purple monkey dishwasher' });
    const prompt = second.find((o) => o.kind === 'prompt');
    expect(prompt?.kind === 'prompt' && prompt.choices.some((c) => c.value === 'agent')).toBe(true);
    session.send({ kind: 'text', text: 'purple monkey dishwasher' });
    expect(session.state?.turnId).not.toBe(turn);
  });

  it('takes a correction, re-asks what depends on it and says whether the outcome changed', () => {
    const { session } = screen(dialog, {
      narrative: 'I got a CP14 bill for $1,200 dated November 9.',
      tried_irs: 'no',
      disputes_amount: 'no',
    });
    const outputs = session.send({ kind: 'text', text: 'actually I also got an LT11 dated November 20' });
    expect(outputs[0]).toMatchObject({ kind: 'say', text: expect.stringMatching(/updated/) });
    // A final levy notice makes hardship matter: only that, and the hearing question, are asked.
    expect(outputs.find((o) => o.kind === 'prompt')).toMatchObject({ slot: 'hardship' });
    const afterHardship = session.send({ kind: 'text', text: 'no' });
    expect(afterHardship.find((o) => o.kind === 'prompt')).toMatchObject({ slot: 'appeal_status' });
    const final = session.send({ kind: 'text', text: 'no, nothing filed' });
    expect(final.some((o) => o.kind === 'say' && /different/.test(o.text))).toBe(true);
    const outcome = final.find((o) => o.kind === 'outcome');
    expect(outcome?.kind === 'outcome' && outcome.outcome.deadlines.map((d) => [d.kind, d.due])).toEqual([
      ['cdp_hearing', '2026-12-21'],
    ]);
  });

  /** A session at the first time `slot` is asked, answering every other question "no"; and that prompt. */
  const sessionAt = (narrative: string, slot: string) => {
    const session = new Session(dialog);
    session.send({ kind: 'start' });
    let outputs = session.send({ kind: 'text', text: narrative });
    const promptOf = (o: typeof outputs) => o.find((x) => x.kind === 'prompt');
    for (let i = 0; promptOf(outputs)?.slot !== slot && i < 10; i += 1)
      outputs = session.send({ kind: 'text', text: 'no' });
    return { session, prompt: promptOf(outputs) };
  };

  it('takes "no... wait, yes" as the answer to the open question, not as a correction of an earlier one', () => {
    const { session, prompt } = sessionAt('The IRS sent me a final notice of intent to levy, an LT11.', 'hardship');
    expect(prompt?.kind === 'prompt' && prompt.slot).toBe('hardship');
    const outputs = session.send({ kind: 'text', text: "no... wait, yes. If they take 15% I can't pay my rent" });
    expect(outputs.some((o) => o.kind === 'say' && /updated|change/i.test(o.text))).toBe(false);
    expect(session.state?.answers.find((a) => a.slot === 'hardship' && a.owned)?.facts).toMatchObject({
      hardship: 'yes',
    });
  });

  it('takes "wait, ... October 20, 2025" to the date question as the date, not a change of an earlier answer', () => {
    const { session, prompt } = sessionAt(
      'I have a notice of deficiency dated October 20, I disagree with it.',
      'notice',
    );
    expect(prompt?.kind === 'prompt' && prompt.slot).toBe('notice');
    session.send({ kind: 'text', text: 'wait, the letter is from 2025 not this year. October 20, 2025. sorry' });
    const notices = session.state?.answers.flatMap((a) => a.facts.notices ?? []) ?? [];
    expect(notices.at(-1)).toMatchObject({ code: 'NOD', date: '2025-10-20' });
  });

  it('goes back to the open question when it cannot tell which answer to change', () => {
    const { session, prompt } = sessionAt('The IRS sent me a final notice of intent to levy, an LT11.', 'hardship');
    const picker = session.send({ kind: 'text', text: 'change my answer' });
    expect(picker.find((o) => o.kind === 'prompt')?.text).toMatch(/change/);
    const outputs = session.send({ kind: 'text', text: 'hmm I am not really sure what you mean here' });
    expect(outputs.some((o) => o.kind === 'say' && /nothing was changed/.test(o.text))).toBe(true);
    expect(outputs.find((o) => o.kind === 'prompt')).toEqual(prompt);
  });

  it('says the outcome is the same when a correction does not change it', () => {
    const { session } = screen(dialog, {
      narrative: 'I got a CP14 bill for $1,200 dated November 9.',
      tried_irs: 'no',
      disputes_amount: 'no',
    });
    const outputs = session.send({ kind: 'text', text: 'actually the bill is for $1,300' });
    expect(outputs.some((o) => o.kind === 'say' && /doesn't change the outcome/.test(o.text))).toBe(true);
  });

  it('forgets the conversation on "delete my data"', () => {
    expectTranscript(dialog, [['user', 'delete my data'], ['forget'], ['end']]);
  });

  it('resumes at the same question when the channel restarts the conversation', () => {
    const session = new Session(dialog);
    session.send({ kind: 'start' });
    session.send({ kind: 'text', text: 'the irs put a lien on my house and the closing is next month' });
    const turn = session.state?.turnId;
    const again = session.send({ kind: 'start' });
    expect(again).toHaveLength(1);
    expect(session.state?.turnId).toBe(turn);
  });

  it('restarts politely when the stored state is from another dialog version', () => {
    const session = new Session(dialog);
    session.send({ kind: 'start' });
    session.state = { ...(session.state as NonNullable<typeof session.state>), dialogVersion: 0 };
    const outputs = session.send({ kind: 'text', text: 'hello' });
    expect(outputs[0]).toMatchObject({ kind: 'say', text: expect.stringMatching(/updated/) });
  });
});

describe('TAS screening: notices', () => {
  it('asks for the printed date when the story only says when a deadline notice arrived, and dates it from a bare date', () => {
    const { outcome, asked } = screen(dialog, {
      narrative:
        'I got a final notice of intent to levy about two weeks ago. I owe the money, I just cannot pay it all.',
      hardship: 'no',
      tried_irs: 'no',
      disputes_amount: 'no',
      notice: 'its dated 11/9',
      appeal_status: 'no',
    });
    expect(asked).toContain('notice');
    expect(outcome?.deadlines.map((d) => [d.kind, d.due, d.mustConfirm])).toEqual([
      ['cdp_hearing', '2026-12-09', false],
    ]);
  });
});

describe('TAS screening: what a story leaves out', () => {
  it('asks what the IRS did when the story names nothing that can cause harm, and finds the held refund', () => {
    const { outcome, asked } = screen(dialog, {
      narrative: 'The IRS is auditing my 2024 return and says my grandkids do not qualify for the credit.',
      irs_action: 'they are holding my whole refund until the audit is done',
      hardship: 'yes, I needed that refund to fix my car and without it I cannot get to work',
      harm_date: 'december 10',
      tried_irs: 'no',
      disputes_amount: 'yes',
      notice: 'Letter 525 dated November 10',
    });
    expect(asked.slice(0, 3)).toEqual(['narrative', 'irs_action', 'hardship']);
    expect(outcome).toMatchObject({ recommendation: 'tas_and_counsel', basis: ['economic_burden'], urgency: 'high' });
  });

  it('confirms a notice date read from the story before it counts as printed', () => {
    const { outcome, asked } = screen(dialog, {
      narrative:
        'On Nov 6 the IRS sent me a Letter 3172 about a lien, and my bank will not renew my credit line on December 15.',
      hardship: 'yes, without the credit line my bakery cannot buy stock and may close',
      harm_date: 'december 15',
      tried_irs: 'no',
      disputes_amount: 'no',
      notice: 'Letter 3172 dated November 6',
      appeal_status: 'no',
    });
    expect(asked).toContain('notice');
    expect(outcome?.deadlines.map((d) => [d.kind, d.due])).toEqual([['cdp_hearing', '2026-12-07']]);
  });
});
