import { redactionPlaceholders } from '../privacy/redaction.js';
import type { ModelSummary } from './model-schemas.js';

export interface SummaryCheckOptions {
  /** The instruction texts the model was given: an answer that repeats them is refused. */
  instructionTexts: readonly string[];
}

export interface CheckedSummary {
  lines: string[];
  /** null when the note for the worker did not pass its own checks. */
  caseNote: string | null;
}

const words = (text: string) => text.toLowerCase().normalize('NFKC').replace(/\{\{[^}]*\}\}/g, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
const shingleLength = 6;

function shingles(text: string): Set<string> {
  const list = words(text);
  const result = new Set<string>();
  for (let index = 0; index + shingleLength <= list.length; index += 1) result.add(list.slice(index, index + shingleLength).join(' '));
  return result;
}

/** Talk about the machinery instead of the resident's situation. */
const aboutTheMachinery =
  /\b(?:prompt|prompts|instructies?|instructions?|system ?(?:message|prompt)|systeem ?(?:bericht|prompt)|taalmodel|language model|chatgpt|openai|llm|als (?:een )?ai|as an ai|json|schema)\b/iu;
const link = /\bhttps?:\/\/|\bwww\.|<\/?[a-z][^>]*>/iu;

function cleanLine(line: string): string {
  return line.replace(/^\s*(?:[-*•–]|\d+[.)])\s*/u, '').replace(/\s+/g, ' ').trim();
}

/**
 * Decides whether a model-written summary may be shown: 1–5 lines of 8–220 characters, no
 * redaction placeholders (such a line is dropped), no links, nothing about prompts or models, and
 * no run of six words from the instructions (in the lines or the note). Returns null to keep the template.
 */
export function checkSummary(summary: ModelSummary, options: SummaryCheckOptions): CheckedSummary | null {
  const instructionShingles = new Set(options.instructionTexts.flatMap((text) => [...shingles(text)]));
  const leaks = (text: string) => [...shingles(text)].some((shingle) => instructionShingles.has(shingle));
  const acceptable = (text: string) => !aboutTheMachinery.test(text) && !link.test(text) && !text.includes('{{') && !leaks(text);

  if (!Array.isArray(summary.lines) || summary.lines.length === 0 || summary.lines.length > 5) return null;
  const lines = summary.lines.flatMap((line) => String(line).split('\n')).map(cleanLine).filter((line) => line.length > 0);
  if (lines.length === 0 || lines.length > 5) return null;
  if (lines.some((line) => line.length < 8 || line.length > 220 || !acceptable(line))) return null;
  const shown = lines.filter((line) => !redactionPlaceholders.some((placeholder) => line.includes(placeholder)));
  if (shown.length === 0 || shown.join(' ').length > 700) return null;

  const note = typeof summary.caseNote === 'string' ? summary.caseNote.replace(/\s+/g, ' ').trim() : '';
  // A note that repeats the instructions shows the model was steered: refuse the whole answer.
  if (note && !acceptable(note)) return null;
  const caseNote = note.length >= 20 && note.length <= 800 ? note : null;
  return { lines: shown, caseNote };
}
