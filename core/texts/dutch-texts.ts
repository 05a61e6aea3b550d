import type { AssistantTexts } from './assistant-texts.js';

const weekdays = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
const kindNames: Record<string, string> = {
  photo: 'een foto', voice: 'een spraakbericht', sticker: 'een sticker', location: 'een locatie',
  document: 'een bestand', video: 'een video', other: 'dit soort bericht',
};

/** B1 Dutch, "je". Short sentences, everyday words. */
export const dutchTexts: AssistantTexts = {
  welcome:
    'Hoi! Ik ben de digitale assistent van het sociaal wijkteam. Ik ben geen mens. ' +
    'Ik stel een paar vragen. Daarna geef ik je vraag door aan een sociaal werker. ' +
    'We bewaren je berichten alleen om je te helpen. Je hoeft je naam niet te geven. ' +
    "Wil je meteen met een mens praten? Typ dan 'mens'.",
  welcomeBack: 'Fijn dat je weer schrijft. Ik ben de digitale assistent, geen mens.',
  askOpen: 'Wat is er aan de hand? Vertel het in je eigen woorden.',
  askOpenAgain: 'Ik begrijp nog niet goed waar je hulp bij zoekt. Kun je iets meer vertellen? Wat speelt er?',
  chooseDomain: 'Waar gaat je vraag over? Kies wat het beste past.',
  domainOptions: {
    'self-reliance': 'Geld, brieven of wonen',
    health: 'Gezondheid en je goed voelen',
    network: 'Familie, eenzaamheid of zorg voor iemand',
    neighbourhood: 'Buren en de buurt',
    'growing-up': 'Kinderen, werk of taal',
  },
  somethingElse: 'Iets anders',
  questions: {
    'deadline-money': 'Is er een datum waarop iets gebeurt? Bijvoorbeeld afsluiting van gas of water, of een uitzetting?',
    debts: 'Hoeveel schulden heb je ongeveer? En bij wie?',
    'help-money': 'Heb je al hulp bij je geldzaken? Bijvoorbeeld een bewindvoerder of schuldhulp?',
    document: 'Over welke brief of welk formulier gaat het? Van wie komt het?',
    'deadline-paperwork': 'Wanneer moet het klaar zijn? Staat er een datum in de brief?',
    'help-paperwork': 'Heeft iemand al naar de brief gekeken?',
    'living-situation': 'Waar woon je nu? Heb je een eigen huis, of slaap je tijdelijk ergens?',
    'deadline-housing': 'Moet je op een bepaalde datum uit je huis? Of is er een andere datum?',
    landlord: 'Heb je al contact gehad met de verhuurder of woningcorporatie?',
    'legal-matter': 'Waar gaat het om? Bijvoorbeeld een boete, ontslag, een conflict of een rechtszaak?',
    'deadline-legal': 'Is er een datum waarop je moet reageren?',
    'help-legal': 'Heb je al een advocaat of iemand van het Juridisch Loket gesproken?',
    'work-situation': 'Heb je nu werk, een uitkering of zit je op school?',
    'work-goal': 'Wat zou je graag willen doen? Werk, een opleiding of iets om de dag mee te vullen?',
    'work-limits': 'Is er iets dat het moeilijk maakt? Bijvoorbeeld je gezondheid of de taal?',
    children: 'Over welk kind gaat het, en hoe oud is het?',
    'child-situation': 'Wat merk je aan je kind? Thuis, op school of met vrienden?',
    'help-youth': 'Is er al hulp, bijvoorbeeld van school of het jeugdteam?',
    'language-level': 'Hoe goed gaat het Nederlands nu? Lezen, schrijven en praten?',
    'integration-status': 'Moet je inburgeren? Heb je al een taalcursus?',
    'language-need': 'Waar heb je de taal het meest voor nodig? Voor werk, brieven of contact?',
    'neighbour-issue': 'Wat gebeurt er met de buren? Hoe lang speelt dit al?',
    'neighbour-contact': 'Heb je al met je buren gepraat?',
    'neighbour-others': 'Hebben andere buren er ook last van?',
    'activity-interest': 'Wat vind je leuk om te doen? Of wat wil je graag leren?',
    'activity-moment': 'Wanneer heb je tijd? Overdag of in de avond?',
    'activity-idea': 'Heb je een idee voor de buurt? Vertel er iets meer over.',
    'mental-complaints': 'Hoe lang voel je je al zo?',
    'mental-daily': 'Lukt het om te slapen, te eten en je dag door te komen?',
    'help-mental': 'Heb je al hulp, bijvoorbeeld van je huisarts of een psycholoog?',
    'health-limits': 'Wat lukt er niet meer goed door je gezondheid?',
    'health-daily': 'Hoe gaat het met boodschappen, huishouden en vervoer?',
    'help-health': 'Heb je al hulp, bijvoorbeeld thuiszorg of een hulpmiddel?',
    'ageing-daily': 'Wat lukt er niet meer zo goed als vroeger?',
    'ageing-safety': 'Woon je alleen? Voel je je veilig in huis?',
    'help-ageing': 'Komt er al iemand helpen, bijvoorbeeld familie of thuiszorg?',
    substance: 'Om welk middel gaat het? Bijvoorbeeld alcohol, drugs of gokken?',
    'substance-who': 'Gaat het om jou, of om iemand anders?',
    'help-addiction': 'Heb je hier al hulp voor gehad?',
    'contact-frequency': 'Hoe vaak heb je contact met andere mensen?',
    'loneliness-wish': 'Wat voor contact zou je fijn vinden? Bijvoorbeeld samen eten, wandelen of een maatje?',
    'loneliness-barrier': 'Is er iets dat het lastig maakt om naar buiten te gaan?',
    'care-for': 'Voor wie zorg je, en wat doe je allemaal?',
    'care-load': 'Hoeveel tijd kost de zorg? Lukt het nog?',
    'help-care': 'Krijg je al hulp, bijvoorbeeld respijtzorg of thuiszorg?',
    'relationship-situation': 'Met wie gaat het niet goed? Je partner, je ex of iemand in je gezin?',
    'relationship-children': 'Zijn er kinderen bij betrokken?',
    'relationship-safety': 'Voel je je veilig thuis?',
    'tried-network': 'Wat heb je zelf al geprobeerd? En is er iemand om je heen die kan helpen?',
    tried: 'Wat heb je zelf al geprobeerd?',
    network: 'Is er iemand om je heen die kan helpen? Bijvoorbeeld familie, vrienden of buren?',
    wish: 'Wat zou jou nu het meest helpen?',
  },
  summary: (sentences) => `Ik vat het even samen. Klopt het dat:\n${sentences.join('\n')}`,
  summaryTopics: (labels) => `- je een vraag hebt over ${joinDutch(labels.map((label) => label.toLowerCase()))}?`,
  summaryQuote: (words) => `- je schreef: "${words}"`,
  summaryDeadline: (deadline) => `- er een datum is: ${deadline}`,
  summaryUrgent: '- het snel moet, deze week nog',
  summaryTried: (tried) => `- je al dit hebt gedaan: ${tried}`,
  summaryNetwork: (network) => `- om je heen: ${network}`,
  summaryWish: (wish) => `- dit je het meest zou helpen: ${wish}`,
  summaryCorrection: (correction) => `- je aanvult: "${correction}"`,
  confirmYes: 'Ja, dat klopt',
  confirmNo: 'Nee, ik wil iets aanpassen',
  askCorrection: 'Wat klopt er niet, of wat wil je toevoegen? Schrijf het in je eigen woorden.',
  offer: (offer) =>
    `Misschien is dit ook iets voor je: ${offer.name}. ${offer.description} ` +
    `Waar: ${offer.place}. Wanneer: ${offer.hours}.${offer.link ? ` Meer info: ${offer.link}` : ''} ` +
    'Dit is een tip. Een sociaal werker helpt je hoe dan ook.',
  askContact: 'Hoe wil je dat de sociaal werker contact met je opneemt?',
  contactOptions: { chat: 'Hier in de chat', phone: 'Bel me', visit: 'Kom langs' },
  askPhone: 'Op welk nummer kan de sociaal werker je bellen? Je mag dit ook overslaan.',
  askAddress: 'Waar kan de sociaal werker langskomen? Je mag dit ook overslaan.',
  skip: 'Overslaan',
  askConsent: 'Mag ik deze samenvatting en ons gesprek delen met een sociaal werker?',
  consentYes: 'Ja, dat mag',
  consentNo: 'Nee',
  noConsent:
    "Oké, ik deel niets. Je kunt altijd later nog hulp vragen. Typ dan 'mens'. " +
    "Wil je dat ik je berichten nu wis? Typ 'vergeet mij'.",
  handedOff: (when) =>
    `Dank je. Ik heb je vraag doorgegeven aan een sociaal werker. ${when} Je kunt hier blijven schrijven.`,
  humanRequested: (when) =>
    `Ik geef je door aan een sociaal werker. Die ziet wat je tot nu toe hebt geschreven. ${when} Je kunt hier blijven schrijven.`,
  openNow: (hours) => `Er is nu iemand aan het werk. Meestal krijg je binnen ${hours} uur antwoord.`,
  openLater: (moment) => `Het is nu buiten kantooruren. Een sociaal werker reageert ${moment}.`,
  moment: (dayOffset, weekday, time) =>
    dayOffset === 0 ? `vandaag vanaf ${time}` : dayOffset === 1 ? `morgen vanaf ${time}` : `op ${weekdays[weekday]} vanaf ${time}`,
  stillWaiting: 'Je vraag ligt bij een sociaal werker. Ik heb je bericht erbij gezet.',
  addedForWorker: 'Dank je, ik heb dit toegevoegd.',
  stopped: (days) =>
    `Oké, we stoppen. Je berichten worden na ${days} dagen gewist. ` +
    "Wil je dat nu al? Typ 'vergeet mij'. Je kunt altijd opnieuw beginnen.",
  forgetConfirm: 'Wil je dat ik alles wis wat je hier hebt geschreven? Dit kan niet terug.',
  forgetYes: 'Ja, wis alles',
  forgetNo: 'Nee, niet wissen',
  forgotten: 'Alles is gewist. Je kunt altijd opnieuw beginnen.',
  forgetCancelled: 'Oké, ik wis niets. We gaan verder.',
  restarted: 'We beginnen opnieuw.',
  restartWhileHandedOff: 'Je vraag ligt al bij een sociaal werker. Schrijf hier gewoon verder.',
  help:
    "Ik ben een digitale assistent, geen mens. Je kunt altijd typen: 'mens' voor een sociaal werker, " +
    "'opnieuw' om opnieuw te beginnen, 'stop' om te stoppen, 'vergeet mij' om alles te wissen.",
  unknownCommand: "Dat commando ken ik niet. Typ 'help' om te zien wat kan, of vertel wat er aan de hand is.",
  nonText: (kind) =>
    `Dank je. Ik kan ${kindNames[kind] ?? kindNames.other} helaas niet bekijken. Wil je in een paar woorden typen wat je wilt vertellen?`,
  empty: 'Ik heb geen tekst ontvangen. Wat wil je vertellen?',
  tooLong: (kept) => `Je bericht is erg lang. Ik heb de eerste ${kept} tekens bewaard. Een sociaal werker kan de rest later met je bespreken.`,
  workerClaimed: (name) => `${name} is sociaal werker en heeft je vraag opgepakt. Vanaf nu praat je met een mens.`,
  caseClosed: 'De sociaal werker heeft je vraag afgesloten. Je kunt hier altijd opnieuw schrijven.',
  somethingWentWrong:
    'Sorry, er ging iets mis bij mij. Probeer het over een minuut nog een keer. Ben je in gevaar? Bel 112.',
};

function joinDutch(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
