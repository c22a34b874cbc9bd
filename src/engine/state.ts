import { z } from 'zod';
import { factsSchema, isoDateSchema, slotIdSchema } from '../facts/facts.js';
import { pendingKinds } from './initial-state.js';

// Kept apart from the schema so that the engine builds a session without loading zod.
export { initialState } from './initial-state.js';

/** One answer: the facts it stated and a short, redacted excerpt kept as evidence. */
export const answerSchema = z.object({
  slot: slotIdSchema,
  facts: factsSchema,
  text: z.string(),
  owned: z.boolean(), // a direct answer to the slot's question (or a correction): its facts win
});
export type Answer = z.infer<typeof answerSchema>;

/** The session: plain, versioned JSON, small enough to store every turn. */
export const sessionStateSchema = z.object({
  dialogId: z.string(),
  dialogVersion: z.number().int(),
  turnId: z.string().nullable(), // the question now waiting for an answer
  answers: z.array(answerSchema), // in the order given; `back` pops the last
  attempts: z.number().int().nonnegative(), // misses on the current question
  pending: z.enum(pendingKinds).nullable(),
  outcomeKey: z.string().nullable(), // what the last outcome shown said, to tell whether a change changed it
  handedOff: z.boolean(),
  ended: z.boolean(),
  today: isoDateSchema.nullable(), // the conversation's date when fixed by the channel (the terminal's --today)
});
export type SessionState = z.infer<typeof sessionStateSchema>;
