import { G, type SafetyLexicon } from '../safety-lexicon.js';

/*
 * Languages the intake does not speak but residents of Dutch neighbourhoods write (Somali,
 * Tigrinya, Amharic, Farsi, Russian, French, Spanish, Portuguese, Romanian, German): only plain
 * statements, so that such a message still gets the numbers in English and Dutch. Folded like
 * every lexicon: Farsi's zero-width non-joiner becomes a space, its yeh and kaf the Arabic ones.
 */
export const universalSafetyLexicon: SafetyLexicon = {
  crisis: {
    suicide: [
      `ma doonayo ${G(1)}(?:inaan|in aan) noolaado`, 'ካብዚ ዓለም', 'mieux sans moi', `(?:medicaments|cachets|pilules) de cote`, 'mejor sin mi', 'quiero desaparecer',
      // Somali, Tigrinya, Amharic.
      // Not "is dil…" alone: Turkish "iş dilekçesi" folds to the same letters.
      'isdil\\p{L}*', 'is dil(?:ay|ayaa|o|id|ka|an)\\p{L}*', 'waan is dil\\p{L}*', 'iska dil\\p{L}*', `(?:doonayaa|rabaa) ${G(1)}(?:inaan|in aan) dhinto`, 'nolosha ka daalay',
      'ርእሰይ ክቐትል', 'ክሞት ደልየ', 'ክሞት እደሊ', 'ርእሰ ቅትለት', 'ራሴን (?:መግደል|ልገድል|እገድላለሁ)', 'መሞት እፈልጋለሁ', 'ራስን ማጥፋት',
      // Farsi, Russian.
      'خودکشی', `خود(?:م|مو) ${G(1)}(?:بکشم|میکشم)`, `می ?خواهم ${G(1)}بمیرم`, `میخوام ${G(1)}بمیرم`, 'دیگه نمیخوام زنده باشم',
      'самоубийств\\p{L}*', 'суицид\\p{L}*', 'покончить с собой', 'покончу с собой', 'убить себя', 'убью себя', `(?:хочу|хочется) ${G(1)}умереть`, `не хочу ${G(1)}жить`,
      // French, Spanish, Portuguese, Romanian, German.
      'suicid\\p{L}*', 'me tuer', 'en finir', `(?:envie de|veux|voudrais) ${G(1)}mourir`, 'plus envie de vivre', 'me matar', 'matarme', `quiero ${G(1)}morir`, 'no quiero vivir', `quero ${G(1)}morrer`, 'nao quero (?:mais )?viver',
      'sinucid\\p{L}*', 'sa ma (?:sinucid|omor)', `vreau ${G(1)}sa mor`, 'nu mai vreau sa traiesc', 'selbstmord', 'mich umbringen', `(?:will|mochte) ${G(1)}sterben`, 'nicht mehr leben',
    ],
    violence: [
      `garaac\\p{L}*`, `baasaboor\\p{L}* ${G(3)}qaat\\p{L}*`,
      `(?:wuu|way|aabbahay|ninkeyga|ninkaygu) ${G(2)}i garaac\\p{L}*`, 'i garaacaa', 'rabshad', 'ይወቕዓኒ', 'ይወቅዓኒ', 'ይደበድበኛል', 'ይመታኛል',
      `(?:منو|مرا) ${G(1)}(?:میزنه|می زند|کتک میزنه)`, 'کتک(?: میخورم| زد| میزند)', 'خشونت خانگی',
      `(?:бьет|бьёт|избивает|избил) ${G(1)}(?:меня|нас|детей|маму)`, 'домашнее насилие', `угрожает ${G(2)}убить`,
      `(?:me|nous) (?:frappe|bat)`, 'violence(?:s)? conjugale(?:s)?', `menace ${G(2)}(?:me tuer|de mort)`, `me (?:pega|golpea|bate|maltrata)`, 'violencia (?:domestica|de genero)', `amenaza ${G(2)}matarme`,
      'ma bate', `(?:schlagt|schlaegt) ${G(1)}mich`, 'hausliche gewalt',
    ],
    emergency: [
      'ma hadlayo', `neeftiis\\p{L}*`, 'wuu dhacay', 'ሓዊ', 'ትኪ', 'no se mueve', 'sangra mucho', 'ne bouge plus', 'saigne beaucoup',
      'ma neefsanayo', 'miyir ?la(?:aan)?', 'ኣይተንፍስን', 'አይተነፍስም', 'نفس نمیکشه', 'بیهوش', 'не дышит', 'без сознания', 'пожар',
      'ne respire (?:plus|pas)', 'inconscient\\p{L}*', 'au feu', 'no respira', 'inconsciente', 'incendio', 'nao respira', 'nu respira', 'incendiu', 'atmet nicht', 'bewusstlos',
    ],
  },
  concern: { suicide: [], violence: [], emergency: [] },
  // The same stems are English and Dutch words too: their negations are not a statement here either.
  figurative: [`(?:not|never|no|niet|nooit|geen|pas|nunca) ${G(1)}suicid\\p{L}*`, 'zelfmoordpreventie', 'suicide prevention'],
  bystander: [],
  risk: [],
  refusal: [],
};
