import type { IsoDate } from '../facts/facts.js';
import { parseDurationDays } from './durations.js';
import { normalizeText } from './text-normalize.js';

/** A sentence about waiting on the IRS: "since April", "its been 6 months", "filed in May and still nothing". */
const WAIT_CUE =
  /\b(since|desde|its been|it has been|been waiting|waiting|stuck|for (over |about |almost |nearly )?(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of) (days|weeks|months|years)|hace)\b/i;
const STILL_CUE = /\b(still|never|havent|hasnt|nothing|no refund|no answer|no response|no ha llegado|todavia)\b/i;
const DONE_CUE =
  /\b(filed|efiled|e filed|mailed|sent|faxed|submitted|paid|answered|responded|wrote|filled out|filled in|hice|mande)\b/i;
/** "first time filing since 2019": a bare year is not how long anyone has waited. */
const SINCE_YEAR = /\bsince (19|20)\d\d\b/i;
/** Money going out on a schedule ("short $287 every month since September"): how long a levy has run, not a wait. */
const TAKING =
  /\b(garnish\w*|levy|levied|levying|taking|taken|took|takes|deduct\w*|withh[eo]ld\w*|short|every (month|week|check|paycheck|payday|pay period)|each (month|week|check|paycheck)|(a|per) (month|week|check|paycheck)|percent|embarg\w*|quitando|quitan)\b|\d ?%/i;
/** Words that make it a wait on the IRS even in such a sentence ("taking it since May and still no answer"). */
const WAITING_ON_IRS =
  /\b(waiting|wait|no (answer|response|reply|word|callback|call back)|never (heard|answered|responded|replied|called)|havent heard|hasnt been (fixed|released|processed)|still (no|not|nothing|hasnt|havent|waiting))\b/i;
const MAX_DAYS = 3 * 365;

/** Pure: how long the person has been waiting on the IRS, from the first sentence that says it; undefined if none. */
export function findWaitingDays(text: string, today: IsoDate): number | undefined {
  for (const sentence of text.split(/(?<=[.!?;\n])\s+/)) {
    const plain = normalizeText(sentence);
    if (SINCE_YEAR.test(plain) || (TAKING.test(plain) && !WAITING_ON_IRS.test(plain))) continue;
    const waits = WAIT_CUE.test(plain) || (STILL_CUE.test(plain) && DONE_CUE.test(plain));
    if (!waits) continue;
    const days = parseDurationDays(sentence, today);
    if (days.ok && days.value > 0 && days.value <= MAX_DAYS) return days.value;
  }
  return undefined;
}
