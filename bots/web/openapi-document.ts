/** The HTTP API, hand-written (OpenAPI 3.1). The WebSocket protocols are described in docs/developers/web-api.md. */
const error = { description: 'A kind message for the person', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const body = (properties: object, required: string[]) => ({
  required: true, content: { 'application/json': { schema: { type: 'object', properties, required } } },
});
const caseIdParameter = { name: 'caseId', in: 'path', required: true, schema: { type: 'string' } };
const worker = { security: [{ session: [] }] };
const workerChange = { security: [{ session: [], csrf: [] }] };
const inboxErrors = { 401: error, 403: error, 404: error, 409: error };

export const openApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Inloop web API', version: '0.1.0', description: 'Chat for residents (bearer token) and the worker inbox (session cookie + CSRF header).' },
  paths: {
    '/healthz': { get: { summary: 'The process answers', responses: { 200: json({ type: 'object' }) } } },
    '/readyz': { get: { summary: 'The database answers', responses: { 200: json({ type: 'object' }), 503: error } } },
    '/metrics': {
      get: {
        summary: 'Prometheus metrics (docs/operators/metrics.md): METRICS_TOKEN as a bearer token when set, else only from this machine; absent here with METRICS_PORT',
        responses: { 200: { description: 'Prometheus text format', content: { 'text/plain': { schema: { type: 'string' } } } }, 401: error, 403: error },
      },
    },
    '/api/chat/settings': {
      get: {
        summary: 'Office-hours line and limits for the widget',
        parameters: [{ name: 'language', in: 'query', schema: { enum: ['nl', 'en'] } }],
        responses: { 200: json({ type: 'object', properties: { organisation: { type: 'string' }, officeHours: { type: 'object', properties: { open: { type: 'boolean' }, text: { type: 'string' } } }, maximumMessageLength: { type: 'integer' } } }) },
      },
    },
    '/api/chat/sessions': {
      post: {
        summary: 'Start a conversation; the token is the only key to it (the server stores its SHA-256 only)',
        responses: { 201: json({ type: 'object', properties: { token: { type: 'string' }, conversationId: { type: 'string' } }, required: ['token', 'conversationId'] }), 429: error },
      },
    },
    '/api/chat/messages': {
      post: {
        summary: 'Send a message without the socket (fallback); answers with the assistant replies of this turn',
        security: [{ residentToken: [] }],
        requestBody: body({ text: { type: 'string' }, quickReplyId: { type: 'string' } }, ['text']),
        responses: { 200: json({ type: 'object', properties: { replies: { type: 'array', items: ref('Reply') } } }), 400: error, 401: error, 413: error, 429: error },
      },
    },
    '/api/chat/history': {
      get: {
        summary: 'The conversation so far',
        security: [{ residentToken: [] }],
        responses: { 200: json({ type: 'object', properties: { conversationId: { type: 'string' }, messages: { type: 'array', items: ref('Message') } } }), 401: error },
      },
    },
    '/api/inbox/login': {
      post: {
        summary:
          'Sign in; sets the HttpOnly session cookie and returns the CSRF token. `code` is the TOTP code for accounts that have one. ' +
          'Every refusal (unknown name, wrong password or code, or an attempt during the per-account delay that doubles after each failure, up to 15 minutes) is the same 401; ' +
          '403 only after the right password, for a coordinator without the required second factor.',
        requestBody: body({ username: { type: 'string' }, password: { type: 'string' }, code: { type: 'string', pattern: '^[0-9]{6}$' } }, ['username', 'password']),
        responses: { 200: json(ref('SignedIn')), 401: error, 403: error, 429: error },
      },
    },
    '/api/inbox/me': { get: { summary: 'The signed-in worker and the CSRF token', ...worker, responses: { 200: json(ref('SignedIn')), 401: error } } },
    '/api/inbox/logout': { post: { summary: 'Sign out', ...workerChange, responses: { 200: json({ type: 'object' }), 401: error, 403: error } } },
    '/api/inbox/session/renew': { post: { summary: 'Renew the session for its full length ("Blijf ingelogd"); the answer gives expiresAt, expiresInSeconds and warningSeconds', ...workerChange, responses: { 200: json({ type: 'object' }), 401: error, 403: error } } },
    '/api/inbox/taxonomy': { get: { summary: 'Topics and domains with labels, for filters', ...worker, responses: { 200: json({ type: 'object' }), 401: error } } },
    '/api/inbox/workers': { get: { summary: 'Colleagues, for reassigning', ...worker, responses: { 200: json({ type: 'object' }), 401: error } } },
    '/api/inbox/cases': {
      get: {
        summary: 'The queue: crisis first, then urgent, then longest waiting',
        ...worker,
        parameters: [
          { name: 'status', in: 'query', schema: { enum: ['open', 'waiting', 'claimed', 'closed'], default: 'open' } },
          { name: 'topic', in: 'query', schema: { type: 'string' } },
          { name: 'domain', in: 'query', schema: { type: 'string' } },
          { name: 'team', in: 'query', schema: { type: 'string' } },
        ],
        responses: { 200: json({ type: 'object', properties: { cases: { type: 'array', items: ref('Case') } } }), 401: error },
      },
    },
    '/api/inbox/cases/{caseId}': {
      get: {
        summary: 'The case card: the case, transcript, private notes and audit trail',
        ...worker, parameters: [caseIdParameter],
        responses: { 200: json({ type: 'object', properties: { case: ref('Case'), messages: { type: 'array', items: ref('Message') }, notes: { type: 'array' }, audit: { type: 'array' } } }), 401: error, 404: error },
      },
    },
    '/api/inbox/cases/{caseId}/claim': {
      post: { summary: 'Claim; a second claim answers 409. A coordinator takes over a colleague\'s case with confirmTakeOver (403 with confirmationNeeded without it)', ...workerChange, parameters: [caseIdParameter], requestBody: { ...body({ confirmTakeOver: { type: 'boolean' } }, []), required: false }, responses: { 200: json({ type: 'object', properties: { case: ref('Case') } }), ...inboxErrors } },
    },
    '/api/inbox/cases/{caseId}/messages': {
      post: { summary: 'Write to the resident (only the worker who has the case)', ...workerChange, parameters: [caseIdParameter], requestBody: body({ text: { type: 'string' } }, ['text']), responses: { 200: json({ type: 'object', properties: { message: ref('Message') } }), ...inboxErrors } },
    },
    '/api/inbox/cases/{caseId}/notes': {
      post: { summary: 'A private note (never shown to the resident)', ...workerChange, parameters: [caseIdParameter], requestBody: body({ text: { type: 'string' } }, ['text']), responses: { 200: json({ type: 'object' }), ...inboxErrors } },
    },
    '/api/inbox/cases/{caseId}/reassign': {
      post: { summary: 'Give the case to a colleague, or back to the queue (workerId null)', ...workerChange, parameters: [caseIdParameter], requestBody: body({ workerId: { type: ['string', 'null'] }, confirmTakeOver: { type: 'boolean', description: 'a coordinator confirmed taking the case from the colleague who has it' } }, ['workerId']), responses: { 200: json({ type: 'object', properties: { case: ref('Case') } }), ...inboxErrors } },
    },
    '/api/inbox/cases/{caseId}/close': {
      post: {
        summary: 'Close with a structured outcome (answered, referred with partnerId, collective-offer, no-contact, declined), optionally the improved life domains and a note; a free-text outcome is still accepted (docs/coordinators.md)',
        ...workerChange, parameters: [caseIdParameter],
        requestBody: body({ outcome: { type: 'string' }, partnerId: { type: ['string', 'null'] }, improvedDomains: { type: 'array', items: { type: 'string' } }, note: { type: ['string', 'null'] }, confirmTakeOver: { type: 'boolean' } }, ['outcome']),
        responses: { 200: json({ type: 'object', properties: { case: ref('Case') } }), 422: error, ...inboxErrors },
      },
    },
    '/api/inbox/report': {
      get: {
        summary: 'Coordinators only: the report of a period (default the last 30 days) from live cases and statistics, every count under 5 suppressed (null), with the signals (docs/coordinators.md); labels=1 adds Dutch names',
        ...worker,
        parameters: [{ name: 'from', in: 'query', schema: { type: 'string', format: 'date' } }, { name: 'to', in: 'query', schema: { type: 'string', format: 'date' } }, { name: 'labels', in: 'query', schema: { enum: ['1'] } }],
        responses: { 200: json({ type: 'object' }), 400: error, 401: error, 403: error },
      },
    },
    '/api/inbox/report.csv': {
      get: {
        summary: 'Coordinators only: the same report as CSV for the municipality (Dutch, semicolons, suppressed counts empty)',
        ...worker,
        parameters: [{ name: 'from', in: 'query', schema: { type: 'string', format: 'date' } }, { name: 'to', in: 'query', schema: { type: 'string', format: 'date' } }],
        responses: { 200: { description: 'text/csv' }, 400: error, 401: error, 403: error },
      },
    },
    '/api/inbox/closing-outcomes': {
      get: { summary: 'The choices of the close form: outcomes, referral partners of the social map, life domains', ...worker, responses: { 200: json({ type: 'object' }), 401: error } },
    },
    // Canned replies, follow-up and referrals (bots/web/follow-up-routes.ts; docs/workers/desk.md "Canned replies, follow-up and warm referrals").
    '/api/inbox/canned-replies': {
      get: { summary: 'Every canned reply as written (placeholders {worker}, {openingstijden}, {aanbod} kept); mayManage says whether this worker is a coordinator', ...worker, responses: { 200: json({ type: 'object', properties: { replies: { type: 'array', items: ref('CannedReply') }, mayManage: { type: 'boolean' } } }), 401: error } },
      post: { summary: 'Create a canned reply (coordinators only; 403 for a worker)', ...workerChange, requestBody: body({ title: { type: 'string' }, texts: { type: 'object', description: 'language code → text; nl required' } }, ['title', 'texts']), responses: { 200: json({ type: 'object', properties: { reply: ref('CannedReply') } }), 400: error, ...inboxErrors } },
    },
    '/api/inbox/canned-replies/{replyId}': {
      put: { summary: 'Change a canned reply (coordinators only)', ...workerChange, parameters: [{ name: 'replyId', in: 'path', required: true, schema: { type: 'string' } }], requestBody: body({ title: { type: 'string' }, texts: { type: 'object' } }, ['title', 'texts']), responses: { 200: json({ type: 'object', properties: { reply: ref('CannedReply') } }), 400: error, ...inboxErrors } },
      delete: { summary: 'Delete a canned reply (coordinators only)', ...workerChange, parameters: [{ name: 'replyId', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: json({ type: 'object' }), ...inboxErrors } },
    },
    '/api/inbox/cases/{caseId}/canned-replies': {
      get: { summary: "The reply box's Standaardantwoord menu: each reply with its placeholders filled, in the case's language (else Dutch)", ...worker, parameters: [caseIdParameter], responses: { 200: json({ type: 'object', properties: { replies: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, text: { type: 'string' }, language: { type: 'string' } } } } } }), ...inboxErrors } },
    },
    '/api/inbox/cases/{caseId}/snooze': {
      post: { summary: 'Snooze the case out of the active queue until a moment, or until the resident writes; it comes back with a snooze-ended event (the reminder)', ...workerChange, parameters: [caseIdParameter], requestBody: body({ until: { type: 'string', format: 'date-time' }, untilReply: { type: 'boolean' } }, []), responses: { 200: json({ type: 'object', properties: { case: ref('Case') } }), 400: error, ...inboxErrors } },
    },
    '/api/inbox/cases/{caseId}/unsnooze': {
      post: { summary: 'End a snooze now', ...workerChange, parameters: [caseIdParameter], responses: { 200: json({ type: 'object', properties: { case: ref('Case') } }), ...inboxErrors } },
    },
    '/api/inbox/cases/{caseId}/check-ins': {
      post: { summary: 'Schedule a check-in message to the resident on their channel (without text: "Hoe gaat het nu met …?" in their language); sent once, by the leader', ...workerChange, parameters: [caseIdParameter], requestBody: body({ sendAt: { type: 'string', format: 'date-time' }, text: { type: 'string' } }, ['sendAt']), responses: { 200: json({ type: 'object', properties: { checkIn: ref('CheckIn') } }), 400: error, 413: error, ...inboxErrors } },
    },
    '/api/inbox/cases/{caseId}/follow-up': {
      get: { summary: "The case's check-ins and referrals", ...worker, parameters: [caseIdParameter], responses: { 200: json({ type: 'object', properties: { checkIns: { type: 'array', items: ref('CheckIn') }, referrals: { type: 'array', items: ref('Referral') } } }), ...inboxErrors } },
    },
    '/api/inbox/referral-partners': {
      get: { summary: "The social map's referral partners", ...worker, responses: { 200: json({ type: 'object', properties: { partners: { type: 'array', items: { type: 'object' } } } }), 401: error } },
    },
    '/api/inbox/cases/{caseId}/referrals': {
      post: { summary: 'Warm referral: recorded on the case and the resident told who will contact them; refused (422) unless consent was asked and given for what is shared', ...workerChange, parameters: [caseIdParameter], requestBody: body({ partnerId: { type: 'string' }, shared: { type: 'string' }, consentAsked: { type: 'boolean' }, consentGiven: { type: 'boolean' } }, ['partnerId', 'shared', 'consentAsked', 'consentGiven']), responses: { 200: json({ type: 'object', properties: { referral: ref('Referral') } }), 400: error, 422: error, ...inboxErrors } },
    },
  },
  components: {
    securitySchemes: {
      residentToken: { type: 'http', scheme: 'bearer', description: 'The token from POST /api/chat/sessions' },
      session: { type: 'apiKey', in: 'cookie', name: 'inloop_session' },
      csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
    },
    schemas: {
      Error: { type: 'object', properties: { error: { type: 'string' } }, required: ['error'] },
      QuickReply: { type: 'object', properties: { id: { type: 'string' }, label: { type: 'string' } } },
      Reply: { type: 'object', properties: { author: { enum: ['assistant', 'worker'] }, text: { type: 'string' }, quickReplies: { type: 'array', items: ref('QuickReply') }, tone: { enum: ['normal', 'crisis'] } } },
      Message: {
        type: 'object',
        properties: { id: { type: 'string' }, author: { enum: ['resident', 'assistant', 'worker', 'system'] }, text: { type: 'string' }, quickReplies: { type: 'array', items: ref('QuickReply') }, createdAt: { type: 'string', format: 'date-time' } },
      },
      SignedIn: { type: 'object', properties: { worker: { type: 'object' }, csrfToken: { type: 'string' } } },
      CannedReply: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, texts: { type: 'object' }, updatedAt: { type: 'string', format: 'date-time' } } },
      CheckIn: { type: 'object', properties: { id: { type: 'string' }, workerId: { type: 'string' }, text: { type: 'string' }, sendAt: { type: 'string', format: 'date-time' }, sentAt: { type: ['string', 'null'], format: 'date-time' } } },
      Referral: {
        type: 'object',
        properties: {
          id: { type: 'string' }, workerId: { type: 'string' }, partnerId: { type: 'string' }, partnerName: { type: 'string' }, shared: { type: 'string' },
          consentAsked: { type: 'boolean' }, consentGiven: { type: 'boolean' }, createdAt: { type: 'string', format: 'date-time' },
        },
      },
      Case: {
        type: 'object',
        description: 'The case card fields of docs/residents/intake.md plus status, assignee and waiting time',
        properties: {
          id: { type: 'string' }, status: { enum: ['waiting', 'claimed', 'closed'] }, channel: { type: 'string' }, firstWords: { type: 'string' },
          summary: { type: ['string', 'null'] }, topics: { type: 'array' }, domain: { type: ['string', 'null'] }, urgency: { enum: ['crisis', 'urgent', 'normal'] },
          crisis: { type: ['string', 'null'] }, tried: { type: ['string', 'null'] }, network: { type: ['string', 'null'] }, wish: { type: ['string', 'null'] },
          contactPreference: { type: ['string', 'null'] }, contactDetails: { type: ['string', 'null'] }, language: { type: 'string' }, team: { type: ['string', 'null'] },
          assigneeId: { type: ['string', 'null'] }, outcome: { type: ['string', 'null'] }, waitingSeconds: { type: 'integer' }, createdAt: { type: 'string', format: 'date-time' },
        },
      },
    },
  },
};
