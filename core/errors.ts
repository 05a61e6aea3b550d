/** Base of every error Inloop throws on purpose; keeps the cause and, where known, the conversation. */
export class InloopError extends Error {
  readonly conversationId: string | undefined;
  constructor(message: string, options: { cause?: unknown; conversationId?: string } = {}) {
    super(message, { cause: options.cause });
    this.name = 'InloopError';
    this.conversationId = options.conversationId;
  }
}

/** The store could not be reached or refused a write. */
export class StoreError extends InloopError {
  constructor(message: string, options: { cause?: unknown; conversationId?: string } = {}) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** Another writer saved the conversation first. */
export class ConcurrentUpdateError extends StoreError {
  constructor(conversationId: string, options: { cause?: unknown } = {}) {
    super(`conversation ${conversationId} was changed by another writer`, { ...options, conversationId });
    this.name = 'ConcurrentUpdateError';
  }
}

export class NotFoundError extends InloopError {
  constructor(what: string, id: string, options: { cause?: unknown } = {}) {
    super(`${what} ${id} not found`, options);
    this.name = 'NotFoundError';
  }
}

/** A second claim, or an action on a case in the wrong status. */
export class CaseClaimConflictError extends InloopError {
  readonly caseId: string;
  readonly assigneeId: string | null;
  constructor(caseId: string, assigneeId: string | null, options: { cause?: unknown } = {}) {
    super(`case ${caseId} is already taken`, options);
    this.name = 'CaseClaimConflictError';
    this.caseId = caseId;
    this.assigneeId = assigneeId;
  }
}

export class CaseStatusError extends InloopError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'CaseStatusError';
  }
}

/** Configuration that does not validate; the message names the variable. */
export class ConfigurationError extends InloopError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'ConfigurationError';
  }
}

/** Too many turns at once (for one conversation, or on this instance): nothing was stored; try again shortly. */
export class AssistantBusyError extends InloopError {
  readonly scope: 'conversation' | 'instance';
  constructor(scope: 'conversation' | 'instance', options: { cause?: unknown } = {}) {
    super(`too many turns in flight for this ${scope}`, options);
    this.name = 'AssistantBusyError';
    this.scope = scope;
  }
}

/**
 * The desk refused a worker's action on a case (docs/operators/security.md, "What a worker may do").
 * `colleague-case`: a colleague has the case and only they or a coordinator may take it over or close it;
 * `confirmation-needed`: a coordinator may, after confirming; `other-team`: team scoping hides the case.
 */
export class DeskPermissionError extends InloopError {
  readonly caseId: string;
  readonly reason: 'colleague-case' | 'confirmation-needed' | 'other-team';
  /** Who has the case, to name them in the refusal and the confirmation. */
  readonly assigneeName: string | null;
  readonly crisis: boolean;
  constructor(
    caseId: string,
    reason: DeskPermissionError['reason'],
    details: { assigneeName?: string | null; crisis?: boolean } = {},
    options: { cause?: unknown } = {},
  ) {
    super(`not allowed on case ${caseId}: ${reason}`, options);
    this.name = 'DeskPermissionError';
    this.caseId = caseId;
    this.reason = reason;
    this.assigneeName = details.assigneeName ?? null;
    this.crisis = details.crisis ?? false;
  }
}

/**
 * The channel will not take a worker's message now: WhatsApp's 24-hour customer-service window is
 * closed and no pre-approved template is configured. Nothing was stored or sent.
 */
export class DeliveryWindowClosedError extends InloopError {
  readonly channel: string;
  /** When the window closed (24 hours after the resident's last message); null when the resident never wrote. */
  readonly closedAt: Date | null;
  constructor(channel: string, closedAt: Date | null, options: { cause?: unknown; conversationId?: string } = {}) {
    super(`${channel} conversation window closed${closedAt ? ` at ${closedAt.toISOString()}` : ''}; no template configured`, options);
    this.name = 'DeliveryWindowClosedError';
    this.channel = channel;
    this.closedAt = closedAt;
  }
}

/** Only a coordinator may do this (managing canned replies): the worker's account is a plain worker. */
export class CoordinatorOnlyError extends InloopError {
  constructor(action: string, options: { cause?: unknown } = {}) {
    super(`only a coordinator may ${action}`, options);
    this.name = 'CoordinatorOnlyError';
  }
}

/** A referral without the resident's explicit consent to what is shared: nothing was recorded or sent. */
export class ReferralConsentError extends InloopError {
  constructor(caseId: string, options: { cause?: unknown } = {}) {
    super(`case ${caseId}: a referral needs the resident's consent, asked and given`, options);
    this.name = 'ReferralConsentError';
  }
}

/** A close whose outcome is not one of the list, a referral without a known partner, or an unknown life domain. */
export class ClosingOutcomeError extends InloopError {
  constructor(
    public readonly problem: 'unknown-outcome' | 'partner-needed' | 'unknown-partner' | 'unknown-domain',
    options: { cause?: unknown } = {},
  ) {
    super(`closing outcome refused: ${problem}`, options);
    this.name = 'ClosingOutcomeError';
  }
}

/** A report period that is not two YYYY-MM-DD dates in order, or longer than the reports allow. */
export class ReportPeriodError extends InloopError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(`report period refused: ${message}`, options);
    this.name = 'ReportPeriodError';
  }
}

/**
 * A collective offer for a signal refused: `no-signal` the wijk and topic are no signal now;
 * `already-started` a coordinator already started one for it (docs/coordinators.md "Signals").
 */
export class CollectiveOfferError extends InloopError {
  constructor(
    public readonly problem: 'no-signal' | 'already-started',
    options: { cause?: unknown } = {},
  ) {
    super(`collective offer refused: ${problem}`, options);
    this.name = 'CollectiveOfferError';
  }
}
