import type { CrisisNumbers } from '../assistant-texts.js';
import type { SafetyTexts } from '../safety-texts.js';

const weekdays = ['w niedzielę', 'w poniedziałek', 'we wtorek', 'w środę', 'w czwartek', 'w piątek', 'w sobotę'];

/** The Dutch services, named so that a newcomer knows what they are. */
const suicideLine = '113 Zelfmoordpreventie (holenderski telefon zaufania dla osób, które myślą o samobójstwie; można tam rozmawiać także po angielsku)';
const safeAtHome = 'Veilig Thuis (holenderska pomoc przy przemocy w domu i krzywdzeniu dzieci)';
const childLine = 'De Kindertelefoon (holenderski telefon zaufania dla dzieci i młodzieży)';
const emergencyLine = (numbers: CrisisNumbers) => `${numbers.emergency} (numer alarmowy: karetka, straż pożarna, policja)`;

/** B1 Polish, "ty" (with the polite capital Ci, Cię, Twój as in a letter); no gendered forms for the resident. */
export const polishSafetyTexts: SafetyTexts = {
  crisis: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        'Dobrze, że o tym piszesz. Nie musisz dźwigać tego w pojedynkę. ' +
        `Porozmawiaj teraz z kimś z ${suicideLine}: zadzwoń pod ${numbers.suicidePrevention} albo bezpłatnie pod ${numbers.suicidePreventionFree}, ` +
        `albo napisz na czacie: ${numbers.suicidePreventionChat}. Przez całą dobę. Jesteś teraz w bezpośrednim niebezpieczeństwie? Zadzwoń pod ${emergencyLine(numbers)}.`
      );
    }
    if (crisis === 'violence') {
      return (
        'Przykro mi, że to się dzieje. To nie jest Twoja wina. ' +
        `Zadzwoń do ${safeAtHome}: ${numbers.domesticViolence}. Za darmo, przez całą dobę, nie musisz podawać nazwiska. ` +
        `Jesteś teraz w niebezpieczeństwie? Zadzwoń pod ${emergencyLine(numbers)}. Masz mniej niż 18 lat? Zadzwoń do ${childLine}: ${numbers.childHelpline}.`
      );
    }
    return (
      `Zadzwoń teraz pod ${numbers.emergency}. To numer alarmowy: karetka, straż pożarna i policja. ` +
      'Nie rozłączaj się i rób to, co mówią. Jeśli nie mówisz po niderlandzku, mów po angielsku.'
    );
  },
  bystander: (crisis, numbers) => {
    if (crisis === 'emergency') {
      return `Zadzwoń teraz pod ${emergencyLine(numbers)} w sprawie tej osoby. Powiedz, gdzie to jest i co widzisz. Nie rozłączaj się.`;
    }
    if (crisis === 'suicide') {
      return (
        `Dobrze, że martwisz się o kogoś. W ${suicideLine} możesz też poprosić o radę dla siebie: ` +
        `zadzwoń pod ${numbers.suicidePrevention} albo bezpłatnie pod ${numbers.suicidePreventionFree}, albo napisz na czacie: ${numbers.suicidePreventionChat}. ` +
        `Czy ta osoba jest teraz w bezpośrednim niebezpieczeństwie? Zadzwoń pod ${numbers.emergency}.`
      );
    }
    return (
      `Dobrze, że o tym mówisz. Zadzwoń po radę do ${safeAtHome}: ${numbers.domesticViolence}, za darmo, przez całą dobę. ` +
      'To także dla sąsiadów i rodziny. Nie musisz podawać nazwiska. ' +
      `Czy komuś grozi teraz niebezpieczeństwo? Zadzwoń pod ${numbers.emergency}.`
    );
  },
  urgent: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        `To poważne. Zadzwoń teraz pod ${numbers.emergency} albo pod ${numbers.suicidePrevention} i nie rozłączaj się. ` +
        'Odłóż to, czego chcesz użyć, albo oddaj to komuś. Idź tam, gdzie są inni ludzie.'
      );
    }
    if (crisis === 'violence') {
      return `To poważne. Zadzwoń teraz pod ${numbers.emergency}. Czy możesz bezpiecznie wyjść? Idź do sąsiadów albo tam, gdzie są ludzie, i zadzwoń stamtąd.`;
    }
    return `Zadzwoń teraz pod ${numbers.emergency}. Nie czekaj. Powiedz, gdzie jesteś, i nie rozłączaj się.`;
  },
  refusesToCall: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        `Nie musisz dzwonić. Możesz też pisać na czacie z 113, przez całą dobę: ${numbers.suicidePreventionChat}. ` +
        'Albo napisz teraz do kogoś, komu ufasz: „Możesz do mnie przyjść?”'
      );
    }
    if (crisis === 'violence') {
      return (
        `Nie musisz dzwonić. Możesz pisać na czacie z Veilig Thuis: ${numbers.domesticViolenceChat}. ` +
        `Masz mniej niż 18 lat? Napisz na czacie De Kindertelefoon: ${numbers.childHelplineChat}. Potem usuń historię, jeśli tak będzie bezpieczniej.`
      );
    }
    return `Nie dasz rady zadzwonić? Poproś kogoś obok, żeby zadzwonił pod ${numbers.emergency}. Albo wyślij SMS pod ${numbers.emergency}, jeśli masz do tego zarejestrowany numer.`;
  },
  stayWithYou: [
    'Czytam to, co piszesz, a Twoje wiadomości są zapisane w Twojej sprawie. Jestem asystentem cyfrowym, nie człowiekiem. Chcesz teraz z kimś porozmawiać? Zadzwoń albo napisz na czacie pod numery powyżej.',
    'Dziękuję, że dalej piszesz. Numery powyżej działają teraz, w dzień i w nocy. Pracownik socjalny przeczyta wszystko, co tu napiszesz.',
    'Nie musisz przechodzić przez to w pojedynkę. Czy jest ktoś w pobliżu, kogo możesz teraz poprosić, żeby do Ciebie przyszedł?',
  ],
  concernQuestion: (concern, numbers) => {
    if (concern === 'suicide') {
      return (
        'Chcę Cię o coś zapytać wprost, bo wygląda na to, że jest Ci bardzo ciężko. Czy myślisz o tym, żeby odebrać sobie życie? ' +
        `Zawsze możesz porozmawiać z ${suicideLine}: zadzwoń bezpłatnie pod ${numbers.suicidePreventionFree} albo napisz na czacie: ${numbers.suicidePreventionChat}.`
      );
    }
    if (concern === 'violence') {
      return (
        'Chcę Cię o coś zapytać wprost. Czy jesteś teraz w niebezpieczeństwie albo czy ktoś krzywdzi Ciebie lub kogoś innego? ' +
        `${safeAtHome} działa w dzień i w nocy: ${numbers.domesticViolence}. W nagłym niebezpieczeństwie: ${numbers.emergency}.`
      );
    }
    return `Chcę Cię o coś zapytać wprost. Czy ktoś jest teraz w niebezpieczeństwie albo potrzebuje teraz pomocy lekarza? Wtedy zadzwoń pod ${emergencyLine(numbers)}.`;
  },
  concernYes: 'Tak',
  concernNo: 'Nie',
  concernDeclined: 'Dziękuję za odpowiedź. Jeśli to się zmieni, zawsze możesz mi to tu napisać. Idziemy dalej.',
  handOffOpen: 'Przekazuję teraz Twoją wiadomość pracownikowi socjalnemu, w pierwszej kolejności. Odpowie tak szybko, jak to możliwe. Możesz dalej tu pisać.',
  handOffClosed: (opening, numbers) =>
    'Jestem asystentem cyfrowym, nie człowiekiem. Zespół jest teraz zamknięty. ' +
    `Pracownik socjalny przeczyta Twoją wiadomość ${polishSafetyTexts.moment(opening.dayOffset, opening.weekday, opening.time)}, w pierwszej kolejności. ` +
    `Do tego czasu nikt tu nie czyta. Ale już teraz możesz z kimś porozmawiać: ${numbers.suicidePrevention} (113 Zelfmoordpreventie, przy myślach o samobójstwie), ` +
    `${numbers.domesticViolence} (Veilig Thuis, przy przemocy w domu) i ${numbers.emergency} (numer alarmowy).`,
  workerAlerted: 'Od razu powiadomiłem o tym Twojego pracownika socjalnego.',
  moment: (dayOffset, weekday, time) =>
    dayOffset === 0 ? `dziś od ${time}` : dayOffset === 1 ? `jutro od ${time}` : `${weekdays[weekday]} od ${time}`,
};
