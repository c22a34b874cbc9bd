import type { SlotId } from './facts/facts.js';
import type { HandoffSummary } from './handoff/summary.js';
import type { Outcome } from './rules/outcome.js';

/** A choice offered with a question; adapters show `label`, send back `value`. */
export type Choice = { value: string; label: string };

/** What a person did, as the core understands it. */
export type UserInput =
  | { kind: 'start' } // a new visitor or a conversationUpdate: greet and ask the first question
  | { kind: 'text'; text: string } // typed words
  | { kind: 'choice'; value: string }; // a button's value

/** One inbound message from any channel. `conversationId` is prefixed with the channel ('cli:', 'web:', 'slack:'). */
export type InboundMessage = {
  conversationId: string;
  channel: 'cli' | 'web' | 'slack' | 'teams' | 'other';
  input: UserInput;
  at: number; // epoch milliseconds when the message arrived
  today?: string; // YYYY-MM-DD override of the conversation's date (the terminal's --today)
  user?: { id: string; name?: string }; // who typed: for Slack, the staff member running the screening
  deliveryId?: string; // the channel's id for this delivery (Slack event id, activity id): repeats are answered once
  /** The channel posts the outputs itself and reports each one shown; until then they wait in the store (Slack). */
  confirmShown?: boolean;
};

/** What the core asks a channel to show or do, in order. Plain text only; channels add markup. */
export type Output =
  | { kind: 'say'; text: string }
  | { kind: 'prompt'; slot: SlotId; text: string; choices: Choice[] }
  | { kind: 'outcome'; outcome: Outcome; text: string; sections: OutcomeSection[] }
  | { kind: 'handoff'; summary: HandoffSummary; text: string }
  | { kind: 'end'; text: string };

/** A titled part of the outcome explanation (recommendation, reasons, deadlines, what TAS can do, next steps). */
export type OutcomeSection = { key: string; title: string; lines: string[] };
