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
 * ("a dit qu'il va me tuer"), because "ma mère va me tuer" is said of bad marks. Beside them, what
 * is asked about (concern), weak signs that ask when two come together (a farewell told as a story,
 * someone not seen for days), the past told as over ("преди години ..., сега съм добре") and
 * bystanders. French apostrophes are dropped by folding: "m'a frappée" reads "ma frappee".
 */
/** Medicines, in French, Spanish, German, Portuguese and Romanian. */
const medicines = '(?:medicaments?|cachets|pilules|comprimes|somniferes|pastillas|medicamentos|pildoras|somniferos|tabletten|medikamente|schlaftabletten|remedios|pilulas|pastile|pastilele|medicamente|medicamentele|somnifere|tablete)';
/** Put aside, saved up or hidden (not "kept in the fridge"). */
const putAside =
  '(?:mis de cote|mets de cote|garde de cote|gardees? de cote|cache|caches|cachee|cachees|stocke|stockes|accumule|accumules|amasse|aparte|apartado|apartadas|junte|juntado|juntadas|acumule|acumulado|acumuladas|escondi|escondido|escondidas|gesammelt|gehortet|versteckt|aufbewahrt|gut aufbewahrt|beiseite gelegt|zur seite gelegt|sammle|horte|juntei|acumulei|separei|am strans|am adunat|am pus deoparte|am ascuns|strang|adun)';
/** "Just in case": what makes medicines put aside a plan. */
const justInCase = '(?:au cas ou|on ne sait jamais|por si acaso|por si las moscas|fur den fall|fur alle falle|falls (?:ich|es)|caso precise|para o caso|pentru orice eventualitate|la nevoie|just in case)';
/** A knife or a gun, and the neck or the throat it is put to. */
const blade = '(?:cuchillo|navaja|pistola|couteau|lame|pistolet|flingue|messer|pistole|faca|cutit|cutitul|нож|ножа|چاقو|mindi|middi)';
const throat = '(?:cuello|garganta|gorge|cou|hals|kehle|pescoco|gat|gatul|beregata|врата|гърлото|шията|گلو|گلویش|گلوم|گردن|گردنش|qoorta|qoortiisa|qoorteeda|luqunta)';
/** Not waking, not reacting, breathing strangely or slowly: only an emergency after something taken or a party. */
const unresponsive =
  '(?:non (?:si )?(?:sveglia|reagisce|risponde)(?! (?:la mattina|presto|in tempo|per))|respira (?:male|a fatica|piano)|بیدار (?:نمیشه|نمی شه|نمی شود|نمیشود)|ma (?:toosayo|soo toosayo|kacayo)|no (?:se )?(?:despierta|reacciona)(?! (?:para|a tiempo|temprano|antes|hasta)(?![\\p{L}\\p{N}]))|respira (?:muy |super |bastante |un poco )?(?:raro|mal|lento|despacio|poco|con dificultad)|ne se reveille (?:pas|plus)|ne reagit (?:pas|plus)|respire (?:tres |super )?(?:mal|bizarre\\p{L}*|lentement|a peine|difficilement)|wacht nicht (?:mehr )?auf|reagiert nicht(?: mehr)?|atmet (?:ganz |sehr )?(?:komisch|kaum|schwach|langsam|flach)|nao (?:acorda|reage)|respira (?:muito )?(?:mal|devagar|estranho)|nu se (?:trezeste|misca)|nu reactioneaza|respira (?:foarte )?(?:greu|ciudat|rar)|не (?:се събужда|реагира)|диша (?:трудно|странно|бавно))';
/** Something taken (drugs, pills, drink) or a party. */
const tookSomething =
  '(?:ha (?:preso|bevuto|ingoiato)|(?:قرص|دارو)\\p{L}* (?:خورده|خورد)|الکل|مشروب|(?:kiniin|daawo)\\p{L}* (?:qaatay|liqay|cunay)|khamri|se (?:tomo|metio|bebio)|ha tomado|se ha tomado|metio|bebio|fiesta|discoteca|a pris|a bu|a avale|soiree|fete|teuf|genommen|geschluckt|getrunken|party|tomou|bebeu|engoliu|festa|a luat|a baut|a inghitit|petrecere|petrecerea|взе|изпи|глътна|купон\\p{L}*|парти)';
/** Days not seen or not out, in Romanian, Spanish, French, German, Portuguese, Bulgarian, Somali, Farsi. */
const daysUnseen =
  `(?:non (?:lo |la )?(?:vedo|vediamo|ho visto|abbiamo visto|esce) ${G(3)}da (?:\\d+|due|tre|quattro|cinque|alcuni|diversi|parecchi) giorni|(?:\\d+|ket|harom|negy|ot|par) napja nem (?:lattam|lattuk|lattak|jott ki|ment ki)|(?:तीन|दो|चार|पांच|कई|\\d+) दिन से ${G(3)}(?:नहीं दिख\\p{L}*|नहीं देखा|बाहर नहीं)|\\p{L}*[一二三四五六七八九十两几\\d]+天(?:没|都没|没有)(?:出门|出来|见|看到|看见|开门|露面|下楼)\\p{L}*|nu (?:l |o )?(?:a|am|au) (?:mai )?(?:iesit|vazut|deschis|fost vazut\\p{L}*) ${G(3)}(?:de|din) (?:\\d+|doua|trei|patru|cinci|sase|sapte|cateva|multe) (?:zile|saptamani|saptamana)|no (?:lo |la |le )?(?:he|hemos|han|ha)? ?(?:visto|salido|sale) ${G(3)}(?:desde hace|hace|en) (?:\\d+|dos|tres|cuatro|cinco|seis|varios|unos) dias|(?:pas vue?|pas vu|pas sorti\\p{L}*) depuis (?:\\d+|deux|trois|quatre|cinq|plusieurs|des) jours|(?:seit|schon) (?:\\d+|zwei|drei|vier|funf|mehreren|ein paar|einigen) (?:tagen|wochen) ${G(4)}nicht (?:mehr )?(?:gesehen|raus\\p{L}*|draussen)|nao (?:o |a )?(?:vejo|vi|vimos|sai|saiu) ${G(2)}(?:ha|faz) (?:\\d+|dois|tres|quatro|cinco|varios) dias|не (?:съм|сме|е) (?:я |го )?(?:виждал\\p{L}*|излизал\\p{L}*) ${G(2)}(?:от )?(?:\\d+|два|три|четири|пет|няколко) (?:дни|седмици)|(?:ma|maan) (?:arag|aragnay|arkin|arkay) ${G(3)}(?:\\d+|laba|saddex|afar|shan) (?:maalmood|maalin|toddobaad)|(?:چند|\\d+|[۰-۹]+|دو|سه|چهار|پنج) روز\\p{L}* ${G(3)}(?:ندیدم|ندیدیم|ندیده ام|بیرون نیامده|بیرون نیومده)\\p{L}*)`;
/** Not opening or answering the door or the phone. */
const noAnswer =
  `(?:\\p{L}*(?:敲门没人应|敲门没人开|没人开门|不开门|电话没人接|不接电话)\\p{L}*|nu (?:raspunde|deschide) ${G(2)}(?:la usa|la telefon|la sonerie|usa)|no (?:contesta|responde|abre) ${G(2)}(?:la puerta|el telefono|al telefono|el movil)|(?:ne repond|n ?ouvre) (?:pas|plus) ${G(2)}(?:a la porte|au telephone|la porte)|(?:macht|offnet) ${G(1)}nicht (?:auf|die tur)|geht nicht (?:ans telefon|an die tur)|nao (?:atende|abre) ${G(2)}(?:a porta|o telefone)|не (?:отваря|вдига)|(?:albaabka|taleefanka) ma (?:furo|furayo|qabto|qabanayo)|(?:در|درو|در را) (?:باز نمی ?کن\\p{L}*|باز نمی ?کند)|جواب (?:نمی ?ده|نمیده|نمی ?دهد))`;
/** A dog howling, a smell, the post piling up behind the door. */
const alarmAtDoor =
  `(?:cainele ${G(3)}(?:urla|latra|schelalaie|scheauna)|el perro ${G(3)}(?:aulla|ladra|llora)|le chien ${G(3)}(?:hurle|aboie|gemit)|(?:der )?hund ${G(3)}(?:jault|heult|bellt|winselt)|o cachorro ${G(3)}(?:uiva|late|chora)|кучето ${G(3)}(?:вие|лае|скимти)|(?:olor|odeur|geruch|miros|cheiro|миризма) (?:raro|extrano|fuerte|horrible|bizarre|etrange|forte|komisch\\p{L}*|seltsam\\p{L}*|ciudat|urat|puternic|estranho)|(?:komischer|seltsamer|strenger) geruch|(?:cutia postala|buzon|boite aux lettres|briefkasten|caixa de correio) ${G(2)}(?:plina|lleno|pleine|deborde|voll|quillt|cheia)|بوی (?:بد|عجیب|تعفن)|پشت (?:در|دروازه) جمع|riecht komisch|zeitung nicht (?:reingeholt|geholt)|rollladen (?:unten|zu))`;

/*
 * Families added after reading training files 2026-12-02 e to h and t7 (thirty languages the intake
 * does not speak), written for the way each is said rather than for one message: someone who says
 * they will kill themselves or jump (se quiere matar, disse que vai pular, говорит что прыгнет); all
 * the pills taken (am luat toate pastilele); a prayer not to wake up (Somali, Tigrinya, Amharic,
 * Dari, Pashto, Kurmanji, Chinese, Hindi, Tagalog, Papiamento, Sranan); smoke or fire coming out of a
 * home, a battery or a pan on fire; beaten or strangled in Portuguese, German, Italian, Hungarian,
 * Bulgarian, Chinese, Vietnamese, Tagalog, Urdu, Farsi, Pashto, Amharic, Tigrinya, Sranan and
 * Papiamento. Beside them, weak signs in families, two of which ask the safety question: farewell
 * words, means, a phone that is not answered; a secret a child must keep, a child, injuries, control;
 * a fall, no answer, laboured breathing, a colour, the signs of a stroke, chest pain, smoke or fire,
 * someone trapped inside.
 */
/** Someone said, wrote or threatened that they would kill themselves or jump. */
const saysWillDie =
  `(?:(?:dice|dijo|ha dicho|escribio|me escribio|amenaza con|amenazo con) (?:que )?(?:se )?(?:va a |quiere |iba a )?(?:matarse|suicidarse|quitarse la vida|tirarse|matar|suicidar)|(?:me|se|te) (?:quiero|quiere|quieres|queria) (?:matar|suicidar|morir)(?! de )|(?:quiere|quiero) matarse|(?:disse|diz|falou|escreveu|ameacou|ameaca) (?:que )?(?:vai|quer|ia) (?:pular|se matar|se jogar|morrer)|(?:quer|vai) se matar|(?:me|se) (?:quero|quer) matar|(?:a zis|zice|spune|a scris) ca (?:se )?(?:sinucide|omoara|arunca|sare)|(?:dit|a dit|ecrit|a ecrit) qu ?(?:il|elle) va (?:se tuer|sauter|se jeter)|(?:sagt|schreibt|hat gesagt|hat geschrieben) ${G(2)}(?:er|sie) (?:bringt sich um|springt|will sterben|will sich umbringen)|(?:dice|ha detto|ha scritto) che (?:si )?(?:vuole |vuol |va a )?(?:uccidere|ammazzare|buttare|buttarsi|uccidersi|ammazzarsi|saltare)|(?:azt mondta|azt irta|mondja) ${G(2)}(?:megoli magat|leugrik|ongyilkos))`;
/** Pills taken by the writer: a box, a handful, or all of them from the box or at once ("all my pills" alone is an old person's morning). */
const tookFirstPerson = '(?:am (?:luat|inghitit|baut)|me (?:he )?(?:tomado|tome|trague|he tragado)|tomei|j ?ai (?:pris|avale)|(?:ich habe|ich hab|hab)|ho (?:preso|ingoiato))';
const pillWords = '(?:(?:las |mis |les |mes |os |as |le |die |meine )?(?:pastil\\p{L}*|medicament\\p{L}*|tablet\\p{L}*|pilul\\p{L}*|somnifer\\p{L}*|pastillas|pildoras|medicamentos|comprimidos|remedios|cachets|comprimes|tabletten|pillen|medikamente|schlaftabletten|pillole|pastiglie|compresse|medicine))';
const tookAllPills =
  `(?:${tookFirstPerson} ${G(1)}(?:o cutie (?:de|cu)|un pumn de|o gramada de|doua cutii de|una caja (?:de|entera de)|un monton de|un punado de|uma caixa (?:de|inteira de)|um monte de|une boite (?:de|entiere de)|une plaquette (?:de|entiere de)|eine (?:ganze )?packung|eine schachtel|eine handvoll|una scatola (?:di|intera di)|una manciata di) ${G(1)}${pillWords}|${tookFirstPerson} ${G(1)}(?:toate|todas|todos|tous|toutes|alle|tutte|tutti) ${G(2)}${pillWords} ${G(2)}(?:din cutie|din flacon|deodata|de la caja|del bote|de una vez|da caixa|de uma vez|de la boite|d un coup|aus der packung|auf einmal|della scatola|in una volta|(?:ale|de|da|du|von) (?:mamei|mi madre|minha mae|ma mere|meiner mutter|mia madre|bunicii|mi abuela)))`;
/** Not wanting to wake up, or praying for it, in languages the intake does not speak. */
const notWakeWish =
  `(?:(?:inaanan|in aanan|inaan aan) ${G(2)}soo toos(?:in|o)|ከይበራበር|ባልነቃ|(?:دعا|کاش|ای کاش|آرزو|ارزو) ${G(6)}بیدار (?:نشوم|نشم|نشوم|نشوم)|(?:دعا|کاش) ${G(6)}ویښ نه شم|xwezi ${G(3)}siyar nebim|\\p{L}*(?:不要再醒来|不再醒来|别再醒来|不想再醒|永远不要醒)\\p{L}*|(?:सुबह )?उठूँ ही नहीं|ayoko (?:nang|na) magising|ayaw ko (?:nang|na) magising|no ke lanta mas|mi no wani opo moro|non voglio (?:piu )?svegliarmi|nem akarok (?:tobbe |soha )?felebredni|ich will nicht mehr aufwachen|ኩሉ ክውድኦ)`;
/** Not wanting to live, in the same languages. */
const notLiveWish =
  `(?:መኖር (?:አልፈልግም|ኣይደልን)|ژوند نه غواړم|نور ژوند نه|زندگی ختم کرنا (?:چاہتی|چاہتا)|नहीं जी (?:सकता|सकती)|(?:không|chang) muon song nua|không muốn sống nữa|ayoko (?:nang|na) mabuhay|gusto ko (?:nang|na) mamatay|magpakamatay|no ke biba mas|mi no wani libi moro|mi wani dede|non voglio (?:piu )?vivere|voglio morire|farla finita(?! con)|(?:uccidermi|ammazzarmi|togliermi la vita)|naxwazim bijim|ez dixwazim bimirim|\\p{L}*(?:不想活了|活不下去了|想死)\\p{L}*|मरना चाहता|मरना चाहती|مرنا چاہت\\p{L}*|ikaw na bahala sa anak ko|(?:नींद की )?(?:सारी )?गोलियाँ खा (?:लेगी|लेगा|लूँगी|लूँगा|लूंगी|लूंगा)|ٹرین کے (?:آگے|نیچے)|ट्रेन के (?:आगे|नीचे)|(?:режа|порязвам|нарязах) (?:ръцете|ръката|китките|вените|краката) си|me corto (?:los brazos|las munecas|las venas)|je me (?:coupe|scarifie)|ich ritze mich|ma tai pe (?:maini|brate)|mi taglio (?:le braccia|i polsi))`;
/** Smoke or fire coming from a home, a battery or a pan on fire. */
const fireU =
  `(?:(?:fumaca|fumo|fogo|chamas) ${G(3)}(?:saindo|sai|a sair|vindo|saiu)|(?:pegou|pegando|esta pegando|ta pegando) fogo|(?:humo|fuego|llamas) ${G(3)}(?:sale|saliendo|salia)|(?:se esta quemando|se quema|esta ardiendo|arde) (?:la|el|mi|su) (?:casa|cocina|piso|edificio|apartamento|sarten)|(?:fumee|flammes|feu) ${G(3)}(?:sort|sortent|sortait)|(?:a|ont|est|vient de) pris feu|prend feu|en feu (?:dans|chez|la cuisine|l appartement)|(?:rauch|flammen|feuer) ${G(3)}(?:kommt|kommen|dringt|quillt|schlagt|schlagen) ${G(2)}(?:aus|unter|durch)|(?:die kuche|die wohnung|das haus|der akku|die pfanne|es) brennt|(?:fum|flacari|foc) ${G(3)}(?:iese|ies|iesea)|a luat foc|(?:arde|ia foc) (?:casa|bucataria|apartamentul|blocul)|(?:fumo|fiamme|fuoco) ${G(3)}(?:esce|escono|uscendo)|(?:ha preso|prende|sta prendendo) fuoco|qiiq ${G(3)}(?:ka soo baxaya|ka baxaya|soo baxaya)|dab ${G(2)}(?:qabsaday|ka kacay)|(?:آتیش|آتش) (?:گرفته|گرفت|گرفتیم)|اور (?:لګېدلی|اخیستی)|ئاگر ${G(3)}بەربووە|\\p{L}*(?:着火|起火|冒出很多黑烟|浓烟|楼道全是烟)\\p{L}*|(?:nha|nhà|bep|bếp)\\p{L}* ${G(3)}(?:cháy|chay)(?!\\p{L})|(?:kortina|kas|kushina|kamber) ta kima|e (?:kortina|kas) ta kima|tin hopi huma|(?:a oso|oso) e bron|(?:smeri|smel) ${G(1)}(?:gas|smoko)|smoko ${G(4)}(?:fu a oso|komoto|e kon)|times ${G(3)}(?:uxxam|taddart|tigemmi)|(?:nasusunog|nasunog) ${G(2)}(?:bahay|kusina)|излиза дим|дим и искри|(?:пожар|гори) (?:в|във) (?:кухнята|апартамента|блока))`;
/** Beaten, strangled or threatened with death, in the languages above. */
const beatenU =
  `(?:(?:bate|bateu|batia|espanca|espancou) (?:nela|nele|em mim|na minha|no meu|em nos|na mae)|grita e bate|me bate(?! ${G(1)}(?:papo|bola|ponto|cartao))|(?:m a|ma) serre le cou|serre (?:le|mon) cou|(?:hat|hatte) ${G(3)}(?:zugeschlagen|gewurgt)|bring(?:t|e)? (?:er|sie|ich)? ?(?:mich|dich|uns) um|(?:m a|ma) amenintat cu cutit\\p{L}*|amenintat cu cutitul|(?:пак )?ме (?:би|бие|удари|удря|пребива)(?!\\p{L})|ако ${G(4)}(?:полиция\\p{L}*|кажа|оставя|тръгна|разведа) ${G(2)}ще ме убие|ще ме убие ако ${G(2)}(?:отида|кажа|го оставя|си тръгна|подам|се разведа)|я удари|megutott|megvert|mi ha (?:spinta|spinto|picchiata|picchiato|colpita|menata|strangolata)|mi picchia|\\p{L}*(?:又打我|打我了|掐我|老公打我|打了我|还打她|打她了|掐我脖子)\\p{L}*|मुझे मारते|मुझे मारता|مجھے (?:روز )?(?:مارتا|مارتی|مارتے)|(?:تمہیں|تجھے|مجھے) مار (?:دوں گا|دیں گے|دے گا)|(?:đánh|danh|tát|đấm) em|(?:dọa|doa) giết|binugbog|sinasaktan ako|papatayin (?:niya|nila) ako|a dal mi|ta mata mi|(?:e|a|ben|o) fon (?:mi|en|yu|den|wi|a pikin|en pikin|en wefi)(?! (?:dagu|dagoe|puspusi|pusi|kaw|hondo)(?!\\p{L}))|لت و کوب|(?:زنش|زنشو|زنش رو) (?:رو )?(?:میزنه|می زنه|میزند|می زند)|(?:میکشمت|می کشمت|بکشمت)|ما وهي|وژنم دې|لێی دام|መታኝ|ደበደበኝ|ይወቕዓ|ይወቕዕ|ወቒዑኒ|पिटता|पीटता|पीटते|ad (?:kem|kam|kim|kun) ?n[ae]n\\p{L}*)`;
/** Plain emergencies in the same languages: cannot breathe, unconscious, bleeding hard, chest pain with sweating, a button battery swallowed. */
const plainEmergencyU =
  `(?:መተንፈስ (?:አልቻለም|አልቻለችም|አይችልም|አትችልም)|(?:hindi|di) (?:makahinga|na makahinga)|\\p{L}*(?:喘不过气|不能呼吸|无法呼吸|止不住)\\p{L}*|سانس (?:نہیں|بہت آہستہ)|ساه نه اخلي|بې هوښه|ہوش میں نہیں|hosh mein nahi|bất tỉnh|bat tinh|ii curge sange|sangrando mucho|(?:血一直|血止不住)\\p{L}*|(?:pila|pile|batteria|bateria|knopfbatterie|pilha) (?:a bottone|bouton|de boton|de botao)|knopfbatterie|لب\\p{L}* ${G(1)}کبود|(?:labios|levres|lippen|labbra|buzele|lêvên wê) ${G(1)}(?:morados|azules|bleues|blau|blaue|viola|blu|vinete|sin bune|şîn bûne)|(?:schmerzen|druck) in der brust ${G(8)}(?:schwitzt|arm)|dolor (?:en el|de) pecho ${G(8)}(?:suda|sudando|brazo)|dor no peito ${G(8)}(?:suando|suor|braco)|durere in piept ${G(8)}(?:transpira|brat)|सीने में ${G(2)}दर्द|(?:nu misca|nu se misca) ${G(4)}(?:sange|curge)|nem ebred ${G(1)}(?:fel )?${G(2)}horog|e no ta hala rosea|a no e bro bun|ደረቱን ይዞ ወደቀ|(?:cabbay|cunay|liqay|liqday|cabtay|cuntay) ${G(3)}(?:saabuun|kiniin|daawo|sun|batari|kaloriin|koloriin)\\p{L}*|(?:گولیاں|گولی) کھا (?:لی|لیں|لیا)|गोलियाँ खा (?:ली|लीं|लिया))`;
/** Weak signs of an emergency, in families: two of them ask the safety question. */
const collapseU = `(?:лежи (?:на земята|на пода|на паркинга|до колата|на улицата)|se (?:ha )?caido|se cayo|se desplomo|esta tirad[oa]|(?:est )?tombee?|gesturzt|zusammengebrochen|caiu|a cazut|cazut de pe|ku dhacay|dhulka ${G(2)}dhacay|ወዲቑ|ወዲቓ|ወደቀ|ወደቀች|افتاد\\p{L}*|پرېوت|ket erde|gir (?:gaya|gayi|gai)|گر (?:گئیں|گیا|گئی)|nahimatay|natumba|a kai abou|fadon na gron|si e accasciato|accasciat\\p{L}*|caduto|caduta|elesett|ngã|nga xuong|allonge|liegt (?:am boden|auf dem boden)|tirado no chao)`;
/** A seizure, eyes rolled back. */
const seizureU = `(?:እየተንቀጠቀጠ|ይንቀጠቀጣል|ተንቀጠቀ\\p{L}*|እየተንቀጥቀጠ|tremura (?:toata|tot)|ochii dati peste cap|convulsi\\p{L}*|krampf\\p{L}*|tiembla (?:todo|toda)|les yeux revulses|olhos revirados|occhi rovesciati|تشنج|co giật|\\p{L}*抽搐\\p{L}*)`;
/** Screams, crying or blows heard. */
const hearU = `(?:aud cum ${G(2)}(?:tipa|striga|urla|loveste|bate)|se loveste de perete|ማዕጾ ${G(1)}ይወቕ\\p{L}*|ንማዕጾ ይወቕ\\p{L}*|(?:lo|la|los) oigo (?:llorar|gritar)|oigo golpes|golpes|j ?entends (?:crier|des coups|pleurer)|des coups|(?:ich )?hore ${G(2)}(?:schreie|schlage|schreien|weinen)|schreit ein kind|ouco (?:gritos|pancadas)|aud (?:tipete|bataie|tipand)|sento (?:urla|colpi)|hallottam|ordit|a neni sir|चीखें|جیغ|oohin|e bari|e krei|ትጭድር|ይበኽዩ)`;
/** Locked in. */
const lockedU = `(?:bezar\\p{L}*|trancou|(?:ме )?заключва\\p{L}*|ме заключи|заключен\\p{L}* от|ተዓጺና|ተዓጺነ|ተዓጽየ|ተዘግተናል|bezart|encerrad\\p{L}*|enferm\\p{L}*|eingesperrt|trancad\\p{L}*|incuiat\\p{L}*|chiusa a chiave|ይቆልፍ\\p{L}*|ki van zarva)`;
const unresponsiveU = `(?:هەڵناستێت|هەڵنەستا|nu mai (?:raspunde|reactioneaza|se misca)|(?:e |este )?moale de tot|не (?:мърда|помръдва|реагира|отговаря)|አይነቃም|አትነቃም|አይነቅሕን|ኣይነቅሕን|no (?:contesta|responde|reacciona|se mueve)|ne (?:repond|bouge|reagit) (?:pas|plus)|bouge plus|reagiert nicht|antwortet nicht|bewegt sich nicht|nao (?:responde|reage|se mexe)|nu (?:raspunde|reactioneaza|se misca)|nu misca|kama jawaab\\p{L}*|ma jawaabayo|bersiv nade|hindi (?:na )?(?:gumagalaw|sumasagot)|e no ta kontesta|a no e taki|non (?:risponde|si muove)|nem (?:valaszol|ebred|mozdul)|không trả lời|khong tra loi|nem reagal|ኣይምለስን|ኣይመልስን|መልስ ኣይሀብን|ہوش میں نہیں|hosh mein nahi|بې هوښه)(?! (?:\\S+ )?(?:(?:la|al|el|a|au|ans|o|a la) )?(?:telefon\\p{L}*|telefono|movil|telephone|telefone|usa|puerta|porta|porte|messages?|mensajes|mensagens|mesaje|sms|e ?mail\\p{L}*|brief\\p{L}*|lettre\\p{L}*|carta\\p{L}*|handy))`;
const breathU = `(?:saans ${G(2)}(?:ajeeb|nahi|ruk|mushkil|tez|ukhad)\\p{L}*|هەناسە\\p{L}* ${G(2)}(?:کەم|نادات|ناکێشێت)\\p{L}*|نفس\\p{L}* (?:بالا )?نمی ?(?:اد|آد|یاد|آید|یومد)|respira (?:mal|poco|raro|muy poco|lento|despacio|con dificultad|male|a fatica)|respire mal|atmet (?:kaum|schwer|flach)|respira com dificuldade|neef\\p{L}* ${G(2)}(?:yar|ma)\\p{L}*|نفس (?:نمی ?کشه|به زور)|به زور نفس|ساه نه|سانس (?:بہت|نہیں)|horog|hörög|no ta hala rosea|a no e bro|hindi (?:ko alam kung )?humihinga|không thở|khong tho|ትንፋሳ|ትንፋሱ|እስትንፋስ)`;
const colourU = `(?:کبود (?:میشه|می شه|شد)|устни\\p{L}* ${G(3)}(?:сиви|сини|посинели|побелели|лилави)|pete (?:pe|rosii|vinete)\\p{L}*|manchas (?:en las|en la|moradas|rojas)|tout gris|toute grise|grau im gesicht|ganz grau|labios morados|levres bleues|blaue lippen|labios roxos|buzele vinete|lêvên wê şîn|levene we sin|کبود شده|nag iiba na kulay|nag-iiba na kulay|đổi màu|\\p{L}*(?:脸都白了|脸色发白|嘴唇发紫)\\p{L}*|muy palido|sehr blass|blanc comme)`;
const strokeU = `(?:(?:szaja|arca) (?:el)?ferdult|elferdult|ferde a szaja|nem tudja (?:felemelni|mozgatni)|(?:cara|boca) (?:torcida|caida|ladeada)|metade da boca caida|boca torta|falando enrolado|fala enrolada|habla rara|no puede hablar|visage (?:tordu|de travers)|ne peut plus parler|gesicht (?:hangt|schief)|kann nicht (?:mehr )?sprechen|nu (?:mai )?poate vorbi|faccia storta|non riesce a parlare|az arca el van ferdulve|nem tud beszelni|keze log|گپ زده نمیتانه|رویش کج|روش کج|دستش کار نمیکنه|نمیتونه حرف بزنه|ክትዛረብ ኣይከኣለትን|ክዛረብ ኣይከኣለን|መናገር አልቻለም|መናገር አልቻለችም|ፍርቂ ገጻ|ፍርቂ ገጹ|ኢዳ ኣይትንቀሳቐስን|ኢዱ ኣይንቀሳቐስን|a no e taki|hindi makapagsalita|không nói được|\\p{L}*说不出话\\p{L}*|af\\p{L}* ${G(2)}qallooc\\p{L}*|ma hadli karo)`;
const chestU = `(?:гърдите|изпотен\\p{L}*|потен|دست\\p{L}* ${G(3)}(?:رو |روی |به )?سینه|خیس عرق\\p{L}*|عرق سرد|schmerzen in der brust|brustschmerz\\p{L}*|dolor (?:en el|de) pecho|dor no peito|durere in piept|douleur (?:a|dans) la poitrine|dolore al petto|سینه ?درد|درد سینه|سینے میں درد|सीने में|ደረቱን|ደረቷን|laab badan|schwitzt|sudando mucho|transpire beaucoup|suando muito|پسینه|पसीना|ላብ በላብ)`;
const smokeU = `(?:humo|fumee|rauch|fumaca|fumo|dukhan|qiiq|دود|دووکەڵ|لوګی|\\p{L}*(?:黑烟|浓烟|冒烟|全是烟)\\p{L}*|khói|khoi|huma|smoko|dduxan|дим|brandmelder|detecteur de fumee|rauchmelder|detector de humo)`;
const insideU = `(?:ninos dentro|enfants (?:dedans|a l interieur)|kinder (?:drin|drinnen|binnen)|carruur ${G(2)}gudaha|منداڵ\\p{L}* ${G(2)}ژوورەوە|بچه ?ها ${G(2)}(?:اتاق|داخل)|trẻ con ${G(3)}(?:trong|ở trong)|\\p{L}*(?:孩子还在里面|孩子在里面|小孩在里面|被困)\\p{L}*|no (?:e )?opo a doro|ninguem abre a porta|nadie abre la puerta|personne n ?ouvre|niemand macht auf|nimeni nu deschide|cidna albaabka ma fur\\p{L}*)`;
/** Weak signs of suicide: farewell words, means, a phone that goes unanswered, no strength left. */
const farewellU = `(?:(?:j ?ai |je n ?ai )?plus besoin de rien|ya no necesito nada|brauche nichts mehr|nao preciso (?:de )?mais nada|qofna ha i raadin|no ta bini bek|няма да се върна|बच्चों का ध्यान रखना|(?:ammi|abbu|امی|ابو) ${G(2)}(?:maaf kar (?:dena|do|dijiye)|معاف کر (?:دینا|دیں|دیجیے))|(?:đung|dung) buon (?:nhe|nha)|xin loi (?:bo me|ba me|cha me)|سوپاس بۆ هەموو شتێک|queria que alguien lo supiera|ኣይትጸበዩኒ|ኣይትጽበዩኒ|አትጠብቁኝ|ናብ (?:ኣደይ|ኣቦይ|ኣዴይ) ክኸይድ|ከእንግዲህ (?:አያስፈልገ|አያስፈልጋ)\\p{L}*|adios a todos|me despedi|despedirme|(?:mich )?von allen verabschiedet|abschied|adieu a tous|au revoir a tous|adeus a todos|ramas bun|nabad galyo|iga cafi\\p{L}*|ደሓን ኩኑ|خداحافظ (?:همه|همگی)|مره ببخشین|ما ته بخښنه|alvida|अलविदा|paalam na|danki pa tur|grantangi gi ala|sziasztok|ciao a tutti|perdonatemi|perdoname|verzeiht mir|iertati ma|\\p{L}*(?:妈妈对不起|谢谢你养我|永别)\\p{L}*|довиждане|сбогом|u sheeg (?:inaan|in aan) (?:jeclaa|jeclahay)|je voulais juste dire merci|grazie di tutto|gracias por todo|obrigad[oa] por tudo|danke fur alles|multumesc pentru tot|بیا نه راځم|no quiero que me busquen|que no me busquen|ne me cherchez pas|sucht mich nicht|nao me procurem|nu ma cautati|(?:a me )?non (?:mi )?servono piu|no los necesito mas|je n ?en ai plus besoin|brauche ich nicht mehr|je (?:ne )?viendrai plus)`;
const meansUni = `(?:rassi|रस्सी|رسی|ریل\\p{L}*|моста|\\p{L}*(?:顶楼|楼最高)\\p{L}*|heb\\p{L}* ${G(1)}berhev|pastillas|pastile|tabletten|medikamente|cachets|comprimidos|remedios|pillole|gyogyszer\\p{L}*|lames de rasoir|rasierklingen|cuchillas|lamine|kabuya|kiniin\\p{L}*|قرص\\p{L}*|گولیاں|गोलियाँ|\\p{L}*(?:药我已经存|存了很多药|安眠药)\\p{L}*|thuốc|gamot|pilulas|ponte|puente|brucke|podul|buundada|tapu a brug|telhado|toit|nóc|noc toa nha|trên nóc|\\p{L}*(?:楼顶|天台)\\p{L}*|تیغ|طناب|veneno|otrava)`;
const silentU = `(?:گوشی\\p{L}* ${G(1)}خاموش\\p{L}*|telefonul (?:e |este )?inchis|no (?:contesta|coge|responde) (?:el|al) (?:telefono|movil)|(?:nao|não) atende|ne repond (?:pas|plus) (?:au telephone|a mes messages)|geht nicht ans (?:telefon|handy)|nu raspunde la telefon|(?:telefoonkiisa|taleefankiisa|taleefanka|telefoonka)\\p{L}* ma (?:qabanayo|qabto|jawaabayo)|ስልኪ ኣይለዓልን|تیلفونشه جواب نمیته|جواب نمید\\p{L}*|ټیلیفون نه پورته کوي|di sumasagot|hindi sumasagot|non risponde al telefono|nem veszi fel|\\p{L}*(?:不回了|就不回|不接电话)\\p{L}*|không nghe máy|e no ta kontesta|a no e piki)`;
const noStrengthU = `(?:(?:ئیتر|ئیدی) ناتوانم|tur kos ta skur|sab khatam ho gaya|не виждам изход|c ?est fini pour (?:moi|lui|elle)|вече ми писна|ми писна от всичко|ኣይበልዕን|ኣይትበልዕን|አይበላም|አትበላም|keine kraft mehr|ich will nicht mehr|ya no aguanto (?:mas)?|no aguanto mas|nao aguento mais|non ce la faccio (?:piu)?|nem birom tovabb|撑不下去|\\p{L}*撑不下去\\p{L}*|pagod na pagod|mi weri|طاقت ندارم|دیگه طاقت|ji her tisti westiyame|westiyame|вече не виждам смисъл|не виждам смисъл|(?:در|از) زندگی خسته|میں اب تھک گئی|میں اب تھک گیا|kansa di bida|mi no kan moro|(?:nicht mehr )?zur last fallen|ser una carga|etre un fardeau|ser um peso|essere un peso|không ai cần em|ክጻወር ኣይክእልን|me cansé de vivir|cansada de vivir|fatigue de vivre|lebensmude)`;
/** Weak signs of violence: a secret a child must keep, a child, injuries, control, threats. */
const secretU = `(?:c ?est un secret|ne (?:mondd|mondjam|mondja) el senkinek|senkinek ne (?:mondd|mondjam) el|waa sir|cidna ha u sheegin|no mag bisa ningun hende|e no mag bisa|چا ته څه ونه وایې|di non dirlo a nessuno|non dirlo a nessuno|no se lo digas a nadie|es nuestro secreto|c ?est notre secret|ne le dis a personne|unser geheimnis|darfst es niemandem|nosso segredo|nao conta (?:pra|para) ninguem|(?:e )?secretul nostru|nu spune nimanui|\\p{L}*(?:不要告诉别人|别告诉妈妈|我们的秘密)\\p{L}*|huwag mong sabihin|ha u sheegin)`;
const childU = `(?:\\d+ (?:jir|sano|anos|ans|jahre|anni|eves|ani|aña|kalan|ساله|سال)\\p{L}*|gabadhayda|wiilkayga|mi yu muhe|mi hija|mi hijo|ma fille|mon fils|meine tochter|mein sohn|minha filha|meu filho|fiica mea|fiul meu|mia figlia|mio figlio|a lanyom|a fiam|زوی|دخترم|پسرم|我女儿|我儿子|con gai|con trai|anak ko|stiefpapa|stiefvader|padrastro|beau pere|stiefvater|padrasto|tatal vitreg|patrigno|adeerkeed)`;
const injuryU = `(?:zuzodas\\p{L}*|kek folt\\p{L}*|moratones|moretones|bleus|blaue flecken|hematoma\\p{L}*|marcas roxas|vanatai|lividi|نیلي نښې|کبودی|may pasa|sangre|sangrando|blutet|sangue|sange|dhiig|خون|\\p{L}*(?:流血|出血)\\p{L}*|chảy máu|hinchá|mi wowo|veres volt|veres|vanatai)`;
const controlU = `(?:पासपोर्ट|پاسپورٹ|(?:взе|взеха|прибра|държи|взел|взела) ${G(2)}(?:паспорт\\p{L}*|документ\\p{L}*|ключ\\p{L}*|телефон\\p{L}*)|ፓስፖርቴን ${G(1)}(?:ወሰደ|ወሰደብኝ|ያዘ)|እንድወጣ (?:አይፈቅድም|አይፈቅድልኝም)|pasaporte|passeport|reisepass|passaporte|pasaport|pasapoartele|baasaboor\\p{L}*|پاسپورت|passport ko|hộ chiếu|\\p{L}*(?:扣了(?:她|我)的护照|拿走了?(?:她|我)的护照|不给工资)\\p{L}*|titre de sejour|no me deja salir|ne me laisse pas sortir|lasst mich nicht raus|nao me deixa sair|nu ma lasa sa ies|non mi lascia uscire|di ako makalabas|nem enged ki|kontrolliert mein|\\p{L}*ጡረታ\\p{L}*|controla mi|controle mon|controla o meu|tirando dinheiro|quita el dinero|nimmt mein geld|ia banii|pensia|toma mi dinero)`;
const fearU = `(?:tiene miedo|tengo miedo|j ?ai peur|a peur|hat angst|habe angst|tem medo|tenho medo|mi e frede|mi tin miedu|ma teme|ho paura|ha paura|felek|way baqaysaa|waan baqayaa|ترس|می ?ترسم|دەترسم|ډار|em sợ|em so|\\p{L}*(?:不敢说|吓得)\\p{L}*|takot ako|natatakot)`;
/** Said suddenly: a stroke or a collapse that came all at once. */
const suddenU = `(?:ሃንደበት|ብሃንደበት|በድንገት|de repente|soudain|tout a coup|plotzlich|deodata|brusc|improvvisamente|all improvviso|hirtelen|ناگهان|ناگهانی|اچانک|अचानक|bigla|đột nhiên|\\p{L}*突然\\p{L}*|di colpo)`;


/*
 * Round of 2 December (training files i to l), written as families: not wanting to live in Kurmanji
 * and Pashto; a threat to kill if she or the child tells (Spanish, Romanian, Farsi, Amharic, Pashto,
 * Bulgarian); a father who beats (Sorani); a child touched; smoke coming out of a window; driving
 * on and not stopping; being alive is pointless; and weak signs widened below (a high fever, limp,
 * lips grey, a hand on the chest with sweat, a burnt smell, a crying child, drunk, a phone switched off,
 * clothes given away, "do not wait for me").
 */
const round12 = {
  crisis: {
    suicide: [
      // "I don't want to live any more" in Kurmanji (ez naxwazim êdî bijîm) and Pashto (نه غواړم ژوندی اوسم).
      `(?:naxwazim|naxwaze|naxwazi|nexwazim|naxwazin) ${G(1)}(?:edi |idi |ede |chi |ci )?(?:bijim|biji|bijin|bijit|jiyan)`,
      `نه (?:غواړم|غواړي) ${G(1)}ژوندی (?:اوسم|پاتې شم|پاتی شم|واوسم|اوسي|پاتې شي)`,
    ],
    violence: [
      // A threat to kill if she, the child or the writer tells or calls (si me cuenta me mata; ma omoara daca sun; اگه به کسی بگه میکشتش; ለማንም ብትናገሪ እገድልሻለሁ).
      `si ${G(3)}(?:cuenta|cuentas|dice|dices|habla|hablas|contaba|decia|contaras|llama|llamas|denuncia\\p{L}*) ${G(5)}(?:me|la|lo|te|nos|les) (?:mata|matara|matare|va a matar|iba a matar|mataria)`,
      `(?:zis|zice|spus|spune|amenint\\p{L}*) ca (?:ma|te|o|ne|il|va|ii) (?:omoara|omor|omoram|omoare|va omori|o sa (?:ma|te|o|ne|il) omoare)`,
      `(?:اگه|اگر) ${G(4)}(?:بگه|بگی|بگم|بگید|بگوید|بگویی|بگن) ${G(4)}(?:میکشتش|میکشه|میکشمت|میکشتت|میکشتم|میکشمش|می کشه|می کشد|می کشمت|می کشتش)`,
      `(?:ለማንም|ለፖሊስ|ለሰው) ${G(1)}(?:ብትናገሪ|ብትናገር|ብትነግሪ|ብትነግር|ብትደውዪ|ብትደውል) ${G(1)}(?:እገድል|እገላ)\\p{L}*`, `(?:እገድልሻለሁ|እገድልሃለሁ|እገድላችኋለሁ|እገድልሻለው) ${G(1)}(?:አለኝ|ብሎኛል|ብሎ)`,
      `ако ${G(5)}ще (?:ни|ме|те|я|го|ги) (?:убие|убият|убия|убием|заколи|заколя|застреля)`,
      // "He will kill her" with a knife brought (Pashto).
      `به (?:یې|يې|مې|مو|دې) ووژن\\p{L}* ${G(12)}(?:چاړه|چاړو|چاقو|ټوپک|توپک)`, `(?:چاړه|چاړو|چاقو|ټوپک|توپک) ${G(12)}به (?:یې|يې|مې|مو|دې) ووژن\\p{L}*`,
      // A father or husband who beats (Sorani): باوکم دایکم دەکوتێت.
      `(?:باوک|مێرد|میرد|برا|زڕباوک)\\p{L}* ${G(3)}(?:دەکوتێت|دەیکوتێت|دەمکوتێت|لێدەدات|لێی دەدات|لێم دەدات|لێمان دەدات)`,
    ],
    emergency: [
      // Smoke or flames coming out of a window, a door or a flat (sale mucho humo por su ventana).
      `(?:sale|salia|saliendo|esta saliendo|sal) ${G(2)}(?:humo|fuego|llamas) ${G(3)}(?:ventana|puerta|piso|casa|cocina|edificio|balcon|apartamento)\\p{L}*`,
    ],
  },
  concern: {
    suicide: [
      // Driving on and not stopping: да карам към морето и да не спирам, conducir y no parar.
      `(?:карам|шофирам|карах|кара) ${G(5)}(?:и )?(?:да )?не (?:спирам|спра|спре|спира)`, `(?:conducir|manejar|acelerar|conduzco|manejo) ${G(5)}y no (?:parar|frenar|paro|freno)`,
      `(?:rouler|conduire|rouler) ${G(5)}sans (?:m ?arreter|freiner|s ?arreter)`, `(?:sa )?conduc ${G(5)}si (?:sa )?nu (?:ma )?(?:opresc|franez)`,
      // Being alive is pointless (زنده بودن فایده نداره).
      `زنده (?:بودن|موندن|ماندن) ${G(2)}(?:فایده|ارزش|معنی|معنا)`,
      // The bridge over the river thought of every night (Pashto).
      `د (?:سیند|پل|دریاب|رود)\\p{L}* ${G(4)}فکر (?:کوم|کوي|کول)`,
    ],
    violence: [
      // A child touched by an adult in the home (la toca, la tripote).
      `${childU} ${G(14)}(?:la|lo|le|me|les|nos) (?:toca|tocaba|toco|manosea\\p{L}*|toquetea\\p{L}*|touche|touchait|tripote)(?! ${G(1)}(?:piano|guitarra|puerta|timbre|guitare|porte))`,
      // A threat to beat if they go to the police (ще ни пребие), "he will kill her" without a knife (Pashto).
      `ако ${G(5)}ще (?:ни|ме|те|я|го|ги) (?:пребие|пребият|набие|набият|смаже|бие)`, `به (?:یې|يې|مې|مو|دې) ووژن\\p{L}*`,
      // Screaming "let me go" at night (ysayah ... tsayah 'sayebni') is read by the Arabic lexicon; here "help, mama" shouted by a child next door.
      `(?:striga|tipa) ${G(1)}(?:mama|ajutor)`, `grita ${G(1)}(?:mama|socorro|ayuda)`,
    ],
    emergency: [
      // A high fever with a child who does not react or is limp.
      `(?:4[0-2]|39) ?(?:de )?(?:febra|grade|fiebre|grados|fievre|degres|fieber|febre|градуса)`,
    ],
  },
};

/*
 * Round of 2 December (training files m to p), written as families: wanting to cut deeper; not
 * wanting to wake up with words between; suicide in Chinese; pills gathered and taken tonight
 * (Somali); hands put on the neck (Italian, Spanish, Portuguese, French, German, Romanian,
 * Bulgarian); a threat to kill if she leaves (Portuguese) or told with a knife (Kurmanji); a child
 * who tells that dad hits mum; burns by in-laws (Hindi, Urdu); "they will finish me" over a marriage
 * (Urdu, Hindi, Roman Urdu); locked in at home (Bulgarian); not able to breathe and turning blue
 * (Farsi, Sorani); chest pain with sweat (Bulgarian); a cleaning liquid drunk. Asked about: tonight
 * the last night, not here tomorrow, not wanting them to find me, a rope brought, a passport taken.
 */
const round13 = {
  crisis: {
    suicide: [
      // Wanting to cut deeper (vontade de ir mais fundo).
      `(?:ir|cortar|cortarme|me cortar|corte|cortes) (?:mais|mas|aun mas) (?:fundo|profundo)`, `(?:couper|me couper|aller|entailler) plus profond\\p{L}*`, `tiefer (?:schneiden|ritzen)`,
      // Not wanting to wake up any more, with words between (Ich will einfach nicht mehr aufwachen).
      `ich (?:will|mochte|moechte) ${G(2)}nicht mehr aufwachen`,
      // Chinese: suicide, ending one's own life.
      `\\p{L}*(?:自杀|轻生|结束自己的生命|结束我的生命|了结自己|不想活下去)\\p{L}*`,
      // Pills gathered, all taken tonight (kiniinadii ... waan ururiyey, caawa ayaan wada qaadanayaa).
      `(?:kiniin|kaniin|daawo)\\p{L}* ${G(10)}caawa ${G(3)}(?:wada )?(?:qaadan|liqi|cuni)\\p{L}*`,
    ],
    violence: [
      // Hands put on the neck (mi ha messo le mani al collo).
      `(?:messo|mette|mise|stretto|stringe|stringeva) (?:le )?(?:sue |due )?mani (?:al|sul|intorno al|attorno al) (?:mio )?collo`,
      `(?:puso|pone|ponia|ha puesto|apreto|aprieta|apretaba) (?:sus |las )?manos (?:en el|al|alrededor del|sobre el|en mi) (?:mi )?cuello`,
      `(?:colocou|pos|botou|apertou|coloca|aperta|apertava|poe) (?:as )?(?:suas )?(?:maos|mao) (?:no|em volta do|ao redor do|em meu|no meu) (?:meu )?pescoco`,
      `(?:mis|met|mettait) (?:les|ses|ses deux) mains (?:sur|autour de|autour du) (?:mon |le )?cou`, `(?:hande|haende|hand) (?:um|an) (?:meinen|den|meinem|dem) hals`,
      `(?:pus|pune|punea) mainile (?:pe|in jurul|la) gat\\p{L}*`, `ръцете (?:си )?(?:на|около) (?:врата|гърлото|шията) ми`,
      // A threat to kill if she leaves or tells (se eu for embora ele mata meu cachorro e depois eu).
      `se (?:eu )?(?:for embora|sair|contar|ligar|terminar|denunciar|largar|deixar ele|o deixar|chamar a policia) ${G(4)}(?:ele |ela )?(?:me mata|mata|vai me matar|me matar|nos mata)`,
      // Kurmanji: threatened with a knife, "I will kill you" said; a father who beats (bave min diya min lêdide).
      `(?:tehdit|gef)\\p{L}* ${G(6)}(?:bikuj\\p{L}*|ker\\p{L}*)`, `ker\\p{L}* ${G(3)}(?:tehdit|gef)\\p{L}*`, `got ${G(1)}(?:ez e|eze) (?:te|we|min|wan|wi) bikuj\\p{L}*`,
      `(?:bav|bave|mer|zilam|bira|birayê|xal|ap)\\p{L}* ${G(3)}(?:ledide|ledidin|ledixe|ledixin|lexist\\p{L}*)`,
      // A child tells that dad hits mum (papa qui frappe maman avec une ceinture).
      `(?:papa|son pere|mon pere|mon mari|son mari|beau pere|le pere) ${G(1)}(?:qui )?(?:frappe|tape|bat|cogne) (?:maman|sa maman|sa mere|ma mere|sa femme|ma maman|les enfants)`,
      `(?:papa|papi|su padre|mi padre|mi marido|su marido|el padrastro) ${G(1)}(?:que )?(?:le )?(?:pega|golpea) a (?:mama|su mama|mi mama|su madre|mi madre|su mujer)`,
      // Burned by in-laws (सास ने गरम चिमटे से हाथ जला दिया).
      `(?:हाथ|पैर|बाँह|चेहरा|मुझे)\\p{L}* ${G(1)}जला (?:दिया|दी|दिए)`, `(?:चिमटे|चिमटा|प्रेस|इस्त्री|सिगरेट|चम्मच|सलाख)\\p{L}* से ${G(3)}जला\\p{L}*`, `ہاتھ ${G(1)}جلا (?:دیا|دی)`, `(?:chimte|chimta|press|istri|cigarette) se ${G(3)}jala (?:diya|di|diye)`,
      // Honour: they will finish or kill me if I marry him (مجھے پاکستان لے جا کر ختم کر دیں گے).
      `(?:مجھے|ہمیں|اسے|تمہیں|تجھے|اس کو) ${G(8)}(?:ختم|قتل) کر (?:دیں گے|دے گا|دوں گا|دیں گی|دینگے)`, `(?:मुझे|हमें|उसे|तुम्हें|तुझे) ${G(8)}(?:ख़त्म|खत्म|क़त्ल|कत्ल) कर (?:देंगे|देगा|दूँगा|दूंगा)`,
      `(?:mujhe|mujhay|hume|humein|usay|use|tujhe|tumhe) ${G(8)}(?:khatam|khatm|qatal|qatl) kar (?:denge|dein ge|den ge|dega|dunga)`,
      // Strangled or choked by someone (me ahorcó, me esganou, bóp cổ em, گلومو گرفت فشار داد).
      `me (?:ahorco|ahorcaba|estrangulo|estrangulaba|ha estrangulado|intento ahorcar|quiso ahorcar)`, `me (?:enforcou|estrangulou|esganou|esganava|enforcava)`, `(?:megfojt|fojtogat)\\p{L}*`, `(?:bop|bóp) co (?:em|toi|chi|me|con)`,
      `گلو\\p{L}* ${G(2)}(?:فشار داد|فشار میداد|گرفت و فشار)`, `(?:میخواست|می خواست) ${G(1)}خفه\\p{L}* (?:کنه|کند)`, `qoor\\p{L}* ${G(2)}(?:ceejiyay|ceejinayay|i ceejiyay)`,
      // Burned with an iron, a cigarette or boiling water (me quemó con la plancha, m'a brûlée avec une cigarette).
      `(?:me|le|la|lo|te) (?:quemo|quema|quemaba|ha quemado) ${G(3)}con (?:la plancha|un cigarro|un cigarrillo|cigarros|cigarrillos|agua hirviendo|el mechero)`, `(?:me |a )?queim(?:ou|a|ava) ${G(3)}com (?:o ferro|cigarro|agua fervendo|o isqueiro)`,
      `(?:m ?a|l ?a|il m ?a|elle m ?a) brule\\p{L}* ${G(3)}avec (?:le fer|une cigarette|sa cigarette|de l ?eau bouillante)`, `(?:با) (?:اتو|سیگار|آب جوش) ${G(3)}(?:سوزوند|سوزاند)\\p{L}*`,
      // Locked in at home by the husband (мъжът ми ме заключва вкъщи).
      `ме заключ\\p{L}* ${G(2)}(?:вкъщи|в къщи|в стаята|в апартамента|в банята|у дома)`,
    ],
    emergency: [
      // Cannot breathe, turning blue (نمی‌تونه نفس بکشه، رنگش داره کبود میشه).
      `نمی ?(?:تونه|تواند|تانه|توانه|تونن|توانند) ${G(1)}نفس (?:بکشه|بکشد|بکشن|بگیره)`, `(?:رنگش|رنگ اش|لباش|لبهاش|صورتش) ${G(2)}کبود`,
      // Sorani: lips gone blue; many pills and then not getting up or barely breathing.
      `لێو\\p{L}* ${G(2)}شین (?:بوو\\p{L}*|دەبێت)`, `حەب\\p{L}* ${G(12)}(?:هەڵناستێت|هەڵنەستا|بێهۆش\\p{L}*|هەناسە\\p{L}* ${G(2)}کەم\\p{L}*)`,
      // Bulgarian: the chest with sweat or the left arm.
      `(?:гърди\\p{L}*|сърцето) ${G(10)}(?:потен|потна|изпотен\\p{L}*|поти се|лявата (?:ми |му |й )?ръка)`, `(?:потен|потна|изпотен\\p{L}*|поти се) ${G(10)}(?:гърди\\p{L}*|сърцето)`,
      // Choking and then not breathing or turning blue (se atragantó ... no puede respirar).
      `(?:se (?:esta )?atragant\\p{L}*|se ahoga|engasgou|engasgado|engasgada|s ?etouffe|avale de travers|verschluckt|si e soffocat\\p{L}*) ${G(8)}(?:no puede respirar|no respira|morad\\p{L}*|azul|nao (?:consegue )?respira\\p{L}*|roxo|roxa|ne respire|bleu|bleue|keine luft|blau|non respira|viola)`,
      // A cleaning liquid drunk (toilet saaf karne wala liquid pee gaya).
      `(?:liquid|bleach|harpic|tezab|tezaab|phenyl|cleaner|kerosene|clorox|dettol) ${G(3)}(?:pee|pi|kha|nigal) (?:gaya|gayi|gai|liya|li|liye)`, `(?:तेज़ाब|तेजाब|ब्लीच|फिनाइल|हार्पिक|केरोसिन|लिक्विड)\\p{L}* ${G(3)}(?:पी|निगल) (?:गया|गई|ली|लिया)`, `(?:تیزاب|بلیچ|ہارپک|فینائل)\\p{L}* ${G(3)}(?:پی|نگل) (?:گیا|گئی|لیا|لی)`,
      `(?:bebio|se bebio|se tomo|ha bebido|trago) ${G(3)}(?:cloro|amoniaco|limpiador|detergente|desinfectante|lavavajillas|salfuman|desatascador)`, `(?:bebeu|engoliu) ${G(3)}(?:agua sanitaria|cloro|detergente|desinfetante|soda caustica)`,
      `(?:a bu|a avale) ${G(3)}(?:produit (?:menager|vaisselle|de nettoyage)|detergent|destop|deboucheur|ammoniaque)`, `(?:putzmittel|reiniger|spulmittel|rohrreiniger|entkalker) ${G(1)}(?:getrunken|geschluckt)`,
    ],
  },
  concern: {
    suicide: [
      // Training file t8: pills saved by the bed, life without meaning, not wanting to hold on, going after a dead partner (Chinese, Cantonese); sleeping and never waking (Albanian).
      `\\p{L}*(?:攒的药|攒了药|存的药|存了(?:很多|好多)?药|安眠药都|活着没(?:什么|甚么)?意思|活著沒(?:什麼)?意思|唔想再撐|不想再撑|不想再撐|跟埋佢去|跟他一起去|跟她一起去|随他而去|隨他而去)\\p{L}*`,
      `(?:te )?(?:flija|fle|flej|flini) ${G(2)}(?:e |dhe )?(?:te )?mos (?:zgjohesha|zgjohem|zgjohem me) ?(?:me)?`,
      // Tonight the last night (امشب آخرین شب است).
      `(?:امشب|امروز) ${G(2)}(?:آخرین|اخرین) (?:شب|بار|روز)\\p{L}*`, `(?:esta noche|hoy) (?:es|sera) mi ultima noche`, `(?:ce soir|cette nuit) (?:c ?est|est|sera) ma derniere`, `hoje (?:e|sera) (?:a )?minha ultima noite`,
      `(?:тази нощ|довечера) е последн\\p{L}*`, `\\p{L}*(?:今晚是最后|最后一夜|最后一晚)\\p{L}*`, `caawa (?:waa )?(?:habeenkii|tii) ugu (?:dambeysay|dambeeyay|danbeysay|dambaysay)`,
      // Every night by the railway or the bridge (هر شب میرم کنار ریل قطار).
      `(?:هر شب|شبها|شب ها|امشب) ${G(3)}(?:کنار|سر|روی|لب) (?:ریل|خط آهن|پل|رودخانه)\\p{L}*`,
      // Not here tomorrow (سبەی ئێرە نابم, mañana ya no estaré).
      `(?:سبەی|سبەینێ) ${G(2)}نابم`, `manana ya no (?:estare|voy a estar)`, `demain je ne serai plus (?:la|ici)`, `morgen bin ich nicht mehr (?:da|hier)`, `amanha (?:ja )?nao (?:estarei|vou estar) mais (?:aqui|ca)`, `утре (?:вече )?няма да (?:съм|бъда) тук`,
      // Not wanting them to be the ones who find me.
      `no (?:quiero|quisiera) que ${G(6)}me (?:encuentren|encuentre|hallen)`, `nao quero que ${G(6)}me (?:encontrem|encontre|achem)`, `(?:je ne veux pas|je veux pas) que ${G(6)}me trouv(?:e|ent)`, `(?:will|mochte) nicht ${G(4)}mich finden`,
      // Cutting the arms again (cortei os braços de novo).
      `(?:cortei|me cortei|me corto|corto|me estou cortando|me corte|me he cortado|me estoy cortando) ${G(1)}(?:os |las |los |meus |mis |o |el |la )?(?:bracos|brazos|pulsos|munecas|pernas|piernas|coxas|muslos) (?:de novo|outra vez|otra vez|de nuevo)`,
      // This time I won't come back; the water watched from the bridge (Bulgarian).
      `(?:този|тоя) път ${G(1)}няма да се (?:върна|прибера)`, `(?:на|върху|от) моста ${G(6)}(?:гледах|гледам|гледал\\p{L}*) (?:водата|надолу)`,
      // Papiamento: I don't want to go on; going to the sea tonight.
      `mi no ke sigui (?:mas|bibu)(?! (?:ku|cu|na|den|traha|studia)(?!\\p{L}))`, `(?:awe nochi|awor) ${G(4)}(?:bai|ta bai) (?:laman|na laman)`,
      // Hindi, Urdu: I won't stay many more days.
      `(?:ज़्यादा|ज्यादा|अब) दिन (?:नहीं|नही) (?:रहूँगी|रहूंगी|रहूँगा|रहूंगा)`, `(?:زیادہ|اب) دن نہیں (?:رہوں گی|رہوں گا)`, `(?:zyada|ziada|zyaada) din (?:nahi|nahin) (?:rahungi|rahunga|rahoongi|rahoonga)`,
      // A rope brought (rassi le aaya hoon).
      `(?:rassi|रस्सी|رسی) ${G(2)}(?:le (?:aaya|aayi|aya|ayi|aai|ai|li|liya)|khareed\\p{L}*|kharid\\p{L}*|ले (?:आया|आई|ली)|खरीद\\p{L}*|لے (?:آیا|آئی|لی)|خرید\\p{L}*)`,
      // Chinese: how to end it all, which building is highest, the rooftop door open.
      `\\p{L}*(?:结束这一切|结束一切|哪栋楼最高|楼最高|顶楼的门|天台的门)\\p{L}*`,
      // Somali: the pills gathered.
      `(?:kiniin|kaniin|daawo)\\p{L}* ${G(5)}(?:ururi\\p{L}*|urursa\\p{L}*|kaydi\\p{L}*|kaydsa\\p{L}*)`,
    ],
    violence: [
      // A child locked in a cupboard or the cellar (lo encierra en el armario, l'enferme dans la cave).
      `(?:encierra|encerro|encerraba|ha encerrado) ${G(3)}en (?:el|un|la) (?:armario|sotano|trastero|bano|cuarto oscuro)`, `(?:enferm|trancad)\\p{L}* ${G(3)}(?:dans (?:le|la|un|une) (?:placard|cave|armoire|debarras)|no (?:armario|porao|quarto escuro))`,
      `(?:eingesperrt|sperrt) ${G(3)}(?:im|in den) (?:keller|schrank|abstellraum)`, `(?:chiude|chiuso|chiusa|rinchiude|rinchiuso|rinchiusa) ${G(3)}(?:nello|nel|in) (?:sgabuzzino|armadio|cantina)`,
      // Locked in the cellar or a cupboard (az apja bezárta a pincébe).
      `(?:bezar|bezart|bezarta|bezarja|bezarjak|bezartak) ${G(3)}(?:pinceb\\p{L}*|szekrenyb\\p{L}*|kamrab\\p{L}*|furdoszobab\\p{L}*)`,
      // A passport locked away or taken (trancou meu passaporte, मेरा पासपोर्ट भी उनके पास है).
      `(?:trancou|pegou|escondeu|tirou|ficou com) ${G(1)}(?:meu|o meu|o|seu|o seu) passaporte`, `(?:quito|escondio|se quedo con) ${G(1)}(?:mi|el|su) pasaporte`, `(?:a pris|a cache|a confisque) ${G(1)}(?:mon|son) passeport`,
      `(?:ha preso|ha nascosto) ${G(1)}(?:il mio|il suo) passaporto`, `(?:mein|meinen|ihren) (?:pass|reisepass) ${G(2)}(?:weggenommen|versteckt|abgenommen)`, `(?:मेरा|उसका) पासपोर्ट ${G(3)}(?:पास है|ले लिया|छीन\\p{L}*)`, `(?:میرا|اس کا) پاسپورٹ ${G(4)}(?:لے لیا|پاس ہے|چھین\\p{L}*)`,
    ],
    emergency: [
      // Choking on food: a grape in the throat (انگور پرید تو گلوش).
      `(?:پرید|گیر کرد|گیر کرده) ${G(1)}(?:تو |توی |در )?گلو\\p{L}*`,
    ],
  },
};

/*
 * Round of 2 December (training files q to t), written as families: no longer wanting to go on
 * (ya no quiero seguir, nao quero mais continuar, nu mai vreau sa continui), with everything ready for
 * tonight; if I disappeared everyone would be relieved (Vietnamese, Spanish, Portuguese, French,
 * German, Romanian) and tonight to the bridge; "he said he will kill me" in Kurmanji; a secret
 * between an adult and a child in Portuguese and Spanish, and not wanting to be alone with him; the
 * signs of a stroke in Papiamento; "I won't need it soon" and "I only wanted someone to know" in
 * German. A parent's or a roommate's "will kill me if I leave the dishes" is a figure of speech.
 */
/** Not "go on with the course, in this job, living here". */
const notGoOnWith = '(?! (?:con|en|el|la|los|las|aqui|estudiando|trabajando|pagando|esperando|com|no|na|em|aqui|a|trabalhando|estudando|cu|in|la|aici|sa lucrez|avec|dans|ici|a travailler|mit|hier|bei|in)(?![\\p{L}\\p{N}]))';
const round14 = {
  crisis: {
    suicide: [
      // Not wanting to go on, with everything ready for tonight (ya no quiero seguir, lo tengo todo preparado para esta noche).
      `(?:ya )?no quiero (?:seguir|vivir|continuar) ${G(10)}(?:todo )?(?:preparado|planeado|listo|decidido) (?:para|pa) (?:esta noche|hoy|manana)`,
      `(?:ja )?(?:nao|nao) quero (?:mais )?(?:continuar|viver) ${G(10)}(?:tudo )?(?:preparado|planejado|pronto|decidido) (?:para|pra) (?:esta noite|hoje|amanha)`,
    ],
    violence: [
      // Kurmanji: "he said (if I don't come home) he will kill me" (wî got heke ... ew ê min bikuje).
      `(?:got|gotiye|digot|dibeje|dibe|gef dixwe|tehdit dike) ${G(10)}(?:ew e|ewe|e|de|we) min bikuj\\p{L}*`,
      `(?:heke|eger|ger) ${G(8)}(?:ew e|ewe|e|de|we) min bikuj\\p{L}*`,
    ],
  },
  concern: {
    suicide: [
      `(?:ya )?no quiero seguir(?: viviendo| adelante| asi)?${notGoOnWith}`, `(?:ja )?nao quero (?:mais )?continuar${notGoOnWith}`, `nu mai vreau sa (?:continui|merg mai departe)${notGoOnWith}`,
      `je ne veux plus continuer${notGoOnWith}`, `ich (?:will|mag|kann) nicht mehr weiter(?:machen|leben)?${notGoOnWith}`,
      // If I disappeared everyone would be relieved (neu em bien mat thi moi nguoi se nhe nhom hon), without me they would be better off.
      `(?:neu|khi) (?:em|toi|minh|con|anh|tao) ${G(1)}(?:bien mat|chet|khong con|ra đi|ra di) ${G(6)}(?:nhe nhom|tot hon|vui hon|đo kho|đo met|hanh phuc hon|thoai mai hon)`,
      `(?:si (?:yo )?desaparezco|si (?:yo )?desapareciera|si (?:yo )?no estuviera|se eu (?:sumir|desaparecer|sumisse|desaparecesse|nao estivesse)|si je disparais|si je disparaissais|si je n ?etais plus la|wenn ich (?:weg|verschwinde|verschwunden|nicht mehr da) (?:ware|bin)?|daca as disparea|daca nu as mai fi) ${G(4)}(?:mejor|aliviad\\p{L}*|melhor|aliviad\\p{L}*|mieux|soulag\\p{L}*|besser|erleichtert|mai bine|usurat\\p{L}*)`,
      `(?:sin mi|sem mim|sans moi|ohne mich|fara mine) ${G(3)}(?:estarian|estaria|ficariam|ficaria|seraient|serait|waren|ware|ar fi) (?:todos |tous |alle |toti |mucho |muito |bien )?(?:mejor|aliviad\\p{L}*|melhor|mieux|soulag\\p{L}*|besser|erleichtert|mai bine|usurat\\p{L}*)`,
    ],
    violence: [
      // Kurmanji: "he (she) will kill me", told without more; not "these kids will kill me" (dê min bikujin).
      `(?:ew e|ewe) min bikuje`,
    ],
  },
  signals: {
    // Tonight to the bridge or the river (toi nay em đinh ra cau), everything ready for tonight.
    time: [`(?:toi nay|đem nay|dem nay|ngay mai|sang mai|chieu nay) ${G(3)}(?:ra|len|đen|den|toi|xuong) (?:cau|song|bien|san thuong|nong nha)`, `(?:lo )?tengo todo (?:preparado|planeado|listo) (?:para|pa) (?:esta noche|hoy|manana)`, `tenho tudo (?:preparado|planejado|pronto) (?:para|pra) (?:esta noite|hoje|amanha)`],
    // "I won't need it all soon" and "I only wanted someone to know" (German).
    farewell: [`brauch\\p{L}* ${G(3)}(?:bald|dann|eh|sowieso|ab morgen) ${G(1)}nicht mehr`, `(?:ich )?wollte nur ${G(1)}dass (?:es )?(?:jemand|irgendwer|irgendjemand) (?:weiss|wei)`],
  },
  /** A secret between an adult and a child; not wanting to be alone with him. */
  secret: `(?:(?:e|diz que e|disse que e) (?:um )?segredo (?:deles|dele|nosso|entre (?:eles|nos|os dois))|(?:dice que )?es (?:un|nuestro) secreto (?:de ellos|suyo|entre (?:ellos|los dos|nosotros))|dice que es (?:un )?secreto)`,
  fear: `(?:nao quer (?:ficar|estar) sozinh[oa] com ele|no quiere (?:quedarse|estar) sol[oa] con el|ne veut (?:pas|plus) rester seule? avec lui|will nicht (?:mehr )?(?:mit ihm )?allein (?:mit ihm )?(?:sein|bleiben))`,
  /** Papiamento: a relative who fell (mi wela a kai den baño). */
  collapse: `(?:mi|su|nos) (?:wela|welo|tata|mama|mayor|ruman|kasa|esposo|esposa|yu)\\p{L}* ${G(3)}a kai`,
  /** Things given away, the thing named first (mein Fahrrad verschenkt). */
  giving: [`(?:mein|meine|meinen) \\p{L}+ ${G(3)}(?:verschenkt|weggegeben)`],
  /** Papiamento: the face turned to one side, cannot speak well, a hand that does not move. */
  stroke: `(?:kara ${G(2)}bira pa un banda|no por papia(?: bon)?|(?:su )?man (?:drechi|robes|drechitu|robestu) no ta move|no por move su (?:man|pia))`,
  figurative: [
    // A parent or a roommate who "will kill me if I leave the dishes, come late, fail the exam": a figure of speech; a partner's is not among them.
    `(?:mama|tata|mama mea|tata meu|parintii|bunica|colegul de camera|colega de camera|colegii de camera|mi madre|mi padre|mis padres|mi abuela|mi companer[oa] de piso|minha mae|meu pai|meus pais|minha avo|meu colega de quarto) ${G(3)}(?:ca )?(?:ma|te|me) (?:omoara|omoare|va omori|mata|matan|va a matar|vai matar|mata) (?:daca|si|se) ${G(4)}(?:vasele|vase|intarzii|vin tarziu|nota|notele|examen\\p{L}*|bacul|telefonul|platos|llego tarde|suspendo|notas|examen|louca|pratos|chegar tarde|chego tarde|reprovar|notas)`,
  ],
};

/*
 * Round of 2 December (training files u to x), written as families: throwing oneself off a bridge
 * or a roof and killing oneself in Kurmanji (xwe ji pirê bavêje, xwe bikuje); wanting to jump where
 * trains pass or from a bridge (French, Spanish, Portuguese, Italian, German); "tomorrow he will be
 * no more" in Bulgarian; a threat to kill told with the object glued to the verb in Farsi
 * (گفته اگر ببیندم می‌کشدم); threatened with a knife and beaten in Papiamento, where folding glues
 * the elided pronoun on (menas'é → menase, bati'é → batie); beaten with a belt in Hindi and Urdu;
 * not breathing and choking in Albanian; chest pain with sweat or the left arm in Somali. Beside
 * them, weak signs: a child told not to tell anyone and blue marks (Hindi), farewell letters
 * written to the children (Bulgarian); not wanting to wake again or to live in Thai.
 */
/** A place to jump from or in front of. */
const jumpPlace = '(?:pont|quai|train|trains|rails|voie\\p{L}*|fenetre|balcon|toit|metro|falaise|puente|anden|tren|trenes|vias|ventana|azotea|tejado|ponte|plataforma|trem|trens|linha|janela|telhado|binari|treno|treni|finestra|tetto|brucke|zug|zuge|gleis\\p{L}*|bahnsteig|fenster|dach)';
/** Wanting or going to jump or throw oneself. */
const wantJump = '(?:(?:j ?ai )?envie de (?:sauter|me jeter)|je vais (?:sauter|me jeter)|je veux (?:sauter|me jeter)|(?:tengo )?ganas de (?:tirarme|saltar|lanzarme)|(?:me )?quiero (?:tirar|lanzar)|voy a (?:tirarme|saltar)|vontade de (?:pular|me jogar|saltar)|(?:vou|quero) (?:pular|me jogar)|voglia di (?:buttarmi|saltare)|(?:voglio|vado a) (?:buttarmi|saltare)|(?:ich )?(?:will|mochte|werde) (?:\\S+ )?springen)';
const round15 = {
  crisis: {
    suicide: [
      // Kurmanji: throwing oneself from a bridge, a roof, a building; killing oneself.
      `xwe ${G(2)}ji (?:pir|pire|pira|piran|ban|bane|bana|avahi\\p{L}*|birc\\p{L}*|qat\\p{L}*|pencer\\p{L}*) ${G(1)}(?:bavej\\p{L}*|biavej\\p{L}*|davej\\p{L}*|diavej\\p{L}*)`,
      `xwe (?:bikuj\\p{L}*|dikuj\\p{L}*)`,
      // Wanting to jump, said at a platform, a bridge, a window (not of joy or into the pool).
      `${jumpPlace} ${G(12)}${wantJump}(?! (?:de joie|en parachute|a l elastique|de alegria|di gioia|vor freude|dans (?:la piscine|l eau|tes bras)))`,
      `${wantJump} ${G(4)}${jumpPlace}`,
      // Thai: not wanting to wake up ever again, not wanting to live (ไม่อยากตื่นขึ้นมาอีก, ไม่อยากมีชีวิตอยู่); "ไม่อยากตื่น" alone is a Monday morning.
      `\\p{L}*(?:ไม่อยากตื่น(?:ขึ้นมา)?อีก|ไม่อยากมีชีวิตอยู่|ไม่อยากอยู่บนโลกนี้|อยากฆ่าตัวตาย|จะฆ่าตัวตาย)\\p{L}*`,
    ],
    violence: [
      // Farsi: the object glued to the verb, after a telling verb (گفته ... می‌کشدم, می‌کشمت).
      `(?:گفته|گفت|میگه|می گه|می گوید|گفتند|گفتن|تهدید\\p{L}*|قسم خورده) ${G(12)}(?:می ?کش(?:دم|ندم|ه ?م|ن ?م|دت|ندت|مت|یمت)|بکش(?:دم|ندم|مت))(?!\\p{L})`,
      // Papiamento: threatened with a knife or a gun; beaten (bati'é, dal'é: folding glues the pronoun on).
      `menas\\p{L}* ${G(3)}(?:ku )?(?:un |su |e )?(?:kuchu|kuchi|revolver|pistol|arma|machete)`, `(?:kuchu|revolver|pistol|machete) ${G(3)}(?:a )?menas\\p{L}*`,
      `(?:kasa|esposo|homber|ruman|tata|mama|e|el|nan|mi kasa|su kasa) (?:ta|a|sa) (?:batie|bati mi|dale|dal mi|maltratae|maltrata mi)(?!\\p{L})`,
      // Hindi and Urdu: beaten with a belt, a stick, slippers (बेल्ट से मारते हैं, بیلٹ سے مارتے).
      `(?:बेल्ट|डंडे|डंडा|छड़ी|चप्पल|जूते|लात|घूंसे|بیلٹ|ڈنڈے|جوتے|چپل) (?:से|سے) ${G(2)}(?:मार|पीट|مار|پیٹ)\\p{L}*`,
    ],
    emergency: [
      // Albanian: not breathing; choking on something.
      `nuk (?:po )?merr (?:me )?fryme`, `(?:po|u|eshte duke u) mbyt\\p{L}* me (?:nje )?(?:karamele|ushqim|cope|kokerr|buke|molle|arre|leng)`,
      // Somali: the chest hurts, with sweat or the left arm.
      `laab\\p{L}* ${G(4)}xanuun\\p{L}* ${G(20)}(?:dhidid\\p{L}*|gacanta bidix|neef\\p{L}*)`, `(?:dhidid\\p{L}*|gacanta bidix) ${G(20)}laab\\p{L}* ${G(4)}xanuun\\p{L}*`,
    ],
  },
  concern: {
    suicide: [
      // Bulgarian: "tomorrow he (I) will be no more", not "not in the office tomorrow".
      `(?:утре|довечера|скоро|след малко|от утре) ${G(3)}няма да (?:го|ме|я) (?:има|бъде)(?! (?:в|във|на|у|при|до|за) )`,
    ],
    violence: [
      // Hindi: a child who says the father hits her at night (पापा रात को मारते हैं).
      `(?:पापा|पिता|पति|बाप|अब्बू|सौतेले पिता|मम्मी) ${G(6)}(?:मारते|मारता|मारती|पीटते|पीटता|पीटती) (?:हैं|है|थे)`,
    ],
  },
  /** Farewell letters written to the children, everyone (написа писма на децата). */
  farewell: `(?:написа|написах|остави|оставих|написал\\p{L}*) ${G(2)}(?:прощални )?(?:писма|писмо|бележк\\p{L}*) (?:на|за|до) (?:децата|всички|мен|жена си|мама|нас)`,
  /** A phone switched off, no answer (Bulgarian). */
  silent: `(?:телефон\\p{L}* ${G(2)}(?:е )?(?:изключен|затворен)|не (?:вдига|отговаря) (?:на )?телефон\\p{L}*)`,
  /** Told not to tell anyone (किसी को बताने से मना किया). */
  secret: `(?:किसी को )?(?:बताने से मना|मत बताना|किसी को मत बता\\p{L}*|کسی کو مت بتا\\p{L}*|بتانے سے منع)`,
  /** Blue marks (नीले निशान). */
  injury: `(?:नीले निशान|चोट के निशान|نیلے نشان)`,
};

export const universalSafetyLexicon: SafetyLexicon = {
  crisis: {
    suicide: [
      ...round14.crisis.suicide, ...round15.crisis.suicide,
      // Someone who says they will kill themselves or jump; not wanting to wake up or to live (training files 2026-12-02).
      saysWillDie, notWakeWish, notLiveWish,
      ...round12.crisis.suicide, ...round13.crisis.suicide,
      `(?:ma doonayo|ma rabo|ma rabto|ma doonayso) ${G(1)}(?:inaan|in aan) noolaado`, 'ካብዚ ዓለም', 'mieux sans moi', `(?:medicaments|cachets|pilules) de cote`, 'mejor sin mi', 'quiero desaparecer',
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
      // Medicines put aside or saved up "just in case" (j'ai mis de côté une boîte de médicaments, au cas où).
      `${putAside} ${G(6)}${medicines} ${G(10)}${justInCase}`, `${medicines} ${G(4)}${putAside} ${G(10)}${justInCase}`,
      'sinucid\\p{L}*', 'sa ma (?:sinucid|omor)', `vreau ${G(1)}sa mor`, 'nu mai vreau sa traiesc', 'selbstmord', 'mich umbringen', `(?:will|mochte) ${G(1)}sterben`, 'nicht mehr leben',
      // Tigrinya "I am leaving this world"; Papiamento taking one's life; Chinese not wanting to wake up again (no spaces between words there, hence the letters around).
      `ካብ(?:ዛ|ዚኣ) ዓለም ${G(1)}ክ\\p{L}*`, `(?:kita|quita) (?:su|mi|nan) (?:mes |propio )?bida`, `\\p{L}*不想(?:再|再也不想)醒(?:来|过来)\\p{L}*`, `\\p{L}*(?:不想活了|结束自己的生命|结束我的生命)\\p{L}*`,
    ],
    violence: [
      ...round12.crisis.violence, ...round13.crisis.violence, ...round14.crisis.violence, ...round15.crisis.violence,
      // Beaten, strangled or threatened with death (bate nela, m'a serré le cou, e fon en pikin, 又打我, لت و کوب).
      beatenU,
      // A knife at the door and a threat to kill (con un cuchillo gritando que va a matar a mi marido).
      `(?:con|tiene|avec|mit|com|cu|sta con) (?:un |una |une |einem |uma |o )?${blade} ${G(6)}(?:matar|tuer|umbringen|omoara|uccidere|ammazzare)\\p{L}*`,
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
      // A knife or a gun put to the neck or the throat (le puso un cuchillo en el cuello), in any of these languages.
      `${blade}\\p{L}{0,2} ${G(4)}${throat}`, `${throat} ${G(3)}(?:con|avec|mit|com|cu|с|със|با) (?:un |una |une |le |el |dem |einem |uma |o |la )?${blade}`,
      // Hit told in the past: me pegó anoche, il m'a frappée, hat mich geschlagen, m-a bătut (not "a fright", "the flu", "that struck me").
      `(?<!(?:se|sol|balon|pelota|coche) )me (?:pego|pegaba|ha pegado|golpeo|golpeaba|ha golpeado|dio (?:una paliza|una bofetada|un punetazo|una patada))(?! (?:un susto|un grito|la gripe|la gripa|el covid|el virus|el resfriado|un resfriado|el catarro|los piojos)(?![\\p{L}\\p{N}]))`,
      `(?<!(?:ca|ce qui|qui|cela|ce) )(?:il |elle |mon mari |mon copain |mon pere |mon ex )?m ?a (?:frappe\\p{L}*|battu\\p{L}*|gifle\\p{L}*|tabasse\\p{L}*|etrangle\\p{L}*|cogne\\p{L}*)(?! (?:aux|au|en|a la) )`, `hat mich (?!(?:beim|im|in|bei) )${G(2)}(?:geschlagen|verprugelt|verpruegelt|gewurgt|getreten)`, `m a (?:batut|strans de gat)(?! la (?:sah|table|carti|fotbal|tenis|joc))`,
      `(?:dice|dijo|ha dicho|grita|gritaba) que (?:me|nos|la|te) (?:va a|iba a|vamos a) matar(?! ${G(6)}(?:notas|nota|examen|examenes|boletin))`, `(?:dit|crie|a dit) qu ?(?:il|elle) va (?:me|nous|la|te) tuer(?! ${G(6)}(?:notes|note|bulletin|examen|controle))`, `(?:sagt|sagte|droht|drohte) ${G(3)}(?:mich|uns|sie) ${G(1)}(?:umbringen|toten)`,
      // Papiamento: someone is hitting or beating her, him or me ("e kasá ta dal e").
      `(?:kasa|esposo|homber|ruman|tata|mama|e|el|nan) ta (?:dal|bati|maltrata) (?:mi|e|nan|su|mi yu|e mucha)(?! (?:webu\\p{L}*|krema|mantekilla|beslag|deeg|salsa|rekord|record|bala))`,
      // A threat to kill, told with a telling verb, or a knife shown.
      `(?:hanjab\\p{L}*|igu hanjabay) ${G(3)}(?:dil\\p{L}*|mindi\\p{L}*)`, `(?:mindi|middi) ${G(2)}(?:igu|ku) ${G(1)}(?:hanjab\\p{L}*|dhufay|taagay|tusay)`,
      `(?:گفته|گفت|میگه|می گوید|می گه|تهدید) ${G(2)}(?:اگر|اگه) ${G(10)}(?:مرا|منو|من را|ما را|مارو) ${G(1)}(?:می ?کشد|می ?کشه|می ?کشن|می ?کشند|بکشد|بکشه)`, `تهدید ${G(3)}به (?:کشتن|مرگ|قتل)`, `تهدید ${G(4)}(?:مرا|منو|من را|ما را|مارو) ${G(1)}(?:بکشد|بکشه|می ?کشد|می ?کشه)`, 'ክቐትለኒ', 'ይቐትለኒ', 'ሊገድለኝ', 'ይገድለኛል', `چاقو ${G(3)}(?:نشانم|نشونم|نشان داد|نشون داد|کشید|گذاشت|زد)`,
      `заплаш\\p{L}* ${G(2)}(?:да )?(?:ме |нас )?(?:убие|убия|нож\\p{L}*)`, `(?:с|със) нож ${G(2)}(?:ме |нас )?(?:заплаши|нападна|гони|заплашва)`,
      `menac\\p{L}* ${G(3)}(?:me tuer|nous tuer|de mort)`, `(?:avec|a) un couteau ${G(3)}(?:menace|me menace|sur moi|contre moi)`, `(?:menace|me menace) ${G(3)}(?:avec )?un couteau`,
      `amenaz\\p{L}* (?:con |que )?(?:me |nos )?(?:va a )?(?:matarme|matarnos|matar)`, `(?:con|un) cuchillo ${G(3)}(?:me amenazo|me amenaza|contra mi)`, `me amenazo con (?:un )?cuchillo`,
      `amea\\p{L}* (?:de )?(?:que )?(?:vai )?(?:me|nos) matar`, `(?:com|uma) faca ${G(3)}(?:me ameacou|me ameaca|contra mim)`, `me ameacou com (?:uma )?faca`,
      `(?:m a |ne a |a )?amenint\\p{L}* (?:ca )?(?:ma|ne) (?:omoara|omoare|va omori)`, `(?:cu )?cutitul ${G(3)}(?:m a amenintat|ma ameninta|a amenintat)`,
      `(?:ferjem|parom|elettarsam|apam|apukam|baratom|nevelo ?apam) (?:engem |minket |minden nap |mindig |folyton )?(?:ver|megver|vert|megvert|bantalmaz\\p{L}*|veri)`, `(?:engem|minket|a gyerekeket) ${G(1)}(?:ver|megver|vert|megvert|veri)`, `(?:azzal )?fenyeget\\p{L}* ${G(2)}(?:hogy )?(?:megol|meg fog olni|megolnek)`, `kessel fenyeget\\p{L}*`,
      // "Stop, you'll kill the boy" screamed next door (Portuguese, Spanish, French, German), not "kill me with laughter".
      `(?:para|pare|parem|chega|basta|deja|dejalo) ${G(2)}(?:vais|vai|voce vai|tu vais|lo vas a|la vas a|le vas a|vas a) (?:matar|mata) (?:o |a |al |a la )?(?:teu |tua |seu |sua |tu |su )?(?:menino|menina|miudo|miuda|crianca|bebe|filho|filha|irmao|irma|nino|nina|chico|chica|hijo|hija|hermano|hermana)?(?! de (?:rir|riso|risa|susto|vergonha|hambre))`,
      `(?:arrete|arretez|stop) ${G(2)}tu vas (?:le|la|les) tuer(?! de rire)`, `(?:hor|horr) auf ${G(2)}du bringst (?:ihn|sie|das kind|den jungen) ${G(1)}um`,
      // Pushed against the wall (Spanish); beaten with a bat and "the next one is dead" (Romanian); an old mother beaten by her son (Bulgarian).
      `me (?:acaba de empujar|ha empujado|empujo|estampo|estrello|tiro) contra (?:la|el) (?:pared|puerta|suelo|armario|mesa)`,
      `(?:a zis|a spus|zice|spune|ne a zis) ${G(1)}(?:ca )?(?:urmatorul|urmatoarea|cine|oricine) ${G(4)}(?:e|este|va fi|o sa fie) mort\\p{L}*`, `(?:l|o|i|ne) a batut ${G(5)}cu (?:o |un )?(?:bata|ranga|cureaua|furtunul|lopata|parul)`,
      `(?:син\\p{L}*|мъж\\p{L}*|зет\\p{L}*|внук\\p{L}*|баща\\p{L}*|съпруг\\p{L}*|той) ${G(2)}(?:я|го|ги) (?:бие|пребива|удря|рита|бъхти)(?! на (?:шах|карти|табла|футбол|тенис))`,
    ],
    emergency: [
      ...round12.crisis.emergency, ...round13.crisis.emergency, ...round15.crisis.emergency,
      // All the pills taken; fire or smoke from a home; plain emergencies; a fall with no answer or bad breathing; signs of a stroke, two or said to be sudden.
      tookAllPills, fireU, plainEmergencyU, `${collapseU} ${G(10)}(?:${unresponsiveU}|${breathU})`, `${unresponsiveU} ${G(6)}${breathU}`, `${suddenU} ${G(8)}${strokeU}`, `${strokeU} ${G(10)}${strokeU}`, `${seizureU} ${G(10)}${unresponsiveU}`, `${unresponsiveU} ${G(10)}${seizureU}`,
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
      // Something taken or a party, then not waking, not reacting or breathing strangely (se tomó algo en la fiesta y no despierta); days unseen and no answer, a dog howling or a smell.
      `${tookSomething} ${G(12)}${unresponsive}`, `no despierta(?! (?:para|a tiempo|temprano|por la manana|por las mananas|antes|hasta|interes|sospechas)(?![\\p{L}\\p{N}]))`,
      `${daysUnseen} ${G(16)}(?:${noAnswer}|${alarmAtDoor})`, `(?:${noAnswer}|${alarmAtDoor}) ${G(16)}${daysUnseen}`,
      'ne respire (?:plus|pas)', 'inconscient\\p{L}*', 'au feu', 'no respira', 'inconsciente', 'incendio', 'nao respira', 'nu respira', 'incendiu', 'atmet nicht', 'bewusstlos',
      // Gas smelt (not "no smell of gas"); Somali a mouth gone crooked; Tigrinya no breath, foam from the mouth; Indonesian choking and blue.
      `(?:بوی|بو ی) ${G(1)}گاز(?! ${G(1)}(?:نمیاد|نمی ?آید|نیست|نمیده|نمی ?دهد))`, `(?<!(?:no|nao|ne|nicht|nu|pas) )(?:huele|cheira|sent|riecht|miroase) (?:a |le |nach |de )?(?:gas|gaz)`, `(?<!(?:pas|sin|sem|kein|niciun) )(?:olor|odeur|dodeur|cheiro|miros|миризма) (?:a |de |do |на )?(?:gas|gaz|газ)`, `(?<!kein )gasgeruch`,
      `af\\p{L}* ${G(3)}qallooc\\p{L}*`, `qallooc\\p{L}* ${G(1)}(?:af|waj)\\p{L}*`,
      `ትንፋስ (?:የብሉን|የብላን|የብሉ|የብላ|የለን|የለን)`, `(?:ኣፉ|ኣፋ|ኣፍ|ኣፎም)\\p{L}* ${G(1)}(?:ዓፍራ|ዓፈራ|ኣረፋ)`, `ትንፋሽ የለውም`,
      `tersedak ${G(8)}(?:biru|membiru|tidak bisa (?:batuk|bernapas|bernafas|napas|nafas)|tak bisa (?:batuk|bernapas|napas))`, `tidak (?:bisa )?(?:bernapas|bernafas)(?! ${G(1)}(?:lega|dengan hidung|lewat hidung))`,
      // Bleeding hard or that will not stop (French, Spanish, German, Portuguese), not told as the past.
      `(?<!(?:^|\\s)a )saigne (?:enormement|abondamment|a flots|trop|tellement|sans arret|comme (?:un|une) \\p{L}+)`, `(?:sang|saignement|saigne) ${G(4)}(?:ne )?sarrete (?:pas|plus)`,
      `sangra (?:muchisimo|sin parar|un monton|a chorros)`, `no (?:para|deja) de sangrar`, `blutet (?:sehr |extrem |ganz )?(?:stark|heftig|ohne aufzuhoren)`, `hort nicht auf zu bluten`, `nao para de sangrar`,
    ],
  },
  // Laboured breathing or a fall told without more: asked about, not answered as an emergency.
  concern: {
    // Plainly a farewell in words the intake does not speak: "from today I am no longer your problem", "tonight I go to the railway", "I won't be a burden any more", "nobody will miss me".
    suicide: [...round12.concern.suicide, ...round13.concern.suicide, ...round14.concern.suicide, ...round15.concern.suicide, 'ጸገም ኣይኮንኩምን', `መገዲ ባቡር ${G(1)}ክኸይድ`, `bojh nahi (?:banunga|banungi|banoonga)`, `senkinek nem fogok hianyozni`, `(?:caawa|berri) buundada (?:ayaan|waan) (?:tagayaa|aadayaa)`, `(?:ez e|eze) herim ser (?:reya|rela|hesin) tren\\p{L}*`, `(?:мне|мені) (?:уже|вже) не (?:помочь|допомогти)`,
      // "God take me (tonight)": a prayer to die (Ilaah ha i qaado caawa, que Dios me lleve, Doamne ia-mă).
      `(?:ilaah|ilaahay|ilahay|alle|allah|rabbi|eebbe)\\p{L}* ha (?:i|na) qaad\\p{L}*`, `(?:que )?dios (?:me lleve|llevame)`, `(?:que )?dieu (?:me prenne|prends moi|vienne me chercher)`, `(?:lieber )?gott ${G(1)}(?:hol mich|soll mich holen|nimm mich)`,
      `doamne ${G(1)}(?:ia ma|sa ma iei)`, `sa ma ia (?:dumnezeu|domnul)`, `(?:господи|боже) ${G(1)}прибери ме`, `خدا(?:یا)? ${G(1)}(?:منو|مرا|جونمو|جانم را) (?:ببر|بگیر|بکش)`,
      // Medicines put aside or saved up, without more (the "just in case" form is a crisis).
      `${putAside} ${G(6)}${medicines}`, `${medicines} ${G(4)}${putAside}`,
      // A rope or razor blades bought (j'ai acheté des lames de rasoir, a kumpra un kabuya).
      `(?:achete|compre|comprei|gekauft|am cumparat|ho comprato|kumpra|kupil|купил|купив|خریدم|iibsaday) ${G(3)}(?:lames de rasoir|lames|corde|cuerda|soga|corda|seil|strick|funie|kabuya|веревку|мотузку|طناب|rasierklingen|cuchillas|lamette)`,
      `(?:besser|leichter) ohne mich`, `ohne mich ${G(2)}(?:besser|leichter) dran`,
      // Somali "my life is over for me"; Tigrinya "greet my family for me"; Chinese charcoal with a sealed room.
      `(?:nolosh\\p{L}*) ${G(2)}(?:iga|ka) dhammaat\\p{L}*`, `ንስድራ\\p{L}* ሰላም (?:በሉ|በሉለይ|በሊ)\\p{L}*`, `\\p{L}*炭\\p{L}* ${G(2)}\\p{L}*(?:房间|门窗|胶带|封|不想)\\p{L}*`],
    // A relative who took the card and no longer lets her speak on the phone; a child told not to tell mum.
    // "Dad, don't" screamed by a child (Bulgarian) next door.
    violence: [...round12.concern.violence, ...round13.concern.violence, ...round14.concern.violence, ...round15.concern.violence, `${secretU} ${G(25)}${childU}`, `${childU} ${G(25)}${secretU}`,
      // A child screaming "Papa, don't" next door (Papa nicht, no papa!, मम्मी बचाओ).
      `(?:papa|mama|papi|mami) (?:nicht|aufhoren|hor auf|nein|stop|basta|para|pare|nu)(?!\\p{L})`, `(?:nicht|nein|nao|stop|no|nu) (?:papa|mama|papi|mami)(?! (?:noel|fritas|frita|francisco))(?!\\p{L})`, `(?:मम्मी|पापा|माँ) बचाओ`, `bachao`,
      `(?:тате|татко|мамо) недей`, `(?:i a luat|ia luat) (?:cardul|banii|pensia|buletinul|pasaportul) ${G(8)}nu (?:o|il|ma) (?:mai )?lasa`, `به (?:مامان|مادر|بابا|پدر)\\p{L}* ${G(1)}نگو`,
      // A threat to take the children or to find her after she left.
      `amenaz\\p{L}* con (?:quitarme|llevarse|llevarme) ${G(1)}(?:los|mis|a los|a mis) (?:ninos|hijos|hijas|pequenos)`, `(?:dice|dijo|ha dicho) que (?:nos|me|la) va a (?:encontrar|buscar)`,
      `menac\\p{L}* ${G(2)}(?:prendre|enlever|garder) (?:les|mes) enfants`, `(?:dit|a dit) qu ?il va (?:nous|me) (?:retrouver|trouver)`, `droht ${G(3)}(?:die kinder|meine kinder) ${G(2)}(?:wegzunehmen|nehmen)`, `(?:m a amenintat|ameninta) ${G(3)}(?:copiii|copii)`,
      // Locked in (Spanish), passports taken and locked in at night (Romanian), screams and blows heard (Bulgarian).
      `(?:me|nos) (?:ha |acaba de )?(?:encerrado|encerro|dejo encerrad\\p{L}*)`, `(?:estoy|estamos) encerrad[oa]s? ${G(4)}(?:con mi|con los|con el|sin llaves|con mis)`,
      `(?:ne a luat|ne au luat|ne ia|ne tine|ia luat|i a luat) ${G(2)}(?:pasapoartele|pasapoarte|actele|buletinele)`, `(?:ne|ii) (?:incuie|a incuiat|au incuiat|tine incuiati)`,
      `(?:чувам|чуваме|чух|чухме) ${G(2)}(?:викове|писъци|крясъци) ${G(2)}(?:удари|тупане|блъскане)`], emergency: [...round12.concern.emergency, ...round13.concern.emergency, `(?:pas vue?|pas vu) depuis (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\\d+ jours|plusieurs jours|des jours)`, `respira (?:greu|cu greu|foarte greu)`, `respire (?:tres |super )?(?:mal|difficilement|bizarre|bizarrement|lentement)`, `atmet (?:ganz |sehr )?(?:komisch|kaum|schwach|langsam|flach)`, `respira (?:muy |bastante |un poco )?(?:mal|con dificultad|raro|lento|despacio)`, daysUnseen, `respira com dificuldade`, `трудно диша`, `nehezen (?:lelegzik|kap levegot)`] },
  // Farewells told as a story in languages the intake does not speak: things given away or affairs settled, a letter left, and a time or a place that ends it. Two of them ask the safety question.
  signals: {
    suicide: [
      [...round14.giving, `donne (?:mon|ma|mes) (?:chat|chien|lapin|plantes|affaires|velo|console|ordinateur|montre|bijoux)`, `شت\\p{L}* ${G(3)}بەخشی\\p{L}*`, `(?:सारे|अपने) ${G(2)}(?:गहने|ज़ेवर|कपड़े|सामान) ${G(4)}दे (?:दिए|दी|दिया)`,
        `(?:m ?a|il m ?a|elle m ?a|ma|il a|elle a) donne (?:son|sa|ses) (?:telephone|portable|console|cles|affaires|montre|velo|ordinateur)`, `ሁሉንም ${G(3)}(?:ሰጠች|ሰጠ|ሰጠሁ|ሰጥታ\\p{L}*|ሰጥቶ\\p{L}*)`, `(?:оставих|дадох|раздадох|подарих) ${G(3)}(?:ключовете|колата|кучето|котката|нещата си|всичко)`, `(?:همه چیز\\p{L}*|لپ ?تاپ\\p{L}*|گوشی\\p{L}*|ماشین\\p{L}*) ${G(4)}(?:بخشیدم|دادم)`, `(?:ya )?regale (?:mis|todas mis|todo)`,
        `donne (?:mes|toutes mes) affaires`, `(?:dei|doei) (?:as minhas|todas as minhas|tudo)`, `am dat (?:tot|toate lucrurile)`,
        // German: almost everything given away; Somali: her gold given away; Spanish: my things.
        `(?:fast |beinahe |so gut wie )?alles ${G(2)}(?:verschenkt|weggegeben)`, `(?:verschenkt|weggegeben|verschenke) ${G(2)}(?:alles|meine sachen|meine pflanzen|meine bucher|meine kleider|mein auto|meine katze|meinen hund)`,
        // Passwords and bank details sent to the family.
        `(?:passworter|passwoerter|passwort|zugangsdaten|pin ?codes?|bankdaten|kontodaten|bankverbindung|mots de passe|codes? pin|contrasenas|claves|senhas|parolele) ${G(8)}(?:geschickt|geschrieben|gegeben|hinterlassen|geteilt|envoye\\p{L}*|donne\\p{L}*|laisse\\p{L}*|mando|envio|dejo|mandou|enviou|deixou|trimis)`,
        // A dog and money left with a neighbour; a console and the car keys given; all my things are yours (Pashto).
        `(?:le )?deje ${G(4)}(?:el perro|el gato|mi perro|mi gato|mis llaves|las llaves|dinero para)`, `mi ha dato ${G(3)}(?:la sua|le chiavi|il suo)`, `زما ټول شیان`, `(?:ho regalato|a regale|hab ${G(3)}geschenkt|geschenkt)`,
        `(?:dahab|alaab|dharka|gaadhi)\\p{L}* ${G(4)}(?:iska )?(?:bixi|siis|siiy)\\p{L}*`, `(?:di|regale|he regalado|he dado|regalo) ${G(1)}(?:todas )?(?:mis|sus) cosas`],
      [`(?:escribi|deje|he escrito|he dejado) ${G(1)}(?:las |unas |mis |dos |tres )?cartas (?:para|a)`, `(?:skibi|skirbi|skribi) un karta`, `(?:đe|de) lai ${G(1)}thu`, `написах ${G(2)}писм\\p{L}*`, `نامه ${G(4)}نوشتم`, `(?:laisse|ecrit) une lettre(?! de (?:motivation|candidature|reclamation|recommandation))`, `(?:deje|escribi) una carta`, `(?:deixei|escrevi) uma carta`, `am (?:scris|lasat) o scrisoare`, `atsisveikinimo`,
        // A will written (Farsi وصیت‌نامه نوشت, German, French, Spanish, Somali, Romanian, Bulgarian).
        `وصیت ?نامه\\p{L}* ${G(2)}(?:نوشت|نوشتم|نوشته|نوشتن|نوشتیم)\\p{L}*`, `وصیت (?:کرد|کردم|کرده)`, `(?:abschiedsbrief|testament) ${G(3)}(?:geschrieben|hinterlassen|gemacht|aufgesetzt)`, `(?:testament|lettre d ?adieu) ${G(2)}(?:ecrit|fait|redige|laisse)\\p{L}*`,
        // "Look after the dog", said as a farewell.
        `(?:kummert euch um|kummere dich um|occupez vous de|prenez soin de|cuidad (?:de|a)|cuiden (?:a|de)|cuidem (?:do|da|de)|aveti grija de)`,
        // Bills paid and the flat tidied "so nobody has work after me".
        `(?:paye|regle) (?:toutes )?(?:mes|les) factures`, `range l ?appartement`, `(?:personne|nadie|niemand|ninguem) ${G(3)}(?:travail|trabajo|arbeit|trabalho) ${G(1)}(?:apres moi|despues de mi|nach mir|depois de mim)`, `(?:he dejado|deje|dejo) cartas`, `(?:ho scritto|a scris|ha scritto) una lettera`, `nameyek ${G(4)}nivisand`, `skirbi un karta`, `ደብዳቤ ጽፌ`, `خط لکھ دیا`, `đã viết thư`, `nag iwan na ako ng sulat`,
        `(?:escribi|escribio|hizo|hice|he hecho|ha hecho) ${G(1)}(?:su |mi |el )?testamento`, `dardaaran\\p{L}* ${G(2)}(?:qoray|qortay|sameeyay|dhigay)`, `(?:am scris|a scris|am facut|a facut) ${G(1)}testament\\p{L}*`, `(?:написа|написах|направи|направих) ${G(1)}завещание`],
      [...round14.signals.time, `toi nay ${G(3)}se (?:đi|di)`, `(?:днес|довечера) ${G(1)}пак ще (?:отида|ида)`, `caawa ${G(3)}(?:wada )?(?:qaadan|liqi|cuni)\\p{L}*`, `awe nochi ${G(4)}bai`, `утре няма да (?:отида|ида|ходя)`, `berri ma (?:joogi|jiri) (?:doono|doonaa|doonto)`, `нито вдругиден`, `امشب ${G(3)}تموم (?:میشه|می شه|می شود)`, `(?:manana|esta noche) vuelvo`, `puente ${G(4)}mirar el agua`, `le pont ${G(8)}(?:regarde|depuis des heures)`, `je voulais (?:juste )?que quelqu ?un sache`,
        // Tonight to the bridge (ce soir je vais au pont), tomorrow morning to the river (فردا صبح می‌رود کنار رودخانه), tomorrow easier for everyone.
        `(?:ce soir|cette nuit|demain|tout a l ?heure) ${G(4)}(?:au|sur le|vers le|jusqu ?au|sous le|du) (?:pont|viaduc|train|rails|voie ferree|quai|fleuve|canal)`, `(?:je vais|j ?irai|aller) (?:au|sur le|vers le|jusqu ?au) (?:pont|viaduc|rails|canal|fleuve)`,
        `(?:morgen|heute nacht|heute abend) ${G(4)}(?:fur alle|fur euch|fur dich|fur meine familie) ${G(1)}(?:leichter|besser)`, `(?:heute nacht|heute abend|morgen) ${G(4)}(?:zur brucke|an die gleise|auf die brucke|an den fluss|an den kanal)`,
        `(?:فردا|امشب|امروز|پس فردا)\\p{L}* ${G(5)}(?:رودخانه|رودخونه|رود|پل|دریا|ریل|قطار|پشت بام)\\p{L}*`, `(?:esta noche|manana) ${G(4)}(?:al|el|del) (?:puente|rio|tren|vias)`, `(?:diseara|maine|la noapte) ${G(4)}(?:la|pe) (?:pod|podul|calea ferata|rau|raul)`],
      // No strength or meaning left, not eating (j'en peux plus, زندگی دیگر معنی ندارد, cunto ma cunto).
      [`(?:j ?|je n ?)en peux plus`, `(?:ya )?no puedo mas`, `ich kann nicht mehr`, `(?:es )?hat ${G(1)}keinen sinn mehr`, `زندگی ${G(2)}(?:معنی|معنا) ${G(1)}(?:ندارد|نداره)`, `دیگه نمی ?کشم`,
        `waan daalay`, `(?:nolosha|noloshu) ${G(2)}(?:macno|micno) ${G(1)}ma (?:leh|laha)`, `cunto ma (?:cunto|cuno|cunin|cunayo)`, `nu mai (?:pot|are rost|mananca)`, `не мога повече`, `няма смисъл`,
        noStrengthU, `no come ${G(1)}(?:nada|desde)`, `ne mange (?:plus|rien)`, `isst ${G(1)}nichts mehr`, `(?:نمی ?خوره|غذا نمی ?خورد|غذا نمیخوره)`],
      // Farewell words, a means, a phone that is not answered.
      [farewellU, ...round14.signals.farewell, round15.farewell], [meansUni], [silentU, round15.silent],
    ],
    // Someone not seen for days, who does not open or answer, a dog howling or a smell, an elderly person alone: two of them ask.
    emergency: [
      [daysUnseen],
      // A high fever; a burnt smell.
      [`(?:febra|fiebre|fievre|fieber|febre|температура|تب)\\p{L}* ${G(2)}(?:4[0-2]|39|foarte mare|muy alta|tres forte|sehr hoch|висока|بالا)|ትኩሳ\\p{L}*|ሙቐት|qandho`],
      [`huele a quemado|olor a quemado|sent le brule|odeur de brule|riecht (?:nach )?verbrannt|brandgeruch|miroase a (?:ars|fum)|мирише на (?:изгоряло|пушек|дим)|بوی (?:سوختگی|سوخته|دود)|cheiro de queimado`],
      [noAnswer],
      [alarmAtDoor],
      [collapseU, round14.collapse], [unresponsiveU], [breathU], [colourU], [strokeU, round14.stroke], [chestU], [smokeU], [insideU], [seizureU],
      [`(?:in varsta|batran\\p{L}*|traieste singur\\p{L}*|persona mayor|anciano|anciana|vive sol[oa]|personne agee|vieille dame|vieux monsieur|vit seul\\p{L}*|altere dame|alterer herr|lebt allein|idos[oa]|mora sozinh[oa]|възрастн\\p{L}*|живее сам\\p{L}*|waayeel|سالمند|پیرزن|پیرمرد|تنها زندگی|مرد پیر|زن پیر|alte dame|alter mann|idosa|idoso)`],
    ],
    // A secret a child must keep, injuries, control, fear: two of them ask.
    violence: [[secretU, round14.secret, round15.secret], [injuryU, round15.injury], [controlU], [fearU, round14.fear], [hearU], [lockedU],
      // A child crying at night; drunk; a threat to beat.
      [`(?:fetita|fetitei|baietelul|copilul|copiii|copila|la nina|el nino|los ninos|la petite|le petit|les enfants|das kind|die kinder|детето|децата|бебето)\\p{L}* ${G(4)}(?:plang\\p{L}*|llora\\p{L}*|pleur\\p{L}*|weint|weinen|плаче|плачат|пищи)`],
      [`ሰኺሩ|ሰኺራ|ሰክሮ|borracho|ivre|betrunken|пиян|beat mort`], [`ще (?:ни|ме|те|я|го|ги) (?:пребие|пребият|набие|набият|бие|смаже)`]],
  },
  // The same stems are English and Dutch words too: their negations are not a statement here either.
  figurative: [...round14.figurative, `(?:not|never|no|niet|nooit|geen|pas|nunca) ${G(1)}suicid\\p{L}*`, 'zelfmoordpreventie', 'suicide prevention',
    // Said not to be so: "il ne me frappe pas hein".
    `(?:il|elle) ne (?:me|nous|la|le|les) (?:frappe|bat|tape) (?:pas|jamais|plus)`, `(?:il|elle) (?:me|nous) (?:frappe|bat|tape) (?:pas|jamais)`,
    // Actors rehearsing a play shout "ich bring dich um": a line, not a threat.
    `bring\\p{L}* (?:ich )?(?:dich|euch) um ${G(10)}(?:schauspieler\\p{L}*|theater\\p{L}*|proben|probe|rolle|theaterstuck|laientheater)`, `(?:schauspieler\\p{L}*|theater\\p{L}*|proben|probe|rolle|theaterstuck|laientheater) ${G(10)}bring\\p{L}* (?:ich )?(?:dich|euch) um`,
    // Said not to be so: "je veux pas mourir hein", "نه، قصد خودکشی ندارم".
    `(?:je )?(?:ne )?veux pas mourir`, `(?:j ?ai )?pas envie de mourir`, `(?:قصد|نیت|فکر) ${G(1)}خودکشی ${G(1)}ندار\\p{L}*`,
    // A topic, not a statement ("a documentary about suicide", "training on recognising suicidal signs"), as the English and Dutch lexicons read it.
    `(?:documentary|docu|documentaire|film|movie|serie|series|podcast|boek|book|article|artikel|spreekbeurt|werkstuk|presentation|presentatie|lecture|talk|training|workshop|course|cursus) ${G(4)}(?:about|over|on|of|sur|sobre|uber|despre|за|درباره) ${G(1)}(?:suicid\\p{L}*|самоубийств\\p{L}*|خودکشی)`, `(?:recognise|recognize|spot|spotting|warning signs|signalen|herkennen) ${G(4)}suicid\\p{L}*`, `suicid\\p{L}* (?:signalen|signs|gedrag|gedachten|behaviour|behavior) ${G(4)}(?:herkennen|signaleren|recognise|recognize|spot|spotten)`,
    // A thesis or research project on suicide or its prevention ("scriptie over suicidepreventie"), as the Dutch and English lexicons read it.
    `(?:thesis|scriptie|assignment|research|onderzoek|essay|paper|werkstuk|afstudeer\\p{L}*|interview\\p{L}*|project|projet|proyecto|tesis|these) ${G(8)}suicid\\p{L}*`,
    `nem (?:vagyok |akarok |leszek )?ongyilkos\\p{L}*`, `ongyilkossag ?megelozes\\p{L}*`,
    // A question about "someone" for a school project (iskolai projekthez), a school talk about domestic violence: a topic, not a disclosure.
    `ha valaki ongyilkos\\p{L}* ${G(12)}(?:iskolai|iskolas|projekt\\p{L}*|dolgozat\\p{L}*|beadand\\p{L}*|eloadas\\p{L}*|fogalmazas\\p{L}*)`,
    `(?:expose|projet|devoir|dossier|exposicion|trabajo|proyecto|trabalho|projeto|referat|schulprojekt|lavoro|ricerca|tesina|proiect|referatul|iskolai projekt\\p{L}*) ${G(6)}(?:sur|sobre|uber|despre|su|sulla|sul|about|a) ${G(1)}(?:la |el |a |die |le |o )?(?:violence (?:conjugale|domestique|familiale|faite aux femmes)|violencia (?:domestica|de genero|machista|familiar)|violenza (?:domestica|di genere)|violencia domestica|hausliche gewalt|violenta domestica|suicid\\p{L}*|harcelement|bullying)`,
    // Dying of laughter, of hunger, of shame (me quiero morir de risa).
    `(?:morir|morirme|muero|muriendo|morrer|morrendo) de (?:risa|hambre|sueno|calor|frio|verguenza|aburrimiento|ganas|envidia|amor|rir|fome|vergonha|saudade)`,
    // Said not to be so: nobody hits me (Portuguese, Spanish).
    `(?:ninguem|ninguém) me (?:bate|agride|machuca|bateu)`, `nadie me (?:pega|golpea|pego|maltrata)`,
    // Said not to be so: nobody hits me (Romanian), I don't want to kill myself (Somali), I don't think of suicide (Farsi), never.
    `nu (?:ma|ne) (?:mai )?bate nimeni`, `nimeni nu (?:ma|ne) (?:mai )?bate`, `(?:maya |ma )?(?:ma doonayo|ma rabo|ma rabto|ma doonayso) ${G(1)}(?:inaan|in aan) (?:is dilo|isdilo|is dilo|dhinto)`,
    `خودکشی ${G(2)}(?:فکر )?نمی ?کن\\p{L}*`, `(?:هرگز|هیچ ?وقت|اصلا) ${G(3)}(?:به )?خودکشی`, `(?:nie|nicht|nunca|jamais|niciodata|никога) ${G(2)}(?:an )?(?:selbstmord|suicid\\p{L}*|самоубийств\\p{L}*)`],
  // Told as the past (years ago) with nothing pointing to now, or as over (now I am fine): asked about, or no signal.
  past: {
    past: [`(?:\\S+ )?anni fa`, `quando ero (?:piccol\\p{L}*|giovane|ragazz\\p{L}*)`, `преди (?:\\S+ )?(?:години|година|месеца)`, `когато бях (?:малка|малък|млад|млада|дете)`, `hace (?:\\S+ )?(?:anos|ano|meses)(?! que)`, `cuando era (?:nino|nina|joven|pequeno|pequena)`, `il y a (?:\\S+ )?(?:ans|an|mois)(?! que)`, `quand j ?etais (?:petit|petite|jeune|enfant)`,
      `vor (?:\\S+ )?(?:jahren|jahr|monaten)`, `als ich (?:klein|jung|kind|ein kind) war`, `fruher (?:hab|habe|hat|hatte|war|wurde|bin|ist|wollte)`, `(?:ist|sind) ${G(2)}(?:jahre|jahr|monate) her`, `(?:ninkeygii|ninkaygii|ninkii) hore`, `jiray`, `(?:acum|in urma cu) (?:\\S+ )?(?:ani|an|luni)`, `cand eram (?:mic|mica|copil)`, `ha (?:\\S+ )?(?:anos|meses)(?! que)`, `(?:چند|\\S+) سال (?:پیش|قبل)`, `سالها پیش`, `(?:sanado|sano|sanadood) ka hor`, `(?:آن|اون) (?:وقت ها|وقتا|زمان|روزها|روزا)`, `regen (?:voltak|volt|akartam|gondoltam|gondolkodtam)`, `(?:\\S+ )?evvel ezelott`, `evekkel ezelott`],
    present: [`ujra`, `megint`, `most is`, `tegnap este`, `ma ejjel`, `di nuovo`, `stanotte`, `ieri sera`, `отново`, `снощи`, `тази нощ`, `otra vez`, `de nuevo`, `todavia`, `anoche`, `esta noche`, `encore`, `a nouveau`, `de nouveau`, `hier soir`, `cette nuit`, `ce soir`, `wieder`, `immer noch`, `noch immer`, `gestern`, `heute nacht`, `neuerdings`, `seit kurzem`, `jetzt (?:schlagt|schlaegt|droht|bedroht|will)`,
      `din nou`, `inca`, `aseara`, `in continuare`, `de novo`, `ainda`, `ontem`, `دوباره`, `هنوز`, `امشب`, `دیشب`, `mar kale`, `weli`, `caawa`, `xalay`],
    resolved: [`(?:ora|adesso|oggi) (?:sto|mi sento) (?:bene|meglio)`, `сега (?:съм|се чувствам) (?:добре|по добре|спокоен|спокойна)`, `(?:вече|сега) ${G(1)}(?:съм добре|всичко е наред)`, `(?:ahora|ya) (?:estoy|me siento) (?:bien|mejor)`, `lo (?:supere|he superado)`, `(?:maintenant|aujourd ?hui|desormais) ${G(1)}(?:je vais|ca va|je suis|je me sens) ${G(1)}(?:bien|mieux)`, `c ?est derriere moi`,
      `(?:jetzt|heute|inzwischen|mittlerweile) ${G(2)}(?:geht es mir gut|gehts mir gut|geht es mir besser|bin ich stabil)`, `liegt hinter mir`, `acum (?:sunt|ma simt) (?:bine|mai bine)`, `agora (?:estou|me sinto) (?:bem|melhor)`, `(?:الان|حالا|الآن) ${G(1)}(?:خوبم|حالم خوبه|بهترم)`, `hadda (?:waan|waxaan) (?:fiicanahay|ladnahay)`, `(?:waan|waynu) kala (?:tagnay|tagay)`, `(?:waan|waxaan) nabad (?:qabaa|ku jiraa)`, `(?:آن|اون) (?:وقت ها|وقتا|روزها|روزا) ${G(1)}گذشت\\p{L}*`, `most (?:mar )?(?:jol vagyok|jobban vagyok|jol erzem magam)`, `گذشت ${G(1)}(?:شکر|خدا را شکر|الحمدلله)`, `(?:ich )?bin (?:jetzt |seit \\S+ )?(?:trocken|clean|stabil)`, `geht es mir (?:jetzt )?(?:gut|besser)`],
  },
  // Taken back as a joke ("ma dan a e lafu", "шегувам се"): a crisis said so is asked about.
  jokes: [`(?:ma )?(?:dan )?a e lafu`, `шегувам се`, `(?:es|era) (?:una )?broma`, `(?:e|era|foi) (?:so )?brincadeira`, `sto scherzando`, `(?:nur|war nur) (?:spass|ein witz)`, `glumesc`],
  // The message is about someone else: a friend, a neighbour, a colleague.
  bystander: [`(?:mi|su) (?:amig[oa]|vecin[oa]|companer[oa])`, `(?:mon|ma|mes) (?:ami|amie|amis|voisin|voisine|collegue)`, `(?:meine?|meinen|meiner) (?:freund\\p{L}*|nachbar\\p{L}*|kolleg\\p{L}*)`, `(?:vecinul|vecina|prietena mea|prietenul meu|colegul meu|colega mea)`,
    `(?:o meu|a minha) (?:amig[oa]|vizinh[oa])`, `(?:съсед\\p{L}*|приятелката ми|приятелят ми|колегата ми)`, `(?:همسایه\\p{L}*|دوستم)`, `(?:saaxiib\\p{L}*|deriska|deriskay\\p{L}*)`],
  risk: [],
  refusal: [],
};
