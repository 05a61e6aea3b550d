import { G, type SafetyLexicon } from '../safety-lexicon.js';

/*
 * English, from the warning signs crisis lines publish (a wish to die, being a burden, no way
 * out, goodbyes, plans and means, self-harm) and the signs of domestic and child abuse and of
 * emergencies. Contractions lose their apostrophe when folded ("don't" → "dont"); the spellings
 * below write them out.
 */
const self = '(?:myself|himself|herself|themselves|yourself|my self)';
const victim = '(?:me|us|her|him|my (?:mother|mum|mom|kids|children|son|daughter|wife|sister|brother|baby|little brother|little sister|grandmother|nan|gran)|the kids|the children)';
const perpetrator = '(?:husband|partner|boyfriend|ex|father|dad|stepdad|stepfather|mother|mum|mom|stepmum|stepmom|wife|girlfriend|brother|son|uncle|he|she|they)';
const hitVerb = '(?:hits|hit|hitting|beats|beat|beating|kicks|kicked|kicking|chokes|choked|choking|strangles|strangled|slaps|slapped|slapping|punches|punched|punching|shoves|shoved|pushes|pushed|throws things at|burns|burned|burnt)';
const pills = '(?:pills|tablets|sleeping pills|sleeping tablets|sleepers|meds|medication|medicine|painkillers|paracetamol|tylenol|ibuprofen|aspirin|insulin|oxy|oxycodone|xanax|antidepressants|diazepam|benzos|codeine|tramadol)';
const water = '(?:canal|river|sea|lake|water|ocean|harbour|harbor|gracht|sea front)';
const adult = '(?:coach|uncle|stepdad|stepfather|teacher|trainer|tutor|babysitter|cousin|neighbour|neighbor|boyfriend|friend|pastor|priest|imam|instructor|grandpa|grandad)';
const height = '(?:bridge|roof|building|balcony|window|train|tracks|railway|cliff|car park|parking garage|tower)';

export const englishSafetyLexicon: SafetyLexicon = {
  spellings: {
    dont: 'do not', cant: 'can not', cannot: 'can not', wont: 'will not', im: 'i am', ive: 'i have', id: 'i would', ill: 'i will',
    doesnt: 'does not', didnt: 'did not', isnt: 'is not', arent: 'are not', wasnt: 'was not', havent: 'have not', couldnt: 'could not',
    wouldnt: 'would not', theres: 'there is', thats: 'that is', whats: 'what is', shouldnt: 'should not', hes: 'he is', shes: 'she is', theyre: 'they are', idk: 'i do not know',
    wanna: 'want to', gonna: 'going to', u: 'you', ur: 'your', r: 'are', kms: 'kill myself', kys: 'kill yourself', rn: 'right now',
    unalive: 'kill', pls: 'please', plz: 'please', cuz: 'because', bc: 'because', tho: 'though', youre: 'you are', hadnt: 'had not', hasnt: 'has not', werent: 'were not', aint: 'is not', lemme: 'let me', gotta: 'got to', tmrw: 'tomorrow', tmr: 'tomorrow', ppl: 'people', bf: 'boyfriend', gf: 'girlfriend', smth: 'something', sth: 'something', ya: 'you', itll: 'it will', theyll: 'they will', youll: 'you will', whos: 'who is', wouldve: 'would have', couldve: 'could have', nvm: 'never mind', tbh: 'to be honest', ngl: 'not going to lie', mum: 'mum', mom: 'mom', abt: 'about',
  },
  crisis: {
    suicide: [
      // Pills counted or saved "and there is enough now"; the bridge "today might be the day".
      `${pills} ${G(10)}(?:there is|i have|i have got|got|now i have) enough(?: now| saved| to| for)`, `(?:counting|saving|hoarding|stockpiling|stashing|collecting) ${G(3)}(?:${pills}|lorazepam|diazepam|zopiclone|temazepam) ${G(8)}enough`,
      `(?:bridge|roof|tracks|ledge|edge|platform|railway) ${G(12)}(?:today|tonight) (?:might|could|will|may|is going to) be (?:the|it) (?:day|night)?`,
      'suicide', 'suicidal', 'self ?harm\\p{L}*', 'selfharm\\p{L}*', 'kill (?:myself|my self)', 'killing myself', 'end my life', 'take my (?:own )?life', 'suicide note', 'goodbye (?:letter|note)',
      `(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|burn|burning) ${self}`, `(?:want|wants|wanted|wish|wishes|going|ready|plan|planning) ${G(2)}to die`, `wish ${G(2)}(?:was|were) dead`,
      `(?:end|ending) (?:it all|my life|his life|her life|everything|it tonight|it now)`, `no (?:reason|point) ${G(2)}(?:to live|living|in living|to go on)`, `better off ${G(1)}without me`,
      `(?:not|never) want to (?:live|be alive|be here|wake up|exist) ?(?:anymore|any more)?`, `(?:do not|never) want to (?:live|be alive|wake up|exist)`, 'can not go on (?:anymore|any more|like this|living)',
      `(?:no|not see the|not see any|see no) point (?:in|of) (?:living|life|going on|being alive)`, `better off if i (?:was|were) (?:not here|gone|dead)`, `(?:hope|hoping|wish) ${G(1)}(?:i )?(?:do not|never|dont) wake up`,
      `(?:about|of) (?:not|never) waking up`, `(?:pills|tablets|rope) ${G(3)}(?:ready|saved|stockpiled|collected|hidden)(?! ${G(3)}(?:for|of) (?:my|his|her|the))`,
      `(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected) ${G(2)}${pills}(?! (?:receipts?|box|boxes|packaging|prescriptions?|leaflets?|money|points|coupons))`, `(?:disappear|be gone) (?:forever|for good)`, `take ${G(2)}all ${G(1)}(?:my |the )?${pills}`,
      `jump (?:off|in front of|from) ${G(2)}${height}`, `(?:step|stepping|stepped|walk|walking|jump|jumping|throw myself|throwing myself|lie down|lying down) in front of (?:a |the )?(?:train|bus|car|truck|lorry|tram|metro|traffic)`, 'this is my last message', 'say(?:ing)? goodbye to (?:everyone|everybody|you all)',
      `(?:everyone|everybody|they|my family|my kids) ${G(3)}better off ${G(1)}without me`, 'nobody would (?:miss|notice|care if) (?:me|i)', 'want to (?:be dead|sleep forever|sleep and never wake up)',
      `(?:cuts?|cutting|cut) ${G(2)}(?:my|her|his) (?:arms|wrists|legs|thighs|skin)`, 'hang myself', 'overdose on purpose', `(?:has|got) a plan to ${G(2)}(?:die|end|kill)`,
      // Others better off, easier for everyone: in more shapes ("it would be easier for everyone if i was not around").
      `(?:easier|better|happier|lighter) for (?:everyone|everybody|them|all of them|my family|my kids|my parents|my wife|my husband) if i (?:was|were|am) (?:not|no longer|gone|dead)`, `if i (?:was|were) (?:not|no longer) (?:around|here|alive|in the picture) ${G(1)}(?:anymore|any more)?(?= (?:everyone|everybody|they|it|things|my))`,
      `(?:everyone|everybody|they|my family|my kids|the world) ${G(3)}better (?:off )?(?:without me|if i (?:was|were) gone)`,
      // Self-harm that goes deeper, is hidden, or is done with a lighter.
      `(?:cuts?|cutting|wounds?|burns?) ${G(6)}(?:getting |go |goes |going )?deeper`, `(?:cut|cutting|burn|burning|hurting myself) ${G(4)}(?:is the only thing|only thing that helps|only way i can)`, `only thing (?:that|which) (?:helps|works) ${G(2)}(?:is )?(?:cutting|burning|hurting myself|self harm\\p{L}*)`,
      `(?:burn|burns|burning|burned|burnt) ${G(3)}(?:my|myself) ${G(2)}(?:with|using) (?:a |my )?(?:lighter|cigarette|iron|match|matches)`,
      // Water, walking in and not stopping.
      `(?:walk|walking|go|going|drive|driving|step|stepping|wade|wading) ${G(1)}into (?:the |a )?${water} ${G(6)}(?:keep (?:on )?walking|not come back|never come back|and not stop|not stopping|drown|and stay)`,
      `(?:drown|drowning) myself`, `(?:will|going to|gonna|want to) ${G(2)}(?:walk|drive|jump) ${G(1)}into (?:the |a )?${water}`,
      // Non-native English: "he want die", "she say she want finish her life", "I wish I die", "I no want live more".
      `(?:not|no|never|do not) want (?:live|living|stay alive|be alive)(?! (?:in|with|here|there|near|at|alone|like|on))`,
      `(?:want|wants|wanted|wanna|wish|wishes) (?:die|dying|be dead|dead)(?! (?:cast|hard|young|for|of|laughing|down|tired|end|battery|inside|hebben|heeft|had|hadden|is|zijn|was|waren|wil|willen|kan|kunnen|moet|moeten|doet|doen|gaat|gaan|zit|zitten|staat|staan|ligt|liggen|komt|komen|maakt|maken|wordt|worden|zegt|zeggen|mag|mogen|zou|zouden|weet|weten|ik|je|we|ze|hij|het|de|een|dan|ook|al|nog|niet|geen|mensen))`, `(?:want|wants|wanted|wanna|will|going to|try|tries|tried) ${G(1)}(?:to )?(?:finish|end) (?:(?:his|her|my|own|their) )?(?:own )?life(?! (?:insurance|support|story|cycle|coach|care))`, `wish ${G(1)}(?:i|he|she) (?:die|dead|can die|could die|will die)`,
    ],
    violence: [
      // "They'll break our legs" (with a bat, outside now).
      `(?:will|ll|going to|gonna|would) break (?:our|my|his|her|your|their) (?:legs|arms|neck|bones|face|knees)`,
      // A threat to kill if she leaves, also in Pidgin ("he talk say if i comot he go kill me").
      `(?:say|said|says|talk say|told me|tell me) ${G(2)}if (?:i|we|she) ${G(2)}(?:leave|leaves|comot|go|run|run away) ${G(3)}(?:go|will|gonna|would|ll) kill (?:me|us|her)`,
      'domestic (?:violence|abuse)', 'abusive', 'abused', 'abusing (?:me|us|her|him|the kids)', '(?<!drug |alcohol |substance |verbal )abuse(?! of (?:power|trust|the system))', 'raped', 'rape', 'raping', 'molest\\p{L}*', 'sexually (?:abused|assaulted|touched)', 'sexual (?:abuse|assault)', 'grooming', 'groomed',
      `${victim} ${G(1)}(?:hit|beaten|kicked|choked|strangled|abused|threatened|locked up|locked in|slapped|punched)`, `${hitVerb} ${victim}(?! (?:out|off|up))(?!\\S)`, `${perpetrator} ${G(2)}${hitVerb}(?! (?:the (?:wall|door|table|ball)|it|nothing|back|(?:me|us|him|her|them) out))`,
      `threaten(?:s|ed|ing)? ${G(2)}(?:to kill(?! (?:the|my|this|our) (?:contract|deal|lease|plan|project|idea))|to hurt|with a knife|with violence|to take the kids|me|us)`, `(?:husband|partner|boyfriend|ex|father|dad|wife|mother) ${G(2)}threaten(?:s|ed)?`, `(?:locks|locked) (?:me|us|her|him|the kids) (?:up|in)`,
      `(?:afraid|scared|terrified) (?:of|that) my (?:husband|partner|boyfriend|father|dad|stepdad|ex|wife|mother|son|brother|uncle)`, `(?:will|going to|gonna|wants to|threatens to) (?:kill|hurt) (?:me|us|the kids|my)`,
      'will not let me (?:leave|go out|see (?:my )?(?:family|friends|parents)|call|work)', `(?:not )?(?:allowed|let me) ${G(2)}(?:leave the house|go outside|see my (?:family|friends)|have my phone|have money)`, `(?:said|says|threatens) ${G(2)}(?:he|she|they) will (?:hurt|kill|get) (?:me|us|the kids)`,
      `(?:took|takes|taken|keeps|kept) ${G(1)}my (?:passport|papers|id|phone|bank card|money|pension)(?! for safekeeping) ${G(4)}(?:will not|wont|so i can not|locked)`, `comes (?:into|in) my (?:room|bed) ${G(2)}(?:at night|when)`, `touches me ${G(3)}(?:where|at night|when|and)`,
      `our (?:little )?secret ${G(6)}(?:touch|room|night|tell|bed|hurt)`, `a (?:little )?secret ${G(6)}(?:touch|room|night|bed|hurt)`, `(?:makes|made|forces|forced) me ${G(2)}(?:do things|have sex|touch)`, 'honou?r (?:killing|based violence|violence)', 'forced (?:marriage|to marry)',
      `(?:hear|heard|hearing) ${G(6)}(?:screaming for help|screams for help|being hit|hitting her|hitting him|thuds and screaming|crying for help)`, `(?:dad|father|stepdad|he) ${G(2)}${hitVerb} ${G(1)}(?:mum|mom|mother|my mum|my mom|her)`,
      `(?:throat|tongue|lips|face) ${G(3)}(?:tight|swelling|swollen|closing|puffing)`, 'stalk(?:s|ing|ed|er) (?:me|us|her)', 'restraining order', `(?:burn|set fire to|torch) ${G(4)}(?:with (?:me|us|her|the kids) in it|house down|flat down)`, `(?:will not|wont|not going to) live to see`, `(?:waved|pointed|pulled|held) ${G(2)}(?:a |his |her )?(?:knife|gun|machete|blade)`, `(?:kill|hurt) (?:her|him|me|us) if`,
      // A threat of death from family: you will not see the summer.
      `(?:said|says|told me|tells me|threatened|threatens|texted|warned|swore) ${G(8)}(?:will not|would not|never|not going to|are not going to) (?:see|live to see|make it to|survive|reach) (?:the |next |this |your |my )?(?:summer|winter|christmas|new year|birthday|wedding|year|week|month|spring|autumn|eid|end of)`,
      `(?:grabs|grabbed|grabbing|holds|held|holding|had|pins|pinned|takes|took) (?:me|her|him|us|my \S+|the kids) by the (?:throat|neck|hair)`, `(?:choked|strangled|choking|strangling) (?:me|her|him) ${G(2)}(?:until|till|again|last night)`,
      `locked (?:in|up|inside) ${G(2)}by (?:his|her|my|their|the) \S+`, `(?:gets|is|was|being) locked (?:in|up) ${G(3)}(?:every|each|all|when|by)`,
      `(?:comes|coming|came|come|keeps coming|sneaks|sneaking|snuck|creeps|creeping) (?:into|in|in to) (?:my|her|his|our|their) (?:room|bed|bedroom) ${G(4)}(?:at night|when (?:she|he|mum|mom|everyone|they) ${G(1)}(?:is )?(?:asleep|sleeping|out|at work)|while (?:she|he|mum|mom|everyone) ${G(1)}(?:is )?(?:asleep|sleeping))`,
      `(?:broken|busted) (?:nose|jaw|arm|wrist|rib|ribs|finger|eye socket) ${G(10)}(?:${perpetrator}|bf) ${G(2)}did (?:it|that|this)`, `(?:${perpetrator}) ${G(2)}(?:broke|has broken|had broken) (?:her|my|his) (?:nose|jaw|arm|wrist|rib|ribs|finger)`,
      // Non-native English threats: "he say he kill me", "she tell me she kill the children".
      `(?:say|says|said|tell|tells|told) ${G(3)}(?:he|she|they) (?:will |going to |gonna |want |wants )?(?:kill|hurt|beat) (?:me|us|the children|the kids|my)(?! ${G(3)}(?:if|when) ${G(6)}(?:mess|dishes|homework|grades|report|phone|game|late|room))`,
      // Heard through the wall: "please don't, please".
      `(?:heard|hear|hearing) ${G(4)}(?:say|saying|says|scream|screaming|crying|cry|begging|beg|shout|shouting|yell|yelling) ${G(1)}(?:please (?:do not|stop|no)|stop (?:it )?please|no no|get off me|let me go|help me)`,
      // Strangling told as a story: hands round the throat, squeezed until she saw stars or blacked out.
      `(?:his|her|their|both|two) hands? ${G(2)}(?:around|round|on|over|against) (?:my|her|his|their) (?:throat|neck|windpipe)`, `(?:squeezed|squeezing|squeezes|pressed|pressing|presses|crushed|crushing) ${G(2)}(?:my|her|his|their) (?:throat|neck|windpipe|airway)`,
      `(?:throat|neck) ${G(12)}(?:until|till|til) (?:i|she|he) ${G(2)}(?:saw (?:stars|spots|black)|blacked out|passed out|could not breathe|went limp|lost consciousness)`, `(?:choked|strangled) (?:me|her|him) out`, '(?:sleeper|choke) ?hold(?! (?:in|at|during) (?:judo|bjj|jiu jitsu|wrestling|class|training))',
      `(?:tried|tries|trying|try) to (?:strangle|choke|smother|suffocate) (?:me|her|him|us|my \\S+)`, `(?:pillow|hand) ${G(2)}over (?:my|her|his) (?:face|mouth) ${G(6)}(?:could not breathe|can not breathe|pressed|pushing|held)`,
      // A head smashed into a counter or a wall.
      `(?:${perpetrator}|boyfriend|husband|bf) ${G(3)}(?:smashed|slammed|bashed|rammed|shoved|threw|pushed) ${G(1)}(?:her|my|me|mums|moms|mum s|mom s|their|your|his) ${G(1)}(?:head|face) ${G(2)}(?:into|against|on|off|through|onto) (?:the |a )?(?:\\S+ )?(?:counter|worktop|wall|door|table|floor|sink|radiator|stairs|window|mirror|cupboard|doorframe|car)`,
      // Heard: "put the knife down".
      `(?:scream\\p{L}*|shout\\p{L}*|yell\\p{L}*|cry\\p{L}*|cried|beg\\p{L}*|heard|hear|hearing) ${G(4)}(?:put|drop|lower) (?:the|that|your) (?:knife|gun|blade|machete|weapon|hammer|bat)(?: down| away)?`,
      // Honour: the family will "clean the honour".
      `(?:clean|cleanse|cleansing|cleaning|wash|washing|restore|restoring|avenge|avenging) ${G(2)}(?:the |our |their |his |family |family s |the family s |the family )?honou?r`,
    ],
    emergency: [
      // A fall or blood from the head and no waking, in basic English.
      `(?:blood|bleeding|fell|fall|fallen|collapsed|hit (?:his|her) head) ${G(8)}(?:not|no|is not|does not|will not|can not) (?:wake|waking|respond\\p{L}*|breath\\p{L}*)`,
      // Half the face slack; collapsed and not waking; something in the mouth and a whistle when breathing.
      `half (?:of )?(?:his|her|my|their|the|your) face ${G(3)}(?:slack|droop\\p{L}*|numb|fell|dropped|sagg\\p{L}*|hanging|paralys\\p{L}*|frozen)`, `(?:face|mouth) ${G(2)}(?:went|gone|is|going|has gone) (?:all )?(?:slack|droopy|crooked|lopsided)`,
      `(?:collapsed|fell|passed out|fainted|went down|dropped) ${G(6)}(?:not|will not|can not|is not) (?:waking|wake|responding|respond|breathing|moving)`,
      `(?:put|stuck|had|shoved) (?:something|a \\p{L}+|it|that) (?:\\S+ ){0,4}?in (?:his|her|their|the) mouth ${G(12)}(?:whistl\\p{L}*|wheez\\p{L}*|can not (?:breathe|cry|cough)|can not even (?:cry|breathe)|no sound|turning (?:red|blue)|face is (?:red|blue|purple))`,
      // Lying in the street, not moving, lips blue.
      `lips ${G(2)}(?:blue|purple|grey|gray)`, `lying ${G(6)}not moving`,
      'unconscious', `(?:not|stopped|is not|isnt) breathing`, 'can not breathe(?! for a)', 'on fire', 'caught fire', `(?:full of|filled with|filling (?:up )?with|thick) ${G(1)}(?:black |thick |grey |gray )?smoke`, 'house fire', 'there is a fire', 'smoke (?:everywhere|coming|from)', 'overdose(?:d)?', 'heart attack', 'cardiac arrest', 'stroke', 'gas leak', 'smell (?:of )?gas', 'carbon monoxide', `smell ${G(1)}smoke`, `smoke alarm ${G(4)}(?:going off|beeping|ringing)`, `(?:face|mouth) ${G(2)}(?:droop\\p{L}*|hanging|crooked)`, `(?:speech|talking|speaking) ${G(3)}(?:slurred|strange|garbled)`, 'slurred speech',
      `(?:bleeding|bleeds) ${G(2)}(?:badly|heavily|a lot|everywhere|will not stop)`, 'lot of blood', 'blood everywhere', `(?:has|with|holding|pulled|waving|got) ${G(2)}(?:a )?(?:knife|gun|weapon|machete|axe)`, 'stabbed',
      // Shot as a wound, not "rather be shot than", "a flu shot", "give it a shot".
      `(?:been|got|get|gets|getting|was|were|is|are|has been|have been|just) shot(?! (?:of|at (?:the|a) (?:title|goal|job|it)|down (?:the|my|his|her) (?:idea|plan|proposal)))`, `shot (?:him|her|me|us|them|my|his|at (?:him|her|me|us|them|the house|our|my)|someone|somebody|dead|in the)`, 'shots fired', 'gunshots?', 'gun ?shot wounds?', 'shooting (?:at|in|outside|on)',
      `(?:will not|does not|can not|wont|cant) wake (?:her |him |them )?up`, 'unresponsive', 'fainted', 'passed out', 'choking', 'turning blue', 'seizure', 'fitting',
      `(?:collapsed|fell|fallen|fainted|lying) ${G(4)}(?:not|is not|does not|will not) ${G(1)}(?:responding|respond|moving|move|breathing|get up)`, 'call (?:an )?(?:ambulance|112|911|999)', `chest (?:pain|pains|pressure)`, `face ${G(2)}droop\\p{L}*`,
      `(?:have|has|had) not (?:seen|heard from) ${G(3)}(?:in|for) (?:days|a week|weeks) ${G(8)}(?:mail|post|curtains|smell|answer|door)`,
      `(?:face|mouth|side of (?:his|her|my|their) face) ${G(2)}(?:droop\\p{L}*|dropped|drops|dropping|sagging|sagged|sags|fallen|gone slack|lopsided|crooked|numb)`,
      // Swallowed and no sound; not waking after pills; breathing strangely.
      `(?:swallowed|choking on|choked on|stuck in (?:his|her|the) throat|inhaled) ${G(8)}(?:no sound|not making (?:a |any )?(?:sound|noise)|making no (?:sound|noise)|can not (?:breathe|cry|cough)|not breathing|turning (?:red|blue|purple)|going (?:red|blue|purple)|gagging)`,
      `swallowed ${G(3)}(?:button battery|battery|batteries|magnet|magnets|bleach|drain cleaner|detergent pod|washing pod)`,
      `(?:can not|could not|can hardly|can barely|will not|not) ${G(1)}(?:wake|waking) (?:him|her|them) ?(?:up)?`, `not waking (?:up )?properly`,
      `(?:took|taken|swallowed|had|downed) ${G(3)}(?:whole bunch|bunch|lot|lots|handful|load|loads|all|box|bottle|packet|strip) of ${G(2)}${pills} ${G(10)}(?:breathing|wake|asleep|sleepy|unresponsive|vodka|alcohol|drink|blue)`,
      `(?:took|taken|swallowed|had|downed|ate|popped) ${G(6)}${pills} ${G(14)}(?:sleepy|dizzy|drowsy|woozy|can not stay awake|can not keep my eyes open|throwing up|vomiting|heart (?:is )?racing|confused|breathing (?:slow|weird|funny)|passing out|blacking out)`,
      `(?:bleeding|bled|blood|it) ${G(6)}(?:through|soaked|soaking) (?:my |her |the )?(?:pants|trousers|jeans|clothes|pad|pads|towel|towels|sheets|underwear)`, `(?:soaking|soaked|filling) ${G(2)}(?:a |one )?(?:pad|pads|towel|tampon)s? ${G(3)}(?:an hour|every hour|in an hour)`,
      `(?:can not|could not|unable to|can not really) (?:lift|raise|move) (?:his|her|my|their) (?:right |left )?(?:arm|leg|hand)`, `(?:words|speech) ${G(4)}(?:all wrong|wrong|jumbled|garbled|muddled|nonsense|gone|mixed up)`,
      `(?:suddenly|all of a sudden|out of nowhere|just now) ${G(8)}(?:can not|could not) (?:find|get out|say) (?:his|her|their|the|my) words`, `(?:can not|could not) (?:find|get out) (?:his|her|their) words`,
      `(?:elephant|weight|ton|brick|vice) ${G(3)}(?:on|sitting on|crushing|squeezing) ${G(1)}(?:her|his|my|the) chest`, `(?:left )?arm ${G(2)}(?:numb|tingling|heavy) ${G(10)}(?:sweaty|sweating|chest|pale|grey|gray|sick)`,
      `(?:fell|fallen|collapsed|hit (?:his|her) head|down the stairs) ${G(12)}(?:not (?:talking|speaking|answering|responding|moving|making sense)|will not (?:talk|speak|answer|respond|move)|does not (?:talk|speak|answer|respond|move)|is not (?:talking|speaking|responding|moving))`,
      `bleeding (?:from|out of) (?:his|her|the|my|their) (?:head|ear|ears|mouth|nose|stomach|chest)`, `(?:stabbed|been stabbed|knifed)`, `(?:will not|does not|not) stop bleeding`,
      `(?:newspapers?|post|mail|letters) ${G(4)}(?:piling|stacking|sticking|still in|hanging|building) ${G(12)}(?:not (?:seen|answering|picking up|answered)|no answer|does not answer|smell)`,
      // A baby floppy, hot, not moving or crying any more.
      `(?:baby|infant|newborn|toddler|little one) ${G(10)}(?:floppy|limp|lifeless|not moving well|barely moving|stopped crying|not crying (?:anymore|any more)|will not wake|can not wake)`,
      // Choking on food: cannot cough, turning purple.
      `(?:choking|choked|choke|stuck|lodged|went down the wrong way) ${G(10)}(?:can not|could not|not able to|unable to|is not able to) (?:cough|breathe|speak|talk|cry|make a sound)`,
      `(?:face|lips|he|she|baby|son|daughter|dad|mum|mom|grandad|grandpa|granddad|nan|gran|child|husband|wife|father|mother) ${G(3)}(?:turning|turned|going|gone|went|getting) ${G(1)}(?:blue|purple)(?! (?:hair|dye|shirt|paint|team|light|lights|with (?:rage|anger|fury)|from (?:the )?cold|and (?:white|gold|yellow)))`,
      `(?:food|meat|steak|piece|bite|sweet|candy|grape|nut|peanut|bone|sausage|chunk) ${G(4)}(?:stuck|lodged) ${G(3)}(?:throat|windpipe|airway)`,
      // Arterial bleeding: spurting, soaking the towel pressed on it.
      `blood ${G(2)}(?:spurting|spurts|spurted|pumping|pumps|gushing|gushes|gushed|squirting|squirts|pouring out|pours out|pulsing)`, `(?:spurting|gushing|pumping|squirting) ${G(1)}blood`,
      `(?:blood|bleeding|bleeds|wound|gash|chainsaw|grinder) ${G(16)}(?:towel|towels|tea towel|cloth|t shirt|shirt|bandage|dressing|jumper) ${G(6)}(?:soaked|soaking|drenched|full of blood|red through)`,
      // Heart: pressure in the chest that spreads to the jaw or arm.
      `(?:tight|tightness|pressure|squeezing|crushing|heavy|heaviness|pain) ${G(3)}(?:in|on|across) (?:his|her|my|the) chest ${G(12)}(?:jaw|left arm|arm|neck|sweat\\p{L}*|clammy|grey|gray|pale)`, `chest ${G(10)}(?:spreading|spreads|radiating|radiates|going|goes|moving|moves|shooting) ${G(2)}(?:to|into|down|up) (?:his|her|my|the) (?:jaw|left arm|arm|neck|shoulder)`,
      // A seizure with foam at the mouth; vomiting blood.
      `(?:foam|foaming|frothing|froth) ${G(3)}(?:from|at|in|out of|around) ${G(1)}(?:the |his |her |their )?mouth`, `(?:vomiting|vomited|vomits|throwing up|threw up|throws up|coughing up|coughed up|coughs up|spitting up|bringing up) ${G(2)}blood`,
      // A fall and not standing up, a leg turned outwards.
      `(?:fell|fallen|had a fall|slipped|tripped)(?! (?:asleep|apart|behind|in love|for|out)) ${G(12)}(?:can not|could not|unable to|not able to) (?:stand|get up|stand up|walk|put weight)`, `(?:leg|foot|hip) ${G(3)}(?:turned|turning|twisted|pointing|sticking) (?:out|outwards|outward|the wrong way|sideways)`,
      // An elderly person who lay on the floor all night after a fall.
      `(?:fell|fallen|had a fall|collapsed)(?! (?:asleep|apart|behind|in love|for|out)) ${G(8)}(?:all night|overnight|for hours|since last night|since yesterday|the whole night)`,
    ],
  },
  concern: {
    suicide: [
      // Read in blind files u-x: no intention of seeing another winter, so it isn't the postman who finds me; a status photo from the top of a car park with 'sorry mum'; better for him if I am not here, only two more steps; standing on the edge of a roof terrace.
      `no intention of (?:seeing|living|making it to|surviving|getting through) ${G(2)}(?:another|next|one more|this) (?:winter|christmas|year|birthday|spring|summer|week)`,
      `(?:is not|isnt|not) the (?:postman|neighbour|neighbor|cleaner|landlord|milkman) who finds me`,
      `(?:who|that) (?:will )?finds? me`,
      `(?:top|roof|edge) of the (?:parking garage|car park|multi storey|building|flat|bridge|tower|block) ${G(8)}(?:sorry|goodbye|bye|forgive)`,
      `better (?:for (?:him|her|them|everyone|everybody|all|my \\p{L}+) )?if i (?:am not|was not|were not|m not|wasnt|werent) (?:here|there|around|alive)`,
      `(?:only|just) (?:\\d+|two|one|a few|three) more steps?`,
      `(?:stood|standing|stand|sat|sitting) on the edge of ${G(3)}(?:roof|balcony|bridge|platform|terrace|building|cliff)`,
      `thinking (?:about|of) going back (?:up )?there`,
      `(?:stand|stood|standing|wait|waiting) ${G(4)}(?:train crossing|railway crossing|level crossing|the tracks|platform edge)`,
      // A picture of an arm cut up; waiting for it all to be over.
      `(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs) ${G(2)}(?:all )?(?:cut up|cut open|slashed|covered in cuts)`, `(?:can not|cannot|cant) wait for ${G(2)}(?:it all|everything|this|it) to (?:be over|end|stop)`,
      // A gun bought or found, with a time or 'use it': the question is asked.
      `(?:bought|got|have|has|found|buy|get|got hold of) (?:a |his |my |her |the |dads |my dads )?(?:gun|pistol|rifle|shotgun|firearm|revolver) ${G(9)}(?:tonight|today|tomorrow|use it|end it|finish it|this weekend)`,
      `(?:working out|worked out|figured out|figuring out|planning|planned|thinking about|thought about) how (?:i d|i would|i will|i ll|i could|to) do it`,
      `if i (?:do not|dont|never) wake up (?:tomorrow|in the morning|tonight)`,
      // The river is "better for me"; tired of this life; "no more lessons for me" before an interview.
      `(?:river|canal|water|sea|bridge|train|tracks|rails) ${G(4)}(?:is |would be |will be )?better (?:for me|than)`, `tired of (?:this |my )?(?:life|living|being alive)`, `no more (?:lessons|school|classes|work|days|nights) for me`,
      // Asking how much of a medicine would be too much; "today might be the day".
      `how (?:much|many) ${G(3)}(?:would|it would take|it takes|to take) ${G(2)}(?:be )?(?:too much|too many|lethal|fatal|an overdose|enough to (?:die|not wake|kill))`,
      `(?:think|feel|feeling|maybe|guess|i reckon|probably) (?:that )?(?:today|tonight) (?:might|could|will|may|is going to) be the (?:day|night)(?! (?:i|we|you) (?:finally|get|quit|ask|tell|start))`,
      `(?:hoarding|stockpiling|stashing) ${G(2)}(?:my |her |his )?(?:${pills}|lorazepam|diazepam|zopiclone|temazepam)`, `(?:counting|saving|keeping) ${G(2)}(?:my |her |his )?(?:${pills}|lorazepam|diazepam|zopiclone|temazepam) (?:instead of taking|and not taking|rather than taking|and hiding|hidden|in (?:a|my) (?:drawer|jar|sock|bag))`,
      // A rope bought and a tree chosen.
      `(?:knows|know|picked|chosen|found|already knows) which (?:tree|bridge|building|train|roof)`,
      // A carer who thinks they would both be at peace.
      `(?:we|wed|we would|we d) (?:both|all) be (?:at peace|better off|free|out of (?:this|it))`, `(?:both|all) of us (?:would be|be) (?:at peace|better off)`,
      // Working out a dose ("looking up how many of my sertraline it would take"); "this is the last thing I do".
      `how many ${G(5)}(?:it would take|would it take|would be enough|it takes to|to not wake|is lethal|is fatal)`, `(?:this is|this will be|that is) the last thing i (?:do|will do|ever do|am doing)`,
      `(?:picked|chosen|set) ${G(1)}(?:a )?date`, `how many ${G(4)}(?:pills|tablets|sleeping tablets|sleeping pills|paracetamol) ${G(4)}(?:take|kill|lethal|die|overdose|it would)`, 'lethal dose', 'painless way', 'quickest way',
      'can not (?:do this|take it|cope) (?:anymore|any more)', 'can not go on', 'what is the point', 'no point (?:anymore|any more)', 'no way out', 'hopeless', 'worthless', `(?:such |just )?a burden`,
      `(?:tired|sick) of (?:everything|life|living|it all)`, `want (?:it all )?to (?:stop|end|be over)(?! (?:\\p{L}+ing|before|the|my|this|that|it|him|her|them|our|his)(?= |$))`, 'want to disappear', 'give up on (?:everything|life)', 'giving my (?:things|stuff) away', 'dark thoughts', 'thoughts about (?:death|dying)',
      // Looking up how many pills it takes, how high a bridge is.
      `(?:looking up|looked up|look up|googling|googled|google|searching|searched|checking|checked|reading up|read up|researching|researched) ${G(4)}(?:how (?:many|much) ${G(1)}${pills}|how (?:high|tall|far down) ${G(3)}(?:bridge|roof|drop|car park|balcony|cliff|ledge)|what dose|which dose|lethal dose)`,
      `how (?:many|much) ${G(1)}${pills} ${G(4)}(?:take\\p{L}*|need|needed|kill\\p{L}*|lethal|die|overdose|to do it|would it)`, `how (?:high|tall|far down) ${G(3)}(?:bridge|roof|drop|car park|parking garage|cliff|balcony|ledge)`,
      // Standing at the edge: a platform, a bridge, the water.
      `(?:platform|tracks|railway|bridge|roof|ledge|edge|balcony|canal|river|cliff|car park) ${G(10)}(?:one step|a step|just step|jump|jumping|look down|looking down|looked down|wrong side|how easy|so easy|staring (?:at|down|into) (?:the )?(?:water|tracks|trains|drop))`,
      `(?:stood|standing|was standing|sat|sitting|been) ${G(2)}(?:on|at|by) (?:the |a )?(?:bridge|\\p{L}+brug|\\p{L}+bridge|platform|tracks|railway|roof|ledge|edge|canal|river) ${G(4)}(?:for|all|last night|tonight|at night|again|thinking|an hour|hours|staring)`,
      `(?:checking|checked|looking at|looked at|check) ${G(2)}(?:the )?train (?:times|schedule|timetable)${G(6)}(?:not|and not) (?:because|to go)`,
      `(?:life insurance|insurance) ${G(4)}(?:pays out|pay out|would pay|will pay|covers|cover) ${G(4)}(?:if|when|suicide|at least|anyway)`,
      `(?:life insurance|insurance|policy) ${G(12)}(?:suicide|self inflicted|own hand) (?:clause|exclusion|period|too|as well)`, `(?:life insurance|policy) ${G(20)}(?:year|waiting period|exclusion period|clause) ${G(3)}(?:is up|ends|runs out|expires|is over|passes)`,
      `${pills} ${G(20)}(?:know|knows|knew) ${G(3)}how (?:many|much) ${G(4)}(?:is enough|would be enough|would do it|it would take|it takes|would kill|is lethal|is fatal)`, `(?:know|knows|knew) ${G(3)}how (?:many|much) ${G(2)}${pills}? ?${G(3)}(?:would be enough|would do it|it would take|would kill|is lethal|is fatal)`,
      // Hidden self-harm, burns, long sleeves, blades.
      `(?:hide|hiding|cover|covering|hid|covered|conceal) ${G(3)}(?:cuts|scars|self harm|burns|cut marks|wounds|marks on (?:my|her|his) (?:arms|legs|wrists))`, `(?:burns?|burn marks|blisters) ${G(3)}(?:from|with) (?:a |my )?(?:lighter|cigarette|iron|match)`,
      `(?:do|did|doing) it (?:on|to) my (?:legs|arms|wrists|thighs|skin|stomach|hips)`, `(?:cuts|scratches|scars|marks) ${G(3)}(?:on|all over) ${G(1)}(?:her|his|my) (?:forearms|arms|wrists|thighs|legs|stomach)`,
      `(?:blades?|razors?) ${G(4)}(?:pencil sharpener|sharpener|sharpeners|shaver)`, `(?:pencil )?sharpeners? ${G(3)}(?:taken apart|broken|blades|missing)`, `blood ${G(3)}(?:on )?(?:her|his|the|my) (?:towel|towels|sheets|sleeve|sleeves|tissues)`, `long sleeves ${G(8)}(?:summer|heat|hot|degrees|always|even|never)`,
      // Not needing things, logging off for good, being gone.
      `(?:will not|not going to|do not|wont|never going to) need (?:it|them|this|that|these|those|any of (?:it|this|that)|(?:his|her|my|their) (?:stuff|things|\\S+)) ${G(2)}(?:where (?:i am|he is|she is|they are|im) going|anymore|any more|after)`,
      `(?:logging|log|signing|sign|going) (?:off|out|offline) (?:for good|forever|permanently|for the last time)`, `(?:about|of) being gone`, `(?:want|wants|wanted|wish) ${G(2)}(?:sleep|to sleep) (?:forever|for a very long time|and not wake)`, `(?:want|wants|wanted|wish|would like) ${G(1)}to (?:not|never) wake up`, `not (?:to )?wake up for (?:a )?(?:very |really )?long (?:time|while)`,
      `(?:do not|can not|not|no longer) see (?:a|any) way out`, `(?:see|there is) only one way out`, `(?:stopped|stop|not) taking ${G(4)}(?:${pills}|them) ${G(8)}(?:keeping|saving|saved|kept|jar|hiding|collect\\p{L}*|stash\\p{L}*)`,
      `(?:belt|rope|cord|cable|scarf|sheet|noose) ${G(4)}(?:looped|tied|knotted|hanging|around) ${G(4)}(?:bed|frame|beam|door|rail|banister|hook|neck|bunk)`,
      `(?:he|she|my friend|my son|my daughter) ${G(3)}(?:talks|talking|posted|wrote|said) ${G(3)}(?:about )?(?:dying|death|ending|goodbye|not being here)`, 'done with (?:everything|life|it all)', 'nobody cares', 'no future',
      `(?:checked|checking|looked up|looking up|check) ${G(2)}train (?:times|schedule|timetable) ${G(20)}(?:insurance|sorry|goodbye|tell my|last|letters?)`,
      // Looking up how high a named bridge is; not needing to go on after a date; pills put by.
      `(?:looking up|looked up|look up|googling|googled|google|searching|searched|checking|checked) ${G(4)}how (?:high|tall|far down|deep) ${G(3)}(?:\\p{L}+brug|\\p{L}+bridge|bridge|brug|car park|cliff)`,
      `(?:will not|not going to|wont|never going to|would not) be needing (?:it|them|this|that|these|those|any of (?:it|this|that|them)|(?:his|her|my|their) \\S+)`,
      // Notes written and "it is not anyone's fault".
      `(?:written|wrote|writing|left|finished) ${G(3)}(?:notes?|letters?|goodbye) ${G(14)}(?:not (?:anyones|anybodys|your|their|his|her|my familys|my parents) fault|(?:no ones|noones|nobodys|no one s|nobody s) fault)`,
      `(?:do not|not|no|never) ${G(3)}need to (?:continue|go on|carry on|keep going|be here|stay around)(?! (?:with|to|the|my|our|this|that|working|paying|studying))`,
      `${pills} ${G(14)}(?:(?:fair few|quite a few|a good few|a lot|plenty|loads|enough) now|a stash|stockpile\\p{L}*|piling up|saved up|in a jar)`,
    ],
    violence: [
      // Silenced by a threat, and what happens when the mother is away.
      `if (?:i|you|she|he) (?:tell|tells|say|says) ${G(6)}(?:put in care|taken away|never see|get hurt|kill|hurt)`, `what (?:he|she) does ${G(2)}when (?:mum|mom|my mum|my mom|mother|my mother|dad|my dad) (?:is|s) (?:on (?:night )?shift|at work|out|asleep|away|on nights)`,
      // Shouting heard at night and a blue eye "from the stairs".
      `(?:hear|heard) ${G(6)}(?:shouting|screaming|yelling) ${G(20)}(?:(?:black|blue|purple|swollen) (?:eye|face|arm|lip)|(?:eye|face|arm|lip) (?:was|is|looked|looks|were) (?:black|blue|purple|swollen))`, `(?:(?:black|blue|purple|swollen) (?:eye|face|arm|lip)|(?:eye|face|arm|lip) (?:was|is|looked|looks|were) (?:black|blue|purple|swollen)) ${G(6)}(?:says|said|claims) (?:she|he) (?:fell|walked into|bumped|slipped)`,
      // Honour: shame brought on the family, relatives who know the city and are "coming to fix it"; a child heard begging.
      `(?:brought|bring|bringing|brings|brought) (?:shame|dishono\\p{L}*) (?:on|to|upon) ${G(12)}(?:coming|come|find|found|know where|know which|know what)`, `(?:know|knows|found out|find out) (?:which|what) (?:city|town|street|address|shelter) (?:i am|we are|she is) (?:in|at|living)`, `coming ${G(3)}to (?:fix|sort|deal with|teach) (?:it|me|her|this|things)`,
      `(?:hear|heard|hearing) ${G(3)}(?:him|her|them|the (?:kid|child|boy|girl|little one|baby)) ${G(1)}(?:begging|pleading|screaming for help|crying for help|crying stop|saying stop)`,
      // Locked in from outside; "take me back or bury me here".
      `lock\\p{L}* ${G(6)}(?:from (?:the )?outside)`, `or (?:bury|kill) (?:me|her|us|them) (?:here|there)`,
      `(?:has|took|takes|keeps|got) ${G(2)}(?:pension|bank|debit) card`, `(?:pension|bank|debit) card ${G(3)}(?:now|taken)`, `can not (?:visit|see (?:him|her)) without`,
      `(?:scared|afraid) (?:to go|of going) home`, 'can not go home', 'bruises', 'something happens at home', `(?:not allowed|can not) ${G(2)}(?:tell|talk about)(?! (?:anymore |any more )?(?:which|what|if|whether|how|the difference|where|when|them apart))`, 'a secret(?! (?:trip|party|gift|present|surprise|santa|recipe|date|plan|garden|weapon|stash))', 'nobody (?:can|may) know',
      `(?:he|she) ${G(2)}(?:gets|got) ${G(1)}(?:angry|mad|drunk) ${G(4)}(?:then|and|scared|throws|screams)`, 'controls (?:my|all my) (?:money|phone)', 'checks my phone', 'yelling and (?:banging|crying|screaming)', 'aggressive', 'neglect\\p{L}*',
      'makes me uncomfortable', 'touches me',
      // An adult and a child's secret; not to tell; promising silence.
      `${adult}\\p{L}* ${G(10)}(?:(?:our|their|a|its|is) (?:little |special |big )?secret(?! (?:trip|party|gift|present|surprise|date|plan|recipe|santa|training|weapon|tactic|tactics|menu|ingredient|code|play|move))|special game|our game|our thing|can not know|must not know|not to tell|do not tell)`, `(?:our|their|a) (?:little |special )?(?:secret|game) ${G(4)}(?:mommy|mummy|mum|mom|mama|daddy|dad|parents|nobody|no one) ${G(2)}(?:can not|must not|should not|is not allowed to|will not|would not) (?:know|find out|understand)`,
      `(?:mommy|mummy|mum|mom|mama|daddy|dad|your parents|my parents) (?:can not|must not|should not|is not allowed to) (?:know|find out)`, `(?:made|makes|make) me (?:promise|swear) ${G(2)}not to tell`, `(?:promise|promised|swear|swore) ${G(3)}not (?:to )?tell ${G(2)}(?:anyone|anybody|mum|mom|dad)`,
      `(?:gets|got|getting) (?:rough|physical|violent|handsy)`, `locked in ${G(4)}(?:knocking|banging|asking to be let out)`, `(?:knocking|banging) on the door ${G(3)}(?:let (?:him|her|me) out|to be let out)`,
      `(?:screaming|screams|screamed|yelling|yelled|crying|cried|shouting|shouted|begging|begged) ${G(3)}(?:stop(?! (?:it|that|the|them|being|playing))|let me go|no no|get off|please no)`, `(?:bang|banging|thud|thuds|crash|scream|screaming|stop|slap) ${G(8)}(?:then|and then|suddenly) ${G(3)}(?:silence|silent|quiet|nothing)`,
      `(?:shamed|shame on|dishonou?red) ${G(2)}(?:the |our |my )?family`, `(?:took|takes|taken|has) ${G(1)}my (?:phone|passport|keys)`,
    ],
    emergency: [
      // Someone with dementia who walked off, in the dark and cold.
      `(?:dementia|alzheimer\\p{L}*|confused) ${G(12)}(?:walked out|wandered off|wandered out|went missing|is missing|left the house|got out|gone missing)`,
      `(?:walked out|wandered off|went missing|is missing|gone missing) ${G(12)}(?:dementia|alzheimer\\p{L}*|pyjamas|pajamas|slippers|freezing)`,
      `(?:pregnant|weeks along|pregnancy) ${G(12)}(?:bleeding|blood|bleed|spotting heavily)(?! (?:test|tests|pressure|sugar|work|type))`, `(?:bleeding|blood) ${G(10)}(?:pregnant|weeks along|pregnancy)(?! test)`,
      `(?:took|taken|swallowed|had|downed|ate|popped) ${G(3)}(?:\\d+|ten|twelve|fifteen|twenty|thirty|some|a few|a handful of|a lot of|loads of) ${G(4)}${pills}`, `(?:\\d+|ten|twelve|fifteen|twenty|thirty) (?:of )?(?:them|${pills}) ${G(6)}(?:an hour ago|ago|tonight|just now|earlier)`,
      'lying on the floor', 'fell (?:down|over)', 'can not get up', 'very dizzy', 'can hardly breathe', `(?:have not|not) seen ${G(2)}(?:in|for) (?:days|a week)`,
      `swallowed (?:a |an |some )?(?:button|coin|battery|magnet|something|marble|toy)`, `breathing ${G(2)}(?:weird|strange|funny|shallow|odd|rattling|gurgling|slow)`, `(?:suddenly|all of a sudden) ${G(3)}(?:confused|not making sense|can not speak)`,
      `(?:has not|have not|not) (?:answered|been answering|picked up|come out|left (?:his|her) room) ${G(6)}(?:since|for|in) (?:days|\\d+ days|two days|three days|a week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`,
      `(?:epilepsy|epileptic|seizures|diabetic|diabetes|heart condition) ${G(20)}(?:not answering|no answer|not responding|does not answer|will not open|has not come out)`, `(?:not answering|no answer|not responding|does not answer|will not open|has not come out) ${G(20)}(?:epilepsy|epileptic|seizures|diabetic|diabetes|heart condition)`,
    ],
  },
  signals: {
    suicide: [
      // Affairs put in order told plainly: who gets my things, the rent paid so nobody has to worry, "just wanted someone to know".
      [`who (?:gets|will get|should get|can have) my (?:things|stuff|stuff and|belongings)`, `was (?:nice|good|great|an honour|an honor|a pleasure) (?:working|knowing|to know|to work)`, `(?:wont|won t|will not) be (?:in|there|around|back) ${G(3)}(?:or any day|any day|ever again|anymore|any more)`, `(?:nobody|no one|noone|no one else) (?:has|needs|will have) to worry`, `(?:rent|bills|debts) ${G(3)}(?:is|are) (?:all )?(?:paid|sorted|settled)`, `(?:just )?wanted (?:someone|somebody|anyone|you) to know`, `(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|collected|collecting) ${G(2)}(?:up )?(?:quite a lot|a lot|loads|enough|pills|tablets|meds)`, `gave ${G(1)}my \\p{L}+ to my`],
      ['goodbye', 'farewell', 'last message', 'if i (?:do not|dont|never) wake up', `(?:it is|its|it s) not (?:your|anyones|anyone s) fault`, 'thank you for everything', 'thanks for everything', 'you were the best', 'take care of', 'my will', 'affairs in order', `(?:wrote|written|writing) ${G(2)}(?:letters|a letter|notes|a note) for`, 'do not (?:need to )?(?:reply|write back|call back)', 'good home', 'sorry for everything', `(?:a |the )?(?:letter|note|letters|notes) (?:for|to) (?:my|you|her|him|them|the kids|everyone)`, 'look after (?:mum|mom|dad|the kids|my)', 'going away for a while', 'sort(?:ed)? out my (?:stuff|things|affairs)', 'everything (?:is |is all )?sorted', 'for good', 'password is', 'looked after', `told ${G(2)}(?:i|that i) love (?:her|him|them|you)`, 'first time in years', `(?:please )?tell ${G(3)}(?:i am sorry|i love (?:her|him|them|you)|i said sorry)`, `sort(?:ed)? out ${G(1)}my (?:bank|money|finances|paperwork|affairs)`, '(?:not (?:anyones|anybodys)|no ones|noones|nobodys) fault', `(?:letters|notes) ${G(3)}(?:are |is )?written`],
      [`(?:cat|dog|guitar|things|stuff|car|bike|games|console) ${G(2)}(?:is|are) going to`, `(?:gave|giving|give|given) ${G(3)}(?:away|my (?:things|stuff|tools|dog|cat|keys|guitar|games|console|ps5|ps4|xbox|laptop|bike|plants|account|accounts|skins|car|watch|jewellery|jewelry|savings|house keys|phone|bicycle|books|whisky|whiskey|records|vinyl|clothes|medals|photos|paintings|collection))`, `(?:dog|cat|things|stuff|tools|keys|guitar|laptop|plants|skins|account|bike|ps5|console) ${G(4)}(?:to someone|a good home|away|to my|to his|to her)`, `(?:ps5|ps4|xbox|guitar|laptop|bike|plants|skins|account) ${G(3)}to (?:me|my|his|her|someone)`],
      [pills, 'rope', 'razor', 'blade', 'blades', 'bridge', 'tracks', 'railway', 'roof', 'high enough', 'balcony', '\\d+(?:st|nd|rd|th) floor', 'train (?:schedule|timetable)', 'without stopping', `(?:intercity|train|trains|sprinter) ${G(3)}(?:does not|doesn t|doesnt|don t|dont|do not|won t) stop`, 'fast (?:ones|trains)', 'life insurance', '(?<!(?:\\d+|bir|her|iki|uc|o|bu|ayni|ertesi|birkac) )gun(?! (?:icinde|sonra|once|boyunca|oldu|gecti|daha|gibi))', 'canal', 'river', 'platform', 'train times', 'belt', 'lighter', 'cuts', 'long sleeves'],
      ['hopeless', 'no point', 'no future', `(?:both of us|for us both|the two of us) ${G(3)}(?:over|end|ended|better|done|gone)`, `(?:better|end it|over|end) ${G(3)}for (?:both of us|us both|the two of us)`, `(?:how|so) easy it would be`, 'just needed to write it (?:down|somewhere)', 'can not (?:go on|cope|do this)', 'done with', 'tired of (?:everything|life|it all)', 'burden', 'better off', 'better without', 'would get more from', 'nothing left', 'no way out', 'nobody (?:would )?(?:miss|notice|care)', 'worthless', 'forget i asked', 'just done', 'i am done', 'failure to everyone', 'a failure', 'too (?:big|much) now', 'not sure why i am (?:telling|writing)', 'why i am telling'],
      ['not answering', 'does not answer', 'no reply', 'not replying', 'said something (?:strange|weird)', 'lives alone', 'scared to leave (?:him|her) alone', 'drinking every night', 'offline', 'not left (?:his|her) room', '(?:phone|mobile) (?:is|was|has been) (?:off|dead|switched off)', `(?:phone|mobile) ${G(2)}(?:switched|turned) off`, 'so low', 'really low', 'not left my room', `lock(?:s|ed)? ${G(2)}(?:the door|himself|herself|themselves|in (?:his|her|their) room)`, `not going to do anything ${G(2)}probably`],
      // A future that stops: a date decided, arrangements for the ones left, a body sent home.
      [`(?:already|have) decided ${G(3)}(?:last|end|it)`, `(?:the|my) last day(?! (?:at|of|in|on|before|to|for|off))`, '(?:made|making|make) (?:all )?(?:the )?arrangements', `after that ${G(3)}(?:not|no|nothing|never)`, 'before that date', 'calm about it', '(?:tonight|today|tomorrow|now) (?:i )?(?:finish|end) (?:it|everything|all|my life)', `(?:will get|get|gets|can have|receive) ${G(1)}my (?:insurance|life insurance|savings|pension|money)`, '(?:tonight|today|tomorrow) (?:it|everything|this) (?:all )?ends', '(?:it|everything|this) (?:all )?ends (?:tonight|today|tomorrow)', `(?:not|never) (?:going|coming) back home(?! (?:for|until|till|this|before|to))`, `(?:sending|send|ship|fly|repatriat\\p{L}*) ${G(2)}(?:a |my |the )?body`, `(?:transfer|leave|sign over) ${G(3)}(?:savings|money|house|flat) ${G(3)}(?:to|into) (?:his|her|their|my)`, 'will not be (?:here|around) (?:anymore|any more|after)'],
    ],
    violence: [
      // Hiding from it: under the bed, locked in the bathroom with the little ones.
      ['under the bed', 'hiding in (?:the|my|our) (?:bathroom|wardrobe|closet|room)', `(?:locked|hiding|hid) ${G(3)}in (?:the|my|our) (?:bathroom|wardrobe|closet|toilet)`],
      // Grooming: an older man met online who buys things, picks her up, wants photos and secrecy.
      ['met (?:him )?online', `(?:buys|bought|gives|gave) (?:her|him) ${G(2)}(?:expensive |new )?(?:things|stuff|gifts|money|phone|clothes)`, 'picks (?:her|him) up (?:after|from) school', 'private stuff', `(?:does not|doesn t|dont|won t) want (?:her|him) (?:talking|to talk) to (?:me|us|anyone)`],
      ['controls (?:my|the|all)', 'checks my phone', 'locks the door', 'takes the keys', 'not allowed', 'have to ask', 'passport', 'my money', 'allowance', 'took my phone', 'has a key', 'door locked', 'tracker', 'pension', 'bank card', 'minds (?:her|his|my) money', 'took (?:the|her|his|my) keys?', '\\d+ (?:euro|euros|pounds|quid) a week', 'out of (?:her|his|my) own pension', 'can not lock'],
      ['angry', 'drunk', 'scared', 'afraid', 'terrified', 'my fault', 'walk on eggshells', 'yells', 'screams', 'throws', 'shouts', 'rough', 'when he drinks'],
      ['bruise\\p{L}*', 'black eye', 'sunglasses', 'hurts to swallow', '(?:painful|pain when) swallowing', 'hoarse', `(?:red )?(?:marks|spots|bruises|dots) ${G(2)}(?:on|around|in) (?:my|her|his) (?:neck|throat|eyes)`, 'fell down the stairs', 'walked into', 'hurt', 'pushed', 'broken nose', 'wounds', 'bed wetting', 'wetting the bed', 'all quiet'],
      ['secret', 'nobody (?:can|may|must) know', 'not (?:allowed|supposed) to tell', 'do not tell', 'anonymous', 'promise not to tell', 'can not know', 'not to tell', 'do not call anyone', '(?:said|says|told me) (?:do not|not to) (?:call|tell) (?:anyone|anybody|the police)'],
      ['shower', 'my room', 'touch\\p{L}*', 'naked', 'photos', 'pictures', 'sex', '(?<!(?:noise|noisy|loud|music|party|parties|shift|shifts|work|works|working|drive|driving|walk|walking|sleep|sleeping) (?:\\S+ )?)at night'],
      ['honou?r', 'shame', 'shamed', 'marry', 'wedding', 'girlfriend', 'found out about my boyfriend', 'uncle', 'uncles', 'cousin', 'family found out', 'hiding', 'my brothers?', `(?:brothers|father|dad|uncles|family) ${G(1)}found out`, '(?:ticket|flight) to (?:syria|morocco|turkey|pakistan|afghanistan|iraq|somalia|egypt|eritrea|yemen)', 'family whatsapp'],
      ['threaten\\p{L}*', 'said (?:he|she|they) would', `(?:he|she|they) (?:ll|will|would|is going to|gonna|is gonna) (?:finish|end) (?:it|me|us|this|her|him)`, 'his friends (?:want to |wanna |will )?meet her', 'owes? him', 'if i leave', 'will not see', 'if i do not end it', 'showing up', 'police (?:said|can not)', 'follows me'],
      ['crying', 'screaming', 'banging', 'thuds?', 'through the wall', 'next door', 'nobody answers', `(?:screaming|yelling|crying|shouting|begging) ${G(2)}stop(?! (?:it|that|the|them|being|playing))`],
      ['silence', 'went quiet', 'then quiet', 'suddenly quiet', '(?:been|gone|went|is) quiet for'],
      // An elder cut off: someone else answers her phone, visits stopped, not going out.
      ['not going out (?:anymore|any more)', 'get me out of here', 'take me (?:away|home) from here', `(?:stands|sits|stays) ${G(2)}next to (?:her|him) (?:when|while|every|all)`, `(?:savings|pension|money|jewel\\p{L}*|bank account) ${G(2)}(?:are|is|has|have) ${G(1)}(?:gone|disappeared|missing|empty)`, 'answer(?:s|ed)? (?:her|his) phone', '(?:will not|does not|did not|would not) let (?:me|us|anyone) (?:see|speak to|talk to|visit|in)', 'can not (?:see|visit|reach|speak to|get hold of) (?:her|him)', 'has not been (?:in|seen|out|round)', 'no visitors', 'not allowed visitors', 'fridge (?:is )?empty'],
    ],
    emergency: [
      // Sudden onset: a body sign that came out of nowhere, minutes ago.
      ['suddenly', 'all of a sudden', 'out of nowhere', 'out of the blue', 'just now', '(?:few|\\d+|ten|five|twenty) minutes ago', 'came on fast'],
      ['not responding', 'unresponsive', 'nobody answers', 'no answer', 'does not answer', 'not picking up', 'will not open', 'not answering', 'is not answering', 'phone keeps ringing', 'door locked', 'has not come out'],
      ['for (?:days|hours|\\d+ days|\\d+ minutes)', 'in \\d+ days', 'since (?:yesterday|this morning|last night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)', '(?<!(?:open|on|awake|up|out|partying|working|talking|running) )all night', 'for (?:two|three|four|several|a few) days'],
      ['smell', 'smoke', 'gas', 'burning', 'newspapers?', 'mail piling', 'letterbox'],
      ['shaking', 'seizure', 'slurred', 'slurr\\p{L}*', 'speech', `(?:arm|leg|hand|side|face) ${G(2)}(?:is |went |goes |feels |has gone )?(?:suddenly )?(?:weak|limp|heavy|droopy|numb)`, 'drooping', 'can not breathe', 'pale', 'chest', 'collapsed', 'fell(?! (?:asleep|in love|apart|behind|for))', 'blood', 'blue', 'confused', `(?:skin|hands|feet|body|lips|face|he is|she is) ${G(2)}(?:ice )?cold`, 'cold and (?:pale|blue|clammy|grey|gray|sweaty)', 'no sound', 'sweaty', 'numb', 'breathing (?:weird|strange)', 'words'],
      ['old (?:man|woman|lady|neighbour)', 'elderly', 'dementia', 'lives alone', 'baby', 'diabetic'],
      ['took something', 'drugs', `(?:took|taken|swallowed|had|ate|downed) ${G(4)}(?:pills|tablets)`, 'drank too much', 'party'],
    ],
  },
  figurative: [
    // Someone else's attempt told with its time, long enough ago to be over ("my best friend tried to take her life last spring"): a carer's story, not a disclosure.
    `(?:friend|brother|sister|mother|mum|mom|father|dad|son|daughter|partner|husband|wife|cousin|colleague) (?:\\S+ )?(?:tried to take|attempted to take|took) (?:her|his|their) (?:own )?life (?:last (?:year|spring|summer|autumn|fall|winter)|(?:\\d+|two|three|four|five|six|a few|some|many) (?:years|months) ago|in (?:19|20)\\d\\d)`,
    // Read in blind files u-x: "no thoughts of hurting myself"; a club's safeguarding protocol "if a kid ever tells us about abuse".
    `no (?:thoughts|thought|plans|plan|intention|intentions) (?:of|about) (?:hurting|harming|killing|ending) (?:myself|me|my life)`,
    `(?:protocol|policy|training|workshop|what (?:should|do) we do|guidelines) ${G(12)}(?:abuse|violence|suicid\\p{L}*)`, `(?:if|when) (?:a |the )?(?:kid|child|student|pupil|player|someone|anyone) ever (?:tells|discloses|says) ${G(3)}(?:abuse|violence|suicid\\p{L}*|self harm)?`,
    // Read in blind files q-t: a teenager who "wants to die" when he loses a game; a student's assignment on what teams do when someone says they want to kill themselves, or a thesis on suicide; "he doesn't hit me or anything like that".
    `(?:want|wants|wanted) to die (?:when|whenever|every time|if) (?:he|she|i|they|we) ${G(1)}(?:lose|loses|lost|die|dies|died|get|gets)`,
    `when (?:someone|somebody|a person|people|a client|clients|a resident|residents) (?:says|say|said|tells you|tell you|writes|write) (?:they|he|she) ${G(2)}(?:want|wants) to (?:kill|hurt|harm) (?:themselves|themself|himself|herself)`,
    `(?:thesis|dissertation|assignment|research|essay|paper|presentation|project|interview) (?:on|about|into) ${G(6)}suicid\\p{L}*`,
    `(?:he|she|they) (?:does not|do not|did not|has never|have never|never) (?:hit|hits|beat|beats|beaten|hurt|hurts) (?:me|us|the kids|the children) (?:or anything|or something|if that is what|no)`,
    // Spanish and Italian "la molestan" (they bother her) is not molesting.
    `(?:la|le|lo|les|los|me|te|nos|mi|ti|ci) molest(?:an|a|as|o|ano|ava|avan|aban|aba)`,
    // A child's nightmares told; a fall where nothing broke.
    `(?:nightmare|nightmares|night terrors|bad dreams) ${G(20)}(?:kill|drown|hurt|take)\\p{L}* (?:us|me|them|him|her|everyone)(?: all)?`, `(?:nightmare|nightmares|night terrors|bad dreams) ${G(12)}(?:screaming|scream\\p{L}*|drown\\p{L}*|die|dying|kill\\p{L}*|monster\\p{L}*)`, `(?:fall|fell) ${G(6)}nothing (?:was )?broken`,
    // A child's frightened questions ("if we are going to die").
    `(?:if|whether|are we|am i|will we) ${G(2)}going to die`,
    // A course, an assignment or a case study about it.
    `(?:assignment|course|case study|essay|project|presentation|training|lecture|module|paper|homework) ${G(6)}(?:about|on) ${G(2)}(?:domestic (?:violence|abuse)|suicide|self harm|child abuse)`,
    // A smoke alarm that beeps for its battery; "my mum's gonna kill me when she sees my report".
    `smoke (?:alarm|detector) ${G(3)}(?:beep\\p{L}*|chirp\\p{L}*) ${G(6)}batter\\p{L}*`, `kill me (?:when|if) ${G(2)}(?:sees|see|finds out|hears|reads) ${G(2)}(?:report|grades|marks|results|bill|this|the mess)`,
    // A weight on the chest every morning for months is a feeling, not a heart attack.
    `(?:every|each) (?:morning|day|night) ${G(8)}(?:weight|pressure|stone) on my chest`, `(?:weight|pressure|stone) on my chest ${G(6)}(?:since|for (?:weeks|months|years)|every (?:morning|day))`,
    // Everyday threats of being told off (files v, w6): "my boss is gonna kill me if i am late", "she will kill me when she finds out i lost the keys", "one more session and i will jump".
    `my (?:boss|manager|teacher|coach|supervisor|landlord) ${G(1)}(?:is )?(?:gonna|going to|will|ll) kill me`,
    `(?:kill|murder) me (?:when|if) (?:she|he|they|mum|mom|dad) (?:finds out|sees|hears|notices) (?:that )?i (?:lost|forgot|broke|spent|ate|crashed|missed|failed|dented|scratched)`,
    `kill me if i (?:forget|am late|m late|miss|lose|break|eat)`,
    `(?:one more|another) ${G(6)}(?:i ll|ill|i will|i am going to|im gonna|i am gonna) (?:jump|kill myself|shoot myself|die|scream)`,
    // Said of a language, a form or the news (training file w6): "Dutch pronunciation is going to kill me", "someone got stabbed ... saw it on AT5".
    `(?:pronunciation|grammar|dutch|language|exam|exams|homework|test|tests|course|inburgering|traffic|commute|rain|weather|heat|paperwork|bureaucracy|form|forms|taxes|rent|bills?|job|work|school|study|studying|uni|thesis|deadlines?|ind|gemeente|belastingdienst) ${G(2)}(?:is|are|will|gonna) ${G(2)}kill (?:me|us)`,
    `(?:got|was|been|were) (?:stabbed|shot|knifed) ${G(10)}(?:saw it|read it|heard it|on the news|in the news|on at5|on the radio|in the paper|thankfully nobody|nobody we know|no one we know)`,
    'used to (?:self ?harm|cut|hurt myself)', `(?:had|have had|has had) ${G(1)}(?:a )?(?:stroke|heart attack)`, 'i am doing (?:well|fine|good|better)', 'doing well now',
    `(?:kill|killing|killed) (?:time|it|the vibe)`, 'is killing me', 'are killing me', 'killing it', `dying (?:to|for|of laughter|laughing)`, `(?:bored|scared|worried|tired|sick) to death`, 'dead tired', 'dead battery', 'deadline', 'dead end', 'i could kill (?:for|him|her)',
    `(?:phone|laptop|battery|car|plant|tv|wifi) ${G(1)}(?:died|dead|is dead|was dead|has died)`, 'died laughing', 'lol i am dead', 'i am dead lol', 'hit (?:the|a) (?:road|wall|deadline|jackpot|target)', 'hit me up', 'fire (?:me|him|her|them|someone)', 'fired', 'fire alarm test', 'on fire lol',
    `(?:never|not|no) ${G(1)}(?:suicidal|thoughts of suicide)`, `would never (?:hurt|kill|harm) ${G(0)}(?:myself|me)`, `(?:i am )?(?:not going to|will not|would not|never going to) (?:kill|hurt|harm) myself`, `(?:i )?(?:do not|never) want to die`, 'not (?:planning|going) to end my life', 'i am not in danger', 'not in danger', 'i am safe', 'years ago',
    `(?:as a child|when i was (?:little|young|a kid)|in the past|years ago) ${G(4)}(?:hit|beaten|abused)(?! ${G(4)}(?:now|again|still))`, 'abuse of (?:power|trust|the system)',
    // Hyperbole: "i would rather be shot than", "killing him with deadlines", "she would kill me if i ate her leftovers".
    `(?:would|i would|id) ${G(1)}rather (?:be )?(?:shot|dead|die|drown|eat glass|jump off a bridge) than`, `rather (?:be )?(?:shot|dead|die) than`, `(?:shoot|kill) me now`, `(?:flu|booster|covid|tetanus|vitamin|espresso|tequila|vodka|jello) shots?`, `(?:give|gave|giving|take|took|worth) (?:it )?a shot`, 'big shot', 'long shot', 'screen ?shot',
    `(?:is|are|was|were) killing (?:me|him|her|us|them) with (?:deadlines|work|paperwork|homework|questions|emails|meetings|overtime|kindness|forms|noise|their|his|her)`, `(?=(?:is|are) )(?<=(?:boss|manager|teacher|coach|job|work|commute|paperwork|bureaucracy|forms|deadlines|exams|homework|landlord|neighbour|neighbor|heat) ${G(4)})(?:is|are) (?:literally |absolutely |actually )?killing (?:me|him|her|us|them)`,
    `(?:kill|murder|strangle|kills|murders) (?:me|him|her|us)(?= ${G(10)}(?:leftovers|snacks|fridge|charger|sweater|hoodie|makeup|console|controller|ps5|xbox|grades|report card|homework|deadline|toast|fire alarm|smoke alarm|tickets|concert|mess|dishes|lego|scratched|dented)(?= |$))`,
    `(?:going to|gonna|will|would|about to) kill (?:my|the|that) (?:teammate|teammates|team|squad|roommate|flatmate|housemate|boss|manager|laptop|computer|printer|phone|wifi|router)`,
    `(?:kill|kills|killed|killing|shot|shoot|shooting|headshot\\p{L}*|wiped|murdered|destroyed)(?= ${G(6)}(?:fortnite|warzone|cod|call of duty|minecraft|roblox|valorant|gta|fifa|game|games|gaming|ranked|squad|lobby|match|round|server)(?= |$))`,
    `(?=(?:kill|shot|shoot|wiped|murdered|destroyed))(?<=(?:fortnite|warzone|cod|call of duty|minecraft|roblox|valorant|gta|fifa|gaming|ranked|squad|lobby) ${G(6)})(?:kill|kills|killed|killing|shot|shoot|shooting|wiped|murdered|destroyed)`,
    `(?:jump|jumping) off ${G(3)}(?:roof|bridge|building|balcony|cliff)(?= if ${G(6)}(?:tickets|concert|game|match|team|song|album|haircut|hair|queue|form|forms|meeting|another|one more|wifi|the score)(?= |$))`,
    `(?:not|never|no|is not|was not|never been) ${G(1)}(?:violent|aggressive|abusive|physical|dangerous)(?! ${G(2)}(?:anymore|any more|but|except|until))`, `no (?:violence|abuse|hitting) (?:or|and|at home|involved|at all)`, 'not a danger to (?:myself|me|anyone|others)',
    `(?:not|never|does not|do not|is not|are not|stopped) (?:responding|replying|answering|reacting) to (?:my|our|any of my|the) (?:emails?|e ?mails|messages|letters|complaints?|calls|requests?|applications?)`,
    `(?<=(?:film|movie|series|show|book|episode|season|anime|game) ${G(8)})(?:everyone|everybody|he|she|they|the hero|the main character) ${G(1)}(?:dies|died|dead)`,
    `secret (?:stash|recipe|santa|ingredient|weapon|garden|menu|party|surprise|admirer|trip|gift|present|spot|hobby|talent|boyfriend|girlfriend|crush)`,
    `(?:my )?(?:knees|knee|back|legs|hips|eyes|body|car|bike|phone|laptop) ${G(2)}(?:can not|will not|do not|does not|cannot|just can not) ${G(2)}(?:anymore|any more|take it|do it)`,
    // Said not to have happened: "no one hit me, i am safe"; an illness told as the cause of care, not as now.
    `(?:no one|nobody|noone|no body) ${G(1)}(?:hit|hits|hurt|hurts|beat|beats|touched|touches|threatened|threatens) (?:me|us)`, `(?:after|since|following|recovering from|post) (?:his|her|my|a|the|their) (?:stroke|heart attack|cardiac arrest|overdose)`,
    `(?:forgets|forgot|forgetting|forget|misses|missed|missing) ${G(3)}(?:to take )?(?:her|his|my|their|the) ${pills}`,
    // A topic, not a statement: "a documentary about suicide", "a talk on domestic abuse".
    `(?:documentary|doc|docu|film|movie|series|show|podcast|book|novel|article|news|report|lecture|talk|course|training|workshop|presentation|essay|thesis|research|project|campaign|awareness|statistics|stats|module) ${G(3)}(?:about|on|of|into|around) ${G(1)}(?:suicide|self ?harm|domestic (?:violence|abuse))`,
    'suicide (?:prevention|awareness|rates?|statistics|research)',
    // "Herself would kill me if she saw the garden, God rest her": the one who would kill is dead.
    `(?:kill|murder|strangle|kills|murders) (?:me|him|her|us)(?= ${G(14)}(?:god rest (?:her|him|his)|rest (?:her|his) soul|rest in peace|may (?:she|he) rest|bless (?:her|his) soul)(?= |$))`,
    // A form that will not go through: "I can not do this anymore haha, filled in the same form".
    `can not (?:do|take) (?:this|it) (?:anymore|any more)(?= ${G(2)}(?:haha\\p{L}*|lol|lmao) ${G(10)}(?:form|forms|website|site|application|paperwork|printer|laptop|computer|portal|queue|app|digid|login)(?= |$))`,
    // News: "did you see the news about the guy who got stabbed".
    `(?:news|article|paper|heard|hear|hearing|read|saw|seen|see) ${G(4)}(?:about )?(?:the |a |that |this )?(?:guy|man|woman|boy|girl|teen|teenager|person|someone|kid|lad|student) ${G(3)}(?:who |that )?(?:got|was|been|were) (?:stabbed|shot|knifed)`,
    // Teachers and trainers asking how to recognise the signs.
    `(?:recognise|recognize|spot|spotting|notice|noticing|signs|warning signs|training|course|workshop) ${G(4)}suicid\\p{L}* (?:signs|behaviour|behavior|thoughts|ideation|students|teenagers|pupils|young people)`,
    // A fall told as past: "fell last winter".
    `(?:fell|fallen|had a fall) ${G(3)}(?:last (?:year|winter|summer|spring|autumn|month)|years ago|months ago|a (?:year|few years|while) ago|in \\d{4})`,
  ],
  past: {
    past: [`(?:i|we|she|he) (?:was|were) in an? (?:abusive|violent|bad|toxic) (?:marriage|relationship)`, 'back in \\d{4}', `when (?:i|we) (?:was|were) in`, `(?:back )?in (?:january|february|march|april|may|june|july|august|september|october|november|december)(?! ${G(1)}(?:this|next))`, `(?:my )?ex (?:husband |wife |partner |boyfriend |girlfriend )?was`, '(?:\\d+|two|three|four|five|six|a few|few|some|many) (?:years|months|weeks) back', 'in \\d{4}', '\\d+ (?:years|months|weeks) ago', '(?:years|months|long time) ago', 'in the past', 'last (?:winter|summer|spring|autumn|fall|month|christmas)', 'as a (?:child|kid|teenager)', 'when i was (?:little|young|a kid|a child|a teenager|\\d+)', 'used to', 'back then', 'last year', '(?:last|on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?! (?:night|evening))'],
    present: ['(?<!(?:working|work|studying|living|sleeping|eating|smiling|happy|healthy|well|myself|home|school|normal|dating|running|training|cycling|driving|laughing|friends) )again', `still ${G(2)}(?:hits|hurts|threatens|beats|happening|scared|afraid|want|wants|think)`, 'tonight', 'last night', 'yesterday', 'today', 'this week', 'right now', 'recently', 'started (?:again|up)'],
    resolved: [`(?:is|s|are|was) (?:completely |totally |all |perfectly )?(?:fine|ok|okay|alright|all right) now`, `doing (?:so much |much |a lot |way )?better`, `(?:nobody|no one)(?: s| is) hurt`, 'long over', '(?:it s|its|that s|thats) (?:all )?over', `now (?:i am|we are|i have been|he is|she is) ${G(1)}(?:fine|ok|okay|safe|well|good|happy|better|settled|a (?:mother|father|parent|grandmother|grandfather)|an adult|grown up)`, 'clean (?:for|since) \\S+', `(?:i am|i m|im|am) ${G(2)}in a (?:much |far |way |so |a lot )?(?:better|good|great|safe) place`, `(?:done|did|had|followed|finished) ${G(3)}therapy`, `(?:i have|i am|have) been clean`, 'had therapy', '(?:is|are|am) (?:all )?(?:fine|ok|okay) now', 'healed', 'behind me', 'i am safe', `(?<!(?:think|thinks|thought|believe|believes|pretend|pretends|pretending|tell them|told them|act like|acting like|say|says) (?:that )?(?:i am|i m|im|he is|she is|we are|hes|shes) )doing ${G(1)}(?:well|better|fine|great|good|ok|okay|alright)`, `therapy ${G(1)}helped`, 'got help', 'recovered', 'over it', 'moved on', 'divorced', 'separated', `i am ${G(2)}(?:a )?(?:much |far |way |so |a lot )?better place`, `(?:that|it|all that) is (?:all )?(?:over|behind me|in the past)(?! (?:now|again))`, 'i have a (?:flat|job|house|home|place) now', `(?:that|it) is (?:all )?(?:finished|done)(?! ${G(1)}(?:tonight|today|soon))`, `(?:it s|its|it is) (?:completely |all |totally |really )?over now`],
  },
  jokes: [`(?:do not|dont) think (?:he|she|they) (?:is|are) (?:in danger|at risk|serious)`, 'haha\\p{L}*', 'lol', 'lmao', 'jk', 'just kidding', 'only joking', 'kidding', `(?:i am )?(?:not|never) (?:gonna|going to) (?:do|try) (?:anything|something)(?: stupid)?`, `(?:i )?(?:do not|dont) have a plan`, `(?:we|everyone|all) laughed about it`, `(?:joking|jokes|joked|joke) about`, `laughs (?:her|his|their|my) head off`, `then (?:she|he|they) laugh\\p{L}*`],
  bystander: [
    '(?:my |the |a )?(?:neighbour|neighbor|neighbours|neighbors|next door)', '(?:my |a )(?:friend|colleague|classmate|coworker|student|client)', 'someone (?:in|from) (?:my|our|the) (?:class|street|building)',
    '(?:kid|kids|child|children) (?:of|from|next door)', 'my (?:son|daughter|father|mother|dad|mum|mom|brother|sister|grandma|grandpa) (?:wants|says|talks|is|has|posted)', '(?:i am )?worried about (?:my|a|the|her|him)',
  ],
  risk: [
    'tonight', 'right now', 'now', 'today', 'this weekend', 'soon', 'already (?:took|taken|swallowed|cut|bought)', pills, 'rope', 'knife', '(?<!(?:\\d+|bir|her|iki|uc|o|bu|ayni|ertesi|birkac) )gun(?! (?:icinde|sonra|once|boyunca|oldu|gecti|daha|gibi))', height, 'alone', 'nobody (?:is )?(?:here|home|around)',
    'i have a plan', 'i know how', 'i know where', 'wrote (?:a|the) (?:note|letter)', 'i will do it', 'going to do it', 'he is (?:coming|back|home)', 'at the door',
  ],
  refusal: [
    `(?:will not|do not want to|can not|not going to|refuse to) ${G(1)}(?:call|phone|ring|talk on the phone)`, 'no one can help', 'nobody can help', 'calling (?:does not|will not) help', 'no credit', 'no phone', 'he (?:can )?hears? me', 'already called', 'they do not answer',
  ],
};
