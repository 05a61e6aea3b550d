import { describe, expect, it } from 'vitest';
import type { InloopEvent } from '../../core/ports/event-bus.js';
import { saturdayNoon, useFreshRuntime } from '../support/test-runtime.js';
import { createResident } from '../support/transcript.js';

const fresh = useFreshRuntime();
const { clock } = fresh;

describe('a crisis conversation (docs/residents/intake.md "Safety signals")', () => {
  it('answers a plan after a crisis with more urgency, and never says the same text twice', async () => {
    const resident = createResident(fresh.runtime);
    await resident.send('ik wil niet meer leven');
    const first = resident.lastReplies.map((reply) => reply.text);
    expect(first[0]).toMatch(/113/);
    expect(resident.lastReplies[0].tone).toBe('crisis');
    await resident.send('ik heb de pillen al klaarliggen voor vannacht');
    const second = resident.lastReplies.map((reply) => reply.text);
    expect(second.join('\n')).toMatch(/Dit is ernstig\. Bel nu 112/);
    expect(resident.lastReplies.every((reply) => reply.tone === 'crisis')).toBe(true);
    await resident.send('sorry');
    const third = resident.lastReplies.map((reply) => reply.text);
    await resident.send('ik weet het niet');
    const fourth = resident.lastReplies.map((reply) => reply.text);
    const all = [...first, ...second, ...third, ...fourth];
    expect(new Set(all).size).toBe(all.length);
    expect(all.join('\n')).not.toMatch(/ik heb dit toegevoegd/i);
    const [created] = await fresh.runtime().store.listCases();
    expect(created).toMatchObject({ urgency: 'crisis', crisis: 'suicide' });
  });

  it('offers the chats to a resident who will not call, instead of thanking them', async () => {
    const resident = createResident(fresh.runtime);
    await resident.send('mijn vriend slaat me en ik ben bang');
    expect(resident.lastText).toMatch(/0800-2000/);
    await resident.send('ik ga echt niet bellen, hij hoort alles');
    expect(resident.lastText).toMatch(/veiligthuis\.nl/);
    expect(resident.lastText).toMatch(/kindertelefoon\.nl/);
    expect(resident.lastText).not.toMatch(/toegevoegd/);
  });

  it('says honestly out of office hours that nobody reads along until the team opens, and what is open now', async () => {
    clock.set(saturdayNoon);
    const resident = createResident(fresh.runtime);
    await resident.send('ik wil er een eind aan maken');
    expect(resident.lastText).toMatch(/Het team is nu gesloten/);
    expect(resident.lastText).toMatch(/op maandag vanaf 09:00/);
    expect(resident.lastText).toMatch(/Tot die tijd kijkt hier niemand mee/);
    expect(resident.lastText).not.toMatch(/ziet het als eerste/);
  });

  it('gives a bystander the advice for bystanders', async () => {
    const resident = createResident(fresh.runtime);
    await resident.send('Ik hoor mijn buurvrouw elke nacht gillen en harde klappen, ik denk dat haar man haar slaat');
    expect(resident.lastReplies[0].text).toMatch(/Bel Veilig Thuis voor advies/);
    expect(resident.lastReplies[0].text).toMatch(/ook als buur/);
  });

  it('asks the safety question on a concern; yes becomes a crisis and the card shows question and answer', async () => {
    const resident = createResident(fresh.runtime);
    await resident.send('het heeft allemaal geen nut meer');
    expect(resident.lastText).toMatch(/Denk je erover om een eind aan je leven te maken\?/);
    expect(resident.lastText).toMatch(/0800-0113/);
    expect(resident.quickReplyIds()).toEqual(['concern:yes', 'concern:no']);
    await resident.press('Ja');
    expect(resident.lastReplies[0].text).toMatch(/113/);
    expect(resident.lastReplies[0].tone).toBe('crisis');
    const [created] = await fresh.runtime().store.listCases();
    expect(created).toMatchObject({ urgency: 'crisis', crisis: 'suicide' });
    expect(created.safetyCheck).toMatchObject({ concern: 'suicide', answer: 'yes' });
  });

  it('a no to the safety question goes on with the intake and is kept on the case', async () => {
    const resident = createResident(fresh.runtime);
    await resident.send('Ik zie het niet meer zitten met al die schulden, de deurwaarder komt vrijdag');
    expect(resident.quickReplyIds()).toEqual(['concern:yes', 'concern:no']);
    await resident.send('nee');
    expect(resident.lastText).toMatch(/Dank je voor je antwoord/);
    expect(resident.lastText).toMatch(/\?/); // the intake's next question
    await resident.send('mens');
    const [created] = await fresh.runtime().store.listCases();
    expect(created.crisis).toBeNull();
    expect(created.safetyCheck).toMatchObject({ concern: 'suicide', answer: 'no' });
    expect(created.topics[0].id).toBe('money');
  });

  it('a crisis after hand-off, while a worker has the case, alerts the worker and re-raises the case', async () => {
    const resident = createResident(fresh.runtime);
    await resident.send('mens');
    const [waiting] = await fresh.runtime().store.listCases();
    const worker = await fresh.runtime().store.createWorker({ username: 'sam', displayName: 'Sam', passwordHash: 'x', team: null });
    await fresh.runtime().desk.claim(waiting.id, worker.id);
    const heard: InloopEvent[] = [];
    const unsubscribe = fresh.runtime().events.subscribe((event) => heard.push(event));
    await resident.send('ik wil dood, ik sta op de brug');
    unsubscribe();
    expect(resident.lastReplies[0].text).toMatch(/113/);
    expect(resident.lastText).toMatch(/sociaal werker hierover direct gewaarschuwd/);
    expect(heard.some((event) => event.type === 'case-updated' && event.action === 'escalated' && event.case.id === waiting.id)).toBe(true);
    const [raised] = await fresh.runtime().store.listCases();
    expect(raised).toMatchObject({ id: waiting.id, status: 'claimed', urgency: 'crisis', crisis: 'suicide' });
  });

  it('answers a crisis in Turkish, Arabic, Polish or Ukrainian with the Dutch numbers', async () => {
    for (const text of ['Kocam beni dövüyor, çok korkuyorum', 'زوجي يضربني كل يوم وأنا خائفة', 'Mój mąż mnie bije, boję się', 'Чоловік мене б’є, я боюся']) {
      const resident = createResident(fresh.runtime);
      await resident.send(text);
      expect(resident.lastReplies[0].tone).toBe('crisis');
      expect(resident.lastReplies[0].text).toMatch(/0800-2000/);
      expect(resident.lastReplies[0].text).toMatch(/112/);
    }
  });

  it('answers a crisis in a language the intake does not speak in English and Dutch', async () => {
    const resident = createResident(fresh.runtime);
    await resident.send('Je veux mourir, je ne peux plus continuer');
    expect(resident.lastReplies[0].text).toMatch(/Suicide Prevention/);
    expect(resident.lastReplies[0].text).toMatch(/Zelfmoordpreventie/);
  });

  it('keeps the tone of a crisis answer in the stored messages', async () => {
    const resident = createResident(fresh.runtime);
    await resident.send('ik wil niet meer leven');
    const [created] = await fresh.runtime().store.listCases();
    const card = await fresh.runtime().desk.openCard(created.id, (await fresh.runtime().store.createWorker({ username: 'kim', displayName: 'Kim', passwordHash: 'x', team: null })).id);
    const crisisAnswer = card.messages.find((message) => message.text.includes('113'));
    expect(crisisAnswer?.tone).toBe('crisis');
    expect(card.messages.find((message) => message.author === 'resident')?.tone).toBe('normal');
  });
});
