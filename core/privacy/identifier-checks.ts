/** The BSN eleven-test ("elfproef"): 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11, and not zero. */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 8; index += 1) sum += Number(digits[index]) * (9 - index);
  sum -= Number(digits[8]);
  return sum !== 0 && sum % 11 === 0;
}

/** ISO 13616 IBAN check: move the first four characters to the end, letters to numbers, remainder 1 after mod 97. */
export function isValidIban(candidate: string): boolean {
  const iban = candidate.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const value = /\d/.test(character) ? character : String(character.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
