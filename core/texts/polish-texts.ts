// commands: human=człowiek, czlowiek, z człowiekiem, prawdziwy człowiek, pracownik, pracownik socjalny, konsultant; stop=stop, koniec, zakończ, zakoncz; forget=zapomnij o mnie, zapomnij mnie, usuń moje dane, usun moje dane; restart=od nowa, zacznij od nowa, restart; help=pomoc, /pomoc
import type { AssistantTexts } from './assistant-texts.js';

// After "w" (on Monday): accusative, "we wtorek".
const weekdays = ['w niedzielę', 'w poniedziałek', 'we wtorek', 'w środę', 'w czwartek', 'w piątek', 'w sobotę'];
// After "nie mogę otworzyć" (I cannot open): genitive.
const kindNames: Record<string, string> = {
  photo: 'zdjęć', voice: 'wiadomości głosowych', sticker: 'naklejek', location: 'lokalizacji',
  document: 'plików', video: 'filmów', other: 'tego rodzaju wiadomości',
};

/** Plain Polish, "ty" form. Short sentences, everyday words; avoids gendered past forms for the resident. */
export const polishTexts: AssistantTexts = {
  welcome:
    'Cześć! Jestem cyfrowym asystentem dzielnicowego zespołu pracy socjalnej (sociaal wijkteam). Nie jestem człowiekiem. ' +
    'Zadam ci kilka pytań. Potem przekażę twoją sprawę pracownikowi socjalnemu. ' +
    'Przechowujemy twoje wiadomości tylko po to, żeby ci pomóc. Nie musisz podawać swojego imienia. ' +
    "Chcesz od razu porozmawiać z człowiekiem? Napisz 'człowiek' albo 'mens'.",
  welcomeBack: 'Dobrze, że znowu piszesz. Jestem cyfrowym asystentem, nie człowiekiem.',
  askOpen: 'Co się dzieje? Opowiedz własnymi słowami.',
  askOpenAgain: 'Jeszcze nie do końca rozumiem, w czym potrzebujesz pomocy. Możesz napisać trochę więcej?',
  chooseDomain: 'Czego dotyczy twoja sprawa? Wybierz, co najbardziej pasuje.',
  domainOptions: {
    'self-reliance': 'Pieniądze, pisma lub mieszkanie',
    health: 'Zdrowie i samopoczucie',
    network: 'Rodzina, samotność lub opieka nad kimś',
    neighbourhood: 'Sąsiedzi i okolica',
    'growing-up': 'Dzieci, praca lub język',
  },
  somethingElse: 'Coś innego',
  questions: {
    'deadline-money': 'Czy jest jakaś data, kiedy coś się stanie? Na przykład odcięcie gazu lub wody albo eksmisja?',
    debts: 'Ile mniej więcej masz długów? I u kogo?',
    'help-money':
      'Czy masz już pomoc w sprawach pieniędzy? Na przykład bewindvoerder (osoba, która zarządza twoimi pieniędzmi) ' +
      'albo schuldhulp (pomoc przy długach)?',
    document: 'O jakie pismo lub formularz chodzi? Kto to wysłał?',
    'deadline-paperwork': 'Do kiedy trzeba to załatwić? Czy w piśmie jest jakaś data?',
    'help-paperwork': 'Czy ktoś już przejrzał to pismo razem z tobą?',
    'living-situation': 'Gdzie teraz mieszkasz? Masz własne mieszkanie, czy na razie mieszkasz gdzieś tymczasowo?',
    'deadline-housing': 'Czy musisz wyprowadzić się z mieszkania do określonej daty? Albo czy jest jakaś inna data?',
    landlord: 'Czy był już kontakt z właścicielem mieszkania albo z woningcorporatie (organizacja, która wynajmuje mieszkania)?',
    'legal-matter': 'Czego to dotyczy? Na przykład mandatu, zwolnienia z pracy, konfliktu albo sprawy w sądzie?',
    'deadline-legal': 'Czy jest termin, do którego musisz odpowiedzieć?',
    'help-legal': 'Czy masz już kontakt z adwokatem albo z Juridisch Loket (bezpłatne porady prawne)?',
    'work-situation': 'Czy masz teraz pracę lub zasiłek (uitkering), czy chodzisz do szkoły?',
    'work-goal': 'Co chcesz robić? Pracować, zrobić kurs czy mieć jakieś zajęcie w ciągu dnia?',
    'work-limits': 'Czy coś ci to utrudnia? Na przykład zdrowie albo język?',
    children: 'Którego dziecka to dotyczy i ile ma lat?',
    'child-situation': 'Co zauważasz u swojego dziecka? W domu, w szkole albo wśród kolegów?',
    'help-youth': 'Czy jest już jakaś pomoc, na przykład ze szkoły albo z jeugdteam (zespół pomocy dla dzieci i rodzin)?',
    'language-level': 'Jak teraz idzie ci niderlandzki? Czytanie, pisanie i mówienie?',
    'integration-status': 'Czy musisz przejść inburgering (obowiązkowy program integracji)? Czy chodzisz już na kurs języka?',
    'language-need': 'Do czego najbardziej potrzebujesz języka? Do pracy, do pism czy do kontaktu z ludźmi?',
    'neighbour-issue': 'Co się dzieje z sąsiadami? Od jak dawna to trwa?',
    'neighbour-contact': 'Czy udało ci się już porozmawiać o tym z sąsiadami?',
    'neighbour-others': 'Czy inni sąsiedzi też mają z tym problem?',
    'activity-interest': 'Co lubisz robić? Albo czego chcesz się nauczyć?',
    'activity-moment': 'Kiedy masz czas? W ciągu dnia czy wieczorem?',
    'activity-idea': 'Masz pomysł dla okolicy? Opowiedz o nim trochę więcej.',
    'mental-complaints': 'Od jak dawna tak się czujesz?',
    'mental-daily': 'Czy dajesz radę spać, jeść i jakoś przejść przez dzień?',
    'help-mental': 'Czy masz już pomoc, na przykład od lekarza rodzinnego (huisarts) albo psychologa?',
    'health-limits': 'Z czym masz teraz trudność z powodu zdrowia?',
    'health-daily': 'Jak radzisz sobie z zakupami, sprzątaniem i dojazdami?',
    'help-health': 'Czy masz już pomoc? Na przykład thuiszorg (opieka w domu) albo sprzęt, taki jak chodzik lub wózek?',
    'ageing-daily': 'Co idzie ci teraz gorzej niż kiedyś?',
    'ageing-safety': 'Czy mieszkasz w pojedynkę? Czy czujesz się bezpiecznie w domu?',
    'help-ageing': 'Czy ktoś już przychodzi ci pomagać, na przykład rodzina albo thuiszorg (opieka w domu)?',
    substance: 'Czego to dotyczy? Na przykład alkoholu, narkotyków albo hazardu?',
    'substance-who': 'Czy chodzi o ciebie, czy o kogoś innego?',
    'help-addiction': 'Czy była już kiedyś pomoc w tej sprawie?',
    'contact-frequency': 'Jak często masz kontakt z innymi ludźmi?',
    'loneliness-wish':
      'Jaki kontakt byłby dla ciebie miły? Na przykład wspólne jedzenie, spacery albo maatje (stały towarzysz, wolontariusz)?',
    'loneliness-barrier': 'Czy coś utrudnia ci wychodzenie z domu?',
    'care-for': 'Kim się opiekujesz i co dla tej osoby robisz?',
    'care-load': 'Ile czasu zajmuje ci ta opieka? Czy jeszcze dajesz radę?',
    'help-care':
      'Czy dostajesz już jakąś pomoc? Na przykład respijtzorg (ktoś zastępuje cię w opiece, żeby dać ci czas na odpoczynek) ' +
      'albo thuiszorg (opieka w domu)?',
    'relationship-situation':
      'Z kim się nie układa? Z partnerem lub partnerką, z byłym partnerem lub byłą partnerką, czy z kimś z rodziny?',
    'relationship-children': 'Czy dotyczy to też dzieci?',
    'relationship-safety': 'Czy czujesz się bezpiecznie w domu?',
    'tried-network': 'Co już próbowałeś/-aś zrobić samodzielnie? I czy jest ktoś w twoim otoczeniu, kto może pomóc?',
    tried: 'Co już próbowałeś/-aś zrobić samodzielnie?',
    network: 'Czy jest ktoś w twoim otoczeniu, kto może pomóc? Na przykład rodzina, przyjaciele albo sąsiedzi?',
    wish: 'Co najbardziej by ci teraz pomogło?',
  },
  summary: (sentences) => `Podsumuję krótko. Czy dobrze rozumiem, że:\n${sentences.join('\n')}`,
  summaryTopics: (labels) => `- masz pytanie na temat: ${joinPolish(labels.map((label) => label.toLowerCase()))}?`,
  summaryQuote: (words) => `- twoje słowa: „${words}”`,
  summaryDeadline: (deadline) => `- jest ważna data: ${deadline}`,
  summaryUrgent: '- to pilne, jeszcze w tym tygodniu',
  summaryTried: (tried) => `- to już zostało zrobione: ${tried}`,
  summaryNetwork: (network) => `- w twoim otoczeniu: ${network}`,
  summaryWish: (wish) => `- najbardziej pomogłoby ci: ${wish}`,
  summaryCorrection: (correction) => `- dodajesz: „${correction}”`,
  confirmYes: 'Tak, zgadza się',
  confirmNo: 'Nie, chcę coś zmienić',
  askCorrection: 'Co się nie zgadza albo co chcesz dodać? Napisz własnymi słowami.',
  offer: (offer) =>
    `To może być też coś dla ciebie: ${offer.name}. Opis (po niderlandzku): ${offer.description} ` +
    `Gdzie: ${offer.place}. Kiedy: ${offer.hours}.${offer.link ? ` Więcej informacji: ${offer.link}` : ''} ` +
    'To tylko wskazówka. Pracownik socjalny i tak ci pomoże.',
  askContact: 'Jak pracownik socjalny ma się z tobą skontaktować?',
  contactOptions: { chat: 'Tutaj na czacie', phone: 'Telefonicznie', visit: 'Wizyta u mnie' },
  askPhone: 'Pod jaki numer pracownik socjalny może zadzwonić? Możesz też to pominąć.',
  askAddress: 'Gdzie pracownik socjalny może cię odwiedzić? Możesz też to pominąć.',
  skip: 'Pomiń',
  askConsent: 'Czy mogę przekazać to podsumowanie i naszą rozmowę pracownikowi socjalnemu?',
  consentYes: 'Tak, możesz',
  consentNo: 'Nie',
  noConsent:
    "Dobrze, niczego nie przekażę. Zawsze możesz później poprosić o pomoc: napisz 'człowiek' albo 'mens'. " +
    "Czy mam teraz usunąć twoje wiadomości? Napisz 'zapomnij o mnie'.",
  handedOff: (when) =>
    `Dziękuję. Przekazałem twoją sprawę pracownikowi socjalnemu. ${when} Możesz dalej tu pisać.`,
  humanRequested: (when) =>
    `Przekazuję cię pracownikowi socjalnemu. Zobaczy on twoje dotychczasowe wiadomości. ${when} Możesz dalej tu pisać.`,
  openNow: (hours) =>
    `Teraz ktoś jest w pracy. Zwykle odpowiedź przychodzi w ciągu ${hours} ${hours === 1 || !Number.isInteger(hours) ? 'godziny' : 'godzin'}.`,
  openLater: (moment) => `Teraz jest poza godzinami pracy. Pracownik socjalny odpowie ${moment}.`,
  moment: (dayOffset, weekday, time) =>
    dayOffset === 0 ? `dziś od ${time}` : dayOffset === 1 ? `jutro od ${time}` : `${weekdays[weekday]} od ${time}`,
  stillWaiting: 'Twoja sprawa jest już u pracownika socjalnego. Dodałem twoją wiadomość.',
  addedForWorker: 'Dziękuję, dodałem to.',
  stopped: (days) =>
    `Dobrze, kończymy. Twoje wiadomości zostaną usunięte po ${days} ${days === 1 ? 'dniu' : 'dniach'}. ` +
    "Chcesz, żeby zniknęły już teraz? Napisz 'zapomnij o mnie'. Zawsze możesz zacząć od nowa.",
  forgetConfirm: 'Czy mam usunąć wszystkie twoje wiadomości z tej rozmowy? Tego nie da się cofnąć.',
  forgetYes: 'Tak, usuń wszystko',
  forgetNo: 'Nie, nie usuwaj',
  forgotten: 'Wszystko zostało usunięte. Zawsze możesz zacząć od nowa.',
  forgetCancelled: 'Dobrze, niczego nie usuwam. Rozmawiajmy dalej.',
  restarted: 'Zacznijmy od nowa.',
  restartWhileHandedOff: 'Twoja sprawa jest już u pracownika socjalnego. Po prostu pisz dalej tutaj.',
  help:
    "Jestem cyfrowym asystentem, nie człowiekiem. Zawsze możesz napisać: 'człowiek' albo 'mens', żeby porozmawiać " +
    "z pracownikiem socjalnym, 'od nowa', żeby zacząć od nowa, 'stop', żeby zakończyć, 'zapomnij o mnie', żeby wszystko usunąć.",
  unknownCommand: "Nie znam tego polecenia. Napisz 'pomoc', żeby zobaczyć, co możesz zrobić, albo opowiedz, co się dzieje.",
  nonText: (kind) =>
    `Dziękuję. Niestety nie mogę otworzyć ${kindNames[kind] ?? kindNames.other}. Czy możesz w kilku słowach napisać, co chcesz mi powiedzieć?`,
  empty: 'Nie dostałem żadnego tekstu. Co chcesz mi powiedzieć?',
  tooLong: (kept) =>
    `Twoja wiadomość jest bardzo długa. Zapisałem tylko początek: ${kept} ${polishPlural(kept, 'znak', 'znaki', 'znaków')}. ` +
    'O reszcie pracownik socjalny może porozmawiać z tobą później.',
  workerClaimed: (name) =>
    `${name} to pracownik socjalny i zajmuje się teraz twoją sprawą. Od teraz rozmawiasz z człowiekiem.`,
  caseClosed: 'Pracownik socjalny zamknął twoją sprawę. Zawsze możesz tu znowu napisać.',
  somethingWentWrong:
    'Przepraszam, coś poszło nie tak po mojej stronie. Spróbuj ponownie za minutę. Jesteś w niebezpieczeństwie? Zadzwoń pod 112.',
};

function joinPolish(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} i ${items[items.length - 1]}`;
}

/** 1 znak, 2–4 znaki (not 12–14), 5+ znaków. */
function polishPlural(count: number, one: string, few: string, many: string): string {
  if (count === 1) return one;
  const lastDigit = count % 10;
  const lastTwo = count % 100;
  return Number.isInteger(count) && lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many;
}
