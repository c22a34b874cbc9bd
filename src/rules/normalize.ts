import type { Facts, IrsAction } from '../facts/facts.js';

const NOTICE_ACTIONS: Readonly<Record<string, IrsAction>> = {
  LT11: 'final_levy_notice',
  L1058: 'final_levy_notice',
  CP90: 'final_levy_notice',
  CP297: 'final_levy_notice',
  FINAL_LEVY: 'final_levy_notice',
  CP297A: 'other_levy',
  CP297C: 'other_levy',
  L3172: 'lien',
  CP3219A: 'deficiency_notice',
  L3219: 'deficiency_notice',
  CP3219N: 'deficiency_notice',
  NOD: 'deficiency_notice',
  CP14: 'bill',
  CP501: 'bill',
  CP503: 'bill',
  CP504: 'bill',
  CP2000: 'cp2000',
  L525: 'audit',
  L915: 'audit',
  F4549: 'audit',
  L5071C: 'identity_hold',
  L4883C: 'identity_hold',
  L5747C: 'identity_hold',
  L5447C: 'identity_hold',
  CP5071: 'identity_hold',
  CP508C: 'passport_certification',
};

/** Pure: the facts with the IRS actions their notices imply added (a Letter 3172 is a lien, an LT11 a final levy notice). */
export function withNoticeActions(facts: Facts): Facts {
  const actions = new Set<IrsAction>((facts.irsActions ?? []).filter((a) => a !== 'none'));
  for (const notice of facts.notices ?? []) {
    const implied = notice.code === 'CDP_DETERMINATION' ? determinationAction(facts) : NOTICE_ACTIONS[notice.code];
    if (implied) actions.add(implied);
  }
  if (facts.criminalInvestigation) actions.add('criminal_investigation');
  // "the final notice, it says they intend to levy" with the code CP504: the letter is that bill, not a final levy notice.
  if (describesBillAsFinal(facts)) {
    actions.delete('final_levy_notice');
    actions.add('bill');
  }
  if (actions.size === 0 && facts.irsActions?.includes('none')) actions.add('none');
  return actions.size === 0 ? facts : { ...facts, irsActions: [...actions] };
}

function describesBillAsFinal(facts: Facts): boolean {
  const codes = (facts.notices ?? []).map((n) => n.code);
  return (
    codes.some((c) => c === 'CP504' || c === 'CP504B') && !codes.some((c) => NOTICE_ACTIONS[c] === 'final_levy_notice')
  );
}

/** A CDP determination lets the collection it was about go ahead: a lien when only a lien is in view, else a levy. */
function determinationAction(facts: Facts): IrsAction {
  const actions = facts.irsActions ?? [];
  return actions.includes('lien') && !actions.some((a) => a.endsWith('levy')) ? 'lien' : 'levy_sustained';
}
