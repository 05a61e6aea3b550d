import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../web/start-test-server.js';
import { caseFromResident, signIn } from './desk-people.js';

// Issue 13, point 6: who may take over, close and read a case, through the inbox's HTTP API
// (the one path the desk has; Slack goes through the same core calls, see slack-desk-permissions).
describe('what a worker may do in the desk', () => {
  let server: TestServer;
  let anna: Awaited<ReturnType<typeof signIn>>;
  let bram: Awaited<ReturnType<typeof signIn>>;
  let carla: Awaited<ReturnType<typeof signIn>>;
  let dirk: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    server = await startTestServer();
    anna = await signIn(server, 'anna', 'Anna de Vries', 'self-reliance');
    bram = await signIn(server, 'bram', 'Bram Jansen', 'self-reliance');
    carla = await signIn(server, 'carla', 'Carla Coördinator', null, 'coordinator');
    dirk = await signIn(server, 'dirk', 'Dirk van Gezondheid', 'health');
  });
  afterAll(() => server?.stop());

  it('refuses a colleague who closes or reassigns to himself a case someone else claimed (403), a crisis case too', async () => {
    for (const fields of [{ team: 'self-reliance' }, { team: 'self-reliance', urgency: 'crisis' as const, crisis: 'suicide' as const }]) {
      const record = await caseFromResident(server, fields);
      expect((await anna.request(`/api/inbox/cases/${record.id}/claim`, {})).status).toBe(200);

      const reassign = await bram.request(`/api/inbox/cases/${record.id}/reassign`, { workerId: bram.worker.id });
      expect(reassign.status).toBe(403);
      expect(reassign.body?.error).toBe('Deze zaak is van Anna de Vries. Alleen Anna de Vries zelf (door de zaak over te dragen) of een coördinator kan hem overnemen of sluiten.');
      // Saying "confirmed" does not make a worker a coordinator.
      const close = await bram.request(`/api/inbox/cases/${record.id}/close`, { outcome: 'opgelost', confirmTakeOver: true });
      expect(close.status).toBe(403);
      expect((await bram.request(`/api/inbox/cases/${record.id}/reassign`, { workerId: null })).status).toBe(403);
      // A claim of a claimed case stays the kind "a colleague was first" (409), as in a race.
      expect((await bram.request(`/api/inbox/cases/${record.id}/claim`, {})).status).toBe(409);

      expect(await server.runtime.store.findCase(record.id)).toMatchObject({ status: 'claimed', assigneeId: anna.worker.id });
      const actions = (await server.runtime.store.listAudit(record.id)).map((entry) => entry.action);
      expect(actions).not.toContain('closed');
      expect(actions).not.toContain('reassigned');
    }
  });

  it('lets a coordinator take over only with confirmation, and tells the colleague on their own inbox', async () => {
    const record = await caseFromResident(server, { team: 'self-reliance' });
    expect((await anna.request(`/api/inbox/cases/${record.id}/claim`, {})).status).toBe(200);
    const annaInbox = await anna.socket();
    const bramInbox = await bram.socket();

    const unconfirmed = await carla.request(`/api/inbox/cases/${record.id}/reassign`, { workerId: carla.worker.id });
    expect(unconfirmed.status).toBe(403);
    expect(unconfirmed.body).toMatchObject({ confirmationNeeded: true, assigneeName: 'Anna de Vries', crisis: false });
    expect(unconfirmed.body?.error).toBe('Deze casus is van Anna de Vries. Bevestig eerst dat je hem wilt overnemen.');
    expect((await carla.request(`/api/inbox/cases/${record.id}/claim`, {})).body?.confirmationNeeded).toBe(true);
    expect((await server.runtime.store.findCase(record.id))?.assigneeId).toBe(anna.worker.id);

    const confirmed = await carla.request(`/api/inbox/cases/${record.id}/claim`, { confirmTakeOver: true });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body?.case).toMatchObject({ status: 'claimed', assigneeId: carla.worker.id });

    const notice = await annaInbox.next((frame) => frame.type === 'case-taken-over');
    expect(notice).toEqual({ type: 'case-taken-over', caseId: record.id, byWorkerId: carla.worker.id, action: 'claimed' });
    await bramInbox.next((frame) => frame.type === 'case-updated' && frame.case.id === record.id && frame.case.assigneeId === carla.worker.id);
    expect(bramInbox.frames.some((frame) => frame.type === 'case-taken-over')).toBe(false);
    const audit = await server.runtime.store.listAudit(record.id);
    expect(audit.find((entry) => entry.action === 'taken-over')).toMatchObject({ actor: carla.worker.id, detail: anna.worker.id });

    // Closing a colleague's crisis case: the same confirmation, and the answer says it is a crisis case.
    const crisis = await caseFromResident(server, { team: 'self-reliance', urgency: 'crisis', crisis: 'violence' });
    expect((await bram.request(`/api/inbox/cases/${crisis.id}/claim`, {})).status).toBe(200);
    const refused = await carla.request(`/api/inbox/cases/${crisis.id}/close`, { outcome: 'doorgezet naar Veilig Thuis' });
    expect(refused.body).toMatchObject({ confirmationNeeded: true, crisis: true, assigneeName: 'Bram Jansen' });
    const closed = await carla.request(`/api/inbox/cases/${crisis.id}/close`, { outcome: 'doorgezet naar Veilig Thuis', confirmTakeOver: true });
    expect(closed.body?.case).toMatchObject({ status: 'closed', outcome: 'doorgezet naar Veilig Thuis' });
    expect(await bramInbox.next((frame) => frame.type === 'case-taken-over')).toMatchObject({ caseId: crisis.id, action: 'closed' });
    annaInbox.close();
    bramInbox.close();
  });

  it('lets the assignee hand a case over to a named colleague or back to the queue', async () => {
    const record = await caseFromResident(server, { team: 'self-reliance' });
    expect((await anna.request(`/api/inbox/cases/${record.id}/claim`, {})).status).toBe(200);
    const handedOver = await anna.request(`/api/inbox/cases/${record.id}/reassign`, { workerId: bram.worker.id });
    expect(handedOver.status).toBe(200);
    expect(handedOver.body?.case).toMatchObject({ status: 'claimed', assigneeId: bram.worker.id });
    // Now it is Bram's: Anna may no longer close it, Bram may hand it back to the queue.
    expect((await anna.request(`/api/inbox/cases/${record.id}/close`, { outcome: 'klaar' })).status).toBe(403);
    const back = await bram.request(`/api/inbox/cases/${record.id}/reassign`, { workerId: null });
    expect(back.body?.case).toMatchObject({ status: 'waiting', assigneeId: null });
    expect((await server.runtime.store.listAudit(record.id)).some((entry) => entry.action === 'taken-over')).toBe(false);
  });

  it('shows contact details only to the assignee, the case\'s team and coordinators', async () => {
    const record = await caseFromResident(server, { team: 'self-reliance', contactDetails: '06-12345678, na 17 uur' });
    const dirkInbox = await dirk.socket();
    const card = async (who: typeof anna) => (await who.request(`/api/inbox/cases/${record.id}`)).body?.case.contactDetails;
    expect(await card(dirk)).toBeNull();
    expect(await card(bram)).toBe('06-12345678, na 17 uur');
    expect(await card(carla)).toBe('06-12345678, na 17 uur');
    const queued = (await dirk.request('/api/inbox/cases')).body?.cases.find((view: { id: string }) => view.id === record.id);
    expect(queued).toMatchObject({ id: record.id, contactDetails: null });

    expect((await anna.request(`/api/inbox/cases/${record.id}/claim`, {})).status).toBe(200);
    const live = await dirkInbox.next((frame) => frame.type === 'case-updated' && frame.case.id === record.id);
    expect(live.case.contactDetails).toBeNull();
    expect(JSON.stringify(dirkInbox.frames)).not.toContain('06-12345678');
    // Handed to Dirk, the details are his to see.
    await anna.request(`/api/inbox/cases/${record.id}/reassign`, { workerId: dirk.worker.id });
    expect(await card(dirk)).toBe('06-12345678, na 17 uur');
    dirkInbox.close();
  });
});

describe('team scoping (TEAM_SCOPED_INBOX=1)', () => {
  let server: TestServer;
  let anna: Awaited<ReturnType<typeof signIn>>;
  let dirk: Awaited<ReturnType<typeof signIn>>;
  let carla: Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    server = await startTestServer({}, { TEAM_SCOPED_INBOX: '1' });
    anna = await signIn(server, 'anna', 'Anna de Vries', 'self-reliance');
    dirk = await signIn(server, 'dirk', 'Dirk van Gezondheid', 'health');
    carla = await signIn(server, 'carla', 'Carla Coördinator', null, 'coordinator');
  });
  afterAll(() => server?.stop());

  const queueIds = async (who: typeof anna) => (await who.request('/api/inbox/cases')).body?.cases.map((view: { id: string }) => view.id);

  it('hides a normal case of another team from a worker, but never an unassigned crisis case', async () => {
    const normal = await caseFromResident(server, { team: 'self-reliance', summary: 'schulden' });
    const crisis = await caseFromResident(server, { team: 'self-reliance', urgency: 'crisis', crisis: 'suicide' });
    const dirkInbox = await dirk.socket();

    expect(await queueIds(dirk)).not.toContain(normal.id);
    expect(await queueIds(dirk)).toContain(crisis.id);
    expect(await queueIds(anna)).toEqual(expect.arrayContaining([normal.id, crisis.id]));
    expect(await queueIds(carla)).toEqual(expect.arrayContaining([normal.id, crisis.id]));

    const hidden = await dirk.request(`/api/inbox/cases/${normal.id}`);
    expect(hidden.status).toBe(403);
    expect(hidden.body?.error).toBe('Deze zaak hoort bij een ander team. Vraag een collega van dat team of een coördinator.');
    expect((await dirk.request(`/api/inbox/cases/${normal.id}/claim`, {})).status).toBe(403);
    expect((await dirk.request(`/api/inbox/cases/${normal.id}/notes`, { text: 'mag niet' })).status).toBe(403);
    expect((await server.runtime.store.findCase(normal.id))?.status).toBe('waiting');

    // The crisis case is Dirk's to pick up (contact details stay with the team until he has it).
    expect((await dirk.request(`/api/inbox/cases/${crisis.id}`)).status).toBe(200);
    expect((await dirk.request(`/api/inbox/cases/${crisis.id}/claim`, {})).status).toBe(200);
    expect(await queueIds(dirk)).toContain(crisis.id);

    // Live: the normal case's messages never reach Dirk's socket; the crisis case's do.
    await anna.request(`/api/inbox/cases/${normal.id}/claim`, {});
    await anna.request(`/api/inbox/cases/${normal.id}/messages`, { text: 'Hallo, met Anna over je schulden.' });
    await dirk.request(`/api/inbox/cases/${crisis.id}/messages`, { text: 'Hallo, met Dirk. Ik ben er.' });
    await dirkInbox.next((frame) => frame.type === 'message' && frame.caseId === crisis.id && frame.message.author === 'worker');
    // At most a bare "case-hidden" (drop it from your list) names the normal case.
    expect(dirkInbox.frames.some((frame) => frame.type !== 'case-hidden' && (frame.caseId === normal.id || frame.case?.id === normal.id))).toBe(false);
    expect(JSON.stringify(dirkInbox.frames)).not.toContain('je schulden');
    dirkInbox.close();
  });
});
