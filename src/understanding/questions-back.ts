import { parseYesNo } from './yes-no.js';

/** Sentences, each with its closing marks. */
const SENTENCE = /[^?.!]*[?.!]+|[^?.!]+$/g;
/** How a question asked back opens: an auxiliary or a question word, in English or Spanish. */
const ASKS =
  /^\W*(should|shall|do|does|did|is|are|was|were|am|can|could|would|will|have|has|had|must|may|what|why|how|who|whom|when|where|which|whats|whys|hows|que|qué|por que|por qué|como|cómo|cuando|cuándo|donde|dónde|quien|quién|cual|cuál|debo|debería|deberia|tengo que|hay que|es|son)\b/i;

/** A question the person asks back rather than an answer: "Should I have called them?", "Dispute what?". */
function isQuestionBack(sentence: string): boolean {
  const trimmed = sentence.trim();
  if (!trimmed.endsWith('?')) return false;
  const words = trimmed.split(/\s+/).length;
  if (!ASKS.test(trimmed.replace(/^¿/, '')) && words > 3) return false;
  // "no?", "yes??", "Is it? no": a yes or no in question form is still the answer.
  return !parseYesNo(trimmed.replaceAll('?', '')).ok;
}

/**
 * Pure: the text without the questions a person asks back before or after answering ("Should I have called
 * them? I haven't" is "I haven't"; "Dispute what? They never said I owe anything" is the second sentence).
 * A sentence that states something and ends in a question ("I called twice, should I call again?") stays.
 * Empty when the text is only questions asked back.
 */
export function withoutQuestionsBack(text: string): string {
  if (!text.includes('?')) return text;
  const sentences = text.match(SENTENCE) ?? [text];
  return sentences
    .filter((sentence) => !isQuestionBack(sentence))
    .join(' ')
    .trim();
}
