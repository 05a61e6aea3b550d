import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../core/classification/detect-language.js';

describe('detectLanguage', () => {
  it.each([
    ['hoi', 'nl'], ['help', 'nl'], ['hallo', 'nl'], ['dank je', 'nl'], ['ik heb schulden', 'nl'],
    ['kheb een vraag', 'nl'], ['Hello', 'en'], ['thanks', 'en'], ['I need help with my rent', 'en'],
    ['مرحبا، أحتاج مساعدة', 'ar'], ['Merhaba, yardıma ihtiyacım var', 'tr'], ['Dzień dobry, potrzebuję pomocy', 'pl'],
    ['Привіт, мені потрібна допомога', 'uk'], ['Bonjour, je cherche un logement pour ma famille', 'other'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
