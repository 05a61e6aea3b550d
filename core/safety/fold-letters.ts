const combiningMarks = /\p{M}+/gu;
const nonWordCharacters = /[^\p{L}\p{N}]+/gu;
const repeatedLetters = /(\p{L})\1{2,}/gu;
/** Letters written in more than one way by residents: Turkish dotless i, Polish ł, Arabic hamza seats, taa marbuta, alif maqsura. */
const letterVariants: Record<string, string> = {
  'ı': 'i', 'ł': 'l', 'ß': 'ss', 'ø': 'o', 'æ': 'ae',
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي', 'ئ': 'ي', 'ؤ': 'و', 'ک': 'ك', 'ی': 'ي', 'ـ': '',
  'ґ': 'г', 'ё': 'е', 'ъ': '',
};
const variantPattern = new RegExp(`[${Object.keys(letterVariants).join('')}]`, 'gu');

/** Lower case and one form per letter: the Ukrainian й and ї lose their marks like é and ş do. */
export function foldLetters(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´'ʼ]/g, '')
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(variantPattern, (letter) => letterVariants[letter] ?? letter);
}

/** The words of a message as the safety check sees them: folded, punctuation gone, "heeeelp" → "heelp". */
export function foldText(text: string): string {
  // Laughing faces are words here: "vermoordt me 😂" is told as a joke.
  return foldLetters(text.replace(/[😂🤣😅😆😹]/gu, ' haha ')).replace(nonWordCharacters, ' ').replace(repeatedLetters, '$1$1').trim();
}

/** Folds the letters outside ASCII of a pattern, so a pattern may be written with accents and still match. */
export function foldPattern(pattern: string): string {
  return pattern.replace(/[^\x00-\x7f]+/gu, (letters) => foldLetters(letters));
}
