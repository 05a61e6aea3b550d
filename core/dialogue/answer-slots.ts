/** People a resident can lean on, or the lack of them: what belongs in "Netwerk". */
const networkWords =
  /\b(?:zus|zusje|broer|broertje|moeder|mama|vader|papa|ouders|vriend|vriendin|vrienden|buurvrouw|buurman|buren|kinderen|dochter|zoon|familie|partner|man|vrouw|oma|opa|tante|oom|collega|kerk|moskee|niemand|geen familie|geen vrienden|alleen|sister|brother|mother|mum|mom|father|dad|parents|friend|friends|neighbou?rs?|children|daughter|son|family|husband|wife|nobody|no one|alone)\b/iu;

/** Sentences, or parts joined by "en" / "maar" / "and" / "but", so that one answer can fill two fields. */
function parts(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|(?:,|\s+(?:en|maar|and|but|ve|ama|و|i|ale|і|але))\s+(?=(?:mijn|m'n|mn|ik|my|i|niemand|nobody|geen|de|het|mn|me)\b)/iu)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * An answer to the pending question goes to its own field, or to none (docs/residents/intake.md: a field stays
 * empty rather than hold the wrong answer). A question that asks for two things ("wat heb je al
 * geprobeerd, en wie kan helpen?") splits the answer: what names people goes to the network, the
 * rest to what was tried.
 */
export function answerSlots(slots: readonly string[], text: string): Record<string, string> {
  const answer = text.slice(0, 300);
  if (!(slots.includes('tried') && slots.includes('network'))) return Object.fromEntries(slots.map((slot) => [slot, answer]));
  const split = parts(answer);
  const network = split.filter((part) => networkWords.test(part));
  const tried = split.filter((part) => !networkWords.test(part));
  // All of one kind: the answer as written.
  if (network.length === 0) return { tried: answer };
  if (tried.length === 0) return { network: answer };
  return { tried: tried.join(' '), network: network.join(' ') };
}
