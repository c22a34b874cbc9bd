import { z } from 'zod';
import { evidenceSchema, factsSchema, isoDateSchema, issueTypeSchema } from '../facts/facts.js';

/** The four recommendations of section 6. */
export const recommendationSchema = z.enum(['tas', 'tas_and_counsel', 'counsel', 'irs_first']);
export type Recommendation = z.infer<typeof recommendationSchema>;

/** TAS bases; criteria 8 and 9 add none. */
export const basisSchema = z.enum(['economic_burden', 'systemic_burden']);
export type Basis = z.infer<typeof basisSchema>;

export const urgencySchema = z.enum(['emergency', 'high', 'routine']);
export type Urgency = z.infer<typeof urgencySchema>;

/** A live statutory deadline TAS cannot pause; `due` is null when the notice's date is unknown. */
export const deadlineSchema = z.object({
  kind: z.enum(['cdp_hearing', 'tax_court_petition']),
  due: isoDateSchema.nullable(),
  notice: z.string(), // the notice code it runs from
  noticeDate: isoDateSchema.nullable(),
  mustConfirm: z.boolean(), // the date was approximate or missing: the advisor must check it
});
export type Deadline = z.infer<typeof deadlineSchema>;

/** One of the nine IRM 13.1.7 criteria met, with the facts that show it. */
export const criterionSchema = z.object({
  id: z.number().int().min(1).max(9),
  key: z.string(), // e.g. 'economic-harm-now', 'delay-over-30-days'
  evidence: z.array(evidenceSchema),
});
export type Criterion = z.infer<typeof criterionSchema>;

/** A reason behind the outcome, keyed for wording in dialogs/, with its evidence. */
export const reasonSchema = z.object({ key: z.string(), evidence: z.array(evidenceSchema) });
export type Reason = z.infer<typeof reasonSchema>;

/**
 * The screening's result. Field names match the terminal's JSON Lines `outcome` event
 * (shared/eval/README.md); the same object travels on every channel.
 */
export const outcomeSchema = z.object({
  recommendation: recommendationSchema,
  basis: z.array(basisSchema),
  urgency: urgencySchema,
  deadlines: z.array(deadlineSchema),
  closed_deadlines: z.array(deadlineSchema), // windows already closed, for the explanation
  issue_type: issueTypeSchema,
  criteria: z.array(criterionSchema),
  reasons: z.array(reasonSchema), // why: basis, contested substance, deadlines, urgency
  caveats: z.array(z.string()), // keys of caveats told to the person (e.g. 'refund-freeze-limits')
  facts: factsSchema,
  decided_on: isoDateSchema, // the date the rules were applied against
});
export type Outcome = z.infer<typeof outcomeSchema>;
