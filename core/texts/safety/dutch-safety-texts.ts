import type { SafetyTexts } from '../safety-texts.js';

const weekdays = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** B1 Dutch, "je". */
export const dutchSafetyTexts: SafetyTexts = {
  crisis: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        'Wat fijn dat je dit vertelt. Je hoeft dit niet alleen te dragen. ' +
        `Praat nu met iemand van 113 Zelfmoordpreventie: bel ${numbers.suicidePrevention} of gratis ${numbers.suicidePreventionFree}, ` +
        `of chat via ${numbers.suicidePreventionChat}. Dag en nacht. Ben je nu in direct gevaar? Bel ${numbers.emergency}.`
      );
    }
    if (crisis === 'violence') {
      return (
        'Wat erg dat dit gebeurt. Het is niet jouw schuld. ' +
        `Bel Veilig Thuis: ${numbers.domesticViolence}. Gratis, dag en nacht, en je mag anoniem blijven. ` +
        `Ben je nu in gevaar? Bel ${numbers.emergency}. Ben je een kind of jongere? Bel De Kindertelefoon: ${numbers.childHelpline}.`
      );
    }
    return `Bel nu ${numbers.emergency}. Dat is het alarmnummer voor ambulance, brandweer en politie. Blijf aan de lijn en doe wat ze zeggen.`;
  },
  bystander: (crisis, numbers) => {
    if (crisis === 'emergency') {
      return `Bel nu ${numbers.emergency} voor die persoon. Zeg waar het is en wat je ziet. Blijf aan de lijn.`;
    }
    if (crisis === 'suicide') {
      return (
        'Goed dat je je zorgen maakt om iemand anders. Bij 113 Zelfmoordpreventie kun je ook zelf advies vragen: ' +
        `bel ${numbers.suicidePrevention} of gratis ${numbers.suicidePreventionFree}, of chat via ${numbers.suicidePreventionChat}. ` +
        `Is die persoon nu in direct gevaar? Bel ${numbers.emergency}.`
      );
    }
    return (
      'Goed dat je je zorgen meldt. Bel Veilig Thuis voor advies: ' +
      `${numbers.domesticViolence}, gratis en dag en nacht. Je mag anoniem blijven, ook als buur of familie. ` +
      `Is er nu gevaar? Bel ${numbers.emergency}.`
    );
  },
  urgent: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        `Dit is ernstig. Bel nu ${numbers.emergency}, of bel ${numbers.suicidePrevention} en blijf aan de lijn. ` +
        'Leg wat je wilt gebruiken weg of geef het aan iemand. Ga naar een plek waar andere mensen zijn.'
      );
    }
    if (crisis === 'violence') {
      return `Dit is ernstig. Bel nu ${numbers.emergency}. Kun je veilig weg? Ga naar buren of een plek met mensen en bel van daar.`;
    }
    return `Bel nu ${numbers.emergency}. Wacht niet. Zeg waar je bent en blijf aan de lijn.`;
  },
  refusesToCall: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        `Bellen hoeft niet. Je kunt ook chatten met 113, dag en nacht, via ${numbers.suicidePreventionChat}. ` +
        'Of stuur iemand die je vertrouwt nu een bericht: "Kun je bij me komen?"'
      );
    }
    if (crisis === 'violence') {
      return (
        `Bellen hoeft niet. Je kunt chatten met Veilig Thuis via ${numbers.domesticViolenceChat}. ` +
        `Ben je jonger dan 18? Chat met De Kindertelefoon via ${numbers.childHelplineChat}. Wis daarna je geschiedenis als dat veiliger is.`
      );
    }
    return `Kun je zelf niet bellen? Vraag iemand in de buurt om ${numbers.emergency} te bellen. Of stuur een sms naar ${numbers.emergency} als je je daarvoor hebt aangemeld.`;
  },
  stayWithYou: [
    'Je bericht staat bij je vraag voor de sociaal werker. Ik ben een digitale assistent, geen mens. Wil je nu met iemand praten? Bel of chat met de nummers hierboven.',
    'Dank je dat je blijft schrijven. De nummers hierboven zijn er nu, dag en nacht. Een sociaal werker leest alles wat je hier schrijft.',
    'Je staat er niet alleen voor. Is er iemand bij je in de buurt die je nu kunt vragen om bij je te komen?',
  ],
  concernQuestion: (concern, numbers) => {
    if (concern === 'suicide') {
      return (
        'Ik wil je iets direct vragen, omdat je het zwaar lijkt te hebben. Denk je erover om een eind aan je leven te maken? ' +
        `Je kunt altijd praten met 113: bel ${numbers.suicidePreventionFree} (gratis) of chat via ${numbers.suicidePreventionChat}.`
      );
    }
    if (concern === 'violence') {
      return (
        'Ik wil je iets direct vragen. Ben je nu in gevaar, of doet iemand jou of een ander pijn? ' +
        `Veilig Thuis is er dag en nacht: ${numbers.domesticViolence}. Bij direct gevaar: ${numbers.emergency}.`
      );
    }
    return `Ik wil je iets direct vragen. Is er nu iemand in gevaar, of is er nu medische hulp nodig? Bel dan ${numbers.emergency}.`;
  },
  concernYes: 'Ja',
  concernNo: 'Nee',
  concernDeclined: 'Dank je voor je antwoord. Verandert dat, dan kun je het hier altijd zeggen. We gaan verder.',
  handOffOpen: 'Ik ben een digitale assistent, geen mens. Ik zet je bericht nu door naar een sociaal werker, met voorrang. Die reageert zo snel mogelijk. Je kunt hier blijven schrijven.',
  handOffClosed: (opening, numbers) =>
    `Ik ben een digitale assistent, geen mens. Het team is nu gesloten. Een sociaal werker leest je bericht ${dutchSafetyTexts.moment(opening.dayOffset, opening.weekday, opening.time)}, met voorrang. ` +
    `Tot die tijd kijkt hier niemand mee. Je kunt nu wel meteen iemand spreken: 113 Zelfmoordpreventie (${numbers.suicidePrevention}), ` +
    `Veilig Thuis (${numbers.domesticViolence}) en het alarmnummer ${numbers.emergency}.`,
  workerAlerted: 'Ik heb je sociaal werker hierover direct gewaarschuwd.',
  moment: (dayOffset, weekday, time) =>
    dayOffset === 0 ? `vandaag vanaf ${time}` : dayOffset === 1 ? `morgen vanaf ${time}` : `op ${weekdays[weekday]} vanaf ${time}`,
};
