import type { ConversationLanguage } from '../../../../core/taxonomy/index.js';
import { widgetTexts } from '../../../../core/texts/widget-texts.js';

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

/** The widget's own texts come in the intake's languages (core/texts/widget-texts.ts). */
export type WidgetLanguage = ConversationLanguage;

/** The widget's <script> element, or null; read at once by the caller, while currentScript is still this script. */
export function currentWidgetScript(): HTMLScriptElement | null {
  const script = document.currentScript;
  return script instanceof HTMLScriptElement ? script : null;
}

const isWidgetLanguage = (value: string | undefined): value is WidgetLanguage => value !== undefined && Object.prototype.hasOwnProperty.call(widgetTexts, value);

/** Settings come from the <script> tag's data attributes. */
export function readWidgetSettings(element: HTMLScriptElement | null): WidgetSettings {
  const data: DOMStringMap = element?.dataset ?? {};
  const source = element?.src ? new URL(element.src, location.href) : new URL(location.href);
  const language: WidgetLanguage = isWidgetLanguage(data.language) ? data.language : 'nl';
  return {
    server: data.server ? new URL(data.server, location.href).origin : source.origin,
    title: data.title || widgetTexts[language].title,
    colour: data.colour || data.color || '#1f5fa8',
    language,
    position: data.position === 'bottom-left' ? 'bottom-left' : 'bottom-right',
    // Where "Snel weg" goes: somewhere that looks like ordinary browsing.
    exitUrl: data.exitUrl || 'https://www.google.com/search?q=weer',
    // "device" keeps the conversation until quick exit (a worker may answer hours later); "tab" forgets it with the tab.
    remember: data.remember === 'tab' ? 'tab' : 'device',
  };
}
