import { createRequire } from 'node:module';
import type { BayesClassifier } from 'natural/lib/natural/classifiers/index.js';
import { type IssueType, issueTypeSchema } from '../facts/facts.js';
import corpus from './corpus/issue-types.json' with { type: 'json' };

/** The classifier's reading of a text: the most likely issue type and its posterior share in 0..1. */
export type IssueGuess = { issueType: IssueType; confidence: number };

type Model = { classifier: BayesClassifier; vocabulary: ReadonlySet<string> };

let model: Model | undefined;

/**
 * Trains on first use (~50-100 ms): loading `natural` at import time would slow the terminal's start-up,
 * and Bayes trains fast enough that a shipped model is not worth keeping in sync.
 */
function loadModel(): Model {
  if (model) return model;
  const require = createRequire(import.meta.url);
  // The package root pulls in dotenv, database clients and console output (STACK.md): load the subpath only.
  const Bayes = require('natural/lib/natural/classifiers/bayes_classifier.js') as typeof BayesClassifier;
  const classifier = new Bayes();
  for (const [label, texts] of Object.entries(corpus)) {
    const issueType = issueTypeSchema.parse(label);
    for (const text of texts) classifier.addDocument(text, issueType);
  }
  classifier.train();
  model = { classifier, vocabulary: new Set(Object.keys(classifier.features)) };
  return model;
}

/** Pure (after a lazy, one-off training): the issue type a text is about; confidence 0 when no word is known. */
export function classifyIssue(text: string): IssueGuess {
  const { classifier, vocabulary } = loadModel();
  const cleaned = text.replace(/[^\p{L}\p{N}\s'-]/gu, ' ').trim();
  const known = classifier.stemmer.tokenizeAndStem(cleaned).filter((token) => vocabulary.has(token));
  if (known.length === 0) return { issueType: 'other', confidence: 0 };
  const scores = classifier.getClassifications(cleaned);
  const total = scores.reduce((sum, s) => sum + s.value, 0);
  const best = scores[0];
  if (!best || total <= 0) return { issueType: 'other', confidence: 0 };
  return { issueType: issueTypeSchema.parse(best.label), confidence: best.value / total };
}
