import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../core/classification/crisis-check.js';

describe('detectCrisis', () => {
  it.each([
    ['Ik zie het niet meer zitten', 'suicide'],
    ['soms wil ik er gewoon niet meer zijn', 'suicide'],
    ['iedereen zou beter af zijn zonder mij', 'suicide'],
    ['ik heb al weken pillen verzameld', 'suicide'],
    ['Mijn dochter zegt dat ze dood wil', 'suicide'],
    ['mijn broer praat steeds over zelfmoord', 'suicide'],
    ['ik wil een eind aan mijn leven maken', 'suicide'],
    ['I just want to end it all', 'suicide'],
    ['mijn man slaat me als hij gedronken heeft', 'violence'],
    ['mijn vader sloot ons op in de kelder', 'violence'],
    ['Mijn ex dreigt me iets aan te doen', 'violence'],
    ['ik word thuis geslagen', 'violence'],
    ['my boyfriend hits me', 'violence'],
    ['mijn opa ligt op de grond en reageert niet', 'emergency'],
    ['er is brand in de flat', 'emergency'],
    ['de buurman loopt met een mes op straat', 'emergency'],
    ['ik wil gewoon dat het allemaal stopt', 'suicide'],
    ['er is geen uitweg voor mij', 'suicide'],
    ['ik kan niet meer en ik wil niet meer', 'suicide'],
    ['ik heb de slaappillen klaargelegd', 'suicide'],
    ['ik hoop dat ik nooit meer wakker word', 'suicide'],
    ['I keep thinking about not waking up', 'suicide'],
    ['I see no way out', 'suicide'],
    ['ik denk er steeds aan om mezelf iets aan te doen', 'suicide'],
    ['mijn ouders hebben het makkelijker als ik er niet meer ben', 'suicide'],
    ['zonder mij zijn ze beter af', 'suicide'],
    ['I do not see the point of living anymore', 'suicide'],
    ['hij zegt dat hij me iets aandoet', 'violence'],
    ['ik mag van hem de deur niet uit', 'violence'],
    ['my husband says he will hurt me if I leave', 'violence'],
  ])('flags indirect phrasing: %s', (text, expected) => {
    expect(detectCrisis(text)).toBe(expected);
  });

  it.each([
    'ik lach me dood',
    'mijn telefoon is dood',
    'ik zie het niet zitten om naar die afspraak te gaan',
    'de kinderen slaan elkaar tijdens het spelen',
    'die opmerking slaat nergens op',
    'ik schrik me dood van die rekening',
    'ik ga dood van de honger',
    'I was fired last week',
    'de verhuurder dreigt met uitzetting',
    'de gemeente reageert niet op mijn mails',
    'ik denk niet aan zelfmoord, ik heb alleen schulden',
    'I am dying to meet new people',
    'ik zie geen uitweg uit de schulden',
    'ik wil dat die herrie stopt',
    'de medicijnen liggen klaar voor mijn vader',
    'ik wil niet meer naar school',
    'ik wil mezelf iets aanleren',
    'het is makkelijker als ik er niet ben om 9 uur, kan het later',
  ])('stays quiet on figurative or negated speech: %s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    ['ik heb de pillen van mijn moeder bewaard', 'suicide'],
    ['ik heb slaappillen achtergehouden voor later', 'suicide'],
    ["I've been saving up my pills", 'suicide'],
    ['my grandma collapsed and is not responding', 'emergency'],
    ['my dad fell and is unresponsive', 'emergency'],
    ['my stepfather beats my mother', 'violence'],
    ['mijn man slaat me als hij dronken is', 'violence'],
  ])('sees pills kept back, someone collapsed, a parent hitting a parent: %s', (text, id) => {
    expect(detectCrisis(text)).toBe(id);
  });

  it.each(['hij slaat de deur dicht', 'mijn vader slaat nooit iemand', 'ik heb mijn pillen opgehaald bij de apotheek'])('stays quiet on a door slammed or a negation: %s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it('errs towards safety: a second, unnegated signal still counts', () => {
    expect(detectCrisis('ik denk niet aan zelfmoord, maar ik wil er niet meer zijn')).toBe('suicide');
  });

  it('scans the whole of a very long message', () => {
    const long = `${'ik heb een vraag over de huur. '.repeat(40_000)}ik wil niet meer leven`;
    expect(detectCrisis(long)).toBe('suicide');
  });
});
