import { z } from 'zod';
import {
  appealStatuses,
  dateSources,
  hardshipKinds,
  irsActions,
  issueTypes,
  slotIds,
  triStates,
} from './facts-values.js';

/** The slots a screening asks for; ids match the terminal's JSON Lines `prompt.slot`. */
export const slotIdSchema = z.enum(slotIds);
export type SlotId = z.infer<typeof slotIdSchema>;

/** The problem the person most needs fixed, by its root (brief, section 6). */
export const issueTypeSchema = z.enum(issueTypes);
export type IssueType = z.infer<typeof issueTypeSchema>;

/** What the IRS did (or failed to do), as far as the person tells it. */
export const irsActionSchema = z.enum(irsActions);
export type IrsAction = z.infer<typeof irsActionSchema>;

/** A tri-state answer: `unsure` covers "kinda", "not sure", "maybe". */
export const triStateSchema = z.enum(triStates);
export type TriState = z.infer<typeof triStateSchema>;

/** ISO calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export type IsoDate = z.infer<typeof isoDateSchema>;

/** How a date was learned: printed on the notice, when it arrived, approximate, or not at all. */
export const dateSourceSchema = z.enum(dateSources);
export type DateSource = z.infer<typeof dateSourceSchema>;

/** Notice codes the rules know; anything else is kept as `other:<code>`. */
export const noticeSchema = z.object({
  code: z.string().min(1), // normalised: 'LT11', 'L1058', 'CP90', 'CP297', 'CP297A', 'CP297C', 'L3172', 'CP3219A', 'L3219', 'CP3219N', 'CDP_DETERMINATION', 'CP14', 'CP501', 'CP503', 'CP504', 'CP2000', 'L525', 'L915', 'F4549', 'L5071C', 'L4883C', 'L5747C', 'L5447C', 'CP5071', 'CP508C', ...
  date: isoDateSchema.nullable(),
  dateSource: dateSourceSchema,
});
export type Notice = z.infer<typeof noticeSchema>;

/** Hardship kinds, for evidence and the Form 911 draft. */
export const hardshipKindSchema = z.enum(hardshipKinds);
export type HardshipKind = z.infer<typeof hardshipKindSchema>;

/** Appeal or litigation stage the person is at. */
export const appealStatusSchema = z.enum(appealStatuses);
export type AppealStatus = z.infer<typeof appealStatusSchema>;

/**
 * Everything the screening has learned. Every field is optional: absent means "not known yet".
 * Rules read only this object (plus today's date).
 */
export const factsSchema = z
  .object({
    issueType: issueTypeSchema,
    irsActions: z.array(irsActionSchema),
    moneyTakenNow: z.boolean(), // money is being taken or frozen right now
    hardship: triStateSchema, // the IRS action causes, or is about to cause, financial harm
    hardshipKinds: z.array(hardshipKindSchema),
    hardshipNotFromIrs: z.boolean(), // the person says the hardship is not caused by the IRS
    harmDate: isoDateSchema.nullable(), // when the harm lands; null: no date given
    harmNow: z.boolean(), // the harm is happening now (shutoff or eviction notice in hand, money taken)
    triedIrs: triStateSchema,
    waitingDays: z.number().int().nonnegative(),
    promisedDateMissed: triStateSchema,
    processFailure: triStateSchema,
    disputesAmount: triStateSchema, // disputes the amount, the audit, the proposal or the determination
    wantsUndo: z.boolean(), // wants a lost audit or skipped appeal undone
    notices: z.array(noticeSchema),
    noNotice: z.boolean(), // the person has no notice to go by
    addressedAbroad: z.boolean(), // the notice was addressed outside the United States
    appealStatus: appealStatusSchema,
    criminalInvestigation: z.boolean(),
    stateTax: z.boolean(),
    frivolous: z.boolean(),
    rightsImpaired: z.boolean(), // criterion 8
    publicPolicy: z.array(z.string()), // criterion 9 categories, e.g. 'passport', 'congressional'
    represented: triStateSchema,
    amountOwed: z.number().nonnegative(),
    taxYears: z.array(z.number().int()),
    taxForm: z.string(),
    wantsConsultation: triStateSchema,
    contactName: z.string(),
    contactEmail: z.string(),
    contactPhone: z.string(),
    state: z.string(), // two-letter state, 'DC', 'PR', or 'abroad:<country>'
    consent: triStateSchema,
  })
  .partial();
export type Facts = z.infer<typeof factsSchema>;
export type FactName = keyof Facts;

/** Where a fact came from: the slot whose answer said it, and a redacted excerpt of that answer. */
export const evidenceSchema = z.object({ fact: z.string(), slot: slotIdSchema, text: z.string() });
export type Evidence = z.infer<typeof evidenceSchema>;
