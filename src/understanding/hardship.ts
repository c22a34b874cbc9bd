import type { Facts, HardshipKind, IsoDate } from '../facts/facts.js';
import { fail, ok, type Result } from '../result.js';
import { HYPOTHETICAL, hasAffirmed, hasAny, matchesIn, NEGATION, splitClauses } from './cues.js';
import { findDates } from './dates.js';
import { isDontKnow, parseYesNo } from './yes-no.js';

/** The hardship facts one answer states. */
export type HardshipReading = Pick<Facts, 'hardship' | 'hardshipKinds' | 'hardshipNotFromIrs' | 'harmNow' | 'harmDate'>;

/**
 * What a harm is about, by the words people use for it (English and Spanish, common misspellings). A third element
 * `true` marks words that also just describe a life ("surgery that year", "a janitor at the hospital"): they count only
 * in a clause that says money is needed or missing for them (AFFORD).
 */
const KINDS: ReadonlyArray<readonly [HardshipKind, RegExp, boolean?]> = [
  ['rent_or_mortgage', /\b(rent|rents|mortgage|house payment|renta|alquiler|hipoteca|landlord|lease)\b/],
  [
    'eviction',
    /\b(evict\w*|desalojo|desalojar|kick(ed)? (us|me) out|foreclos\w*|lose (our|my|the) (home|house|apartment|place)|homeless)\b/,
  ],
  [
    'utilities',
    /\b(utilit\w*|light bill|electric\w*|power bill|gas bill|gas and electric|water bill|heat|heating|shut ?off|cut (it |us |me |the power )?off|disconnect\w*|luz)\b/,
  ],
  [
    'medical',
    /\b(medicine|medicines|medication\w*|meds|insulin|inhaler|prescription\w*|refill|medicina\w*|medicamento\w*)\b/,
  ],
  [
    'medical',
    /\b(doctor|doctors|surgery|operation|treatment|medical|hospital|asthma|therapy|cancer|chemo\w*|dialysis|copay|dentist|dental|clinic|hospital bills?)\b/,
    true,
  ],
  [
    'food_or_basics',
    /\b(food|groceries|grocery|eat|diapers|formula|basic (needs|living|expenses)|necessities|to my name|nothing left|comida)\b/,
  ],
  ['childcare_or_support', /\b(daycare|day care|childcare|child care|child support|babysitter|guarderia)\b/],
  [
    'job_or_licence',
    /\b(lose|losing|lost) (my|the|this|our) (job|license|licence|work|offer|position)|\bjob offer\b|\bstart date\b|\b(license|licence) (suspended|revoked)\b|\bget fired\b|\bperder (mi|el) trabajo\b|\b(no way|cant|cannot|can not|unable|wont be able) to get to (work|my job|the job)\b|\b(miss|missing|lose|losing) (work|shifts|my shifts|hours|my hours)\b/,
  ],
  [
    'business',
    /\b(business|company|shop|store|restaurant|negocio)\b.{0,30}\b(close|closing|shut down|go under|fold|survive|stay open|keep (it )?open)\b|\b(lose|losing|lost|perder) (the|my|our|mi|el) (business|company|shop|store|restaurant|negocio)\b|\b(make|meet|cover|pay) (the |my |our )?payroll\b|\bpayroll\b.{0,30}\b(cant|cannot|can not|wont be able to|unable to|short|not going to make)\b|\bpay my (employees|workers|suppliers|crew|drivers|staff)\b/,
  ],
  [
    'business',
    /\b(cant|cannot|can not|couldnt|unable to|wont be able to) (pay|cover|buy|afford) (for )?(the |my |our )?(fuel|diesel|inventory|supplies|suppliers|vendors|crew|drivers|employees|workers|staff)\b|\b(park|parking) (the|my|our) (trucks|rigs|fleet)\b|\b(lay|laying) (people |everyone |them |workers |my crew )?off\b|\b(close|shut) (the|our|my) doors\b/,
  ],
  [
    'home_sale_or_credit',
    /\b(closing|sale (falls?|fell|could fall|would fall|might fall)|falls? (thru|through|apart)|buyers? (might |could |will |would |can |may )?(walk|back out|pull out)|refinanc\w*|(wont|will not|cant|cannot|refuse to|not going to) close|title company|escrow|loan (denied|approval)|(?<!direct )deposit|credit score|mortgage approval)\b/,
  ],
  [
    'professional_costs',
    /\b(hire|pay|paying|pay for) (a |an )?(lawyer|attorney|cpa|accountant|professional|enrolled agent)\b|\b(legal|late) fees\b|\b(fees|penalties) (are )?(piling|keep)\b/,
  ],
  [
    'other',
    /\b(car note|car payment|repossess\w*|bills|behind on (everything|payments)|money is (super |really |very |so )?tight|struggling|broke|cant make ends meet|short on money|counting on (that|the|this|my) (refund|money|check)|cant (keep )?(losing|lose|afford to lose) (that|this|it|money|the money|\d+)|cant live on)\b/,
  ],
];

/** Says money is needed for, or missing from, what a context word names ("cant pay for the surgery", "need it for my doctor"). */
const AFFORD =
  /\b(cant|cannot|can not|couldnt|unable|wont be able|no money|not enough|afford\w*|pay for|paying for|money for|need|needs|needed|counting on|relying on|depend\w* on|behind on|owe|bills?|copays?|without|skip\w*|postpon\w*|cancel\w*|put off|delay\w*|necesito|pagar)\b/;

/** Says the harm is real and lands: a verb of loss or inability (not "can't pay this bill at once"). */
const HARM_VERB =
  /\b(cant|cannot|can not|couldnt|unable to|wont be able to) (pay|afford|cover|make|buy|keep|get)\b(?! (this|it|that|them|the irs|what i owe|the (bill|balance|debt|taxes))\b)|\b(behind|short|late) on\b|\b(lose|losing|lost)\b|\bevict\w*|\bshut ?off|\bcut (it |us |me )?off\b|\bfalls? (thru|through|apart)\b|\bwalk\b|\bnothing left\b|\bno (money|way)\b|\bpast due\b/;
const NOT_FROM_IRS =
  /\bnot (from|because of|caused by|related to|due to|about) (the )?irs\b|\bnothing to do with (the )?irs\b|\bjust life\b|\bnot the irs(s)? fault\b|\bunrelated\b|\bnot irs related\b|\bno es (por|culpa de)l? irs\b/;
/** Costs already met ("bills are paid", "rent is covered", "I pay my bills"): named, but not a harm. */
const SETTLED =
  /\b(bills?|rent|mortgage|utilities|groceries|expenses)( are| is| were| was| get| gets)?( all)? (paid|covered|current|taken care of|handled|up to date)\b|\b(i|we) (still )?(can )?pay (all )?(my|our|the) bills\b/g;
const NEGATIVE =
  /\b(no hardship|(i|we) (still )?(have|got) (some |enough |plenty of )?(savings|money saved|money in savings|a cushion)|(bills|rent|mortgage) (are |is )?(all )?(paid|covered)|not a hardship|not really a hardship|no money (problem|issue)s?|not a money thing|im (ok|okay|fine|good)|we are (ok|okay|fine)|were (ok|okay|fine)|doing (ok|okay|fine)|comfortable|can pay (it|my bills|that)|not hurting|just (frustrated|annoyed|stressed|want (my|the) (money|refund))|the principle|managing|getting by|making it work|can manage|vacation|trip|christmas|navidad|holidays|not an emergency|no es emergencia)\b/;
const FEAR =
  /\b(scared|afraid|worried|anxious|stress\w*|nervous|freaking out|panic\w*|frustrated|upset|miedo|preocupad\w*|nervios\w*)\b/;
const NOW =
  /\b(right now|happening now|as we speak|already (took|taken|taking|behind)|ahora mismo|they took|after (what )?they took|after they take|(are|is|keep|keeps) taking|every (paycheck|check)|nothing left|(eviction|shutoff|shut off|disconnect\w*) notice|notice (from|to) (the )?(utility|landlord))\b/;
const DATE_CUE =
  /\b(due|by|close|closing|closes|surgery|appointment|renew\w*|auction|(cut|cutting|cuts) (it |us |me |the \w+ )?off|(shut|shutting) (it |us |me )?off|shutoff|evict\w*|starts?|start date|deadline|until|before|expires?|vence|para el)\b[^.;!?]{0,25}$/i;
/** A payment named right before its date ("payroll on Dec 4", "rent on the 1st"); further away it may be a rate or a span. */
const PAYMENT_ON =
  /\b(rent|mortgage|payroll|car payment|house payment|lot rent)( is| payment)?( due)?( on| for)?( the)?\s*$/i;
/** "$420 a week" is a rate, not a date. */
const RATE = /^(a|one|per|each|every) (day|week|month|year)\b/i;

/** Pure: whether the IRS action causes (or is about to cause) financial harm, what kind, and when it lands. */
export function parseHardship(text: string, today: IsoDate): Result<HardshipReading, 'unclear'> {
  const clauses = splitClauses(text);
  if (clauses.length === 0) return fail('unclear');
  const kinds = findKinds(clauses);
  const notFromIrs = hasAny(clauses, NOT_FROM_IRS);
  const yesNo = parseYesNo(text);
  const lead = yesNo.ok ? yesNo.value : undefined;
  const harmStated = kinds.length > 0 && (lead !== 'no' || hasAffirmed(clauses, HARM_VERB, 3));
  if (harmStated || (notFromIrs && kinds.length > 0)) return ok(yesReading(text, clauses, kinds, notFromIrs, today));
  if (lead === 'yes' && !hasAny(clauses, NEGATIVE)) return ok(yesReading(text, clauses, kinds, notFromIrs, today));
  if (lead === 'no' || hasAny(clauses, NEGATIVE)) return ok({ hardship: 'no' });
  if (lead === 'unsure' || isDontKnow(text) || hasAny(clauses, FEAR)) return ok({ hardship: 'unsure' });
  return fail('unclear');
}

function findKinds(all: readonly string[]): HardshipKind[] {
  const clauses = all.map((c) => c.replace(SETTLED, ' '));
  const found = KINDS.filter(([, re, needsCue]) =>
    hasAffirmed(needsCue ? clauses.filter((c) => AFFORD.test(c)) : clauses, re, 3),
  ).map(([kind]) => kind);
  return [...new Set(found)];
}

function yesReading(
  text: string,
  clauses: readonly string[],
  kinds: HardshipKind[],
  notFromIrs: boolean,
  today: IsoDate,
): HardshipReading {
  const reading: HardshipReading = { hardship: 'yes', hardshipKinds: kinds.length > 0 ? kinds : ['other'] };
  if (notFromIrs) reading.hardshipNotFromIrs = true;
  if (isHarmNow(clauses)) reading.harmNow = true;
  const harmDate = findHarmDate(text, today);
  if (harmDate) reading.harmDate = harmDate;
  return reading;
}

/** Pure: true when the harm is already happening (money taken, a shutoff or eviction notice in hand, "right now"). */
export function isHarmNow(clauses: readonly string[]): boolean {
  return clauses.some(
    (c) =>
      !HYPOTHETICAL.test(c) &&
      matchesIn(c, NOW).some((m) => !NEGATION.test(c.slice(0, m.index).split(' ').slice(-3).join(' '))),
  );
}

/** Pure: the first date, today or later, that a harm falls due on ("rent is due dec 1", "closing is Dec 15"). */
export function findHarmDate(text: string, today: IsoDate): IsoDate | undefined {
  return findDates(text, today, 'future').find(
    (d) =>
      d.date >= today &&
      !RATE.test(text.slice(d.index, d.end)) &&
      (DATE_CUE.test(text.slice(Math.max(0, d.index - 40), d.index)) || PAYMENT_ON.test(text.slice(0, d.index))),
  )?.date;
}
