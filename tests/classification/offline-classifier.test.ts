import { describe, expect, it } from 'vitest';
import { createOfflineClassifier } from '../../core/classification/offline-classifier.js';
import { createTermIndex } from '../../core/classification/term-index.js';
import { scoreTopics } from '../../core/classification/topic-scorer.js';
import { tokenize } from '../../core/classification/normalize-text.js';
import { createStemmer } from '../../core/classification/stemmer.js';

const classifier = createOfflineClassifier();
const topicIds = (text: string) => classifier.classify(text).topics.map((topic) => topic.id);

describe('createOfflineClassifier', () => {
  it.each([
    ['ik heb een huurachterstand', 'money'],
    ['mijn energierekening is veel te hoog', 'money'],
    ['waar vind ik schuldhulp', 'money'],
    ['de deurwaader staat voor de deur', 'money'],
    ['ik heb schuldn', 'money'],
    ['mijn dochter gaat naar de kinderopvang en ik wil meer weten over opvoedingsondersteuning', 'parenting-youth'],
    ['mijn buurvrouw maakt elke avond herie', 'neighbours'],
  ])('understands compounds and typos: %s', (text, topic) => {
    expect(topicIds(text)).toContain(topic);
  });

  it('names several topics in one message, best first', () => {
    // A second topic is named when its evidence is near the first's (topic-ranking.ts), not for every word.
    const result = classifier.classify('Ik heb duizenden euro schulden en een deurwaarder, en mijn man is verslaafd aan alcohol');
    expect(result.topics.map((topic) => topic.id)).toEqual(expect.arrayContaining(['money', 'addiction']));
    expect(result.topics[0].confidence).toBeGreaterThanOrEqual(result.topics[1].confidence);
  });

  it.each(['hoi', 'Ik heb een vraag', 'het gaat niet goed', 'kan ik iemand spreken?', 'weet ik niet', 'ik weet het niet', 'geen idee', 'dunno', 'bilmiyorum', 'مش عارف'])('abstains on %s', (text) => {
    const result = classifier.classify(text);
    expect(result).toMatchObject({ unclear: true, topics: [], domain: null });
  });

  it('gives the domain of the best topic', () => {
    expect(classifier.classify('ik voel me heel eenzaam').domain).toBe('network');
  });

  it('sets urgency for this-week trouble and for crisis', () => {
    expect(classifier.classify('de deurwaarder komt morgen').urgency).toBe('urgent');
    expect(classifier.classify('we worden volgende week uit huis gezet').urgency).toBe('urgent');
    expect(classifier.classify('ons gas wordt afgesloten').urgency).toBe('urgent');
    expect(classifier.classify('ik wil niet meer leven').urgency).toBe('crisis');
    expect(classifier.classify('ik heb vragen over mijn pensioen').urgency).toBe('normal');
  });

  it('keeps a huge message fast and still sees a crisis at its end', () => {
    const huge = `${'x'.repeat(1_000_000)} mijn vriend slaat me`;
    const started = performance.now();
    expect(classifier.classify(huge).crisis).toBe('violence');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('learns from an organisation corpus passed at construction', () => {
    const untrained = createOfflineClassifier({ corpusFiles: [] });
    expect(untrained.classify('ik heb schulden').topics[0].id).toBe('money');
  });
});

describe('phrases with words in between', () => {
  const index = createTermIndex('nl', [{ topic: 'caregiving', language: 'nl', text: 'zorg voor haar', weight: 2 }], [], new Set(), createStemmer());
  const score = (text: string) => scoreTopics(tokenize(text), index).get('caregiving') ?? 0;

  it('match with up to two words between their parts, once per message', () => {
    expect(score('ik zorg voor haar')).toBe(2);
    expect(score('ik zorg elke dag voor haar')).toBe(2);
    expect(score('ik zorg voor haar, ja ik zorg echt voor haar')).toBe(2);
  });

  it('do not match parts further apart or out of order', () => {
    expect(score('ik zorg er zelf altijd voor dat haar fiets binnen staat')).toBe(0);
    expect(score('voor haar zorg ik')).toBe(0);
  });

  it('work through the whole classifier', () => {
    expect(topicIds('ik zorg elke dag voor haar')).toContain('caregiving');
  });
});

describe('illness words in a message about caring for someone', () => {
  it('describe the person cared for, so caregiving is named alone', () => {
    expect(topicIds('ik zorg voor mijn zieke moeder')).toEqual(['caregiving']);
  });

  it('still count when the writer is clearly ill too', () => {
    expect(topicIds('ik zorg elke dag voor mijn moeder met dementie, en zelf heb ik hernia en chronische pijn in mijn rug')).toEqual(expect.arrayContaining(['caregiving', 'physical-health']));
  });
});

describe('older people in other words and languages', () => {
  const classifier = createOfflineClassifier();
  it.each([
    'Mijn moeder (91) woont bij mijn broer en ik zag blauwe plekken op haar armen, hij beheert haar geld',
    'My neighbour is 87 years old and her grandson takes her pension and locks her door',
    'Babcia ma 84 lata i syn zabiera jej emeryturę, krzyczy na nią',
  ])('elder abuse goes to ageing: %s', (text) => {
    expect(classifier.classify(text).topics[0]?.id).toBe('ageing');
  });
  it('an amount is not an age: "een boete van 90 euro"', () => {
    expect(classifier.classify('Ik heb een boete van 90 euro van het CJIB gekregen, kan ik dat in termijnen betalen?').topics.map((topic) => topic.id)).not.toContain('ageing');
  });
});
