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

type Resident = ReturnType<typeof createResident>;

/** A request from its first message to the hand-off: answers, "klopt", here in the chat, consent. */
async function handOffRequest(resident: Resident, first: string): Promise<string> {
  await resident.send(first);
  for (let count = 0; !resident.quickReplyIds().includes('confirm:yes'); count += 1) {
    if (count > 8) throw new Error(`no summary: ${resident.lastText}`);
    await resident.send('Weet ik niet');
  }
  await resident.press('klopt');
  await resident.press('Hier in de chat');
  return resident.press('Ja, dat mag');
}

async function onlyCase() {
  const cases = await runtime.store.listCases();
  expect(cases).toHaveLength(1);
  return cases[0]!;
}

describe('the role of a case, from the configuration and the message', () => {
  it('debts go to the schuldhulpverlener', async () => {
    await handOffRequest(createResident(() => runtime), 'Ik heb schulden en de deurwaarder staat voor de deur');
    expect(await onlyCase()).toMatchObject({ role: 'schuldhulpverlener', kind: 'request' });
  });

  it('a carer goes to the mantelzorgondersteuner', async () => {
    await handOffRequest(createResident(() => runtime), 'Ik zorg elke dag voor mijn zieke moeder en ik kan het niet meer aan');
    expect(await onlyCase()).toMatchObject({ role: 'mantelzorgondersteuner', kind: 'request' });
  });

  it('a teenager writing about themselves goes to the kinder- en jongerenwerker', async () => {
    await handOffRequest(createResident(() => runtime), 'Ik ben 15 en ik word gepest op school en ik durf niet meer naar school');
    expect(await onlyCase()).toMatchObject({ role: 'kinder-en-jongerenwerker', kind: 'request' });
  });

  it('a parent writing about their teenager goes to the wijkteamwerker (docs/residents/intake.md: parenting-youth, a parent writing)', async () => {
    await handOffRequest(createResident(() => runtime), 'Mijn zoon van 15 spijbelt steeds en luistert niet meer, ik weet niet hoe ik hem moet opvoeden');
    expect(await onlyCase()).toMatchObject({ role: 'wijkteamwerker', kind: 'request' });
  });

  it('the mapping is configuration: organisation.json can send debts elsewhere', async () => {
    await runtime.close();
    const { writeFileSync, readFileSync } = await import('node:fs');
    const organisation = JSON.parse(readFileSync('config/organisation.json', 'utf8')) as Record<string, unknown>;
    const path = `${database.directory}/organisation.json`;
    writeFileSync(path, JSON.stringify({ ...organisation, roles: { topics: { money: 'sociaal-raadslid' } } }));
    runtime = await createTestRuntime(database, clock, { ORGANISATION_FILE: path });
    await handOffRequest(createResident(() => runtime), 'Ik heb schulden en de deurwaarder staat voor de deur');
    expect((await onlyCase()).role).toBe('sociaal-raadslid');
  });
});

describe('offers of help', () => {
  it('a Dutch resident who wants to volunteer is asked what, when and where, and becomes an offer for the vrijwilligerscoördinator', async () => {
    const resident = createResident(() => runtime);
    const first = await resident.send('Hallo, ik wil graag vrijwilliger worden');
    expect(first).toMatch(/Wat zou je graag doen, wanneer heb je tijd/);
    const next = await resident.send('Ik kan goed koken, op dinsdagavond, in Lindenhoven-Noord');
    expect(next).toMatch(/contact met je opneemt/);
    await resident.press('Hier in de chat');
    await resident.press('Ja, dat mag');
    const offer = await onlyCase();
    expect(offer).toMatchObject({ role: 'vrijwilligerscoordinator', kind: 'offer' });
    expect(offer.summary).toMatch(/biedt hulp aan/);
    expect(offer.summary).toMatch(/dinsdagavond/);
  });

  it.each([
    ["I'd like to help in my neighbourhood", /What would you like to do, when do you have time/],
    ['Merhaba, gönüllü olmak istiyorum', /Ne yapmak istersiniz/],
    ['مرحبا، أريد أن أتطوع في الحي', /ماذا تحب أن تفعل/],
    ['Dzień dobry, chciałabym zostać wolontariuszką', /Co chciałbyś\/chciałabyś robić/],
    ['Добрий день, я хочу бути волонтером', /Що б ви хотіли робити/],
  ])('"%s" is an offer, asked in its own language', async (first, question) => {
    const resident = createResident(() => runtime);
    expect(await resident.send(first)).toMatch(question);
  });

  it('asking for a volunteer is a request, not an offer', async () => {
    const resident = createResident(() => runtime);
    expect(await resident.send('Ik zoek een vrijwilliger die mijn moeder kan helpen met boodschappen')).not.toMatch(/Wat fijn dat je wilt helpen/);
  });
});

describe('queue position for the waiting resident', () => {
  it('after the hand-off the resident hears how many cases of their role wait before theirs, in their language', async () => {
    await handOffRequest(createResident(() => runtime), 'Ik heb schulden en de deurwaarder staat voor de deur');
    await handOffRequest(createResident(() => runtime), 'Ik heb een betalingsachterstand en veel rekeningen');
    // A carer is in another role's queue: it does not count for the debts.
    await handOffRequest(createResident(() => runtime), 'Ik zorg elke dag voor mijn zieke moeder en ik kan het niet meer aan');
    const third = createResident(() => runtime);
    const handedOff = await handOffRequest(third, 'Ik heb schulden bij de energieleverancier');
    expect(handedOff).toMatch(/Er wachten nu 2 vragen voor de jouwe\. We reageren meestal binnen een werkdag\./);
    // A later message while waiting says it again.
    expect(await third.send('Ik heb ook nog een brief gekregen')).toMatch(/Er wachten nu 2 vragen voor de jouwe/);
  });

  it('in English; outside office hours a later message says from when the team reads it, without promising', async () => {
    clock.set(saturdayNoon);
    const resident = createResident(() => runtime);
    await resident.send('I have debts and the bailiff is coming');
    for (let count = 0; !resident.quickReplyIds().includes('confirm:yes'); count += 1) {
      if (count > 8) throw new Error(`no summary: ${resident.lastText}`);
      await resident.send("I don't know");
    }
    await resident.press('right');
    await resident.press('Here in the chat');
    const handedOff = await resident.press('Yes, you may');
    // The hand-off itself names the opening moment once.
    expect(handedOff).toMatch(/No other questions are waiting before yours\. We usually react within one working day\./);
    expect(handedOff.match(/Monday from 09:00/g)).toHaveLength(1);
    expect(await resident.send('I also got a letter')).toMatch(/No other questions are waiting before yours\. We will read your question on Monday from 09:00\./);
  });
});
