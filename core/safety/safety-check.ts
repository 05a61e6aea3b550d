import type { CrisisId } from '../taxonomy/index.js';
import { foldPattern, foldText } from './fold-letters.js';
import type { SafetyLexicon } from './safety-lexicon.js';
import { noSafetySignal, type SafetySignal } from './safety-signal.js';
import { safetyLexicons } from './lexicons/safety-lexicons.js';

/** Emergency first: a weapon or fire needs 112 even when the message is also about violence. */
const crisisOrder: readonly CrisisId[] = ['emergency', 'suicide', 'violence'];
/** A concern about life comes before one about violence: the question about suicide is the one never to skip. */
const concernOrder: readonly CrisisId[] = ['suicide', 'violence', 'emergency'];

const never = /(?!)/u;

/** Whole words only: the text is folded, so a space or an edge bounds a word. */
function compile(patterns: readonly string[], flags = 'u'): RegExp {
  if (patterns.length === 0) return never;
  const unfilled = patterns.find((pattern) => pattern.includes('${'));
  if (unfilled) throw new Error(`safety pattern written with quotes instead of backticks: ${unfilled}`);
  // Folded text has only letters, digits and single spaces: a word starts after a space or at the
  // start. Testing for that first lets the engine drop every other position at once (a lookbehind
  // for "not a letter" made the check ten times slower).
  return new RegExp(`(?:^| )(?:${patterns.map(foldPattern).join('|')})(?= |$)`, flags);
}

interface CompiledLexicon {
  spellings: Readonly<Record<string, string>> | null;
  figurative: RegExp;
  crisis: Record<CrisisId, RegExp>;
  concern: Record<CrisisId, RegExp>;
  signals: Record<CrisisId, RegExp[]>;
  bystander: RegExp;
  past: RegExp;
  present: RegExp;
  resolved: RegExp;
  risk: RegExp;
  refusal: RegExp;
}

function compileLexicon(lexicon: SafetyLexicon): CompiledLexicon {
  const byId = (patterns: Record<CrisisId, string[]>) =>
    ({ suicide: compile(patterns.suicide), violence: compile(patterns.violence), emergency: compile(patterns.emergency) });
  return {
    spellings: lexicon.spellings ?? null,
    figurative: compile(lexicon.figurative, 'gu'),
    crisis: byId(lexicon.crisis),
    concern: byId(lexicon.concern),
    signals: {
      suicide: (lexicon.signals?.suicide ?? []).map((family) => compile(family)),
      violence: (lexicon.signals?.violence ?? []).map((family) => compile(family)),
      emergency: (lexicon.signals?.emergency ?? []).map((family) => compile(family)),
    },
    bystander: compile(lexicon.bystander),
    past: compile(lexicon.past?.past ?? []),
    present: compile(lexicon.past?.present ?? []),
    resolved: compile(lexicon.past?.resolved ?? []),
    risk: compile(lexicon.risk),
    refusal: compile(lexicon.refusal),
  };
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

/** One message as each lexicon reads it: its spellings written out, its figurative phrases blanked. */
class Reading {
  private readonly words: string[];
  private readonly cache = new Map<CompiledLexicon, string[]>();
  constructor(text: string) {
    const folded = foldText(text);
    this.words = folded === '' ? [] : folded.split(' ');
  }
  get empty(): boolean {
    return this.words.length === 0;
  }
  partsFor(lexicon: CompiledLexicon, blankFigurative = true): string[] {
    if (!blankFigurative) return windows(this.spelled(lexicon));
    const cached = this.cache.get(lexicon);
    if (cached) return cached;
    const parts = windows(this.spelled(lexicon)).map((part) => part.replace(lexicon.figurative, ' ~ '));
    this.cache.set(lexicon, parts);
    return parts;
  }
  private spelled(lexicon: CompiledLexicon): string[] {
    const spellings = lexicon.spellings;
    if (!spellings) return this.words;
    return this.words.flatMap((word) => spellings[word]?.split(' ') ?? [word]);
  }
  /** True when any lexicon's `pick` pattern matches this reading. */
  some(pick: (lexicon: CompiledLexicon) => RegExp, blankFigurative = true): boolean {
    return compiled.some((lexicon) => {
      const pattern = pick(lexicon);
      return pattern !== never && this.partsFor(lexicon, blankFigurative).some((part) => pattern.test(part));
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
      const parts = reading.partsFor(lexicon);
      let count = 0;
      for (const family of families) if (parts.some((part) => family.test(part)) && ++count >= familiesNeeded) return true;
      return false;
    });
    if (found) return id;
  }
  return null;
}

/**
 * The deterministic, offline safety check (INTAKE.md "Safety signals"), run first on every
 * resident message, with the lexicons of every language the intake speaks. Errs towards safety:
 * only phrases a lexicon names as figurative, negated or past are taken out.
 */
export function detectSafety(text: string): SafetySignal {
  const reading = new Reading(text);
  if (reading.empty) return noSafetySignal;
  const crisis = firstId(reading, crisisOrder, 'crisis');
  const concern = crisis ? null : (firstId(reading, concernOrder, 'concern') ?? signalledId(reading, concernOrder));
  if (!crisis && !concern) return noSafetySignal;
  const bystander = reading.some((lexicon) => lexicon.bystander);
  // Told only as the past: asked about rather than answered as a crisis; told as over and done: no signal.
  const pastOnly = reading.some((lexicon) => lexicon.past, false) && !reading.some((lexicon) => lexicon.present, false);
  if (pastOnly && reading.some((lexicon) => lexicon.resolved, false)) return noSafetySignal;
  if (crisis && pastOnly) return { tier: 'concern', crisis: null, concern: crisis, bystander };
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
