import { createHash, randomBytes } from 'node:crypto';
import type { ConversationRef } from '../../core/ports/conversation-ref.js';

/**
 * A resident holds a random secret; the server keeps only its hash as the web chat id. So the
 * database never holds a usable token, and a token can only ever reach its own conversation.
 */
export function createResidentToken(): string {
  return randomBytes(32).toString('base64url');
}

const tokenShape = /^[A-Za-z0-9_-]{43}$/;

export function isResidentTokenShaped(token: unknown): token is string {
  return typeof token === 'string' && tokenShape.test(token);
}

export function conversationRefForToken(token: string): ConversationRef {
  return { channel: 'web', chatId: createHash('sha256').update(token).digest('hex') };
}

/** The token from "Authorization: Bearer …", or null. */
export function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match && isResidentTokenShaped(match[1]) ? match[1] : null;
}
