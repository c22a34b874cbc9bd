import type { Facts, IrsAction, IssueType } from '../facts/facts.js';

/** Most pressing first: when two fit, the one the person most needs fixed now wins. */
const ACTION_PRIORITY: ReadonlyArray<[IrsAction, IssueType]> = [
  ['wage_levy', 'levy_garnishment'],
  ['bank_levy', 'levy_garnishment'],
  ['other_levy', 'levy_garnishment'],
  ['seizure', 'levy_garnishment'],
  // A criminal investigation outweighs every notice and bill that comes with it; only money being taken
  // now is more pressing.
  ['criminal_investigation', 'other'],
  ['levy_sustained', 'levy_garnishment'],
  ['final_levy_notice', 'levy_garnishment'],
  ['passport_certification', 'passport'],
  ['identity_hold', 'identity_theft'],
  ['lien', 'lien'],
  ['payment_plan_problem', 'payment_arrangement'],
  ['deficiency_notice', 'notice_of_deficiency'],
  ['audit', 'audit_exam'],
  ['cp2000', 'audit_exam'],
  ['offset', 'refund_delay'],
  ['refund_held', 'refund_delay'],
  ['letters_unprocessed', 'correspondence_delay'],
  ['bill', 'balance_due_collection'],
];

/** Pure: the issue type the IRS actions point to, or undefined when they point nowhere. */
export function issueTypeFromActions(actions: readonly IrsAction[]): IssueType | undefined {
  return ACTION_PRIORITY.find(([action]) => actions.includes(action))?.[1];
}

/** Pure: the issue type of the case: from what the IRS did, else what the person named, else 'other'. */
export function decideIssueType(facts: Facts): IssueType {
  return issueTypeFromActions(facts.irsActions ?? []) ?? facts.issueType ?? 'other';
}
