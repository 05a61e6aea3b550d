import type { CaseFacts } from '../facts/extract-facts.js';
import { topics as topicDefinitions, domainLabels } from '../taxonomy/index.js';
import type { DialogueState } from './dialogue-state.js';
import { safetyOf } from './safety-step.js';

const languageNames: Record<string, string> = { nl: 'Nederlands', en: 'Engels', tr: 'Turks', ar: 'Arabisch', pl: 'Pools', uk: 'Oekraïens', other: 'een andere taal' };
const crisisNames: Record<string, string> = { suicide: 'suïcide', violence: 'geweld', emergency: 'noodgeval' };
const dateFormat = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2, minimumFractionDigits: 0 });

/** Shortens at a word boundary, never inside a word. */
export function shortenAtWord(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, '')} …`;
}

const quote = (text: string, length = 160) => `"${shortenAtWord(text, length)}"`;
const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`);

function factSentences(facts: CaseFacts): string[] {
  const sentences: string[] = [];
  if (facts.amounts.length > 0) sentences.push(`Genoemd bedrag: ${list(facts.amounts.map((amount) => euroFormat.format(amount.euros)))}.`);
  if (facts.deadlines.length > 0) {
    sentences.push(`Termijn: ${list(facts.deadlines.map((deadline) => `${dateFormat.format(new Date(`${deadline.date}T00:00:00Z`))} ("${deadline.text}")`))}.`);
  }
  if (facts.organisations.length > 0) sentences.push(`Betrokken instanties: ${list(facts.organisations)}.`);
  if (facts.people.length > 0) sentences.push(`Betrokken personen: ${list(facts.people.map((person) => (person.age === null ? person.role : `${person.role} (${person.age})`)))}.`);
  return sentences;
}

/**
 * The case summary for the worker: Dutch, third person, the facts the resident gave, their own
 * words quoted where they are theirs (docs/residents/intake.md "What a worker receives"). The resident's own
 * confirmation ("Klopt het dat …") is kept apart, as the case's `confirmation`.
 */
export function workerSummary(state: DialogueState): string {
  const sentences: string[] = [];
  const labels = state.topics.slice(0, 3).map((topic) => topicDefinitions[topic.id].label.nl.toLowerCase());
  if (labels.length > 0) sentences.push(`De bewoner vraagt hulp bij ${list(labels)}.`);
  else if (state.domain) sentences.push(`De bewoner vraagt hulp op het gebied ${domainLabels[state.domain].nl.toLowerCase()}.`);
  else sentences.push('Het onderwerp is nog niet duidelijk.');
  if (state.firstWords) sentences.push(`Eigen woorden: ${quote(state.firstWords)}.`);
  sentences.push(...factSentences(state.facts ?? { amounts: [], deadlines: [], organisations: [], people: [] }));
  if (state.crisis) sentences.push(`CRISIS (${crisisNames[state.crisis] ?? state.crisis}): de bewoner kreeg de crisisnummers.`);
  else if (state.urgency === 'urgent') sentences.push('Spoed: er speelt iets deze week.');
  const check = safetyOf(state).check;
  if (check) sentences.push(`Veiligheidsvraag gesteld (${crisisNames[check.concern] ?? check.concern}), antwoord: ${check.answer === 'yes' ? 'ja' : check.answer === 'no' ? 'nee' : check.answer === 'other' ? 'geen ja of nee' : 'nog geen'}.`);
  if (state.slots.tried) sentences.push(`Al geprobeerd: ${quote(state.slots.tried, 120)}.`);
  if (state.slots.network) sentences.push(`Netwerk: ${quote(state.slots.network, 120)}.`);
  if (state.slots.wish) sentences.push(`Wat zou helpen: ${quote(state.slots.wish, 120)}.`);
  if (state.detectedLanguage !== 'nl') sentences.push(`Taal van de bewoner: ${languageNames[state.detectedLanguage] ?? state.detectedLanguage}.`);
  return sentences.join(' ');
}
