import { isValidBsn, isValidIban } from './identifier-checks.js';

export const redactionKinds = ['IBAN', 'E-MAIL', 'BSN', 'TELEFOON', 'ADRES', 'NAAM'] as const;
export type RedactionKind = (typeof redactionKinds)[number];

export interface Redacted {
  text: string;
  /** How many of each kind were replaced (counts only: safe to log). */
  counts: Partial<Record<RedactionKind, number>>;
}

const placeholder = (kind: RedactionKind) => `[${kind}]`;
export const redactionPlaceholders: readonly string[] = redactionKinds.map(placeholder);

/** A capitalised name word, with the Dutch infixes that may sit between ("van der", "de"). */
const nameWord = "\\p{Lu}[\\p{L}'’-]+";
const infix = "(?:van|de|der|den|het|ter|ten|te|la|le|di|da|el|al|bin|ben)";
const capitalisedName = `${nameWord}(?:\\s+(?:${infix}\\s+)*${nameWord}){0,2}`;
/** After "ik heet" the name may be typed in lower case: the first word, and more only after an infix ("el amrani"). */
const lowerWord = "[\\p{L}'’-]{2,}";
const anyName = `(?:${capitalisedName}|${lowerWord}(?:\\s+(?:${infix}\\s+)+${lowerWord})?)`;

/** Trigger words match in any case; the name itself must keep its capitals (no "i" flag). */
const anyCase = (phrases: string[]) =>
  `(?:${phrases.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\p{L}/gu, (letter) => `[${letter.toLowerCase()}${letter.toUpperCase()}]`)).join('|')})`;

interface Rule {
  kind: RedactionKind;
  pattern: RegExp;
  /** Checks a match (BSN eleven-test, IBAN mod-97); a match that fails is left alone. */
  accept?: (match: string) => boolean;
  /** Keeps a leading part of the match ("mevrouw ", "ik heet "). */
  keepGroup?: boolean;
}

const rules: Rule[] = [
  { kind: 'IBAN', pattern: /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b/giu, accept: isValidIban },
  { kind: 'E-MAIL', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu },
  // Nine digits, optionally grouped (111 222 333, 1112.22.333); only numbers that pass the eleven-test.
  { kind: 'BSN', pattern: /(?<![\d+])\d{3,4}[ .]?\d{2,3}[ .]?\d{3}(?![\d])/gu, accept: (match) => isValidBsn(match.replace(/\D/g, '')) },
  // Dutch numbers: 06-12345678, 020-1234567, 0201234567, +31 6 12345678, 0031 20 123 4567, +31 (0)6 ...
  { kind: 'TELEFOON', pattern: /(?<![\d\w])(?:\+31|0031|0)[\s-]?(?:\(0\)[\s-]?)?[1-9](?:[\s-]?\d){8}(?!\d)/gu },
  // Other international numbers written with a plus.
  { kind: 'TELEFOON', pattern: /(?<![\d\w])\+\d{1,3}(?:[\s-]?\d){6,12}(?!\d)/gu },
  // Postcode with or without house number; lower-case letters only when a house number follows.
  { kind: 'ADRES', pattern: /\b[1-9]\d{3}\s?(?:[A-Z]{2}\b(?:[\s,]*\d{1,5}(?:\s?[a-zA-Z]\b|-\d+)?)?|[a-z]{2}[\s,]+\d{1,5}(?:\s?[a-z]\b)?)/gu },
  // A street name with a house number: Kerkstraat 12, Laan van Meerdervoort 5a.
  { kind: 'ADRES', pattern: /\b(?:\p{Lu}\p{Ll}+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|pad|steeg|dreef|park|markt|baan|erf|veld)|Laan van \p{Lu}\p{Ll}+)\s+\d{1,5}(?:\s?[a-zA-Z]\b|-\d+)?/gu },
  {
    kind: 'NAAM',
    pattern: new RegExp(`(\\b${anyCase(['ik heet', 'mijn naam is', "m'n naam is", 'my name is', 'i am called', "i'm called", 'naam:', 'name:'])}\\s+)${anyName}`, 'gu'),
    keepGroup: true,
  },
  { kind: 'NAAM', pattern: new RegExp(`(\\b${anyCase(['ik ben', 'i am', "i'm", 'dit is', 'this is'])}\\s+)${capitalisedName}`, 'gu'), keepGroup: true, accept: notAWord },
  {
    kind: 'NAAM',
    pattern: new RegExp(`(\\b${anyCase(['mevrouw', 'meneer', 'mevr.', 'mevr', 'mw.', 'mw', 'dhr.', 'dhr', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'juffrouw', 'dokter', 'dr.', 'dr'])}\\s+)${capitalisedName}`, 'gu'),
    keepGroup: true,
  },
  {
    kind: 'NAAM',
    pattern: new RegExp(
      `(\\b${anyCase(['mijn', "m'n", 'my'])}\\s+(?:zoon|dochter|zus|broer|moeder|vader|man|vrouw|partner|vriend|vriendin|buurman|buurvrouw|ex|oma|opa|son|daughter|sister|brother|mother|father|husband|wife|friend|neighbour|neighbor)\\s+)${capitalisedName}`,
      'gu',
    ),
    keepGroup: true,
  },
];

/** "Ik ben Bang" is unlikely, but "Ik ben Nederlander" is not a name. */
function notAWord(match: string): boolean {
  const name = match.replace(/^\S+\s+\S+\s+/, '');
  return !/^(?:Nederlander|Nederlands|Marokkaans|Turks|Pools|Syrisch|Oekraïens|English|Dutch|Moslim|Christen|Moe|Bang|Ziek|Alleen|Zwanger)\b/u.test(name);
}

/**
 * Replaces personal identifiers with placeholders before text leaves the process (to a language
 * model). The store keeps the original: only requests are redacted.
 */
export function redact(text: string): Redacted {
  const counts: Redacted['counts'] = {};
  let result = text;
  for (const rule of rules) {
    result = result.replace(rule.pattern, (match: string, kept?: unknown) => {
      if (rule.accept && !rule.accept(match)) return match;
      counts[rule.kind] = (counts[rule.kind] ?? 0) + 1;
      const prefix = rule.keepGroup && typeof kept === 'string' ? kept : '';
      return `${prefix}${placeholder(rule.kind)}`;
    });
  }
  return { text: result, counts };
}

export const redactText = (text: string): string => redact(text).text;
