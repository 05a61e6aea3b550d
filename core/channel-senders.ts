import type { ChannelSender } from './ports/channel-sender.js';
import type { ChannelId } from './ports/conversation-ref.js';

/** The channels that deliver by themselves (Telegram, WhatsApp): each registers its sender at start and removes it at stop. */
export interface ChannelSenders {
  /** Registers the channel's sender; the returned function removes it again, unless another has replaced it since. */
  register(channel: ChannelId, sender: ChannelSender): () => void;
  /** The sender that reaches the channel now; none for the web channel, which delivers through the event bus. */
  senderFor(channel: ChannelId): ChannelSender | undefined;
}

export function createChannelSenders(): ChannelSenders {
  const senders = new Map<ChannelId, ChannelSender>();
  return {
    register(channel, sender) {
      senders.set(channel, sender);
      return () => {
        if (senders.get(channel) === sender) senders.delete(channel);
      };
    },
    senderFor: (channel) => senders.get(channel),
  };
}
