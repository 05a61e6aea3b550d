import type { CrisisId } from '../taxonomy/index.js';
import { foldPattern, foldText } from './fold-letters.js';
import { createLiteralFinder } from './literal-finder.js';
import { requiredLiterals } from './required-literals.js';
import type { SafetyLexicon } from './safety-lexicon.js';
import { noSafetySignal, type SafetySignal } from './safety-signal.js';
import { safetyLexicons } from './lexicons/safety-lexicons.js';
import { defaultLearnedConcern } from './default-learned-concern.js';

/** Emergency first: a weapon or fire needs 112 even when the message is also about violence. */
const crisisOrder: readonly CrisisId[] = ['emergency', 'suicide', 'violence'];
/** A concern about life comes before one about violence: the question about suicide is the one never to skip. */
const concernOrder: readonly CrisisId[] = ['suicide', 'violence', 'emergency'];

const never = /(?!)/u;

/** Whole words only: the text is folded, so a space or an edge bounds a word. */
function wordPattern(source: string, flags = 'u'): RegExp {
  // Folded text has only letters, digits and single spaces: a word starts after a space or at the
  // start. Testing for that first lets the engine drop every other position at once.
  return new RegExp(`(?:^| )(?:${source})(?= |$)`, flags);
}

/** The literals of one lexicon, each with an index, so that one pass over a text tells which occur. */
class LiteralTable {
  readonly literals: string[] = [];
  private readonly indexes = new Map<string, number>();
  indexOf(literal: string): number {
    let index = this.indexes.get(literal);
    if (index === undefined) {
      index = this.literals.length;
      this.literals.push(literal);
      this.indexes.set(literal, index);
    }
    return index;
  }
}

/**
 * The patterns of one kind (a crisis id, a signal family, the bystander words …). Each pattern that
 * needs one of a few literals runs only on a text that has one of them; the others run always.
 * The answer is the same as one alternation of all of them, in a fraction of the time.
 */
class PatternGroup {
  private readonly always: RegExp;
  private readonly gated: Array<{ literals: number[]; pattern: RegExp }>;
  readonly empty: boolean;
  constructor(patterns: readonly string[], table: LiteralTable) {
    const unfilled = patterns.find((pattern) => pattern.includes('${'));
    if (unfilled) throw new Error(`safety pattern written with quotes instead of backticks: ${unfilled}`);
    const always: string[] = [];
    this.gated = [];
    for (const pattern of patterns.map(foldPattern)) {
      const literals = requiredLiterals(pattern);
      if (literals === null) always.push(pattern);
      else this.gated.push({ literals: literals.map((literal) => table.indexOf(literal)), pattern: wordPattern(pattern) });
    }
    this.always = always.length > 0 ? wordPattern(always.join('|')) : never;
    this.empty = patterns.length === 0;
  }
  /** Whether any pattern matches `text`, given the literals found in it. */
  test(text: string, found: ReadonlySet<number>): boolean {
    if (this.always !== never && this.always.test(text)) return true;
    return this.gated.some(({ literals, pattern }) => literals.some((literal) => found.has(literal)) && pattern.test(text));
  }
}

/** Figurative phrases are replaced, not just tested: one alternation keeps the leftmost, first-listed match, and runs only when it can match. */
class Replacement {
  private readonly pattern: RegExp;
  private readonly literals: number[] | null;
  constructor(patterns: readonly string[], table: LiteralTable) {
    const folded = patterns.map(foldPattern);
    this.pattern = folded.length > 0 ? wordPattern(folded.join('|'), 'gu') : never;
    const perPattern = folded.map(requiredLiterals);
    this.literals = perPattern.some((literals) => literals === null) ? null : [...new Set(perPattern.flat() as string[])].map((literal) => table.indexOf(literal));
  }
  apply(text: string, found: ReadonlySet<number>): string {
    if (this.pattern === never) return text;
    if (this.literals !== null && !this.literals.some((literal) => found.has(literal))) return text;
    return text.replace(this.pattern, ' ~ ');
  }
}

interface CompiledLexicon {
  spellings: Readonly<Record<string, string>> | null;
  find(text: string): Set<number>;
  figurative: Replacement;
  crisis: Record<CrisisId, PatternGroup>;
  concern: Record<CrisisId, PatternGroup>;
  signals: Record<CrisisId, PatternGroup[]>;
  bystander: PatternGroup;
  past: PatternGroup;
  present: PatternGroup;
  resolved: PatternGroup;
  jokes: PatternGroup;
  risk: PatternGroup;
  refusal: PatternGroup;
}

function compileLexicon(lexicon: SafetyLexicon): CompiledLexicon {
  const table = new LiteralTable();
  const group = (patterns: readonly string[]) => new PatternGroup(patterns, table);
  const byId = (patterns: Record<CrisisId, string[]>) => ({ suicide: group(patterns.suicide), violence: group(patterns.violence), emergency: group(patterns.emergency) });
  const families = (id: CrisisId) => (lexicon.signals?.[id] ?? []).map(group);
  const compiled = {
    spellings: lexicon.spellings ?? null,
    figurative: new Replacement(lexicon.figurative, table),
    crisis: byId(lexicon.crisis),
    concern: byId(lexicon.concern),
    signals: { suicide: families('suicide'), violence: families('violence'), emergency: families('emergency') },
    bystander: group(lexicon.bystander),
    past: group(lexicon.past?.past ?? []),
    present: group(lexicon.past?.present ?? []),
    resolved: group(lexicon.past?.resolved ?? []),
    jokes: group(lexicon.jokes ?? []),
    risk: group(lexicon.risk),
    refusal: group(lexicon.refusal),
  };
  const finder = createLiteralFinder(table.literals);
  return { ...compiled, find: (text) => finder.find(text) };
}

const compiled = safetyLexicons.map(compileLexicon);

/** Long messages are read window by window so that matching stays linear; windows overlap so a phrase on a border is seen whole. */
const windowWords = 200;
const windowOverlap = 30;

function windows(words: readonly string[]): string[] {
  if (words.length <= windowWords) return [words.join(' ')];
  const parts: string[] = [];
  for (let start = 0; start < words.length; start += windowWords - windowOverlap) parts.push(words.slice(start, start + windowWords).join(' '));
  return parts;
}

/** One message as one lexicon reads it: its spellings written out, the literals that occur, its figurative phrases blanked. */
interface LexiconReading {
  parts: string[];
  literalParts: string[];
  found: Set<number>;
}

/** One message as every lexicon reads it; each lexicon's reading is made when first needed. */
class Reading {
  private readonly words: string[];
  private readonly cache = new Map<CompiledLexicon, LexiconReading>();
  constructor(text: string) {
    const folded = foldText(text);
    this.words = folded === '' ? [] : folded.split(' ');
  }
  get empty(): boolean {
    return this.words.length === 0;
  }
  readingFor(lexicon: CompiledLexicon): LexiconReading {
    const cached = this.cache.get(lexicon);
    if (cached) return cached;
    const spellings = lexicon.spellings;
    const words = spellings ? this.words.flatMap((word) => spellings[word]?.split(' ') ?? [word]) : this.words;
    const literalParts = windows(words);
    // Literals are looked for in the whole text before blanking: blanking only takes words away.
    const found = lexicon.find(words.join(' '));
    const reading = { literalParts, found, parts: literalParts.map((part) => lexicon.figurative.apply(part, found)) };
    this.cache.set(lexicon, reading);
    return reading;
  }
  /** True when a lexicon blanked a figurative, negated or past phrase in this message. */
  hasFigurative(): boolean {
    return compiled.some((lexicon) => this.readingFor(lexicon).parts.some((part) => part.includes('~')));
  }
  /** True when any lexicon's `pick` group matches this reading (figurative phrases blanked, unless asked otherwise). */
  some(pick: (lexicon: CompiledLexicon) => PatternGroup, blankFigurative = true): boolean {
    return compiled.some((lexicon) => {
      const group = pick(lexicon);
      if (group.empty) return false;
      const reading = this.readingFor(lexicon);
      return (blankFigurative ? reading.parts : reading.literalParts).some((part) => group.test(part, reading.found));
    });
  }
}

function firstId(reading: Reading, order: readonly CrisisId[], tier: 'crisis' | 'concern'): CrisisId | null {
  for (const id of order) if (reading.some((lexicon) => lexicon[tier][id])) return id;
  return null;
}

/** Signs from at least two families of one lexicon, for one crisis. */
const familiesNeeded = 2;

function signalledId(reading: Reading, order: readonly CrisisId[]): CrisisId | null {
  for (const id of order) {
    const found = compiled.some((lexicon) => {
      const families = lexicon.signals[id];
      if (families.length < familiesNeeded) return false;
      const { parts, found: literals } = reading.readingFor(lexicon);
      let count = 0;
      for (const family of families) if (parts.some((part) => family.test(part, literals)) && ++count >= familiesNeeded) return true;
      return false;
    });
    if (found) return id;
  }
  return null;
}

/** What the learned model sees when no pattern did: it can only ever ask the safety question. */
function learnedId(text: string): CrisisId | null {
  return defaultLearnedConcern().concernIn(text)?.concern ?? null;
}

/**
 * The deterministic, offline safety check (docs/residents/intake.md "Safety signals"), run first on every
 * resident message, with the lexicons of every language the intake speaks. Errs towards safety:
 * only phrases a lexicon names as figurative, negated or past are taken out.
 */
export function detectSafety(text: string, options: { learned?: boolean } = {}): SafetySignal {
  const reading = new Reading(text);
  if (reading.empty) return noSafetySignal;
  const crisis = firstId(reading, crisisOrder, 'crisis');
  const patterned = crisis ? null : (firstId(reading, concernOrder, 'concern') ?? signalledId(reading, concernOrder));
  // The learned model asks only where no pattern spoke, and never about a message a lexicon read as figurative, negated or past.
  const concern = crisis || patterned ? patterned : options.learned === false || reading.hasFigurative() ? null : learnedId(text);
  if (!crisis && !concern) return noSafetySignal;
  const bystander = reading.some((lexicon) => lexicon.bystander);
  // Told only as the past: asked about rather than answered as a crisis; told as over and done: no signal.
  const pastOnly = reading.some((lexicon) => lexicon.past, false) && !reading.some((lexicon) => lexicon.present, false);
  if (pastOnly && reading.some((lexicon) => lexicon.resolved, false)) return noSafetySignal;
  if (crisis && (pastOnly || reading.some((lexicon) => lexicon.jokes, false))) return { tier: 'concern', crisis: null, concern: crisis, bystander };
  return crisis ? { tier: 'crisis', crisis, concern: null, bystander } : { tier: 'concern', crisis: null, concern, bystander };
}

/** In a crisis conversation: does this message name a plan, means, a time or being alone? */
export function mentionsRisk(text: string): boolean {
  return new Reading(text).some((lexicon) => lexicon.risk);
}

/** In a crisis conversation: does the resident say they will not or cannot call? */
export function refusesToCall(text: string): boolean {
  return new Reading(text).some((lexicon) => lexicon.refusal, false);
}
