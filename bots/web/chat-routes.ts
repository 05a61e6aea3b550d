import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Runtime } from '../runtime/create-runtime.js';
import { toMessageView, toReplyView } from './message-view.js';
import { bearerToken, conversationRefForToken, createResidentToken } from './resident-token.js';
import { HttpProblem, requestText } from './web-errors.js';
import { AssistantBusyError } from '../../core/errors.js';
import type { RateLimiter } from '../../core/ports/rate-limiter.js';
import type { MessageRateLimiter } from './message-rate-limits.js';
import { webChatTexts } from '../../core/texts/web-texts.js';
import { officeHoursNotice } from '../../core/office-hours/office-hours-notice.js';
import { conversationLanguages } from '../../core/taxonomy/index.js';
import { limitPerAddress } from './limit-per-address.js';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

export interface ChatRouteLimits {
  /** New sessions per client address. */
  sessions: RateLimiter;
  /** Messages per conversation and per address, shared with the socket. */
  rateLimiter: MessageRateLimiter;
}

function requireToken(authorization: string | undefined): string {
  const token = bearerToken(authorization);
  if (!token) throw new HttpProblem(401, webChatTexts.unknownSession);
  return token;
}

/** Before the body is read: a request without a token hears that first, whatever it sent. */
const requireTokenFirst = async (request: FastifyRequest) => void requireToken(request.headers.authorization);
const residentToken = [{ residentToken: [] }];
const emptyMessage = requestText(webChatTexts.writeMessage);

/** The resident's HTTP side: start a conversation, send when the socket cannot, read back. */
export function registerChatRoutes(server: FastifyInstance, runtime: Runtime, limits: ChatRouteLimits): void {
  const { store, assistant, clock, configuration } = runtime;
  const api = server.withTypeProvider<ZodTypeProvider>();
  const messageBody = z.object({
    text: z.string({ error: emptyMessage }).refine((text) => text.trim().length > 0, emptyMessage)
      .max(configuration.MAXIMUM_MESSAGE_LENGTH, requestText(webChatTexts.messageTooLong, 413)),
    // A quick reply the assistant does not know is simply not one.
    quickReplyId: z.string().max(100).optional().catch(undefined),
  }, { error: emptyMessage });

  // With the resident's token (optional), a case a worker has picked up changes the office-hours line.
  async function workerHasCase(authorization: string | undefined): Promise<boolean> {
    const token = bearerToken(authorization);
    if (!token) return false;
    const conversation = await store.findConversationByRef(conversationRefForToken(token));
    if (!conversation) return false;
    return (await store.findActiveCase(conversation.id))?.status === 'claimed';
  }

  api.get('/api/chat/settings', {
    schema: { summary: 'Office-hours line and limits for the widget', querystring: z.object({ language: z.enum(conversationLanguages).optional().catch(undefined) }) },
  }, async (request) => {
    const language = request.query.language ?? 'nl';
    const workerActive = await workerHasCase(request.headers.authorization);
    return {
      organisation: configuration.organisation.name,
      officeHours: officeHoursNotice(clock.now(), configuration.organisation.officeHours, language, workerActive),
      maximumMessageLength: configuration.MAXIMUM_MESSAGE_LENGTH,
    };
  });

  // Issuing a token records it: the resident and conversation rows of its hash exist from here
  // on, and only a token with rows is accepted below (an erased resident's token has none).
  api.post('/api/chat/sessions', {
    preHandler: limitPerAddress(limits.sessions),
    schema: { summary: 'Start a conversation; the token is the only key to it (the server stores its SHA-256 only)' },
  }, async (_request, reply) => {
    const token = createResidentToken();
    const conversation = await store.openConversation(conversationRefForToken(token), clock.now());
    return reply.status(201).send({ token, conversationId: conversation.id });
  });

  api.get('/api/chat/history', { schema: { summary: 'The conversation so far', security: residentToken } }, async (request) => {
    const ref = conversationRefForToken(requireToken(request.headers.authorization));
    const conversation = await store.findConversationByRef(ref);
    if (!conversation) throw new HttpProblem(401, webChatTexts.unknownSession);
    const messages = await store.listMessages(conversation.id);
    return { conversationId: conversation.id, messages: messages.map((message) => toMessageView(message, conversation.state)) };
  });

  api.post('/api/chat/messages', {
    preValidation: requireTokenFirst,
    schema: { summary: 'Send a message without the socket (fallback); answers with the assistant replies of this turn', security: residentToken, body: messageBody },
  }, async (request, reply) => {
    const ref = conversationRefForToken(requireToken(request.headers.authorization));
    const body = request.body;
    const quickReplyId = body.quickReplyId;
    // A store that does not answer is no reason to refuse: the assistant then answers without storing (and creates nothing).
    const issued = await store.findConversationByRef(ref).then(Boolean, (error: unknown) => {
      runtime.logger.warn({ err: error }, 'chat: token check failed, the turn goes on');
      return true;
    });
    if (!issued) throw new HttpProblem(401, webChatTexts.unknownSession);
    if (!(await limits.rateLimiter.allow(ref.chatId, request.ip))) throw new HttpProblem(429, webChatTexts.tooFast);
    try {
      const replies = await assistant.handle({ ref, text: body.text, kind: 'text', quickReplyId, receivedAt: clock.now() });
      return { replies: replies.map(toReplyView) };
    } catch (error) {
      if (!(error instanceof AssistantBusyError)) throw error;
      // Nothing was stored: the resident may simply send it again.
      return reply.status(503).header('retry-after', '2').send({ error: webChatTexts.busy });
    }
  });
}
