import type { TriState } from '../facts/facts.js';
import { isStateActorOnly } from './actor.js';
import { hasAffirmed, hasAny, isGuarded, matchesIn, NEGATION, splitClauses } from './cues.js';
import { normalizeText } from './text-normalize.js';
import { findConclusion, isDontKnow, parseYesNo } from './yes-no.js';

/** Contacting the IRS through a normal channel, said in the first person. */
const TRIED =
  /\b(called|calling|phoned|calls|on hold|wrote|written|write (to|back)|mailed|faxed|sent|submitted|responded|replied|answered (their|the|your|every) (letter|notice)s?|went through (the |their |all the )?(irs|appeals?|process|channels|proper channels|hearing|phone tree|menus?)|had (a|the|my) (cdp )?hearing|met with|meeting with|working with (the|an|my) (agent|examiner|auditor)|talked to|spoke (to|with)|visited|went to (the|an|a|my) (irs|local|office|taxpayer)|verified|filled (out|in)|completed (the|their|a) form|did everything they asked|llame|les llame|mande|envie|hable con)\b/;
/** Third-person subjects and filing itself are not attempts ("they sent a bill", "I mailed my return"). */
const NOT_MINE = /\b(they|irs|he|she|agent|examiner|it|who|board|department|office|bank)\b/;
/** The person, or someone acting for them, as the subject of a contact verb ("my accountant called", "we wrote"). */
const MY_SUBJECT =
  /\b(i|we|ive|weve|id|wed|im|me|yo|my (husband|wife|spouse|partner|son|daughter|mom|mother|dad|father|accountant|cpa|lawyer|attorney|preparer|bookkeeper|rep|representative|tax (guy|lady|preparer|person|pro|man|woman)|enrolled agent|ea|poa)|our (accountant|cpa|lawyer|attorney|preparer|bookkeeper|rep|representative))\b/g;
/** Someone else as the subject ("the facility sent", "her bank put it on hold", "they said it was sent"). */
const OTHER_SUBJECT =
  /\b(they|he|she|it|its|who|which|irs|someone|somebody|nobody|everyone|everybody|the|a|an|this|that|his|her|their|my|our|el|la|ellos)\b/g;
/** "they called me", "the board sent me a notice": someone reaching the person, not the other way round. */
const TO_ME = /^\w+ (me|us)\b/;
/** Filing a return, even an amended one, is the thing waited on, not an attempt to sort a problem out. */
const FILING =
  /^(mailed|sent|submitted) (in |off )?(a |an |my |our |the )?((amended |corrected |original )?(tax )?returns?|taxes|1040 ?x|amendment)\b/;
const TRIED_NO =
  /\b(havent|have not|didnt|did not|never|not yet|no he|nunca)\b.{0,25}\b(called|call|contacted|contact|talked|spoken|written|wrote|reached out|tried|done anything|llamado)\b/;
/** A bare count of attempts answers "have you contacted them?" ("twice", "5 times"). */
const COUNTED =
  /^(once|twice|\d+ times|(two|three|four|five|six|several|many|a few|multiple|a bunch of|lots of) times|a bunch|tons|lots)\b/;
/** An explicit denial of contacting the IRS itself ("never called the irs", "the irs, no"): wins over other calls. */
const NO_IRS_CONTACT =
  /\b(never|not|havent|have not|didnt|did not|hadnt|no he|nunca)\b( \w+){0,2} (called|call|contacted|contact|phoned|talked to|spoken to|spoke to|spoke with|written to|wrote to|reached out to|gone to|llamado a?l?|hablado con)( the| el)? (irs|internal revenue|feds)\b/;
/** "the state yes, the irs no": a bare no tied to the IRS at the end of a sentence. */
const IRS_NO = /\birs (no|nope|not yet|never|nunca)$/;
const ONLINE = /\b(online|website|web site|the app|irs gov|chatbot|the chat|la pagina)\b/;

/**
 * Pure: whether the person tried the IRS; online-only attempts are 'unsure' (a try, but not a normal channel worked
 * through). `allowLead` false reads only descriptions, not a bare yes/no (for free narratives).
 */
export function detectTriedIrs(text: string, allowLead = true): TriState | undefined {
  const clauses = splitClauses(text);
  const lead = allowLead ? leadOf(text) : undefined;
  const sentences = text.split(/[.!?;\n]+/).map(normalizeText);
  if (hasAny(clauses, NO_IRS_CONTACT) || hasAny(sentences, IRS_NO)) return 'no';
  const tried = clauses.some((c) =>
    matchesIn(c, TRIED).some(
      (m) =>
        !isGuarded(c, m.index, NEGATION, 4) &&
        !isGuarded(c, m.index, NOT_MINE, 2) &&
        !FILING.test(c.slice(m.index)) &&
        !TO_ME.test(c.slice(m.index)) &&
        !isStateActorOnly(c.slice(m.index, m.index + 50)) &&
        isMine(c.slice(0, m.index)),
    ),
  );
  if (tried || (allowLead && COUNTED.test(normalizeText(text)))) return 'yes';
  if (hasAny(clauses, ONLINE) && lead !== 'no') return 'unsure';
  if (lead === 'no' || hasAny(clauses, TRIED_NO)) return 'no';
  return lead;
}

/** The subject nearest before a contact verb is the person (or their side), or there is none ("called twice"). */
function isMine(before: string): boolean {
  const last = (re: RegExp): number => Math.max(-1, ...[...before.matchAll(re)].map((m) => m.index));
  const other = last(OTHER_SUBJECT);
  return other === -1 || last(MY_SUBJECT) >= other;
}

const PROMISE =
  /\b(said|says|say|told (me|us)|tell me|promised|give it|allow|would be|itd be|it would|should be|call me back|callback|get back to me|dijeron|me dijeron)\b/;
const SPAN =
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple|couple|another) (more )?(business )?(days?|weeks?|months?|dias|semanas|meses)\b|\b(call|calling) (me )?back\b|\bget back to me\b/;
const MISSED =
  /\b(never|didnt|did not|wasnt|hasnt|havent|not|came and went|long gone|gone|passed|its been|been (longer|over|more|almost)|still|nothing|instead|longer than|ago|no (call|word|change)|yet|nada|that was|which was)\b/;
/** The date given is still ahead ("they said 21 days and its not 21 yet"). */
const NOT_DUE_YET =
  /\b(not|isnt|hasnt|havent|aint) (\w+ ){0,3}yet\b|\bstill (within|inside|under|time)\b|\bnot (over|up|there) yet\b/;
const NO_PROMISE = /\b(nobody|no one|noone|never|nadie)\b.{0,10}\b(promised|said|told|prometio)\b|\bno promises?\b/;

/** Pure: whether the IRS missed a date it gave ("they said 60 days, its been 90"); undefined when not said. */
export function detectPromisedDateMissed(text: string, allowLead = true): TriState | undefined {
  const concluded = allowLead ? findConclusion(text) : undefined;
  if (concluded) return concluded;
  const whole = splitClauses(text).join(' ');
  if (NO_PROMISE.test(whole)) return 'no';
  for (const promise of matchesIn(whole, PROMISE)) {
    const after = whole.slice(promise.index);
    const span = SPAN.exec(after.slice(0, 60));
    const rest = span ? after.slice(span.index + span[0].length) : '';
    if (span && NOT_DUE_YET.test(rest)) return 'no';
    if (span && MISSED.test(rest)) return 'yes';
  }
  return allowLead ? leadOf(text) : undefined;
}

const FAILURE =
  /\b(lost|lose|losing|misplaced) (my |the |our |all |both |all of )?(them|documents|docs|papers|paperwork|response|responses|letters?|forms?|fax|faxes|receipts|files?|records|stuff|mail|payments?|checks?|amended return|return)\b|\bnever got (them|it|my)\b|\b(said|saying|say|says|claim\w*) (they )?(never got|didnt get|dont have|had nothing|have nothing|never received|cant find)\b|\b(they|he|she|irs|agent|person|examiner|guy|lady|nobody)\b.{0,12}\b(cant|couldnt|can not|could not) (find|see)\b|\bcouldnt see why\b|\b(tells|told|tell|say|says|said) (me )?(something else|different things)\b|\b(same|exact same) (stuff|documents|docs|papers|things|requests?|questions?)\b|\bover and over\b|\bagain and again\b|\bbounced?\b|\btransferred\b|\bdifferent (answers?|things?|story|stories)\b|\bsomething different\b|\bconflicting\b|\bcontradict\w*\b|\b(nobody|no one|noone|nadie)\b.{0,12}\b(fix\w*|correct\w*|tell|knows?|knew|help\w*|explain\w*|sabe)\b|\b(their|an irs|irs) (mistake|error)\b|\bdisappear\w*\b|\bnever see\b|\bno record\b|\b(new|changed|different) (examiner|agent|person each time)\b|\bexaminer changed\b|\bcant (do|see) anything\b/;
const MINOR = /\bjust (that|the|one|a) (one )?(error|glitch|hiccup|problem)\b|\bnothing like that\b/;

/** Pure: whether an IRS process failed (lost papers, same requests again, bounced, conflicting answers, uncorrected error). */
export function detectProcessFailure(text: string, allowLead = true): TriState | undefined {
  const clauses = splitClauses(text);
  if (hasAffirmed(clauses, FAILURE, 3)) return 'yes';
  if (hasAny(clauses, MINOR)) return 'no';
  return allowLead ? leadOf(text) : undefined;
}

const DISPUTE =
  /\b(disagree\w*|dispute\w*|contest\w*|fight (this|it|them)|pelear\w*|unfair|too (high|much)|thrown out|throw (it|this|the \w+) out|overturn\w*|incorrect|not taxable|isnt taxable|lives with me|flat wrong|ignored my|(is|its|was|are|were|thats|all|completely|totally|dead|just) wrong|wrong (amount|number|decision|person)|estan? mal|no es correcto|incorrect\w*|equivocad\w*|no corresponde|no es justo)\b/;
/** A part of the bill ("the penalties", "some of it"): an unsure answer that names one disputes that part. */
const PART =
  /\b(penalt\w*|interest|fees|part of it|some of it|one of the years|the (first|second|last|other) (year|one)|recargos|multas|intereses|una parte|parte de)\b/;
/** Phrases that carry their own negation, so a negation before them does not cancel them. */
const DISPUTE_NEGATED =
  /\b((do|did) not|dont|didnt|not) agree\b|\bnot (mine|my (debt|income|tax|taxes|fault))\b|\bisnt (even )?mine\b|\b(its|is|was|thats) (his|hers|their|my exs?|my ex husbands|my ex wifes) (\w+ )?(income|debt|business|money|taxes|company)\b|\bnot right\b|\bisnt right\b|\bnever owed\b|\bshouldnt (have|of)\b|\bnothing to do with (it|this)\b|\bdont think (i|we) owe\b|\b(but )?not (the )?(penalt\w*|interest|rest)\b|\bno estoy de acuerdo\b|\ben desacuerdo\b/;
const DENIES_OWING = /\b(dont|do not|never) owe\b|\bno debo\b/;
const ACCEPTS =
  /\b(i|we) (know|knew) (i|we) owe\b|\b(i|we) owe (it|that|this|the balance|them|the money)\b|\b(its|it is) (my|our) fault\b|\b(its|thats|theyre|they are|it is|its all) (right|correct|fair|accurate|mine)\b|\bno dispute\b|\bdont dispute\b|\bi did forget\b|\b(i|we) (actually |do |totally )?agree\b|\bi messed up\b|\b(amount|number|it) is (right|correct)\b|\bpaid in full\b|\bno amount\b|\bisnt an amount\b|\bdidnt say (any|an) amount\b|\b(havent|have not|hasnt|has not|didnt|did not|never) (said|say|told (me|us)|claimed|asked for)( that)? (i|we) owe\b|\bnada que disputar\b/;
const UNDO =
  /\b(thrown out|throw (it|this|the \w+) out|overturn\w*|undo|reopen\w*|re open|redo|audit reconsideration|reconsider\w*)\b/;

/** The amount itself agreed to ("the balance is right"): what is wrong is then something else (a default, a plan). */
const AMOUNT_RIGHT =
  /\b(the )?(balance|amount|number|bill|total|debt)( is| are|s)? (right|correct|accurate|fine|ok|legit)\b|\b(el )?(saldo|monto|balance) (esta |es )?(bien|correcto)\b/;

/** Pure: whether the person disputes the amount, audit, proposal or decision, and wants a lost one undone. */
export function detectDispute(text: string, allowLead = true): { disputesAmount?: TriState; wantsUndo?: boolean } {
  const clauses = splitClauses(text);
  const wantsUndo = hasAffirmed(clauses, UNDO, 3);
  const undo = wantsUndo ? { wantsUndo } : {};
  // "no the balance is right, just the default is wrong": the amount is not disputed, unless a part of it is.
  if (hasAny(clauses, AMOUNT_RIGHT) && !hasAny(clauses, PART)) return { disputesAmount: 'no', ...undo };
  if (hasAffirmed(clauses, DISPUTE, 3) || hasAny(clauses, DISPUTE_NEGATED)) return { disputesAmount: 'yes', ...undo };
  if (hasAny(clauses, ACCEPTS)) return { disputesAmount: 'no' };
  const lead = allowLead ? leadOf(text) : undefined;
  // "sorta, the penalties yes": disputing part of it is disputing.
  if (lead === 'unsure' && hasAffirmed(clauses, PART, 3)) return { disputesAmount: 'yes', ...undo };
  // "I dont owe anything" after a "no" answers a refund case, not a dispute; in a narrative it is too loose to use.
  if (hasAny(clauses, DENIES_OWING)) return allowLead ? { disputesAmount: lead === 'no' ? 'no' : 'yes' } : undo;
  return lead ? { disputesAmount: lead, ...undo } : undo;
}

/** A leading yes/no/unsure, or 'unsure' for "I don't know". */
function leadOf(text: string): TriState | undefined {
  const yesNo = parseYesNo(text);
  if (yesNo.ok) return yesNo.value;
  return isDontKnow(text) ? 'unsure' : undefined;
}
