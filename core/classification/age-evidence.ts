import type { TopicId } from '../taxonomy/index.js';

const ageVerbs: ReadonlySet<string> = new Set(['ben', 'is', 'wordt', 'word', 'am', 'turned', 'aged']);
const oldAge = 65;
const ageWeight = 1.5;

/** "Ik ben 82" or "mijn moeder is 85": an age past retirement is evidence for ageing. */
export function addAgeEvidence(words: readonly string[], scores: Map<TopicId, number>): void {
  for (let position = 1; position < words.length; position++) {
    const age = Number(words[position]);
    if (Number.isInteger(age) && age >= oldAge && age <= 115 && ageVerbs.has(words[position - 1])) {
      scores.set('ageing', (scores.get('ageing') ?? 0) + ageWeight);
      return;
    }
  }
}
