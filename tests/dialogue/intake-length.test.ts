import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Runtime } from '../../bots/runtime/create-runtime.js';
import { createManualClock, createTestDatabase, createTestRuntime, mondayMorning, type TestDatabase } from '../support/test-runtime.js';
import { createResident } from '../support/transcript.js';

/**
 * INTAKE target: for a clear request the resident confirms a summary within four messages after
 * the first. Each transcript answers every question plainly; the count includes the "ja".
 */
const clearRequests: Array<{ first: string; answers: string[] }> = [
  { first: 'Ik heb schulden en de deurwaarder komt volgende week', answers: ['Drie schulden, bij de energie en de telefoon', 'Ik heb nog niks gedaan, mijn zus wil helpen', 'Een regeling'] },
  { first: 'Ik kan mijn huur niet meer betalen', answers: ['Over twee maanden', 'Ik heb de corporatie gebeld. Niemand kan helpen.', 'Uitstel van betaling'] },
  { first: 'Ik snap de brief van de Belastingdienst over mijn toeslag niet', answers: ['Over de huurtoeslag', 'Niks, ik woon alleen', 'Dat iemand het uitlegt'] },
  { first: 'Mijn buurman maakt elke nacht herrie', answers: ['Al drie maanden', 'Ik heb aangebeld. Andere buren hebben ook last.', 'Rust'] },
  { first: 'Ik voel me de laatste tijd heel somber en slaap slecht', answers: ['Een paar maanden', 'Ik heb met mijn vriendin gepraat', 'Iemand om mee te praten'] },
  { first: 'Ik zorg voor mijn zieke moeder en het wordt me te veel', answers: ['Elke dag boodschappen en medicijnen', 'Mijn broer helpt soms', 'Even tijd voor mezelf'] },
  { first: 'Mijn zoon van 15 spijbelt en blowt veel', answers: ['Hij is 15', 'Ik heb met school gebeld', 'Dat hij weer naar school gaat'] },
  { first: 'Ik zit sinds mijn pensioen veel alleen thuis', answers: ['Bijna nooit', 'Niemand eigenlijk', 'Samen koffie drinken'] },
  { first: 'Ik zoek werk maar ik vind niks', answers: ['Ik heb een uitkering', 'Ik heb veel gesolliciteerd, mijn vriend helpt', 'Een baan in de zorg'] },
  { first: 'I have debts and the bailiff is coming next week', answers: ['Four debts', 'I called them, my sister helps', 'A payment plan'] },
  { first: 'Ik wil beter Nederlands leren', answers: ['Praten gaat goed, schrijven niet', 'Ik heb een cursus gedaan, mijn buurvrouw helpt', 'Een taalmaatje'] },
];

let database: TestDatabase;
let runtime: Runtime;
beforeAll(async () => {
  database = createTestDatabase();
  runtime = await createTestRuntime(database, createManualClock(mondayMorning));
});
afterAll(async () => {
  await runtime.close();
  database.remove();
});

it('a clear request reaches a confirmed summary within four messages after the first (median)', async () => {
  const counts: number[] = [];
  for (const request of clearRequests) {
    const resident = createResident(() => runtime);
    await resident.send(request.first);
    let messages = 0;
    while (!resident.quickReplyIds().includes('confirm:yes')) {
      await resident.send(request.answers[messages] ?? 'Weet ik niet');
      messages += 1;
      if (messages > 8) throw new Error(`no summary for "${request.first}"`);
    }
    await resident.press(resident.lastReplies.at(-1)!.quickReplies![0].label);
    messages += 1;
    expect(resident.quickReplyIds()).toContain('contact:chat');
    counts.push(messages);
  }
  const sorted = [...counts].sort((left, right) => left - right);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`messages after the first until the summary is confirmed: median ${median}, all ${JSON.stringify(counts)}`);
  expect(median).toBeLessThanOrEqual(4);
  expect(Math.max(...counts)).toBeLessThanOrEqual(5);
});
