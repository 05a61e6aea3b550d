import type { MessageRecord, Reply } from '../../core/ports/message.js';
import type { DialogueState } from '../../core/dialogue/dialogue-state.js';

/** A stored message as the widget and the inbox receive it: no worker id, no external id. */
export interface MessageView {
  id: string;
  author: MessageRecord['author'];
  text: string;
  quickReplies: Array<{ id: string; label: string }>;
  /** crisis: a crisis answer or the safety question, shown with emphasis and tappable numbers. */
  tone: 'normal' | 'crisis';
  createdAt: string;
  /** Only when the channel reported one (WhatsApp): sent, delivered, read or failed. */
  deliveryStatus?: NonNullable<MessageRecord['deliveryStatus']>;
  /** The language the message is written in, when the conversation knows it (WCAG 3.1.2: `lang` per message). */
  lang?: string;
}

/**
 * The language of a stored message from its conversation's state: the resident writes in the
 * detected language, the assistant and its notices speak the conversation's language (crisis
 * answers the resident's own). A worker's words are not known to be in any language, so none.
 * Messages stored before a language change are marked with the current one: the state keeps no history.
 */
export function messageLanguage(message: MessageRecord, state: DialogueState | null | undefined): string | undefined {
  if (!state) return undefined;
  if (message.author === 'worker') return undefined;
  if (message.author === 'resident') return state.detectedLanguage === 'other' ? undefined : state.detectedLanguage;
  if (message.tone === 'crisis' && state.safety?.language && state.safety.language !== 'other') return state.safety.language;
  return state.language;
}

export function toMessageView(message: MessageRecord, conversationState?: DialogueState | null): MessageView {
  const lang = messageLanguage(message, conversationState);
  return {
    id: message.id,
    author: message.author,
    text: message.text,
    quickReplies: message.quickReplies.map(({ id, label }) => ({ id, label })),
    tone: message.tone,
    createdAt: message.createdAt.toISOString(),
    ...(message.deliveryStatus ? { deliveryStatus: message.deliveryStatus } : {}),
    ...(lang ? { lang } : {}),
  };
}

export interface ReplyView {
  author: 'assistant' | 'worker';
  text: string;
  quickReplies: Array<{ id: string; label: string }>;
  tone: 'normal' | 'crisis';
}

export function toReplyView(reply: Reply): ReplyView {
  return {
    author: reply.author ?? 'assistant',
    text: reply.text,
    quickReplies: (reply.quickReplies ?? []).map(({ id, label }) => ({ id, label })),
    tone: reply.tone ?? 'normal',
  };
}
