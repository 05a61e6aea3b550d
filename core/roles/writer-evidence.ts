/**
 * Who is writing, as far as the message tells: a parent about their child, or a young person
 * about themselves, and an age when the resident gives one ("ik ben 15", "I'm 70").
 */
const childWords =
  /(?<![\p{L}])(?:mijn|onze|ons|my|our)\s+(?:zoon|zoontje|dochter|dochtertje|kind|kinderen|puber|tiener|stiefzoon|stiefdochter|pleegkind|son|daughter|child|children|kid|kids|teenager)(?![\p{L}])|(?<![\p{L}])(?:oğlum|kızım|çocuğum|çocuklarım|ابني|ابنتي|أطفالي|mój syn|moja córka|moje dziecko|мій син|моя донька|моя дочка|моя дитина)/iu;
const ageStatement = /(?<![\p{L}])(?:ik ben|i am|i'm|im|ben|mam|мені)\s+(\d{1,3})(?:\s*(?:jaar|years|yaşındayım|lat|років|роки))?(?![\d])/iu;
const ageSuffix = /(?<!\d)(\d{1,3})\s*(?:yaşındayım|عامًا|عاما|سنة)/u;

export interface WriterEvidence {
  parentWriting: boolean;
  age: number | null;
}

export function writerEvidence(text: string): WriterEvidence {
  const match = ageStatement.exec(text) ?? ageSuffix.exec(text);
  const age = match ? Number(match[1]) : null;
  return { parentWriting: childWords.test(text), age: age !== null && age > 5 && age < 115 ? age : null };
}
