/** A fixed one-minute window per key; keys that went quiet are dropped when the window turns. */
function createMinuteCounter(maximum: number, now: () => number) {
  let windowStart = now();
  let counts = new Map<string, number>();
  return function allow(key: string): boolean {
    if (now() - windowStart >= 60_000) {
      windowStart = now();
      counts = new Map();
    }
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    return count <= maximum;
  };
}

export interface MessageRateLimits {
  perConversationPerMinute: number;
  perAddressPerMinute: number;
}

/**
 * Resident messages per conversation and per client address (socket and HTTP together), per
 * instance. Memory stays bounded: one number per active key, forgotten every minute.
 */
export function createMessageRateLimiter(limits: MessageRateLimits, now: () => number = Date.now) {
  const perConversation = createMinuteCounter(limits.perConversationPerMinute, now);
  const perAddress = createMinuteCounter(limits.perAddressPerMinute, now);
  return {
    /** True when one more message from this conversation and address may go in. */
    allow(conversationKey: string, address: string): boolean {
      const conversationAllowed = perConversation(conversationKey);
      const addressAllowed = perAddress(address);
      return conversationAllowed && addressAllowed;
    },
  };
}

export type MessageRateLimiter = ReturnType<typeof createMessageRateLimiter>;

export const busyMessage = 'Het is nu erg druk. Probeer het over een paar seconden opnieuw. / It is very busy right now. Please try again in a few seconds.';
export const tooFastMessage = 'Je stuurt veel berichten snel achter elkaar. Wacht even.';
