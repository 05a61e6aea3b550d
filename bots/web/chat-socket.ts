import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import type { Runtime } from '../runtime/create-runtime.js';
import { parseClientFrame } from './chat-frames.js';
import { toMessageView, toReplyView } from './message-view.js';
import type { ResidentClient, ResidentSocketHub } from './resident-socket-hub.js';
import { conversationRefForToken, isResidentTokenShaped } from './resident-token.js';
import { AssistantBusyError } from '../../core/errors.js';
import type { MessageRateLimiter } from './message-rate-limits.js';
import { webChatTexts } from '../../core/texts/web-texts.js';

/** Frames of any kind per connection (hello, malformed, messages): a cap on what one socket may cost. */
const framesPerWindow = 20;
const windowMilliseconds = 10_000;
/** Messages of one connection waiting for its running turn; more are answered "busy" without storing them. */
const maximumWaitingTurnsPerConnection = 5;

/** WebSocket /api/chat/socket: the widget's live line. Protocol in docs/developers/web-api.md. */
export interface ChatSocketOptions {
  rateLimiter: MessageRateLimiter;
  /** Frames of any kind per connection per 10 seconds. */
  framesPerWindow?: number;
  /** Open sockets per client address on this instance; more are refused with an error frame. */
  maximumSocketsPerAddress: number;
  /** Open sockets on this instance. */
  maximumSockets: number;
  /** A socket that has not said hello within this time is closed. */
  helloTimeoutMilliseconds: number;
}


/** Close codes the widget reads: a token the server does not know (start a new session), no hello in time, too many sockets. */
export const socketCloseCodes = { unknownSession: 4401, helloTimeout: 4408, tooManySockets: 4429 } as const;

export function registerChatSocket(server: FastifyInstance, runtime: Runtime, hub: ResidentSocketHub, options: ChatSocketOptions): void {
  const frameLimit = options.framesPerWindow ?? framesPerWindow;
  const { store, assistant, clock, configuration, logger } = runtime;
  const openByAddress = new Map<string, number>();
  let openSockets = 0;

  server.get('/api/chat/socket', { websocket: true }, (socket: WebSocket, request) => {
    const send = (frame: object) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
    };
    const client: ResidentClient = { send, turnsInProgress: 0, deliveredDuringTurn: 0 };
    let chatRef: ReturnType<typeof conversationRefForToken> | null = null;
    let detach: (() => void) | null = null;
    let turns: Promise<void> = Promise.resolve();
    let waitingTurns = 0;
    let windowStart = Date.now();
    let framesInWindow = 0;
    const address = request.ip;
    const fromAddress = openByAddress.get(address) ?? 0;
    if (fromAddress >= options.maximumSocketsPerAddress || openSockets >= options.maximumSockets) {
      send({ type: 'error', tooManySockets: true, message: webChatTexts.tooManySockets });
      return socket.close(socketCloseCodes.tooManySockets, 'too many sockets');
    }
    openByAddress.set(address, fromAddress + 1);
    openSockets += 1;
    let counted = true;
    const release = () => {
      if (!counted) return;
      counted = false;
      openSockets -= 1;
      const left = (openByAddress.get(address) ?? 1) - 1;
      if (left > 0) openByAddress.set(address, left);
      else openByAddress.delete(address);
    };
    // A socket that never says hello holds a slot for nothing.
    const helloTimer = setTimeout(() => {
      if (chatRef) return;
      send({ type: 'error', message: webChatTexts.helloTooLate });
      socket.close(socketCloseCodes.helloTimeout, 'no hello');
    }, options.helloTimeoutMilliseconds);
    const refuseSession = (clientId?: string) => {
      send({ type: 'error', session: 'unknown', clientId, message: webChatTexts.unknownSession });
      socket.close(socketCloseCodes.unknownSession, 'unknown session');
    };

    async function attach(token: string) {
      const ref = conversationRefForToken(token);
      chatRef = ref;
      clearTimeout(helloTimer);
      // Join the hub before reading history, so nothing stored in between is missed (the widget drops duplicates by id).
      detach = hub.add(ref.chatId, client);
      // Only a token the server issued (and whose resident was not erased) has a conversation; nothing is created here.
      const conversation = await store.findConversationByRef(ref);
      if (!conversation) {
        detach();
        detach = null;
        return refuseSession();
      }
      const messages = await store.listMessages(conversation.id);
      send({ type: 'history', conversationId: conversation.id, messages: messages.map((message) => toMessageView(message, conversation.state)) });
    }

    async function takeTurn(text: string, quickReplyId: string | undefined, clientId: string) {
      waitingTurns -= 1;
      if (!chatRef) return;
      // After "vergeet mij" (here or in another tab) the token has no conversation any more: a new session, not a new resident.
      // A store that does not answer is no reason to refuse; the assistant then answers without storing.
      const [issued, allowed] = await Promise.all([
        store.findConversationByRef(chatRef).then(Boolean, () => true),
        options.rateLimiter.allow(chatRef.chatId, address),
      ]);
      if (!issued) return refuseSession(clientId);
      if (!allowed) return send({ type: 'error', clientId, message: webChatTexts.tooFast });
      client.turnsInProgress += 1;
      client.deliveredDuringTurn = 0;
      send({ type: 'typing', active: true });
      try {
        // Acknowledged only once the message is stored: an ack survives a crash of this instance.
        const replies = await assistant.handle(
          { ref: chatRef, text, kind: 'text', quickReplyId, receivedAt: clock.now() },
          { onStored: () => send({ type: 'ack', clientId }) },
        );
        // Stored replies already arrived through the hub; unstored ones (erasure, store down) only exist here.
        if (client.deliveredDuringTurn === 0) for (const reply of replies) send({ type: 'reply', ...toReplyView(reply) });
      } catch (error) {
        if (!(error instanceof AssistantBusyError)) throw error;
        send({ type: 'error', busy: true, clientId, message: webChatTexts.busy });
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
      if (framesInWindow > frameLimit) return send({ type: 'error', message: webChatTexts.tooFast });
      const frame = isBinary ? null : parseClientFrame(data.toString(), configuration.MAXIMUM_MESSAGE_LENGTH);
      if (!frame) return send({ type: 'error', message: webChatTexts.unreadableFrame });
      if (frame.type === 'hello') {
        if (chatRef) return send({ type: 'error', message: webChatTexts.alreadyConnected });
        return void attach(frame.token).catch((error) => {
          logger.error({ err: error }, 'chat socket: history failed');
          send({ type: 'error', message: webChatTexts.conversationNotLoaded });
        });
      }
      if (!chatRef) return send({ type: 'error', message: webChatTexts.startConversationFirst });
      if (waitingTurns >= maximumWaitingTurnsPerConnection) return send({ type: 'error', busy: true, clientId: frame.clientId, message: webChatTexts.busy });
      waitingTurns += 1;
      // One turn at a time per connection, in the order typed (the rate limit is counted when its turn comes); `ack` follows once the message is stored.
      turns = turns.then(() => takeTurn(frame.text, frame.quickReplyId, frame.clientId)).catch((error) => {
        logger.error({ err: error }, 'chat socket: turn failed');
        send({ type: 'error', message: webChatTexts.turnFailed });
      });
    });
    socket.on('close', () => {
      clearTimeout(helloTimer);
      release();
      detach?.();
    });
    socket.on('error', (error) => logger.warn({ err: error }, 'chat socket error'));

    const token = (request.query as { token?: string }).token;
    if (token !== undefined) {
      if (!isResidentTokenShaped(token)) return refuseSession();
      void attach(token).catch((error) => {
        logger.error({ err: error }, 'chat socket: history failed');
        send({ type: 'error', message: webChatTexts.conversationNotLoaded });
      });
    }
  });
}
