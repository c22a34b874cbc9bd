import type { Activity, CardAction } from 'botbuilder';
import type { Choice, Output } from '../../src/index.js';
import { toHandoffCard, toOutcomeCard } from './cards.js';

/** An outgoing activity, as plain data; botbuilder fills in ids, addresses and timestamps. */
export type OutgoingActivity = Partial<Activity>;

/**
 * Pure: a choice as a button. messageBack shows the label as the person's message and sends the value,
 * so the core gets the exact choice; the label also travels as text for clients that drop `value`.
 * `prompt` names the question (the activity it answered), so a second click on it counts once.
 */
function toCardAction(choice: Choice, prompt: string | undefined): CardAction {
  return {
    type: 'messageBack',
    title: choice.label,
    text: choice.label,
    displayText: choice.label,
    value: prompt === undefined ? { choice: choice.value } : { choice: choice.value, prompt },
  };
}

/**
 * Pure: a question with its choices. Teams shows at most three suggested actions and only imBack,
 * so there the choices ride on a card's buttons; every other channel gets suggested actions.
 */
function toPrompt(output: Extract<Output, { kind: 'prompt' }>, channelId: string, prompt?: string): OutgoingActivity {
  const activity: OutgoingActivity = {
    type: 'message',
    text: output.text,
    inputHint: 'expectingInput',
    channelData: { slot: output.slot },
  };
  if (output.choices.length === 0) return activity;
  const actions = output.choices.map((choice) => toCardAction(choice, prompt));
  if (channelId === 'msteams') {
    activity.attachments = [{ contentType: 'application/vnd.microsoft.card.hero', content: { buttons: actions } }];
  } else {
    activity.suggestedActions = { to: [], actions };
  }
  return activity;
}

/** Pure: one core output as one activity. */
function toActivity(output: Output, channelId: string, prompt?: string): OutgoingActivity {
  switch (output.kind) {
    case 'say':
    case 'end':
      return { type: 'message', text: output.text, inputHint: 'acceptingInput' };
    case 'prompt':
      return toPrompt(output, channelId, prompt);
    case 'outcome':
      return {
        type: 'message',
        summary: output.text,
        attachments: [toOutcomeCard(output)],
        channelData: { outcome: output.outcome },
      };
    case 'handoff':
      return {
        type: 'message',
        summary: output.text,
        attachments: [toHandoffCard(output)],
        channelData: { handoff: output.summary },
      };
    default: {
      const unknown: never = output;
      throw new Error(`Unknown output: ${JSON.stringify(unknown)}`);
    }
  }
}

type Say = Extract<Output, { kind: 'say' }>;

/**
 * Pure: the outputs with each run of `say`s that leads to a question folded into it, as paragraphs of one
 * message. Each activity is a connector round trip, and the person reads them together anyway; a `say`
 * followed by anything else stays on its own.
 */
function foldSaysIntoPrompts(outputs: readonly Output[]): Output[] {
  const folded: Output[] = [];
  let says: Say[] = [];
  for (const output of outputs) {
    if (output.kind === 'say') {
      says.push(output);
      continue;
    }
    if (output.kind === 'prompt' && says.length > 0) {
      folded.push({ ...output, text: [...says.map((say) => say.text), output.text].join('\n\n') });
    } else {
      folded.push(...says, output);
    }
    says = [];
  }
  folded.push(...says);
  return folded;
}

/**
 * Pure: maps the core's outputs, in order, to the activities a Bot Framework channel shows; what is said
 * before a question arrives with it. `answering` is the id of the activity they answer; buttons carry it so
 * that all clicks on one question count once.
 */
export function toActivities(outputs: readonly Output[], channelId: string, answering?: string): OutgoingActivity[] {
  return foldSaysIntoPrompts(outputs).map((output) => toActivity(output, channelId, answering));
}
