/**
 * Facts a worker needs in the first minute, taken word for word from a resident's message
 * (docs/residents/intake.md "What a worker receives"): amounts, deadlines as a date, organisations, and the people
 * involved with their ages. Deterministic and offline; Dutch and English words, digits in any
 * language.
 */
export interface CaseFacts {
  amounts: Array<{ euros: number; text: string }>;
  deadlines: Array<{ date: string; text: string }>;
  organisations: string[];
  people: Array<{ role: string; age: number | null }>;
}

export const noFacts: CaseFacts = { amounts: [], deadlines: [], organisations: [], people: [] };

/** Canonical Dutch names, as a worker writes them, with the words residents use for them. */
const organisationWords: ReadonlyArray<readonly [string, RegExp]> = [
  ['deurwaarder', /\bdeurwaa?r?ders?\b|\bbailiffs?\b/],
  ['incassobureau', /\bincasso\w*\b|\bdebt collectors?\b|\bcollection agency\b/],
  ['woningcorporatie', /\bwoning(?:bouw|corporatie|bouwvereniging)\w*\b|\bhousing (?:association|corporation)\b/],
  ['verhuurder', /\bverhuurder\b|\bhuisbaas\b|\blandlord\b/],
  ['UWV', /\buwv\b/],
  ['CJIB', /\bcjib\b/],
  ['Belastingdienst', /\bbelasting(?:dienst)?\b|\btax office\b/],
  ['Dienst Toeslagen', /\btoeslag(?:en)?\b|\bhuurtoeslag\b|\bzorgtoeslag\b|\bkinderopvangtoeslag\b/],
  ['gemeente', /\bgemeente\b|\bmunicipality\b|\bcity council\b/],
  ['DUO', /\bduo\b/],
  ['IND', /\bind\b/],
  ['SVB', /\bsvb\b/],
  ['waterschap', /\bwaterschap\b/],
  ['energieleverancier', /\benergie(?:leverancier|bedrijf|maatschappij)\b|\beneco\b|\bvattenfall\b|\bessent\b|\benergy (?:company|supplier)\b/],
  ['zorgverzekeraar', /\bzorgverzekera(?:ar|ring)\b|\bhealth insurer\b/],
  ['huisarts', /\bhuisarts\b|\bgp\b|\bdoctor\b|\bdokter\b/],
  ['school', /\bschool\b/],
  ['werkgever', /\bwerkgever\b|\bbaas\b|\bemployer\b/],
  ['politie', /\bpolitie\b|\bpolice\b/],
  ['Veilig Thuis', /\bveilig thuis\b/],
  ['bewindvoerder', /\bbewindvoer\w*\b/],
  ['schuldhulpverlening', /\bschuldhulp\w*\b/],
  ['rechter', /\brechter\b|\brechtbank\b|\bcourt\b/],
  ['voedselbank', /\bvoedselbank\b|\bfood ?bank\b/],
];

const roleWords: ReadonlyArray<readonly [string, RegExp]> = [
  ['zoon', /\b(?:zoon|zoontje|son)\b/],
  ['dochter', /\b(?:dochter|dochtertje|daughter)\b/],
  ['kind', /\b(?:kind|kindje|kinderen|child|children|kids?)\b/],
  ['baby', /\bbaby\b/],
  ['partner', /\b(?:partner|man|vrouw|echtgeno(?:ot|te)|vriend|vriendin|husband|wife|boyfriend|girlfriend)\b/],
  ['moeder', /\b(?:moeder|mama|mam|mother|mum|mom)\b/],
  ['vader', /\b(?:vader|papa|pa|father|dad)\b/],
  ['opa of oma', /\b(?:opa|oma|grandfather|grandmother|grandad|grandma)\b/],
  ['buurman of buurvrouw', /\b(?:buurman|buurvrouw|neighbou?r)\b/],
  ['broer of zus', /\b(?:broer|broertje|zus|zusje|brother|sister)\b/],
];

const weekdays: Record<string, number> = {
  zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
const months: Record<string, number> = {
  januari: 0, februari: 1, maart: 2, april: 3, mei: 4, juni: 5, juli: 6, augustus: 7, september: 8, oktober: 9, november: 10, december: 11,
  jan: 0, feb: 1, mrt: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, okt: 9, nov: 10, dec: 11,
  january: 0, february: 1, march: 2, may: 4, june: 5, july: 6, august: 7, october: 9,
};
const ordinals: Record<string, number> = {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10, elfde: 11, twaalfde: 12,
  dertiende: 13, veertiende: 14, vijftiende: 15, zestiende: 16, zeventiende: 17, achttiende: 18, negentiende: 19, twintigste: 20,
  eenentwintigste: 21, tweeentwintigste: 22, drieentwintigste: 23, vierentwintigste: 24, vijfentwintigste: 25, zesentwintigste: 26,
  zevenentwintigste: 27, achtentwintigste: 28, negenentwintigste: 29, dertigste: 30, eenendertigste: 31,
};
const numberWords: Record<string, number> = { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** Calendar days, in UTC, of the message's date in the Netherlands' sense of "today" (close enough for a deadline). */
function addDays(base: Date, days: number): Date {
  return new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), base.getUTCDate() + days));
}
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function plain(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/\s+/g, ' ');
}

function parseAmount(raw: string): number | null {
  // 2.400,50 and 2,400.50 and 310 and 310,-
  const cleaned = raw.replace(/[,.]-$/, '').replace(/\s/g, '');
  const dutch = /^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$|^\d+,\d{1,2}$/.test(cleaned);
  const value = dutch ? Number(cleaned.replace(/\./g, '').replace(',', '.')) : Number(cleaned.replace(/,(?=\d{3}\b)/g, ''));
  return Number.isFinite(value) && value > 0 && value < 10_000_000 ? value : null;
}

function amounts(text: string): CaseFacts['amounts'] {
  const found: CaseFacts['amounts'] = [];
  const pattern = /(?:€|eur(?:o)?\b)\s?(\d[\d.,]*(?:,-)?)|(\d[\d.,]*(?:,-)?)\s?(?:€|euro'?s?\b|eur\b)/gi;
  for (const match of text.matchAll(pattern)) {
    const euros = parseAmount(match[1] ?? match[2] ?? '');
    if (euros !== null && !found.some((amount) => amount.euros === euros)) found.push({ euros, text: match[0].trim() });
  }
  return found;
}

function nextWeekday(base: Date, weekday: number, strictlyAfter = true): Date {
  const today = base.getUTCDay();
  let offset = (weekday - today + 7) % 7;
  if (offset === 0 && strictlyAfter) offset = 7;
  return addDays(base, offset);
}

function dateFromDayAndMonth(base: Date, day: number, month: number, year?: number): Date | null {
  if (day < 1 || day > 31 || month < 0 || month > 11) return null;
  let candidate = new Date(Date.UTC(year ?? base.getUTCFullYear(), month, day));
  // "7 december" said in January means the coming one only when no year is given and it has passed.
  if (year === undefined && candidate < addDays(base, -1)) candidate = new Date(Date.UTC(base.getUTCFullYear() + 1, month, day));
  return candidate;
}

function deadlines(text: string, at: Date): CaseFacts['deadlines'] {
  const lower = plain(text);
  const found: CaseFacts['deadlines'] = [];
  const add = (date: Date | null, words: string) => {
    if (date && !found.some((deadline) => deadline.date === isoDate(date))) found.push({ date: isoDate(date), text: words.trim() });
  };
  for (const match of lower.matchAll(/\b(\d{1,2})[-/](\d{1,2})(?:[-/](\d{2,4}))?\b/g)) {
    const year = match[3] ? Number(match[3].length === 2 ? `20${match[3]}` : match[3]) : undefined;
    add(dateFromDayAndMonth(at, Number(match[1]), Number(match[2]) - 1, year), match[0]);
  }
  const monthNames = Object.keys(months).join('|');
  for (const match of lower.matchAll(new RegExp(`\\b(\\d{1,2})(?:e|ste|de|th|st|nd|rd)? (${monthNames})\\b(?: (\\d{4}))?`, 'g'))) {
    add(dateFromDayAndMonth(at, Number(match[1]), months[match[2]!]!, match[3] ? Number(match[3]) : undefined), match[0]);
  }
  for (const match of lower.matchAll(new RegExp(`\\b(${monthNames}) (\\d{1,2})(?:st|nd|rd|th)?\\b`, 'g'))) {
    add(dateFromDayAndMonth(at, Number(match[2]), months[match[1]!]!), match[0]);
  }
  for (const match of lower.matchAll(/\b(?:voor|uiterlijk|op|vanaf|komende|aanstaande|a\.s\.|deze|volgende|on|by|this|next|before)? ?(zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/g)) {
    const weekday = weekdays[match[1]!]!;
    const coming = nextWeekday(at, weekday);
    // "volgende vrijdag" is the Friday of next week when this week still has one.
    const daysLeftThisWeek = (7 - at.getUTCDay()) % 7;
    const inThisWeek = (coming.getTime() - addDays(at, 0).getTime()) / 86_400_000 <= daysLeftThisWeek;
    add(/volgende|next/.test(match[0]) && inThisWeek ? addDays(coming, 7) : coming, match[0]);
  }
  for (const match of lower.matchAll(/\b(?:over|binnen|in|within) (\d+|een|twee|drie|vier|vijf|zes|a|one|two|three|four|five|six) (dag|dagen|week|weken|maand|maanden|day|days|week|weeks|month|months)\b/g)) {
    const count = Number(match[1]) || numberWords[match[1]!] || 0;
    const unit = match[2]!;
    const days = /^(?:dag|dagen|day|days)$/.test(unit) ? count : /^(?:week|weken|weeks)$/.test(unit) ? count * 7 : 0;
    if (days > 0) add(addDays(at, days), match[0]);
    else if (count > 0) add(new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + count, at.getUTCDate())), match[0]);
  }
  for (const match of lower.matchAll(/\bde (\w+ste|\w+de|\d{1,2}e)\b/g)) {
    const day = ordinals[match[1]!] ?? (/^\d{1,2}e$/.test(match[1]!) ? Number(match[1]!.slice(0, -1)) : undefined);
    if (day === undefined || day < 1 || day > 31) continue;
    const thisMonth = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), day));
    add(thisMonth >= addDays(at, 0) ? thisMonth : new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, day)), match[0]);
  }
  if (/\b(?:morgen|tomorrow)\b/.test(lower)) add(addDays(at, 1), lower.match(/\b(?:morgen|tomorrow)\b/)![0]);
  if (/\b(?:overmorgen)\b/.test(lower)) add(addDays(at, 2), 'overmorgen');
  if (/\b(?:vandaag|today)\b/.test(lower)) add(addDays(at, 0), lower.match(/\b(?:vandaag|today)\b/)![0]);
  if (/\b(?:eind(?:e)? (?:van )?(?:de|deze) maand|end of (?:the|this) month)\b/.test(lower)) {
    add(new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)), lower.match(/\b(?:eind(?:e)? (?:van )?(?:de|deze) maand|end of (?:the|this) month)\b/)![0]);
  }
  if (/\b(?:volgende week|next week)\b/.test(lower)) add(nextWeekday(at, 1), lower.match(/\b(?:volgende week|next week)\b/)![0]);
  return found.sort((left, right) => left.date.localeCompare(right.date));
}

function organisations(text: string): string[] {
  const lower = plain(text);
  return organisationWords.filter(([, pattern]) => pattern.test(lower)).map(([name]) => name);
}

function people(text: string): CaseFacts['people'] {
  const lower = plain(text);
  const found: CaseFacts['people'] = [];
  for (const [role, pattern] of roleWords) {
    const global = new RegExp(pattern.source, 'g');
    for (const match of lower.matchAll(global)) {
      const after = lower.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 20);
      const age = /^\s*(?:\(|van |of |is |,\s*)?(\d{1,3})(?:\)|\s*(?:jaar|jr|years?|y\.?o\.?|\b))/.exec(after);
      const years = age ? Number(age[1]) : null;
      if (!found.some((person) => person.role === role && person.age === years)) found.push({ role, age: years !== null && years <= 110 ? years : null });
    }
  }
  return found;
}

/** The facts of one message; `at` is when it was written, for "vrijdag" or "over 2 weken". */
export function extractFacts(text: string, at: Date): CaseFacts {
  return { amounts: amounts(text), deadlines: deadlines(text, at), organisations: organisations(text), people: people(text) };
}

/** Facts of several messages together, each kept once. */
export function mergeFacts(known: CaseFacts, added: CaseFacts): CaseFacts {
  const unique = <T>(items: T[], key: (item: T) => string) => items.filter((item, index) => items.findIndex((other) => key(other) === key(item)) === index);
  return {
    amounts: unique([...known.amounts, ...added.amounts], (amount) => String(amount.euros)),
    deadlines: unique([...known.deadlines, ...added.deadlines], (deadline) => deadline.date).sort((left, right) => left.date.localeCompare(right.date)),
    organisations: unique([...known.organisations, ...added.organisations], (name) => name),
    people: unique([...known.people, ...added.people], (person) => `${person.role}:${person.age}`),
  };
}
