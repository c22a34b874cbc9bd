import type { IrsAction } from '../facts/facts.js';

/**
 * How a cue counts: `actual` needs a clause neither negated nor hypothetical ("if they levy my pay" is a fear,
 * not a levy); `affirmed` only needs no negation; `any` counts even when negated ("no refund yet" is a held refund);
 * `text` is `affirmed` over the whole text, for cues that span sentences ("on a payment plan ... they said I missed").
 */
export type Mode = 'actual' | 'affirmed' | 'any' | 'text';
/** `ignore`: phrases removed before matching ("there's no refund" says none is due, not that one is held). */
export type Detector = { action: IrsAction; mode: Mode; re: RegExp; window?: number; ignore?: RegExp };

const PAY = '(wages?|pay|paycheck|paychecks|check|checks|salary|payroll|earnings|cheque|sueldo|salario)';
const TAKE = '(garnish\\w*|levy|levied|levies|levying|taking|take|took|taken|takes|deduct\\w*|withh[eo]ld\\w*)';
const BANK = '(bank|checking|savings|account|accounts|cuenta|banco)';
const REFUND = '(refund|refunds|reembolso|rembolso|devolucion|refnd)';
/** Up to 40 characters that do not run into a new statement ("taken, and I have savings"). */
const GAP = '(?:(?!\\b(?:and|y) (?:i|we|im|ive|my|our)\\b).){0,40}';
/** Third parties who owe the person money: a levy served on them takes the person's income. */
const PAYERS =
  '(brokers?|customers?|clients?|payers?|vendors?|tenants?|shippers?|general contractors?|contractors?|accounts? receivable|receivables|clientes)';
const PLAN =
  '(payment plan|installment (agreement|plan)|payment (agreement|arrangement)|plan de pagos?|acuerdo de pagos?|offer in compromise|oic|oferta(?! de (trabajo|empleo))|(my|the|our|a) plan|(my|the|our) offer(?! (letter|of employment)))';
/** Payments other than wages that the IRS can levy: benefits, pensions, contract and vendor payments, receivables. */
const FEDERAL_PAYMENT =
  '(social security|ss check|ssi|pension|retirement|annuity|disability|1099 payments|contractor payments|customers|clients|receivables|invoices?|contract payments?|vendor payments?|federal payments?)';
const PLAN_PROBLEM =
  '(default\\w*|missed|cancel\\w*|terminat\\w*|end|ended|ending|messed|mistake|error\\w*|wrong|reject\\w*|refus\\w*|denied|wont (let|accept)|cant (set|get)|couldnt|problem|not (credited|showing|processing)|cannot process|revoked|stuck|back|returned|sent back|kicked back|bounced|closed|not processable|unprocessable|devolv\\w*|devuelve\\w*|rechaz\\w*|no procesable|cancelad\\w*)';

/** No refund is due or expected: not a refund the IRS holds. */
const NO_REFUND_DUE =
  /\b(there is|theres|there was|with|and) no (refund|reembolso)\b|\bno refund (is |was )?(due|owed|coming|expected|either way|involved)\b|\b(not|dont|do not|wont|never|didnt) (get|getting|expect|expecting|due|owed|claim|claiming) (a |any )?(refund|reembolso)\b/g;

/** The cues of each IRS action, most specific first; an action may have more than one. */
export const DETECTORS: readonly Detector[] = [
  {
    action: 'wage_levy',
    mode: 'actual',
    re: new RegExp(
      `\\b${TAKE}\\b.{0,40}\\b(out of|from|off|on|of)\\b.{0,20}\\b${PAY}\\b|\\b(garnish\\w*|levy|levied)\\b.{0,30}\\b${PAY}\\b|` +
        `\\b${PAY} (garnish\\w*|levy)\\b|\\b${PAY}\\b.{0,30}\\b(had|has|have|with|got|gets)\\b.{0,15}\\b(taken|deducted|garnished|withheld|levied)\\b|\\bpayroll\\b.{0,40}\\blevy\\b|\\bemployer\\b.{0,40}\\b(levy|garnish\\w*|takes|taking|deduct\\w*)\\b|` +
        `\\b(quitan|quitando|quitaron|embargo|embargaron|embargando)\\b.{0,30}\\b(cheque|sueldo|salario)\\b|` +
        // A garnishment with nothing else named is of wages, the everyday sense of the word ("garnish", "they garnished me").
        `(?<!\\b(${BANK}|${FEDERAL_PAYMENT}|${PAYERS})\\b.{0,40})\\b(garnish|garnished|garnishing|garnishment|garnishments)\\b(?!.{0,40}\\b(${BANK}|${FEDERAL_PAYMENT}|${PAYERS})\\b)`,
    ),
  },
  {
    action: 'bank_levy',
    mode: 'actual',
    re: new RegExp(
      `\\b(levy|levied|levies|levying|froze|frozen|freeze|freezing|seized|emptied|drained|cleaned out|wiped out)\\b${GAP}\\b${BANK}\\b|` +
        `\\b(took|taken|taking|take|pulled|withdrew)\\b${GAP}\\b(from|out of|in)( my| our| the| a| his| her)?( \\w+)? ${BANK}\\b|` +
        `\\b(took|taken|taking) (all )?(of )?(my|our|the) (\\w+ )?(savings|checking|bank account)\\b|\\bbank\\b.{0,30}\\b(levy|levied|froze|frozen|hold|holds|holding)\\b|` +
        `\\b(account|accounts|checking|savings)\\b.{0,20}\\b(levied|frozen|froze|seized|emptied|drained|garnished)\\b|` +
        `\\b(congel\\w*|embarg\\w*)\\b.{0,30}\\b(cuenta|banco)\\b`,
    ),
  },
  {
    action: 'other_levy',
    mode: 'actual',
    re: new RegExp(
      `\\b(levy|levied|levying|garnish\\w*|taking|take|took|taken|kept|keeping|withh[eo]ld\\w*|holding|held|intercept\\w*|seiz\\w*)\\b${GAP}\\b${FEDERAL_PAYMENT}\\b|` +
        // "levies served on my brokers", "sent levies to the shippers I haul for"
        `\\b(levy|levies|levied|levying|garnish\\w*|embargo\\w*)\\b${GAP}\\b(on|to|at|a) (my |our |all my |all our |the |mis )?(\\w+ )?${PAYERS}\\b|` +
        `\\b${FEDERAL_PAYMENT}\\b.{0,60}\\b(short|garnish\\w*|levy|levied|taken|taking|took|reduced|cut)\\b|\\bcp ?297 ?[ac]\\b`,
    ),
  },
  {
    action: 'seizure',
    mode: 'actual',
    re: /\b(seized|seizing|seizure|repossess\w*|took|taken)\b.{0,30}\b(car|truck|house|home|boat|equipment|vehicle|inventory|tools|property)\b|\bseizure (sale|date|scheduled)\b/,
  },
  {
    action: 'offset',
    mode: 'affirmed',
    re: new RegExp(
      `\\boffset\\w*\\b|\\b(took|taken|takes|taking|kept|keeps|keeping|applied|applying|grabbed|used)\\b.{0,20}\\b${REFUND}\\b.{0,60}\\b(debt|loans?|child support|owe|owed|back taxes|balance|other year)\\b|` +
        `\\b(took|taken) (my|our|the) ${REFUND}\\b`,
    ),
  },
  {
    action: 'final_levy_notice',
    mode: 'text',
    re: /\b(lt ?11|lt ?1058|letter 1058|l ?1058|cp ?90|cp ?297)\b|\bfinal (notice|letter|warning)\b.{0,40}\blev(y|ies)\b|\bfinal lev(y|ies) (notice|letter)\b|\bfinal\b.{0,30}\binten(t|tion|d|ds) to levy\b|\binten(t|tion|d|ds) to levy\b.{0,60}\b(right to a hearing|hearing)\b|\bfinal notice\b.{0,30}\b(intent|intend|levying)\b|\blevy (notice|letter)s?\b|\baviso final\b|\bintencion de embargar\b/,
  },
  {
    action: 'levy_sustained',
    mode: 'affirmed',
    re: /\bnotice of determination\b|\bappeals?\b.{0,60}\b(sustain\w*|uphold|upheld|decided|ruled|denied|let them|can levy|go ahead|proceed|against me)\b|\blevy\b.{0,20}\b(can|could|may|will) (go ahead|proceed)\b|\b(sustained|upheld) the levy\b|\b(lost) (the|my) (cdp )?hearing\b/,
  },
  { action: 'lien', mode: 'affirmed', window: 2, re: /\b(lien|liens|lein|leins|letter 3172|l ?3172|gravamen)\b/ },
  {
    action: 'bill',
    mode: 'affirmed',
    re: /\bcp ?(14|501|503|504|161|71[a-z]?)\b|\bbalance due\b|(?<!(light|utility|electric|gas|water|phone|medical|hospital|car|card|my|our|other|on|pay|paying|cover|all|any) )\bbills?\b|\breminders?\b|\binten(t|tion|d|ds) to seize\b|\bpay within \d+ days\b|\bpay or else\b|\bcollection (letters?|notices?)\b|\bfactura\b/,
  },
  {
    action: 'audit',
    mode: 'affirmed',
    re: /\b(audit|audits|audited|auditing|auditor|adit|auditoria|auditando|examination|examiner|revenue agent|(30|thirty) day letter|letter (525|915)|l ?(525|915)|(form )?4549|disallow\w*|(audit|exam|examination) report|(30|thirty) days to (agree|appeal))\b/,
  },
  {
    action: 'cp2000',
    mode: 'affirmed',
    re: /\bcp ?2000\b|\bunder ?report\w*\b|\b(didnt|did not|forgot to|failed to|never|not) report\w*\b.{0,30}\b(income|interest|1099|w ?2|dividends?|sales|wages)\b|\bproposal letter\b/,
  },
  {
    action: 'deficiency_notice',
    mode: 'affirmed',
    re: /\bnotice of deficienc\w*|\bdeficiency (notice|letter)\b|\b(90|ninety) day (letter|notice)\b|\bcp ?3219 ?[an]?\b|\bletter 3219\b|\bl ?3219\b|\bstatutory notice\b|\bcarta de (los )?90 dias\b|\bdeficiencia\b/,
  },
  {
    action: 'refund_held',
    mode: 'any',
    ignore: NO_REFUND_DUE,
    re: new RegExp(
      `\\b${REFUND}\\b.{0,60}\\b(still|processing|held|holding|hold|frozen|froze|freeze|stuck|delay\\w*|late|not (come|here|arrived|received|deposited)|never (came|arrived|got|showed)|no ha llegado|no llega|no me llega|no aparece|retenido|detenido|atorado|congelado|waiting|been|under review|review)\\b|` +
        `\\b(no|still no|havent (got|gotten|received|seen)|never (got|received)|waiting (on|for)|wheres|where is|holding|froze|frozen|stuck|sitting on|no me ha llegado( el)?|esperando( mi)?|deteniendo( el| mi)?|retienen( el| mi)?) (a |my |the |our |his |her |their |el |mi |su |nuestro )?${REFUND}\\b|` +
        `\\b(holding|held|hold|froze|frozen|sitting on|keeping|withholding|retaining|retienen|reteniendo)( (my|our|the|whole|entire|full|federal|tax|el|mi|su|\\d+)){1,4} ${REFUND}\\b|` +
        '\\bsitting on (it|my (money|refund|return))\\b|\\b(wheres|where is) my refund\\b|\\bstill processing\\b',
    ),
  },
  {
    action: 'identity_hold',
    mode: 'affirmed',
    re: /\b(l ?5071 ?c|5071 ?c|l ?4883 ?c|4883 ?c|l ?5747 ?c|5747 ?c|l ?5447 ?c|5447 ?c|cp ?5071\w?|14039|identity|identidad)\b|\b(someone|somebody|alguien)\b.{0,40}\b(my|mi)\b.{0,10}\b(ssn|social|seguro social|name|number)\b/,
  },
  {
    action: 'passport_certification',
    mode: 'affirmed',
    re: /\b(passports?|pasaporte|passprt|cp ?508 ?c|seriously delinquent|state department|state dept|departamento de estado)\b|\bcertif\w* (my |the |our )?(tax )?debts?\b/,
  },
  {
    action: 'payment_plan_problem',
    mode: 'text',
    re: new RegExp(
      `\\b${PLAN}\\b.{0,200}\\b${PLAN_PROBLEM}\\b|\\b${PLAN_PROBLEM}\\b.{0,40}\\b${PLAN}\\b|\\bcp ?523\\b`,
    ),
  },
  {
    action: 'letters_unprocessed',
    mode: 'text',
    re: /\b(keep|keeps|kept) (sending|mailing) (me |us )?(letters|notices)\b|\b(letters|notices|they) keep coming\b|\b(letters|notices)\b.{0,50}\b(over and over|again and again)\b|\b(letters|notices) (saying|claiming|say|that say) (we|i) (didnt|never|did not) file\b|\b(letters|responses?|documents|docs|paperwork|correspondence|forms?|replies|reply|amended return|cartas|documentos)\b.{0,50}\b(disappear\w*|never (got|received|processed|answered|logged)|not (processed|being processed|getting processed|answered)|arent (getting |being )?processed|hasnt been processed|havent been processed|no record|cant find|couldnt find|lost|ignored|never see|no (los|las) han procesado)\b|\bamended (my |our |the )?return\b.{0,100}\b(still|not processed|hasnt|havent|never|months|year)\b|\b(wrote|written|write|writing) (back|them|to them)\b.{0,40}\b(times|nothing|no (answer|response|reply))\b|\b(lost|losing) (my|the|our) (documents|docs|paperwork|papers|response|letters?|forms?|fax|receipts)\b|\bnever (see|answer|respond to|process) my (letters|mail|correspondence)\b|\b(didnt|did not|never|havent|hasnt|wont|not|nobody|no one|noone)( ever)? (answer\w*|respond\w*|repl\w*|get(ting)? back( to me)?|acknowledg\w*)( to)? (my|our|the) (letters?|mail|response|correspondence|fax|faxes|forms?|documents|paperwork)\b|\b(sent|mailed|faxed|wrote|submitted)\b.{0,60}\b(havent|have not|never|not) heard (back|anything|a thing)\b|\b(mailed|sent|faxed|submitted) (it|them|the \w+|my \w+)\b.{0,40}\bnothing (since|back)\b|\b(asking|asked|ask|asks|requesting|wants?|wanted) (me |us )?(for )?(the same|it|them|my|our|the)( \w+){0,2} again\b|\bno (return|record) on file\b|\b(havent|have not|hasnt|has not|never) received (my|your|our|the) (return|response|reply|documents|letter|amended return)\b/,
  },
  {
    // Told by what the IRS says or does not do with a return sent: "they say they never got my return",
    // "sent a 1040-X in february and nothing has happened", "el IRS dice que no recibio mi declaracion".
    action: 'letters_unprocessed',
    mode: 'text',
    re: /\b(sent|mailed|faxed|answered with) (a |my |our )?(reply|response|answer) (to|for) (an |the |their |a )?(irs )?letter\b|\b(letters?|repl(y|ies)|responses?)\b.{0,20}\b(they|irs)\b.{0,10}\b(dont|doesnt|never|wont|didnt) (answer|respond|reply)\b|\b(says?|said|claims?) (they )?(never|didnt|did not|havent|have not) (got|get|gotten|receive|received) (my|our|the) (return|response|reply|documents|letter|amended return|papers)\b|\b(1040 ?-?x|amended return)\b.{0,80}\bnothing (has )?(happened|since|back)\b|\bno (recibio|recibieron|ha recibido|han recibido|encuentran|procesaron|han procesado) (mi|mis|nuestra|nuestras|la|las) (declaracion|declaraciones|carta|cartas|respuesta|documentos|papeles)\b/,
  },
  {
    action: 'criminal_investigation',
    mode: 'affirmed',
    re: /\b(criminal investigation|criminal investigators?|special agents?|ci agents?|irs ci|criminal (agents?|case|division)|investigacion criminal|agentes especiales)\b/,
  },
];
