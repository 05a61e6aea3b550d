import type { ClosingOutcomeError, CollectiveOfferError, DeskPermissionError } from '../errors.js';

/**
 * Every Dutch answer the inbox API gives a worker, in one place (worker screens are Dutch). What a
 * resident reads is in the other files of core/texts, in the resident's language; what the web
 * channel answers anyone (not found, too many requests) is in web-texts.ts.
 */
export const workerTexts = {
  // Signing in (auth-routes.ts, worker-sessions.ts)
  fillInLogin: 'Vul je gebruikersnaam en wachtwoord in.',
  /** The one answer to every refused login (unknown name, wrong password or code, or during the delay). */
  refusedLogin: 'Gebruikersnaam, wachtwoord of code klopt niet, of er is net te vaak geprobeerd. Probeer het over even opnieuw.',
  secondFactorMissing: 'Voor een coördinator-account is een code uit een authenticator-app nodig, en die is voor jou nog niet ingesteld. Vraag een beheerder om die in te stellen.',
  signInFirst: 'Log eerst in.',
  actionRefused: 'Deze actie is geweigerd. Laad de pagina opnieuw en probeer het nog eens.',
  /** A frame the inbox socket does not take: it only sends (bots/web/inbox-socket.ts). */
  useInboxButtons: 'Gebruik de knoppen in de inbox.',

  // A request that does not fit (route schemas)
  invalidRequest: 'Dat verzoek klopt niet.',
  tooLong: 'Die tekst is te lang.',
  writeMessage: 'Typ eerst een bericht.',
  writeNote: 'Typ eerst een notitie.',
  chooseColleague: 'Kies een collega, of niemand.',
  chooseOutcome: 'Kies een uitkomst.',
  chooseDomains: 'Kies leefgebieden uit de lijst.',
  noteNotText: 'De toelichting is geen tekst.',
  chooseMoment: 'Kies een datum en tijd.',
  chooseSnoozeEnd: 'Kies een datum, of "tot de inwoner reageert".',
  momentInFuture: 'Kies een moment in de toekomst.',
  choosePartner: 'Kies een partner.',
  cannedReplyIncomplete: 'Geef een titel en in elk geval de Nederlandse tekst (hoogstens 1000 tekens).',
  chooseAway: 'Kies aanwezig of afwezig.',
  chooseRoles: 'Kies een of meer rollen.',
  chooseCapacity: 'Geef een aantal zaken van 1 of meer.',
  chooseRole: 'Kies een rol.',
  chooseRequestCase: 'Kies de hulpvraag die bij dit aanbod past.',
  bothResidentsConsent: 'Beide inwoners moeten eerst toestemming geven.',
  chooseCollectiveOffer: 'Kies een aanbod, of beschrijf het nieuwe aanbod (hoogstens 200 tekens).',

  // What the desk refuses (web-errors.ts)
  claimedByColleague: 'Een collega heeft deze zaak net opgepakt. Kies een andere zaak.',
  notNowForThisCase: 'Dat kan nu niet bij deze zaak.',
  coordinatorOnly: 'Alleen een coördinator kan dit doen.',
  referralConsentNeeded: 'Vraag eerst de inwoner om toestemming voor wat je deelt. Zonder toestemming verwijs je niet door.',
  reportPeriod: 'Kies een periode met twee datums (van vóór tot), samen hooguit twee jaar.',
  /** Why a worker's WhatsApp message was not sent, and what the worker can do instead. */
  deliveryWindowClosed:
    'Niet verstuurd: de inwoner schreef meer dan 24 uur geleden voor het laatst via WhatsApp. ' +
    'WhatsApp laat dan alleen een vooraf goedgekeurd sjabloonbericht toe, en er is geen sjabloon ingesteld (WHATSAPP_TEMPLATE_REPLY). ' +
    'Je bericht is niet opgeslagen. Zodra de inwoner weer schrijft, kun je antwoorden; neem anders contact op zoals de inwoner dat wilde.',
  closingOutcome: {
    'unknown-outcome': 'Kies een uitkomst uit de lijst.',
    'partner-needed': 'Kies naar welke partner je hebt doorverwezen.',
    'unknown-partner': 'Die partner staat niet op de sociale kaart.',
    'unknown-domain': 'Kies leefgebieden uit de lijst.',
  } satisfies Record<ClosingOutcomeError['problem'], string>,
  collectiveOffer: {
    'no-signal': 'Dit signaal staat nu niet (meer) op het dashboard. Laad het dashboard opnieuw.',
    'already-started': 'Voor dit signaal is al een collectief aanbod gestart. Laad het dashboard opnieuw om te zien welk.',
  } satisfies Record<CollectiveOfferError['problem'], string>,
} as const;

/**
 * The card's line for a WhatsApp case (bots/web/case-view.ts): how long WhatsApp still takes a
 * worker's free message ("WhatsApp-venster nog 5 uur open"), or that the 24-hour window is closed
 * (`minutesLeft` null) and what happens to a message then.
 */
export function whatsAppWindowText(minutesLeft: number | null, templateConfigured: boolean): string {
  if (minutesLeft === null) {
    return `WhatsApp-venster gesloten: ${templateConfigured ? 'je bericht gaat als goedgekeurd sjabloon' : 'je kunt pas antwoorden als de inwoner weer schrijft'}`;
  }
  if (minutesLeft < 60) return `WhatsApp-venster nog ${minutesLeft} ${minutesLeft === 1 ? 'minuut' : 'minuten'} open`;
  return `WhatsApp-venster nog ${Math.floor(minutesLeft / 60)} uur open`;
}

/** What the inbox says when the desk refuses (docs/operators/security.md, "What a worker may do"). */
export function deskRefusalText(error: DeskPermissionError): string {
  const name = error.assigneeName ?? 'een collega';
  if (error.reason === 'other-team') return 'Deze zaak hoort bij een ander team. Vraag een collega van dat team of een coördinator.';
  if (error.reason === 'confirmation-needed') return `Deze casus is van ${name}. Bevestig eerst dat je hem wilt overnemen.`;
  return `Deze zaak is van ${name}. Alleen ${name} zelf (door de zaak over te dragen) of een coördinator kan hem overnemen of sluiten.`;
}
