import type { types } from '@slack/bolt';
import { handoffLabels } from '../../dialogs/handoff-labels.js';
import { slackLabels } from '../../dialogs/slack-labels.js';
import type { Deadline, HandoffSummary } from '../../src/index.js';
import { daysBetween, slackDate } from './dates.js';
import { escapeMrkdwn, fill, mentionUser, packLines, truncate } from './mrkdwn.js';

/** The action id of the Claim button; its value is the hand-off id. */
export const CLAIM_ACTION = 'tas_claim';

/** A chat.postMessage/chat.update body without channel and ts. */
export type SlackMessage = { text: string; blocks: types.KnownBlock[]; metadata?: types.MessageMetadata };

/** Who holds a hand-off, as stored (`slack:U123` or another channel's name). */
export type Claim = { by: string; at: number };

export type HandoffRenderOptions = { today: string; claim?: Claim | undefined; reminderMinutes?: number };

const L = slackLabels.handoff;
const QUOTE_LIMIT = 280;

const section = (blockId: string, text: string): types.SectionBlock => ({
  type: 'section',
  block_id: blockId,
  text: { type: 'mrkdwn', text: truncate(text, 3000) },
});

const quote = (text: string): string => `“${escapeMrkdwn(truncate(text.replace(/\s+/g, ' ').trim(), QUOTE_LIMIT))}”`;

function header(summary: HandoffSummary): types.HeaderBlock {
  const byUrgency = { emergency: L.headerEmergency, high: L.headerHigh, routine: L.headerRoutine } as const;
  return {
    type: 'header',
    block_id: 'handoff-header',
    text: { type: 'plain_text', text: byUrgency[summary.urgency], emoji: true },
  };
}

function overview(summary: HandoffSummary): types.SectionBlock {
  const f = handoffLabels.fields;
  const outcome = summary.outcome;
  const recommendation = summary.recommendation
    ? handoffLabels.recommendations[summary.recommendation]
    : handoffLabels.none;
  const basis = outcome?.basis.map((b) => slackLabels.basis[b]).join(', ') || handoffLabels.none;
  return {
    type: 'section',
    block_id: 'handoff-overview',
    text: { type: 'mrkdwn', text: `*${handoffLabels.urgency[summary.urgency]}*: ${L.urgencyWhy[summary.urgency]}` },
    fields: [
      { type: 'mrkdwn', text: `*${f.recommendation}*\n${recommendation}` },
      { type: 'mrkdwn', text: `*${f.basis}*\n${basis}` },
      {
        type: 'mrkdwn',
        text: `*${f.issueType}*\n${outcome ? slackLabels.issueTypes[outcome.issue_type] : handoffLabels.notKnown}`,
      },
      { type: 'mrkdwn', text: `*${f.reason}*\n${handoffLabels.reasons[summary.reason]}` },
    ],
  };
}

function criteriaLines(summary: HandoffSummary): string[] {
  const criteria = summary.outcome?.criteria ?? [];
  if (criteria.length === 0) {
    const words = summary.evidence.slice(0, 3).map((e) => `> ${quote(e.text)}`);
    const fallback = summary.transcript.find((t) => t.from === 'user');
    const own = words.length ? words : fallback ? [`> ${quote(fallback.text)}`] : [];
    return [`*${L.criteria}*`, L.noCriteria, ...(own.length ? [`*${L.ownWords}*`, ...own] : [])];
  }
  const lines = [`*${L.criteria}*`];
  for (const c of criteria) {
    lines.push(`• *${c.id}. ${slackLabels.criteria[c.id] ?? c.key}*`);
    const seen = new Set<string>();
    for (const e of c.evidence) {
      if (seen.has(e.text) || seen.size >= 2) continue;
      seen.add(e.text);
      lines.push(`    ${quote(e.text)}`);
    }
  }
  return lines;
}

/** Pure: how a deadline reads for an advisor today: due date, days left, whether to confirm it. */
export function describeDeadline(deadline: Deadline, today: string): string {
  const kind = slackLabels.deadlineKinds[deadline.kind];
  let when: string = L.dueUnknown;
  if (deadline.due) {
    const days = daysBetween(today, deadline.due);
    if (days === 0) when = L.dueToday;
    else if (days === 1) when = fill(L.oneDayLeft, { due: deadline.due });
    else if (days > 1) when = fill(L.daysLeft, { due: deadline.due, days });
    else when = fill(L.overdue, { due: deadline.due, days: -days });
  }
  const confirm = deadline.mustConfirm && deadline.due ? ` (${L.mustConfirm})` : '';
  return `• ${kind}, from ${escapeMrkdwn(deadline.notice)}: ${when}${confirm}`;
}

function contactText(summary: HandoffSummary): string {
  const f = handoffLabels.fields;
  const c = summary.contact;
  const value = (v: string | null) => (v ? escapeMrkdwn(v) : `_${handoffLabels.notKnown}_`);
  return [
    `*${L.contact}*`,
    `${f.name}: ${value(c.name)}`,
    `${f.email}: ${value(c.email)}`,
    `${f.phone}: ${value(c.phone)}`,
    `${f.state}: ${value(c.state)}`,
    `${f.consent}: *${value(c.consent)}*`,
  ].join('\n');
}

/** Pure: the advisor-facing text of one gap key (`key` or `key:param`). */
export function gapText(key: string): string {
  const [name = key, param = ''] = key.split(/:(.*)/s);
  return (handoffLabels.gaps as Record<string, string>)[name]?.replaceAll('{param}', param) ?? name;
}

function footer(summary: HandoffSummary): types.ContextBlock {
  const parts = [
    `${handoffLabels.fields.id} ${escapeMrkdwn(summary.id)}`,
    slackDate(Date.parse(summary.createdAt)),
    fill(L.via, { channel: escapeMrkdwn(summary.channel) }),
  ];
  if (summary.ranBy) parts.push(fill(L.ranBy, { user: mentionUser(summary.ranBy.id) }));
  return { type: 'context', block_id: 'handoff-footer', elements: [{ type: 'mrkdwn', text: parts.join(' · ') }] };
}

function claimBlock(summary: HandoffSummary, claim: Claim | undefined): types.KnownBlock {
  if (claim) {
    const text = fill(L.claimedBy, { user: mentionUser(claim.by), at: slackDate(claim.at) });
    return {
      type: 'context',
      block_id: 'handoff-claim',
      elements: [{ type: 'mrkdwn', text: `:white_check_mark: ${text}` }],
    };
  }
  const button: types.Button = {
    type: 'button',
    action_id: CLAIM_ACTION,
    value: summary.id,
    text: { type: 'plain_text', text: L.claim },
  };
  if (summary.urgency !== 'routine') button.style = summary.urgency === 'emergency' ? 'danger' : 'primary';
  return { type: 'actions', block_id: 'handoff-claim', elements: [button] };
}

/** Pure: the one Block Kit message advisors act on: urgency first, then the case, then Claim (or who has it). */
export function renderHandoffMessage(summary: HandoffSummary, options: HandoffRenderOptions): SlackMessage {
  const deadlines = summary.outcome?.deadlines ?? [];
  const deadlineLines = deadlines.length ? deadlines.map((d) => describeDeadline(d, options.today)) : [L.noDeadlines];
  const blocks: types.KnownBlock[] = [header(summary)];
  if (options.reminderMinutes !== undefined) {
    const text = `:bell: ${fill(L.reminder, { minutes: options.reminderMinutes })}`;
    blocks.push({ type: 'context', block_id: 'handoff-reminder', elements: [{ type: 'mrkdwn', text }] });
  }
  blocks.push(overview(summary));
  packLines(criteriaLines(summary)).forEach((text, i) => {
    blocks.push(section(`handoff-criteria-${i}`, text));
  });
  blocks.push(section('handoff-deadlines', [`*${L.deadlines}*`, ...deadlineLines].join('\n')));
  blocks.push(section('handoff-contact', contactText(summary)));
  blocks.push(section('handoff-gaps', [`*${L.gaps}*`, ...summary.gaps.map((g) => `• ${gapText(g)}`)].join('\n')));
  blocks.push(footer(summary), claimBlock(summary, options.claim));
  const recommendation = summary.recommendation
    ? handoffLabels.recommendations[summary.recommendation]
    : handoffLabels.none;
  return {
    text: fill(L.notification, { urgency: handoffLabels.urgency[summary.urgency], recommendation }),
    blocks,
    metadata: {
      event_type: 'tas_handoff',
      event_payload: { id: summary.id, urgency: summary.urgency, recommendation: summary.recommendation ?? 'none' },
    },
  };
}
