import { compileWordPatterns, someWindow } from './pattern-set.js';

const G = (maximum: number) => `(?:\\S+ ){0,${maximum}}?`;
const utility = '(?:gas|stroom|energie|water|licht|elektriciteit|electriciteit|verwarming|internet)';
const soon = '(?:morgen|overmorgen|vandaag|deze week|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|tomorrow|today|this week|monday|tuesday|wednesday|thursday|friday)';

/** This-week trouble (docs/residents/intake.md): eviction, cut-off, no food, no bed tonight, a bailiff with a date. */
const urgentPatterns = [
  'uitzetting', 'huisuitzetting', 'uitgezet', 'ontruiming', 'ontruimd', 'ontruimen', `uit ${G(2)}huis ${G(1)}(?:gezet|zetten|gegooid|geschopt)`,
  'evict\\p{L}*', 'kicked out', `op straat ${G(1)}(?:gezet|gegooid|geschopt|staan|slapen|terecht)`,
  `${utility} ${G(5)}(?:afgesloten|afsluiten|afsluiting|dichtgedraaid)`, `(?:afsluiting|afgesloten|afsluiten) ${G(3)}${utility}`,
  `${utility}afsluiting`, `sluiten ${G(3)}${utility} af`, `${utility} ${G(3)}(?:cut off|disconnected|shut off)`, `(?:cut off|disconnect\\p{L}*|shut off) ${G(3)}${utility}`,
  `(?:geen|niks|niets) ${G(3)}(?:eten|te eten|voedsel)`, 'honger', 'no food', 'nothing to eat', 'hungry',
  `(?:vannacht|vanavond|tonight) ${G(6)}(?:slapen|slaapplek|op straat|nergens|geen plek|sleep|street)`,
  `(?:slaapplek|slapen|op straat|nergens|sleep) ${G(6)}(?:vannacht|vanavond|tonight)`, 'geen slaapplek', `nergens ${G(1)}te slapen`, 'nowhere to sleep',
  `(?:deurwa\\p{L}*|bailiff) ${G(8)}${soon}`, `${soon} ${G(6)}(?:deurwa\\p{L}*|bailiff)`,
];
const urgent = compileWordPatterns(urgentPatterns);

/** True when a message names trouble that has to be handled this week. */
export function isUrgentInWords(words: readonly string[]): boolean {
  return someWindow(words, (windowText) => urgent.test(windowText));
}
