import { describe, expect, it } from 'vitest';
import { useFreshRuntime } from '../support/test-runtime.js';
import { createResident } from '../support/transcript.js';
import { runScript } from '../support/run-command.js';

const fresh = useFreshRuntime(); // Monday 23 November 2026, 10:00 in Amsterdam

describe('the case card a worker can act on (docs/residents/intake.md "What a worker receives")', () => {
  it('keeps the amount, the creditor, the deadline as a date and the people, in a Dutch third-person summary apart from the confirmation', async () => {
    const resident = createResident(fresh.runtime);
    await resident.send('Ik heb een incassobrief van het waterschap over € 310 en ik moet vóór vrijdag betalen, anders komt de deurwaarder');
    for (const answer of ['Ik heb zelf gebeld maar kreeg niemand te pakken', 'Mijn buurman helpt soms met de post', 'Een betalingsregeling', 'Ik woon met mijn zoon van 8']) {
      if (resident.quickReplyIds().includes('confirm:yes')) break;
      await resident.send(answer);
    }
    await resident.press('klopt');
    await resident.press('Hier in de chat');
    await resident.press('Ja');
    const [created] = await fresh.runtime().store.listCases();
    expect(created.facts).toMatchObject({
      amounts: [{ euros: 310 }],
      deadlines: [{ date: '2026-11-27' }],
      organisations: expect.arrayContaining(['incassobureau', 'waterschap', 'deurwaarder']),
    });
    expect(created.summary).toMatch(/^De bewoner vraagt hulp bij geld en schulden/);
    expect(created.summary).toMatch(/€ 310/);
    expect(created.summary).toMatch(/vrijdag 27 november 2026/);
    expect(created.summary).not.toMatch(/\bje\b/); // third person, not the resident's "je"
    expect(created.confirmation).toMatch(/Klopt het dat/);

    const listed = await runScript('bots/cli/cases.ts', { args: ['--json'], environment: { DATABASE_URL: fresh.database().url } });
    expect(listed.code).toBe(0);
    const [card] = JSON.parse(listed.stdout) as Array<{ facts: unknown; summary: string }>;
    expect(card.facts).toMatchObject({ amounts: [{ euros: 310 }], deadlines: [{ date: '2026-11-27' }] });
    expect(card.summary).toBe(created.summary);
  });

  it('never cuts a quoted word in half', async () => {
    const resident = createResident(fresh.runtime);
    await resident.send(`Ik heb een vraag over mijn huur, ${'de verhuurder reageert nooit op mijn berichten en '.repeat(8)}ik weet het niet meer`);
    await resident.send('mens');
    const [created] = await fresh.runtime().store.listCases();
    expect(created.summary).toMatch(/Eigen woorden: "[^"]* …"/);
    expect(created.summary).not.toMatch(/\S…/);
  });
});
