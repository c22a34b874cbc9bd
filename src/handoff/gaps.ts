import type { Facts } from '../facts/facts.js';
import type { Outcome } from '../rules/outcome.js';

/**
 * Pure: keys of what the advisor must still fill or confirm before filing Form 911, in filing order.
 * A key with a parameter reads `key:param` (e.g. `confirm-notice-date:LT11`).
 */
export function listGaps(facts: Facts, outcome: Outcome | null): string[] {
  const gaps: string[] = ['tin']; // never collected in chat
  if (!facts.contactName) gaps.push('name');
  gaps.push('address');
  if (!facts.state) gaps.push('state');
  if (!facts.contactPhone) gaps.push('phone');
  if (!facts.contactEmail) gaps.push('email');
  gaps.push('voicemail-consent', 'best-time', 'language');
  if (!facts.taxForm) gaps.push('tax-form');
  if (!facts.taxYears?.length) gaps.push('tax-years');
  for (const notice of facts.notices ?? []) {
    if (notice.dateSource !== 'printed') gaps.push(`confirm-notice-date:${notice.code}`);
  }
  for (const deadline of outcome?.deadlines ?? []) {
    if (deadline.mustConfirm) gaps.push(`confirm-deadline:${deadline.notice}`);
  }
  if (facts.consent !== 'yes') gaps.push('consent');
  if (facts.represented === 'yes') gaps.push('representative');
  gaps.push('signature');
  return [...new Set(gaps)];
}
