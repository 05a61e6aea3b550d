import type { AssistantTexts } from './assistant-texts.js';

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const kindNames: Record<string, string> = {
  photo: 'photos', voice: 'voice messages', sticker: 'stickers', location: 'locations',
  document: 'files', video: 'videos', other: 'this kind of message',
};

/** Plain English for residents who write English. */
export const englishTexts: AssistantTexts = {
  welcome:
    "Hi! I am the digital assistant of the neighbourhood social work team. I am not a person. " +
    'I will ask a few questions. Then I pass your question on to a social worker. ' +
    'We only keep your messages to help you. You do not have to give your name. ' +
    "Want to talk to a person straight away? Type 'human'.",
  welcomeBack: 'Good to hear from you again. I am the digital assistant, not a person.',
  askOpen: 'What is going on? Tell me in your own words.',
  askOpenAgain: 'I do not quite understand yet what you need help with. Can you tell me a bit more?',
  chooseDomain: 'What is your question about? Choose what fits best.',
  domainOptions: {
    'self-reliance': 'Money, letters or housing',
    health: 'Health and feeling well',
    network: 'Family, loneliness or caring for someone',
    neighbourhood: 'Neighbours and the neighbourhood',
    'growing-up': 'Children, work or language',
  },
  somethingElse: 'Something else',
  questions: {
    'deadline-money': 'Is there a date when something will happen? For example a cut-off of gas or water, or an eviction?',
    debts: 'About how many debts do you have? And with whom?',
    'help-money': 'Do you already have help with money matters? For example a budget manager or debt counselling?',
    document: 'Which letter or form is it about? Who sent it?',
    'deadline-paperwork': 'When does it need to be done? Is there a date in the letter?',
    'help-paperwork': 'Has anyone looked at the letter with you yet?',
    'living-situation': 'Where do you live now? Do you have your own home, or are you staying somewhere for now?',
    'deadline-housing': 'Do you have to leave your home by a certain date? Or is there another date?',
    landlord: 'Have you been in touch with the landlord or housing association?',
    'legal-matter': 'What is it about? For example a fine, dismissal, a conflict or a court case?',
    'deadline-legal': 'Is there a date by which you have to respond?',
    'help-legal': 'Have you talked to a lawyer or the Legal Services Counter (Juridisch Loket)?',
    'work-situation': 'Do you have work or benefits right now, or are you at school?',
    'work-goal': 'What would you like to do? Work, a course, or something to fill your day?',
    'work-limits': 'Is something making it hard? For example your health or the language?',
    children: 'Which child is it about, and how old are they?',
    'child-situation': 'What do you notice about your child? At home, at school or with friends?',
    'help-youth': 'Is there help already, for example from school or the youth team?',
    'language-level': 'How is your Dutch now? Reading, writing and speaking?',
    'integration-status': 'Do you have to do the civic integration programme? Do you already have a language course?',
    'language-need': 'What do you need the language for most? Work, letters or meeting people?',
    'neighbour-issue': 'What is happening with the neighbours? How long has this been going on?',
    'neighbour-contact': 'Have you talked to your neighbours about it?',
    'neighbour-others': 'Are other neighbours bothered by it too?',
    'activity-interest': 'What do you like to do? Or what would you like to learn?',
    'activity-moment': 'When do you have time? During the day or in the evening?',
    'activity-idea': 'Do you have an idea for the neighbourhood? Tell me a bit more.',
    'mental-complaints': 'How long have you been feeling like this?',
    'mental-daily': 'Are you able to sleep, eat and get through the day?',
    'help-mental': 'Do you already have help, for example from your GP or a psychologist?',
    'health-limits': 'What is no longer going well because of your health?',
    'health-daily': 'How are shopping, housework and getting around going?',
    'help-health': 'Do you already have help, for example home care or an aid?',
    'ageing-daily': 'What is not going as well as it used to?',
    'ageing-safety': 'Do you live alone? Do you feel safe at home?',
    'help-ageing': 'Does anyone come to help already, for example family or home care?',
    substance: 'What is it about? For example alcohol, drugs or gambling?',
    'substance-who': 'Is it about you, or about someone else?',
    'help-addiction': 'Have you had help for this before?',
    'contact-frequency': 'How often are you in touch with other people?',
    'loneliness-wish': 'What kind of contact would you like? For example eating together, walking, or a buddy?',
    'loneliness-barrier': 'Is there something that makes it hard to go out?',
    'care-for': 'Who do you care for, and what do you do for them?',
    'care-load': 'How much time does the care take? Can you still manage?',
    'help-care': 'Do you get any help yet, for example respite care or home care?',
    'relationship-situation': 'Who is it not going well with? Your partner, your ex or someone in your family?',
    'relationship-children': 'Are there children involved?',
    'relationship-safety': 'Do you feel safe at home?',
    'tried-network': 'What have you tried yourself so far? And is there anyone around you who can help?',
    tried: 'What have you tried yourself so far?',
    network: 'Is there anyone around you who can help? For example family, friends or neighbours?',
    wish: 'What would help you most right now?',
  },
  summary: (sentences) => `Let me sum up. Is it right that:\n${sentences.join('\n')}`,
  summaryTopics: (labels) => `- you have a question about ${joinEnglish(labels.map((label) => label.toLowerCase()))}?`,
  summaryQuote: (words) => `- you wrote: "${words}"`,
  summaryDeadline: (deadline) => `- there is a date: ${deadline}`,
  summaryUrgent: '- it is urgent, this week',
  summaryTried: (tried) => `- you already did this: ${tried}`,
  summaryNetwork: (network) => `- around you: ${network}`,
  summaryWish: (wish) => `- this would help you most: ${wish}`,
  summaryCorrection: (correction) => `- you add: "${correction}"`,
  confirmYes: 'Yes, that is right',
  confirmNo: 'No, I want to change something',
  askCorrection: 'What is not right, or what would you like to add? Write it in your own words.',
  offer: (offer) =>
    `This might also be something for you: ${offer.name}. ${offer.description} ` +
    `Where: ${offer.place}. When: ${offer.hours}.${offer.link ? ` More info: ${offer.link}` : ''} ` +
    'This is just a tip. A social worker will help you either way.',
  askContact: 'How would you like the social worker to contact you?',
  contactOptions: { chat: 'Here in the chat', phone: 'Call me', visit: 'Visit me' },
  askPhone: 'What number can the social worker call? You can also skip this.',
  askAddress: 'Where can the social worker visit you? You can also skip this.',
  skip: 'Skip',
  askConsent: 'May I share this summary and our conversation with a social worker?',
  consentYes: 'Yes, you may',
  consentNo: 'No',
  noConsent:
    "Okay, I will not share anything. You can always ask for help later: type 'human'. " +
    "Would you like me to delete your messages now? Type 'forget me'.",
  handedOff: (when) => `Thank you. I have passed your question on to a social worker. ${when} You can keep writing here.`,
  humanRequested: (when) =>
    `I am passing you on to a social worker. They will see what you have written so far. ${when} You can keep writing here.`,
  openNow: (hours) => `Someone is working right now. You usually get an answer within ${hours} hours.`,
  openLater: (moment) => `It is outside office hours now. A social worker will answer ${moment}.`,
  moment: (dayOffset, weekday, time) =>
    dayOffset === 0 ? `today from ${time}` : dayOffset === 1 ? `tomorrow from ${time}` : `on ${weekdays[weekday]} from ${time}`,
  stillWaiting: 'Your question is with a social worker. I have added your message.',
  addedForWorker: 'Thank you, I have added this.',
  stopped: (days) =>
    `Okay, we will stop. Your messages are deleted after ${days} days. ` +
    "Want that now? Type 'forget me'. You can always start again.",
  forgetConfirm: 'Do you want me to delete everything you wrote here? This cannot be undone.',
  forgetYes: 'Yes, delete everything',
  forgetNo: 'No, do not delete',
  forgotten: 'Everything has been deleted. You can always start again.',
  forgetCancelled: 'Okay, I will not delete anything. Let us continue.',
  restarted: 'Let us start again.',
  restartWhileHandedOff: 'Your question is already with a social worker. Just keep writing here.',
  help:
    "I am a digital assistant, not a person. You can always type: 'human' for a social worker, " +
    "'restart' to start again, 'stop' to stop, 'forget me' to delete everything.",
  unknownCommand: "I do not know that command. Type 'help' to see what you can do, or tell me what is going on.",
  nonText: (kind) =>
    `Thank you. Unfortunately I cannot look at ${kindNames[kind] ?? kindNames.other}. Could you type in a few words what you want to tell me?`,
  empty: 'I did not receive any text. What would you like to tell me?',
  tooLong: (kept) => `Your message is very long. I kept the first ${kept} characters. A social worker can talk about the rest with you later.`,
  workerClaimed: (name) => `${name} is a social worker and has picked up your question. From now on you are talking to a person.`,
  caseClosed: 'The social worker has closed your question. You can always write here again.',
  somethingWentWrong: 'Sorry, something went wrong on my side. Please try again in a minute. Are you in danger? Call 112.',
};

function joinEnglish(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
