import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RateLimiter } from '../../core/ports/rate-limiter.js';
import { webServerTexts } from '../../core/texts/web-texts.js';
import { HttpProblem } from './web-errors.js';

/** A preHandler that counts each request per client address and answers 429 with Retry-After past the limit. */
export function limitPerAddress(limiter: RateLimiter, message: string = webServerTexts.slowDown) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const decision = await limiter.consume(request.ip);
    if (decision.allowed) return;
    reply.header('retry-after', String(decision.retryAfterSeconds));
    throw new HttpProblem(429, message);
  };
}
