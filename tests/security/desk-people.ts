import type { CaseRecord, NewCase } from '../../core/ports/case-record.js';
import type { WorkerPermission } from '../../core/ports/worker-store.js';
import { hashPassword } from '../../bots/runtime/password-hashing.js';
import type { TestServer } from '../web/start-test-server.js';
import { createWebClient, openSocket } from '../web/web-client.js';

export const password = 'correct horse battery';

/** A worker with a team and a permission level, signed in to the inbox API. */
export async function signIn(server: TestServer, username: string, displayName: string, team: string | null, permission: WorkerPermission = 'worker') {
  const client = createWebClient(server.baseUrl);
  const created = await server.runtime.store.createWorker({ username, displayName, team, passwordHash: await hashPassword(password) });
  const worker = await server.runtime.store.updateWorker(created.id, { permission });
  const session = await client.login(username, password);
  if (session.status !== 200) throw new Error(`login of ${username} answered ${session.status}`);
  return {
    worker,
    request: client.worker(session),
    /** The inbox socket of this worker, ready. */
    async socket() {
      const inbox = await openSocket(`${server.baseUrl.replace('http', 'ws')}/api/inbox/socket`, { cookie: session.cookie, origin: server.baseUrl });
      await inbox.next((frame) => frame.type === 'ready');
      return inbox;
    },
  };
}

/** A resident asks for a person; the case then gets the team, urgency and contact details a test needs. */
export async function caseFromResident(server: TestServer, fields: Partial<NewCase> = {}): Promise<CaseRecord> {
  const client = createWebClient(server.baseUrl);
  const { token, conversationId } = await client.startConversation();
  await client.say(token, 'mens');
  const opened = await server.runtime.store.findActiveCase(conversationId);
  if (!opened) throw new Error('the resident has no case');
  return server.runtime.store.updateCase(opened.id, fields, new Date());
}
