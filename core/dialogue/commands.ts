/** Words a resident can use anywhere in the conversation (docs/residents/intake.md "The guided conversation", "Anywhere"). */
export type Command = 'human' | 'stop' | 'forget' | 'restart' | 'start' | 'help' | 'unknown-command';

const exact: Record<string, Command> = {
  mens: 'human', medewerker: 'human', human: 'human', '/mens': 'human', '/human': 'human', '/medewerker': 'human',
  'een mens': 'human', 'echte mens': 'human', 'een echt mens': 'human', 'sociaal werker': 'human', person: 'human',
  'a person': 'human', 'real person': 'human', 'a real person': 'human',
  stop: 'stop', '/stop': 'stop', stoppen: 'stop', 'stop maar': 'stop',
  'vergeet mij': 'forget', 'vergeet me': 'forget', '/forget': 'forget', '/vergeet': 'forget', 'forget me': 'forget',
  'wis mijn gegevens': 'forget', 'verwijder mijn gegevens': 'forget', 'delete my data': 'forget',
  opnieuw: 'restart', '/restart': 'restart', '/opnieuw': 'restart', restart: 'restart', 'start over': 'restart',
  'opnieuw beginnen': 'restart',
  '/start': 'start',
  help: 'help', '/help': 'help', hulp: 'help', '?': 'help',
};

/** The same commands in Turkish, Arabic, Polish and Ukrainian, as the translations name them. */
const otherLanguageWords: Record<string, Command> = {
  'insan': 'human',
  'bir insan': 'human',
  'gerçek insan': 'human',
  'görevli': 'human',
  'sosyal hizmet çalışanı': 'human',
  'إنسان': 'human',
  'انسان': 'human',
  'شخص حقيقي': 'human',
  'موظف': 'human',
  'أخصائي اجتماعي': 'human',
  'człowiek': 'human',
  'czlowiek': 'human',
  'z człowiekiem': 'human',
  'prawdziwy człowiek': 'human',
  'pracownik': 'human',
  'pracownik socjalny': 'human',
  'konsultant': 'human',
  'людина': 'human',
  'людину': 'human',
  'з людиною': 'human',
  'жива людина': 'human',
  'працівник': 'human',
  'соціальний працівник': 'human',
  'оператор': 'human',
  'dur': 'stop',
  'durdur': 'stop',
  'bitir': 'stop',
  'توقف': 'stop',
  'قف': 'stop',
  'إيقاف': 'stop',
  'koniec': 'stop',
  'zakończ': 'stop',
  'zakoncz': 'stop',
  'стоп': 'stop',
  'зупинити': 'stop',
  'кінець': 'stop',
  'beni unut': 'forget',
  'verilerimi sil': 'forget',
  'انسني': 'forget',
  'احذف بياناتي': 'forget',
  'zapomnij o mnie': 'forget',
  'zapomnij mnie': 'forget',
  'usuń moje dane': 'forget',
  'usun moje dane': 'forget',
  'забудь мене': 'forget',
  'забудьте мене': 'forget',
  'видали мої дані': 'forget',
  'видаліть мої дані': 'forget',
  'yeniden başla': 'restart',
  'baştan başla': 'restart',
  'من جديد': 'restart',
  'ابدأ من جديد': 'restart',
  'ابدا من جديد': 'restart',
  'od nowa': 'restart',
  'zacznij od nowa': 'restart',
  'спочатку': 'restart',
  'почати спочатку': 'restart',
  'заново': 'restart',
  'почати знову': 'restart',
  'yardım': 'help',
  'مساعدة': 'help',
  'pomoc': 'help',
  '/pomoc': 'help',
  'допомога': 'help',
  'довідка': 'help',
};

const askForHuman =
  /^(?:ik wil|ik wil graag|kan ik|mag ik|graag|i want|i would like|can i|could i)\s+(?:\w+\s+){0,3}(?:mens|medewerker|sociaal werker|echt persoon|persoon|human|person|social worker)\b/;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[!.,;:'"()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function detectCommand(text: string): Command | null {
  const normalised = normalise(text);
  if (normalised.length === 0 || normalised.length > 80) return null;
  const command = exact[normalised] ?? otherLanguageWords[normalised] ?? exact[normalised.replace(/@\S+$/, '')]; // "/start@InloopBot" in Telegram groups
  if (command) return command;
  if (askForHuman.test(normalised)) return 'human';
  if (/^\/[a-z_]+(?:@\S+)?$/.test(normalised)) return 'unknown-command';
  return null;
}
