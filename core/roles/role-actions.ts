import type { CaseRecord } from '../ports/case-record.js';
import type { CaseStore } from '../ports/case-store.js';
import type { Clock } from '../ports/clock.js';
import type { EventBus } from '../ports/event-bus.js';
import type { Logger } from '../ports/logger.js';
import type { WorkerRecord, WorkerStore } from '../ports/worker-store.js';
import { CaseClaimConflictError, CaseStatusError, CoordinatorOnlyError, NotFoundError } from '../errors.js';
import { isCrisisCase } from '../desk-permissions.js';
import { chooseAssignee } from './choose-assignee.js';
import { isRoleId, type RoleId } from './role-ids.js';
import { defaultAssignmentConfiguration, type AssignmentConfiguration } from './role-configuration.js';

/** What the worker desk lends the role actions, so every write keeps one path (core/worker-desk.ts). */
export interface RoleContext {
  cases: CaseStore;
  workers: WorkerStore;
  events: EventBus;
  clock: Clock;
  logger: Logger;
  assignment?: AssignmentConfiguration;
  requireWorker(workerId: string): Promise<WorkerRecord>;
  visibleCase(caseId: string, worker: WorkerRecord): Promise<CaseRecord>;
  audit(caseId: string, actor: string, action: string, detail?: string | null): Promise<void>;
}

/** Roles, "Afwezig", automatic assignment and linking an offer to a request (docs/workers/desk.md "Roles, offers and assignment"). */
export function createRoleActions(context: RoleContext) {
  const { cases, workers, events, clock, logger } = context;
  const assignment = context.assignment ?? defaultAssignmentConfiguration;

  function requireRole(role: string): RoleId {
    if (!isRoleId(role)) throw new NotFoundError('role', role);
    return role;
  }

  return {
    assignment,

    /** Moves a case to another role's queue (and back to nobody); whoever may see the case may do this. */
    async moveToRole(caseId: string, workerId: string, role: string): Promise<CaseRecord> {
      const worker = await context.requireWorker(workerId);
      const record = await context.visibleCase(caseId, worker);
      if (record.status === 'closed') throw new CaseStatusError(`case ${caseId} is closed`);
      const updated = await cases.updateCase(caseId, { role: requireRole(role) }, clock.now());
      await context.audit(caseId, workerId, 'role-changed', role);
      await events.publish({ type: 'case-updated', case: updated, action: 'updated' });
      return updated;
    },

    /** "Afwezig": automatic assignment passes an away worker by; each worker sets their own. */
    async setAway(workerId: string, away: boolean): Promise<WorkerRecord> {
      await context.requireWorker(workerId);
      return workers.updateWorker(workerId, { away });
    },

    /** A worker's roles and capacity are set by a coordinator. */
    async setWorkerRoles(coordinatorId: string, workerId: string, roles: string[], capacity?: number | null): Promise<WorkerRecord> {
      const coordinator = await context.requireWorker(coordinatorId);
      if (coordinator.permission !== 'coordinator') throw new CoordinatorOnlyError('set the roles of a worker');
      await context.requireWorker(workerId);
      return workers.updateWorker(workerId, { roles: roles.map(requireRole), ...(capacity === undefined ? {} : { capacity }) });
    },

    /**
     * With automatic assignment on: a waiting case goes to the worker of its role with the fewest
     * open cases, below capacity and not away. A crisis is never assigned here: it stays at the top
     * of everyone's queue. Returns the assigned case, or null when it stays in the queue.
     */
    async assignAutomatically(caseId: string): Promise<CaseRecord | null> {
      if (!assignment.automatic) return null;
      const record = await cases.findCase(caseId);
      if (!record || record.status !== 'waiting' || record.assigneeId !== null || !record.role || isCrisisCase(record)) return null;
      const [candidates, open] = await Promise.all([workers.listWorkers(), cases.countOpenCasesByAssignee()]);
      const chosen = chooseAssignee(record.role, candidates, open, assignment.defaultCapacity);
      if (!chosen) return null;
      try {
        // Only while nobody has it: a claim in between (or another instance) wins.
        const assigned = await cases.reassignCase(caseId, chosen, clock.now(), null);
        await context.audit(caseId, 'system', 'assigned', chosen);
        await events.publish({ type: 'case-updated', case: assigned, action: 'reassigned' });
        return assigned;
      } catch (error) {
        if (error instanceof CaseClaimConflictError || error instanceof CaseStatusError) return null;
        logger.error({ err: error, caseId }, 'automatic assignment failed; the case stays in the queue');
        return null;
      }
    },

    /** A coordinator links an offer of help to a request (a maatje), recording each resident's consent. */
    async linkOffer(coordinatorId: string, offerCaseId: string, requestCaseId: string, consent: { offer: boolean; request: boolean }): Promise<[CaseRecord, CaseRecord]> {
      const coordinator = await context.requireWorker(coordinatorId);
      if (coordinator.permission !== 'coordinator') throw new CoordinatorOnlyError('link an offer of help to a request');
      const offer = await context.visibleCase(offerCaseId, coordinator);
      const request = await context.visibleCase(requestCaseId, coordinator);
      if (offer.kind !== 'offer' || request.kind === 'offer') throw new CaseStatusError('a link joins an offer of help to a request');
      if (!consent.offer || !consent.request) throw new CaseStatusError('both residents must agree before an offer is linked to a request');
      const linked = await cases.linkCases({ caseId: offerCaseId, consent: consent.offer }, { caseId: requestCaseId, consent: consent.request }, clock.now());
      await context.audit(offerCaseId, coordinatorId, 'linked', requestCaseId);
      await context.audit(requestCaseId, coordinatorId, 'linked', offerCaseId);
      for (const record of linked) await events.publish({ type: 'case-updated', case: record, action: 'updated' });
      return linked;
    },
  };
}

export type RoleActions = ReturnType<typeof createRoleActions>;
