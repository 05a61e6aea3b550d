import { z } from 'zod';
import { topicIds } from '../../core/taxonomy/index.js';
import { roleIds } from '../../core/roles/role-ids.js';
import { defaultAssignmentConfiguration, defaultRoleConfiguration, type AssignmentConfiguration, type RoleConfiguration } from '../../core/roles/role-configuration.js';

const role = z.enum(roleIds);

/** `roles` in config/organisation.json: every key optional, docs/residents/intake.md's defaults for what is left out. */
export const roleConfigurationSchema = z
  .object({
    topics: z.partialRecord(z.enum(topicIds), role).optional(),
    parentWriting: role.optional(),
    youngWork: role.optional(),
    youngUntil: z.number().int().min(0).max(120).optional(),
    oldLoneliness: role.optional(),
    oldFrom: z.number().int().min(0).max(120).optional(),
    unclear: role.optional(),
    offer: role.optional(),
  })
  .default({})
  .transform((given): RoleConfiguration => ({
    ...defaultRoleConfiguration,
    ...Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)),
    topics: { ...defaultRoleConfiguration.topics, ...given.topics },
  }));

/** `assignment` in config/organisation.json: automatic assignment within a role, off by default. */
export const assignmentConfigurationSchema = z
  .object({ automatic: z.boolean().optional(), defaultCapacity: z.number().int().min(1).max(1000).optional() })
  .default({})
  .transform((given): AssignmentConfiguration => ({
    automatic: given.automatic ?? defaultAssignmentConfiguration.automatic,
    defaultCapacity: given.defaultCapacity ?? defaultAssignmentConfiguration.defaultCapacity,
  }));
