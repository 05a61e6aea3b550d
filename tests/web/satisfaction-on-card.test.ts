import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './start-test-server.js';
import { createWebClient } from './web-client.js';

// Issue 17: the worker sees on the case card what the resident answered to "Is je vraag opgelost?".
const password = 'correct horse battery';
let server: TestServer;
let worker: ReturnType<ReturnType<typeof createWebClient>['worker']>;

beforeAll(async () => {
  server = await startTestServer();
  const client = createWebClient(server.baseUrl);
  await server.addWorker('willem', password, 'Willem');
  worker = client.worker(await client.login('willem', password));
  for (const text of ['Ik heb schulden en de deurwaarder stuurt brieven', 'Ik zorg voor mijn moeder en ben zo moe']) {
    const { token } = await client.startConversation();
    await client.say(token, text);
    await client.say(token, 'mens');
  }
}, 120_000);
afterAll(async () => {
  await server.stop();
});

describe('the satisfaction answers on the case card', () => {
  it('shows answer, score and open answer once the resident answered, and nothing before', async () => {
    const store = server.runtime.store;
    const [answered, unanswered] = await store.listCases({ statuses: ['waiting'] });
    for (const record of [answered!, unanswered!]) await store.closeCase(record.id, 'beantwoord', new Date());
    const question = await store.scheduleSatisfactionQuestion(answered!.id, new Date(), new Date());
    await store.scheduleSatisfactionQuestion(unanswered!.id, new Date(), new Date());
    await store.markCheckInSent(question!.id, new Date());
    await store.recordSatisfaction(question!.id, null, { step: 'asked' });
    // Asked but not answered yet: no answer on the card.
    expect((await worker(`/api/inbox/cases/${answered!.id}`)).body!.satisfaction).toBeNull();
    await store.recordSatisfaction(question!.id, 'asked', { step: 'score', answer: 'partly' });
    await store.recordSatisfaction(question!.id, 'score', { step: 'comment', score: 4 });
    await store.recordSatisfaction(question!.id, 'comment', { step: 'done', comment: 'Fijn dat iemand meedacht' });
    expect((await worker(`/api/inbox/cases/${answered!.id}`)).body!.satisfaction).toEqual({ answer: 'partly', score: 4, comment: 'Fijn dat iemand meedacht' });
    expect((await worker(`/api/inbox/cases/${unanswered!.id}`)).body!.satisfaction).toBeNull();
  });
});
