import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { InloopEvent } from '../../core/ports/event-bus.js';
import type { Runtime } from '../../bots/runtime/create-runtime.js';
import { runFollowUp, startFollowUpWhileLeading } from '../../bots/runtime/follow-up-job.js';
import type { LeaderElection } from '../../bots/runtime/leader-election.js';
import { hashPassword } from '../../bots/runtime/password-hashing.js';
import { createWebServer } from '../../bots/web/create-web-server.js';
import { silentLogger } from '../../core/ports/logger.js';
import { createManualClock, createTestDatabase, createTestRuntime, mondayMorning, type TestDatabase } from '../support/test-runtime.js';
import { createWebClient, openSocket } from './web-client.js';

const password = 'correct horse battery';
const hour = 60 * 60 * 1000;
const clock = createManualClock(mondayMorning);
let database: TestDatabase;
let runtime: Runtime;
let server: FastifyInstance;
let client: ReturnType<typeof createWebClient>;
let baseUrl: string;
let events: InloopEvent[];

beforeEach(async () => {
  clock.set(mondayMorning);
  database = createTestDatabase();
  runtime = await createTestRuntime(database, clock);
  server = await createWebServer(runtime, { limits: { loginsPerMinute: 1000, sessionsPerMinute: 1000, messagesPerMinute: 1000 } });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  client = createWebClient(baseUrl);
  events = [];
  runtime.events.subscribe((event) => events.push(event));
});
afterEach(async () => {
  await server.close();
  await runtime.close();
  database.remove();
});

/** A resident's case on the web, claimed by Sanne. */
async function claimedCase() {
  const worker = await runtime.store.createWorker({ username: 'sanne', displayName: 'Sanne Visser', team: null, passwordHash: await hashPassword(password) });
  const { token, conversationId } = await client.startConversation();
  await client.say(token, 'Ik heb schulden en de deurwaarder komt');
  await client.say(token, 'mens');
  const record = (await runtime.store.listCases()).find((candidate) => candidate.conversationId === conversationId)!;
  const sanne = client.worker(await client.login('sanne', password));
  expect((await sanne(`/api/inbox/cases/${record.id}/claim`, {})).status).toBe(200);
  return { worker, token, caseId: record.id, sanne };
}

/** A new session: the clock moved past the old one's expiry. */
const signIn = async () => client.worker(await client.login('sanne', password));

const queueIds = async (sanne: ReturnType<ReturnType<typeof createWebClient>['worker']>, status = 'open') =>
  ((await sanne(`/api/inbox/cases?status=${status}`)).body?.cases ?? []).map((view: { id: string }) => view.id);

/** An election this test decides: leads or not. */
const election = (leads: boolean): LeaderElection => ({ role: 'follow-up', connectionName: null, isLeader: () => leads, onChange: () => () => {}, close: async () => {} });

describe('snooze', () => {
  it('takes a case out of the active queue until the date, then brings it back with a reminder', async () => {
    const { caseId, sanne: first } = await claimedCase();
    let sanne = first;
    const until = new Date(mondayMorning.getTime() + 24 * hour);
    const snoozed = await sanne(`/api/inbox/cases/${caseId}/snooze`, { until: until.toISOString() });
    expect(snoozed.body?.case).toMatchObject({ snoozedUntil: until.toISOString(), snoozedUntilReply: false });
    expect(await queueIds(sanne)).not.toContain(caseId);
    expect(await queueIds(sanne, 'snoozed')).toEqual([caseId]);

    clock.advance(23 * hour);
    await runFollowUp({ followUp: runtime.desk.followUp, logger: silentLogger });
    sanne = await signIn();
    expect(await queueIds(sanne)).not.toContain(caseId);
    clock.advance(hour);
    await runFollowUp({ followUp: runtime.desk.followUp, logger: silentLogger });
    sanne = await signIn();
    expect(await queueIds(sanne)).toContain(caseId);
    expect(await queueIds(sanne, 'snoozed')).toEqual([]);
    const reminders = events.filter((event) => event.type === 'case-updated' && event.action === 'snooze-ended');
    expect(reminders).toHaveLength(1);
    // A second run finds nothing more to wake: one reminder per snooze.
    await runFollowUp({ followUp: runtime.desk.followUp, logger: silentLogger });
    expect(events.filter((event) => event.type === 'case-updated' && event.action === 'snooze-ended')).toHaveLength(1);
    const card = await sanne(`/api/inbox/cases/${caseId}`);
    expect(card.body?.audit.map((entry: { action: string }) => entry.action)).toEqual(expect.arrayContaining(['snoozed', 'snooze-ended']));
  });

  it('snoozed until the resident writes: their message brings it back and reminds the worker in the inbox', async () => {
    const { caseId, sanne: first, token } = await claimedCase();
    let sanne = first;
    const job = await startFollowUpWhileLeading(election(true), { followUp: runtime.desk.followUp, events: runtime.events, logger: silentLogger });
    try {
      await sanne(`/api/inbox/cases/${caseId}/snooze`, { untilReply: true });
      clock.advance(30 * 24 * hour);
      await runFollowUp({ followUp: runtime.desk.followUp, logger: silentLogger });
      sanne = await signIn();
      expect(await queueIds(sanne)).not.toContain(caseId);
      const login = await client.login('sanne', password);
      const inbox = await openSocket(`${baseUrl.replace('http', 'ws')}/api/inbox/socket`, { cookie: login.cookie, origin: baseUrl });
      await client.say(token, 'Ik heb weer een brief gekregen');
      const reminder = await inbox.next((frame) => frame.type === 'case-updated' && frame.action === 'snooze-ended');
      expect(reminder.case).toMatchObject({ id: caseId, snoozedUntilReply: false });
      inbox.close();
      expect(await queueIds(sanne)).toContain(caseId);
    } finally {
      await job.stop();
    }
  });

  it('refuses a snooze without a moment, in the past, or by a worker who does not have the case', async () => {
    const { caseId, sanne } = await claimedCase();
    expect((await sanne(`/api/inbox/cases/${caseId}/snooze`, {})).status).toBe(400);
    expect((await sanne(`/api/inbox/cases/${caseId}/snooze`, { until: new Date(mondayMorning.getTime() - hour).toISOString() })).status).toBe(400);
    await runtime.store.createWorker({ username: 'tim', displayName: 'Tim', team: null, passwordHash: await hashPassword(password) });
    const tim = client.worker(await client.login('tim', password));
    expect((await tim(`/api/inbox/cases/${caseId}/snooze`, { untilReply: true })).status).toBe(409);
  });
});

describe('check-ins', () => {
  it('sends a scheduled check-in once, at its time, on the leader only; a web resident reads it on the next visit', async () => {
    const { caseId, sanne, token } = await claimedCase();
    const sendAt = new Date(mondayMorning.getTime() + 48 * hour);
    const scheduled = await sanne(`/api/inbox/cases/${caseId}/check-ins`, { sendAt: sendAt.toISOString() });
    expect(scheduled.body?.checkIn).toMatchObject({ sendAt: sendAt.toISOString(), sentAt: null, text: 'Hoe gaat het nu met geld en schulden? Je kunt hier gewoon antwoorden.' });
    const checkInsIn = async () => (await client.history(token)).body!.messages.filter((message: { text: string }) => message.text.startsWith('Hoe gaat het nu met'));

    clock.advance(48 * hour);
    // An instance that does not lead sends nothing.
    const follower = await startFollowUpWhileLeading(election(false), { followUp: runtime.desk.followUp, events: runtime.events, logger: silentLogger });
    await follower.stop();
    expect(await checkInsIn()).toEqual([]);

    const leader = await startFollowUpWhileLeading(election(true), { followUp: runtime.desk.followUp, events: runtime.events, logger: silentLogger });
    await leader.stop();
    await runFollowUp({ followUp: runtime.desk.followUp, logger: silentLogger });
    const delivered = await checkInsIn();
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({ author: 'worker' });
    const followUp = await (await signIn())(`/api/inbox/cases/${caseId}/follow-up`);
    expect(followUp.body?.checkIns[0]).toMatchObject({ sentAt: sendAt.toISOString() });
  });

  it('refuses a check-in in the past, and one by a worker who does not have the case', async () => {
    const { caseId, sanne } = await claimedCase();
    expect((await sanne(`/api/inbox/cases/${caseId}/check-ins`, { sendAt: new Date(mondayMorning.getTime() - 1).toISOString() })).status).toBe(400);
    await runtime.store.createWorker({ username: 'tim', displayName: 'Tim', team: null, passwordHash: await hashPassword(password) });
    const tim = client.worker(await client.login('tim', password));
    expect((await tim(`/api/inbox/cases/${caseId}/check-ins`, { sendAt: new Date(mondayMorning.getTime() + hour).toISOString() })).status).toBe(409);
  });
});

describe('warm referral', () => {
  it('records the referral with consent and what is shared, and tells the resident who will contact them', async () => {
    const { caseId, sanne, token } = await claimedCase();
    const partners = await sanne('/api/inbox/referral-partners');
    expect(partners.body?.partners.map((partner: { id: string }) => partner.id)).toEqual(['huisarts', 'wijkverpleging', 'schuldhulp', 'veilig-thuis']);
    const referred = await sanne(`/api/inbox/cases/${caseId}/referrals`, {
      partnerId: 'schuldhulp', shared: 'Naam, telefoonnummer en de brief van de deurwaarder', consentAsked: true, consentGiven: true,
    });
    expect(referred.status).toBe(200);
    expect(referred.body?.referral).toMatchObject({
      partnerId: 'schuldhulp', partnerName: 'Schuldhulpverlening gemeente Lindenhoven', shared: 'Naam, telefoonnummer en de brief van de deurwaarder',
      consentAsked: true, consentGiven: true, createdAt: mondayMorning.toISOString(),
    });
    const told = (await client.history(token)).body!.messages.at(-1);
    expect(told).toMatchObject({ author: 'system' });
    expect(told.text).toBe('Sanne heeft je doorverwezen naar Schuldhulpverlening gemeente Lindenhoven. Zij nemen contact met je op. Ze krijgen alleen wat jij goed vond om te delen.');
    const followUp = await sanne(`/api/inbox/cases/${caseId}/follow-up`);
    expect(followUp.body?.referrals).toHaveLength(1);
  });

  it('refuses a referral without the resident\'s consent: nothing recorded, nothing sent', async () => {
    const { caseId, sanne, token } = await claimedCase();
    const before = (await client.history(token)).body!.messages.length;
    for (const consent of [{ consentAsked: false, consentGiven: false }, { consentAsked: true, consentGiven: false }]) {
      const refused = await sanne(`/api/inbox/cases/${caseId}/referrals`, { partnerId: 'huisarts', shared: 'Naam', ...consent });
      expect(refused.status).toBe(422);
      expect(refused.body?.error).toMatch(/toestemming/);
    }
    expect((await sanne(`/api/inbox/cases/${caseId}/referrals`, { partnerId: 'huisarts', shared: ' ', consentAsked: true, consentGiven: true })).status).toBe(422);
    expect((await sanne(`/api/inbox/cases/${caseId}/referrals`, { partnerId: 'nergens', shared: 'Naam', consentAsked: true, consentGiven: true })).status).toBe(404);
    expect((await sanne(`/api/inbox/cases/${caseId}/follow-up`)).body?.referrals).toEqual([]);
    expect((await client.history(token)).body!.messages).toHaveLength(before);
  });
});
