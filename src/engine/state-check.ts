import {
  appealStatuses,
  dateSources,
  hardshipKinds,
  irsActions,
  issueTypes,
  slotIds,
  triStates,
} from '../facts/facts-values.js';
import { pendingKinds } from './initial-state.js';
import type { SessionState } from './state.js';

type Check = (value: unknown) => boolean;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isString: Check = (v) => typeof v === 'string';
const isBoolean: Check = (v) => typeof v === 'boolean';
const isCount: Check = (v) => Number.isSafeInteger(v) && (v as number) >= 0;
const isIsoDate: Check = (v) => typeof v === 'string' && ISO_DATE.test(v);
const orNull =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
const oneOf = (values: readonly string[]): Check => {
  const allowed = new Set(values);
  return (v) => typeof v === 'string' && allowed.has(v);
};
const listOf =
  (check: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(check);

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const prototype = Object.getPrototypeOf(v);
  return prototype === Object.prototype || prototype === null;
};

/** Own keys exactly those of `fields`, each passing its check: zod's object would return an equal copy. */
const exactly = (fields: Record<string, Check>): Check => {
  const size = Object.keys(fields).length;
  return (v) => {
    if (!isPlainObject(v)) return false;
    const record = v;
    const keys = Object.keys(record);
    return keys.length === size && keys.every((key) => fields[key]?.(record[key]) === true);
  };
};

/** Each present key known and passing its check (facts are all optional); `undefined` values are left to zod. */
const partially = (fields: Record<string, Check>): Check => {
  return (v) => {
    if (!isPlainObject(v)) return false;
    const record = v;
    return Object.keys(record).every((key) => fields[key]?.(record[key]) === true);
  };
};

const triState = oneOf(triStates);

/** One check per field of `factsSchema`; a test keeps the two lists the same. */
export const factChecks: Record<string, Check> = {
  issueType: oneOf(issueTypes),
  irsActions: listOf(oneOf(irsActions)),
  moneyTakenNow: isBoolean,
  hardship: triState,
  hardshipKinds: listOf(oneOf(hardshipKinds)),
  hardshipNotFromIrs: isBoolean,
  harmDate: orNull(isIsoDate),
  harmNow: isBoolean,
  triedIrs: triState,
  waitingDays: isCount,
  promisedDateMissed: triState,
  processFailure: triState,
  disputesAmount: triState,
  wantsUndo: isBoolean,
  notices: listOf(
    exactly({
      code: (v) => typeof v === 'string' && v.length >= 1,
      date: orNull(isIsoDate),
      dateSource: oneOf(dateSources),
    }),
  ),
  noNotice: isBoolean,
  addressedAbroad: isBoolean,
  appealStatus: oneOf(appealStatuses),
  criminalInvestigation: isBoolean,
  stateTax: isBoolean,
  frivolous: isBoolean,
  rightsImpaired: isBoolean,
  publicPolicy: listOf(isString),
  represented: triState,
  amountOwed: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
  taxYears: listOf(Number.isSafeInteger),
  taxForm: isString,
  wantsConsultation: triState,
  contactName: isString,
  contactEmail: isString,
  contactPhone: isString,
  state: isString,
  consent: triState,
};

const isSession = exactly({
  dialogId: isString,
  dialogVersion: Number.isSafeInteger,
  turnId: orNull(isString),
  answers: listOf(exactly({ slot: oneOf(slotIds), facts: partially(factChecks), text: isString, owned: isBoolean })),
  attempts: isCount,
  pending: orNull(oneOf(pendingKinds)),
  outcomeKey: orNull(isString),
  handedOff: isBoolean,
  ended: isBoolean,
  today: orNull(isIsoDate),
});

/**
 * Pure: true when a stored value has exactly the session's shape, with no extra keys: `sessionStateSchema` would
 * accept it and return an equal copy, so it can be used as it is. False means "let zod decide" (it strips extra
 * keys, or refuses), never that the value is invalid. Many times cheaper than the parse, on every turn.
 */
export function isExactSessionState(value: unknown): value is SessionState {
  return isSession(value);
}
