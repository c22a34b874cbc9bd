import type { Wording } from '../dialog/schema.js';
import type { Evidence } from '../facts/facts.js';
import { fill } from '../fill.js';
import { daysBetween } from '../rules/calendar.js';
import type { Deadline, Outcome } from '../rules/outcome.js';

export { fill };

type Section = { key: string; title: string; lines: string[] };
type Templates = Record<string, string>;

/** The person's most telling words among the evidence: a bare "Yes" from a button says nothing. */
function quote(evidence: readonly Evidence[]): string {
  const texts = evidence.map((e) => e.text.trim().replace(/[.!?\s]+$/, '')).filter((t) => t.split(/\s+/).length > 3);
  const text = texts.sort((a, b) => b.length - a.length)[0];
  if (!text) return '';
  return text.length > 140 ? `"${text.slice(0, 137)}..."` : `"${text}"`;
}

let dateFormat: Intl.DateTimeFormat | undefined;

/** Pure: an ISO date as people read it ("Thursday, December 10, 2026"). */
export function formatDate(iso: string): string {
  // Made on first use: the first Intl formatter of a process costs tens of ms (ICU's data), too much for start-up.
  dateFormat ??= new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

function line(templates: Templates, key: string, vars: Record<string, string | number> = {}): string[] {
  const template = templates[key];
  return template === undefined ? [] : [fill(template, vars).trim()];
}

function deadlineLines(templates: Templates, d: Deadline, today: string, closed: boolean): string[] {
  const vars = {
    notice: templates[`notice:${d.notice}`] ?? d.notice.replace(/^L(\d)/, 'Letter $1'),
    due: d.due ? formatDate(d.due) : '',
    daysLeft: d.due ? daysBetween(today, d.due) : '',
  };
  const key = closed ? `closed:${d.kind}` : d.due === null ? `${d.kind}:no-date` : d.kind;
  return [
    ...line(templates, key, vars),
    ...(d.mustConfirm && !closed && d.due !== null ? line(templates, 'must-confirm', vars) : []),
  ];
}

function reasonLines(templates: Templates, outcome: Outcome): string[] {
  const byCriteria = (ids: number[]) => outcome.criteria.filter((c) => ids.includes(c.id)).flatMap((c) => c.evidence);
  return outcome.reasons.flatMap((r) => {
    if (r.key.startsWith('deadline:') || r.key.startsWith('closed:')) return [];
    const evidence =
      r.key === 'basis:economic_burden'
        ? byCriteria([1, 2, 3, 4])
        : r.key === 'basis:systemic_burden'
          ? byCriteria([5, 6, 7])
          : r.evidence;
    const said = quote(evidence);
    return line(templates, r.key, { said: said ? ` You told us: ${said}.` : '' });
  });
}

/** Pure: the outcome explained in titled plain-text sections, with the wording from the dialog. */
export function explainOutcome(outcome: Outcome, wording: Wording['outcome'], today: string): Section[] {
  const w = wording;
  const rec = outcome.recommendation;
  const deadlines = [
    ...outcome.deadlines.flatMap((d) => deadlineLines(w.deadlines.lines, d, today, false)),
    ...outcome.closed_deadlines.flatMap((d) => deadlineLines(w.deadlines.lines, d, today, true)),
  ];
  if (deadlines.length > 0) deadlines.push(...line(w.deadlines.lines, 'no-pause'));
  const sections: Section[] = [
    { key: 'recommendation', title: w.recommendation.title, lines: line(w.recommendation.lines, rec) },
    {
      key: 'reasons',
      title: w.reasons.title,
      lines: [
        ...reasonLines(w.reasons.lines, outcome),
        ...outcome.caveats.flatMap((c) => line(w.reasons.lines, `caveat:${c}`)),
      ],
    },
    { key: 'deadlines', title: w.deadlines.title, lines: deadlines },
    { key: 'urgency', title: w.urgency.title, lines: line(w.urgency.lines, outcome.urgency) },
    {
      key: 'tas-can',
      title: w.tasCan.title,
      lines: [...line(w.tasCan.lines, 'can'), ...line(w.tasCan.lines, 'cannot')],
    },
    { key: 'next-steps', title: w.nextSteps.title, lines: line(w.nextSteps.lines, rec) },
    { key: 'consultation', title: w.consultation.title, lines: line(w.consultation.lines, 'offer') },
  ];
  return sections.filter((s) => s.lines.length > 0);
}

/** Pure: the sections as one plain text. */
export function renderSections(sections: readonly Section[]): string {
  return sections.map((s) => `${s.title}\n${s.lines.map((l) => `- ${l}`).join('\n')}`).join('\n\n');
}
