import type { DomainId } from '../taxonomy/index.js';
import type { ContactPreference } from '../ports/case-record.js';
import type { MessageKind } from '../ports/message.js';

/** Numbers given at a crisis; configuration with Dutch defaults (docs/residents/intake.md). */
export interface CrisisNumbers {
  emergency: string;
  suicidePrevention: string;
  suicidePreventionFree: string;
  suicidePreventionChat: string;
  domesticViolence: string;
  /** Where Veilig Thuis can be reached by chat. */
  domesticViolenceChat: string;
  childHelpline: string;
  /** Where De Kindertelefoon can be reached by chat. */
  childHelplineChat: string;
}

export const dutchCrisisNumbers: CrisisNumbers = {
  emergency: '112',
  suicidePrevention: '113',
  suicidePreventionFree: '0800-0113',
  suicidePreventionChat: '113.nl',
  domesticViolence: '0800-2000',
  domesticViolenceChat: 'veiligthuis.nl',
  childHelpline: '0800-0432',
  childHelplineChat: 'kindertelefoon.nl',
};

export interface SocialOfferText {
  name: string;
  description: string;
  place: string;
  hours: string;
  link: string | null;
}

/** Every sentence the assistant says, for one language. */
export interface AssistantTexts {
  welcome: string;
  welcomeBack: string;
  askOpen: string;
  askOpenAgain: string;
  chooseDomain: string;
  domainOptions: Record<DomainId, string>;
  somethingElse: string;
  questions: Record<string, string>;
  summary(sentences: string[]): string;
  summaryTopics(topicLabels: string[]): string;
  summaryQuote(words: string): string;
  summaryDeadline(deadline: string): string;
  summaryUrgent: string;
  summaryTried(tried: string): string;
  summaryNetwork(network: string): string;
  summaryWish(wish: string): string;
  summaryCorrection(correction: string): string;
  confirmYes: string;
  confirmNo: string;
  askCorrection: string;
  offer(offer: SocialOfferText): string;
  askContact: string;
  contactOptions: Record<ContactPreference, string>;
  askPhone: string;
  askAddress: string;
  skip: string;
  askConsent: string;
  consentYes: string;
  consentNo: string;
  noConsent: string;
  handedOff(when: string): string;
  humanRequested(when: string): string;
  openNow(hours: number): string;
  openLater(moment: string): string;
  moment(dayOffset: number, weekday: number, time: string): string;
  stillWaiting: string;
  addedForWorker: string;
  stopped(retentionDays: number): string;
  forgetConfirm: string;
  forgetYes: string;
  forgetNo: string;
  forgotten: string;
  forgetCancelled: string;
  restarted: string;
  restartWhileHandedOff: string;
  help: string;
  unknownCommand: string;
  nonText(kind: MessageKind): string;
  empty: string;
  tooLong(kept: number): string;
  workerClaimed(name: string): string;
  caseClosed: string;
  somethingWentWrong: string;
}
