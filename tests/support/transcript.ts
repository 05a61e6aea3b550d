import type { Runtime } from '../../bots/runtime/create-runtime.js';
import type { MessageKind, Reply } from '../../core/ports/message.js';

/** A resident talking to the assistant, read like a transcript (botbuilder's TestAdapter). */
export function createResident(runtime: () => Runtime, chatId = `resident-${Math.random().toString(36).slice(2)}`) {
  const ref = { channel: 'cli' as const, chatId };
  let lastReplies: Reply[] = [];
  return {
    ref,
    get lastReplies() {
      return lastReplies;
    },
    get lastText() {
      return lastReplies.map((reply) => reply.text).join('\n');
    },
    async send(text: string, options: { kind?: MessageKind; quickReplyId?: string } = {}): Promise<string> {
      lastReplies = await runtime().assistant.handle({ ref, text, kind: options.kind ?? 'text', quickReplyId: options.quickReplyId });
      return lastReplies.map((reply) => reply.text).join('\n');
    },
    /** Presses the quick reply whose label contains the given words. */
    async press(labelPart: string): Promise<string> {
      const quickReply = lastReplies.flatMap((reply) => reply.quickReplies ?? []).find((candidate) => candidate.label.toLowerCase().includes(labelPart.toLowerCase()));
      if (!quickReply) throw new Error(`no quick reply like "${labelPart}" in: ${JSON.stringify(lastReplies)}`);
      return this.send(quickReply.label, { quickReplyId: quickReply.id });
    },
    quickReplyIds(): string[] {
      return lastReplies.flatMap((reply) => reply.quickReplies ?? []).map((quickReply) => quickReply.id);
    },
  };
}
