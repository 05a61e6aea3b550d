import { describe, expect, it } from 'vitest';
import { outcomeFromWords } from '../../core/outcomes/outcome-from-words.js';

const partners = [
  { id: 'schuldhulp', name: 'Schuldhulpverlening gemeente Lindenhoven', description: 'schulden', contact: '14 0000' },
  { id: 'veilig-thuis', name: 'Veilig Thuis', description: 'geweld', contact: '0800-2000' },
];

describe('an outcome read from the first words of a close', () => {
  it('takes the keyword as the outcome and the rest as the note', () => {
    expect(outcomeFromWords('beantwoord: brief samen ingevuld', partners)).toEqual({ outcome: 'answered', partnerId: null, improvedDomains: [], note: 'brief samen ingevuld' });
    expect(outcomeFromWords('Geen contact', partners)).toMatchObject({ outcome: 'no-contact', note: null });
    expect(outcomeFromWords('collectief aanbod: koffieochtend', partners)).toMatchObject({ outcome: 'collective-offer', note: 'koffieochtend' });
    expect(outcomeFromWords('afgewezen', partners)).toMatchObject({ outcome: 'declined' });
  });

  it('needs a known partner right after "doorverwezen", by id or name, else the words stay words', () => {
    expect(outcomeFromWords('doorverwezen naar Veilig Thuis, gesprek gepland', partners)).toMatchObject({ outcome: 'referred', partnerId: 'veilig-thuis', note: 'gesprek gepland' });
    expect(outcomeFromWords('Doorverwezen schuldhulp', partners)).toMatchObject({ outcome: 'referred', partnerId: 'schuldhulp', note: null });
    expect(outcomeFromWords('Doorverwezen naar buurtbemiddeling', partners)).toBeNull();
  });

  it('leaves words without a leading keyword alone', () => {
    expect(outcomeFromWords('Samen de brief beantwoord', partners)).toBeNull();
    expect(outcomeFromWords('opgelost', partners)).toBeNull();
  });
});
