/** The core's surface: everything a channel adapter or composition root uses. */
import { handoffLabels } from '../dialogs/handoff-labels.js';
import { renderHandoffText } from './handoff/render.js';
import type { HandoffSummary } from './handoff/summary.js';

export type { Choice, InboundMessage, OutcomeSection, Output, UserInput } from './api.js';
export { type Assistant, type AssistantDeps, createAssistant, dateIn } from './assistant.js';
export { type Config, loadConfig } from './config/config.js';
export { loadConfigLazily } from './config/plain-config.js';
export { loadDialog } from './dialog/load.js';
export type { Dialog } from './dialog/schema.js';
export type { Facts, IssueType, SlotId } from './facts/facts.js';
export {
  type Backoff,
  createHandoffDelivery,
  exponentialBackoff,
  type HandoffChannel,
  type HandoffDelivery,
} from './handoff/delivery.js';
export { type HandoffSummary, handoffSummarySchema } from './handoff/summary-schema.js';
export { createLogger, type Logger, nullLogger } from './log/logger.js';
export { fail, ok, type Result } from './result.js';
export type { Deadline, Outcome, Recommendation, Urgency } from './rules/outcome.js';
export { loadScreeningDialog } from './screening-dialog.js';
export type { DirectLineStore, StreamDelivery } from './storage/direct-line-store.js';
export { MemoryDirectLineStore } from './storage/memory-direct-line-store.js';
export { MemorySessionStore } from './storage/memory-session-store.js';
export type {
  HandoffPost,
  HandoffPosts,
  HandoffRecord,
  HandoffStore,
  ReplyOutbox,
  SessionStore,
  TranscriptEntry,
  UnshownDelivery,
} from './storage/session-store.js';
export { SqliteDirectLineStore } from './storage/sqlite-direct-line-store.js';
export { SqliteSessionStore } from './storage/sqlite-session-store.js';
export { redact } from './understanding/redact.js';

/** Pure: a hand-off as plain text for advisors (terminal, `npm run handoffs`), with the advisor-facing labels. */
export function renderHandoff(summary: HandoffSummary): string {
  return renderHandoffText(summary, handoffLabels);
}
