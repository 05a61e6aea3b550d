import type { MessageRecord } from '../../core/ports/message.js';

/** WhatsApp accepts free-form messages to a resident for 24 hours after the resident's last message. */
export const customerServiceWindowMilliseconds = 24 * 60 * 60 * 1000;

export interface CustomerServiceWindow {
  open: boolean;
  /** 24 hours after the resident's last message; null when the resident never wrote. */
  closesAt: Date | null;
}

/** The window as the stored messages show it: from the resident's last inbound message. */
export function customerServiceWindow(messages: readonly Pick<MessageRecord, 'direction' | 'createdAt'>[], now: Date): CustomerServiceWindow {
  let last: Date | null = null;
  for (const message of messages) if (message.direction === 'inbound' && (!last || message.createdAt > last)) last = message.createdAt;
  if (!last) return { open: false, closesAt: null };
  const closesAt = new Date(last.getTime() + customerServiceWindowMilliseconds);
  return { open: now < closesAt, closesAt };
}

/** Whole minutes (at least 1) until the window closes; null when it is closed. The inbox's words for it are in core/texts/worker-texts.ts. */
export function minutesLeftInWindow(window: CustomerServiceWindow, now: Date): number | null {
  if (!window.open || !window.closesAt) return null;
  return Math.max(1, Math.floor((window.closesAt.getTime() - now.getTime()) / 60_000));
}
