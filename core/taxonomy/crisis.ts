export const crisisIds = ['suicide', 'violence', 'emergency'] as const;
export type CrisisId = (typeof crisisIds)[number];

export const urgencies = ['crisis', 'urgent', 'normal'] as const;
export type Urgency = (typeof urgencies)[number];

export const languageCodes = ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'other'] as const;
export type LanguageCode = (typeof languageCodes)[number];
/** Languages the assistant holds a whole conversation in. */
export const conversationLanguages = ['nl', 'en', 'tr', 'ar', 'pl', 'uk'] as const;
export type ConversationLanguage = (typeof conversationLanguages)[number];
