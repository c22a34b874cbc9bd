import { describe, expect, it } from 'vitest';
import { findWaitingDays } from '../../src/understanding/waiting.js';

const today = '2026-11-25';

describe('findWaitingDays', () => {
  it('reads how long the person has waited on the IRS', () => {
    expect(findWaitingDays('I faxed the form in May and still nothing', today)).toBeGreaterThan(150);
    expect(findWaitingDays('been waiting on my refund since August', today)).toBe(116);
  });

  it('does not count how long a levy has been taking money as a wait', () => {
    expect(findWaitingDays('his pension has been $300 short each month since July', today)).toBeUndefined();
    expect(findWaitingDays('20% of his pension since August, $410 a month', today)).toBeUndefined();
    expect(findWaitingDays('they keep deducting from every paycheck since October', today)).toBeUndefined();
  });

  it('counts a wait told alongside the levy', () => {
    expect(findWaitingDays('garnishing since June and we are still waiting for the release', today)).toBe(177);
  });
});
