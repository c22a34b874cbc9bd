import type { types } from '@slack/bolt';
import { handoffLabels } from '../../dialogs/handoff-labels.js';
import { slackLabels } from '../../dialogs/slack-labels.js';
import type { HandoffSummary } from '../../src/index.js';
import type { SlackMessage } from './handoff-blocks.js';
import { escapeMrkdwn, fill, packLines } from './mrkdwn.js';

const L = slackLabels.handoff;
/** Sections per thread message: well under Slack's 50 blocks, leaving room for a heading. */
const SECTIONS_PER_MESSAGE = 40;

function sections(prefix: string, texts: string[]): types.SectionBlock[] {
  return texts.map((text, i) => ({ type: 'section', block_id: `${prefix}-${i}`, text: { type: 'mrkdwn', text } }));
}

/** Pure: the Form 911 Section I draft as one thread reply; empty fields read "(to fill)". */
export function renderForm911Reply(summary: HandoffSummary): SlackMessage {
  const lines = Object.values(summary.form911.fields).map(
    (f) => `*${escapeMrkdwn(f.label)}*: ${f.value ? escapeMrkdwn(f.value) : `_${handoffLabels.toFill}_`}`,
  );
  return {
    text: L.form911,
    blocks: [
      { type: 'header', block_id: 'form911-header', text: { type: 'plain_text', text: L.form911 } },
      ...sections('form911', packLines(lines)),
    ],
  };
}

/** Pure: the redacted transcript as one or more thread replies, oldest line first. */
export function renderTranscriptReplies(summary: HandoffSummary): SlackMessage[] {
  const lines = summary.transcript.map((t) => `*${handoffLabels.speakers[t.from]}:* ${escapeMrkdwn(t.text)}`);
  const texts = packLines(lines.length ? lines : [`_${handoffLabels.none}_`]);
  const messages: SlackMessage[] = [];
  for (let start = 0; start < texts.length; start += SECTIONS_PER_MESSAGE) {
    const part = messages.length + 1;
    const title = start === 0 ? L.transcript : fill(L.transcriptPart, { part });
    messages.push({
      text: title,
      blocks: [
        { type: 'header', block_id: `transcript-header-${part}`, text: { type: 'plain_text', text: title } },
        ...sections(`transcript-${part}`, texts.slice(start, start + SECTIONS_PER_MESSAGE)),
      ],
    });
  }
  return messages;
}

/** Pure: every thread reply of a hand-off, in posting order. */
export function renderHandoffThread(summary: HandoffSummary): SlackMessage[] {
  return [renderForm911Reply(summary), ...renderTranscriptReplies(summary)];
}
