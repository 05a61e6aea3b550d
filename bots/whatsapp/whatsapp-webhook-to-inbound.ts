import { deliveryStatuses, type DeliveryStatus, type InboundMessage, type MessageKind } from '../../core/ports/message.js';

/** The parts of a Cloud API webhook body this channel reads (field `messages`). */
export interface WhatsAppWebhookBody {
  object?: string;
  entry?: Array<{ id?: string; changes?: Array<{ field?: string; value?: WhatsAppChangeValue }> }>;
}

export interface WhatsAppChangeValue {
  messaging_product?: string;
  metadata?: { display_phone_number?: string; phone_number_id?: string };
  messages?: WhatsAppInboundMessage[];
  statuses?: WhatsAppStatus[];
}

export interface WhatsAppInboundMessage {
  from: string;
  id: string;
  timestamp?: string;
  type: string;
  text?: { body?: string };
  interactive?: { type?: string; button_reply?: { id?: string; title?: string }; list_reply?: { id?: string; title?: string; description?: string } };
  button?: { text?: string; payload?: string };
  image?: { caption?: string };
  video?: { caption?: string };
  document?: { caption?: string };
  audio?: { voice?: boolean };
}

export interface WhatsAppStatus {
  id?: string;
  status?: string;
  timestamp?: string;
  recipient_id?: string;
  /** What this channel sent along with the message: the stored message's id. */
  biz_opaque_callback_data?: string;
  errors?: Array<{ code?: number; title?: string }>;
}

/** The resident's phone number (wa_id) as the core's ConversationRef: a worker's reply goes back to it. */
export function whatsAppRef(waId: string) {
  return { channel: 'whatsapp' as const, chatId: waId };
}

const kindsByType: Record<string, MessageKind> = {
  text: 'text', interactive: 'text', button: 'text',
  image: 'photo', audio: 'voice', sticker: 'sticker', video: 'video', document: 'document', location: 'location',
};

/** What the worker reads in the transcript in place of what the assistant cannot read yet. */
const receivedNotes: Partial<Record<MessageKind, string>> = {
  photo: '[foto ontvangen]', voice: '[spraakbericht ontvangen]', sticker: '[sticker ontvangen]', video: '[video ontvangen]',
  document: '[bestand ontvangen]', location: '[locatie ontvangen]', other: '[bericht ontvangen dat de assistent niet kan lezen]',
};

/** A reaction (an emoji on an earlier message) says nothing to answer; it is neither stored nor answered. */
export function isIgnoredMessage(message: WhatsAppInboundMessage): boolean {
  return message.type === 'reaction';
}

/**
 * A resident's WhatsApp message as the core's InboundMessage. A button or list answer carries its
 * quick reply id; media and locations become the core's non-text kinds (it answers them kindly)
 * with a note the worker sees, and a caption after it. The contact's profile name is never read.
 */
export function whatsAppMessageToInbound(message: WhatsAppInboundMessage, receivedAt: Date): InboundMessage {
  const kind = kindsByType[message.type] ?? 'other';
  const base = { ref: whatsAppRef(message.from), kind, externalId: message.id, receivedAt };
  if (message.type === 'text') return { ...base, text: message.text?.body ?? '' };
  if (message.type === 'interactive') {
    const answer = message.interactive?.button_reply ?? message.interactive?.list_reply;
    // A list row shows a shortened label; its description keeps the whole one (reply-to-whatsapp.ts).
    const label = message.interactive?.list_reply?.description ?? answer?.title ?? '';
    return { ...base, text: label, ...(answer?.id ? { quickReplyId: answer.id } : {}) };
  }
  // A template's quick-reply button: its text is what the resident chose.
  if (message.type === 'button') return { ...base, text: message.button?.text ?? '' };
  const caption = (message.image ?? message.video ?? message.document)?.caption?.trim();
  return { ...base, text: [receivedNotes[kind] ?? receivedNotes.other, caption].filter(Boolean).join(' ') };
}

/** A status this channel records: one of the four it knows, for a message it sent (the callback data), to a resident. */
export function recordableStatus(status: WhatsAppStatus): { ref: ReturnType<typeof whatsAppRef>; messageId: string; status: DeliveryStatus } | null {
  if (!status.recipient_id || !status.biz_opaque_callback_data) return null;
  if (!(deliveryStatuses as readonly string[]).includes(status.status ?? '')) return null;
  return { ref: whatsAppRef(status.recipient_id), messageId: status.biz_opaque_callback_data, status: status.status as DeliveryStatus };
}
