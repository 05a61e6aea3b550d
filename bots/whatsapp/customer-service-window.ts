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

/** The inbox's line for a WhatsApp case: "WhatsApp-venster nog 5 uur open" or "WhatsApp-venster gesloten". */
export function customerServiceWindowText(window: CustomerServiceWindow, now: Date): string {
  if (!window.open || !window.closesAt) return 'WhatsApp-venster gesloten';
  const minutes = Math.max(1, Math.floor((window.closesAt.getTime() - now.getTime()) / 60_000));
  if (minutes < 60) return `WhatsApp-venster nog ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} open`;
  const hours = Math.floor(minutes / 60);
  return `WhatsApp-venster nog ${hours} uur open`;
}
