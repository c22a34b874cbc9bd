// The values of the facts' enums as plain lists: the schemas in facts.ts are built from them, and code on the
// terminal's start path reads them here without loading zod.

/** The slots a screening asks for; ids match the terminal's JSON Lines `prompt.slot`. */
export const slotIds = [
  'narrative',
  'issue_type',
  'irs_action',
  'hardship',
  'harm_date',
  'tried_irs',
  'waiting_days',
  'promised_date_missed',
  'process_failure',
  'disputes_amount',
  'notice',
  'appeal_status',
  'handoff',
  'contact_name',
  'contact_email',
  'contact_phone',
  'state',
  'represented',
  'consent',
  'confirm_restart',
] as const;

/** The problem the person most needs fixed, by its root (brief, section 6). */
export const issueTypes = [
  'levy_garnishment',
  'refund_delay',
  'lien',
  'balance_due_collection',
  'audit_exam',
  'notice_of_deficiency',
  'correspondence_delay',
  'identity_theft',
  'payment_arrangement',
  'passport',
  'other',
] as const;

/** What the IRS did (or failed to do), as far as the person tells it. */
export const irsActions = [
  'wage_levy', // a levy or garnishment on pay, in effect
  'bank_levy', // a levy on a bank account, funds frozen or taken
  'other_levy', // a levy on other payments (Social Security, contractor payments)
  'seizure', // property seized or a seizure scheduled
  'offset', // a refund taken for a debt
  'final_levy_notice', // LT11, Letter 1058, CP90, CP297: levy threatened, hearing right
  'levy_sustained', // a CDP Notice of Determination letting a levy go ahead
  'lien', // a federal tax lien filed or not released
  'bill', // CP14 to CP504 and other balance-due letters
  'audit', // an examination, a 30-day letter, an audit report
  'cp2000', // an underreporter proposal
  'deficiency_notice', // a notice of deficiency (90-day letter)
  'refund_held', // a refund not paid, frozen or still processing
  'identity_hold', // a refund or return held for identity verification or identity theft
  'passport_certification', // seriously delinquent debt certified to the State Department
  'payment_plan_problem', // an installment agreement or offer defaulted or refused in error
  'letters_unprocessed', // letters, returns or responses the IRS does not process
  'criminal_investigation', // contact from IRS Criminal Investigation
  'none', // nothing yet
] as const;

/** A tri-state answer: `unsure` covers "kinda", "not sure", "maybe". */
export const triStates = ['yes', 'no', 'unsure'] as const;

/** How a date was learned: printed on the notice, when it arrived, approximate, or not at all. */
export const dateSources = ['printed', 'received', 'approximate', 'unknown'] as const;

/** Hardship kinds, for evidence and the Form 911 draft. */
export const hardshipKinds = [
  'rent_or_mortgage',
  'eviction',
  'utilities',
  'medical',
  'food_or_basics',
  'childcare_or_support',
  'job_or_licence',
  'business',
  'home_sale_or_credit',
  'professional_costs',
  'other',
] as const;

/** Appeal or litigation stage the person is at. */
export const appealStatuses = [
  'none',
  'hearing_requested',
  'hearing_done',
  'appeal_pending',
  'tax_court',
  'unknown',
] as const;
