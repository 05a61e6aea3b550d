import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './start-test-server.js';
import { createWebClient } from './web-client.js';

const password = 'correct horse battery';
const day = 24 * 60 * 60 * 1000;
let server: TestServer;
let client: ReturnType<typeof createWebClient>;
const runtime = () => server.runtime;
const afterTwoDays = () => new Date(Date.now() + 2 * day);

beforeEach(async () => {
  server = await startTestServer();
  client = createWebClient(server.baseUrl);
});
afterEach(async () => {
  await server.stop();
});

/** A resident's case on the web, claimed by Sanne. */
async function claimedCase() {
  await server.addWorker('sanne', password, 'Sanne Visser');
  const { token, conversationId } = await client.startConversation();
  await client.say(token, 'Ik heb schulden en de deurwaarder komt');
  await client.say(token, 'mens');
  const record = (await runtime().store.listCases()).find((candidate) => candidate.conversationId === conversationId)!;
  const sanne = client.worker(await client.login('sanne', password));
  expect((await sanne(`/api/inbox/cases/${record.id}/claim`, {})).status).toBe(200);
  return { caseId: record.id, sanne };
}

describe('closing with a structured outcome', () => {
  it('offers the outcomes, the social map partners and the life domains', async () => {
    const { sanne } = await claimedCase();
    const choices = (await sanne('/api/inbox/closing-outcomes')).body!;
    expect(choices.outcomes.map((outcome: { id: string }) => outcome.id)).toEqual(['answered', 'referred', 'collective-offer', 'no-contact', 'declined']);
    expect(choices.partners.map((partner: { id: string }) => partner.id)).toContain('schuldhulp');
    expect(choices.domains).toContainEqual({ id: 'self-reliance', label: 'Financieel en sociaal zelfredzaam' });
  });

  it('keeps outcome, partner and improved domains on the case and, after the purge, in the statistics only', async () => {
    const { caseId, sanne } = await claimedCase();
    const closed = await sanne(`/api/inbox/cases/${caseId}/close`, {
      outcome: 'referred', partnerId: 'schuldhulp', improvedDomains: ['self-reliance'], note: 'Mevrouw De Vries van schuldhulp belt haar',
    });
    expect(closed.status).toBe(200);
    expect(closed.body!.case).toMatchObject({
      status: 'closed', outcomeCategory: 'referred', outcomePartner: 'schuldhulp', improvedDomains: ['self-reliance'],
      outcome: expect.stringContaining('Doorverwezen naar een partner'),
    });
    expect((await runtime().store.listAudit(caseId)).map((entry) => entry.action)).toContain('closed');

    await runtime().store.purgeExpired(afterTwoDays());
    expect(await runtime().store.findCase(caseId)).toBeNull();
    const [statistic] = await runtime().store.listStatistics();
    expect(statistic).toMatchObject({ outcome: 'referred', partner: 'schuldhulp', improvedDomains: ['self-reliance'], channel: 'web' });
    expect(JSON.stringify(statistic)).not.toContain('Vries');
  });

  it('refuses a referral without a partner of the social map, an unknown outcome or life domain, and leaves the case open', async () => {
    const { caseId, sanne } = await claimedCase();
    const withoutPartner = await sanne(`/api/inbox/cases/${caseId}/close`, { outcome: 'referred' });
    expect(withoutPartner).toMatchObject({ status: 422, body: { reason: 'partner-needed', error: 'Kies naar welke partner je hebt doorverwezen.' } });
    expect((await sanne(`/api/inbox/cases/${caseId}/close`, { outcome: 'referred', partnerId: 'tandarts' })).body!.reason).toBe('unknown-partner');
    expect((await sanne(`/api/inbox/cases/${caseId}/close`, { outcome: 'answered', improvedDomains: ['geluk'] })).body!.reason).toBe('unknown-domain');
    expect((await runtime().store.findCase(caseId))?.status).toBe('claimed');
    const answered = await sanne(`/api/inbox/cases/${caseId}/close`, { outcome: 'answered' });
    expect(answered.body!.case).toMatchObject({ outcomeCategory: 'answered', outcomePartner: null, improvedDomains: [], outcome: 'Vraag beantwoord' });
  });

  it('reads words that start with an outcome (Slack\'s close:) as that outcome, the words kept on the case', async () => {
    const { caseId, sanne } = await claimedCase();
    const closed = await sanne(`/api/inbox/cases/${caseId}/close`, { outcome: 'Doorverwezen naar schuldhulp, belt maandag' });
    expect(closed.body!.case).toMatchObject({ outcomeCategory: 'referred', outcomePartner: 'schuldhulp', outcome: 'Doorverwezen naar schuldhulp, belt maandag' });
  });

  it('still closes with words only (older clients), the statistic reading a category from them', async () => {
    const { caseId, sanne } = await claimedCase();
    const closed = await sanne(`/api/inbox/cases/${caseId}/close`, { outcome: 'Samen de brief beantwoord, opgelost' });
    expect(closed.body!.case).toMatchObject({ outcomeCategory: null, outcome: 'Samen de brief beantwoord, opgelost' });
    await runtime().store.purgeExpired(afterTwoDays());
    expect((await runtime().store.listStatistics())[0]?.outcome).toBe('helped');
  });
});
