import {
  ActivityHandler,
  ConversationState,
  MemoryStorage,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { ScreeningDialog } from './screening-dialog.js';

export const WELCOME =
  "Hi, I'm the screening assistant of the firm. In a few questions I'll tell you whether the Taxpayer Advocate Service can help.";

/** The sample's DialogBot: runs the dialog on every message and saves conversation state after each turn. */
export class ScreeningDialogBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly dialog: ScreeningDialog,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('DialogState');
    this.onMessage(async (context, next) => {
      await this.dialog.run(context, this.dialogState);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id) {
          await context.sendActivity(WELCOME);
          await this.dialog.run(context, this.dialogState);
        }
      }
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }
}

/** The usual wiring: MemoryStorage, ConversationState, the screening dialog and the bot. */
export function createBaselineBot(memory: Record<string, string> = {}): ScreeningDialogBot {
  const storage = new MemoryStorage(memory);
  const conversationState = new ConversationState(storage);
  return new ScreeningDialogBot(conversationState, new ScreeningDialog());
}
