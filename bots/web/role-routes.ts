import type { FastifyInstance, FastifyRequest } from 'fastify';
import { roleIds, roleLabels } from '../../core/roles/role-ids.js';
import type { WorkerRecord } from '../../core/ports/worker-store.js';
import type { Runtime } from '../runtime/create-runtime.js';
import { toCaseView } from './case-view.js';
import type { WorkerSessions } from './worker-sessions.js';
import { HttpProblem } from './web-errors.js';

type Body = Record<string, unknown> | null;

const workerRolesView = (worker: WorkerRecord) => ({
  id: worker.id, displayName: worker.displayName, team: worker.team, roles: worker.roles, away: worker.away, capacity: worker.capacity,
});

/** Roles and queues per role, "Afwezig", moving a case to a role, and linking an offer to a request (docs/workers/desk.md). */
export function registerRoleRoutes(server: FastifyInstance, runtime: Runtime, sessions: WorkerSessions): void {
  const { desk, store, clock } = runtime;
  const caseId = (request: FastifyRequest) => (request.params as { caseId: string }).caseId;

  server.get('/api/inbox/roles', async (request) => {
    const { worker } = await sessions.require(request);
    const workers = await store.listWorkers();
    return {
      roles: roleIds.map((id) => ({ id, label: roleLabels[id] })),
      me: workerRolesView(workers.find((candidate) => candidate.id === worker.id) ?? worker),
      workers: workers.map(workerRolesView),
      automaticAssignment: desk.roles.assignment.automatic,
    };
  });

  server.post('/api/inbox/me/away', async (request) => {
    const { worker } = await sessions.require(request);
    const away = (request.body as Body)?.away;
    if (typeof away !== 'boolean') throw new HttpProblem(400, 'Kies aanwezig of afwezig.');
    return { worker: workerRolesView(await desk.roles.setAway(worker.id, away)) };
  });

  server.post('/api/inbox/workers/:workerId/roles', async (request) => {
    const { worker } = await sessions.require(request);
    const body = request.body as Body;
    const roles = body?.roles;
    if (!Array.isArray(roles) || roles.some((role) => typeof role !== 'string')) throw new HttpProblem(400, 'Kies een of meer rollen.');
    const capacity = body?.capacity;
    if (capacity !== undefined && capacity !== null && (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 1)) throw new HttpProblem(400, 'Geef een aantal zaken van 1 of meer.');
    const targetId = (request.params as { workerId: string }).workerId;
    return { worker: workerRolesView(await desk.roles.setWorkerRoles(worker.id, targetId, roles as string[], capacity as number | null | undefined)) };
  });

  server.post('/api/inbox/cases/:caseId/role', async (request) => {
    const { worker } = await sessions.require(request);
    const role = (request.body as Body)?.role;
    if (typeof role !== 'string') throw new HttpProblem(400, 'Kies een rol.');
    return { case: toCaseView(await desk.roles.moveToRole(caseId(request), worker.id, role), clock.now()) };
  });

  server.post('/api/inbox/cases/:caseId/link', async (request) => {
    const { worker } = await sessions.require(request);
    const body = request.body as Body;
    if (typeof body?.requestCaseId !== 'string') throw new HttpProblem(400, 'Kies de hulpvraag die bij dit aanbod past.');
    if (body.offerConsent !== true || body.requestConsent !== true) throw new HttpProblem(400, 'Beide inwoners moeten eerst toestemming geven.');
    const [offer, linked] = await desk.roles.linkOffer(worker.id, caseId(request), body.requestCaseId, { offer: true, request: true });
    return { case: toCaseView(offer, clock.now()), linked: toCaseView(linked, clock.now()) };
  });
}
