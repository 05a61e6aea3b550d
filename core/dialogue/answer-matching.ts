import type { ContactPreference } from '../ports/case-record.js';
import type { QuickReply } from '../ports/message.js';

const normalise = (text: string) => text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();

/** A typed label, or its number in the list ("2"), counts as pressing that quick reply. */
export function matchQuickReply(text: string, offered: QuickReply[]): string | null {
  const typed = normalise(text);
  if (!typed) return null;
  const byNumber = /^\d$/.test(typed) ? offered[Number(typed) - 1] : undefined;
  if (byNumber) return byNumber.id;
  return offered.find((reply) => normalise(reply.label) === typed)?.id ?? null;
}

const yes = /^(?:ja|jazeker|jawel|klopt|dat klopt|ja klopt|ja dat klopt|prima|goed|oke|ok|okay|yes|yeah|yep|right|correct|that s right|sure|mag|dat mag|ja hoor)\b/;
const no = /^(?:nee|neen|nope|no|niet|klopt niet|dat klopt niet|not right|not really|liever niet)\b/;

// normalise drops symbols, so the thumbs-up is checked on the raw text.
export const isYes = (text: string) => yes.test(normalise(text)) || text.trim() === '👍';
export const isNo = (text: string) => no.test(normalise(text));

export function contactPreferenceIn(text: string): ContactPreference | null {
  const typed = normalise(text);
  if (/^(?:chat|phone|visit)$/.test(typed)) return typed as ContactPreference;
  if (/\b(?:bel|bellen|telefoon|telefonisch|phone|call|ring)\b/.test(typed)) return 'phone';
  if (/\b(?:langs|langskomen|bezoek|thuis|huisbezoek|visit|come by|at home)\b/.test(typed)) return 'visit';
  if (/\b(?:chat|hier|app|schrijven|typen|here|writing)\b/.test(typed)) return 'chat';
  return null;
}
