import { isResidentTokenShaped } from './resident-token.js';

export type ClientFrame =
  | { type: 'hello'; token: string }
  | { type: 'message'; text: string; quickReplyId?: string; clientId: string };

const shortText = (value: unknown, maximum: number): value is string => typeof value === 'string' && value.length <= maximum;

/** Reads one frame from the widget; null when it is not a frame we understand. */
export function parseClientFrame(data: string, maximumTextLength: number): ClientFrame | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const frame = parsed as Record<string, unknown>;
  if (frame.type === 'hello' && isResidentTokenShaped(frame.token)) return { type: 'hello', token: frame.token };
  if (frame.type !== 'message' || !shortText(frame.clientId, 100) || !frame.clientId) return null;
  if (!shortText(frame.text, maximumTextLength) || !frame.text.trim()) return null;
  if (frame.quickReplyId !== undefined && !shortText(frame.quickReplyId, 100)) return null;
  return { type: 'message', text: frame.text, clientId: frame.clientId, quickReplyId: frame.quickReplyId as string | undefined };
}
