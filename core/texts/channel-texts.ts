/**
 * What a channel adapter itself puts in front of a resident, outside the turn's replies. A reply
 * carries no language, so these are bilingual and short.
 */
export const channelTexts = {
  /** The button that opens a WhatsApp list of more than three choices (WhatsApp allows 20 characters). */
  whatsAppListButton: 'Kies / Choose',
} as const;
