import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime/create-runtime.js';
import { toMessageView, toReplyView } from './message-view.js';
import { officeHoursNotice } from './office-hours-notice.js';
import { bearerToken, conversationRefForToken, createResidentToken, unknownSessionMessage } from './resident-token.js';
import { HttpProblem } from './web-errors.js';
import { AssistantBusyError } from '../../core/errors.js';
import type { RateLimiter } from '../../core/ports/rate-limiter.js';
import { busyMessage, tooFastMessage, type MessageRateLimiter } from './message-rate-limits.js';
import { limitPerAddress } from './limit-per-address.js';

export interface ChatRouteLimits {
  /** New sessions per client address. */
  sessions: RateLimiter;
  /** Messages per conversation and per address, shared with the socket. */
  rateLimiter: MessageRateLimiter;
}

function requireToken(authorization: string | undefined): string {
  const token = bearerToken(authorization);
  if (!token) throw new HttpProblem(401, unknownSessionMessage);
  return token;
}

/** The resident's HTTP side: start a conversation, send when the socket cannot, read back. */
export function registerChatRoutes(server: FastifyInstance, runtime: Runtime, limits: ChatRouteLimits): void {
  const { store, assistant, clock, configuration } = runtime;

  // With the resident's token (optional), a case a worker has picked up changes the office-hours line.
  async function workerHasCase(authorization: string | undefined): Promise<boolean> {
    const token = bearerToken(authorization);
    if (!token) return false;
    const conversation = await store.findConversationByRef(conversationRefForToken(token));
    if (!conversation) return false;
    return (await store.findActiveCase(conversation.id))?.status === 'claimed';
  }

  server.get('/api/chat/settings', async (request) => {
    const language = (request.query as { language?: string }).language === 'en' ? 'en' : 'nl';
    const workerActive = await workerHasCase(request.headers.authorization);
    return {
      organisation: configuration.organisation.name,
      officeHours: officeHoursNotice(clock.now(), configuration.organisation.officeHours, language, workerActive),
      maximumMessageLength: configuration.MAXIMUM_MESSAGE_LENGTH,
    };
  });

  // Issuing a token records it: the resident and conversation rows of its hash exist from here
  // on, and only a token with rows is accepted below (an erased resident's token has none).
  server.post('/api/chat/sessions', { preHandler: limitPerAddress(limits.sessions) }, async (_request, reply) => {
    const token = createResidentToken();
    const conversation = await store.openConversation(conversationRefForToken(token), clock.now());
    return reply.status(201).send({ token, conversationId: conversation.id });
  });

  server.get('/api/chat/history', async (request) => {
    const ref = conversationRefForToken(requireToken(request.headers.authorization));
    const conversation = await store.findConversationByRef(ref);
    if (!conversation) throw new HttpProblem(401, unknownSessionMessage);
    const messages = await store.listMessages(conversation.id);
    return { conversationId: conversation.id, messages: messages.map((message) => toMessageView(message, conversation.state)) };
  });

  server.post('/api/chat/messages', async (request, reply) => {
    const ref = conversationRefForToken(requireToken(request.headers.authorization));
    const body = (request.body ?? {}) as { text?: unknown; quickReplyId?: unknown };
    if (typeof body.text !== 'string' || !body.text.trim()) throw new HttpProblem(400, 'Typ eerst een bericht.');
    if (body.text.length > configuration.MAXIMUM_MESSAGE_LENGTH) throw new HttpProblem(413, 'Dat bericht is te lang.');
    const quickReplyId = typeof body.quickReplyId === 'string' && body.quickReplyId.length <= 100 ? body.quickReplyId : undefined;
    // A store that does not answer is no reason to refuse: the assistant then answers without storing (and creates nothing).
    const issued = await store.findConversationByRef(ref).then(Boolean, (error: unknown) => {
      runtime.logger.warn({ err: error }, 'chat: token check failed, the turn goes on');
      return true;
    });
    if (!issued) throw new HttpProblem(401, unknownSessionMessage);
    if (!(await limits.rateLimiter.allow(ref.chatId, request.ip))) throw new HttpProblem(429, tooFastMessage);
    try {
      const replies = await assistant.handle({ ref, text: body.text, kind: 'text', quickReplyId, receivedAt: clock.now() });
      return { replies: replies.map(toReplyView) };
    } catch (error) {
      if (!(error instanceof AssistantBusyError)) throw error;
      // Nothing was stored: the resident may simply send it again.
      return reply.status(503).header('retry-after', '2').send({ error: busyMessage });
    }
  });
}
