import type { Slots } from './dialogue-state.js';

/**
 * Finds answers a resident already gave in passing, so the intake does not ask them again.
 * Deliberately simple patterns: a missed slot costs one extra question, a wrong one is corrected
 * at the summary.
 */
const weekdays = '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const months =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec|january|february|march|may|june|july|october)';

const nearDeadline = new RegExp(
  [
    '\\b(?:vandaag|vanavond|vannacht|morgen|overmorgen|deze week|volgende week|komende week|binnen een week|eind van de week)\\b',
    '\\b(?:today|tonight|tomorrow|this week|next week|within a week)\\b',
    `\\b(?:a\\.?s\\.?\\s+|aanstaande\\s+|komende\\s+|this\\s+|next\\s+|on\\s+)?${weekdays}\\b`,
    '\\b(?:over|binnen|in|within)\\s+(?:[1-7]|een|twee|drie|vier|vijf|zes|zeven|one|two|three|four|five|six|seven)\\s+(?:dag|dagen|days?)\\b',
  ].join('|'),
  'i',
);
const laterDeadline = new RegExp(
  [
    `\\b\\d{1,2}\\s+${months}\\b`,
    '\\b\\d{1,2}[-/.]\\d{1,2}(?:[-/.]\\d{2,4})?\\b',
    '\\b(?:over|binnen|in|within)\\s+(?:\\d+|een|twee|drie|vier|two|three|four)\\s+(?:weken|week|maanden|maand|weeks?|months?)\\b',
    '\\b(?:volgende|komende|next)\\s+(?:maand|month)\\b',
    '\\b(?:eind|begin) (?:van )?de maand\\b',
  ].join('|'),
  'i',
);
const tried =
  /\b(?:geprobeerd|gebeld|gemaild|aangevraagd|ingevuld|bezwaar gemaakt|al contact|contact opgenomen|langs geweest|gepraat met|gesproken met|tried|called|emailed|applied|talked to|spoke to|asked for)\b/i;
const network =
  /\b(?:mijn|m'n|my)\s+(?:zus|broer|moeder|vader|ouders|vriend|vriendin|vrienden|buurvrouw|buurman|buren|kinderen|dochter|zoon|familie|partner|man|vrouw|oma|opa|tante|oom|sister|brother|mother|mum|mom|father|dad|parents|friend|friends|neighbour|neighbours|neighbor|children|daughter|son|family|husband|wife)\b|\b(?:niemand|geen familie|geen vrienden|alleen op de wereld|no one|nobody|no family|no friends)\b/i;
const helpInvolved =
  /\b(?:bewindvoerder|bewindvoering|schuldhulp\w*|budgetcoach|maatschappelijk werk\w*|huisarts|psycholoog|thuiszorg|wijkteam|jeugdteam|advocaat|juridisch loket|reclassering|mentor|begeleider|budget manager|debt counsell?or|social worker|gp|lawyer|home care)\b/i;
const wish = /\b(?:ik wil graag|ik zou graag|ik wil|ik hoop|ik zoek|ik heb hulp nodig bij|i would like|i want|i hope|i need help with|i'm looking for|i am looking for)\b/i;

function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('.', index) + 1, text.lastIndexOf('\n', index) + 1, 0);
  const endCandidates = ['.', '\n', '?', '!'].map((mark) => text.indexOf(mark, index)).filter((position) => position >= 0);
  const end = endCandidates.length ? Math.min(...endCandidates) : text.length;
  return text.slice(start, end).trim().slice(0, 200);
}

function capture(pattern: RegExp, text: string, whole: boolean): string | null {
  const match = pattern.exec(text);
  if (!match) return null;
  return whole ? sentenceAround(text, match.index) : match[0];
}

export interface DetectedSlots {
  slots: Slots;
  /** True when a deadline falls within about a week: this makes a case urgent. */
  deadlineSoon: boolean;
}

export function detectSlots(text: string): DetectedSlots {
  const slots: Slots = {};
  const soon = capture(nearDeadline, text, false);
  const later = soon ? null : capture(laterDeadline, text, false);
  // The date phrase itself ("volgende week", "3 december"): short enough for a summary line.
  if (soon ?? later) slots.deadline = (soon ?? later)!.trim();
  const triedSentence = capture(tried, text, true);
  if (triedSentence) slots.tried = triedSentence;
  const networkSentence = capture(network, text, true);
  if (networkSentence) slots.network = networkSentence;
  const helpSentence = capture(helpInvolved, text, true);
  if (helpSentence) slots['help-involved'] = helpSentence;
  const wishSentence = capture(wish, text, true);
  if (wishSentence) slots.wish = wishSentence;
  return { slots, deadlineSoon: soon !== null };
}
