import type { DomainId, TopicId } from '../taxonomy/index.js';
import type { RoleId } from '../roles/role-ids.js';
import type { AuditEntry, CaseNote, CaseRecord, CaseStatus, NewCase } from './case-record.js';

export interface CaseFilter {
  statuses?: CaseStatus[];
  topic?: TopicId;
  domain?: DomainId;
  team?: string;
  assigneeId?: string;
  role?: RoleId;
}

/** The structured part of a close, for the statistics that outlive the case. */
export interface CaseClosing {
  category: string;
  partner: string | null;
  improvedDomains: DomainId[];
}

/** Cases as workers see them. Claims are atomic: the first claim wins, a later one gets CaseClaimConflictError. */
export interface CaseStore {
  findCase(caseId: string): Promise<CaseRecord | null>;
  /** The waiting or claimed case of a conversation, if any. */
  findActiveCase(conversationId: string): Promise<CaseRecord | null>;
  /** Queue order: crisis, then urgent, then longest waiting. */
  listCases(filter?: CaseFilter): Promise<CaseRecord[]>;
  updateCase(caseId: string, patch: Partial<NewCase>, at: Date): Promise<CaseRecord>;
  claimCase(caseId: string, workerId: string, at: Date): Promise<CaseRecord>;
  /**
   * With `expectedAssigneeId` (null: nobody) the change happens only while the case still has that
   * assignee, otherwise CaseClaimConflictError: a permission checked on a read cannot be overtaken
   * by a claim in between.
   */
  reassignCase(caseId: string, toWorkerId: string | null, at: Date, expectedAssigneeId?: string | null): Promise<CaseRecord>;
  /** `closing` adds the structured outcome; without it the category is read from the words when the statistic is kept. */
  closeCase(caseId: string, outcome: string, at: Date, expectedAssigneeId?: string | null, closing?: CaseClosing): Promise<CaseRecord>;
  addNote(caseId: string, workerId: string, text: string, at: Date): Promise<CaseNote>;
  listNotes(caseId: string): Promise<CaseNote[]>;
  recordAudit(entry: Omit<AuditEntry, 'id' | 'createdAt'>, at: Date): Promise<void>;
  listAudit(caseId: string): Promise<AuditEntry[]>;
  /** Claimed (open) cases per assignee: the measure of fair automatic assignment. */
  countOpenCasesByAssignee(): Promise<Map<string, number>>;
  /**
   * Links two open cases to each other (an offer of help and a request), recording for each
   * whether its resident agreed. Returns both, in the order given.
   */
  linkCases(first: { caseId: string; consent: boolean }, second: { caseId: string; consent: boolean }, at: Date): Promise<[CaseRecord, CaseRecord]>;
}
