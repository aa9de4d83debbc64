import { Activity, ConversationReference } from 'botbuilder';
import type { ProactiveSender } from '../../src/services/proactiveSender';

/** Records proactive messages instead of calling the Bot Connector. */
export class RecordingSender implements ProactiveSender {
  readonly sent: Array<{ conversationId: string; activity: Partial<Activity> }> = [];

  async send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<'sent'> {
    this.sent.push({ conversationId: reference.conversation?.id ?? '', activity });
    return 'sent';
  }

  to(conversationId: string) {
    return this.sent.filter((s) => s.conversationId === conversationId);
  }
}
