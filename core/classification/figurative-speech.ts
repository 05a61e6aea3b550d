/**
 * Figurative and negated phrases removed before the crisis patterns run, so that "ik lach me
 * dood" or "mijn telefoon is dood" stays quiet. Only whole, clearly harmless phrases are listed:
 * when in doubt the crisis check should fire, so this list errs towards short.
 */
const G = (maximum: number) => `(?:\\S+ ){0,${maximum}}?`;
const object = '(?:telefoon|mobiel|gsm|batterij|accu|laptop|computer|plant|plantje|planten|auto|tv|televisie|wifi|internet|lijn|printer|tablet|ipad|phone|battery|lamp|fiets)';

export const figurativePatterns: string[] = [
  `(?:lach|lachen|lachte|schrik|schrok|schrikken|verveel|verveelde|vervelen|werk|werken|schaam|schaamde|ergerde|erger) ${G(1)}(?:me|mij|mezelf|ons|je) ${G(1)}(?:dood|rot|het apelazarus)`,
  `${object} ${G(2)}(?:is|was|ging|gaat|lijkt) ${G(2)}dood`, 'dood op', 'doodmoe', 'doodziek', 'doodsbang', 'doodeng', 'doodnormaal',
  `ga ${G(1)}dood van (?:de )?(?:honger|dorst|kou|warmte|hitte|verveling|schaamte|het lachen)`,
  `(?:slaat|sloeg|slaan) ${G(1)}(?:nergens|niet|wel|alleen|ook|vooral) op`, 'slaat op (?:wat|dat|het|de|die)', 'alarm slaan', 'sla ik over',
  `slaan ${G(1)}elkaar ${G(3)}(?:spelen|spel|speelt|spelletje|voetbal|grap)`, 'mes snijdt aan twee kanten',
  `(?:brandend maagzuur|brandstof|brandweerman|brandweerkazerne|brandverzekering|brandmelder)`,
  `(?:kill|killing|killed) (?:time|it)`, `is killing me`, `dying (?:to|for)`, `(?:bored|scared|worried|tired) to death`, 'dead tired', 'dead battery',
  // Clearly negated: saying it is not so. A second, unnegated signal in the same message still fires.
  `(?:geen|nooit|niet) ${G(1)}(?:zelfmoordgedachten|suicidale gedachten|suicidaal)`, `denk ${G(1)}(?:niet|nooit) aan zelfmoord`,
  `(?:zou|ga|zal) ${self()} ${G(1)}nooit ${G(1)}(?:iets )?(?:aandoen|aan doen)`, `(?:nooit|niet) ${G(1)}${self()} ${G(1)}(?:iets )?(?:aandoen|aan doen)`,
  `wil ${G(1)}niet dood`, '(?:not|never) suicidal', `would never (?:hurt|kill|harm) ${G(0)}(?:myself|me)`,
  `zie het niet zitten (?:om|dat|met die|met het|met de)`,
  `(?:gegevens|digid|identiteit|naam|pas|pinpas|account|bankrekening) ${G(2)}(?:is|zijn|werd|worden) ${G(1)}misbruikt`,
];

function self(): string {
  return '(?:mezelf|mijzelf|mij|me)';
}
