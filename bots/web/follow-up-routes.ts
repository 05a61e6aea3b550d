import type { FastifyInstance, FastifyRequest } from 'fastify';
import { cannedReplyInputSchema } from '../../core/follow-up/canned-reply-text.js';
import type { CannedReply } from '../../core/ports/canned-reply-store.js';
import type { CheckInRecord, ReferralRecord } from '../../core/ports/follow-up-store.js';
import type { Runtime } from '../runtime/create-runtime.js';
import { toCaseView } from './case-view.js';
import type { WorkerSessions } from './worker-sessions.js';
import { HttpProblem } from './web-errors.js';

const cannedReplyView = (reply: CannedReply) => ({ id: reply.id, title: reply.title, texts: reply.texts, updatedAt: reply.updatedAt.toISOString() });
const checkInView = (checkIn: CheckInRecord) => ({
  id: checkIn.id, workerId: checkIn.workerId, text: checkIn.text, sendAt: checkIn.sendAt.toISOString(), sentAt: checkIn.sentAt?.toISOString() ?? null,
});
const referralView = (referral: ReferralRecord) => ({
  id: referral.id, workerId: referral.workerId, partnerId: referral.partnerId, partnerName: referral.partnerName, shared: referral.shared,
  consentAsked: referral.consentAsked, consentGiven: referral.consentGiven, createdAt: referral.createdAt.toISOString(),
});

type Body = Record<string, unknown> | null;

/** A moment from the form: an ISO date-time, or nothing when `optional`. */
function moment(value: unknown, optional: boolean): Date | null {
  if ((value === undefined || value === null || value === '') && optional) return null;
  const parsed = typeof value === 'string' ? new Date(value) : null;
  if (!parsed || Number.isNaN(parsed.getTime())) throw new HttpProblem(400, 'Kies een datum en tijd.');
  return parsed;
}

function cannedReplyInput(body: unknown) {
  const parsed = cannedReplyInputSchema.safeParse(body);
  if (!parsed.success) throw new HttpProblem(400, 'Geef een titel en in elk geval de Nederlandse tekst (hoogstens 1000 tekens).');
  // Empty languages are left out: the Dutch text stands in for them.
  const texts = Object.fromEntries(Object.entries(parsed.data.texts).filter(([, text]) => text.length > 0)) as Record<string, string>;
  return { title: parsed.data.title, texts };
}

/** Canned replies, snooze, check-ins and warm referrals (docs/workers/desk.md "Canned replies, follow-up and warm referrals"). */
export function registerFollowUpRoutes(server: FastifyInstance, runtime: Runtime, sessions: WorkerSessions): void {
  const { desk, clock } = runtime;
  const followUp = desk.followUp;
  const caseId = (request: FastifyRequest) => (request.params as { caseId: string }).caseId;
  const replyId = (request: FastifyRequest) => (request.params as { replyId: string }).replyId;

  server.get('/api/inbox/canned-replies', async (request) => {
    const { worker } = await sessions.require(request);
    return { replies: (await followUp.listCannedReplies(worker.id)).map(cannedReplyView), mayManage: worker.permission === 'coordinator' };
  });

  server.post('/api/inbox/canned-replies', async (request) => {
    const { worker } = await sessions.require(request);
    return { reply: cannedReplyView(await followUp.saveCannedReply(worker.id, null, cannedReplyInput(request.body))) };
  });

  server.put('/api/inbox/canned-replies/:replyId', async (request) => {
    const { worker } = await sessions.require(request);
    return { reply: cannedReplyView(await followUp.saveCannedReply(worker.id, replyId(request), cannedReplyInput(request.body))) };
  });

  server.delete('/api/inbox/canned-replies/:replyId', async (request) => {
    const { worker } = await sessions.require(request);
    await followUp.deleteCannedReply(worker.id, replyId(request));
    return { deleted: true };
  });

  server.get('/api/inbox/cases/:caseId/canned-replies', async (request) => {
    const { worker } = await sessions.require(request);
    return { replies: await followUp.cannedRepliesForCase(caseId(request), worker.id) };
  });

  server.post('/api/inbox/cases/:caseId/snooze', async (request) => {
    const { worker } = await sessions.require(request);
    const body = request.body as Body;
    const until = moment(body?.until, true);
    const untilReply = body?.untilReply === true;
    if (!until && !untilReply) throw new HttpProblem(400, 'Kies een datum, of "tot de inwoner reageert".');
    if (until && until.getTime() <= clock.now().getTime()) throw new HttpProblem(400, 'Kies een moment in de toekomst.');
    return { case: toCaseView(await followUp.snooze(caseId(request), worker.id, until, untilReply), clock.now()) };
  });

  server.post('/api/inbox/cases/:caseId/unsnooze', async (request) => {
    const { worker } = await sessions.require(request);
    return { case: toCaseView(await followUp.unsnooze(caseId(request), worker.id), clock.now()) };
  });

  server.get('/api/inbox/cases/:caseId/follow-up', async (request) => {
    const { worker } = await sessions.require(request);
    const { checkIns, referrals } = await followUp.followUpOfCase(caseId(request), worker.id);
    return { checkIns: checkIns.map(checkInView), referrals: referrals.map(referralView) };
  });

  server.post('/api/inbox/cases/:caseId/check-ins', async (request) => {
    const { worker } = await sessions.require(request);
    const body = request.body as Body;
    const sendAt = moment(body?.sendAt, false)!;
    if (sendAt.getTime() <= clock.now().getTime()) throw new HttpProblem(400, 'Kies een moment in de toekomst.');
    const text = typeof body?.text === 'string' ? body.text : null;
    if (text && text.length > 4000) throw new HttpProblem(413, 'Die tekst is te lang.');
    return { checkIn: checkInView(await followUp.scheduleCheckIn(caseId(request), worker.id, sendAt, text)) };
  });

  server.get('/api/inbox/referral-partners', async (request) => {
    await sessions.require(request);
    return { partners: followUp.referralPartners() };
  });

  server.post('/api/inbox/cases/:caseId/referrals', async (request) => {
    const { worker } = await sessions.require(request);
    const body = request.body as Body;
    if (typeof body?.partnerId !== 'string') throw new HttpProblem(400, 'Kies een partner.');
    const shared = typeof body.shared === 'string' ? body.shared : '';
    if (shared.length > 2000) throw new HttpProblem(413, 'Die tekst is te lang.');
    const referral = await followUp.refer(caseId(request), worker.id, {
      partnerId: body.partnerId, shared, consentAsked: body.consentAsked === true, consentGiven: body.consentGiven === true,
    });
    return { referral: referralView(referral) };
  });
}
