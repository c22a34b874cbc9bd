/**
 * How the screening explains its outcome. Keys: recommendations, reason keys from the rules
 * (`basis:*`, `counsel:*`, `no-basis:*`, `caveat:*`), deadline kinds, urgency levels.
 * Placeholders: {said} (the person's own words), {notice}, {due}, {daysLeft}.
 */
export const outcomeWording = {
  recommendation: {
    title: 'What we recommend',
    lines: {
      tas: 'Ask the Taxpayer Advocate Service (TAS) for help. Your situation fits what TAS is there for, and it is free.',
      tas_and_counsel:
        'Two things: ask the Taxpayer Advocate Service (TAS) to fix the stuck or harmful process, AND talk to a tax attorney about the part TAS cannot handle.',
      counsel:
        'Talk to a tax attorney. What you need is a legal fight or a legal deadline, which TAS cannot handle for you.',
      irs_first:
        'Try the normal IRS channels first: call the number on your letter, answer it, or ask for a payment plan. TAS is for when that fails or when an IRS action is causing real financial harm.',
    },
  },
  reasons: {
    title: 'Why',
    lines: {
      'basis:economic_burden':
        'What the IRS is doing is causing, or is about to cause, you real financial harm. TAS calls that an economic burden, and you do not need to try the IRS first.{said}',
      'basis:systemic_burden':
        'You went through the normal IRS channels and they failed you (long delays, missed promises, or a broken process). TAS calls that a systemic burden.{said}',
      'counsel:disputes-amount':
        'You disagree with the amount or the decision. TAS cannot change what you owe; that takes a tax attorney.{said}',
      'counsel:wants-undo':
        'Undoing an audit or an appeal you lost or missed is a legal matter TAS cannot handle.{said}',
      'counsel:in-tax-court': 'Your case is in Tax Court, where you need an attorney rather than TAS.{said}',
      'counsel:criminal-investigation':
        'Contact from IRS Criminal Investigation needs an attorney right away. Do not talk to the agents before you have one.{said}',
      'counsel:state-tax': 'This is a state tax matter. TAS only handles federal taxes.{said}',
      'counsel:frivolous':
        'Arguments that income tax is voluntary fail in court and carry penalties. An attorney can explain your real options.{said}',
      'counsel:rights-impaired':
        'It sounds like the IRS may not have respected your rights. That is a legal question for an attorney.{said}',
      'no-basis:hardship-not-from-irs':
        'The money trouble you described is real, but it does not come from something the IRS did, so TAS would not take the case yet.{said}',
      'no-basis:no-harmful-action':
        'So far the IRS has not done anything that causes the harm itself (a bill alone is not enough), so TAS would not take the case yet.{said}',
      'no-basis:not-tried':
        'There is no sign of financial harm from an IRS action, and the normal IRS channels have not been tried yet. TAS steps in after those fail.',
      'no-basis:no-delay':
        'You contacted the IRS, but there has not been a long delay, a missed promise or a broken process yet, so TAS would not take the case yet.',
      'caveat:refund-freeze-limits':
        'Good to know: TAS now turns away most refund-freeze cases unless there is financial hardship, so we cannot promise they will take it.',
      'caveat:identity-hold-limits':
        'Good to know: TAS has limited what it does on identity-verification holds. Use only the channel named in your IRS letter to verify.',
    },
  },
  deadlines: {
    title: 'Deadlines that TAS cannot pause',
    lines: {
      cdp_hearing:
        'To ask for a Collection Due Process hearing (Form 12153) on your {notice}, the request is due by {due} ({daysLeft} days from today). A timely request pauses the levy.',
      'cdp_hearing:no-date':
        'Your {notice} gives you 30 days from the date printed on it to ask for a Collection Due Process hearing. We do not know that date, so an advisor must check it right away.',
      tax_court_petition:
        'To challenge this in Tax Court, the petition is due by {due} ({daysLeft} days from today). This deadline cannot be extended.',
      'tax_court_petition:no-date':
        'Your {notice} starts a Tax Court deadline that runs from the date printed on it. We do not know that date, so an advisor must check it right away.',
      'must-confirm':
        'We worked this out from the date you gave; an advisor must confirm it against the date printed on the notice.',
      'closed:cdp_hearing':
        'The 30-day window to ask for a Collection Due Process hearing on your {notice} closed on {due}. An equivalent hearing may still be possible within a year; an attorney can tell you.',
      'closed:tax_court_petition':
        'The window to petition Tax Court closed on {due}. If you still want to contest, talk to an attorney about the options left.',
      'no-pause': 'Filing Form 911 with TAS does NOT pause any of these deadlines.',
      // How notices are named in these lines; other codes are shown as they are ("CP504", "Letter 1058").
      'notice:LT11': 'LT11 (final notice of intent to levy)',
      'notice:FINAL_LEVY': 'final notice of intent to levy',
      'notice:NOD': 'notice of deficiency',
      'notice:CDP_DETERMINATION': 'Notice of Determination from Appeals',
      'notice:CP3219A': 'CP3219A (notice of deficiency)',
      'notice:CP3219N': 'CP3219N (notice of deficiency)',
      'notice:L3219': 'Letter 3219 (notice of deficiency)',
      'notice:L3172': 'Letter 3172 (notice of lien filing)',
    },
  },
  urgency: {
    title: 'How urgent this is',
    lines: {
      emergency: 'Emergency: act today. Harm is happening now or within days, or a deadline is about to pass.',
      high: 'High: act this week. A harm or a deadline is coming within the month.',
      routine: 'Routine: no emergency, but do not let it drift.',
    },
  },
  tasCan: {
    title: 'What TAS can and cannot do',
    lines: {
      can: 'TAS can push a stuck case through the IRS, get a levy released when it causes hardship, and order an IRS unit to act.',
      cannot: 'TAS cannot change what you owe, win an audit or an appeal for you, or pause any legal deadline.',
    },
  },
  nextSteps: {
    title: 'Next steps',
    lines: {
      tas: 'File Form 911 (Request for Taxpayer Advocate Service Assistance): fax or mail it to the TAS office for your state, or call TAS at 877-777-4778. Our advisor can prepare it with you.',
      tas_and_counsel:
        'File Form 911 with TAS (fax or mail to the TAS office for your state, or call 877-777-4778), and speak to a tax attorney before any deadline above. Our advisor can do both with you.',
      counsel:
        'Speak to a tax attorney soon, before any deadline above. If your income is low, a Low Income Taxpayer Clinic can help for free or at low cost.',
      irs_first:
        'Call the IRS at the number on your letter (or 800-829-1040), answer any letter you have, and ask about a payment plan or hardship status if you cannot pay. If that fails, come back: TAS may help then.',
    },
  },
  consultation: {
    title: 'Free consultation',
    lines: {
      offer: 'Our firm offers a free consultation. An advisor can review your case and prepare Form 911 with you.',
    },
  },
};
