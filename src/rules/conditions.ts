import type { Facts, Notice } from '../facts/facts.js';
import { hasHarmfulAction, isSystemicBurden } from './basis.js';
import { windowFor } from './deadlines.js';
import { issueTypeFromActions } from './issue-type.js';
import { withNoticeActions } from './normalize.js';

/** A named condition a dialog turn refers to by name (`when`). Pure. */
export type Condition = (facts: Facts) => boolean;

const norm = (facts: Facts) => withNoticeActions(facts);
const hasCdpNotice = (facts: Facts) =>
  (facts.notices ?? []).some((n: Notice) => windowFor(n, facts)?.kind === 'cdp_hearing');
const wantsHelp = (facts: Facts) => facts.wantsConsultation === 'yes';

/** Every condition a dialog may name; `loadDialog` refuses a dialog naming any other. */
export const conditions: Readonly<Record<string, Condition>> = {
  // Until something that can cause harm is known, ask what the IRS did: stories often leave the levy or the held refund out.
  'needs-irs-action': (f) => !hasHarmfulAction(norm(f)) && f.criminalInvestigation !== true,
  'needs-issue-type': (f) => f.issueType === undefined && issueTypeFromActions(norm(f).irsActions ?? []) === undefined,
  // Asked unless the IRS has plainly done nothing, or only Criminal Investigation is involved (counsel either way).
  'needs-hardship': (f) => {
    const actions = (norm(f).irsActions ?? []).filter((a) => a !== 'none' && a !== 'criminal_investigation');
    return f.hardship === undefined && (actions.length > 0 || f.moneyTakenNow === true);
  },
  'needs-harm-date': (f) =>
    hasHarmfulAction(norm(f)) &&
    f.hardship === 'yes' &&
    f.hardshipNotFromIrs !== true &&
    f.harmDate === undefined &&
    f.harmNow !== true &&
    f.moneyTakenNow !== true,
  'needs-tried-irs': (f) => f.triedIrs === undefined,
  'needs-waiting-days': (f) => f.triedIrs === 'yes' && f.waitingDays === undefined && !isSystemicBurden(f),
  'needs-promised-date': (f) => f.triedIrs === 'yes' && f.promisedDateMissed === undefined && !isSystemicBurden(f),
  'needs-process-failure': (f) => f.triedIrs === 'yes' && f.processFailure === undefined && !isSystemicBurden(f),
  'needs-disputes': (f) => f.disputesAmount === undefined,
  'needs-notice': (f) => {
    if (f.noNotice === true) return false;
    const notices = f.notices ?? [];
    if (notices.length === 0) return true;
    // A deadline runs from the date printed on the notice: ask whenever one depends on a date not read from it.
    return notices.some((n) => n.dateSource !== 'printed' && windowFor(n, f) !== undefined);
  },
  'needs-appeal-status': (f) => f.appealStatus === undefined && hasCdpNotice(f),
  'wants-consultation': wantsHelp,
  'needs-contact-email': (f) => wantsHelp(f) && f.contactEmail === undefined,
  'needs-contact-phone': (f) => wantsHelp(f) && f.contactPhone === undefined,
  consented: (f) => wantsHelp(f) && f.consent === 'yes',
  'declined-consent': (f) => wantsHelp(f) && f.consent !== undefined && f.consent !== 'yes',
  'declined-consultation': (f) => f.wantsConsultation !== undefined && f.wantsConsultation !== 'yes',
};
