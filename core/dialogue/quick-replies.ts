import type { QuickReply } from '../ports/message.js';
import type { AssistantTexts } from '../texts/assistant-texts.js';

/** The buttons the intake offers; their ids are what adapters send back as quickReplyId. */
export const confirmReplies = (texts: AssistantTexts): QuickReply[] => [
  { id: 'confirm:yes', label: texts.confirmYes },
  { id: 'confirm:no', label: texts.confirmNo },
];
export const consentReplies = (texts: AssistantTexts): QuickReply[] => [
  { id: 'consent:yes', label: texts.consentYes },
  { id: 'consent:no', label: texts.consentNo },
];
export const contactReplies = (texts: AssistantTexts): QuickReply[] =>
  (['chat', 'phone', 'visit'] as const).map((preference) => ({ id: `contact:${preference}`, label: texts.contactOptions[preference] }));
export const domainReplies = (texts: AssistantTexts): QuickReply[] => [
  ...(['self-reliance', 'health', 'network', 'neighbourhood', 'growing-up'] as const).map((domain) => ({ id: `domain:${domain}`, label: texts.domainOptions[domain] })),
  { id: 'domain:other', label: texts.somethingElse },
];
