import type { types } from '@slack/bolt';
import { handoffLabels } from '../../dialogs/handoff-labels.js';
import { slackLabels } from '../../dialogs/slack-labels.js';
import type { HandoffRecord } from '../../src/index.js';
import { slackDate } from './dates.js';
import { CLAIM_ACTION, describeDeadline } from './handoff-blocks.js';
import { escapeMrkdwn, fill, mentionUser, truncate } from './mrkdwn.js';

const H = slackLabels.home;
const MAX_LISTED = 40; // two lists under the Home tab's 100 blocks
const rank = { emergency: 0, high: 1, routine: 2 } as const;

/** Pure: most urgent first, then the longest waiting. */
export function byUrgency(a: HandoffRecord, b: HandoffRecord): number {
  return rank[a.summary.urgency] - rank[b.summary.urgency] || a.createdAt - b.createdAt;
}

function line(record: HandoffRecord, today: string): string {
  const s = record.summary;
  const recommendation = s.recommendation ? handoffLabels.recommendations[s.recommendation] : handoffLabels.none;
  const who = s.contact.name ? escapeMrkdwn(s.contact.name) : handoffLabels.notKnown;
  const deadline = s.outcome?.deadlines[0];
  const parts = [`*${handoffLabels.urgency[s.urgency]}* · ${recommendation} · ${who}`];
  if (deadline) parts.push(describeDeadline(deadline, today).replace(/^• /, ''));
  parts.push(`${escapeMrkdwn(s.id)} · ${slackDate(record.createdAt)}`);
  if (record.claimedBy && record.claimedAt !== undefined) {
    parts.push(
      fill(slackLabels.handoff.claimedBy, { user: mentionUser(record.claimedBy), at: slackDate(record.claimedAt) }),
    );
  }
  return truncate(parts.join('\n'), 3000);
}

function list(prefix: string, records: HandoffRecord[], today: string, withClaim: boolean): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = records.slice(0, MAX_LISTED).map((record, i) => {
    const block: types.SectionBlock = {
      type: 'section',
      block_id: `${prefix}-${i}`,
      text: { type: 'mrkdwn', text: line(record, today) },
    };
    if (withClaim) {
      block.accessory = {
        type: 'button',
        action_id: CLAIM_ACTION,
        value: record.summary.id,
        text: { type: 'plain_text', text: slackLabels.handoff.claim },
      };
    }
    return block;
  });
  if (records.length > MAX_LISTED) {
    const text = fill(H.more, { count: records.length - MAX_LISTED });
    blocks.push({ type: 'context', block_id: `${prefix}-more`, elements: [{ type: 'mrkdwn', text }] });
  }
  return blocks;
}

/** Pure: the App Home tab of `userId` (raw Slack id): open hand-offs, most urgent first, then their own claims. */
export function renderHome(records: HandoffRecord[], userId: string, today: string): types.HomeView {
  const open = records.filter((r) => !r.claimedBy).sort(byUrgency);
  const mine = records.filter((r) => r.claimedBy === `slack:${userId}`).sort(byUrgency);
  const empty = (blockId: string, text: string): types.KnownBlock => ({
    type: 'section',
    block_id: blockId,
    text: { type: 'mrkdwn', text: `_${text}_` },
  });
  return {
    type: 'home',
    blocks: [
      { type: 'header', block_id: 'home-open-header', text: { type: 'plain_text', text: H.open } },
      ...(open.length ? list('home-open', open, today, true) : [empty('home-open-none', H.noneOpen)]),
      { type: 'divider', block_id: 'home-divider' },
      { type: 'header', block_id: 'home-mine-header', text: { type: 'plain_text', text: H.mine } },
      ...(mine.length ? list('home-mine', mine, today, false) : [empty('home-mine-none', H.noneMine)]),
    ],
  };
}
