import { z } from 'zod';
import { fieldKeys } from './form911.js';

/** One Form 911 field: the form's label, the prefilled value (null: the advisor fills it), where it came from. */
export const form911FieldSchema = z.object({
  label: z.string(),
  value: z.string().nullable(),
  source: z.string().optional(),
});
export type Form911Field = z.infer<typeof form911FieldSchema>;

/** A draft of Form 911 Section I, keyed by meaning (revisions renumber lines, so map by label). */
export const form911DraftSchema = z.object({
  form: z.literal('911'),
  section: z.literal('I'),
  fields: z.record(z.enum(fieldKeys), form911FieldSchema),
});
export type Form911Draft = z.infer<typeof form911DraftSchema>;
