import type { HandoffSummary } from './summary.js';

/** Advisor-facing wording for a hand-off, supplied from dialogs/handoff-labels.ts. */
export type HandoffLabels = {
  title: string;
  headings: { contact: string; outcome: string; gaps: string; form911: string; transcript: string };
  fields: {
    id: string;
    createdAt: string;
    channel: string;
    ranBy: string;
    reason: string;
    urgency: string;
    recommendation: string;
    name: string;
    email: string;
    phone: string;
    state: string;
    consent: string;
    preferredContact: string;
    basis: string;
    issueType: string;
    deadlines: string;
  };
  reasons: Record<HandoffSummary['reason'], string>;
  urgency: Record<HandoffSummary['urgency'], string>;
  recommendations: Record<NonNullable<HandoffSummary['recommendation']>, string>;
  gaps: Record<string, string>; // by gap key; `{param}` is replaced with the part after ':'
  notKnown: string;
  none: string;
  toFill: string;
  speakers: { bot: string; user: string };
};

function gapText(key: string, labels: HandoffLabels): string {
  const [name = key, param = ''] = key.split(/:(.*)/s);
  const template = labels.gaps[name] ?? name;
  return template.replaceAll('{param}', param);
}

function outcomeLines(summary: HandoffSummary, labels: HandoffLabels): string[] {
  const { outcome } = summary;
  if (!outcome) return [labels.none];
  const deadlines = outcome.deadlines.map((d) => `${d.kind} (${d.notice}) ${d.due ?? labels.notKnown}`);
  return [
    `${labels.fields.basis}: ${outcome.basis.join(', ') || labels.none}`,
    `${labels.fields.issueType}: ${outcome.issue_type}`,
    `${labels.fields.deadlines}: ${deadlines.join('; ') || labels.none}`,
  ];
}

/** Pure: the hand-off as plain text (no channel markup) for the terminal and `npm run handoffs`. */
export function renderHandoffText(summary: HandoffSummary, labels: HandoffLabels): string {
  const f = labels.fields;
  const known = (value: string | null) => value ?? labels.notKnown;
  const recommendation = summary.recommendation ? labels.recommendations[summary.recommendation] : labels.none;
  const lines = [
    labels.title,
    `${f.id}: ${summary.id}`,
    `${f.createdAt}: ${summary.createdAt}`,
    `${f.channel}: ${summary.channel}`,
    ...(summary.ranBy ? [`${f.ranBy}: ${summary.ranBy.name ?? summary.ranBy.id}`] : []),
    `${f.reason}: ${labels.reasons[summary.reason]}`,
    `${f.urgency}: ${labels.urgency[summary.urgency]}`,
    `${f.recommendation}: ${recommendation}`,
    '',
    labels.headings.contact,
    `  ${f.name}: ${known(summary.contact.name)}`,
    `  ${f.email}: ${known(summary.contact.email)}`,
    `  ${f.phone}: ${known(summary.contact.phone)}`,
    `  ${f.state}: ${known(summary.contact.state)}`,
    `  ${f.consent}: ${known(summary.contact.consent)}`,
    `  ${f.preferredContact}: ${known(summary.contact.preferredContact)}`,
    '',
    labels.headings.outcome,
    ...outcomeLines(summary, labels).map((l) => `  ${l}`),
    '',
    labels.headings.gaps,
    ...summary.gaps.map((g) => `  - ${gapText(g, labels)}`),
    '',
    labels.headings.form911,
    ...Object.values(summary.form911.fields).map((fd) => `  ${fd.label}: ${fd.value ?? labels.toFill}`),
    '',
    labels.headings.transcript,
    ...summary.transcript.map((t) => `  ${labels.speakers[t.from]}: ${t.text}`),
  ];
  return `${lines.join('\n')}\n`;
}
