/**
 * Chat spellings residents really use, mapped to the standard word before stemming,
 * so that vocabulary and crisis rules need to know only one form.
 */
export const informalSpellings: Readonly<Record<string, string>> = {
  // Dutch
  k: 'ik', kheb: 'ik heb', kben: 'ik ben', kga: 'ik ga', kwil: 'ik wil', kweet: 'ik weet', kzit: 'ik zit',
  mn: 'mijn', "m'n": 'mijn', zn: 'zijn', "z'n": 'zijn', "'t": 'het', t: 'het',
  n: 'een', "'n": 'een', ff: 'even', nie: 'niet', nt: 'niet', niks: 'niets', ni: 'niet', wrm: 'waarom',
  wnt: 'want', idd: 'inderdaad', egt: 'echt', ech: 'echt', hb: 'heb', hbt: 'hebt',
  ma: 'maar', mss: 'misschien', vd: 'van de',
  da: 'dat', wa: 'wat', gwn: 'gewoon', gewon: 'gewoon', tog: 'toch',
  // English
  ur: 'your', im: 'i am', "i'm": 'i am', ive: 'i have', "i've": 'i have', dont: 'do not',
  "don't": 'do not', cant: 'can not', "can't": 'can not', "won't": 'will not', wont: 'will not',
  "doesn't": 'does not', doesnt: 'does not', "didn't": 'did not', didnt: 'did not', "isn't": 'is not', isnt: 'is not',
  "aren't": 'are not', "wasn't": 'was not', "haven't": 'have not', havent: 'have not', "couldn't": 'could not', couldnt: 'could not',
  "wouldn't": 'would not', "shouldn't": 'should not',
  idk: 'i do not know', pls: 'please', plz: 'please', thx: 'thanks', wanna: 'want to', gonna: 'going to',
};
