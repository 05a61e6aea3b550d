// Talks to the server: a conversation token, the live socket (reconnecting), and HTTP when the socket is down.
var tokenKey = 'inloop-widget-token';
var openKey = 'inloop-widget-open';

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

  function request(path, options) {
    return fetch(settings.server + path, options).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) throw new Error(body.error || 'request failed');
        return body;
      });
    });
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
      onStatus('');
      socket.send(JSON.stringify({ type: 'hello', token: token }));
    });
    socket.addEventListener('message', function (event) {
      try {
        onFrame(JSON.parse(event.data));
      } catch (error) {
        // A frame we cannot read is skipped; the next history frame puts everything right.
      }
    });
    socket.addEventListener('close', function () {
      if (stopped) return;
      onStatus('offline');
      setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 15000);
    });
  }

  return {
    start: function () {
      return ensureToken().then(connect);
    },
    send: function (text, quickReplyId, clientId) {
      if (socket && socket.readyState === WebSocket.OPEN) {
        socket.send(JSON.stringify({ type: 'message', text: text, quickReplyId: quickReplyId, clientId: clientId }));
        return Promise.resolve();
      }
      return request('/api/chat/messages', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
        body: JSON.stringify({ text: text, quickReplyId: quickReplyId }),
      }).then(function (body) {
        body.replies.forEach(function (reply) { onFrame({ type: 'reply', author: reply.author, text: reply.text, quickReplies: reply.quickReplies, tone: reply.tone }); });
      });
    },
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
    },
  };
}

function widgetWasOpen(settings) {
  var storage = widgetStorage(settings.remember);
  return Boolean(storage && storage.getItem(openKey) && storage.getItem(tokenKey));
}
