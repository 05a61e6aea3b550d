import type { RoleId } from './role-ids.js';

export interface AssignmentCandidate {
  id: string;
  roles: readonly RoleId[];
  away: boolean;
  /** null: the configured default. */
  capacity: number | null;
}

/**
 * Fair automatic assignment within a role: the worker of that role with the fewest open cases,
 * below their capacity and not away; ties go to the earliest in the given order. Null when
 * nobody fits: the case stays in the role's queue for everyone to see. A crisis is never
 * assigned here (the caller leaves it at the top of every queue).
 */
export function chooseAssignee(
  role: RoleId,
  candidates: readonly AssignmentCandidate[],
  openCases: ReadonlyMap<string, number>,
  defaultCapacity: number,
): string | null {
  let best: { id: string; open: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.away || !candidate.roles.includes(role)) continue;
    const open = openCases.get(candidate.id) ?? 0;
    if (open >= (candidate.capacity ?? defaultCapacity)) continue;
    if (!best || open < best.open) best = { id: candidate.id, open };
  }
  return best?.id ?? null;
}
