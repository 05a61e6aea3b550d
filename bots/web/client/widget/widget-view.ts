// The widget's DOM. Every text goes in through textContent: a message is shown as text, never as HTML.
import type { MessageAuthor, QuickReply } from '../../../../core/ports/message.js';
import { readableColours } from './readable-colours.js';
import { widgetCss } from './widget-styles.js';
import type { WidgetTexts } from '../../../../core/texts/widget-texts.js';
import type { WidgetSettings } from './widget-settings.js';

export type { QuickReply };

function element<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, className?: string, text?: string): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// Crisis numbers and chat sites in a crisis answer become links: a tap calls 113 or opens its chat.
const crisisLinkPattern = /(\b[a-z0-9-]+\.nl\b|\b(?:112|113|0800-?\d{4}|0900-?\d{4})\b)/g;

function appendWithCrisisLinks(parent: HTMLElement, text: string): void {
  let last = 0;
  text.replace(crisisLinkPattern, (match: string, _group: string, offset: number) => {
    if (offset > last) parent.appendChild(document.createTextNode(text.slice(last, offset)));
    const link = element('a', match.indexOf('.nl') > 0 ? 'chat-link' : 'call-link', match);
    if (match.indexOf('.nl') > 0) {
      link.href = 'https://' + match;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    } else {
      link.href = 'tel:' + match.replace(/-/g, '');
    }
    parent.appendChild(link);
    last = offset + match.length;
    return match;
  });
  if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
}

function applyStyles(shadow: ShadowRoot): void {
  if (shadow.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(widgetCss);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    shadow.appendChild(element('style', '', widgetCss));
  }
}

/** A message as the view shows it: a stored message, a reply of this turn, or the resident's own line. */
export interface ShownMessage {
  author?: MessageAuthor;
  text: string;
  quickReplies?: QuickReply[];
  tone?: 'normal' | 'crisis';
  lang?: string | null;
}

/** What the person does in the widget; the wiring (widget-main.ts) decides what follows. */
export interface WidgetHandlers {
  onOpen(): void;
  onClose(): void;
  onSend(text: string): void;
  onQuickReply(choice: QuickReply): void;
  onQuickExit(): void;
}

export type WidgetView = ReturnType<typeof createWidgetView>;

export function createWidgetView(settings: WidgetSettings, texts: WidgetTexts, handlers: WidgetHandlers) {
  const host = element('div');
  host.setAttribute('data-inloop-widget', '');
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow);
  const root = element('div', 'root ' + settings.position);
  // The widget's own texts are in its language, whatever the host page says (WCAG 3.1.2); Arabic reads right to left.
  root.lang = settings.language;
  root.dir = settings.language === 'ar' ? 'rtl' : 'ltr';
  const launcher = element('button', 'launcher', texts.launcher);
  launcher.type = 'button';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', 'inloop-panel');

  const panel = element('section', 'panel');
  panel.id = 'inloop-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'inloop-title');
  const header = element('header');
  const title = element('h2', '', settings.title);
  title.id = 'inloop-title';
  const exit = element('button', 'exit', texts.quickExit);
  exit.type = 'button';
  exit.setAttribute('aria-label', texts.quickExitLabel);
  const close = element('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', texts.close);
  header.append(title, exit, close);

  // One compact line: the disclosure until the assistant's welcome says it in the log, then only
  // "Meer info" (which shows it again with the privacy line) and the office-hours notice.
  const intro = element('div', 'intro');
  const disclosure = element('p', 'disclosure', texts.disclosure);
  const notice = element('span', 'notice');
  const moreText = element('p', 'more-text', texts.privacy);
  moreText.id = 'inloop-more';
  moreText.hidden = true;
  const more = element('button', 'more', texts.moreInfo);
  more.type = 'button';
  more.setAttribute('aria-expanded', 'false');
  more.setAttribute('aria-controls', 'inloop-more');
  // The office-hours notice and the toggle share one line of text.
  const noticeLine = element('p', 'notice-line');
  noticeLine.append(notice, ' ', more);
  intro.append(disclosure, noticeLine, moreText);
  // The live region wraps the list (a role on the <ol> itself would hide its items from assistive technology).
  const logRegion = element('div', 'log');
  logRegion.setAttribute('role', 'log');
  logRegion.setAttribute('aria-live', 'polite');
  logRegion.setAttribute('aria-label', texts.log);
  logRegion.tabIndex = 0;
  const log = element('ol', 'messages');
  logRegion.appendChild(log);
  const typing = element('p', 'typing', texts.typing);
  typing.hidden = true;
  typing.setAttribute('aria-live', 'polite');
  const quickReplies = element('div', 'quick-replies');
  quickReplies.setAttribute('role', 'group');
  quickReplies.setAttribute('aria-label', texts.quickReplies);
  const status = element('p', 'status');
  status.setAttribute('role', 'status');

  const form = element('form');
  const label = element('label', 'visually-hidden', texts.inputLabel);
  label.htmlFor = 'inloop-input';
  const input = element('textarea');
  input.id = 'inloop-input';
  input.rows = 2;
  input.maxLength = 4000;
  input.placeholder = texts.placeholder;
  const send = element('button', 'send', texts.send);
  send.type = 'submit';
  form.append(label, input, send);
  panel.append(header, intro, logRegion, typing, quickReplies, status, form);
  root.append(panel, launcher);
  shadow.appendChild(root);
  document.body.appendChild(host);

  // Resolve the configured colour through the browser (any CSS colour works), then pick readable text for it.
  const probe = element('span');
  probe.style.color = settings.colour;
  if (!probe.style.color) probe.style.color = '#1f5fa8';
  shadow.appendChild(probe);
  const accent = getComputedStyle(probe).color;
  probe.remove();
  const colours = readableColours(accent);
  root.style.setProperty('--accent', colours.accent);
  root.style.setProperty('--on-accent', colours.onAccent);

  launcher.addEventListener('click', () => (panel.hidden ? handlers.onOpen() : handlers.onClose()));
  more.addEventListener('click', () => {
    const expanded = more.getAttribute('aria-expanded') !== 'true';
    more.setAttribute('aria-expanded', String(expanded));
    more.textContent = expanded ? texts.lessInfo : texts.moreInfo;
    moreText.hidden = !expanded;
    intro.classList.toggle('expanded', expanded);
  });
  close.addEventListener('click', () => handlers.onClose());
  exit.addEventListener('click', () => handlers.onQuickExit());
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') handlers.onClose();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    handlers.onSend(text);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  // The log follows the newest message unless the resident scrolled up to read.
  let followNewest = true;
  logRegion.addEventListener('scroll', () => {
    followNewest = logRegion.scrollTop + logRegion.clientHeight >= logRegion.scrollHeight - 8;
  });

  /** Called after everything that changes the log's size (buttons, typing line, status) is drawn. */
  function scrollToNewest(): void {
    logRegion.scrollTop = logRegion.scrollHeight;
    followNewest = true;
    // In a panel shorter than its content (320 x 256), bring the end of the log into the panel's view too.
    if (panel.scrollHeight > panel.clientHeight) panel.scrollTop = panel.scrollHeight;
  }
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(() => { if (followNewest) logRegion.scrollTop = logRegion.scrollHeight; }).observe(logRegion);
  }

  // A phone (coarse pointer): focus waits on the log, then goes to the next first button, so the
  // on-screen keyboard does not pop up over the choices. Elsewhere focus goes to the input.
  const coarsePointer = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
  let focusNextChoice = false;

  function showQuickReplies(choices: QuickReply[] | undefined): void {
    quickReplies.replaceChildren();
    for (const choice of choices ?? []) {
      const button = element('button', '', choice.label);
      button.dir = 'auto';
      button.type = 'button';
      button.addEventListener('click', () => {
        handlers.onQuickReply(choice);
        // The pressed button is gone now: focus never falls back to <body>.
        if (coarsePointer) {
          focusNextChoice = true;
          logRegion.focus({ preventScroll: true });
        } else {
          input.focus({ preventScroll: true });
        }
      });
      quickReplies.appendChild(button);
    }
    const first = quickReplies.querySelector('button');
    if (first && focusNextChoice && shadow.activeElement === logRegion) {
      focusNextChoice = false;
      first.focus({ preventScroll: true });
    }
  }

  // Full screen on a phone: the page behind is inert, so focus and a screen reader stay in the chat.
  const fullScreen: MediaQueryList | null = window.matchMedia ? window.matchMedia('(max-width: 480px)') : null;
  let madeInert: HTMLElement[] = [];
  function setPageInert(inert: boolean): void {
    for (const node of madeInert) node.inert = false;
    madeInert = [];
    panel.removeAttribute('aria-modal');
    if (!inert || !fullScreen?.matches) return;
    panel.setAttribute('aria-modal', 'true');
    for (const node of Array.from(document.body.children)) {
      if (node instanceof HTMLElement && node !== host && !node.inert && node.tagName !== 'SCRIPT') {
        node.inert = true;
        madeInert.push(node);
      }
    }
  }
  if (fullScreen?.addEventListener) fullScreen.addEventListener('change', () => setPageInert(!panel.hidden));

  return {
    open(): void {
      panel.hidden = false;
      root.classList.add('open');
      launcher.setAttribute('aria-expanded', 'true');
      setPageInert(true);
      input.focus({ preventScroll: true });
      scrollToNewest(); // the header ("Snel weg", close) and the input are sticky, so they stay in view
    },
    close(): void {
      panel.hidden = true;
      root.classList.remove('open');
      launcher.setAttribute('aria-expanded', 'false');
      setPageInert(false);
      launcher.focus();
    },
    isOpen: (): boolean => !panel.hidden,
    addMessage(message: ShownMessage): HTMLSpanElement {
      const item = element('li', 'message ' + (message.author || 'assistant') + (message.tone === 'crisis' ? ' crisis' : ''));
      item.appendChild(element('span', 'author', `${texts.authors[message.author ?? 'assistant'] || texts.authors.assistant}:`));
      // The message in its own language (WCAG 3.1.2) when the server knows it; the author label stays in the interface's.
      // Arabic reads right to left; any other text takes its direction from itself.
      const body = element('span', 'body');
      if (message.lang) body.lang = message.lang;
      body.dir = message.lang === 'ar' ? 'rtl' : 'auto';
      if (message.tone === 'crisis') appendWithCrisisLinks(body, message.text);
      else body.textContent = message.text;
      item.appendChild(body);
      log.appendChild(item);
      if (message.author !== 'resident') intro.classList.add('collapsed');
      // Buttons belong to the newest message only; anything newer makes older choices stale.
      showQuickReplies(message.author === 'resident' ? [] : message.quickReplies);
      // Only now, with the buttons drawn and the log at its final size, does the newest message come into view.
      scrollToNewest();
      return body;
    },
    /** Marks a shown line's language once the server says it (a line the resident typed here). */
    setMessageLanguage(body: HTMLElement, lang: string | null | undefined): void {
      if (!lang) return;
      body.lang = lang;
      body.dir = lang === 'ar' ? 'rtl' : 'auto';
    },
    clearMessages(): void {
      log.replaceChildren();
      intro.classList.remove('collapsed');
      showQuickReplies([]);
    },
    setTyping(active: boolean): void {
      typing.hidden = !active;
      if (followNewest) scrollToNewest();
    },
    setNotice(text: string | null | undefined): void { notice.textContent = text || ''; },
    setStatus(text: string | null | undefined): void { status.textContent = text || ''; },
    remove(): void {
      setPageInert(false);
      host.remove();
    },
  };
}
