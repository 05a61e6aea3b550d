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
const pills = '(?:pills|tablets|sleeping pills|meds|medication|medicine|painkillers|paracetamol|tylenol|insulin|oxy|xanax)';
const height = '(?:bridge|roof|building|balcony|window|train|tracks|railway|cliff|car park|parking garage|tower)';

export const englishSafetyLexicon: SafetyLexicon = {
  spellings: {
    dont: 'do not', cant: 'can not', cannot: 'can not', wont: 'will not', im: 'i am', ive: 'i have', id: 'i would', ill: 'i will',
    doesnt: 'does not', didnt: 'did not', isnt: 'is not', arent: 'are not', wasnt: 'was not', havent: 'have not', couldnt: 'could not',
    wouldnt: 'would not', theres: 'there is', thats: 'that is', whats: 'what is', shouldnt: 'should not', hes: 'he is', shes: 'she is', theyre: 'they are', idk: 'i do not know',
    wanna: 'want to', gonna: 'going to', u: 'you', ur: 'your', r: 'are', kms: 'kill myself', kys: 'kill yourself', rn: 'right now',
    unalive: 'kill', pls: 'please', plz: 'please', cuz: 'because', bc: 'because', tho: 'though', mum: 'mum', mom: 'mom', abt: 'about',
  },
  crisis: {
    suicide: [
      'suicide', 'suicidal', 'self ?harm\\p{L}*', 'selfharm\\p{L}*', 'kill (?:myself|my self)', 'killing myself', 'end my life', 'take my (?:own )?life', 'suicide note', 'goodbye (?:letter|note)',
      `(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|burn|burning) ${self}`, `(?:want|wants|wanted|wish|wishes|going|ready|plan|planning) ${G(2)}to die`, `wish ${G(2)}(?:was|were) dead`,
      `(?:end|ending) (?:it all|my life|his life|her life|everything|it tonight|it now)`, `no (?:reason|point) ${G(2)}(?:to live|living|in living|to go on)`, `better off ${G(1)}without me`,
      `(?:not|never) want to (?:live|be alive|be here|wake up|exist) ?(?:anymore|any more)?`, `(?:do not|never) want to (?:live|be alive|wake up|exist)`, 'can not go on (?:anymore|any more|like this|living)',
      `(?:no|not see the|not see any|see no) point (?:in|of) (?:living|life|going on|being alive)`, `better off if i (?:was|were) (?:not here|gone|dead)`, `(?:hope|hoping|wish) ${G(1)}(?:i )?(?:do not|never|dont) wake up`,
      `(?:about|of) (?:not|never) waking up`, `(?:pills|tablets|rope) ${G(3)}(?:ready|saved|stockpiled|collected|hidden)(?! ${G(3)}(?:for|of) (?:my|his|her|the))`,
      `(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected) ${G(2)}${pills}`, `(?:disappear|be gone) (?:forever|for good)`, `take ${G(2)}all ${G(1)}(?:my |the )?${pills}`,
      `jump (?:off|in front of|from) ${G(2)}${height}`, `(?:step|walk) in front of (?:a |the )?(?:train|bus|car|truck)`, 'this is my last message', 'say(?:ing)? goodbye to (?:everyone|everybody|you all)',
      `(?:everyone|everybody|they|my family|my kids) ${G(3)}better off ${G(1)}without me`, 'nobody would (?:miss|notice|care if) (?:me|i)', 'want to (?:be dead|sleep forever|sleep and never wake up)',
      `(?:cuts?|cutting|cut) ${G(2)}(?:my|her|his) (?:arms|wrists|legs|thighs|skin)`, 'hang myself', 'overdose on purpose', `(?:has|got) a plan to ${G(2)}(?:die|end|kill)`,
    ],
    violence: [
      'domestic (?:violence|abuse)', 'abusive', 'abused', 'abusing (?:me|us|her|him|the kids)', '(?<!drug |alcohol |substance |verbal )abuse(?! of (?:power|trust|the system))', 'raped', 'rape', 'raping', 'molest\\p{L}*', 'sexually (?:abused|assaulted|touched)', 'sexual (?:abuse|assault)', 'grooming', 'groomed',
      `${victim} ${G(1)}(?:hit|beaten|kicked|choked|strangled|abused|threatened|locked up|locked in|slapped|punched)`, `${hitVerb} ${victim}(?! (?:out|off|up))(?!\\S)`, `${perpetrator} ${G(2)}${hitVerb}(?! (?:the (?:wall|door|table|ball)|it|nothing|back|(?:me|us|him|her|them) out))`,
      `threaten(?:s|ed|ing)? ${G(2)}(?:to kill(?! (?:the|my|this|our) (?:contract|deal|lease|plan|project|idea))|to hurt|with a knife|with violence|to take the kids|me|us)`, `(?:husband|partner|boyfriend|ex|father|dad|wife|mother) ${G(2)}threaten(?:s|ed)?`, `(?:locks|locked) (?:me|us|her|him|the kids) (?:up|in)`,
      `(?:afraid|scared|terrified) (?:of|that) my (?:husband|partner|boyfriend|father|dad|stepdad|ex|wife|mother|son|brother|uncle)`, `(?:will|going to|gonna|wants to|threatens to) (?:kill|hurt) (?:me|us|the kids|my)`,
      'will not let me (?:leave|go out|see (?:my )?(?:family|friends|parents)|call|work)', `(?:not )?(?:allowed|let me) ${G(2)}(?:leave the house|go outside|see my (?:family|friends)|have my phone|have money)`, `(?:said|says|threatens) ${G(2)}(?:he|she|they) will (?:hurt|kill|get) (?:me|us|the kids)`,
      `(?:took|takes|taken|keeps|kept) ${G(1)}my (?:passport|papers|id|phone|bank card|money|pension) ${G(4)}(?:will not|wont|and|so i can not|locked)`, `comes (?:into|in) my (?:room|bed) ${G(2)}(?:at night|when)`, `touches me ${G(3)}(?:where|at night|when|and)`,
      `(?:our|a) (?:little )?secret ${G(6)}(?:touch|room|night|tell|bed|hurt)`, `(?:makes|made|forces|forced) me ${G(2)}(?:do things|have sex|touch)`, 'honou?r (?:killing|based violence|violence)', 'forced (?:marriage|to marry)',
      `(?:hear|heard|hearing) ${G(6)}(?:screaming for help|screams for help|being hit|hitting her|hitting him|thuds and screaming|crying for help)`, `(?:dad|father|stepdad|he) ${G(2)}${hitVerb} ${G(1)}(?:mum|mom|mother|my mum|my mom|her)`,
      `(?:throat|tongue|lips|face) ${G(3)}(?:tight|swelling|swollen|closing|puffing)`, 'stalk(?:s|ing|ed|er) (?:me|us|her)', 'restraining order', `(?:burn|set fire to|torch) ${G(4)}(?:with (?:me|us|her|the kids) in it|house down|flat down)`, `(?:will not|wont|not going to) live to see`, `(?:waved|pointed|pulled|held) ${G(2)}(?:a |his |her )?(?:knife|gun|machete|blade)`, `(?:kill|hurt) (?:her|him|me|us) if`,
    ],
    emergency: [
      'unconscious', `(?:not|stopped|is not|isnt) breathing`, 'can not breathe(?! for a)', 'on fire', 'house fire', 'there is a fire', 'smoke (?:everywhere|coming|from)', 'overdose(?:d)?', 'heart attack', 'cardiac arrest', 'stroke', 'gas leak', 'smell (?:of )?gas', 'carbon monoxide', `smell ${G(1)}smoke`, `smoke alarm ${G(4)}(?:going off|beeping|ringing)`, `(?:face|mouth) ${G(2)}(?:droop\\p{L}*|hanging|crooked)`, `(?:speech|talking|speaking) ${G(3)}(?:slurred|strange|garbled)`, 'slurred speech',
      `(?:bleeding|bleeds) ${G(2)}(?:badly|heavily|a lot|everywhere|will not stop)`, 'lot of blood', 'blood everywhere', `(?:has|with|holding|pulled|waving|got) ${G(2)}(?:a )?(?:knife|gun|weapon|machete|axe)`, 'stabbed', 'shot',
      `(?:will not|does not|can not|wont|cant) wake (?:her |him |them )?up`, 'unresponsive', 'fainted', 'passed out', 'choking', 'turning blue', 'seizure', 'fitting',
      `(?:collapsed|fell|fallen|fainted|lying) ${G(4)}(?:not|is not|does not|will not) ${G(1)}(?:responding|respond|moving|move|breathing|get up)`, 'call (?:an )?(?:ambulance|112|911|999)', `chest (?:pain|pains|pressure)`, `face ${G(2)}droop\\p{L}*`,
      `(?:have|has|had) not (?:seen|heard from) ${G(3)}(?:in|for) (?:days|a week|weeks) ${G(8)}(?:mail|post|curtains|smell|answer|door)`,
    ],
  },
  concern: {
    suicide: [
      `(?:picked|chosen|set) ${G(1)}(?:a )?date`, `how many ${G(4)}(?:pills|tablets|sleeping tablets|sleeping pills|paracetamol) ${G(4)}(?:take|kill|lethal|die|overdose|it would)`, 'lethal dose', 'painless way', 'quickest way',
      'can not (?:do this|take it|cope) (?:anymore|any more)', 'can not go on', 'what is the point', 'no point (?:anymore|any more)', 'no way out', 'hopeless', 'worthless', `(?:such |just )?a burden`,
      `(?:tired|sick) of (?:everything|life|living|it all)`, 'want (?:it all )?to (?:stop|end|be over)', 'want to disappear', 'give up on (?:everything|life)', 'giving my (?:things|stuff) away', 'dark thoughts', 'thoughts about (?:death|dying)',
      `(?:he|she|my friend|my son|my daughter) ${G(3)}(?:talks|talking|posted|wrote|said) ${G(3)}(?:about )?(?:dying|death|ending|goodbye|not being here)`, 'done with (?:everything|life|it all)', 'nobody cares', 'no future',
    ],
    violence: [
      `(?:has|took|takes|keeps|got) ${G(2)}(?:pension|bank|debit) card`, `(?:pension|bank|debit) card ${G(3)}(?:now|taken)`, `can not (?:visit|see (?:him|her)) without`,
      `(?:scared|afraid) (?:to go|of going) home`, 'can not go home', 'bruises', 'something happens at home', `(?:not allowed|can not) ${G(2)}(?:tell|talk about)`, 'a secret', 'nobody (?:can|may) know',
      `(?:he|she) ${G(2)}(?:gets|got) ${G(1)}(?:angry|mad|drunk) ${G(4)}(?:then|and|scared|throws|screams)`, 'controls (?:my|all my) (?:money|phone)', 'checks my phone', 'yelling and (?:banging|crying|screaming)', 'aggressive', 'neglect\\p{L}*',
      'makes me uncomfortable', 'touches me',
    ],
    emergency: ['lying on the floor', 'fell (?:down|over)', 'can not get up', 'very dizzy', 'can hardly breathe', `(?:have not|not) seen ${G(2)}(?:in|for) (?:days|a week)`],
  },
  signals: {
    suicide: [
      ['goodbye', 'farewell', 'last message', 'thank you for everything', 'thanks for everything', 'you were the best', 'take care of', 'my will', 'affairs in order', `(?:wrote|written|writing) ${G(2)}(?:letters|a letter|notes|a note) for`, 'do not (?:need to )?(?:reply|write back|call back)', 'good home'],
      [`(?:cat|dog|guitar|things|stuff|car|bike|games|console) ${G(2)}(?:is|are) going to`, `(?:gave|giving|give) ${G(3)}(?:away|my (?:things|stuff|tools|dog|cat|keys))`, `(?:dog|cat|things|stuff|tools|keys) ${G(4)}(?:to someone|a good home|away)`],
      [pills, 'rope', 'razor', 'blade', 'bridge', 'tracks', 'railway', 'roof', 'high enough', 'life insurance', 'gun'],
      ['hopeless', 'no point', 'no future', 'can not (?:go on|cope|do this)', 'done with', 'tired of (?:everything|life|it all)', 'burden', 'better off', 'better without', 'would get more from', 'nothing left', 'no way out', 'nobody (?:would )?(?:miss|notice|care)', 'worthless', 'forget i asked'],
      ['not answering', 'does not answer', 'no reply', 'not replying', 'said something (?:strange|weird)', 'lives alone', 'scared to leave (?:him|her) alone', 'drinking every night'],
    ],
    violence: [
      ['controls (?:my|the|all)', 'checks my phone', 'locks the door', 'takes the keys', 'not allowed', 'have to ask', 'passport', 'my money', 'allowance'],
      ['angry', 'drunk', 'scared', 'afraid', 'terrified', 'my fault', 'walk on eggshells', 'yells', 'screams', 'throws'],
      ['bruise\\p{L}*', 'black eye', 'sunglasses', 'fell down the stairs', 'walked into', 'hurt', 'pushed'],
      ['secret', 'nobody (?:can|may|must) know', 'not (?:allowed|supposed) to tell', 'do not tell', 'anonymous'],
      ['shower', 'my room', 'touch\\p{L}*', 'naked', 'photos', 'pictures', 'sex', 'at night'],
      ['honou?r', 'shame', 'marry', 'wedding', 'girlfriend', 'uncle', 'cousin', 'family found out', 'hiding'],
      ['threaten\\p{L}*', 'said (?:he|she|they) would', 'if i leave', 'showing up', 'police (?:said|can not)', 'follows me'],
      ['crying', 'screaming', 'banging', 'thuds', 'through the wall', 'next door', 'nobody answers'],
    ],
    emergency: [
      ['not responding', 'unresponsive', 'nobody answers', 'no answer', 'does not answer', 'not picking up', 'will not open'],
      ['for (?:days|hours|\d+ days|\d+ minutes)', 'in \d+ days', 'since (?:yesterday|this morning|last night)', 'all night'],
      ['smell', 'smoke', 'gas', 'burning'],
      ['shaking', 'seizure', 'slurred', 'drooping', 'can not breathe', 'pale', 'chest', 'collapsed', 'fell', 'blood', 'blue', 'confused', 'cold'],
      ['old (?:man|woman|lady|neighbour)', 'elderly', 'dementia', 'lives alone', 'baby', 'diabetic'],
      ['took something', 'drugs', 'pills', 'drank too much', 'party'],
    ],
  },
  figurative: [
    'used to (?:self ?harm|cut|hurt myself)', `(?:had|have had|has had) ${G(1)}(?:a )?(?:stroke|heart attack)`, 'i am doing (?:well|fine|good|better)', 'doing well now',
    `(?:kill|killing|killed) (?:time|it|the vibe)`, 'is killing me', 'are killing me', 'killing it', `dying (?:to|for|of laughter|laughing)`, `(?:bored|scared|worried|tired|sick) to death`, 'dead tired', 'dead battery', 'deadline', 'dead end', 'i could kill (?:for|him|her)',
    `(?:phone|laptop|battery|car|plant|tv|wifi) ${G(2)}(?:is|was|died|dead)`, 'died laughing', 'lol i am dead', 'i am dead lol', 'hit (?:the|a) (?:road|wall|deadline|jackpot|target)', 'hit me up', 'fire (?:me|him|her|them|someone)', 'fired', 'fire alarm test', 'on fire lol',
    `(?:never|not|no) ${G(1)}(?:suicidal|thoughts of suicide)`, `would never (?:hurt|kill|harm) ${G(0)}(?:myself|me)`, 'i am not in danger', 'not in danger', 'i am safe', 'years ago',
    `(?:as a child|when i was (?:little|young|a kid)|in the past|years ago) ${G(4)}(?:hit|beaten|abused)(?! ${G(4)}(?:now|again|still))`, 'abuse of (?:power|trust|the system)',
  ],
  past: {
    past: ['back in \\d{4}', 'in \\d{4}', '\\d+ (?:years|months|weeks) ago', '(?:years|months|long time) ago', 'in the past', 'as a (?:child|kid|teenager)', 'when i was (?:little|young|a kid|a child|a teenager|\\d+)', 'used to', 'back then', 'last year'],
    present: ['again', `still ${G(2)}(?:hits|hurts|threatens|beats|happening|scared|afraid|want|wants|think)`, 'tonight', 'last night', 'yesterday', 'today', 'this week', 'right now', 'recently', 'started (?:again|up)'],
    resolved: ['long over', 'had therapy', 'behind me', 'i am safe', 'doing (?:well|better|fine|great|good)', 'got help', 'recovered', 'over it', 'moved on', 'divorced', 'separated'],
  },
  jokes: ['haha\\p{L}*', 'lol', 'lmao', 'jk', 'just kidding', 'only joking', 'kidding'],
  bystander: [
    '(?:my |the |a )?(?:neighbour|neighbor|neighbours|neighbors|next door)', '(?:my |a )(?:friend|colleague|classmate|coworker|student|client)', 'someone (?:in|from) (?:my|our|the) (?:class|street|building)',
    '(?:kid|kids|child|children) (?:of|from|next door)', 'my (?:son|daughter|father|mother|dad|mum|mom|brother|sister|grandma|grandpa) (?:wants|says|talks|is|has|posted)', '(?:i am )?worried about (?:my|a|the|her|him)',
  ],
  risk: [
    'tonight', 'right now', 'now', 'today', 'this weekend', 'soon', 'already (?:took|taken|swallowed|cut|bought)', pills, 'rope', 'knife', 'gun', height, 'alone', 'nobody (?:is )?(?:here|home|around)',
    'i have a plan', 'i know how', 'i know where', 'wrote (?:a|the) (?:note|letter)', 'i will do it', 'going to do it', 'he is (?:coming|back|home)', 'at the door',
  ],
  refusal: [
    `(?:will not|do not want to|can not|not going to|refuse to) ${G(1)}(?:call|phone|ring|talk on the phone)`, 'no one can help', 'nobody can help', 'calling (?:does not|will not) help', 'no credit', 'no phone', 'he (?:can )?hears? me', 'already called', 'they do not answer',
  ],
};
