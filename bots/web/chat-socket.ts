import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import type { Runtime } from '../runtime/create-runtime.js';
import { parseClientFrame } from './chat-frames.js';
import { toMessageView, toReplyView } from './message-view.js';
import type { ResidentClient, ResidentSocketHub } from './resident-socket-hub.js';
import { conversationRefForToken, isResidentTokenShaped } from './resident-token.js';

const framesPerWindow = 20;
const windowMilliseconds = 10_000;

/** WebSocket /api/chat/socket: the widget's live line. Protocol in docs/web.md. */
export function registerChatSocket(server: FastifyInstance, runtime: Runtime, hub: ResidentSocketHub): void {
  const { store, assistant, clock, configuration, logger } = runtime;

  server.get('/api/chat/socket', { websocket: true }, (socket: WebSocket, request) => {
    const send = (frame: object) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
    };
    const client: ResidentClient = { send, turnsInProgress: 0, deliveredDuringTurn: 0 };
    let chatRef: ReturnType<typeof conversationRefForToken> | null = null;
    let detach: (() => void) | null = null;
    let turns: Promise<void> = Promise.resolve();
    let windowStart = Date.now();
    let framesInWindow = 0;

    async function attach(token: string) {
      chatRef = conversationRefForToken(token);
      // Join the hub before reading history, so nothing stored in between is missed (the widget drops duplicates by id).
      detach = hub.add(chatRef.chatId, client);
      const conversation = await store.openConversation(chatRef, clock.now());
      const messages = await store.listMessages(conversation.id);
      send({ type: 'history', conversationId: conversation.id, messages: messages.map(toMessageView) });
    }

    async function takeTurn(text: string, quickReplyId: string | undefined) {
      if (!chatRef) return;
      client.turnsInProgress += 1;
      client.deliveredDuringTurn = 0;
      send({ type: 'typing', active: true });
      try {
        const replies = await assistant.handle({ ref: chatRef, text, kind: 'text', quickReplyId, receivedAt: clock.now() });
        // Stored replies already arrived through the hub; unstored ones (erasure, store down) only exist here.
        if (client.deliveredDuringTurn === 0) for (const reply of replies) send({ type: 'reply', ...toReplyView(reply) });
      } finally {
        client.turnsInProgress -= 1;
        send({ type: 'typing', active: false });
      }
    }

    socket.on('message', (data, isBinary) => {
      if (Date.now() - windowStart > windowMilliseconds) {
        windowStart = Date.now();
        framesInWindow = 0;
      }
      framesInWindow += 1;
      if (framesInWindow > framesPerWindow) return send({ type: 'error', message: 'Je stuurt veel berichten snel achter elkaar. Wacht even.' });
      const frame = isBinary ? null : parseClientFrame(data.toString(), configuration.MAXIMUM_MESSAGE_LENGTH);
      if (!frame) return send({ type: 'error', message: 'Dat bericht kon ik niet lezen. Probeer het opnieuw.' });
      if (frame.type === 'hello') {
        if (chatRef) return send({ type: 'error', message: 'Dit gesprek is al verbonden.' });
        return void attach(frame.token).catch((error) => {
          logger.error({ err: error }, 'chat socket: history failed');
          send({ type: 'error', message: 'Het gesprek kon niet worden geladen. Probeer het later opnieuw.' });
        });
      }
      if (!chatRef) return send({ type: 'error', message: 'Begin eerst een gesprek.' });
      send({ type: 'ack', clientId: frame.clientId });
      // One turn at a time per connection, in the order typed.
      turns = turns.then(() => takeTurn(frame.text, frame.quickReplyId)).catch((error) => {
        logger.error({ err: error }, 'chat socket: turn failed');
        send({ type: 'error', message: 'Er ging iets mis. Probeer het opnieuw.' });
      });
    });
    socket.on('close', () => detach?.());
    socket.on('error', (error) => logger.warn({ err: error }, 'chat socket error'));

    const token = (request.query as { token?: string }).token;
    if (token !== undefined) {
      if (!isResidentTokenShaped(token)) {
        send({ type: 'error', message: 'Dit gesprek is niet (meer) geldig. Begin een nieuw gesprek.' });
        return socket.close(4401, 'invalid token');
      }
      void attach(token).catch((error) => {
        logger.error({ err: error }, 'chat socket: history failed');
        send({ type: 'error', message: 'Het gesprek kon niet worden geladen. Probeer het later opnieuw.' });
      });
    }
  });
}
