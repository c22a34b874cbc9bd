import { MessageFactory, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import {
  ChoiceFactory,
  ChoicePrompt,
  ComponentDialog,
  DateTimePrompt,
  type DateTimeResolution,
  DialogSet,
  type DialogState,
  type DialogTurnResult,
  DialogTurnStatus,
  type FoundChoice,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { type BaselineSlot, type Question, questions } from './questions.js';

const WATERFALL = 'screening-waterfall';
const CHOICE = 'choice-prompt';
const TEXT = 'text-prompt';
const DATE = 'date-prompt';
const NOTICE = 'notice-prompt';

const NOTICE_CODE = /\b(?:cp|lt|letter\s*)\s?\d{2,4}[a-z]?\b|\b\d{4}c\b/i;

/** What the screening collected, kept in the waterfall's step values (dialog state). */
type Answers = Partial<Record<BaselineSlot, string>>;

/** The usual rules, written the usual way: a few ifs over the answers. */
export function decide(a: Answers): string {
  const economic = a.hardship === 'Yes' || a.irs_action === 'Taking money from my pay or bank';
  const waited = a.waiting_days !== undefined && a.waiting_days !== 'Less than a month';
  const systemic = a.tried_irs === 'Yes' && (waited || a.promised_date_missed === 'Yes' || a.process_failure === 'Yes');
  const counsel = a.disputes_amount === 'Yes' || (a.notice !== undefined && /3219|deficiency/i.test(a.notice));
  const tas = economic || systemic;
  if (tas && counsel) return 'TAS can likely help, and you should also talk to a tax attorney.';
  if (tas) return 'The Taxpayer Advocate Service can likely help with this.';
  if (counsel) return 'This looks like a matter for a tax attorney.';
  return 'Try the IRS first; if that fails, TAS may be able to help.';
}

function promptFor(step: WaterfallStepContext, q: Question): Promise<DialogTurnResult> {
  if (q.kind === 'choice') {
    return step.prompt(CHOICE, {
      prompt: q.text,
      retryPrompt: q.retry,
      choices: ChoiceFactory.toChoices(q.choices),
    });
  }
  if (q.kind === 'date') return step.prompt(DATE, { prompt: q.text, retryPrompt: q.retry });
  return step.prompt(q.slot === 'notice' ? NOTICE : TEXT, { prompt: q.text, retryPrompt: q.retry });
}

function recordAnswer(step: WaterfallStepContext, slot: BaselineSlot): void {
  const answers = step.values as Answers;
  const result: unknown = step.result;
  if (result === undefined) return;
  if (typeof result === 'string') answers[slot] = result;
  else if (Array.isArray(result)) answers[slot] = (result as DateTimeResolution[])[0]?.timex ?? '';
  else answers[slot] = (result as FoundChoice).value;
}

/** Asks `slot` unless `skip` says it does not apply; records the previous step's answer first. */
function ask(previous: BaselineSlot | undefined, slot: BaselineSlot, skip?: (a: Answers) => boolean) {
  return async (step: WaterfallStepContext): Promise<DialogTurnResult> => {
    if (previous) recordAnswer(step, previous);
    if (skip?.(step.values as Answers)) return step.next();
    return promptFor(step, questions[slot]);
  };
}

/** The 12-question TAS screening as a WaterfallDialog with ChoicePrompt, TextPrompt and DateTimePrompt. */
export class ScreeningDialog extends ComponentDialog {
  constructor(id = 'screening') {
    super(id);
    this.addDialog(new ChoicePrompt(CHOICE));
    this.addDialog(new TextPrompt(TEXT, async (p) => p.recognized.succeeded && (p.recognized.value ?? '').length > 3));
    this.addDialog(
      new TextPrompt(NOTICE, async (p) => {
        const text = p.recognized.value ?? '';
        return p.recognized.succeeded && (NOTICE_CODE.test(text) || /\bno\b/i.test(text));
      }),
    );
    this.addDialog(
      new DateTimePrompt(DATE, async (p) => p.recognized.succeeded && (p.recognized.value ?? []).length > 0),
    );
    const notTried = (a: Answers) => a.tried_irs !== 'Yes';
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        ask(undefined, 'narrative'),
        ask('narrative', 'irs_action'),
        ask('irs_action', 'hardship'),
        ask('hardship', 'harm_date', (a) => a.hardship !== 'Yes'),
        ask('harm_date', 'tried_irs'),
        ask('tried_irs', 'waiting_days', notTried),
        ask('waiting_days', 'promised_date_missed', notTried),
        ask('promised_date_missed', 'process_failure', notTried),
        ask('process_failure', 'disputes_amount'),
        ask('disputes_amount', 'notice'),
        ask('notice', 'appeal_status', (a) => !NOTICE_CODE.test(a.notice ?? '')),
        ask('appeal_status', 'consent'),
        async (step) => {
          recordAnswer(step, 'consent');
          const answers = step.values as Answers;
          await step.context.sendActivity(MessageFactory.text(decide(answers)));
          const closing =
            answers.consent === 'Yes'
              ? 'Thank you. An advisor will contact you, usually within one business day.'
              : 'Understood: nothing was shared. Take care.';
          await step.context.sendActivity(MessageFactory.text(closing));
          return step.endDialog(answers);
        },
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  /** The samples' `run`: continue the active dialog, or begin this one. */
  async run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(accessor);
    dialogSet.add(this);
    const dialogContext = await dialogSet.createContext(context);
    const results = await dialogContext.continueDialog();
    if (results.status === DialogTurnStatus.empty) await dialogContext.beginDialog(this.id);
  }
}
