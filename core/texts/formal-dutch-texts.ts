import type { AssistantTexts } from './assistant-texts.js';
import { dutchTexts } from './dutch-texts.js';

const kindNames: Record<string, string> = {
  photo: 'een foto', voice: 'een spraakbericht', sticker: 'een sticker', location: 'een locatie',
  document: 'een bestand', video: 'een video', other: 'dit soort bericht',
};

/**
 * B1 Dutch, "u", for a resident who writes "u" (docs/residents/intake.md "Language"). Same texts and keys as
 * `dutchTexts`, still short and warm. Texts without "je" are taken from `dutchTexts` itself.
 */
export const formalDutchTexts: AssistantTexts = {
  welcome:
    'Goedendag! Ik ben de digitale assistent van het sociaal wijkteam. Ik ben geen mens. ' +
    'Ik stel u een paar vragen. Daarna geef ik uw vraag door aan een sociaal werker. ' +
    'We bewaren uw berichten alleen om u te helpen. U hoeft uw naam niet te geven. ' +
    "Wilt u meteen met een mens praten? Typ dan 'mens'.",
  welcomeBack: 'Fijn dat u weer schrijft. Ik ben de digitale assistent, geen mens.',
  askOpen: 'Wat is er aan de hand? Vertel het in uw eigen woorden.',
  askOpenAgain: 'Ik begrijp nog niet goed waar u hulp bij zoekt. Kunt u iets meer vertellen? Wat speelt er?',
  chooseDomain: 'Waar gaat uw vraag over? Kies wat het beste past.',
  domainOptions: {
    'self-reliance': 'Geld, brieven of wonen',
    health: 'Gezondheid en hoe u zich voelt',
    network: 'Familie, eenzaamheid of zorg voor iemand',
    neighbourhood: 'Buren en de buurt',
    'growing-up': 'Kinderen, werk of taal',
  },
  somethingElse: dutchTexts.somethingElse,
  questions: {
    'deadline-money': 'Is er een datum waarop iets gebeurt? Bijvoorbeeld afsluiting van gas of water, of een uitzetting?',
    debts: 'Hoeveel schulden hebt u ongeveer? En bij wie?',
    'help-money': 'Hebt u al hulp bij uw geldzaken? Bijvoorbeeld een bewindvoerder of schuldhulp?',
    document: 'Over welke brief of welk formulier gaat het? Van wie komt het?',
    'deadline-paperwork': 'Wanneer moet het klaar zijn? Staat er een datum in de brief?',
    'help-paperwork': 'Heeft iemand al naar de brief gekeken?',
    'living-situation': 'Waar woont u nu? Hebt u een eigen huis, of slaapt u tijdelijk ergens?',
    'deadline-housing': 'Moet u op een bepaalde datum uit uw huis? Of is er een andere datum?',
    landlord: 'Hebt u al contact gehad met de verhuurder of woningcorporatie?',
    'legal-matter': 'Waar gaat het om? Bijvoorbeeld een boete, ontslag, een conflict of een rechtszaak?',
    'deadline-legal': 'Is er een datum waarop u moet reageren?',
    'help-legal': 'Hebt u al een advocaat of iemand van het Juridisch Loket gesproken?',
    'work-situation': 'Hebt u nu werk, een uitkering of zit u op school?',
    'work-goal': 'Wat zou u graag willen doen? Werk, een opleiding of iets om de dag mee te vullen?',
    'work-limits': 'Is er iets dat het moeilijk maakt? Bijvoorbeeld uw gezondheid of de taal?',
    children: 'Over welk kind gaat het, en hoe oud is het?',
    'child-situation': 'Wat merkt u aan uw kind? Thuis, op school of met vrienden?',
    'help-youth': 'Is er al hulp, bijvoorbeeld van school of het jeugdteam?',
    'language-level': 'Hoe goed gaat het Nederlands nu? Lezen, schrijven en praten?',
    'integration-status': 'Moet u inburgeren? Hebt u al een taalcursus?',
    'language-need': 'Waar hebt u de taal het meest voor nodig? Voor werk, brieven of contact?',
    'neighbour-issue': 'Wat gebeurt er met de buren? Hoe lang speelt dit al?',
    'neighbour-contact': 'Hebt u al met uw buren gepraat?',
    'neighbour-others': 'Hebben andere buren er ook last van?',
    'activity-interest': 'Wat vindt u leuk om te doen? Of wat wilt u graag leren?',
    'activity-moment': 'Wanneer hebt u tijd? Overdag of in de avond?',
    'activity-idea': 'Hebt u een idee voor de buurt? Vertel er iets meer over.',
    'mental-complaints': 'Hoe lang voelt u zich al zo?',
    'mental-daily': 'Lukt het om te slapen, te eten en uw dag door te komen?',
    'help-mental': 'Hebt u al hulp, bijvoorbeeld van uw huisarts of een psycholoog?',
    'health-limits': 'Wat lukt er niet meer goed door uw gezondheid?',
    'health-daily': 'Hoe gaat het met boodschappen, huishouden en vervoer?',
    'help-health': 'Hebt u al hulp, bijvoorbeeld thuiszorg of een hulpmiddel?',
    'ageing-daily': 'Wat lukt er niet meer zo goed als vroeger?',
    'ageing-safety': 'Woont u alleen? Voelt u zich veilig in huis?',
    'help-ageing': 'Komt er al iemand helpen, bijvoorbeeld familie of thuiszorg?',
    substance: 'Om welk middel gaat het? Bijvoorbeeld alcohol, drugs of gokken?',
    'substance-who': 'Gaat het om uzelf, of om iemand anders?',
    'help-addiction': 'Hebt u hier al hulp voor gehad?',
    'contact-frequency': 'Hoe vaak hebt u contact met andere mensen?',
    'loneliness-wish': 'Wat voor contact zou u fijn vinden? Bijvoorbeeld samen eten, wandelen of een maatje?',
    'loneliness-barrier': 'Is er iets dat het lastig maakt om naar buiten te gaan?',
    'care-for': 'Voor wie zorgt u, en wat doet u allemaal?',
    'care-load': 'Hoeveel tijd kost de zorg? Lukt het nog?',
    'help-care': 'Krijgt u al hulp, bijvoorbeeld respijtzorg of thuiszorg?',
    'relationship-situation': 'Met wie gaat het niet goed? Uw partner, uw ex of iemand in uw gezin?',
    'relationship-children': 'Zijn er kinderen bij betrokken?',
    'relationship-safety': 'Voelt u zich veilig thuis?',
    'tried-network': 'Wat hebt u zelf al geprobeerd? En is er iemand om u heen die kan helpen?',
    tried: 'Wat hebt u zelf al geprobeerd?',
    network: 'Is er iemand om u heen die kan helpen? Bijvoorbeeld familie, vrienden of buren?',
    wish: 'Wat zou u nu het meest helpen?',
  },
  summary: dutchTexts.summary,
  summaryTopics: (labels) => `- u een vraag hebt over ${joinDutch(labels.map((label) => label.toLowerCase()))}?`,
  summaryQuote: (words) => `- u schreef: "${words}"`,
  summaryDeadline: dutchTexts.summaryDeadline,
  summaryUrgent: dutchTexts.summaryUrgent,
  summaryTried: (tried) => `- u al dit hebt gedaan: ${tried}`,
  summaryNetwork: (network) => `- om u heen: ${network}`,
  summaryWish: (wish) => `- dit u het meest zou helpen: ${wish}`,
  summaryCorrection: (correction) => `- u aanvult: "${correction}"`,
  confirmYes: dutchTexts.confirmYes,
  confirmNo: dutchTexts.confirmNo,
  askCorrection: 'Wat klopt er niet, of wat wilt u toevoegen? Schrijf het in uw eigen woorden.',
  offer: (offer) =>
    `Misschien is dit ook iets voor u: ${offer.name}. ${offer.description} ` +
    `Waar: ${offer.place}. Wanneer: ${offer.hours}.${offer.link ? ` Meer info: ${offer.link}` : ''} ` +
    'Dit is een tip. Een sociaal werker helpt u hoe dan ook.',
  askContact: 'Hoe wilt u dat de sociaal werker contact met u opneemt?',
  contactOptions: dutchTexts.contactOptions,
  askPhone: 'Op welk nummer kan de sociaal werker u bellen? U mag dit ook overslaan.',
  askAddress: 'Waar kan de sociaal werker langskomen? U mag dit ook overslaan.',
  skip: dutchTexts.skip,
  askConsent: dutchTexts.askConsent,
  consentYes: dutchTexts.consentYes,
  consentNo: dutchTexts.consentNo,
  noConsent:
    "Oké, ik deel niets. U kunt altijd later nog hulp vragen. Typ dan 'mens'. " +
    "Wilt u dat ik uw berichten nu wis? Typ 'vergeet mij'.",
  handedOff: (when) =>
    `Dank u. Ik heb uw vraag doorgegeven aan een sociaal werker. ${when} U kunt hier blijven schrijven.`,
  humanRequested: (when) =>
    `Ik geef u door aan een sociaal werker. Die ziet wat u tot nu toe hebt geschreven. ${when} U kunt hier blijven schrijven.`,
  openNow: (hours) => `Er is nu iemand aan het werk. Meestal krijgt u binnen ${hours} uur antwoord.`,
  openLater: dutchTexts.openLater,
  moment: dutchTexts.moment,
  stillWaiting: 'Uw vraag ligt bij een sociaal werker. Ik heb uw bericht erbij gezet.',
  addedForWorker: 'Dank u, ik heb dit toegevoegd.',
  stopped: (days) =>
    `Oké, we stoppen. Uw berichten worden na ${days} dagen gewist. ` +
    "Wilt u dat nu al? Typ 'vergeet mij'. U kunt altijd opnieuw beginnen.",
  forgetConfirm: 'Wilt u dat ik alles wis wat u hier hebt geschreven? Dit kan niet terug.',
  forgetYes: dutchTexts.forgetYes,
  forgetNo: dutchTexts.forgetNo,
  forgotten: 'Alles is gewist. U kunt altijd opnieuw beginnen.',
  forgetCancelled: dutchTexts.forgetCancelled,
  restarted: dutchTexts.restarted,
  restartWhileHandedOff: 'Uw vraag ligt al bij een sociaal werker. Schrijf hier gewoon verder.',
  help:
    "Ik ben een digitale assistent, geen mens. U kunt altijd typen: 'mens' voor een sociaal werker, " +
    "'opnieuw' om opnieuw te beginnen, 'stop' om te stoppen, 'vergeet mij' om alles te wissen.",
  unknownCommand: dutchTexts.unknownCommand,
  nonText: (kind) =>
    `Dank u. Ik kan ${kindNames[kind] ?? kindNames.other} helaas niet bekijken. Wilt u in een paar woorden typen wat u wilt vertellen?`,
  empty: 'Ik heb geen tekst ontvangen. Wat wilt u vertellen?',
  tooLong: (kept) => `Uw bericht is erg lang. Ik heb de eerste ${kept} tekens bewaard. Een sociaal werker kan de rest later met u bespreken.`,
  workerClaimed: (name) => `${name} is sociaal werker en heeft uw vraag opgepakt. Vanaf nu praat u met een mens.`,
  caseClosed: 'De sociaal werker heeft uw vraag afgesloten. U kunt hier altijd opnieuw schrijven.',
  somethingWentWrong:
    'Sorry, er ging iets mis bij mij. Probeer het over een minuut nog een keer. Bent u in gevaar? Bel 112.',
};

function joinDutch(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
