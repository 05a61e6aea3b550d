import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { roleIds, roleLabels } from '../../core/roles/role-ids.js';
import type { WorkerRecord } from '../../core/ports/worker-store.js';
import type { Runtime } from '../runtime/create-runtime.js';
import { toCaseView } from './case-view.js';
import { requestText } from './web-errors.js';
import { caseParams } from './route-schemas.js';
import { workerTexts } from '../../core/texts/worker-texts.js';
import { signedInWorker } from './signed-in-worker.js';

const awayText = requestText(workerTexts.chooseAway);
const rolesText = requestText(workerTexts.chooseRoles);
const capacityText = requestText(workerTexts.chooseCapacity);
const roleText = requestText(workerTexts.chooseRole);
const requestCaseText = requestText(workerTexts.chooseRequestCase);
const consentText = requestText(workerTexts.bothResidentsConsent);
const workerRolesBody = z.object({
  roles: z.array(z.string({ error: rolesText }), { error: rolesText }),
  capacity: z.number({ error: capacityText }).int(capacityText).min(1, capacityText).nullish(),
}, { error: rolesText });
const linkBody = z.object({
  requestCaseId: z.string({ error: requestCaseText }),
  offerConsent: z.literal(true, { error: consentText }),
  requestConsent: z.literal(true, { error: consentText }),
}, { error: requestCaseText });

const workerRolesView = (worker: WorkerRecord) => ({
  id: worker.id, displayName: worker.displayName, team: worker.team, roles: worker.roles, away: worker.away, capacity: worker.capacity,
});

/** Roles and queues per role, "Afwezig", moving a case to a role, and linking an offer to a request (docs/workers/desk.md). */
export function registerRoleRoutes(server: FastifyInstance, runtime: Runtime): void {
  const { desk, store, clock } = runtime;
  const api = server.withTypeProvider<ZodTypeProvider>();

  api.get('/api/inbox/roles', { schema: { summary: 'The roles, this worker and every colleague with roles, away and capacity' } }, async (request) => {
    const worker = signedInWorker(request);
    const workers = await store.listWorkers();
    return {
      roles: roleIds.map((id) => ({ id, label: roleLabels[id] })),
      me: workerRolesView(workers.find((candidate) => candidate.id === worker.id) ?? worker),
      workers: workers.map(workerRolesView),
      automaticAssignment: desk.roles.assignment.automatic,
    };
  });

  api.post('/api/inbox/me/away', {
    schema: { summary: '"Afwezig": no new cases for this worker while away', body: z.object({ away: z.boolean({ error: awayText }) }, { error: awayText }) },
  }, async (request) => {
    const worker = signedInWorker(request);
    return { worker: workerRolesView(await desk.roles.setAway(worker.id, request.body.away)) };
  });

  api.post('/api/inbox/workers/:workerId/roles', {
    schema: { summary: "Set a colleague's roles and the number of cases they take at once", params: z.object({ workerId: z.string() }), body: workerRolesBody },
  }, async (request) => {
    const worker = signedInWorker(request);
    const { roles, capacity } = request.body;
    return { worker: workerRolesView(await desk.roles.setWorkerRoles(worker.id, request.params.workerId, roles, capacity)) };
  });

  api.post('/api/inbox/cases/:caseId/role', {
    schema: { summary: "Move the case to a role's queue", params: caseParams, body: z.object({ role: z.string({ error: roleText }) }, { error: roleText }) },
  }, async (request) => {
    const worker = signedInWorker(request);
    return { case: toCaseView(await desk.roles.moveToRole(request.params.caseId, worker.id, request.body.role), clock.now()) };
  });

  api.post('/api/inbox/cases/:caseId/link', {
    schema: { summary: 'Link an offer of help to a request, with the consent of both residents', params: caseParams, body: linkBody },
  }, async (request) => {
    const worker = signedInWorker(request);
    const [offer, linked] = await desk.roles.linkOffer(worker.id, request.params.caseId, request.body.requestCaseId, { offer: true, request: true });
    return { case: toCaseView(offer, clock.now()), linked: toCaseView(linked, clock.now()) };
  });
}
