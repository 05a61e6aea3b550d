/** Control characters other than tab and newline; binary junk arrives this way. */
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

export interface CleanedText {
  text: string;
  /** Set when the text was cut to the maximum length. */
  truncatedTo?: number;
}

/** Makes whatever a channel delivered safe to store and classify; never throws. */
export function cleanResidentText(raw: unknown, maximumLength: number): CleanedText {
  const text = typeof raw === 'string' ? raw : raw == null ? '' : String(raw);
  // Lone surrogates and NUL cannot be stored in PostgreSQL text; make the string well-formed first.
  const cleaned = text.toWellFormed().normalize('NFC').replace(controlCharacters, '').replace(/\r\n?/g, '\n');
  if (cleaned.length <= maximumLength) return { text: cleaned };
  return { text: cleaned.slice(0, maximumLength), truncatedTo: maximumLength };
}
