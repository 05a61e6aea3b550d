import { describe, expect, it } from 'vitest';
import { detectSafety, mentionsRisk, refusesToCall } from '../../core/safety/safety-check.js';

describe('the safety check in Dutch and English', () => {
  it.each([
    ['soms wil ik er gewoon niet meer zijn', 'suicide'],
    ['iedereen zou beter af zijn zonder mij', 'suicide'],
    ['ik heb al weken pillen verzameld', 'suicide'],
    ['Mijn dochter zegt dat ze dood wil', 'suicide'],
    ['mijn broer praat steeds over zelfmoord', 'suicide'],
    ['ik wil een eind aan mijn leven maken', 'suicide'],
    ['kwil nie meer leven', 'suicide'],
    ['I just want to end it all', 'suicide'],
    ['i dont wanna be alive anymore', 'suicide'],
    ['mijn man slaat me als hij gedronken heeft', 'violence'],
    ['mijn vader sloot ons op in de kelder', 'violence'],
    ['Mijn ex dreigt me iets aan te doen', 'violence'],
    ['ik word thuis geslagen', 'violence'],
    ['my boyfriend hits me', 'violence'],
    ['mijn opa ligt op de grond en reageert niet', 'emergency'],
    ['er is brand in de flat', 'emergency'],
    ['de buurman loopt met een mes op straat', 'emergency'],
    ['ik kan niet meer en ik wil niet meer', 'suicide'],
    ['ik heb de slaappillen klaargelegd', 'suicide'],
    ['ik hoop dat ik nooit meer wakker word', 'suicide'],
    ['I keep thinking about not waking up', 'suicide'],
    ['ik denk er steeds aan om mezelf iets aan te doen', 'suicide'],
    ['mijn ouders hebben het makkelijker als ik er niet meer ben', 'suicide'],
    ['zonder mij zijn ze beter af', 'suicide'],
    ['I do not see the point of living anymore', 'suicide'],
    ['hij zegt dat hij me iets aandoet', 'violence'],
    ['ik mag van hem de deur niet uit', 'violence'],
    ['my husband says he will hurt me if I leave', 'violence'],
    ['ik heb de pillen van mijn moeder bewaard', 'suicide'],
    ['ik heb slaappillen achtergehouden voor later', 'suicide'],
    ["I've been saving up my pills", 'suicide'],
    ['my grandma collapsed and is not responding', 'emergency'],
    ['my dad fell and is unresponsive', 'emergency'],
    ['my stepfather beats my mother', 'violence'],
    ['hij heeft me gisteren weer tegen de muur geduwd', 'violence'],
    ['mn stiefvader komt snachts op mijn kamer en zegt dat het ons geheim is', 'violence'],
    ['mijn moeder praat raar en haar mondhoek hangt scheef', 'emergency'],
    ['ik denk niet aan zelfmoord, maar ik wil er niet meer zijn', 'suicide'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text)).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    ['Ik zie het niet meer zitten', 'suicide'],
    ['ik wil gewoon dat het allemaal stopt', 'suicide'],
    ['er is geen uitweg voor mij', 'suicide'],
    ['I see no way out', 'suicide'],
    ['het heeft allemaal geen nut meer', 'suicide'],
    ['ik durf vanavond niet naar huis', 'violence'],
    ['thuis gebeuren dingen waar ik niet over mag praten', 'violence'],
    ['mijn testament ligt bij de notaris en ik heb mijn kat aan de buurvrouw gegeven, jullie hoeven niet meer te bellen', 'suicide'],
    ['mijn man beheert al ons geld en kijkt elke avond mijn telefoon na, ik ben bang als hij boos wordt', 'violence'],
  ])('concern, not plain: %s', (text, id) => {
    expect(detectSafety(text)).toMatchObject({ tier: 'concern', concern: id });
  });

  it.each([
    'ik lach me dood', 'mijn telefoon is dood', 'ik zie het niet zitten om naar die afspraak te gaan', 'de kinderen slaan elkaar tijdens het spelen',
    'die opmerking slaat nergens op', 'ik schrik me dood van die rekening', 'ik ga dood van de honger', 'I was fired last week', 'de verhuurder dreigt met uitzetting',
    'de gemeente reageert niet op mijn mails', 'ik denk niet aan zelfmoord, ik heb alleen schulden', 'I am dying to meet new people', 'ik zie geen uitweg uit de schulden',
    'ik wil dat die herrie stopt', 'de medicijnen liggen klaar voor mijn vader', 'ik wil niet meer naar school', 'ik wil mezelf iets aanleren',
    'het is makkelijker als ik er niet ben om 9 uur, kan het later', 'hij slaat de deur dicht', 'mijn vader slaat nooit iemand', 'ik heb mijn pillen opgehaald bij de apotheek',
    'die bureaucratie vermoordt me', 'vroeger werd ik geslagen, nu zoek ik werk', 'wie helpt me met een spreekbeurt over zelfmoordpreventie',
    'I used to self-harm as a teenager, now I am doing well and want to volunteer', 'mijn zoon heeft een geheim met zijn vriendje, ze bouwen een hut',
  ])('none: %s', (text) => {
    expect(detectSafety(text).tier).toBe('none');
  });

  it('marks a message about someone else, and not one about oneself', () => {
    expect(detectSafety('ik maak me zorgen om mijn buurvrouw, ik hoor haar man haar slaan').bystander).toBe(true);
    expect(detectSafety('mijn man slaat me').bystander).toBe(false);
  });

  it('reads a plan, means, a time or being alone, and a refusal to call', () => {
    expect(mentionsRisk('ik heb de pillen al klaarliggen voor vannacht')).toBe(true);
    expect(mentionsRisk('dank je voor je antwoord')).toBe(false);
    expect(refusesToCall('ik ga echt niet bellen')).toBe(true);
    expect(refusesToCall("I won't call them")).toBe(true);
    expect(refusesToCall('oké, ik bel ze')).toBe(false);
  });

  it('scans the whole of a very long message', () => {
    const long = `${'ik heb een vraag over de huur. '.repeat(40_000)}ik wil niet meer leven`;
    expect(detectSafety(long)).toMatchObject({ tier: 'crisis', crisis: 'suicide' });
  });
});
