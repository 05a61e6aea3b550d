import { createHmac } from 'node:crypto';
import { fakeBot } from './fake-slack-api.js';

export interface SigningOptions {
  secret: string;
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Replaces the computed signature (a forgery). */
  signature?: string;
}

export interface SlackResponse {
  status: number;
  text: string;
}

/** What Slack does: HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the signing secret, as `v0=<hex>`. */
export function signSlackBody(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export async function postSignedToSlackEndpoint(url: string, body: string, contentType: string, options: SigningOptions): Promise<SlackResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? signSlackBody(options.secret, timestamp, body),
    },
    body,
  });
  return { status: response.status, text: await response.text() };
}

let eventNumber = 0;

/** An Events API `event_callback` around a message event, as JSON. */
export function messageEventBody(event: { channel: string; user: string; text: string; threadTs?: string; ts?: string; subtype?: string }): string {
  eventNumber += 1;
  const ts = event.ts ?? `${1_800_000_000 + eventNumber}.000100`;
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: fakeBot.teamId,
    api_app_id: 'A0INLOOP',
    type: 'event_callback',
    event_id: `Ev${eventNumber}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: fakeBot.teamId, user_id: fakeBot.userId, is_bot: true, is_enterprise_install: false }],
    event: {
      type: 'message', channel: event.channel, user: event.user, text: event.text, ts, event_ts: ts, channel_type: 'channel',
      ...(event.threadTs ? { thread_ts: event.threadTs } : {}),
      ...(event.subtype ? { subtype: event.subtype } : {}),
    },
  });
}

/** Interactivity: a `block_actions` payload for a button press, form-encoded as `payload=<json>`. */
export function buttonPressBody(press: { channel: string; user: string; messageTs: string; actionId: string; value?: string; responseUrl: string }): string {
  const payload = {
    type: 'block_actions',
    team: { id: fakeBot.teamId, domain: 'inloop' },
    user: { id: press.user, username: press.user.toLowerCase(), team_id: fakeBot.teamId },
    api_app_id: 'A0INLOOP',
    token: 'legacy-verification-token',
    trigger_id: '1.2.3',
    container: { type: 'message', message_ts: press.messageTs, channel_id: press.channel, is_ephemeral: false },
    channel: { id: press.channel, name: 'inloop' },
    message: { type: 'message', ts: press.messageTs, bot_id: fakeBot.botId, text: 'card' },
    response_url: press.responseUrl,
    actions: [{ type: 'button', action_id: press.actionId, block_id: 'actions', value: press.value, action_ts: '1.2' }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A slash command, form-encoded the way Slack posts it. */
export function slashCommandBody(command: { channel: string; user: string; text: string; responseUrl: string }): string {
  return new URLSearchParams({
    token: 'legacy-verification-token', team_id: fakeBot.teamId, team_domain: 'inloop', channel_id: command.channel, channel_name: 'inloop',
    user_id: command.user, user_name: command.user.toLowerCase(), command: '/inloop', text: command.text, api_app_id: 'A0INLOOP',
    response_url: command.responseUrl, trigger_id: '1.2.3',
  }).toString();
}

export const formType = 'application/x-www-form-urlencoded';
export const jsonType = 'application/json';
