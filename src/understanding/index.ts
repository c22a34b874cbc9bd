export { understandAnswer } from './answer.js';
export { classifyIssue, type IssueGuess } from './classifier.js';
export { type Command, detectCommand } from './commands.js';
export { extractFacts, type UnderstandContext } from './extract.js';
export { redact } from './redact.js';
