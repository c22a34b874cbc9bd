import type { SessionState } from './state.js';

/** What a session may wait for besides an answer: a yes to start over, or which answer to change. */
export const pendingKinds = ['confirm-restart', 'pick-change'] as const;

/** Pure: a fresh session for a dialog. */
export function initialState(dialogId: string, dialogVersion: number): SessionState {
  return {
    dialogId,
    dialogVersion,
    turnId: null,
    answers: [],
    attempts: 0,
    pending: null,
    outcomeKey: null,
    handedOff: false,
    ended: false,
    today: null,
  };
}
