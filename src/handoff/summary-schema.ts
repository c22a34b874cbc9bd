import { z } from 'zod';
import { evidenceSchema, factsSchema, triStateSchema } from '../facts/facts.js';
import { outcomeSchema, recommendationSchema, urgencySchema } from '../rules/outcome.js';
import { transcriptEntrySchema } from '../storage/session-store.js';
import { form911DraftSchema } from './form911-schema.js';

/** Why a conversation went to a person. */
export const handoffReasonSchema = z.enum(['screening-complete', 'asked-for-person', 'could-not-understand']);
export type HandoffReason = z.infer<typeof handoffReasonSchema>;

/** How to reach the person, as far as the screening learned it; null: not said. */
export const handoffContactSchema = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  state: z.string().nullable(),
  consent: triStateSchema.nullable(),
  preferredContact: z.string().nullable(),
});

/** What an advisor receives: the case as data; channels render it (see render.ts). */
export const handoffSummarySchema = z.object({
  id: z.string().min(1),
  conversationId: z.string().min(1),
  channel: z.string(),
  createdAt: z.iso.datetime(),
  reason: handoffReasonSchema,
  ranBy: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  urgency: urgencySchema,
  recommendation: recommendationSchema.nullable(),
  outcome: outcomeSchema.nullable(),
  facts: factsSchema,
  evidence: z.array(evidenceSchema),
  contact: handoffContactSchema,
  transcript: z.array(transcriptEntrySchema),
  form911: form911DraftSchema,
  gaps: z.array(z.string()), // keys of what the advisor must still fill (labels in dialogs/handoff-labels.ts)
});
export type HandoffSummary = z.infer<typeof handoffSummarySchema>;
