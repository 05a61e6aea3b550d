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

// Any brand colour stays readable: the text on it is white or near-black, whichever contrasts more.
function readableTextOn(colour) {
  var match = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
  if (!match) return '#ffffff';
  var luminance = relativeLuminance([Number(match[1]), Number(match[2]), Number(match[3])]);
  return (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.0625) ? '#ffffff' : '#1a1a1a';
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

  var intro = element('div', 'intro');
  var notice = element('p', 'notice');
  intro.append(element('p', '', texts.disclosure), element('p', '', texts.privacy), notice);
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
  root.style.setProperty('--accent', accent);
  root.style.setProperty('--on-accent', readableTextOn(accent));

  launcher.addEventListener('click', function () { panel.hidden ? handlers.onOpen() : handlers.onClose(); });
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

  function showQuickReplies(choices) {
    quickReplies.replaceChildren();
    (choices || []).forEach(function (choice) {
      var button = element('button', '', choice.label);
      button.dir = 'auto';
      button.type = 'button';
      button.addEventListener('click', function () { handlers.onQuickReply(choice); });
      quickReplies.appendChild(button);
    });
  }

  return {
    open: function () {
      panel.hidden = false;
      root.classList.add('open');
      launcher.setAttribute('aria-expanded', 'true');
      input.focus();
    },
    close: function () {
      panel.hidden = true;
      root.classList.remove('open');
      launcher.setAttribute('aria-expanded', 'false');
      launcher.focus();
    },
    isOpen: function () { return !panel.hidden; },
    addMessage: function (message) {
      var item = element('li', 'message ' + (message.author || 'assistant') + (message.tone === 'crisis' ? ' crisis' : ''));
      item.appendChild(element('span', 'author', (texts.authors[message.author] || texts.authors.assistant) + ':'));
      // Arabic reads right to left: each message takes its direction from its own text.
      var body = element('span', 'body');
      body.dir = 'auto';
      if (message.tone === 'crisis') appendWithCrisisLinks(body, message.text);
      else body.textContent = message.text;
      item.appendChild(body);
      log.appendChild(item);
      logRegion.scrollTop = logRegion.scrollHeight;
      // Buttons belong to the newest message only; anything newer makes older choices stale.
      showQuickReplies(message.author === 'resident' ? [] : message.quickReplies);
    },
    clearMessages: function () {
      log.replaceChildren();
      showQuickReplies([]);
    },
    setTyping: function (active) { typing.hidden = !active; },
    setNotice: function (text) { notice.textContent = text || ''; },
    setStatus: function (text) { status.textContent = text || ''; },
    remove: function () { host.remove(); },
  };
}
