import { describe, expect, it } from 'vitest';
import tasScreening from '../../dialogs/tas-screening.js';
import { loadDialog } from '../../src/dialog/load.js';
import { step } from '../../src/engine/step.js';
import { TODAY } from '../helpers/transcript.js';

const dialog = loadDialog(tasScreening);

function counted(): { today: () => string; calls: () => number } {
  let calls = 0;
  return {
    today: () => {
      calls += 1;
      return TODAY;
    },
    calls: () => calls,
  };
}

describe('step with the date worked out on demand', () => {
  it('greets a new conversation without working out the date', () => {
    const lazy = counted();
    expect(step(dialog, undefined, { kind: 'start' }, lazy.today)).toEqual(
      step(dialog, undefined, { kind: 'start' }, TODAY),
    );
    expect(lazy.calls()).toBe(0);
  });

  it('works it out to read an answer, and answers as with the date given', () => {
    const story = {
      kind: 'text' as const,
      text: 'The IRS took 640 out of my paycheck friday and rent is due on the 1st, I cant make it.',
    };
    const lazy = counted();
    expect(step(dialog, undefined, story, lazy.today)).toEqual(step(dialog, undefined, story, TODAY));
    expect(lazy.calls()).toBeGreaterThan(0);
  });
});
