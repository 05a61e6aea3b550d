import { describe, expect, it } from 'vitest';
import { isValidBsn, isValidIban } from '../../core/privacy/identifier-checks.js';
import { redact, redactText } from '../../core/privacy/redaction.js';

describe('redaction before anything goes to a language model', () => {
  it('redacts a BSN that passes the eleven-test, and only that', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(redactText('Mijn BSN is 111222333.')).toBe('Mijn BSN is [BSN].');
    expect(redactText('Mijn bsn: 111 222 333')).toBe('Mijn bsn: [BSN]');
    expect(redactText('Klantnummer 123456789 staat op de brief')).toBe('Klantnummer 123456789 staat op de brief');
  });

  it('redacts an IBAN with a valid mod-97 check, with or without spaces', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('NL91ABNA0417164301')).toBe(false);
    expect(redactText('Rekening NL91ABNA0417164300 graag')).toBe('Rekening [IBAN] graag');
    expect(redactText('Rekening NL91 ABNA 0417 1643 00 graag')).toBe('Rekening [IBAN] graag');
    expect(redactText('IBAN nl91abna0417164300')).toBe('IBAN [IBAN]');
  });

  it('redacts Dutch mobile and landline numbers, also with +31', () => {
    expect(redactText('Bel me op +31 6 12345678')).toBe('Bel me op [TELEFOON]');
    expect(redactText('Bel me op 06-12345678 of 0612345678')).toBe('Bel me op [TELEFOON] of [TELEFOON]');
    expect(redactText('Thuis: 020-1234567, werk 0031 20 123 4567')).toBe('Thuis: [TELEFOON], werk [TELEFOON]');
    expect(redactText('Ik heb 4000 euro schuld sinds 2023')).toBe('Ik heb 4000 euro schuld sinds 2023');
  });

  it('redacts e-mail addresses and a postcode with house number', () => {
    expect(redactText('Mail naar j.de.vries+post@example.nl aub')).toBe('Mail naar [E-MAIL] aub');
    expect(redactText('Ik woon op 1234 AB 12')).toBe('Ik woon op [ADRES]');
    expect(redactText('adres: 1234ab 12a')).toBe('adres: [ADRES]');
    expect(redactText('Ik woon in de Kerkstraat 12 driehoog')).toBe('Ik woon in de [ADRES] driehoog');
  });

  it('redacts names where they can be seen, and leaves other words alone', () => {
    expect(redactText('Hoi, ik heet Fatima el Amrani en ik heb schulden')).toBe('Hoi, ik heet [NAAM] en ik heb schulden');
    expect(redactText('mijn naam is jan')).toBe('mijn naam is [NAAM]');
    expect(redactText('My name is John Smith')).toBe('My name is [NAAM]');
    expect(redactText('Mevrouw De Vries van de gemeente belde')).toBe('Mevrouw [NAAM] van de gemeente belde');
    expect(redactText('meneer Jansen zegt dat het niet kan')).toBe('meneer [NAAM] zegt dat het niet kan');
    expect(redactText('mijn zoon Ahmed wordt gepest')).toBe('mijn zoon [NAAM] wordt gepest');
    expect(redactText('ik ben moe en ik ben Nederlander')).toBe('ik ben moe en ik ben Nederlander');
  });

  it('counts what it replaced, so logs can say so without the values', () => {
    const { counts } = redact('BSN 111222333, bel 06-12345678, mail a@b.nl, NL91ABNA0417164300, ik heet Sara');
    expect(counts).toEqual({ BSN: 1, TELEFOON: 1, 'E-MAIL': 1, IBAN: 1, NAAM: 1 });
  });
});
