import type { SafetyTexts } from '../safety-texts.js';

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Plain English; the services are Dutch and also answer in English. */
export const englishSafetyTexts: SafetyTexts = {
  crisis: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        'Thank you for telling me. You do not have to carry this alone. ' +
        `Talk to someone at 113 Suicide Prevention now: call ${numbers.suicidePrevention} or free ${numbers.suicidePreventionFree}, ` +
        `or chat at ${numbers.suicidePreventionChat}. Day and night, also in English. In danger right now? Call ${numbers.emergency}.`
      );
    }
    if (crisis === 'violence') {
      return (
        'I am sorry this is happening. It is not your fault. ' +
        `Call Veilig Thuis (help with violence at home): ${numbers.domesticViolence}. Free, day and night, and you can stay anonymous. ` +
        `In danger right now? Call ${numbers.emergency}. Are you a child or teenager? Call De Kindertelefoon: ${numbers.childHelpline}.`
      );
    }
    return `Call ${numbers.emergency} now. That is the emergency number for ambulance, fire brigade and police. Stay on the line and do what they say.`;
  },
  bystander: (crisis, numbers) => {
    if (crisis === 'emergency') return `Call ${numbers.emergency} now for that person. Say where it is and what you see. Stay on the line.`;
    if (crisis === 'suicide') {
      return (
        'It is good that you worry about someone. 113 Suicide Prevention also gives advice to people around someone: ' +
        `call ${numbers.suicidePrevention} or free ${numbers.suicidePreventionFree}, or chat at ${numbers.suicidePreventionChat}. ` +
        `Is that person in danger right now? Call ${numbers.emergency}.`
      );
    }
    return (
      'It is good that you speak up. Call Veilig Thuis for advice: ' +
      `${numbers.domesticViolence}, free, day and night. You can stay anonymous, also as a neighbour or relative. ` +
      `Is someone in danger right now? Call ${numbers.emergency}.`
    );
  },
  urgent: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        `This is serious. Call ${numbers.emergency} now, or call ${numbers.suicidePrevention} and stay on the line. ` +
        'Put away what you want to use, or give it to someone. Go to a place where other people are.'
      );
    }
    if (crisis === 'violence') {
      return `This is serious. Call ${numbers.emergency} now. Can you get away safely? Go to neighbours or a place with people and call from there.`;
    }
    return `Call ${numbers.emergency} now. Do not wait. Say where you are and stay on the line.`;
  },
  refusesToCall: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        `You do not have to call. You can also chat with 113, day and night, at ${numbers.suicidePreventionChat}. ` +
        'Or send someone you trust a message now: "Can you come to me?"'
      );
    }
    if (crisis === 'violence') {
      return (
        `You do not have to call. You can chat with Veilig Thuis at ${numbers.domesticViolenceChat}. ` +
        `Under 18? Chat with De Kindertelefoon at ${numbers.childHelplineChat}. Delete your history afterwards if that is safer.`
      );
    }
    return `Can you not call yourself? Ask someone nearby to call ${numbers.emergency}.`;
  },
  stayWithYou: [
    'Your message is kept with your question for the social worker. I am a digital assistant, not a person. Do you want to talk to someone now? Call or chat with the numbers above.',
    'Thank you for writing. The numbers above are there now, day and night. A social worker reads everything you write here.',
    'You are not alone in this. Is there someone near you whom you can ask to come to you now?',
  ],
  concernQuestion: (concern, numbers) => {
    if (concern === 'suicide') {
      return (
        'I want to ask you something directly, because it sounds hard for you. Are you thinking about ending your life? ' +
        `You can always talk to 113: call ${numbers.suicidePreventionFree} (free) or chat at ${numbers.suicidePreventionChat}.`
      );
    }
    if (concern === 'violence') {
      return (
        'I want to ask you something directly. Are you in danger now, or is someone hurting you or someone else? ' +
        `Veilig Thuis is there day and night: ${numbers.domesticViolence}. In danger right now: ${numbers.emergency}.`
      );
    }
    return `I want to ask you something directly. Is someone in danger now, or is medical help needed now? Then call ${numbers.emergency}.`;
  },
  concernYes: 'Yes',
  concernNo: 'No',
  concernDeclined: 'Thank you for your answer. If that changes, you can always say so here. Let us go on.',
  handOffOpen: 'I am a digital assistant, not a person. I am passing your message to a social worker now, with priority. They will answer as soon as they can. You can keep writing here.',
  handOffClosed: (opening, numbers) =>
    `I am a digital assistant, not a person. The team is closed now. A social worker will read your message ${englishSafetyTexts.moment(opening.dayOffset, opening.weekday, opening.time)}, with priority. ` +
    `Until then nobody is reading along here. You can talk to someone right now: 113 Suicide Prevention (${numbers.suicidePrevention}), ` +
    `Veilig Thuis (${numbers.domesticViolence}) and the emergency number ${numbers.emergency}.`,
  workerAlerted: 'I have alerted your social worker about this right away.',
  moment: (dayOffset, weekday, time) =>
    dayOffset === 0 ? `today from ${time}` : dayOffset === 1 ? `tomorrow from ${time}` : `on ${weekdays[weekday]} from ${time}`,
};
