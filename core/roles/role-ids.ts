/** Specialist roles of a team (docs/residents/intake.md "Roles"); the ids are API values. */
export const roleIds = [
  'schuldhulpverlener', 'sociaal-raadslid', 'maatschappelijk-werker', 'kinder-en-jongerenwerker', 'wijkteamwerker',
  'vluchtelingenwerker', 'opbouwwerker', 'ouderenadviseur', 'mantelzorgondersteuner', 'vrijwilligerscoordinator',
] as const;
export type RoleId = (typeof roleIds)[number];

/** Dutch names for the worker screens. */
export const roleLabels: Record<RoleId, string> = {
  schuldhulpverlener: 'Schuldhulpverlener',
  'sociaal-raadslid': 'Sociaal raadsman/-vrouw',
  'maatschappelijk-werker': 'Maatschappelijk werker',
  'kinder-en-jongerenwerker': 'Kinder- en jongerenwerker',
  wijkteamwerker: 'Wijkteamwerker',
  vluchtelingenwerker: 'Vluchtelingenwerker',
  opbouwwerker: 'Opbouw- en buurtwerker',
  ouderenadviseur: 'Ouderenadviseur',
  mantelzorgondersteuner: 'Mantelzorgondersteuner',
  vrijwilligerscoordinator: 'Vrijwilligerscoördinator',
};

export function isRoleId(value: unknown): value is RoleId {
  return typeof value === 'string' && (roleIds as readonly string[]).includes(value);
}

/** A resident asking for help, or a resident offering it ("iedereen kan wát"). */
export const caseKinds = ['request', 'offer'] as const;
export type CaseKind = (typeof caseKinds)[number];
