import type { TopicId } from '../taxonomy/index.js';
import type { RoleId } from './role-ids.js';

/**
 * Which role gets a case (configuration: `roles` in config/organisation.json). Topics map to a
 * role; a few cases depend on who writes: parenting-youth from a parent, work for the young,
 * loneliness of the old. Anything unclear goes to `unclear`, offers of help to `offer`.
 */
export interface RoleConfiguration {
  topics: Partial<Record<TopicId, RoleId>>;
  /** parenting-youth when a parent writes about their child. */
  parentWriting: RoleId;
  /** work when the resident says they are younger than `youngUntil`. */
  youngWork: RoleId;
  youngUntil: number;
  /** loneliness when the resident says they are `oldFrom` or older. */
  oldLoneliness: RoleId;
  oldFrom: number;
  unclear: RoleId;
  offer: RoleId;
}

/** docs/residents/intake.md "Roles", the defaults. */
export const defaultRoleConfiguration: RoleConfiguration = {
  topics: {
    money: 'schuldhulpverlener',
    paperwork: 'sociaal-raadslid',
    legal: 'sociaal-raadslid',
    housing: 'maatschappelijk-werker',
    'mental-health': 'maatschappelijk-werker',
    addiction: 'maatschappelijk-werker',
    relationships: 'maatschappelijk-werker',
    'physical-health': 'maatschappelijk-werker',
    'parenting-youth': 'kinder-en-jongerenwerker',
    work: 'wijkteamwerker',
    'language-integration': 'vluchtelingenwerker',
    neighbours: 'opbouwwerker',
    community: 'opbouwwerker',
    loneliness: 'opbouwwerker',
    ageing: 'ouderenadviseur',
    caregiving: 'mantelzorgondersteuner',
  },
  parentWriting: 'wijkteamwerker',
  youngWork: 'kinder-en-jongerenwerker',
  youngUntil: 23,
  oldLoneliness: 'ouderenadviseur',
  oldFrom: 65,
  unclear: 'wijkteamwerker',
  offer: 'vrijwilligerscoordinator',
};

/** Automatic assignment within a role (configuration: `assignment` in config/organisation.json). */
export interface AssignmentConfiguration {
  automatic: boolean;
  /** Open cases a worker holds before assignment passes them by, unless the worker has their own. */
  defaultCapacity: number;
}

export const defaultAssignmentConfiguration: AssignmentConfiguration = { automatic: false, defaultCapacity: 8 };
