import type { TopicScore } from '../classification/classification.js';
import type { CaseKind, RoleId } from './role-ids.js';
import type { RoleConfiguration } from './role-configuration.js';
import { writerEvidence } from './writer-evidence.js';

/** The role whose queue gets a case: from its kind, its strongest topic and who is writing (docs/residents/intake.md "Roles"). */
export function caseRole(input: { kind: CaseKind; topics: readonly TopicScore[]; story: readonly string[] }, configuration: RoleConfiguration): RoleId {
  if (input.kind === 'offer') return configuration.offer;
  const top = [...input.topics].sort((a, b) => b.confidence - a.confidence)[0]?.id;
  if (!top) return configuration.unclear;
  const writer = writerEvidence(input.story.join('\n'));
  if (top === 'parenting-youth' && writer.parentWriting) return configuration.parentWriting;
  if (top === 'work' && writer.age !== null && writer.age < configuration.youngUntil) return configuration.youngWork;
  if (top === 'loneliness' && writer.age !== null && writer.age >= configuration.oldFrom) return configuration.oldLoneliness;
  return configuration.topics[top] ?? configuration.unclear;
}
