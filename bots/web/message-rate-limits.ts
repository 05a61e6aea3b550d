import type { RateLimiter } from '../../core/ports/rate-limiter.js';

export interface MessageRateLimits {
  perConversation: RateLimiter;
  perAddress: RateLimiter;
}

/**
 * Resident messages per conversation and per client address (socket and HTTP together), counted
 * where every instance counts (create-rate-limiter.ts), over a sliding minute.
 */
export function createMessageRateLimiter(limits: MessageRateLimits) {
  return {
    /** True when one more message from this conversation and address may go in (both are counted). */
    async allow(conversationKey: string, address: string): Promise<boolean> {
      const [conversation, source] = await Promise.all([limits.perConversation.consume(conversationKey), limits.perAddress.consume(address)]);
      return conversation.allowed && source.allowed;
    },
  };
}

export type MessageRateLimiter = ReturnType<typeof createMessageRateLimiter>;

