import type { Evidence, Facts } from '../facts/facts.js';
import type { Outcome } from '../rules/outcome.js';
import type { TranscriptEntry } from '../storage/session-store.js';
import { redact } from '../understanding/redact.js';
import { buildForm911Draft } from './form911.js';
import { listGaps } from './gaps.js';
import type { HandoffReason, HandoffSummary } from './summary-schema.js';

// The schemas stay in summary-schema.ts: building a summary needs no zod (the terminal starts without it).
export type { HandoffReason, HandoffSummary } from './summary-schema.js';

/** What the engine knows when it hands a conversation over. */
export type HandoffInput = {
  id: string;
  conversationId: string;
  channel: string;
  createdAt: number; // epoch milliseconds
  reason: HandoffReason;
  ranBy?: { id: string; name?: string };
  outcome: Outcome | null;
  facts: Facts;
  evidence: Evidence[];
  transcript: TranscriptEntry[];
};

// Summaries this module built: typed code made them, so a store may skip the schema for them (zod's parse of
// one costs more than the rest of the turn). Anything else a store is handed is still parsed.
const built = new WeakSet<HandoffSummary>();

/** True when `summary` was made by `buildHandoffSummary` (a test proves those pass `handoffSummarySchema`). */
export function isBuiltHandoffSummary(summary: HandoffSummary): boolean {
  return built.has(summary);
}

/** Pure: the hand-off summary; redacts transcript and evidence again, defensively. */
export function buildHandoffSummary(input: HandoffInput): HandoffSummary {
  const { facts, outcome } = input;
  const summary: HandoffSummary = {
    id: input.id,
    conversationId: input.conversationId,
    channel: input.channel,
    createdAt: new Date(input.createdAt).toISOString(),
    reason: input.reason,
    urgency: outcome?.urgency ?? 'high',
    recommendation: outcome?.recommendation ?? null,
    outcome,
    facts,
    evidence: input.evidence.map((e) => ({ ...e, text: redact(e.text) })),
    contact: {
      name: facts.contactName ?? null,
      email: facts.contactEmail ?? null,
      phone: facts.contactPhone ?? null,
      state: facts.state ?? null,
      consent: facts.consent ?? null,
      preferredContact: null, // not asked yet
    },
    transcript: input.transcript.map((t) => ({ ...t, text: redact(t.text) })),
    form911: buildForm911Draft(facts, outcome),
    gaps: listGaps(facts, outcome),
  };
  if (input.ranBy) summary.ranBy = input.ranBy;
  built.add(summary);
  return summary;
}
