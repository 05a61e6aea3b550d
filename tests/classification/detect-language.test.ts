import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../core/classification/detect-language.js';

describe('detectLanguage', () => {
  it.each([
    ['hoi', 'nl'], ['help', 'nl'], ['hallo', 'nl'], ['dank je', 'nl'], ['ik heb schulden', 'nl'],
    ['kheb een vraag', 'nl'], ['Hello', 'en'], ['thanks', 'en'], ['I need help with my rent', 'en'],
    ['مرحبا، أحتاج مساعدة', 'ar'], ['Merhaba, yardıma ihtiyacım var', 'tr'], ['Dzień dobry, potrzebuję pomocy', 'pl'],
    ['Привіт, мені потрібна допомога', 'uk'], ['Bonjour, je cherche un logement pour ma famille', 'other'],
    // Arabic in Latin letters, Moroccan and Levantine.
    ['salam, bghit n3ref fin kayn chi cours dyal lhollandiya', 'ar'], ['mar7aba, ana ma ba3ref shu a3mel ma3 had el brief', 'ar'],
    ['wallah ma fhemt walo mn la lettre dyal gemeente', 'ar'],
    // Ukrainian in Latin letters.
    ['dobryi den, shcho meni robyty z tsym lystom?', 'uk'], ['vin kazhe shcho ya mozhu pity kudy khochu', 'uk'],
    // Persian and Dari in Arabic script, and a script the intake does not read.
    ['سلام، من یک سوال دارم درباره کرایه خانه', 'other'], ['ሰላም፡ ሓገዝ የድልየኒ ኣሎ', 'other'],
    // Numbers with an ending are not Arabic in Latin letters.
    ['komşu her gece 2ye kadar müzik açıyor, 5te kalkıyorum', 'tr'], ['ik woon op de 3e verdieping en de lift is stuk', 'nl'],
    ['czy ktoś może mi pomóc z listem, syn ma problem ale nie wiem co robić', 'pl'],
    ['مرحبا، أريد أن أسأل عن المدرسة لابني', 'ar'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
