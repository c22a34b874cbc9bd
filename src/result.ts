/** A fallible result, like zod's safeParse: data for expected failures, never a throw. */
export type Result<T, E extends string> = { ok: true; value: T } | { ok: false; error: E };

/** Builds a success. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
/** Builds an expected failure. */
export const fail = <E extends string>(error: E): { ok: false; error: E } => ({ ok: false, error });
