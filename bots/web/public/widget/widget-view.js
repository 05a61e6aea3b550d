// The widget's DOM. Every text goes in through textContent: a message is shown as text, never as HTML.
function element(tag, className, text) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// Crisis numbers and chat sites in a crisis answer become links: a tap calls 113 or opens its chat.
var crisisLinkPattern = /(\b[a-z0-9-]+\.nl\b|\b(?:112|113|0800-?\d{4}|0900-?\d{4})\b)/g;

function appendWithCrisisLinks(parent, text) {
  var last = 0;
  text.replace(crisisLinkPattern, function (match, _group, offset) {
    if (offset > last) parent.appendChild(document.createTextNode(text.slice(last, offset)));
    var link = element('a', match.indexOf('.nl') > 0 ? 'chat-link' : 'call-link', match);
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

function relativeLuminance(rgb) {
  var channels = rgb.map(function (value) {
    var scaled = value / 255;
    return scaled <= 0.03928 ? scaled / 12.92 : Math.pow((scaled + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

function contrastRatio(first, second) {
  var lighter = Math.max(first, second);
  var darker = Math.min(first, second);
  return (lighter + 0.05) / (darker + 0.05);
}

var nearBlack = relativeLuminance([26, 26, 26]);

/**
 * Any brand colour stays readable (WCAG 1.4.3): the text on it is white or near-black, whichever
 * contrasts more; when neither reaches 4.5:1 (a mid red such as #d9534f), the colour itself is
 * darkened in small steps until white text does.
 */
function readableColours(colour) {
  var match = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
  if (!match) return { accent: colour, onAccent: '#ffffff' };
  var rgb = [Number(match[1]), Number(match[2]), Number(match[3])];
  var luminance = relativeLuminance(rgb);
  var onWhite = contrastRatio(1, luminance);
  var onDark = contrastRatio(nearBlack, luminance);
  if (Math.max(onWhite, onDark) >= 4.5) return { accent: colour, onAccent: onWhite >= onDark ? '#ffffff' : '#1a1a1a' };
  var darker = rgb;
  while (contrastRatio(1, relativeLuminance(darker)) < 4.5) {
    darker = darker.map(function (value) { return Math.floor(value * 0.95); });
  }
  return { accent: 'rgb(' + darker.join(', ') + ')', onAccent: '#ffffff' };
}

function applyStyles(shadow) {
  if (shadow.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(widgetCss);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    shadow.appendChild(element('style', '', widgetCss));
  }
}

function createWidgetView(settings, texts, handlers) {
  var host = element('div');
  host.setAttribute('data-inloop-widget', '');
  var shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow);
  var root = element('div', 'root ' + settings.position);
  // The widget's own texts are in its language, whatever the host page says (WCAG 3.1.2).
  root.lang = settings.language;
  var launcher = element('button', 'launcher', texts.launcher);
  launcher.type = 'button';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', 'inloop-panel');

  var panel = element('section', 'panel');
  panel.id = 'inloop-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'inloop-title');
  var header = element('header');
  var title = element('h2', '', settings.title);
  title.id = 'inloop-title';
  var exit = element('button', 'exit', texts.quickExit);
  exit.type = 'button';
  exit.setAttribute('aria-label', texts.quickExitLabel);
  var close = element('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', texts.close);
  header.append(title, exit, close);

  // One compact line: the disclosure until the assistant's welcome says it in the log, then only
  // "Meer info" (which shows it again with the privacy line) and the office-hours notice.
  var intro = element('div', 'intro');
  var disclosure = element('p', 'disclosure', texts.disclosure);
  var notice = element('span', 'notice');
  var moreText = element('p', 'more-text', texts.privacy);
  moreText.id = 'inloop-more';
  moreText.hidden = true;
  var more = element('button', 'more', texts.moreInfo);
  more.type = 'button';
  more.setAttribute('aria-expanded', 'false');
  more.setAttribute('aria-controls', 'inloop-more');
  // The office-hours notice and the toggle share one line of text.
  var noticeLine = element('p', 'notice-line');
  noticeLine.append(notice, ' ', more);
  intro.append(disclosure, noticeLine, moreText);
  // The live region wraps the list (a role on the <ol> itself would hide its items from assistive technology).
  var logRegion = element('div', 'log');
  logRegion.setAttribute('role', 'log');
  logRegion.setAttribute('aria-live', 'polite');
  logRegion.setAttribute('aria-label', texts.log);
  logRegion.tabIndex = 0;
  var log = element('ol', 'messages');
  logRegion.appendChild(log);
  var typing = element('p', 'typing', texts.typing);
  typing.hidden = true;
  typing.setAttribute('aria-live', 'polite');
  var quickReplies = element('div', 'quick-replies');
  quickReplies.setAttribute('role', 'group');
  quickReplies.setAttribute('aria-label', texts.quickReplies);
  var status = element('p', 'status');
  status.setAttribute('role', 'status');

  var form = element('form');
  var label = element('label', 'visually-hidden', texts.inputLabel);
  label.htmlFor = 'inloop-input';
  var input = element('textarea');
  input.id = 'inloop-input';
  input.rows = 2;
  input.maxLength = 4000;
  input.placeholder = texts.placeholder;
  var send = element('button', 'send', texts.send);
  send.type = 'submit';
  form.append(label, input, send);
  panel.append(header, intro, logRegion, typing, quickReplies, status, form);
  root.append(panel, launcher);
  shadow.appendChild(root);
  document.body.appendChild(host);

  // Resolve the configured colour through the browser (any CSS colour works), then pick readable text for it.
  var probe = element('span');
  probe.style.color = settings.colour;
  if (!probe.style.color) probe.style.color = '#1f5fa8';
  shadow.appendChild(probe);
  var accent = getComputedStyle(probe).color;
  probe.remove();
  var colours = readableColours(accent);
  root.style.setProperty('--accent', colours.accent);
  root.style.setProperty('--on-accent', colours.onAccent);

  launcher.addEventListener('click', function () { panel.hidden ? handlers.onOpen() : handlers.onClose(); });
  more.addEventListener('click', function () {
    var expanded = more.getAttribute('aria-expanded') !== 'true';
    more.setAttribute('aria-expanded', String(expanded));
    more.textContent = expanded ? texts.lessInfo : texts.moreInfo;
    moreText.hidden = !expanded;
    intro.classList.toggle('expanded', expanded);
  });
  close.addEventListener('click', function () { handlers.onClose(); });
  exit.addEventListener('click', function () { handlers.onQuickExit(); });
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') handlers.onClose();
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = '';
    handlers.onSend(text);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  // The log follows the newest message unless the resident scrolled up to read.
  var followNewest = true;
  logRegion.addEventListener('scroll', function () {
    followNewest = logRegion.scrollTop + logRegion.clientHeight >= logRegion.scrollHeight - 8;
  });

  /** Called after everything that changes the log's size (buttons, typing line, status) is drawn. */
  function scrollToNewest() {
    logRegion.scrollTop = logRegion.scrollHeight;
    followNewest = true;
    // In a panel shorter than its content (320 x 256), bring the end of the log into the panel's view too.
    if (panel.scrollHeight > panel.clientHeight) panel.scrollTop = panel.scrollHeight;
  }
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(function () { if (followNewest) logRegion.scrollTop = logRegion.scrollHeight; }).observe(logRegion);
  }

  // A phone (coarse pointer): focus waits on the log, then goes to the next first button, so the
  // on-screen keyboard does not pop up over the choices. Elsewhere focus goes to the input.
  var coarsePointer = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
  var focusNextChoice = false;

  function showQuickReplies(choices) {
    quickReplies.replaceChildren();
    (choices || []).forEach(function (choice) {
      var button = element('button', '', choice.label);
      button.dir = 'auto';
      button.type = 'button';
      button.addEventListener('click', function () {
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
    });
    var first = quickReplies.querySelector('button');
    if (first && focusNextChoice && shadow.activeElement === logRegion) {
      focusNextChoice = false;
      first.focus({ preventScroll: true });
    }
  }

  // Full screen on a phone: the page behind is inert, so focus and a screen reader stay in the chat.
  var fullScreen = window.matchMedia ? window.matchMedia('(max-width: 480px)') : { matches: false };
  var madeInert = [];
  function setPageInert(inert) {
    madeInert.forEach(function (node) { node.inert = false; });
    madeInert = [];
    panel.removeAttribute('aria-modal');
    if (!inert || !fullScreen.matches) return;
    panel.setAttribute('aria-modal', 'true');
    Array.prototype.forEach.call(document.body.children, function (node) {
      if (node !== host && !node.inert && node.tagName !== 'SCRIPT') {
        node.inert = true;
        madeInert.push(node);
      }
    });
  }
  if (fullScreen.addEventListener) fullScreen.addEventListener('change', function () { setPageInert(!panel.hidden); });

  return {
    open: function () {
      panel.hidden = false;
      root.classList.add('open');
      launcher.setAttribute('aria-expanded', 'true');
      setPageInert(true);
      input.focus({ preventScroll: true });
      scrollToNewest(); // the header ("Snel weg", close) and the input are sticky, so they stay in view
    },
    close: function () {
      panel.hidden = true;
      root.classList.remove('open');
      launcher.setAttribute('aria-expanded', 'false');
      setPageInert(false);
      launcher.focus();
    },
    isOpen: function () { return !panel.hidden; },
    addMessage: function (message) {
      var item = element('li', 'message ' + (message.author || 'assistant') + (message.tone === 'crisis' ? ' crisis' : ''));
      item.appendChild(element('span', 'author', (texts.authors[message.author] || texts.authors.assistant) + ':'));
      // The message in its own language (WCAG 3.1.2) when the server knows it; the author label stays in the interface's.
      // Arabic reads right to left; any other text takes its direction from itself.
      var body = element('span', 'body');
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
    setMessageLanguage: function (body, lang) {
      if (!lang) return;
      body.lang = lang;
      body.dir = lang === 'ar' ? 'rtl' : 'auto';
    },
    clearMessages: function () {
      log.replaceChildren();
      intro.classList.remove('collapsed');
      showQuickReplies([]);
    },
    setTyping: function (active) {
      typing.hidden = !active;
      if (followNewest) scrollToNewest();
    },
    setNotice: function (text) { notice.textContent = text || ''; },
    setStatus: function (text) { status.textContent = text || ''; },
    remove: function () {
      setPageInert(false);
      host.remove();
    },
  };
}
