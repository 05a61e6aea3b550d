import type { TopicId } from '../taxonomy/index.js';

/**
 * Who a resident writes about says something about the topic, but only a little on its own:
 * "mijn zoon" leans towards parenting, "mijn man" towards relationships, and "mijn vader en ik"
 * (two people and a bond between them) is about the relationship itself. Other words decide
 * when they are there ("mijn zoon drinkt" is addiction first); this evidence tips the balance
 * when they are not, or when they are weak.
 */
const possessives: ReadonlySet<string> = new Set(['mijn', 'onze', 'ons', 'my', 'our']);
const children: ReadonlySet<string> = new Set([
  'zoon', 'zoontje', 'dochter', 'dochtertje', 'kind', 'kindje', 'kinderen', 'kids', 'jongste', 'oudste', 'puber', 'tiener',
  'stiefzoon', 'stiefdochter', 'pleegkind', 'pleegzoon', 'pleegdochter', 'baby', 'peuter', 'kleuter',
  'son', 'daughter', 'child', 'children', 'kid', 'teenager', 'toddler', 'stepson', 'stepdaughter',
]);
const partners: ReadonlySet<string> = new Set([
  'man', 'vrouw', 'vriend', 'vriendin', 'partner', 'ex', 'echtgenoot', 'echtgenote', 'verloofde',
  'husband', 'wife', 'boyfriend', 'girlfriend', 'fiance', 'spouse',
]);
const relatives: ReadonlySet<string> = new Set([
  ...partners, ...children, 'vader', 'moeder', 'pa', 'ma', 'ouders', 'broer', 'zus', 'zusje', 'broertje', 'schoonmoeder', 'schoonvader',
  'familie', 'father', 'mother', 'dad', 'mum', 'mom', 'parents', 'brother', 'sister', 'family',
]);
/** Adults who are grown children living on their own: "mijn zoon van 30" is not about upbringing. */
const adultAge = 21;

const childWeight = 0.75;
const partnerWeight = 0.5;
const bondWeight = 1.5;

export function addFamilyEvidence(words: readonly string[], scores: Map<TopicId, number>): void {
  let child = false;
  let partner = false;
  let bond = false;
  for (let position = 1; position < words.length; position++) {
    const word = words[position];
    if (!possessives.has(words[position - 1])) continue;
    if (children.has(word)) {
      const age = words[position + 1] === 'van' || words[position + 1] === 'is' ? Number(words[position + 2]) : Number.NaN;
      if (!(age >= adultAge)) child = true;
    }
    if (partners.has(word)) partner = true;
    // "mijn vader en ik", "my ex and I": the two of them.
    if (relatives.has(word) && (words[position + 1] === 'en' || words[position + 1] === 'and') && (words[position + 2] === 'ik' || words[position + 2] === 'i')) bond = true;
  }
  // "tussen mij en mijn vriend", "between me and my wife".
  for (let position = 0; position + 3 < words.length; position++) {
    if ((words[position] === 'tussen' || words[position] === 'between') && (words[position + 1] === 'mij' || words[position + 1] === 'me' || words[position + 1] === 'ons')
      && (words[position + 2] === 'en' || words[position + 2] === 'and') && relatives.has(words[position + 4] ?? '')) bond = true;
  }
  if (child) scores.set('parenting-youth', (scores.get('parenting-youth') ?? 0) + childWeight);
  if (partner) scores.set('relationships', (scores.get('relationships') ?? 0) + partnerWeight);
  if (bond) scores.set('relationships', (scores.get('relationships') ?? 0) + bondWeight);
}
