/**
 * Slack's text rules (https://docs.slack.dev/messaging/formatting-message-text): `&`, `<` and `>`
 * are control characters. A resident's words are escaped so that they can never become a
 * mention (`<!channel>`) or a link; a worker's Slack text is turned back into plain text.
 */
export function escapeForSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A worker's message as Slack sends it (`<https://x|label>`, `<@U123>`, `&amp;`) → what the resident reads. */
export function slackToPlainText(text: string): string {
  return text
    .replace(/<((?:https?|mailto|tel):[^|>]+)\|([^>]+)>/g, (_whole, url: string, label: string) => {
      const bare = url.replace(/^(mailto|tel):/, '');
      return label === url || label === bare ? label : `${label} (${bare})`;
    })
    .replace(/<((?:https?|mailto|tel):[^>]+)>/g, (_whole, url: string) => url.replace(/^(mailto|tel):/, ''))
    .replace(/<[@#!][^>|]*\|([^>]+)>/g, '$1')
    .replace(/<[@#!][^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}
