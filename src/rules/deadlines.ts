import type { DateSource, Facts, IsoDate, Notice } from '../facts/facts.js';
import { addDays, rollToBusinessDay } from './calendar.js';
import type { Deadline } from './outcome.js';

type Window = { kind: Deadline['kind']; days: number };

const CDP_NOTICES = new Set(['LT11', 'L1058', 'CP90', 'CP297', 'CP297A', 'CP297C', 'L3172', 'FINAL_LEVY']);
const DEFICIENCY_NOTICES = new Set(['CP3219A', 'L3219', 'CP3219N', 'NOD']);

/** Pure: the statutory window a notice opens, if any (brief, section 6). */
export function windowFor(notice: Notice, facts: Facts): Window | undefined {
  if (CDP_NOTICES.has(notice.code)) return { kind: 'cdp_hearing', days: 30 };
  if (DEFICIENCY_NOTICES.has(notice.code))
    return { kind: 'tax_court_petition', days: facts.addressedAbroad ? 150 : 90 };
  if (notice.code === 'CDP_DETERMINATION') return { kind: 'tax_court_petition', days: 30 };
  return undefined;
}

const SOURCE_RANK: Record<DateSource, number> = { printed: 3, received: 2, approximate: 1, unknown: 0 };

/** A hearing already asked for or held, or a determination in hand, means the hearing window is behind the person. */
function isHearingBehind(facts: Facts): boolean {
  if (facts.appealStatus === 'hearing_requested' || facts.appealStatus === 'hearing_done') return true;
  return (facts.notices ?? []).some((n) => n.code === 'CDP_DETERMINATION');
}

function toDeadline(notice: Notice, window: Window): Deadline {
  const due = notice.date === null ? null : rollToBusinessDay(addDays(notice.date, window.days));
  return {
    kind: window.kind,
    due,
    notice: notice.code,
    noticeDate: notice.date,
    mustConfirm: notice.dateSource !== 'printed',
  };
}

/** Pure: the best-known notice per deadline kind (printed date over received over approximate over none). */
function bestPerKind(facts: Facts): Deadline[] {
  const best = new Map<Deadline['kind'], { rank: number; deadline: Deadline }>();
  for (const notice of facts.notices ?? []) {
    const window = windowFor(notice, facts);
    if (!window) continue;
    if (window.kind === 'cdp_hearing' && isHearingBehind(facts)) continue;
    const rank = SOURCE_RANK[notice.dateSource];
    const current = best.get(window.kind);
    if (!current || rank >= current.rank) best.set(window.kind, { rank, deadline: toDeadline(notice, window) });
  }
  return [...best.values()].map((b) => b.deadline);
}

/**
 * Pure: the statutory deadlines TAS cannot pause, split into live ones (due on or after today, or with no
 * usable date) and those whose window has already closed.
 */
export function findDeadlines(facts: Facts, today: IsoDate): { live: Deadline[]; closed: Deadline[] } {
  const all = bestPerKind(facts);
  return {
    live: all.filter((d) => d.due === null || d.due >= today),
    closed: all.filter((d) => d.due !== null && d.due < today),
  };
}
