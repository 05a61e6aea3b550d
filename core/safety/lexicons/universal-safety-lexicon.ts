import { G, type SafetyLexicon } from '../safety-lexicon.js';

/*
 * Languages the intake does not speak but residents of Dutch neighbourhoods write (Somali,
 * Tigrinya, Amharic, Farsi and Dari, Russian, Bulgarian, French, Spanish, Portuguese, Romanian, German): only plain
 * statements, so that such a message still gets the numbers in English and Dutch. Folded like
 * every lexicon: Farsi's zero-width non-joiner becomes a space, its yeh and kaf the Arabic ones.
 * Russian in Cyrillic and Latin letters is read by the Ukrainian lexicon, which knows it. The plain
 * families kept here: wanting to die, to end it or not to wake up, a bridge or pills with that
 * intent; a threat to kill, being beaten, a knife; someone not breathing, unconscious, bleeding a
 * lot, or who took many pills and will not wake. Threats to kill need a telling verb or a knife
 * ("a dit qu'il va me tuer"), because "ma mère va me tuer" is said of bad marks.
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
      'suicid\\p{L}*',
      // Killing oneself, said by the one who would do it: not "il va me tuer", not "ameaçou me matar" (threats, below).
      `(?:je|jai|jvais|envie de|pense a|penser a|veux|vais|voudrais|vouloir) ${G(2)}me tuer`, 'en finir', `(?:envie de|veux|voudrais) ${G(1)}mourir`, 'plus envie de vivre', `(?:ne )?veux plus vivre`, 'no quiero seguir viviendo', 'quiero morirme', `(?:quero|vou|penso em|pensando em|vontade de|queria|tentei|tentar) ${G(1)}me matar`, `(?:quiero|voy a|pienso en|pensando en|ganas de|quisiera|intente|intentar) ${G(1)}matarme`, `quiero ${G(1)}morir`, 'no quiero vivir', `quero ${G(1)}morrer`, 'nao quero (?:mais )?viver',
      // Somali: tired of this life, not wanting to wake up tomorrow.
      `ka daalay nolosh\\p{L}*`, `(?:ma doonayo|ma rabo|ma rabto) ${G(1)}(?:inaan|in aan) ${G(2)}soo toosto`,
      // Farsi and Dari: not wanting to wake up, jumping from a bridge, ending one's life.
      `نمی ?(?:خواهم|خوام) ${G(2)}بیدار (?:شوم|بشم)`, `از (?:پل|بالای پل|پشت بام|بام) ${G(1)}(?:بپرم|میپرم|می پرم|خودمو بندازم|خودم را بیندازم)`, `به زندگی(?:م| ام| خودم) ${G(1)}پایان (?:بدم|بدهم|میدم|می دهم)`,
      // Tigrinya and Amharic: to end one's life.
      'ህይወተይ ከብቅዕ', 'ሕይወቴን ማጥፋት',
      // Bulgarian: to end one's life or everything from the bridge, to jump, not to wake up.
      `(?:да )?сложа край на (?:живота си|себе си|всичко)`, `(?:да )?свърша (?:с живота си|със себе си)`, `свърша с всичко ${G(3)}(?:моста|покрива|блока|влака|релсите)`,
      `(?:да )?скоча (?:от|под) (?:моста|покрива|блока|терасата|прозореца|влака)`, `не искам ${G(1)}да се събудя(?! (?:a|al|la|lo|los|las|o|os|as|temprano|pronto|tarde|cedo|devreme|dimineata|рано|koran)(?![\\p{L}\\p{N}]))`,
      // French, Spanish, Portuguese, Romanian: not wanting to wake up, a bridge, ending one's life.
      `(?:veux|voudrais|envie de) ${G(1)}(?:ne )?(?:plus|pas) (?:me )?reveiller`, `(?:sauter|me jeter) (?:du|dun|d un|de ce) pont`, `me jeter sous (?:un|le) (?:train|metro)`,
      `(?:no quiero|quisiera no) (?:volver a )?despertar(?:me)?(?! (?:a|al|la|lo|los|las|o|os|as|temprano|pronto|tarde|cedo|devreme|dimineata|рано|koran)(?![\\p{L}\\p{N}]))`, `(?:tirarme|lanzarme|aventarme) (?:de|del|desde) (?:un |el )?(?:puente|edificio|techo)`, `quitarme la vida`, `acabar con mi vida`,
      `nao quero (?:mais )?acordar(?! (?:a|al|la|lo|los|las|o|os|as|temprano|pronto|tarde|cedo|devreme|dimineata|рано|koran)(?![\\p{L}\\p{N}]))`, `(?:pular|me jogar|jogar me) (?:da|de uma|de cima da) ponte`, `tirar a minha (?:propria )?vida`, `acabar com a minha vida`,
      `nu (?:mai )?vreau sa ma (?:mai )?trezesc(?! (?:a|al|la|lo|los|las|o|os|as|temprano|pronto|tarde|cedo|devreme|dimineata|рано|koran)(?![\\p{L}\\p{N}]))`, `sa (?:mi|imi) iau viata`, `sa pun capat (?:vietii|zilelor)`, `sa ma arunc (?:de pe|de la|in fata) (?:pod|bloc|acoperis|tren)\\p{L}*`,
      // Hungarian: suicide, wanting to die, not wanting to live or wake up, ending one's life.
      'ongyilkos\\p{L}*', `meg akarok halni`, `nem akarok ${G(1)}(?:elni|felebredni)(?! (?:a|al|la|lo|los|las|o|os|as|temprano|pronto|tarde|cedo|devreme|dimineata|рано|koran)(?![\\p{L}\\p{N}]))`, `megolom magam`, `veget vetek ${G(1)}(?:az eletemnek|mindennek)`, `leugrom a ${G(1)}(?:hidrol|hazrol|tetorol)`,
      // Lithuanian: "tomorrow I will be no more"; Hungarian: pills gathered into a box.
      `(?:rytoj|siandien|siandiena|sianakt|sia nakti) manes (?:jau )?nebebus`, `(?:gyogyszereimet|gyogyszereim|tablettaimat|tablettaim|altatoimat|altatoim) ${G(3)}(?:gyujtottem|osszegyujtottem|gyujtom|felhalmoztam)`, `(?:osszegyujtottem|gyujtottem|felhalmoztam) ${G(1)}(?:a )?(?:gyogyszereimet|tablettaimat|altatoimat)`,
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
      // Somali: he broke my arm; Romanian: pulls mum by the hair; Portuguese: pushed or beat me; Farsi: beat with a belt; Kurmanji: showed me a knife.
      `(?:gacanta|gacmaha|lugta|sanka|ilkaha|feedha|madaxa) (?:ayuu|ayay|ayey) iga jabi\\p{L}*`, `(?:o|ma|ne|il) (?:trage|tragea|a tras|apuca) (?:\\S+ ){0,2}?de par`,
      `(?:ele|ela|marido|namorado|pai|mae|companheiro|padrasto|ex) (?:\\S+ )?me (?:empurrou|bateu|agrediu|estrangulou|esganou|esmurrou|espancou)`, `me (?:empurrou|jogou|prensou) contra (?:a|o) (?:parede|porta|chao|armario)`, `با (?:کمربند|چوب|مشت|لگد|شلنگ) ${G(2)}(?:زد|میزنه|می زنه|می زند|کتکم زد)`,
      `ker\\p{L}* ${G(1)}nisan\\p{L}* (?:min|me) (?:da|dide|dan)`, `(?:گفتند|گفتن|گفتند که|گفتن که) ${G(2)}(?:اگر|اگه) ${G(10)}(?:مرا|منو|من را) ${G(1)}(?:می ?کشند|می ?کشن|بکشند)`,
      'ma bate', `(?:schlagt|schlaegt) ${G(1)}mich`, 'hausliche gewalt',
      // Papiamento: someone is hitting or beating her, him or me ("e kasá ta dal e").
      `(?:kasa|esposo|homber|ruman|tata|mama|e|el|nan) ta (?:dal|bati|maltrata) (?:mi|e|nan|su|mi yu|e mucha)`,
      // A threat to kill, told with a telling verb, or a knife shown.
      `(?:hanjab\\p{L}*|igu hanjabay) ${G(3)}(?:dil\\p{L}*|mindi\\p{L}*)`, `(?:mindi|middi) ${G(2)}(?:igu|ku) ${G(1)}(?:hanjab\\p{L}*|dhufay|taagay|tusay)`,
      `(?:گفته|گفت|میگه|می گوید|می گه|تهدید) ${G(2)}(?:اگر|اگه) ${G(10)}(?:مرا|منو|من را|ما را|مارو) ${G(1)}(?:می ?کشد|می ?کشه|می ?کشن|می ?کشند|بکشد|بکشه)`, `تهدید ${G(3)}به (?:کشتن|مرگ|قتل)`, `تهدید ${G(4)}(?:مرا|منو|من را|ما را|مارو) ${G(1)}(?:بکشد|بکشه|می ?کشد|می ?کشه)`, 'ክቐትለኒ', 'ይቐትለኒ', 'ሊገድለኝ', 'ይገድለኛል', `چاقو ${G(3)}(?:نشانم|نشونم|نشان داد|نشون داد|کشید|گذاشت|زد)`,
      `заплаш\\p{L}* ${G(2)}(?:да )?(?:ме |нас )?(?:убие|убия|нож\\p{L}*)`, `(?:с|със) нож ${G(2)}(?:ме |нас )?(?:заплаши|нападна|гони|заплашва)`,
      `menac\\p{L}* ${G(3)}(?:me tuer|nous tuer|de mort)`, `(?:avec|a) un couteau ${G(3)}(?:menace|me menace|sur moi|contre moi)`, `(?:menace|me menace) ${G(3)}(?:avec )?un couteau`,
      `amenaz\\p{L}* (?:con |que )?(?:me |nos )?(?:va a )?(?:matarme|matarnos|matar)`, `(?:con|un) cuchillo ${G(3)}(?:me amenazo|me amenaza|contra mi)`, `me amenazo con (?:un )?cuchillo`,
      `amea\\p{L}* (?:de )?(?:que )?(?:vai )?(?:me|nos) matar`, `(?:com|uma) faca ${G(3)}(?:me ameacou|me ameaca|contra mim)`, `me ameacou com (?:uma )?faca`,
      `(?:m a |ne a |a )?amenint\\p{L}* (?:ca )?(?:ma|ne) (?:omoara|omoare|va omori)`, `(?:cu )?cutitul ${G(3)}(?:m a amenintat|ma ameninta|a amenintat)`,
      `(?:ferjem|parom|elettarsam|apam|apukam|baratom|nevelo ?apam) (?:engem |minket |minden nap |mindig |folyton )?(?:ver|megver|vert|megvert|bantalmaz\\p{L}*|veri)`, `(?:engem|minket|a gyerekeket) ${G(1)}(?:ver|megver|vert|megvert|veri)`, `(?:azzal )?fenyeget\\p{L}* ${G(2)}(?:hogy )?(?:megol|meg fog olni|megolnek)`, `kessel fenyeget\\p{L}*`,
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
      // Cannot wake someone, many pills taken, a lot of blood, blue lips.
      `\\p{L}*arriv\\p{L}* (?:pas|plus) a (?:le |la |les )?reveiller`, `(?:a pris|a avale|pris|avale) ${G(1)}(?:beaucoup de|trop de|plein de|toute la boite de|tous ses|toutes ses) (?:medicaments|cachets|pilules|comprimes)`, `(?:perd|perdu) beaucoup de sang`, `levres (?:bleues|violettes)`,
      `no (?:puedo|podemos|consigo|logro) despertarl[oa]`, `(?:mucha|muchisima) sangre(?! fria)`, `labios (?:morados|azules)`,
      `nao (?:consigo|consigo mais|conseguimos) acorda (?:lo|la)`, `(?:muito|muitissimo) sangue(?! frio)`, `sangrando muito`, `labios (?:roxos|azuis)`,
      `buzele (?:vinete|albastre|mov)`, `si a pierdut cunostinta`, `(?:sangereaza|singereaza) (?:foarte )?(?:mult|tare)`, `nu (?:il|o) (?:pot|putem) trezi`, `nu reusesc sa (?:il|o) trezesc`,
      `не (?:мога|можем) да (?:го|я) (?:събудя|събудим)`, `(?:много|силно) (?:кърви|кръв)`, `изпи ${G(1)}(?:много|всички|куп) ${G(1)}(?:хапчета|лекарства|таблетки)`,
      `dhiig (?:badan|fara badan)`, `(?:kiniin|kaniin)\\p{L}* (?:badan|dhan) ${G(2)}(?:liqay|liqday|cunay|qaatay)`,
      `(?:خون زیاد\\p{L}*|خونریزی (?:شدید|زیاد)|خون ${G(1)}بند نمیاد|خون ${G(1)}بند نمی ?آید)`, `نفس نمی ?(?:کشد|کشه)`, `(?:قرص|دارو|تابلیت)\\p{L}* (?:زیاد|زیادی) ${G(1)}(?:خورده|خورد)`,
      'ብዙሕ ደም', 'ብዙ ደም',
      `nem (?:lelegzik|legzik|kap levegot)`, `eszmeletlen\\p{L}*`, `nem tudom felebreszteni`, `(?:nagyon|eros\\p{L}*) verzik`, `sok gyogyszert ${G(1)}(?:vett be|bevett|nyelt le|lenyelt)`, `kek (?:az ajka|ajk\\p{L}*)`,
      // A fall and then not getting up, vomiting or confused; collapsed and blue; smoke from a house with someone inside; a small child who ate pills.
      `a cazut ${G(8)}(?:a vomitat|vomita|nu mai stie unde|nu stie unde|nu se mai poate ridica)`, `a kai ${G(6)}no por (?:lanta|move)`, `se (?:desplomo|desmayo) ${G(6)}(?:morado|azul|no respira|respira (?:muy )?raro)`,
      `ወዲቑ ${G(4)}(?:ኣይዛረብን|ኣይሰምዕን)`, `madax\\p{L}* ${G(1)}dhiig (?:ayaa )?ka (?:socda|imanaya|daadanaya)`, `dukhan ${G(2)}(?:itteffegh\\p{L}*|iteffegh\\p{L}*|yeffegh\\p{L}*)`,
      `(?:beti|beta|bacha|bachi|bachcha|bachchi|munna|munni|usne) ${G(6)}goliyan kha (?:li|gayi|gaya|liya)`,
      'ne respire (?:plus|pas)', 'inconscient\\p{L}*', 'au feu', 'no respira', 'inconsciente', 'incendio', 'nao respira', 'nu respira', 'incendiu', 'atmet nicht', 'bewusstlos',
    ],
  },
  // Laboured breathing or a fall told without more: asked about, not answered as an emergency.
  concern: {
    // Plainly a farewell in words the intake does not speak: "from today I am no longer your problem", "tonight I go to the railway", "I won't be a burden any more", "nobody will miss me".
    suicide: ['ጸገም ኣይኮንኩምን', `መገዲ ባቡር ${G(1)}ክኸይድ`, `bojh nahi (?:banunga|banungi|banoonga)`, `senkinek nem fogok hianyozni`, `(?:caawa|berri) buundada (?:ayaan|waan) (?:tagayaa|aadayaa)`, `(?:ez e|eze) herim ser (?:reya|rela|hesin) tren\\p{L}*`, `(?:мне|мені) (?:уже|вже) не (?:помочь|допомогти)`],
    // A relative who took the card and no longer lets her speak on the phone; a child told not to tell mum.
    // "Dad, don't" screamed by a child (Bulgarian) next door.
    violence: [`(?:тате|татко|мамо) недей`, `(?:i a luat|ia luat) (?:cardul|banii|pensia|buletinul|pasaportul) ${G(8)}nu (?:o|il|ma) (?:mai )?lasa`, `به (?:مامان|مادر|بابا|پدر)\\p{L}* ${G(1)}نگو`], emergency: [`(?:pas vue?|pas vu) depuis (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\\d+ jours|plusieurs jours|des jours)`, `respira (?:greu|cu greu|foarte greu)`, `respire (?:mal|difficilement|bizarre|bizarrement)`, `respira (?:mal|con dificultad|raro)`, `respira com dificuldade`, `трудно диша`, `nehezen (?:lelegzik|kap levegot)`] },
  // Farewells told as a story in languages the intake does not speak: things given away or affairs settled, a letter left, and a time or a place that ends it. Two of them ask the safety question.
  signals: {
    suicide: [
      [`(?:оставих|дадох|раздадох|подарих) ${G(3)}(?:ключовете|колата|кучето|котката|нещата си|всичко)`, `(?:همه چیز\\p{L}*|لپ ?تاپ\\p{L}*|گوشی\\p{L}*|ماشین\\p{L}*) ${G(4)}(?:بخشیدم|دادم)`, `(?:ya )?regale (?:mis|todas mis|todo)`,
        `donne (?:mes|toutes mes) affaires`, `(?:dei|doei) (?:as minhas|todas as minhas|tudo)`, `am dat (?:tot|toate lucrurile)`],
      [`написах ${G(2)}писм\\p{L}*`, `نامه ${G(4)}نوشتم`, `(?:laisse|ecrit) une lettre(?! de (?:motivation|candidature|reclamation|recommandation))`, `(?:deje|escribi) una carta`, `(?:deixei|escrevi) uma carta`, `am (?:scris|lasat) o scrisoare`, `atsisveikinimo`],
      [`утре няма да (?:отида|ида|ходя)`, `нито вдругиден`, `امشب ${G(3)}تموم (?:میشه|می شه|می شود)`, `(?:manana|esta noche) vuelvo`, `puente ${G(4)}mirar el agua`, `le pont ${G(8)}(?:regarde|depuis des heures)`, `je voulais (?:juste )?que quelqu un sache`],
    ],
  },
  // The same stems are English and Dutch words too: their negations are not a statement here either.
  figurative: [`(?:not|never|no|niet|nooit|geen|pas|nunca) ${G(1)}suicid\\p{L}*`, 'zelfmoordpreventie', 'suicide prevention',
    // A topic, not a statement ("a documentary about suicide", "training on recognising suicidal signs"), as the English and Dutch lexicons read it.
    `(?:documentary|docu|documentaire|film|movie|serie|series|podcast|boek|book|article|artikel|spreekbeurt|werkstuk|presentation|presentatie|lecture|talk|training|workshop|course|cursus) ${G(4)}(?:about|over|on|of|sur|sobre) ${G(1)}suicid\\p{L}*`, `(?:recognise|recognize|spot|spotting|warning signs|signalen|herkennen) ${G(4)}suicid\\p{L}*`, `suicid\\p{L}* (?:signalen|signs|gedrag|gedachten|behaviour|behavior) ${G(4)}(?:herkennen|signaleren|recognise|recognize|spot|spotten)`,
    `nem (?:vagyok |akarok |leszek )?ongyilkos\\p{L}*`, `ongyilkossag ?megelozes\\p{L}*`],
  bystander: [],
  risk: [],
  refusal: [],
};
