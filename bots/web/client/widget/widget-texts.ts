import type { MessageAuthor } from '../../../../core/ports/message.js';

/** What a site sets on the <script> tag (docs/operators/web-widget.md), resolved to the widget's settings. */
export interface WidgetSettings {
  /** The Inloop origin the chat API is on. */
  server: string;
  title: string;
  colour: string;
  language: WidgetLanguage;
  position: 'bottom-right' | 'bottom-left';
  exitUrl: string;
  remember: 'device' | 'tab';
}

export type WidgetLanguage = 'nl' | 'en';

/** The widget's own words, once per interface language; the conversation itself comes from the server. */
export interface WidgetTexts {
  launcher: string;
  close: string;
  quickExit: string;
  quickExitLabel: string;
  disclosure: string;
  moreInfo: string;
  lessInfo: string;
  privacy: string;
  log: string;
  inputLabel: string;
  placeholder: string;
  send: string;
  quickReplies: string;
  typing: string;
  authors: Record<MessageAuthor, string>;
  offline: string;
  startFailed: string;
  sendFailed: string;
  newSession: string;
}

/** The widget's <script> element, or null; read at once by the caller, while currentScript is still this script. */
export function currentWidgetScript(): HTMLScriptElement | null {
  const script = document.currentScript;
  return script instanceof HTMLScriptElement ? script : null;
}

/** Settings come from the <script> tag's data attributes. */
export function readWidgetSettings(element: HTMLScriptElement | null): WidgetSettings {
  const data: DOMStringMap = element?.dataset ?? {};
  const source = element?.src ? new URL(element.src, location.href) : new URL(location.href);
  const language: WidgetLanguage = data.language === 'en' ? 'en' : 'nl';
  return {
    server: data.server ? new URL(data.server, location.href).origin : source.origin,
    title: data.title || (language === 'en' ? 'Chat with the neighbourhood team' : 'Chat met het wijkteam'),
    colour: data.colour || data.color || '#1f5fa8',
    language,
    position: data.position === 'bottom-left' ? 'bottom-left' : 'bottom-right',
    // Where "Snel weg" goes: somewhere that looks like ordinary browsing.
    exitUrl: data.exitUrl || 'https://www.google.com/search?q=weer',
    // "device" keeps the conversation until quick exit (a worker may answer hours later); "tab" forgets it with the tab.
    remember: data.remember === 'tab' ? 'tab' : 'device',
  };
}

export const widgetTexts: Record<WidgetLanguage, WidgetTexts> = {
  nl: {
    launcher: 'Chat met ons',
    close: 'Chat sluiten',
    quickExit: 'Snel weg',
    quickExitLabel: 'Snel weg: wist dit gesprek op dit apparaat en opent een andere website',
    disclosure: 'Je praat eerst met een digitale assistent, geen mens. Typ "mens" voor een sociaal werker.',
    moreInfo: 'Meer info',
    lessInfo: 'Minder info',
    privacy: 'Je hoeft je naam niet te geven. We gebruiken je berichten alleen om je te helpen.',
    log: 'Gesprek',
    inputLabel: 'Je bericht',
    placeholder: 'Typ je bericht…',
    send: 'Verstuur',
    quickReplies: 'Kies een antwoord',
    typing: 'De assistent schrijft…',
    authors: { resident: 'Jij', assistant: 'Assistent', worker: 'Sociaal werker', system: 'Melding' },
    offline: 'Geen verbinding. We proberen het opnieuw…',
    startFailed: 'De chat kon niet starten. Probeer het later opnieuw.',
    sendFailed: 'Je bericht is niet verstuurd. Probeer het opnieuw.',
    newSession: 'Dit gesprek bestaat niet meer (bijvoorbeeld omdat je vroeg om alles te wissen). We beginnen een nieuw gesprek voor je.',
  },
  en: {
    launcher: 'Chat with us',
    close: 'Close chat',
    quickExit: 'Quick exit',
    quickExitLabel: 'Quick exit: erases this conversation on this device and opens another website',
    disclosure: 'You first talk with a digital assistant, not a person. Type "human" for a social worker.',
    moreInfo: 'More info',
    lessInfo: 'Less info',
    privacy: 'You do not need to give your name. We only use your messages to help you.',
    log: 'Conversation',
    inputLabel: 'Your message',
    placeholder: 'Type your message…',
    send: 'Send',
    quickReplies: 'Choose an answer',
    typing: 'The assistant is writing…',
    authors: { resident: 'You', assistant: 'Assistant', worker: 'Social worker', system: 'Notice' },
    offline: 'No connection. Trying again…',
    startFailed: 'The chat could not start. Please try again later.',
    sendFailed: 'Your message was not sent. Please try again.',
    newSession: 'This conversation no longer exists (for example because you asked to erase everything). We are starting a new one for you.',
  },
};
