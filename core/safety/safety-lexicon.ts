import type { CrisisId } from '../taxonomy/index.js';

/**
 * The phrasing families of one language for the safety check. Every entry is a fragment of a
 * regular expression over folded text (see fold-letters.ts: lower case, no accents or Arabic
 * vowel marks, one space between words, punctuation gone), matched on whole words. Write stems
 * with `\p{L}*` for inflection ("zabi\p{L}* sie"), `G(n)` for a gap of at most n words.
 */
export interface SafetyLexicon {
  /** Plain statements: the crisis answer at once. */
  crisis: Record<CrisisId, string[]>;
  /** Not plain, but may be a crisis: the safety question is asked. */
  concern: Record<CrisisId, string[]>;
  /**
   * Weak signs that say little alone, grouped in families (farewells, means, hopelessness; control,
   * injuries, secrets; not answering, a smell, alarming body signs). Signs from two different
   * families for one crisis in one message raise a concern: that is how indirect disclosures read.
   */
  signals?: Partial<Record<CrisisId, string[][]>>;
  /**
   * Figurative, everyday, negated or past phrases ("ik lach me dood", "nooit aan zelfmoord
   * gedacht"), blanked out before the crisis and concern patterns run, so that what they cover
   * cannot match. Keep them narrow: a phrase here can hide a real crisis.
   */
  figurative: string[];
  /**
   * Told as the past ("twee jaar geleden", "years ago"), unless a present marker is there too
   * ("nu weer", "vannacht", "again"): a crisis told only as the past is asked about (concern),
   * and one also told as resolved ("het gaat nu goed", "behind me") is not a signal.
   */
  past?: { past: string[]; present: string[]; resolved: string[] };
  /** Said as a joke ("haha", "grapje", "şaka") or taken back in one breath ("not gonna do anything"): a crisis told so is asked about (concern) rather than answered as one. */
  jokes?: string[];
  /** The message is about someone else (a neighbour, a friend, a child of others). */
  bystander: string[];
  /** In a crisis conversation: a plan, means, a time, being alone. */
  risk: string[];
  /** In a crisis conversation: will not or cannot call. */
  refusal: string[];
  /**
   * Chat spellings written out before this lexicon's patterns run ("kwil" → "ik wil", "dont" →
   * "do not"), keyed by a folded word. Only this lexicon sees them: "nie" is Dutch chat for
   * "niet" but Polish for "not".
   */
  spellings?: Readonly<Record<string, string>>;
}

/** A gap of at most `maximum` words, lazily matched so that patterns stay linear. */
export const G = (maximum: number): string => `(?:\\S+ ){0,${maximum}}?`;
