// Talks to the server: a conversation token, the live socket (reconnecting), and HTTP when the socket is down.
var tokenKey = 'inloop-widget-token';
var openKey = 'inloop-widget-open';
// The server closes with this code when it does not know the token (never issued, or erased after "vergeet mij").
var unknownSessionCode = 4401;

function widgetStorage(remember) {
  try {
    return remember === 'tab' ? window.sessionStorage : window.localStorage;
  } catch (error) {
    return null; // storage blocked: the chat still works, it just will not resume
  }
}

function createWidgetConnection(settings, onFrame, onStatus) {
  var storage = widgetStorage(settings.remember);
  var socket = null;
  var stopped = false;
  var retryDelay = 1000;
  var token = null;
  // Messages sent over the socket and not yet acknowledged: sent again in a new session if this one turns out unknown.
  var unacknowledged = {};
  var resendAfterHistory = [];
  var renewed = false;

  function request(path, options) {
    return fetch(settings.server + path, options).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) {
          var error = new Error(body.error || 'request failed');
          error.status = response.status;
          throw error;
        }
        return body;
      });
    });
  }

  /** The server does not know this token (erased or never issued): forget it and start a new session. */
  function forgetToken() {
    if (storage) storage.removeItem(tokenKey);
    token = null;
    renewed = true;
    onStatus('renewed');
  }

  function ensureToken() {
    token = storage ? storage.getItem(tokenKey) : token;
    if (token) return Promise.resolve(token);
    return request('/api/chat/sessions', { method: 'POST' }).then(function (body) {
      token = body.token;
      if (storage) storage.setItem(tokenKey, token);
      return token;
    });
  }

  function connect() {
    if (stopped) return;
    var url = new URL('/api/chat/socket', settings.server);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(url.href);
    // The token goes in the first frame, not the URL, so it never lands in an access log.
    socket.addEventListener('open', function () {
      retryDelay = 1000;
      if (!renewed) onStatus(''); // the notice of a new session stays until the next acknowledgement
      renewed = false;
      socket.send(JSON.stringify({ type: 'hello', token: token }));
    });
    socket.addEventListener('message', function (event) {
      var frame;
      try {
        frame = JSON.parse(event.data);
      } catch (error) {
        return; // A frame we cannot read is skipped; the next history frame puts everything right.
      }
      if (frame.type === 'ack') delete unacknowledged[frame.clientId];
      // The server closes right after this frame; the close handler starts the new session.
      if (frame.type === 'error' && frame.session === 'unknown') return;
      onFrame(frame);
      if (frame.type === 'history') resendPending();
    });
    socket.addEventListener('close', function (event) {
      if (stopped) return;
      if (event.code === unknownSessionCode) {
        // Nothing is lost: a new session starts at once and what was not acknowledged goes again.
        forgetToken();
        Object.keys(unacknowledged).forEach(function (clientId) {
          resendAfterHistory.push({ clientId: clientId, message: unacknowledged[clientId] });
        });
        unacknowledged = {};
        ensureToken().then(connect, function () { onStatus('offline'); setTimeout(reconnect, retryDelay); });
        return;
      }
      unacknowledged = {}; // as before: an ordinary reconnect sends nothing again
      onStatus('offline');
      setTimeout(reconnect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 15000);
    });
  }

  function reconnect() {
    if (token) return connect();
    ensureToken().then(connect, function () {
      setTimeout(reconnect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 15000);
    });
  }

  function resendPending() {
    resendAfterHistory.splice(0).forEach(function (pending) {
      // The new session's history cleared the panel: show the resident's words again, then send them.
      onFrame({ type: 'resent', text: pending.message.text });
      sendOverSocket(pending.message.text, pending.message.quickReplyId, pending.clientId);
    });
  }

  function sendOverSocket(text, quickReplyId, clientId) {
    unacknowledged[clientId] = { text: text, quickReplyId: quickReplyId };
    socket.send(JSON.stringify({ type: 'message', text: text, quickReplyId: quickReplyId, clientId: clientId }));
  }

  function sendOverHttp(text, quickReplyId) {
    return request('/api/chat/messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
      body: JSON.stringify({ text: text, quickReplyId: quickReplyId }),
    });
  }

  return {
    start: function () {
      return ensureToken().then(connect);
    },
    send: function (text, quickReplyId, clientId) {
      if (socket && socket.readyState === WebSocket.OPEN) {
        sendOverSocket(text, quickReplyId, clientId);
        return Promise.resolve();
      }
      return sendOverHttp(text, quickReplyId).catch(function (error) {
        if (error.status !== 401) throw error;
        // Unknown token: once more in a new session, so the resident still gets an answer.
        forgetToken();
        return ensureToken().then(function () { return sendOverHttp(text, quickReplyId); });
      }).then(function (body) {
        body.replies.forEach(function (reply) { onFrame({ type: 'reply', author: reply.author, text: reply.text, quickReplies: reply.quickReplies, tone: reply.tone }); });
      });
    },
    /** The conversation's token, or null before it exists (the office-hours line asks with it). */
    currentToken: function () { return token; },
    rememberOpen: function (open) {
      if (storage) open ? storage.setItem(openKey, '1') : storage.removeItem(openKey);
    },
    forget: function () {
      stopped = true;
      if (socket) socket.close();
      if (storage) {
        storage.removeItem(tokenKey);
        storage.removeItem(openKey);
      }
      token = null;
      unacknowledged = {};
      resendAfterHistory = [];
    },
  };
}

function widgetWasOpen(settings) {
  var storage = widgetStorage(settings.remember);
  return Boolean(storage && storage.getItem(openKey) && storage.getItem(tokenKey));
}
