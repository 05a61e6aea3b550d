import { describe, expect, it } from 'vitest';
import { escapeForSlack, slackToPlainText } from '../../bots/slack/slack-text.js';
import { caseCardBlocks, shortCaseId } from '../../bots/slack/case-card-blocks.js';
import type { CaseRecord } from '../../core/ports/case-record.js';

describe('Slack text', () => {
  it('escapes a resident\'s words so they cannot mention, link or format as control characters', () => {
    expect(escapeForSlack('<!channel> & <@U123> <https://evil.example|klik>')).toBe('&lt;!channel&gt; &amp; &lt;@U123&gt; &lt;https://evil.example|klik&gt;');
  });

  it('turns a worker\'s Slack message into plain text for the resident', () => {
    expect(slackToPlainText('Zie <https://example.org/geld|de geldwijzer> &amp; bel <tel:0800-1234|0800-1234>')).toBe('Zie de geldwijzer (https://example.org/geld) & bel 0800-1234');
    expect(slackToPlainText('<https://example.org> of <mailto:hulp@example.org|hulp@example.org>')).toBe('https://example.org of hulp@example.org');
    expect(slackToPlainText('Vraag <@U0BRAM> of <#C123|inloop>, 3 &lt; 4 &gt; 2')).toBe('Vraag  of inloop, 3 < 4 > 2');
  });
});

describe('the case card', () => {
  const record: CaseRecord = {
    id: '01a20a03-2af2-7131-a985-16ceb4569436', conversationId: 'c', firstWords: 'hoi', summary: 'Je hebt schulden *en* een brief <b>', topics: [{ id: 'money', confidence: 0.91 }],
    domain: 'self-reliance', urgency: 'urgent', crisis: null, tried: null, network: null, wish: null, contactPreference: 'phone', contactDetails: '06-12345678',
    language: 'nl', consent: true, team: null, safetyCheck: null, facts: null, confirmation: null, ref: { channel: 'telegram', chatId: '42' }, status: 'claimed', assigneeId: 'w1', outcome: null,
    createdAt: new Date('2026-11-23T09:00:00Z'), claimedAt: new Date('2026-11-23T09:25:00Z'), closedAt: null, updatedAt: new Date('2026-11-23T09:25:00Z'),
  };

  it('shows the facts without contact details, and who has the case after how long', () => {
    const text = JSON.stringify(caseCardBlocks({ record, assignee: { displayName: 'Anna', slackUserId: 'U0ANNA' }, inboxUrl: 'https://x/inbox#case=1', now: new Date('2026-11-23T10:00:00Z') }));
    expect(text).toContain('⚠️ Dringend · Opgepakt');
    expect(text).toContain('Geld en schulden (91%)');
    expect(text).toContain('brief &lt;b&gt;');
    expect(text).toContain('bellen · telegram · nl');
    expect(text).not.toContain('06-12345678');
    expect(text).toContain('Opgepakt door <@U0ANNA> (Anna) na 25 min wachten');
    expect(shortCaseId(record.id)).toBe('b4569436');
  });
});
