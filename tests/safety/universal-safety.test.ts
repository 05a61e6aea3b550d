import { describe, expect, it } from 'vitest';
import { detectSafety } from '../../core/safety/safety-check.js';

/*
 * Languages the intake does not speak (core/safety/lexicons/universal-safety-lexicon.ts): only plain
 * statements of wanting to die, being beaten, someone not breathing or having swallowed something,
 * so that such a message still gets the numbers. New sentences, not the read files.
 */
describe('plain statements in the languages the intake does not speak', () => {
  it.each([
    // Farsi and Dari: beaten at home, pills gathered, "better if I were not", "I wish I died".
    ['شوهرم منو می‌زنه، بچه ها رو هم کتک میزنه', 'violence'],
    ['قرص‌های خوابمو جمع کردم، بهتره نباشم', 'suicide'],
    ['کاش بمیرم، دیگه نمی‌خوام زنده باشم', 'suicide'],
    // Russian and Bulgarian.
    ['жить не хочу больше', 'suicide'],
    ['муж меня бьет каждый вечер', 'violence'],
    ['не искам да живея повече', 'suicide'],
    ['мъжът ми ме бие', 'violence'],
    ['баща ми не диша', 'emergency'],
    // Spanish, French, Portuguese, Somali: many pills or bleach swallowed, not waking, not breathing.
    ['mi hija se tomó todas las pastillas de la caja', 'emergency'],
    ['mon fils a avalé des cachets, il ne se réveille pas', 'emergency'],
    ['o meu filho engoliu lixívia', 'emergency'],
    ['wiilkayga ma neefsan karo', 'emergency'],
    ['je ne veux plus vivre', 'suicide'],
  ])('crisis: %s', (text, id) => {
    expect(detectSafety(text, { learned: false })).toMatchObject({ tier: 'crisis', crisis: id });
  });

  it.each([
    // Waking up for school, taking one's own medicines every day.
    'mi hijo no se despierta para ir al colegio, ¿hay ayuda?',
    'je prends mes médicaments tous les jours, je cherche un médecin',
    'tomo mis pastillas cada mañana, necesito un huisarts',
  ])('no signal: %s', (text) => {
    expect(detectSafety(text, { learned: false }).tier).toBe('none');
  });
});
