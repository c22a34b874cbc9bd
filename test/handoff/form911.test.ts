import { describe, expect, it } from 'vitest';
import { buildForm911Draft } from '../../src/handoff/form911.js';
import { makeLevyFacts, makeLevyOutcome } from './factories.js';

describe('buildForm911Draft', () => {
  it('maps contact facts to their Section I labels with their source', () => {
    const { fields } = buildForm911Draft(makeLevyFacts(), makeLevyOutcome());
    expect(fields.taxpayerName).toEqual({
      label: "Taxpayer's name as shown on tax return",
      value: 'Ana Ruiz',
      source: 'contact_name',
    });
    expect(fields.email.value).toBe('ana@example.com');
    expect(fields.phone.value).toBe('555-0101');
    expect(fields.stateOrCountry.value).toBe('OH');
    expect(fields.taxYears.value).toBe('2021, 2022');
  });

  it('leaves TINs, address, fax, voicemail consent and unknown fields for the advisor', () => {
    const { fields } = buildForm911Draft(makeLevyFacts(), makeLevyOutcome());
    for (const key of ['taxpayerTin', 'spouseName', 'spouseTin', 'street', 'city', 'zip', 'fax'] as const) {
      expect(fields[key].value).toBeNull();
    }
    expect(fields.voicemailConsent.value).toBeNull();
    expect(fields.taxForm.value).toBeNull();
  });

  it('describes the problem in order: notices with dates, IRS action, what was tried, hardship, deadline', () => {
    const problem = buildForm911Draft(makeLevyFacts(), makeLevyOutcome()).fields.problem.value ?? '';
    expect(problem).toContain('LT11 received 2025-04-20 (printed date to confirm)');
    expect(problem).toContain('CP504 dated 2025-02-01');
    const order = ['Notices:', 'IRS action:', 'Tried:', 'Hardship:', 'Deadline:'].map((s) => problem.indexOf(s));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    expect(problem).toContain('$12,500');
    expect(problem).toContain('due 2025-05-20 (to confirm)');
  });

  it('asks for relief that fits the IRS actions and basis', () => {
    const relief = buildForm911Draft(makeLevyFacts(), makeLevyOutcome()).fields.reliefRequested.value ?? '';
    expect(relief).toMatch(/^Release the wage levy/);
    expect(relief).toContain('assign one TAS contact');
  });

  it('gives the country for an address abroad and nulls for empty facts', () => {
    expect(buildForm911Draft({ state: 'abroad:Mexico' }, null).fields.stateOrCountry.value).toBe('Mexico');
    const empty = buildForm911Draft({}, null).fields;
    expect(Object.values(empty).every((f) => f.value === null)).toBe(true);
  });
});
