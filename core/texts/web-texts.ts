/**
 * What the web channel itself says, outside a conversation turn: to a resident in the widget or the
 * chat API (a frame it cannot read, a limit, a conversation that is gone), and to any caller (not
 * found, too many requests). Dutch, the widget's first language; the turns themselves speak the
 * resident's language (the other files of core/texts). The inbox's answers are in worker-texts.ts.
 */
export const webChatTexts = {
  writeMessage: 'Typ eerst een bericht.',
  messageTooLong: 'Dat bericht is te lang.',
  /** A token the server never issued, or whose conversation was erased; the widget then starts a new one. */
  unknownSession: 'Dit gesprek bestaat niet (meer). Begin een nieuw gesprek.',
  unreadableFrame: 'Dat bericht kon ik niet lezen. Probeer het opnieuw.',
  alreadyConnected: 'Dit gesprek is al verbonden.',
  startConversationFirst: 'Begin eerst een gesprek.',
  helloTooLate: 'Dit gesprek is niet op tijd gestart. Probeer het opnieuw.',
  conversationNotLoaded: 'Het gesprek kon niet worden geladen. Probeer het later opnieuw.',
  turnFailed: 'Er ging iets mis. Probeer het opnieuw.',
  tooManySockets: 'Er zijn nu te veel open gesprekken vanaf deze verbinding. Sluit een ander venster of probeer het later opnieuw.',
  tooFast: 'Je stuurt veel berichten snel achter elkaar. Wacht even.',
  /** In both languages: the server is too busy to know the conversation's. */
  busy: 'Het is nu erg druk. Probeer het over een paar seconden opnieuw. / It is very busy right now. Please try again in a few seconds.',
} as const;

/** The web server's answers to any request, resident's or worker's (bots/web/web-errors.ts, health-routes.ts). */
export const webServerTexts = {
  notFound: 'Niet gevonden.',
  slowDown: 'Even rustig aan: probeer het over een minuut opnieuw.',
  tooLarge: 'Dat bericht is te lang.',
  failed: 'Er ging iets mis. Probeer het later opnieuw.',
  databaseUnreachable: 'De database is niet bereikbaar.',
} as const;
