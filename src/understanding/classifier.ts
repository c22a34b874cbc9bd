import { createRequire } from 'node:module';
import type { Stemmer } from 'natural/lib/natural/stemmers/index.js';
import type { IssueType } from '../facts/facts.js';
import { issueTypes } from '../facts/facts-values.js';
import corpus from './corpus/issue-types.json' with { type: 'json' };
import { normalizeText } from './text-normalize.js';

/** The classifier's reading of a text: the most likely issue type and how far to trust it, in 0..1. */
export type IssueGuess = { issueType: IssueType; confidence: number };

type Model = {
  stem: (text: string) => string[];
  labels: readonly IssueType[];
  /** log P(stem | label), multinomial with add-α smoothing; a stem absent here is unknown and ignored. */
  logLikelihood: ReadonlyMap<string, readonly number[]>;
};

/** Function words (English and Spanish) and words every type uses; negations and "got", "back", "again" stay. */
const STOP = new Set(
  (
    'a an the and or of to in on for with at by from as so is are was were be been being it its this that these those ' +
    'my our your their me us them i we you he she they him her his im ive id do did does have has had will would can ' +
    'could should just about into up if then than there here what which when where how all any some very also really ' +
    'irs ir tax taxe taxes impuesto impuestos el la los las de del en y o que mi mis me se lo le les un una por para ' +
    'con su al es ya pero muy nos hay esta este todo todos como porque cuando'
  ).split(' '),
);
/** Long words also count by their first letters, so Spanish inflections and misspellings meet ("embargando", "embargo"). */
const PREFIX = 5;
const SMOOTHING = 0.5;
/** Below this lead over the runner-up (in posterior share), the text fits two types: say 'other'. */
const MIN_MARGIN = 0.25;
/** Specific evidence (summed per-word preference for the winner over the runner-up) needed for full trust. */
const FULL_SUPPORT = 2;
/** Below this support the winner rests on words every type shares: say 'other'. */
const MIN_SUPPORT = 0.5;
const UNSURE_CONFIDENCE = 0.2;
/** Words after which a text's evidence stops adding up linearly. */
const TEMPER_AFTER = 4;

let model: Model | undefined;

/**
 * Trains on first use (a few ms over the corpus): loading `natural` at import time would slow the terminal's
 * start-up. A multinomial naive Bayes with equal priors: natural's Bayes scores unseen words by class size, so a
 * long text drifted to the smallest type whatever it said.
 */
function loadModel(): Model {
  if (model) return model;
  const require = createRequire(import.meta.url);
  // The package root pulls in dotenv, database clients and console output (STACK.md): load the subpath only.
  const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer;
  const stem = (text: string): string[] =>
    normalizeText(text)
      .split(' ')
      .filter((word) => word !== '' && !STOP.has(word))
      .flatMap((word) =>
        word.length > PREFIX + 1 ? [porter.stem(word), `~${word.slice(0, PREFIX)}`] : [porter.stem(word)],
      );
  const labels = issueTypes;
  const counts = new Map<string, number[]>();
  const totals = labels.map(() => 0);
  for (const [label, texts] of Object.entries(corpus)) {
    const at = labels.findIndex((known) => known === label);
    // The corpus is ours: a label that is no issue type is a bug in it (read without zod, kept off the start).
    if (at < 0) throw new Error(`the classifier corpus has an unknown issue type: ${label}`);
    for (const token of texts.flatMap(stem)) {
      const row = counts.get(token) ?? labels.map(() => 0);
      row[at] = (row[at] ?? 0) + 1;
      counts.set(token, row);
      totals[at] = (totals[at] ?? 0) + 1;
    }
  }
  const size = counts.size;
  const logLikelihood = new Map<string, number[]>();
  for (const [token, row] of counts) {
    logLikelihood.set(
      token,
      row.map((n, i) => Math.log((n + SMOOTHING) / ((totals[i] ?? 0) + SMOOTHING * size))),
    );
  }
  model = { stem, labels, logLikelihood };
  return model;
}

/**
 * Pure (after a lazy, one-off training): the issue type a text is about. Confidence 0 when no word is known; 'other'
 * with low confidence when the text fits two types about as well, or when only words common to every type point
 * at the winner; otherwise the winner's posterior share, scaled down unless several type-specific words back it.
 */
export function classifyIssue(text: string): IssueGuess {
  const { stem, labels, logLikelihood } = loadModel();
  const rows = stem(text)
    .map((token) => logLikelihood.get(token))
    .filter((row) => row !== undefined);
  if (rows.length === 0) return { issueType: 'other', confidence: 0 };
  const scores = labels.map((_, i) => rows.reduce((sum, row) => sum + (row[i] ?? 0), 0));
  // Naive Bayes counts every word as independent evidence, so long stories get certain of anything: temper them.
  const shares = softmax(scores.map((s) => s / Math.max(1, Math.sqrt(rows.length / TEMPER_AFTER))));
  const order = labels.map((_, i) => i).sort((a, b) => (shares[b] ?? 0) - (shares[a] ?? 0));
  const [best = 0, second = 0] = order;
  const bestLabel = labels[best] ?? 'other';
  const share = shares[best] ?? 0;
  const support = rows.reduce((sum, row) => sum + Math.max(0, preference(row, best) - preference(row, second)), 0);
  const trust = share * Math.min(1, support / FULL_SUPPORT);
  if (bestLabel === 'other') return { issueType: 'other', confidence: Math.max(trust, UNSURE_CONFIDENCE) };
  if (share - (shares[second] ?? 0) < MIN_MARGIN || support < MIN_SUPPORT) {
    return { issueType: 'other', confidence: UNSURE_CONFIDENCE };
  }
  return { issueType: bestLabel, confidence: trust };
}

/** How strongly one word alone points at label `i` (its posterior under equal priors). */
function preference(row: readonly number[], i: number): number {
  const likes = row.map(Math.exp);
  return (likes[i] ?? 0) / likes.reduce((sum, p) => sum + p, 0);
}

function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}
