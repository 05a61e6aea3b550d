// Wiring: nothing is stored and nothing is fetched until the person opens the widget.
var settings = readWidgetSettings(widgetScriptElement);
var texts = widgetTexts[settings.language];
var connection = null;
var shownIds = {};
var clientCounter = 0;

function showStatus(kind) {
  view.setStatus(kind === 'offline' ? texts.offline : kind === 'renewed' ? texts.newSession : kind);
}

/** The conversation on screen, and the resident's own lines shown before the server gave them an id. */
var shownConversationId = null;
var unconfirmedOwnLines = [];
/** The language the server gave the resident's last line: a new line typed here is most likely in it too. */
var residentLanguage = null;

function showOwnLine(text) {
  var body = view.addMessage({ author: 'resident', text: text, lang: residentLanguage });
  unconfirmedOwnLines.push({ text: text, body: body });
}

function receiveHistory(frame) {
  // A new session (the old token was unknown) starts an empty panel; a reconnect of the same
  // conversation adds only what is new, so the log (aria-live) does not read everything again.
  if (shownConversationId !== null && frame.conversationId !== shownConversationId) {
    view.clearMessages();
    shownIds = {};
    unconfirmedOwnLines = [];
    residentLanguage = null;
  }
  shownConversationId = frame.conversationId;
  frame.messages.forEach(function (message) {
    if (shownIds[message.id]) return;
    // A line the resident typed here is already on screen without an id: it is the stored one, not a new one.
    var own = message.author === 'resident' ? unconfirmedOwnLines.map(function (line) { return line.text; }).indexOf(message.text) : -1;
    if (own >= 0) {
      var line = unconfirmedOwnLines.splice(0, own + 1).pop(); // older lines not stored by now were lost, not pending
      view.setMessageLanguage(line.body, message.lang);
      if (message.lang) residentLanguage = message.lang;
      shownIds[message.id] = true;
      return;
    }
    receiveMessage(message);
  });
}

function receive(frame) {
  if (frame.type === 'history') {
    receiveHistory(frame);
  } else if (frame.type === 'message') {
    receiveMessage(frame);
  } else if (frame.type === 'reply') {
    view.setTyping(false);
    view.addMessage(frame);
  } else if (frame.type === 'typing') {
    view.setTyping(frame.active !== false);
  } else if (frame.type === 'error') {
    view.setStatus(frame.message);
  } else if (frame.type === 'resent') {
    showOwnLine(frame.text);
  } else if (frame.type === 'ack') {
    view.setStatus('');
  }
}

function receiveMessage(message) {
  // The same stored message can arrive twice (history plus live); its id shows it once.
  if (shownIds[message.id]) return;
  shownIds[message.id] = true;
  if (message.author === 'resident' && message.lang) residentLanguage = message.lang;
  if (message.author !== 'resident') view.setTyping(false);
  view.addMessage(message);
  // A worker picked the case up, wrote, or closed it: the office-hours line may no longer fit.
  if (message.author === 'worker' || message.author === 'system') refreshNotice();
}

function ensureConnection() {
  if (connection) return;
  connection = createWidgetConnection(settings, receive, showStatus);
  connection.rememberOpen(true);
  connection.start().then(refreshNotice, function () {
    view.setStatus(texts.startFailed);
    connection = null;
  });
  refreshNotice();
  startNoticeRefresh();
}

// The office-hours line changes with the clock (a tab open across midnight) and with the case (a
// worker who picked it up is there, whatever the hours): asked again on focus, on return to the
// tab, when a worker or a notice writes, and every few minutes while the chat is in use.
var noticeRefreshMinutes = 5;
var noticeTimer = null;

var noticeDebounce = null;

/** Several reasons at once (a history full of worker messages) make one request. */
function refreshNotice() {
  clearTimeout(noticeDebounce);
  noticeDebounce = setTimeout(fetchNotice, 50);
}

function fetchNotice() {
  if (!connection) return;
  var token = connection.currentToken();
  fetch(settings.server + '/api/chat/settings?language=' + settings.language, token ? { headers: { Authorization: 'Bearer ' + token } } : undefined)
    .then(function (response) { return response.json(); })
    .then(function (body) { view.setNotice(body.officeHours && body.officeHours.text); })
    .catch(function () { /* the office-hours line is a courtesy */ });
}

function startNoticeRefresh() {
  if (noticeTimer) return;
  noticeTimer = setInterval(refreshNotice, noticeRefreshMinutes * 60 * 1000);
  window.addEventListener('focus', refreshNotice);
  document.addEventListener('visibilitychange', onVisibilityChange);
}

function onVisibilityChange() {
  if (document.visibilityState === 'visible') refreshNotice();
}

function stopNoticeRefresh() {
  clearInterval(noticeTimer);
  noticeTimer = null;
  window.removeEventListener('focus', refreshNotice);
  document.removeEventListener('visibilitychange', onVisibilityChange);
}

function sendText(text, quickReplyId) {
  ensureConnection();
  clientCounter += 1;
  showOwnLine(text);
  connection.send(text, quickReplyId, 'c' + Date.now() + '-' + clientCounter).catch(function () {
    view.setStatus(texts.sendFailed);
  });
}

var view = null;

function boot() {
  view = createWidgetView(settings, texts, {
    onOpen: function () {
      view.open();
      ensureConnection();
      connection && connection.rememberOpen(true);
    },
    onClose: function () {
      view.close();
      if (connection) connection.rememberOpen(false);
    },
    onSend: function (text) { sendText(text); },
    onQuickReply: function (choice) { sendText(choice.label, choice.id); },
    onQuickExit: function () {
      // Leave no trace on this device: the panel empties, the token goes, the page is replaced in history.
      stopNoticeRefresh();
      if (connection) connection.forget();
      else createWidgetConnection(settings, function () {}, function () {}).forget();
      view.clearMessages();
      shownConversationId = null;
      unconfirmedOwnLines = [];
      residentLanguage = null;
      view.remove();
      window.location.replace(settings.exitUrl);
    },
  });
  // A reload of a conversation that was open continues where it was.
  if (widgetWasOpen(settings)) {
    view.open();
    ensureConnection();
  }
}

// The tag may sit in <head>: wait for a body to attach to.
if (document.body) boot();
else document.addEventListener('DOMContentLoaded', boot);
