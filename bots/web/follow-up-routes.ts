import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { cannedReplyInputSchema } from '../../core/follow-up/canned-reply-text.js';
import type { CannedReply } from '../../core/ports/canned-reply-store.js';
import type { CheckInRecord, ReferralRecord } from '../../core/ports/follow-up-store.js';
import type { Runtime } from '../runtime/create-runtime.js';
import { toCaseView } from './case-view.js';
import { HttpProblem, requestText, tooLongText } from './web-errors.js';
import { caseParams } from './route-schemas.js';
import { workerTexts } from '../../core/texts/worker-texts.js';
import { signedInWorker } from './signed-in-worker.js';

const cannedReplyView = (reply: CannedReply) => ({ id: reply.id, title: reply.title, texts: reply.texts, updatedAt: reply.updatedAt.toISOString() });
const checkInView = (checkIn: CheckInRecord) => ({
  id: checkIn.id, workerId: checkIn.workerId, text: checkIn.text, sendAt: checkIn.sendAt.toISOString(), sentAt: checkIn.sentAt?.toISOString() ?? null,
});
const referralView = (referral: ReferralRecord) => ({
  id: referral.id, workerId: referral.workerId, partnerId: referral.partnerId, partnerName: referral.partnerName, shared: referral.shared,
  consentAsked: referral.consentAsked, consentGiven: referral.consentGiven, createdAt: referral.createdAt.toISOString(),
});

const momentText = requestText(workerTexts.chooseMoment);
/** A moment from the form: a date-time the browser wrote. */
const moment = z.string({ error: momentText }).refine((value) => !Number.isNaN(new Date(value).getTime()), momentText).transform((value) => new Date(value));

const snoozeBody = z.object({
  until: z.union([z.literal(''), moment]).nullish().transform((value) => (value ? value : null)),
  untilReply: z.boolean().optional().catch(undefined),
}).nullish().transform((body) => body ?? { until: null, untilReply: undefined });

const checkInBody = z.object({
  sendAt: moment,
  text: z.string().max(4000, tooLongText).nullish().catch(null).describe('without text: "Hoe gaat het nu met …?" in the resident\'s language'),
}, { error: momentText });

const partnerText = requestText(workerTexts.choosePartner);
const referralBody = z.object({
  partnerId: z.string({ error: partnerText }),
  shared: z.string().max(2000, tooLongText).optional().catch(undefined),
  consentAsked: z.boolean().optional().catch(undefined),
  consentGiven: z.boolean().optional().catch(undefined),
}, { error: partnerText });

const replyParams = z.object({ replyId: z.string() });
const cannedReplyRoute = (summary: string) => ({
  schema: { summary, body: cannedReplyInputSchema },
  config: { invalidRequestText: workerTexts.cannedReplyIncomplete },
});

/** Empty languages are left out: the Dutch text stands in for them. */
function cannedReplyInput(input: z.output<typeof cannedReplyInputSchema>) {
  const texts = Object.fromEntries(Object.entries(input.texts).filter(([, text]) => text.length > 0)) as Record<string, string>;
  return { title: input.title, texts };
}

/** Canned replies, snooze, check-ins and warm referrals (docs/workers/desk.md "Canned replies, follow-up and warm referrals"). */
export function registerFollowUpRoutes(server: FastifyInstance, runtime: Runtime): void {
  const { desk, clock } = runtime;
  const followUp = desk.followUp;
  const api = server.withTypeProvider<ZodTypeProvider>();

  api.get('/api/inbox/canned-replies', {
    schema: { summary: 'Every canned reply as written (placeholders {worker}, {openingstijden}, {aanbod} kept); mayManage says whether this worker is a coordinator' },
  }, async (request) => {
    const worker = signedInWorker(request);
    return { replies: (await followUp.listCannedReplies(worker.id)).map(cannedReplyView), mayManage: worker.permission === 'coordinator' };
  });

  api.post('/api/inbox/canned-replies', cannedReplyRoute('Create a canned reply (coordinators only; 403 for a worker)'), async (request) => {
    const worker = signedInWorker(request);
    return { reply: cannedReplyView(await followUp.saveCannedReply(worker.id, null, cannedReplyInput(request.body))) };
  });

  const changeRoute = cannedReplyRoute('Change a canned reply (coordinators only)');
  api.put('/api/inbox/canned-replies/:replyId', { ...changeRoute, schema: { ...changeRoute.schema, params: replyParams } }, async (request) => {
    const worker = signedInWorker(request);
    return { reply: cannedReplyView(await followUp.saveCannedReply(worker.id, request.params.replyId, cannedReplyInput(request.body))) };
  });

  api.delete('/api/inbox/canned-replies/:replyId', { schema: { summary: 'Delete a canned reply (coordinators only)', params: replyParams } }, async (request) => {
    const worker = signedInWorker(request);
    await followUp.deleteCannedReply(worker.id, request.params.replyId);
    return { deleted: true };
  });

  api.get('/api/inbox/cases/:caseId/canned-replies', {
    schema: { summary: "The reply box's Standaardantwoord menu: each reply with its placeholders filled, in the case's language (else Dutch)", params: caseParams },
  }, async (request) => {
    const worker = signedInWorker(request);
    return { replies: await followUp.cannedRepliesForCase(request.params.caseId, worker.id) };
  });

  api.post('/api/inbox/cases/:caseId/snooze', {
    schema: { summary: 'Snooze the case out of the active queue until a moment, or until the resident writes; it comes back with a snooze-ended event (the reminder)', params: caseParams, body: snoozeBody },
  }, async (request) => {
    const worker = signedInWorker(request);
    const { until } = request.body;
    const untilReply = request.body.untilReply === true;
    if (!until && !untilReply) throw new HttpProblem(400, workerTexts.chooseSnoozeEnd);
    if (until && until.getTime() <= clock.now().getTime()) throw new HttpProblem(400, workerTexts.momentInFuture);
    return { case: toCaseView(await followUp.snooze(request.params.caseId, worker.id, until, untilReply), clock.now()) };
  });

  api.post('/api/inbox/cases/:caseId/unsnooze', { schema: { summary: 'End a snooze now', params: caseParams } }, async (request) => {
    const worker = signedInWorker(request);
    return { case: toCaseView(await followUp.unsnooze(request.params.caseId, worker.id), clock.now()) };
  });

  api.get('/api/inbox/cases/:caseId/follow-up', { schema: { summary: "The case's check-ins and referrals", params: caseParams } }, async (request) => {
    const worker = signedInWorker(request);
    const { checkIns, referrals } = await followUp.followUpOfCase(request.params.caseId, worker.id);
    return { checkIns: checkIns.map(checkInView), referrals: referrals.map(referralView) };
  });

  api.post('/api/inbox/cases/:caseId/check-ins', {
    schema: { summary: "Schedule a check-in message to the resident on their channel; sent once, by the leader", params: caseParams, body: checkInBody },
  }, async (request) => {
    const worker = signedInWorker(request);
    const { sendAt, text } = request.body;
    if (sendAt.getTime() <= clock.now().getTime()) throw new HttpProblem(400, workerTexts.momentInFuture);
    return { checkIn: checkInView(await followUp.scheduleCheckIn(request.params.caseId, worker.id, sendAt, text ?? null)) };
  });

  api.get('/api/inbox/referral-partners', { schema: { summary: "The social map's referral partners" } }, async () => {
    return { partners: followUp.referralPartners() };
  });

  api.post('/api/inbox/cases/:caseId/referrals', {
    schema: { summary: 'Warm referral: recorded on the case and the resident told who will contact them; refused (422) unless consent was asked and given for what is shared', params: caseParams, body: referralBody },
  }, async (request) => {
    const worker = signedInWorker(request);
    const body = request.body;
    const referral = await followUp.refer(request.params.caseId, worker.id, {
      partnerId: body.partnerId, shared: body.shared ?? '', consentAsked: body.consentAsked === true, consentGiven: body.consentGiven === true,
    });
    return { referral: referralView(referral) };
  });
}
