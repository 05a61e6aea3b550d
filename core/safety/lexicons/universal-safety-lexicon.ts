import { G, type SafetyLexicon } from '../safety-lexicon.js';

/*
 * Languages the intake does not speak but residents of Dutch neighbourhoods write (Somali,
 * Tigrinya, Amharic, Farsi and Dari, Russian, Bulgarian, French, Spanish, Portuguese, Romanian, German): only plain
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
      'خودکشی', `خود(?:م|مو) ${G(1)}(?:بکشم|میکشم)`, `می ?خواهم ${G(1)}بمیرم`, `می ?خوام ${G(1)}بمیرم`, `(?:دیگه|دیگر) ${G(1)}نمی ?(?:خوام|خواهم) زنده (?:باشم|بمانم|بمونم)`,
      // Farsi and Dari: better if I were not, sleeping pills gathered (Dari جمع کدیم).
      `بهتر ${G(1)}(?:است|اس|اسه|ه)? ?(?:نباشم|بمیرم|نبودم)`, 'بهتره (?:نباشم|بمیرم)', `کاش ${G(1)}(?:نبودم|بمیرم|مرده بودم)`,
      `(?:قرص|قرصها|تابلیت|تابلیتها|تابلیت ها|دوا|دواها|داروها|قرص ها)\\p{L}* ${G(3)}(?:جمع|ذخیره|قایم) (?:کردم|کدیم|کده ام|کرده ام|میکنم|می کنم|کدم)`,
      'самоубийств\\p{L}*', 'суицид\\p{L}*', 'покончить с собой', 'покончу с собой', 'убить себя', 'убью себя', `(?:хочу|хочется) ${G(1)}умереть`, `не хочу ${G(1)}жить`, `жить ${G(1)}не хочу`,
      // Bulgarian.
      'самоубия', `(?:ще )?се самоубия`, `искам ${G(1)}да умра`, `не искам ${G(1)}да живея`, `(?:ще )?се убия`,
      // French, Spanish, Portuguese, Romanian, German.
      'suicid\\p{L}*', 'me tuer', 'en finir', `(?:envie de|veux|voudrais) ${G(1)}mourir`, 'plus envie de vivre', `(?:ne )?veux plus vivre`, 'no quiero seguir viviendo', 'quiero morirme', 'me matar', 'matarme', `quiero ${G(1)}morir`, 'no quiero vivir', `quero ${G(1)}morrer`, 'nao quero (?:mais )?viver',
      'sinucid\\p{L}*', 'sa ma (?:sinucid|omor)', `vreau ${G(1)}sa mor`, 'nu mai vreau sa traiesc', 'selbstmord', 'mich umbringen', `(?:will|mochte) ${G(1)}sterben`, 'nicht mehr leben',
    ],
    violence: [
      `garaac\\p{L}*`, `baasaboor\\p{L}* ${G(3)}qaat\\p{L}*`,
      `(?:wuu|way|aabbahay|ninkeyga|ninkaygu) ${G(2)}i garaac\\p{L}*`, 'i garaacaa', 'rabshad', 'ይወቕዓኒ', 'ይወቅዓኒ', 'ይደበድበኛል', 'ይመታኛል',
      `(?:منو|مرا|من را|ما را|مارو|بچه ها رو|بچه هارو|بچه ها را) ${G(1)}(?:می ?زن(?:ه|د|ن|ند)|کتک می ?زن\\p{L}*|زد)`, `کتک(?: می ?خورم| زد| می ?زند| می ?زنه)`, 'خشونت خانگی',
      `(?:бьет|бьёт|избивает|избил) ${G(1)}(?:меня|нас|детей|маму)`, `(?:меня|нас|детей|маму) (?:бьет|бьёт|избивает|избил)`, 'домашнее насилие', `угрожает ${G(2)}убить`,
      // Bulgarian.
      `(?:бие|пребива|преби) (?:ме|нас|децата|мама)`, `(?:ме|нас) (?:бие|пребива)`, 'домашно насилие', `заплашва ${G(2)}(?:убие|убия)`,
      `(?:me|nous) (?:frappe|bat)`, 'violence(?:s)? conjugale(?:s)?', `menace ${G(2)}(?:me tuer|de mort)`, `me (?:pega|golpea|bate|maltrata)`, 'violencia (?:domestica|de genero)', `amenaza ${G(2)}matarme`,
      'ma bate', `(?:schlagt|schlaegt) ${G(1)}mich`, 'hausliche gewalt',
    ],
    emergency: [
      'ma hadlayo', `neeftiis\\p{L}*`, 'wuu dhacay', 'ሓዊ', 'ትኪ', 'no se mueve', 'sangra mucho', 'ne bouge plus', 'saigne beaucoup',
      'ma neefsan\\p{L}*', 'buluugoob\\p{L}*', 
      // Many pills, a magnet, a battery or bleach swallowed; a child who will not wake up (taking one's own pills is left out).
      `(?:se )?(?:tomo|trago|comio|ha tomado|ha tragado|ha comido) ${G(1)}(?:todas|muchas|varias|un monton de|una caja de|un bote de|un blister de|\\d+) ${G(1)}(?:pastillas|medicamentos|pildoras|comprimidos)`,
      `(?:trago|ha tragado|se trago|se comio|bebio|se bebio) ${G(3)}(?:lejia|veneno|iman\\p{L}*|pila\\p{L}*)`, `no se (?:despierta|mueve|reacciona)(?! (?:para|a tiempo|temprano|por la manana|por las mananas))`,
      `a avale ${G(1)}(?:des|tous|toutes|plein de|une boite de|une plaquette de|\\d+) ${G(1)}(?:medicaments|cachets|pilules|comprimes)`, `a (?:avale|bu) ${G(2)}(?:javel|poison|aimant\\p{L}*|pile\\p{L}*)`, `ne se reveille (?:pas|plus)(?! (?:le matin|pour|a temps|tot))`,
      `(?:tomou|engoliu) ${G(1)}(?:todos|muitos|varios|uma caixa de|uma cartela de|\\d+) ${G(1)}(?:comprimidos|remedios|pilulas)`, `(?:engoliu|bebeu) ${G(2)}(?:lixivia|veneno|ima|imas|pilha\\p{L}*)`, `nao (?:acorda|reage)(?! (?:de manha|para|cedo|a tempo))`,
      `a inghitit ${G(1)}(?:multe|toate|o cutie de|\\d+) ${G(1)}(?:pastile|medicamente|tablete)`, `nu se (?:trezeste|misca)(?! (?:dimineata|la timp|devreme))`,
      `наглотал\\p{L}* ${G(1)}(?:таблет\\p{L}*|лекарств\\p{L}*)`, `проглотил\\p{L}* ${G(2)}(?:магнит\\p{L}*|батарейк\\p{L}*)`, 'не просыпается', 'не диша', 'в безсъзнание', 'не реагира',
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
