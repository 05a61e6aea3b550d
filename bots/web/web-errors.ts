import type { FastifyError, FastifyInstance } from 'fastify';
import { CaseClaimConflictError, CaseStatusError, ClosingOutcomeError, CollectiveOfferError, ReportPeriodError, CoordinatorOnlyError, DeliveryWindowClosedError, DeskPermissionError, NotFoundError, ReferralConsentError } from '../../core/errors.js';
import type { Logger } from '../../core/ports/logger.js';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { webServerTexts } from '../../core/texts/web-texts.js';
import { deskRefusalText, workerTexts } from '../../core/texts/worker-texts.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What a request that does not fit the route's schema hears when no field of the schema says it better. */
    invalidRequestText?: string;
  }
}

const requestTexts = new Map<string, number>();

/**
 * A text a route schema gives a field (`z.string({ error: requestText('Typ eerst een bericht.') })`), with the
 * status it answers with. Only texts made here reach the person; zod's own texts are English and stay out.
 */
export function requestText(text: string, statusCode = 400): string {
  requestTexts.set(text, statusCode);
  return text;
}

export const tooLongText = requestText(workerTexts.tooLong, 413);

/** An error whose message is meant for the person: the status and text are shown as they are. */
export class HttpProblem extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
    this.name = 'HttpProblem';
  }
}

/** Every failure answers { error: "kind message" }; stack traces stay in the log. */
export function installErrorHandler(server: FastifyInstance, logger: Logger): void {
  server.setErrorHandler((error: FastifyError | Error, request, reply) => {
    if (error instanceof HttpProblem) return reply.status(error.statusCode).send({ error: error.message });
    if (hasZodFastifySchemaValidationErrors(error)) {
      const text = error.validation.map((issue) => issue.message ?? '').find((message) => requestTexts.has(message));
      if (text) return reply.status(requestTexts.get(text)!).send({ error: text });
      return reply.status(400).send({ error: request.routeOptions.config?.invalidRequestText ?? workerTexts.invalidRequest });
    }
    if (error instanceof DeskPermissionError) {
      // The inbox opens its confirmation dialog on confirmationNeeded (a claim that raced a colleague's).
      return reply.status(403).send({
        error: deskRefusalText(error), reason: error.reason, confirmationNeeded: error.reason === 'confirmation-needed', assigneeName: error.assigneeName, crisis: error.crisis,
      });
    }
    if (error instanceof CaseClaimConflictError) {
      return reply.status(409).send({ error: workerTexts.claimedByColleague });
    }
    if (error instanceof CaseStatusError) return reply.status(409).send({ error: workerTexts.notNowForThisCase });
    if (error instanceof DeliveryWindowClosedError) {
      return reply.status(409).send({ error: workerTexts.deliveryWindowClosed, reason: 'delivery-window-closed', closedAt: error.closedAt?.toISOString() ?? null });
    }
    if (error instanceof NotFoundError) return reply.status(404).send({ error: webServerTexts.notFound });
    if (error instanceof CoordinatorOnlyError) return reply.status(403).send({ error: workerTexts.coordinatorOnly });
    if (error instanceof ReferralConsentError) {
      return reply.status(422).send({ error: workerTexts.referralConsentNeeded });
    }
    if (error instanceof ReportPeriodError) return reply.status(400).send({ error: workerTexts.reportPeriod });
    if (error instanceof ClosingOutcomeError) return reply.status(422).send({ error: workerTexts.closingOutcome[error.problem], reason: error.problem });
    if (error instanceof CollectiveOfferError) {
      return reply.status(error.problem === 'no-signal' ? 404 : 409).send({ error: workerTexts.collectiveOffer[error.problem], reason: error.problem });
    }
    const statusCode = (error as FastifyError).statusCode ?? 500;
    if (statusCode === 429) return reply.status(429).send({ error: webServerTexts.slowDown });
    if (statusCode === 413) return reply.status(413).send({ error: webServerTexts.tooLarge });
    if (statusCode >= 400 && statusCode < 500) return reply.status(statusCode).send({ error: workerTexts.invalidRequest });
    // The route's pattern, never the requested address: a query string can carry anything a client put there.
    logger.error({ err: error, method: request.method, route: request.routeOptions?.url ?? request.url.split('?')[0] }, 'request failed');
    return reply.status(500).send({ error: webServerTexts.failed });
  });
  server.setNotFoundHandler((_request, reply) => reply.status(404).send({ error: webServerTexts.notFound }));
}
