import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../core/classification/compound-splitter.js';
import { createFuzzyMatcher, isOneEditApart } from '../../core/classification/fuzzy-matcher.js';
import { normalizeText, tokenize } from '../../core/classification/normalize-text.js';

describe('normalizeText and tokenize', () => {
  it('lowers case, drops accents and punctuation, writes out chat spelling', () => {
    expect(normalizeText('Kheb  ÉCHT geen geld!!!')).toBe('ik heb echt geen geld');
    expect(tokenize("m'n incasso's")).toEqual(['mijn', 'incassos']);
    expect(normalizeText('heeeeelp')).toBe('heelp');
  });
});

describe('splitCompound', () => {
  const known = new Set(['huur', 'achterstand', 'verslaving', 'zorg', 'energie', 'rekening']);
  const isKnown = (word: string) => known.has(word);
  it('splits on known parts, with a linking s', () => {
    expect(splitCompound('huurachterstand', isKnown)).toEqual({ modifier: 'huur', head: 'achterstand' });
    expect(splitCompound('verslavingszorg', isKnown)).toEqual({ modifier: 'verslaving', head: 'zorg' });
    expect(splitCompound('bloemkool', isKnown)).toBeNull();
  });
});

describe('createFuzzyMatcher', () => {
  const matcher = createFuzzyMatcher(['deurwaarder', 'schulden', 'aanmaning']);
  it('corrects one missing, extra or wrong letter', () => {
    expect(matcher.match('deurwaader')).toBe('deurwaarder');
    expect(matcher.match('schuldn')).toBe('schulden');
    expect(matcher.match('aanmanning')).toBe('aanmaning');
    expect(matcher.match('aanmaming')).toBe('aanmaning');
    expect(matcher.match('boterham')).toBeUndefined();
  });

  it('does not correct a word two letters away that shares a deletion ("start" is not "staar")', () => {
    const eyes = createFuzzyMatcher(['staar', 'herrie']);
    expect(eyes.match('start')).toBeUndefined();
    expect(eyes.match('staat')).toBe('staar');
    expect(eyes.match('herie')).toBe('herrie');
    expect(isOneEditApart('start', 'staar')).toBe(false);
    expect(isOneEditApart('huis', 'huur')).toBe(false);
    expect(isOneEditApart('huis', 'huist')).toBe(true);
  });
});
