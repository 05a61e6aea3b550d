import type { CaseRecord } from './ports/case-record.js';
import type { WorkerRecord } from './ports/worker-store.js';

/** How the organisation has set up its desk (TEAM_SCOPED_INBOX). */
export interface DeskRules {
  /** A worker sees only the cases of their own teams, their own cases and unassigned crisis cases. */
  teamScopedInbox: boolean;
}

export type DeskWorker = Pick<WorkerRecord, 'id' | 'team' | 'permission'>;

/**
 * A worker's teams: `workers.team` names one or more case teams, comma-separated. A worker
 * without a team belongs to every team (a small organisation is one team), and so does a case
 * without one (nobody could be kept from a case the intake could not place).
 */
export function teamsOf(worker: Pick<WorkerRecord, 'team'>): string[] {
  return (worker.team ?? '').split(',').map((team) => team.trim().toLowerCase()).filter(Boolean);
}

export function isOfCaseTeam(worker: Pick<WorkerRecord, 'team'>, record: Pick<CaseRecord, 'team'>): boolean {
  const teams = teamsOf(worker);
  return teams.length === 0 || !record.team || teams.includes(record.team.toLowerCase());
}

export const isCrisisCase = (record: Pick<CaseRecord, 'urgency' | 'crisis'>) => record.urgency === 'crisis' || record.crisis !== null;

export function maySeeCase(worker: DeskWorker, record: CaseRecord, rules: DeskRules): boolean {
  if (!rules.teamScopedInbox || worker.permission === 'coordinator') return true;
  if (record.assigneeId === worker.id || isOfCaseTeam(worker, record)) return true;
  // A crisis must never wait on team scoping: whoever is on duty sees an unassigned crisis case,
  // whatever its team, and may pick it up.
  return isCrisisCase(record) && record.assigneeId === null && record.status !== 'closed';
}

/** Contact details are for those who need them: the assignee, the case's team and the coordinators. */
export function maySeeContactDetails(worker: DeskWorker, record: CaseRecord): boolean {
  return worker.permission === 'coordinator' || record.assigneeId === worker.id || isOfCaseTeam(worker, record);
}

/** The case as this worker may see it: contact details left out when they are not theirs to see. */
export function caseForWorker(worker: DeskWorker, record: CaseRecord): CaseRecord {
  return maySeeContactDetails(worker, record) ? record : { ...record, contactDetails: null };
}

/**
 * Whether this action takes a case from a colleague who has it: a claim, reassignment or close
 * by someone else while the case is claimed. The assignee's own reassignment is a hand-over.
 */
export function takesFromColleague(worker: DeskWorker, record: CaseRecord): boolean {
  return record.status === 'claimed' && record.assigneeId !== null && record.assigneeId !== worker.id;
}
