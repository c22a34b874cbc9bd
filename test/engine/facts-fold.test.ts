import { describe, expect, it } from 'vitest';
import { conversations, oursAnswer } from '../../bench/lib/conversations.js';
import tasScreening from '../../dialogs/tas-screening.js';
import { loadDialog } from '../../src/dialog/load.js';
import { foldFacts } from '../../src/engine/facts-fold.js';
import type { Answer } from '../../src/engine/state.js';
import { attributeStateTakings } from '../../src/engine/state-takings.js';
import type { Facts } from '../../src/facts/facts.js';
import { withoutSupersededPhrases } from '../../src/understanding/notices.js';
import { makeNotice } from '../helpers/facts.js';
import { Session } from '../helpers/transcript.js';

const dialog = loadDialog(tasScreening);

describe('foldFacts', () => {
  it('lets a direct answer win over a passing mention, whatever their order', () => {
    const answers: Answer[] = [
      { slot: 'tried_irs', facts: { triedIrs: 'no' }, text: 'no', owned: true },
      { slot: 'narrative', facts: { triedIrs: 'yes', irsActions: ['lien'] }, text: 'called them', owned: false },
    ];
    expect(foldFacts(answers)).toEqual({ triedIrs: 'no', irsActions: ['lien'] });
  });

  it('adds lists up and keeps the best-dated notice per code', () => {
    const answers: Answer[] = [
      {
        slot: 'narrative',
        facts: { irsActions: ['lien'], notices: [makeNotice('LT11', null)] },
        text: 'a',
        owned: true,
      },
      {
        slot: 'notice',
        facts: { irsActions: ['bill', 'lien'], notices: [makeNotice('LT11', '2026-11-02')] },
        text: 'b',
        owned: true,
      },
    ];
    expect(foldFacts(answers)).toEqual({
      irsActions: ['lien', 'bill'],
      notices: [makeNotice('LT11', '2026-11-02')],
    });
  });

  it('gives what folding by copies gave, keys in the same order, over full screenings', () => {
    const byCopies = (answers: readonly Answer[]): Facts => {
      const merge = (target: Facts, source: Facts): Facts => {
        const out: Record<string, unknown> = { ...target };
        for (const [key, value] of Object.entries(source)) {
          if (value === undefined) continue;
          if (key === 'notices') {
            const byCode = new Map((target.notices ?? []).map((n) => [n.code, n]));
            const rank = { printed: 3, received: 2, approximate: 1, unknown: 0 };
            for (const n of source.notices ?? []) {
              const known = byCode.get(n.code);
              if (!known || rank[n.dateSource] >= rank[known.dateSource]) byCode.set(n.code, n);
            }
            out.notices = withoutSupersededPhrases([...byCode.values()]);
          } else if (['irsActions', 'hardshipKinds', 'publicPolicy', 'taxYears'].includes(key))
            out[key] = [...new Set([...((out[key] as unknown[]) ?? []), ...(value as unknown[])])];
          else out[key] = value;
        }
        return out as Facts;
      };
      let facts: Facts = {};
      for (const a of answers) if (!a.owned) facts = merge(facts, a.facts);
      for (const a of answers) if (a.owned) facts = merge(facts, a.facts);
      return attributeStateTakings(facts, answers);
    };
    let checked = 0;
    for (const script of conversations) {
      const session = new Session(dialog);
      let outputs = session.send({ kind: 'start' });
      for (let turn = 0; turn < 40; turn++) {
        const answers = session.state?.answers ?? [];
        expect(JSON.stringify(foldFacts(answers))).toBe(JSON.stringify(byCopies(answers)));
        checked++;
        const prompt = outputs.findLast((o) => o.kind === 'prompt');
        if (prompt?.kind !== 'prompt') break;
        outputs = session.send({ kind: 'text', text: oursAnswer(script, prompt.slot, false) });
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
