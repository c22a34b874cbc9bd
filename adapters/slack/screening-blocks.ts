import type { types } from '@slack/bolt';
import { slackLabels } from '../../dialogs/slack-labels.js';
import type { Choice, Output } from '../../src/index.js';
import type { SlackMessage } from './handoff-blocks.js';
import { escapeMrkdwn, fill, packLines, truncate } from './mrkdwn.js';

/** Action ids of choice buttons start with this; the button's value is the choice's value. */
export const CHOICE_ACTION_PREFIX = 'tas_choice_';
const BUTTONS_PER_BLOCK = 25;

// Slack's MessageMetadata type allows no nulls or nested arrays; the API takes any JSON object.
const metadata = (eventType: string, payload: object): types.MessageMetadata => ({
  event_type: eventType,
  event_payload: payload as types.MessageMetadata['event_payload'],
});

const textSection = (blockId: string, text: string): types.SectionBlock => ({
  type: 'section',
  block_id: blockId,
  text: { type: 'mrkdwn', text },
});

function choiceBlocks(slot: string, choices: Choice[]): types.ActionsBlock[] {
  const blocks: types.ActionsBlock[] = [];
  for (let start = 0; start < choices.length; start += BUTTONS_PER_BLOCK) {
    blocks.push({
      type: 'actions',
      block_id: `tas-choices-${slot}-${blocks.length}`,
      elements: choices.slice(start, start + BUTTONS_PER_BLOCK).map((choice, i) => ({
        type: 'button',
        action_id: `${CHOICE_ACTION_PREFIX}${start + i}`,
        value: truncate(choice.value, 2000),
        text: { type: 'plain_text', text: truncate(choice.label, 75) },
      })),
    });
  }
  return blocks;
}

/** Pure: one core output as a Slack message: questions with buttons and `tas_prompt`, the outcome with `tas_outcome`. */
export function renderOutput(output: Output): SlackMessage {
  const text = escapeMrkdwn(output.text);
  switch (output.kind) {
    case 'say':
    case 'end':
      return { text, blocks: packLines([text]).map((t, i) => textSection(`tas-${output.kind}-${i}`, t)) };
    case 'prompt':
      return {
        text,
        blocks: [textSection('tas-question', truncate(text, 3000)), ...choiceBlocks(output.slot, output.choices)],
        metadata: metadata('tas_prompt', { slot: output.slot }),
      };
    case 'outcome': {
      const parts = output.sections.flatMap((s) =>
        packLines([`*${escapeMrkdwn(s.title)}*`, ...s.lines.map((l) => escapeMrkdwn(l))]),
      );
      const texts = [...packLines([text]), ...parts].slice(0, 49);
      return {
        text,
        blocks: texts.map((t, i) => textSection(`tas-outcome-${i}`, t)),
        metadata: metadata('tas_outcome', output.outcome),
      };
    }
    case 'handoff':
      return {
        text,
        blocks: packLines([text]).map((t, i) => textSection(`tas-handoff-${i}`, t)),
        metadata: metadata('tas_handoff', {
          id: output.summary.id,
          urgency: output.summary.urgency,
          recommendation: output.summary.recommendation ?? 'none',
        }),
      };
    default: {
      const never: never = output;
      return never;
    }
  }
}

/** Pure: a question after a button was clicked: the question stays, the buttons give way to the answer. */
export function renderAnswered(question: string, label: string, userId: string): SlackMessage {
  const answered = fill(slackLabels.screening.answered, { label: escapeMrkdwn(label), user: `<@${userId}>` });
  return {
    text: question,
    blocks: [
      textSection('tas-question', truncate(question, 3000)),
      { type: 'context', block_id: 'tas-answered', elements: [{ type: 'mrkdwn', text: answered }] },
    ],
  };
}
