/**
 * The core's surface for the terminal adapter: only what its chat needs, so that its first prompt comes quickly
 * (the full surface, `src/index.ts`, also loads the stores, deliveries and schemas of the other channels).
 */
export type { Choice, InboundMessage, Output } from './api.js';
export { createAssistant } from './assistant.js';
export { loadConfigLazily } from './config/plain-config.js';
export { createLogger } from './log/logger.js';
export { fail, ok, type Result } from './result.js';
export { loadScreeningDialog } from './screening-dialog.js';
export { SqliteSessionStore } from './storage/sqlite-session-store.js';
