export const channelIds = ['web', 'telegram', 'whatsapp', 'cli'] as const;
export type ChannelId = (typeof channelIds)[number];

/** Where a conversation lives, enough to continue it later (like Bot Framework's ConversationReference). */
export interface ConversationRef {
  channel: ChannelId;
  /** The channel's own chat identity: a Telegram chat id, a WhatsApp phone number (wa_id), a web session id, a terminal session. */
  chatId: string;
}
