import type { TopicId } from '../taxonomy/index.js';

const ageVerbs: ReadonlySet<string> = new Set(['ben', 'is', 'wordt', 'word', 'am', 'turned', 'aged', 'van', 'of', 'age']);
/** Words after an age: "90 jaar", "79 lat", "78 yaşında", "72 роки", "80 years old", "90 سنة". */
const ageWords: ReadonlySet<string> = new Set([
  'jaar', 'jaren', 'jr', 'years', 'year', 'yrs', 'yo', 'lat', 'lata', 'yasinda', 'yasindaki', 'yasindayim', 'yasindadir', 'yas', 'rokiv', 'roky', 'років', 'роки', 'рік', 'лет', 'года',
  'سنة', 'سنه', 'عام', 'عاما', 'ans', 'anos', 'jahre', 'jahren', 'ani', 'vjec', 'jir', 'sano', 'sal', 'سال', 'salî', 'sali', 'ev', 'ετών',
]);
/** People whose age is often written right after them: "moeder (91)", "buurvrouw van 90". */
const people: ReadonlySet<string> = new Set([
  'moeder', 'vader', 'oma', 'opa', 'buurvrouw', 'buurman', 'mevrouw', 'meneer', 'tante', 'oom', 'schoonmoeder', 'schoonvader', 'mama', 'papa', 'ma', 'pa', 'vrouw', 'man',
  'mother', 'father', 'mum', 'mom', 'dad', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'neighbour', 'neighbor', 'aunt', 'uncle', 'wife', 'husband',
  'matka', 'mama', 'ojciec', 'tata', 'babcia', 'dziadek', 'sasiadka', 'sasiad', 'annem', 'babam', 'anneannem', 'babaannem', 'dedem', 'komsum', 'komsu',
  'мама', 'мати', 'тато', 'батько', 'бабуся', 'дідусь', 'бабушка', 'дедушка', 'сусідка', 'сусід', 'соседка', 'сосед', 'أمي', 'أبي', 'جدتي', 'جدي', 'جارتي', 'جاري',
]);
const oldAge = 65;
const ageWeight = 1.5;

/** The age of an older person named in the message ("ik ben 82", "mijn moeder (91)", "80 years old", "79 lat"), or null. */
function olderAgeIn(words: readonly string[]): number | null {
  for (let position = 0; position < words.length; position++) {
    const age = Number(words[position]);
    if (!Number.isInteger(age) || age < oldAge || age > 115) continue;
    const before = words[position - 1] ?? '';
    const after = words[position + 1] ?? '';
    if (ageWords.has(after) || people.has(before) || (ageVerbs.has(before) && !/^(?:euro|eur|cm|kg|m2|minuten|procent|uur|km)$/.test(after))) return age;
  }
  return null;
}

/** An age past retirement is evidence for ageing; tells whether the message names an older person. */
export function addAgeEvidence(words: readonly string[], scores: Map<TopicId, number>): boolean {
  if (olderAgeIn(words) === null) return false;
  scores.set('ageing', (scores.get('ageing') ?? 0) + ageWeight);
  return true;
}
