import type { SafetyTexts } from '../safety-texts.js';
import { dutchSafetyTexts } from './dutch-safety-texts.js';

/** B1 Dutch, "u", for a resident who writes "u". Same texts as `dutchSafetyTexts`; texts without "je" are taken from it. */
export const formalDutchSafetyTexts: SafetyTexts = {
  crisis: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        'Wat fijn dat u dit vertelt. U hoeft dit niet alleen te dragen. ' +
        `Praat nu met iemand van 113 Zelfmoordpreventie: bel ${numbers.suicidePrevention} of gratis ${numbers.suicidePreventionFree}, ` +
        `of chat via ${numbers.suicidePreventionChat}. Dag en nacht. Bent u nu in direct gevaar? Bel ${numbers.emergency}.`
      );
    }
    if (crisis === 'violence') {
      return (
        'Wat erg dat dit gebeurt. Het is niet uw schuld. ' +
        `Bel Veilig Thuis: ${numbers.domesticViolence}. Gratis, dag en nacht, en u mag anoniem blijven. ` +
        `Bent u nu in gevaar? Bel ${numbers.emergency}. Bent u een kind of jongere? Bel De Kindertelefoon: ${numbers.childHelpline}.`
      );
    }
    return dutchSafetyTexts.crisis(crisis, numbers);
  },
  bystander: (crisis, numbers) => {
    if (crisis === 'emergency') {
      return `Bel nu ${numbers.emergency} voor die persoon. Zeg waar het is en wat u ziet. Blijf aan de lijn.`;
    }
    if (crisis === 'suicide') {
      return (
        'Goed dat u zich zorgen maakt om iemand anders. Bij 113 Zelfmoordpreventie kunt u ook zelf advies vragen: ' +
        `bel ${numbers.suicidePrevention} of gratis ${numbers.suicidePreventionFree}, of chat via ${numbers.suicidePreventionChat}. ` +
        `Is die persoon nu in direct gevaar? Bel ${numbers.emergency}.`
      );
    }
    return (
      'Goed dat u uw zorgen meldt. Bel Veilig Thuis voor advies: ' +
      `${numbers.domesticViolence}, gratis en dag en nacht. U mag anoniem blijven, ook als buur of familie. ` +
      `Is er nu gevaar? Bel ${numbers.emergency}.`
    );
  },
  urgent: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        `Dit is ernstig. Bel nu ${numbers.emergency}, of bel ${numbers.suicidePrevention} en blijf aan de lijn. ` +
        'Leg wat u wilt gebruiken weg of geef het aan iemand. Ga naar een plek waar andere mensen zijn.'
      );
    }
    if (crisis === 'violence') {
      return `Dit is ernstig. Bel nu ${numbers.emergency}. Kunt u veilig weg? Ga naar buren of een plek met mensen en bel van daar.`;
    }
    return `Bel nu ${numbers.emergency}. Wacht niet. Zeg waar u bent en blijf aan de lijn.`;
  },
  refusesToCall: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        `Bellen hoeft niet. U kunt ook chatten met 113, dag en nacht, via ${numbers.suicidePreventionChat}. ` +
        'Of stuur iemand die u vertrouwt nu een bericht, en vraag of die bij u komt.'
      );
    }
    if (crisis === 'violence') {
      return (
        `Bellen hoeft niet. U kunt chatten met Veilig Thuis via ${numbers.domesticViolenceChat}. ` +
        `Bent u jonger dan 18? Chat met De Kindertelefoon via ${numbers.childHelplineChat}. Wis daarna uw geschiedenis als dat veiliger is.`
      );
    }
    return `Kunt u zelf niet bellen? Vraag iemand in de buurt om ${numbers.emergency} te bellen. Of stuur een sms naar ${numbers.emergency} als u zich daarvoor hebt aangemeld.`;
  },
  stayWithYou: [
    'Uw bericht staat bij uw vraag voor de sociaal werker. Ik ben een digitale assistent, geen mens. Wilt u nu met iemand praten? Bel of chat met de nummers hierboven.',
    'Dank u dat u blijft schrijven. De nummers hierboven zijn er nu, dag en nacht. Een sociaal werker leest alles wat u hier schrijft.',
    'U staat er niet alleen voor. Is er iemand bij u in de buurt die u nu kunt vragen om bij u te komen?',
  ],
  concernQuestion: (concern, numbers) => {
    if (concern === 'suicide') {
      return (
        'Ik wil u iets direct vragen, omdat u het zwaar lijkt te hebben. Denkt u erover om een eind aan uw leven te maken? ' +
        `U kunt altijd praten met 113: bel ${numbers.suicidePreventionFree} (gratis) of chat via ${numbers.suicidePreventionChat}.`
      );
    }
    if (concern === 'violence') {
      return (
        'Ik wil u iets direct vragen. Bent u nu in gevaar, of doet iemand u of een ander pijn? ' +
        `Veilig Thuis is er dag en nacht: ${numbers.domesticViolence}. Bij direct gevaar: ${numbers.emergency}.`
      );
    }
    return `Ik wil u iets direct vragen. Is er nu iemand in gevaar, of is er nu medische hulp nodig? Bel dan ${numbers.emergency}.`;
  },
  concernYes: dutchSafetyTexts.concernYes,
  concernNo: dutchSafetyTexts.concernNo,
  concernDeclined: 'Dank u voor uw antwoord. Verandert dat, dan kunt u het hier altijd zeggen. We gaan verder.',
  handOffOpen: 'Ik ben een digitale assistent, geen mens. Ik zet uw bericht nu door naar een sociaal werker, met voorrang. Die reageert zo snel mogelijk. U kunt hier blijven schrijven.',
  handOffClosed: (opening, numbers) =>
    `Ik ben een digitale assistent, geen mens. Het team is nu gesloten. Een sociaal werker leest uw bericht ${formalDutchSafetyTexts.moment(opening.dayOffset, opening.weekday, opening.time)}, met voorrang. ` +
    `Tot die tijd kijkt hier niemand mee. U kunt nu wel meteen iemand spreken: 113 Zelfmoordpreventie (${numbers.suicidePrevention}), ` +
    `Veilig Thuis (${numbers.domesticViolence}) en het alarmnummer ${numbers.emergency}.`,
  workerAlerted: 'Ik heb uw sociaal werker hierover direct gewaarschuwd.',
  moment: dutchSafetyTexts.moment,
};
