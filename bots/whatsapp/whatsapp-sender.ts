import type { ChannelSender, DeliveryContext } from '../../core/ports/channel-sender.js';
import type { ConversationRef } from '../../core/ports/conversation-ref.js';
import type { ConversationStore } from '../../core/ports/conversation-store.js';
import type { Clock } from '../../core/ports/clock.js';
import type { Reply } from '../../core/ports/message.js';
import { DeliveryWindowClosedError } from '../../core/errors.js';
import type { GraphApiClient } from './graph-api-client.js';
import { customerServiceWindow, type CustomerServiceWindow } from './customer-service-window.js';
import { fixedTemplateMessage, replyToWhatsApp, templateMessages, type WhatsAppMessageBody } from './reply-to-whatsapp.js';

export interface WhatsAppSenderDependencies {
  client: GraphApiClient;
  conversations: Pick<ConversationStore, 'findConversationByRef' | 'listMessages'>;
  clock: Clock;
  replyTemplate: { name: string; language: string } | null;
  /** The approved template for "Is je vraag opgelost?" after the window (organisation.json); null: the question is not sent then. */
  satisfactionTemplate?: { name: string; language: string } | null;
}

/**
 * Sends messages in order. Each carries its stored message's id as `biz_opaque_callback_data`, so
 * the statuses WhatsApp reports for it (sent, delivered, read, failed) are recorded on that message.
 */
export async function sendMessages(client: GraphApiClient, to: string, messages: WhatsAppMessageBody[], messageId?: string): Promise<void> {
  for (const message of messages) {
    await client.sendMessage(to, messageId ? { ...message, biz_opaque_callback_data: messageId } : message);
  }
}

/**
 * How a worker's message (from the inbox or Slack) reaches the resident's WhatsApp. Inside the
 * 24-hour window it goes as typed; after it, as the configured template, or it is refused before
 * it is stored (checkDeliverable), so the inbox can say why. The satisfaction question after
 * closing goes after the window only as its own template, never as free text or the reply template.
 */
export function createWhatsAppSender(dependencies: WhatsAppSenderDependencies): ChannelSender & { window(ref: ConversationRef): Promise<CustomerServiceWindow> } {
  const { client, conversations, clock, replyTemplate } = dependencies;
  const satisfactionTemplate = dependencies.satisfactionTemplate ?? null;
  const templateFor = (context: DeliveryContext) => (context.purpose === 'satisfaction-question' ? satisfactionTemplate : replyTemplate);

  async function window(ref: ConversationRef): Promise<CustomerServiceWindow> {
    const conversation = await conversations.findConversationByRef(ref);
    return customerServiceWindow(conversation ? await conversations.listMessages(conversation.id) : [], clock.now());
  }

  return {
    window,

    async checkDeliverable(ref, context = {}) {
      if (templateFor(context)) return;
      const current = await window(ref);
      if (!current.open) throw new DeliveryWindowClosedError('whatsapp', current.closesAt);
    },

    async deliver(ref: ConversationRef, reply: Reply, context = {}) {
      const current = await window(ref);
      if (current.open) return sendMessages(client, ref.chatId, replyToWhatsApp(reply), context.messageId);
      if (context.purpose === 'satisfaction-question') {
        if (!satisfactionTemplate) throw new DeliveryWindowClosedError('whatsapp', current.closesAt);
        return sendMessages(client, ref.chatId, [fixedTemplateMessage(satisfactionTemplate)], context.messageId);
      }
      if (!replyTemplate) throw new DeliveryWindowClosedError('whatsapp', current.closesAt);
      return sendMessages(client, ref.chatId, templateMessages(reply.text, replyTemplate), context.messageId);
    },
  };
}
