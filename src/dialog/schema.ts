import { z } from 'zod';
import { factsSchema, slotIdSchema } from '../facts/facts.js';

const turnId = z.string().regex(/^[a-z][a-z0-9-]*$/);
const factName = z.enum(
  Object.keys(factsSchema.shape) as [keyof typeof factsSchema.shape, ...(keyof typeof factsSchema.shape)[]],
);

/** A choice shown with a question: `facts` are what choosing it states (typed answers are understood instead). */
export const choiceSchema = z.object({
  value: z.string().regex(/^[a-z0-9_-]+$/),
  label: z.string().min(1),
  facts: factsSchema.optional(),
});

const askTurn = z.object({
  kind: z.literal('ask'),
  id: turnId,
  slot: slotIdSchema,
  prompt: z.string().min(1),
  reprompt: z.string().min(1), // a short, specific re-prompt after an answer it could not read
  help: z.string().min(1), // what the question means and how to answer
  why: z.string().min(1), // which part of the decision it feeds
  choices: z.array(choiceSchema),
  fills: z.array(factName), // facts this question owns: its answer wins over incidental mentions
  when: z.string().optional(), // rule name: asked only while it holds
  dependsOn: z.array(factName).default([]), // a change to these facts re-asks it
});

const outcomeTurn = z.object({ kind: z.literal('outcome'), id: turnId });
const handoffTurn = z.object({
  kind: z.literal('handoff'),
  id: turnId,
  when: z.string().optional(),
  message: z.string(),
});
const endTurn = z.object({ kind: z.literal('end'), id: turnId, when: z.string().optional(), message: z.string() });

/** The closed set of turn kinds. */
export const turnSchema = z.discriminatedUnion('kind', [askTurn, outcomeTurn, handoffTurn, endTurn]);
export type Turn = z.infer<typeof turnSchema>;
export type AskTurn = z.infer<typeof askTurn>;
export type DialogChoice = z.infer<typeof choiceSchema>;

const sectionWording = z.object({ title: z.string(), lines: z.record(z.string(), z.string()) });

/** Everything the engine says outside a turn's own prompt: greetings, commands, re-prompts, the outcome's explanation. */
export const wordingSchema = z.object({
  greeting: z.array(z.string()).min(1),
  restarted: z.string(),
  versionChanged: z.string(),
  help: z.string(),
  why: z.string(),
  backNothing: z.string(),
  backDone: z.string(),
  restartConfirm: z.string(),
  restartCancelled: z.string(),
  yes: z.string(),
  no: z.string(),
  talkToPerson: z.string(),
  secondMiss: z.string(),
  gaveUp: z.string(),
  agentHandoff: z.string(),
  contactFallback: z.string(), // {contact} in a hand-off message when no email or phone was given
  changeWhat: z.string(),
  changeNoted: z.string(),
  changeNotUnderstood: z.string(),
  outcomeChanged: z.string(),
  outcomeSame: z.string(),
  deleted: z.string(),
  ended: z.string(),
  outcome: z.object({
    recommendation: sectionWording,
    reasons: sectionWording,
    deadlines: sectionWording,
    urgency: sectionWording,
    tasCan: sectionWording,
    nextSteps: sectionWording,
    consultation: sectionWording,
  }),
});
export type Wording = z.infer<typeof wordingSchema>;

/** A dialog: data only, validated when loaded. */
export const dialogSchema = z.object({
  id: turnId,
  version: z.number().int().positive(),
  start: turnId,
  turns: z.array(turnSchema).min(1),
  wording: wordingSchema,
});
export type Dialog = z.infer<typeof dialogSchema>;
export type DialogInput = z.input<typeof dialogSchema>;

// In its own module so that a dialog file loads without zod.
export { defineDialog } from './define.js';
