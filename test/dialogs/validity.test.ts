import { describe, expect, it } from 'vitest';
import tasScreening from '../../dialogs/tas-screening.js';
import { findDialogProblems, loadDialog, trustDialog } from '../../src/dialog/load.js';
import { factsSchema } from '../../src/facts/facts.js';
import { conditions } from '../../src/rules/conditions.js';
import { makeNotice } from '../helpers/facts.js';

/** For every rule a dialog may name, facts under which it holds: proof that the turn naming it is reachable. */
const witnesses: Record<string, object> = {
  'needs-irs-action': {},
  'needs-issue-type': { irsActions: ['none'] },
  'needs-hardship': { irsActions: ['wage_levy'] },
  'needs-harm-date': { irsActions: ['lien'], hardship: 'yes' },
  'needs-tried-irs': {},
  'needs-waiting-days': { triedIrs: 'yes' },
  'needs-promised-date': { triedIrs: 'yes' },
  'needs-process-failure': { triedIrs: 'yes' },
  'needs-disputes': {},
  'needs-notice': {},
  'needs-appeal-status': { notices: [makeNotice('LT11', '2026-11-20')] },
  'wants-consultation': { wantsConsultation: 'yes' },
  'needs-contact-email': { wantsConsultation: 'yes' },
  'needs-contact-phone': { wantsConsultation: 'yes' },
  consented: { wantsConsultation: 'yes', consent: 'yes' },
  'declined-consent': { wantsConsultation: 'yes', consent: 'no' },
  'declined-consultation': { wantsConsultation: 'no' },
};

describe('the TAS screening dialog', () => {
  const dialog = loadDialog(tasScreening);

  it('passes its schema and has no structural problems', () => {
    expect(findDialogProblems(dialog)).toEqual([]);
  });

  it('is, as start-up trusts it without parsing, exactly what its schema check returns', () => {
    expect(trustDialog(tasScreening)).toStrictEqual(dialog);
  });

  it('names only registered rules, each reachable under some facts', () => {
    for (const turn of dialog.turns) {
      if (turn.kind === 'outcome' || turn.when === undefined) continue;
      const rule = conditions[turn.when];
      expect(rule, `rule ${turn.when}`).toBeDefined();
      const witness = witnesses[turn.when];
      expect(witness, `a witness for ${turn.when}`).toBeDefined();
      expect(rule?.(factsSchema.parse(witness)), `${turn.when} holds for its witness`).toBe(true);
    }
  });

  it('ends every path: the last turn is an unconditional end and there is an outcome before it', () => {
    const last = dialog.turns.at(-1);
    expect(last?.kind).toBe('end');
    expect(dialog.turns.findIndex((t) => t.kind === 'outcome')).toBeLessThan(dialog.turns.length - 1);
  });

  it('gives every question help, a why and a re-prompt, and valid facts for every choice', () => {
    for (const turn of dialog.turns) {
      if (turn.kind !== 'ask') continue;
      expect(turn.help.length, turn.id).toBeGreaterThan(10);
      expect(turn.why.length, turn.id).toBeGreaterThan(10);
      for (const choice of turn.choices)
        expect(factsSchema.safeParse(choice.facts ?? {}).success, `${turn.id}/${choice.value}`).toBe(true);
    }
  });

  it('never asks for a Social Security, taxpayer id or account number', () => {
    for (const turn of dialog.turns) {
      if (turn.kind !== 'ask') continue;
      expect(turn.prompt).not.toMatch(/\b(ssn|social security number|itin|ein|account number)\b/i);
    }
  });

  it('refuses a dialog naming an unknown rule', () => {
    const broken = {
      ...tasScreening,
      turns: [
        ...tasScreening.turns.slice(0, 1),
        { kind: 'end', id: 'x', when: 'no-such-rule', message: 'x' },
        ...tasScreening.turns.slice(1),
      ],
    };
    expect(() => loadDialog(broken)).toThrow(/unknown rule "no-such-rule"/);
  });

  it('still refuses, as start-up trusts it, a dialog naming an unknown rule', () => {
    const broken = {
      ...tasScreening,
      turns: [
        ...tasScreening.turns.slice(0, 1),
        { kind: 'end' as const, id: 'x', when: 'no-such-rule', message: 'x' },
        ...tasScreening.turns.slice(1),
      ],
    };
    expect(() => trustDialog(broken)).toThrow(/unknown rule "no-such-rule"/);
  });

  it('refuses a dialog that fails its schema', () => {
    expect(() => loadDialog({ ...tasScreening, version: 0 })).toThrow(/invalid dialog/);
  });
});
