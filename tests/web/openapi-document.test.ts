import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './start-test-server.js';
import { createWebClient } from './web-client.js';

const password = 'correct horse battery';
let server: TestServer;
let client: ReturnType<typeof createWebClient>;

beforeAll(async () => {
  server = await startTestServer({}, { MAXIMUM_MESSAGE_LENGTH: '1234' });
  client = createWebClient(server.baseUrl);
  await server.addWorker('anna', password, 'Anna de Vries');
});
afterAll(() => server?.stop());

/** Every route the server has, as "METHOD /path" (HEAD left out), read from fastify's own route tree. */
function registeredRoutes(): string[] {
  const routes: string[] = [];
  const parents: string[] = [];
  for (const line of server.server.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([\s│├└─]*?)(\S+) \(([A-Z, ]+)\)$/.exec(line);
    if (!match) continue;
    const depth = Math.round(match[1]!.length / 4);
    parents.length = depth;
    parents[depth] = match[2]!;
    const path = parents.join('');
    for (const method of match[3]!.split(', ')) if (method !== 'HEAD') routes.push(`${method} ${path}`);
  }
  return routes;
}

// Not JSON: the sockets (docs/developers/web-api.md), the document itself, and the pages and files of the widget and inbox.
const sockets = ['GET /api/chat/socket', 'GET /api/inbox/socket'];
const isJsonRoute = (route: string) => {
  const path = route.split(' ')[1]!;
  if (sockets.includes(route) || path === '/api/openapi.json') return false;
  return path.startsWith('/api/') || ['/healthz', '/readyz', '/metrics'].includes(path);
};

describe('the OpenAPI document generated from the route schemas', () => {
  it('describes every registered JSON route, and nothing that is not one', async () => {
    const { status, body } = await client.json('/api/openapi.json');
    expect(status).toBe(200);
    expect(body?.openapi).toBe('3.1.0');
    const documented = Object.entries(body!.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
    const json = registeredRoutes().filter(isJsonRoute);
    expect(json.length).toBeGreaterThan(30);
    expect(json).toContain('POST /api/inbox/cases/:caseId/close');
    expect(documented.sort()).toEqual(json.sort());
  });

  it('takes bodies, parameters and sign-in from the routes themselves', async () => {
    const { body } = await client.json('/api/openapi.json');
    const send = body!.paths['/api/chat/messages'].post;
    const text = send.requestBody.content['application/json'].schema;
    expect(text.required).toEqual(['text']);
    expect(text.properties.text.maxLength).toBe(1234);
    expect(send.security).toEqual([{ residentToken: [] }]);
    expect(body!.paths['/api/inbox/cases'].get.security).toEqual([{ session: [] }]);
    expect(body!.paths['/api/inbox/cases/{caseId}/close'].post.security).toEqual([{ session: [], csrf: [] }]);
    expect(body!.paths['/api/inbox/logout'].post.security).toEqual([{ session: [], csrf: [] }]);
    expect(body!.paths['/api/inbox/login'].post.security).toBeUndefined();
    expect(body!.paths['/api/inbox/cases/{caseId}/close'].post.parameters).toContainEqual(expect.objectContaining({ in: 'path', name: 'caseId', required: true }));
    expect(body!.paths['/api/inbox/cases'].get.parameters.find((parameter: { name: string }) => parameter.name === 'status').schema.enum).toContain('snoozed');
    expect(body!.components.securitySchemes.session).toMatchObject({ in: 'cookie', name: 'inloop_session' });
  });
});

describe('a request that does not fit the schema', () => {
  it('hears a kind Dutch answer from the field, never zod\'s own words', async () => {
    const anna = client.worker(await client.login('anna', password));
    const tooLong = await client.say((await client.startConversation()).token, 'a'.repeat(1235));
    expect(tooLong).toMatchObject({ status: 413, body: { error: 'Dat bericht is te lang.' } });
    const onlySpaces = await client.say((await client.startConversation()).token, '   ');
    expect(onlySpaces).toMatchObject({ status: 400, body: { error: 'Typ eerst een bericht.' } });
    const noRoles = await anna('/api/inbox/workers/someone/roles', { roles: [1] });
    expect(noRoles).toMatchObject({ status: 400, body: { error: 'Kies een of meer rollen.' } });
    const noCapacity = await anna('/api/inbox/workers/someone/roles', { roles: ['opbouwwerker'], capacity: 0.5 });
    expect(noCapacity).toMatchObject({ status: 400, body: { error: 'Geef een aantal zaken van 1 of meer.' } });
    const cannedReply = await anna('/api/inbox/canned-replies', { title: 'x'.repeat(81), texts: { nl: 'Hallo' } });
    expect(cannedReply).toMatchObject({ status: 400, body: { error: 'Geef een titel en in elk geval de Nederlandse tekst (hoogstens 1000 tekens).' } });
    const team = await client.json('/api/inbox/cases?team=a&team=b', { headers: { cookie: (await client.login('anna', password)).cookie } });
    expect(team).toMatchObject({ status: 400, body: { error: 'Dat verzoek klopt niet.' } });
  });

  it('is asked to sign in first, whatever its body', async () => {
    const signedOut = await client.json('/api/inbox/cases/any/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(signedOut).toMatchObject({ status: 401, body: { error: 'Log eerst in.' } });
    const noToken = await client.json('/api/chat/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(401);
  });
});
