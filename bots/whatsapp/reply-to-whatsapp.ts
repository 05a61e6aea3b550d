import type { QuickReply, Reply } from '../../core/ports/message.js';
import { channelTexts } from '../../core/texts/channel-texts.js';

/** WhatsApp refuses longer text bodies. */
export const maximumTextLength = 4096;
/** The body of an interactive (button or list) message. */
export const maximumInteractiveBodyLength = 1024;
/** Reply buttons: at most three, titles of at most 20 characters. */
export const maximumButtons = 3;
export const maximumButtonTitleLength = 20;
/** List messages: at most ten rows, titles of 24 and descriptions of 72 characters. */
export const maximumListRows = 10;
export const maximumRowTitleLength = 24;
export const maximumRowDescriptionLength = 72;
/** A template's text parameter; kept well under the body's 1024 with the template's own words. */
export const maximumTemplateParameterLength = 900;

/** One message of the Cloud API's send call, without `messaging_product`, `recipient_type` and `to`. */
export type WhatsAppMessageBody =
  | { type: 'text'; text: { body: string; preview_url: false } }
  | { type: 'interactive'; interactive: InteractiveButtons | InteractiveList }
  | { type: 'template'; template: { name: string; language: { code: string }; components?: Array<{ type: 'body'; parameters: Array<{ type: 'text'; text: string }> }> } };

/** A message as sent: with the stored message's id, which WhatsApp hands back with each status. */
export type WhatsAppSendBody = WhatsAppMessageBody & { biz_opaque_callback_data?: string };

interface InteractiveButtons {
  type: 'button';
  body: { text: string };
  action: { buttons: Array<{ type: 'reply'; reply: { id: string; title: string } }> };
}

interface InteractiveList {
  type: 'list';
  body: { text: string };
  action: { button: string; sections: Array<{ rows: Array<{ id: string; title: string; description?: string }> }> };
}

/** The list's opening button; the resident's language is not known here, so it says it twice. */
export const listButtonLabel = channelTexts.whatsAppListButton;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Where to cut `text` at or before `limit`: after a sentence, else at a line break or space, else hard (never inside an emoji). */
function cutPoint(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  let sentenceEnd = -1;
  for (const match of window.matchAll(/[.!?…](?:["'”’)\]]*)(?=\s)|\n/g)) {
    const end = match.index! + match[0].length;
    if (end <= limit) sentenceEnd = end;
  }
  if (sentenceEnd >= limit / 3) return sentenceEnd;
  const space = Math.max(window.lastIndexOf(' ', limit), window.lastIndexOf('\n', limit));
  if (space >= limit / 2) return space;
  return isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit;
}

/** Splits long text at sentence boundaries where it can, so each part is under `limit` and reads as whole sentences. */
export function splitAtSentences(text: string, limit = maximumTextLength): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = cutPoint(rest, limit);
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  parts.push(rest);
  return parts.filter((part, index) => part.length > 0 || index === 0);
}

/** Shortens a label to `limit` characters at a word where it can, with an ellipsis. */
function shorten(label: string, limit: number): string {
  if (label.length <= limit) return label;
  const room = label.slice(0, limit - 1);
  const space = room.lastIndexOf(' ');
  return `${(space >= limit / 2 ? room.slice(0, space) : room).trimEnd()}…`;
}

function quickRepliesToInteractive(body: string, quickReplies: QuickReply[]): InteractiveButtons | InteractiveList {
  const titles = quickReplies.map((quickReply) => quickReply.label.trim());
  const fitsButtons = quickReplies.length <= maximumButtons
    && titles.every((title) => title.length > 0 && title.length <= maximumButtonTitleLength)
    && new Set(titles).size === titles.length;
  if (fitsButtons) {
    return {
      type: 'button', body: { text: body },
      action: { buttons: quickReplies.map((quickReply, index) => ({ type: 'reply', reply: { id: quickReply.id, title: titles[index]! } })) },
    };
  }
  // A row's title is short; a longer label is shortened there and kept whole in the description.
  const rows = quickReplies.slice(0, maximumListRows).map((quickReply) => {
    const title = shorten(quickReply.label.trim(), maximumRowTitleLength);
    return title === quickReply.label.trim()
      ? { id: quickReply.id, title }
      : { id: quickReply.id, title, description: shorten(quickReply.label.trim(), maximumRowDescriptionLength) };
  });
  return { type: 'list', body: { text: body }, action: { button: listButtonLabel, sections: [{ rows }] } };
}

/**
 * One core reply as WhatsApp messages: text parts of at most 4096 characters, and quick replies as
 * reply buttons (three or fewer short labels) or a list message, under the last part of the text.
 */
export function replyToWhatsApp(reply: Reply): WhatsAppMessageBody[] {
  const quickReplies = reply.quickReplies ?? [];
  const parts = splitAtSentences(reply.text);
  if (quickReplies.length === 0) return parts.map((body) => ({ type: 'text', text: { body, preview_url: false } }));
  // An interactive body holds 1024 characters: what does not fit goes before it as text.
  const last = splitAtSentences(parts.pop()!, maximumInteractiveBodyLength);
  const body = last.pop()!;
  return [
    ...[...parts, ...last].map((text): WhatsAppMessageBody => ({ type: 'text', text: { body: text, preview_url: false } })),
    { type: 'interactive', interactive: quickRepliesToInteractive(body, quickReplies) },
  ];
}

/**
 * A message after the 24-hour window, as the configured template with the text as its one body
 * parameter. Meta refuses line breaks, tabs and long runs of spaces in a parameter, so they become
 * single spaces; a long text goes as several templates.
 */
export function templateMessages(text: string, template: { name: string; language: string }): WhatsAppMessageBody[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  return splitAtSentences(flat, maximumTemplateParameterLength).map((parameter) => ({
    type: 'template',
    template: { name: template.name, language: { code: template.language }, components: [{ type: 'body', parameters: [{ type: 'text', text: parameter }] }] },
  }));
}

/**
 * A template with fixed words and no variables (the satisfaction question after the 24-hour
 * window): its quick-reply buttons come back as the button's text, read like typed words.
 */
export function fixedTemplateMessage(template: { name: string; language: string }): WhatsAppMessageBody {
  return { type: 'template', template: { name: template.name, language: { code: template.language } } };
}
