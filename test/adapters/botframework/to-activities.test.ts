import { describe, expect, it } from 'vitest';
import { toHandoffCard } from '../../../adapters/botframework/cards.js';
import { toActivities } from '../../../adapters/botframework/to-activities.js';
import { makeHandoffOutput, makeOutcome, makeOutcomeOutput, makePrompt } from './fixtures.js';

describe('toActivities', () => {
  it('turns a question into text, suggested actions and channelData.slot', () => {
    const [activity] = toActivities([makePrompt()], 'directline');
    expect(activity).toMatchObject({
      type: 'message',
      text: 'What is the IRS problem about?',
      inputHint: 'expectingInput',
      channelData: { slot: 'issue_type' },
    });
    expect(activity?.suggestedActions?.actions[0]).toEqual({
      type: 'messageBack',
      title: 'A levy or garnishment',
      text: 'A levy or garnishment',
      displayText: 'A levy or garnishment',
      value: { choice: 'levy_garnishment' },
    });
  });

  it('names the question on its buttons when told which activity the outputs answer', () => {
    const [activity] = toActivities([makePrompt()], 'directline', 'conv|0000004');
    expect(activity?.suggestedActions?.actions[0]?.value).toEqual({
      choice: 'levy_garnishment',
      prompt: 'conv|0000004',
    });
  });

  it('puts Teams choices on card buttons, since Teams shows three suggested actions at most', () => {
    const [activity] = toActivities([makePrompt()], 'msteams');
    expect(activity?.suggestedActions).toBeUndefined();
    expect(activity?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
  });

  it('sends a question without choices as plain text with its slot', () => {
    const [activity] = toActivities([makePrompt({ slot: 'contact_email', choices: [] })], 'directline');
    expect(activity?.suggestedActions).toBeUndefined();
    expect(activity?.channelData).toEqual({ slot: 'contact_email' });
  });

  it('renders the outcome as an Adaptive Card with the outcome object and a text fallback', () => {
    const output = makeOutcomeOutput();
    const [activity] = toActivities([output], 'directline');
    const card = activity?.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(activity?.channelData).toEqual({ outcome: output.outcome });
    expect(activity?.summary).toBe(output.text);
    const content = JSON.stringify(card?.content);
    for (const text of ['Ask the Taxpayer Advocate Service', 'Hearing request due March 31, 2025', 'Next steps']) {
      expect(content).toContain(text);
    }
    expect(card?.content).toMatchObject({ type: 'AdaptiveCard', version: '1.5', fallbackText: output.text });
  });

  it('colours the outcome header by urgency', () => {
    const urgent = toActivities([makeOutcomeOutput(makeOutcome({ urgency: 'emergency' }))], 'directline');
    const routine = toActivities([makeOutcomeOutput(makeOutcome({ urgency: 'routine' }))], 'directline');
    const headerStyle = (activities: typeof urgent) => {
      const content = activities[0]?.attachments?.[0]?.content as { body: { style?: string }[] } | undefined;
      return content?.body[0]?.style;
    };
    expect(headerStyle(urgent)).toBe('attention');
    expect(headerStyle(routine)).toBe('accent');
  });

  it('confirms a hand-off with a card carrying channelData.handoff', () => {
    const output = makeHandoffOutput();
    const [activity] = toActivities([output], 'directline');
    expect(activity?.channelData).toEqual({ handoff: output.summary });
    expect(JSON.stringify(activity?.attachments?.[0]?.content)).toContain('An advisor will email you');
  });

  it('keeps the order of the outputs', () => {
    const activities = toActivities(
      [makeOutcomeOutput(), makePrompt(), { kind: 'say', text: 'Noted.' }, { kind: 'end', text: 'Bye.' }],
      'webchat',
    );
    expect(activities.map((a) => a.summary ?? a.text)).toEqual([
      makeOutcomeOutput().text,
      'What is the IRS problem about?',
      'Noted.',
      'Bye.',
    ]);
  });

  it('sends what is said before a question in the same message, as paragraphs above it', () => {
    const activities = toActivities(
      [{ kind: 'say', text: 'Hello.' }, { kind: 'say', text: 'This is not legal advice.' }, makePrompt()],
      'webchat',
    );
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({
      text: 'Hello.\n\nThis is not legal advice.\n\nWhat is the IRS problem about?',
      inputHint: 'expectingInput',
      channelData: { slot: 'issue_type' },
    });
    expect(activities[0]?.suggestedActions?.actions).toHaveLength(2);
  });

  it('keeps what is said after a card or before the end as messages of their own', () => {
    const activities = toActivities(
      [{ kind: 'say', text: 'Noted.' }, makeOutcomeOutput(), makePrompt(), { kind: 'end', text: 'Bye.' }],
      'msteams',
    );
    expect(activities.map((a) => a.text ?? a.summary)).toEqual([
      'Noted.',
      makeOutcomeOutput().text,
      'What is the IRS problem about?',
      'Bye.',
    ]);
  });
});

describe('toHandoffCard', () => {
  it('keeps a one-paragraph confirmation as plain text, not a bold heading', () => {
    const output = { ...makeHandoffOutput(), text: 'Done. An advisor will call you within one business day.' };
    const content = toHandoffCard(output).content as { body: { items?: { weight?: string; text?: string }[] }[] };
    expect(content.body[0]?.items?.[0]).toMatchObject({ text: output.text });
    expect(content.body[0]?.items?.[0]?.weight).toBeUndefined();
  });
});
