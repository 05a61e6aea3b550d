import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Runtime } from '../../bots/runtime/create-runtime.js';
import { createManualClock, createTestDatabase, createTestRuntime, mondayMorning, saturdayNoon, type TestDatabase } from '../support/test-runtime.js';
import { createResident } from '../support/transcript.js';

let database: TestDatabase;
let runtime: Runtime;
const clock = createManualClock(mondayMorning);

beforeEach(async () => {
  clock.set(mondayMorning);
  database = createTestDatabase();
  runtime = await createTestRuntime(database, clock);
});
afterEach(async () => {
  await runtime.close();
  database.remove();
});

/** Answers whatever the assistant asks until it shows the summary; returns how many answers it took. */
async function answerUntilSummary(resident: ReturnType<typeof createResident>, answers: string[]): Promise<number> {
  let count = 0;
  while (!resident.quickReplyIds().includes('confirm:yes')) {
    const answer = answers[count] ?? 'Weet ik niet';
    await resident.send(answer);
    count += 1;
    if (count > 8) throw new Error(`no summary after ${count} answers: ${resident.lastText}`);
  }
  return count;
}

describe('the guided intake, as transcripts', () => {
  it('a money question with an eviction date becomes an urgent case about money and housing', async () => {
    const resident = createResident(() => runtime);
    const first = await resident.send('Ik heb schulden en ik word volgende week uit mijn huis gezet');
    expect(first).toMatch(/digitale assistent/);
    expect(first).toMatch(/geen mens/);
    expect(first).not.toMatch(/datum/i); // the date is already known: not asked again
    await answerUntilSummary(resident, ['Bij de woningcorporatie en de energie, ongeveer 4000 euro', 'Ik heb gebeld maar niemand helpt. Mijn zus helpt soms.', 'Dat ik in mijn huis kan blijven']);
    expect(resident.lastText).toMatch(/Klopt het dat/);
    expect(resident.lastText).toMatch(/geld en schulden/);
    await resident.press('klopt');
    expect(resident.lastText).toMatch(/Geldcafé/); // the social map's fitting offer
    expect(resident.quickReplyIds()).toEqual(['contact:chat', 'contact:phone', 'contact:visit']);
    await resident.press('Bel me');
    expect(resident.lastText).toMatch(/nummer/);
    await resident.send('06-12345678');
    expect(resident.quickReplyIds()).toContain('consent:yes');
    await resident.press('Ja, dat mag');
    expect(resident.lastText).toMatch(/doorgegeven aan een sociaal werker/);
    expect(resident.lastText).toMatch(/binnen 4 uur/);

    const [created] = await runtime.store.listCases();
    expect(created.urgency).toBe('urgent');
    expect(created.topics.map((topic) => topic.id)).toEqual(expect.arrayContaining(['money', 'housing']));
    expect(created.domain).toBe('self-reliance');
    expect(created.contactPreference).toBe('phone');
    expect(created.contactDetails).toBe('06-12345678');
    expect(created.firstWords).toBe('Ik heb schulden en ik word volgende week uit mijn huis gezet');
    expect(created.summary).toMatch(/geld en schulden/);
    expect(created.consent).toBe(true);
    expect(created.status).toBe('waiting');
  });

  it('an unclear opening gets an open question, then the domains as quick replies', async () => {
    const resident = createResident(() => runtime);
    const first = await resident.send('hoi');
    expect(first).toMatch(/Wat is er aan de hand/);
    expect(resident.quickReplyIds()).toEqual([]);
    await resident.send('ik weet het niet zo goed');
    expect(resident.lastText).toMatch(/Waar gaat je vraag over/);
    expect(resident.quickReplyIds()).toEqual([
      'domain:self-reliance', 'domain:health', 'domain:network', 'domain:neighbourhood', 'domain:growing-up', 'domain:other',
    ]);
    await resident.press('Buren');
    expect(resident.lastText).toMatch(/geprobeerd/);
  });

  it('"mens" as the very first message opens a case at once', async () => {
    const resident = createResident(() => runtime);
    const reply = await resident.send('mens');
    expect(reply).toMatch(/sociaal werker/);
    const cases = await runtime.store.listCases();
    expect(cases).toHaveLength(1);
    expect(cases[0].status).toBe('waiting');
    expect(cases[0].firstWords).toBe('');
  });

  it('a crisis message gets the numbers first, then a crisis case at the top of the queue', async () => {
    const calm = createResident(() => runtime);
    await calm.send('mens');
    const resident = createResident(() => runtime);
    const reply = await resident.send('ik wil er niet meer zijn, ik heb de pillen al klaarliggen');
    expect(resident.lastReplies[0].tone).toBe('crisis');
    expect(resident.lastReplies[0].text).toMatch(/113/);
    expect(resident.lastReplies[0].text).toMatch(/0800-0113/);
    expect(resident.lastReplies[0].text).toMatch(/112/);
    expect(reply).toMatch(/sociaal werker/);
    const [top] = await runtime.store.listCases();
    expect(top.urgency).toBe('crisis');
    expect(top.crisis).toBe('suicide');
  });

  it('a crisis during a waiting case escalates that case', async () => {
    const resident = createResident(() => runtime);
    await resident.send('mens');
    await resident.send('mijn ex staat voor de deur en dreigt me te slaan');
    expect(resident.lastReplies[0].text).toMatch(/0800-2000/);
    const cases = await runtime.store.listCases();
    expect(cases).toHaveLength(1);
    expect(cases[0].crisis).toBe('violence');
    expect(cases[0].urgency).toBe('crisis');
  });

  it('a correction at the summary changes the summary and the topics', async () => {
    const resident = createResident(() => runtime);
    await resident.send('Ik snap de brief van de gemeente niet');
    await answerUntilSummary(resident, ['Een brief over de bijstand', 'Niets nog, en ik heb niemand', 'Uitleg over de brief']);
    expect(resident.lastText).toMatch(/brieven/i);
    await resident.press('aanpassen');
    expect(resident.lastText).toMatch(/Wat klopt er niet/);
    await resident.send('Het gaat eigenlijk om mijn schulden, ik kan de huur niet meer betalen');
    expect(resident.lastText).toMatch(/Klopt het dat/);
    expect(resident.lastText).toMatch(/je aanvult: "Het gaat eigenlijk om mijn schulden/);
    await resident.press('klopt');
    await resident.press('Hier in de chat');
    await resident.press('Ja');
    const [created] = await runtime.store.listCases();
    expect(created.topics[0].id).toBe('money');
    expect(created.summary).toMatch(/schulden/);
  });

  it('"vergeet mij" erases the resident after a confirmation', async () => {
    const keeper = createResident(() => runtime);
    await keeper.send('mens');
    const resident = createResident(() => runtime);
    await resident.send('Ik ben heel eenzaam sinds mijn vrouw is overleden');
    await resident.send('mens');
    await resident.send('vergeet mij');
    expect(resident.quickReplyIds()).toEqual(['forget:yes', 'forget:no']);
    const sqlite = new Database(database.file, { readonly: true });
    const count = (sql: string, ...parameters: unknown[]) => (sqlite.prepare(sql).get(...parameters) as { n: number }).n;
    expect(count('SELECT COUNT(*) AS n FROM messages m JOIN conversations c ON c.id = m."conversationId" WHERE c."chatId" = ?', resident.ref.chatId)).toBeGreaterThan(0);
    await resident.press('wis alles');
    expect(resident.lastText).toMatch(/gewist/);
    expect(count('SELECT COUNT(*) AS n FROM conversations WHERE "chatId" = ?', resident.ref.chatId)).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM messages WHERE text LIKE ?', '%eenzaam%')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM cases')).toBe(1); // the other resident's case stays
    expect(count('SELECT COUNT(*) AS n FROM residents WHERE "chatId" = ?', resident.ref.chatId)).toBe(0);
    sqlite.close();
  });

  it('a cancelled "vergeet mij" erases nothing and asks the pending question again', async () => {
    const resident = createResident(() => runtime);
    await resident.send('Ik heb schulden');
    const question = resident.lastReplies.at(-1)!.text;
    await resident.send('/forget');
    await resident.press('niet wissen');
    expect(resident.lastText).toMatch(/ik wis niets/);
    expect(resident.lastText).toContain(question);
  });

  it('resumes where it was after the process restarts, nothing lost', async () => {
    const resident = createResident(() => runtime, 'restart-resident');
    await resident.send('Mijn moeder wordt vergeetachtig en ik zorg elke dag voor haar');
    const pending = resident.lastReplies.at(-1)!.text;
    await runtime.close();
    runtime = await createTestRuntime(database, clock);
    const answer = await resident.send('Ik doe haar boodschappen en medicijnen, het wordt me te veel');
    expect(answer).not.toMatch(/digitale assistent/); // no second welcome
    expect(answer).not.toContain(pending); // the next question, not the same one
    const conversation = await runtime.store.openConversation(resident.ref, clock.now());
    const messages = await runtime.store.listMessages(conversation.id);
    expect(messages.filter((message) => message.author === 'resident').map((message) => message.text)).toEqual([
      'Mijn moeder wordt vergeetachtig en ik zorg elke dag voor haar',
      'Ik doe haar boodschappen en medicijnen, het wordt me te veel',
    ]);
    expect(conversation.state?.topics.length).toBeGreaterThan(0);
    expect(conversation.state?.askedQuestions).toHaveLength(2); // one before the restart, one after
  });

  it('tells honestly when a worker reacts outside office hours', async () => {
    clock.set(saturdayNoon);
    const resident = createResident(() => runtime);
    const reply = await resident.send('mens');
    expect(reply).toMatch(/buiten kantooruren/);
    expect(reply).toMatch(/maandag vanaf 09:00/);
  });

  it('answers English in English', async () => {
    const resident = createResident(() => runtime);
    const reply = await resident.send('I have debts and I cannot pay my rent anymore');
    expect(reply).toMatch(/digital assistant/);
    expect(reply).toMatch(/not a person/);
  });

  it('holds the intake in Arabic, Turkish, Polish or Ukrainian, with a Dutch card for the worker', async () => {
    const resident = createResident(() => runtime);
    const reply = await resident.send('مرحبا، لدي مشكلة مع الإيجار ولا أستطيع دفع الفواتير');
    expect(reply).toMatch(/المساعد الرقمي/); // not a person, in Arabic
    expect(reply).toMatch(/\?|؟/); // the intake's first question, in Arabic
    expect(reply).not.toMatch(/Hoi|digitale assistent/);
    await resident.send('mens');
    const [created] = await runtime.store.listCases();
    expect(created.language).toBe('ar');
    expect(created.firstWords).toBe('مرحبا، لدي مشكلة مع الإيجار ولا أستطيع دفع الفواتير');
    const polish = createResident(() => runtime);
    expect(await polish.send('Dzień dobry, mam długi i komornik przyszedł do mnie')).toMatch(/asystent/i);
  });

  it('answers a language the intake does not speak in English and Dutch, and hands off', async () => {
    const resident = createResident(() => runtime);
    const reply = await resident.send('Bonjour, je ne comprends pas la lettre de la mairie');
    expect(reply).toMatch(/digital assistant, not a person/);
    expect(reply).toMatch(/digitale assistent, geen mens/);
    const [created] = await runtime.store.listCases();
    expect(created.language).toBe('other');
  });

  it('stays silent while a worker has the case, and the worker sees the messages', async () => {
    const resident = createResident(() => runtime);
    await resident.send('mens');
    const [waiting] = await runtime.store.listCases();
    const worker = await runtime.store.createWorker({ username: 'sam', displayName: 'Sam', passwordHash: 'x', team: null });
    await runtime.desk.claim(waiting.id, worker.id);
    const reply = await resident.send('Hallo, ben je daar?');
    expect(resident.lastReplies).toEqual([]);
    expect(reply).toBe('');
    const card = await runtime.desk.openCard(waiting.id, worker.id);
    expect(card.messages.map((message) => message.text)).toContain('Hallo, ben je daar?');
    expect(card.messages.some((message) => message.text.includes('Sam is sociaal werker'))).toBe(true);
  });

  it('gives a kind answer to photos, empty, huge and binary messages and keeps them', async () => {
    const resident = createResident(() => runtime);
    expect(await resident.send('', { kind: 'photo' })).toMatch(/foto/);
    expect(await resident.send('   ')).toMatch(/geen tekst/);
    const huge = `Ik heb schulden. ${'bla '.repeat(5000)}`;
    expect(await resident.send(huge)).toMatch(/erg lang/);
    expect(await resident.send('\u0000\u0001\uFFFF\uD800 hallo')).not.toBe('');
    const conversation = await runtime.store.openConversation(resident.ref, clock.now());
    const stored = (await runtime.store.listMessages(conversation.id)).filter((message) => message.author === 'resident');
    expect(stored).toHaveLength(4);
    expect(stored[0].kind).toBe('photo');
    expect(stored[2].text.length).toBe(4000);
    expect(stored[3].text).not.toMatch(/\u0000/);
  });

  it('keeps HTML as plain text', async () => {
    const resident = createResident(() => runtime);
    await resident.send('<script>alert(1)</script> ik heb schulden');
    const conversation = await runtime.store.openConversation(resident.ref, clock.now());
    const [first] = await runtime.store.listMessages(conversation.id);
    expect(first.text).toBe('<script>alert(1)</script> ik heb schulden');
  });

  it('answers an unknown command kindly', async () => {
    const resident = createResident(() => runtime);
    expect(await resident.send('/foo')).toMatch(/commando ken ik niet/);
  });

  it('"stop" ends the intake and a new message starts again', async () => {
    const resident = createResident(() => runtime);
    await resident.send('Ik heb schulden');
    expect(await resident.send('stop')).toMatch(/we stoppen/);
    expect(await resident.send('Ik heb ruzie met de buren')).toMatch(/Fijn dat je weer schrijft/);
  });
});
