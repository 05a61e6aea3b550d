import type { CrisisNumbers } from '../assistant-texts.js';
import type { SafetyTexts } from '../safety-texts.js';

const weekdays = ['у неділю', 'у понеділок', 'у вівторок', 'у середу', 'у четвер', 'у пʼятницю', 'у суботу'];

/** The Dutch services, named so that a newcomer knows what they are. */
const suicideLine = '113 Zelfmoordpreventie (нідерландська лінія допомоги людям, які думають про самогубство; там можна говорити й англійською)';
const safeAtHome = 'Veilig Thuis (нідерландська служба допомоги при домашньому насильстві та жорстокому поводженні з дітьми)';
const childLine = 'De Kindertelefoon (нідерландський телефон довіри для дітей і підлітків)';
const emergencyLine = (numbers: CrisisNumbers) => `${numbers.emergency} (екстрений номер: швидка, пожежники, поліція)`;

/** B1 Ukrainian, polite "ви" as with a stranger; no gendered forms for the resident. */
export const ukrainianSafetyTexts: SafetyTexts = {
  crisis: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        'Дякую, що ви про це написали. Вам не треба нести це самотужки. ' +
        `Поговоріть зараз із кимось із ${suicideLine}: телефонуйте ${numbers.suicidePrevention} або безкоштовно ${numbers.suicidePreventionFree}, ` +
        `або пишіть у чат: ${numbers.suicidePreventionChat}. Цілодобово. Вам загрожує небезпека просто зараз? Телефонуйте ${emergencyLine(numbers)}.`
      );
    }
    if (crisis === 'violence') {
      return (
        'Мені дуже шкода, що це відбувається. Це не ваша провина. ' +
        `Телефонуйте до ${safeAtHome}: ${numbers.domesticViolence}. Безкоштовно, цілодобово, можна не називати свого імені. ` +
        `Вам зараз загрожує небезпека? Телефонуйте ${emergencyLine(numbers)}. Вам менше 18 років? Телефонуйте до ${childLine}: ${numbers.childHelpline}.`
      );
    }
    return (
      `Телефонуйте зараз ${numbers.emergency}. Це екстрений номер: швидка, пожежники і поліція. ` +
      'Не кладіть слухавку і робіть те, що вам кажуть. Якщо ви не говорите нідерландською, говоріть англійською.'
    );
  },
  bystander: (crisis, numbers) => {
    if (crisis === 'emergency') {
      return `Телефонуйте зараз ${emergencyLine(numbers)} щодо цієї людини. Скажіть, де це і що ви бачите. Не кладіть слухавку.`;
    }
    if (crisis === 'suicide') {
      return (
        `Добре, що ви турбуєтеся про іншу людину. У ${suicideLine} ви можете й самі попросити поради: ` +
        `телефонуйте ${numbers.suicidePrevention} або безкоштовно ${numbers.suicidePreventionFree}, або пишіть у чат: ${numbers.suicidePreventionChat}. ` +
        `Ця людина зараз у прямій небезпеці? Телефонуйте ${numbers.emergency}.`
      );
    }
    return (
      `Добре, що ви про це кажете. Зателефонуйте по пораду до ${safeAtHome}: ${numbers.domesticViolence}, безкоштовно і цілодобово. ` +
      'Це також для сусідів і родичів. Можна не називати свого імені. ' +
      `Комусь зараз загрожує небезпека? Телефонуйте ${numbers.emergency}.`
    );
  },
  urgent: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        `Це серйозно. Телефонуйте зараз ${numbers.emergency} або ${numbers.suicidePrevention} і не кладіть слухавку. ` +
        'Відкладіть те, чим ви хочете скористатися, або віддайте це комусь. Ідіть туди, де є інші люди.'
      );
    }
    if (crisis === 'violence') {
      return `Це серйозно. Телефонуйте зараз ${numbers.emergency}. Чи можете ви безпечно вийти? Ідіть до сусідів або туди, де є люди, і телефонуйте звідти.`;
    }
    return `Телефонуйте зараз ${numbers.emergency}. Не чекайте. Скажіть, де ви, і не кладіть слухавку.`;
  },
  refusesToCall: (crisis, numbers) => {
    if (crisis === 'suicide') {
      return (
        `Телефонувати не обовʼязково. Ви можете писати в чат 113, цілодобово: ${numbers.suicidePreventionChat}. ` +
        'Або напишіть зараз людині, якій довіряєте: «Можеш прийти до мене?»'
      );
    }
    if (crisis === 'violence') {
      return (
        `Телефонувати не обовʼязково. Ви можете писати в чат Veilig Thuis: ${numbers.domesticViolenceChat}. ` +
        `Вам менше 18 років? Пишіть у чат De Kindertelefoon: ${numbers.childHelplineChat}. Потім видаліть історію, якщо так безпечніше.`
      );
    }
    return `Не можете зателефонувати? Попросіть когось поруч набрати ${numbers.emergency}. Або надішліть SMS на ${numbers.emergency}, якщо ваш номер для цього зареєстрований.`;
  },
  stayWithYou: [
    'Я читаю ваші повідомлення, і вони зберігаються у вашій справі. Я цифровий помічник, а не людина. Хочете поговорити з кимось зараз? Телефонуйте або пишіть у чат за номерами вище.',
    'Дякую, що продовжуєте писати. Номери вище працюють зараз, удень і вночі. Соціальний працівник прочитає все, що ви тут напишете.',
    'Ви не самі в цьому. Чи є поруч хтось, кого ви можете зараз попросити прийти до вас?',
  ],
  concernQuestion: (concern, numbers) => {
    if (concern === 'suicide') {
      return (
        'Я хочу запитати вас прямо, бо, схоже, вам зараз дуже важко. Ви думаєте про те, щоб покінчити з життям? ' +
        `Ви завжди можете поговорити з ${suicideLine}: телефонуйте безкоштовно ${numbers.suicidePreventionFree} або пишіть у чат: ${numbers.suicidePreventionChat}.`
      );
    }
    if (concern === 'violence') {
      return (
        'Я хочу запитати вас прямо. Вам зараз загрожує небезпека, або хтось кривдить вас чи іншу людину? ' +
        `${safeAtHome} працює цілодобово: ${numbers.domesticViolence}. Якщо небезпека просто зараз: ${numbers.emergency}.`
      );
    }
    return `Я хочу запитати вас прямо. Хтось зараз у небезпеці, або зараз потрібна допомога лікаря? Тоді телефонуйте ${emergencyLine(numbers)}.`;
  },
  concernYes: 'Так',
  concernNo: 'Ні',
  concernDeclined: 'Дякую за відповідь. Якщо щось зміниться, ви завжди можете написати про це тут. Продовжуймо.',
  handOffOpen: 'Я зараз передаю ваше повідомлення соціальному працівнику, в першу чергу. Вам відповідять якнайшвидше. Ви можете й далі писати тут.',
  handOffClosed: (opening, numbers) =>
    'Я цифровий помічник, а не людина. Команда зараз не працює. ' +
    `Соціальний працівник прочитає ваше повідомлення ${ukrainianSafetyTexts.moment(opening.dayOffset, opening.weekday, opening.time)}, в першу чергу. ` +
    `До того часу тут ніхто не читає. Але поговорити з кимось можна вже зараз: ${numbers.suicidePrevention} (113 Zelfmoordpreventie, якщо думки про самогубство), ` +
    `${numbers.domesticViolence} (Veilig Thuis, при домашньому насильстві) і ${numbers.emergency} (екстрений номер).`,
  workerAlerted: 'Я одразу повідомив про це вашого соціального працівника.',
  moment: (dayOffset, weekday, time) =>
    dayOffset === 0 ? `сьогодні з ${time}` : dayOffset === 1 ? `завтра з ${time}` : `${weekdays[weekday]} з ${time}`,
};
