import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { slackLabels } from '../../dialogs/slack-labels.js';
import type { Logger } from '../../src/index.js';
import { CLAIM_ACTION } from './handoff-blocks.js';
import { type SlackHandoffs, slackErrorCode } from './handoff-notifier.js';
import { choiceToTurn, messageToTurn, type SlackMessageEvent } from './inbound.js';
import { within } from './replies.js';
import { ANSWER_WITHIN_MS, type SlackScreening } from './screening.js';
import { CHOICE_ACTION_PREFIX, renderAnswered } from './screening-blocks.js';

/** The slash command that starts a screening. */
export const SCREEN_COMMAND = '/tas-screen';

export type ListenerDeps = {
  screening: SlackScreening;
  handoffs: SlackHandoffs;
  handoffChannel: string | undefined;
  logger: Logger;
};

type MessageShape = { ts?: string; thread_ts?: string; blocks?: { block_id?: string; text?: { text?: string } }[] };

/** The question text of a prompt message, as posted (already mrkdwn). */
function questionOf(message: MessageShape | undefined): string {
  return message?.blocks?.find((b) => b.block_id === 'tas-question')?.text?.text ?? '';
}

/** Registers the screening (command, DMs, mentions, thread replies, buttons) and hand-off (Claim, App Home) listeners. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  const { screening, handoffs, logger } = deps;

  app.command(SCREEN_COMMAND, async ({ ack, command, respond }) => {
    if (command.channel_id === deps.handoffChannel) {
      await ack({ response_type: 'ephemeral', text: slackLabels.screening.notInHandoffChannel });
      return;
    }
    await ack(); // sent when this listener returns: after the first turn is committed, or ANSWER_WITHIN_MS
    const start = async () => {
      const started = await screening.startThread(command.channel_id, command.user_id, command.user_name);
      if (!started) await respond({ response_type: 'ephemeral', text: slackLabels.screening.notInChannel });
    };
    await within(ANSWER_WITHIN_MS, start());
  });

  app.event('app_mention', async ({ event, body }) => {
    // Mentions inside a thread arrive as message events too; only a top-level mention starts a screening.
    if (event.thread_ts || !event.user || event.channel === deps.handoffChannel) return;
    if (!(await screening.isFirstDelivery(`slack-event:${body.event_id}`))) return;
    await within(ANSWER_WITHIN_MS, screening.startThread(event.channel, event.user));
  });

  app.event('message', async ({ event, body, context }) => {
    const ctx = { botUserId: context.botUserId ?? '', handoffChannel: deps.handoffChannel };
    const turn = messageToTurn(event as SlackMessageEvent, body.event_id, ctx);
    if (turn) await screening.runTurn(turn);
  });

  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${CHOICE_ACTION_PREFIX}`),
    async ({ ack, body, action, client }) => {
      await ack();
      const message = body.message as MessageShape | undefined;
      const channelId = body.channel?.id ?? String(body.container.channel_id ?? '');
      if (!message?.ts || !channelId) return;
      const label = action.text.text;
      const answered = renderAnswered(questionOf(message), label, body.user.id);
      // Cosmetic: the answer still counts when the question cannot be updated (deleted, too old).
      const update = client.chat.update({ channel: channelId, ts: message.ts, ...answered }).catch((error: unknown) => {
        logger.warn('slack.update-failed', { error: slackErrorCode(error) });
      });
      const threadTs = message.thread_ts ?? (body.container.thread_ts as string | undefined);
      const turn = choiceToTurn({
        user: { id: body.user.id },
        channelId,
        messageTs: message.ts,
        threadTs,
        value: action.value ?? '',
      });
      // Slack does not retry a click: it is answered only once the turn is committed.
      await Promise.all([within(ANSWER_WITHIN_MS, update), screening.runTurn(turn)]);
    },
  );

  app.action<BlockAction<ButtonAction>>(CLAIM_ACTION, async ({ ack, body, action }) => {
    await ack();
    const message = body.message as MessageShape | undefined;
    const clicked = body.channel?.id && message?.ts ? { channel: body.channel.id, ts: message.ts } : undefined;
    await handoffs.claim(action.value ?? '', body.user.id, clicked);
  });

  app.event('app_home_opened', async ({ event }) => {
    if (event.tab === 'home') await handoffs.publishHome(event.user);
  });

  app.error(async (error) => {
    logger.error('slack.listener-failed', { error: error.message, code: error.code });
  });
}
