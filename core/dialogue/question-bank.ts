import type { TopicId } from '../taxonomy/index.js';

/** A question fills one or more slots; it is skipped when all of them are known. */
export interface Question {
  id: string;
  slots: string[];
}

const question = (id: string, slots: string[] = [id]): Question => ({ id, slots });

/** Up to three questions per topic, most important first (docs/residents/intake.md, step 2). */
export const topicQuestions: Record<TopicId, Question[]> = {
  money: [question('deadline-money', ['deadline']), question('debts'), question('help-money', ['help-involved'])],
  paperwork: [question('document'), question('deadline-paperwork', ['deadline']), question('help-paperwork', ['help-involved'])],
  housing: [question('living-situation'), question('deadline-housing', ['deadline']), question('landlord')],
  legal: [question('legal-matter'), question('deadline-legal', ['deadline']), question('help-legal', ['help-involved'])],
  work: [question('work-situation'), question('work-goal'), question('work-limits')],
  'parenting-youth': [question('children'), question('child-situation'), question('help-youth', ['help-involved'])],
  'language-integration': [question('language-level'), question('integration-status'), question('language-need')],
  neighbours: [question('neighbour-issue'), question('neighbour-contact'), question('neighbour-others')],
  community: [question('activity-interest'), question('activity-moment'), question('activity-idea')],
  'mental-health': [question('mental-complaints'), question('mental-daily'), question('help-mental', ['help-involved'])],
  'physical-health': [question('health-limits'), question('health-daily'), question('help-health', ['help-involved'])],
  ageing: [question('ageing-daily'), question('ageing-safety'), question('help-ageing', ['help-involved'])],
  addiction: [question('substance'), question('substance-who'), question('help-addiction', ['help-involved'])],
  loneliness: [question('contact-frequency'), question('loneliness-wish'), question('loneliness-barrier')],
  caregiving: [question('care-for'), question('care-load'), question('help-care', ['help-involved'])],
  relationships: [question('relationship-situation'), question('relationship-children'), question('relationship-safety')],
};

/** Asked in every intake unless already answered: own strength and own network. */
export const commonQuestions = {
  triedAndNetwork: question('tried-network', ['tried', 'network']),
  tried: question('tried'),
  network: question('network'),
  wish: question('wish'),
};

export const maximumTopicQuestions = 3;

const allQuestions = [...Object.values(topicQuestions).flat(), ...Object.values(commonQuestions)];
export const questionById: ReadonlyMap<string, Question> = new Map(allQuestions.map((entry) => [entry.id, entry]));
