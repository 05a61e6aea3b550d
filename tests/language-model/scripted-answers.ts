import { requestedOutput, type ChatRequestBody, type Script, type ScriptedAnswer } from './fake-openai-server.js';
import { createResident } from '../support/transcript.js';

export const reading = (overrides: Record<string, unknown> = {}) => ({
  topics: [{ id: 'money', confidence: 0.9 }],
  crisis: null,
  deadline: null,
  involved: null,
  need: null,
  preferredQuestionId: null,
  ...overrides,
});

export const goodSummary = {
  lines: ['je schulden hebt bij de energie en de woningcorporatie', 'je zus je soms helpt', 'je vooral in je huis wilt blijven'],
  caseNote: 'Inwoner heeft schulden bij energie en woningcorporatie. Zus helpt soms. Wil in het huis blijven.',
};

/** Answers readings and summaries separately. */
export function scriptBy(answers: { read?: ScriptedAnswer | ((body: ChatRequestBody) => ScriptedAnswer); summarise?: ScriptedAnswer }): Script {
  return (body) => {
    const kind = requestedOutput(body);
    if (kind === 'message_reading') {
      const read = answers.read ?? { json: reading() };
      return typeof read === 'function' ? read(body) : read;
    }
    if (kind === 'intake_summary') return answers.summarise ?? { json: goodSummary };
    return { status: 400 };
  };
}

/** Answers whatever the assistant asks until it shows the summary; returns the time the summary turn took. */
export async function answerUntilSummary(resident: ReturnType<typeof createResident>, answers: string[]): Promise<number> {
  for (let count = 0; count < 8; count += 1) {
    const started = performance.now();
    await resident.send(answers[count] ?? 'Weet ik niet');
    if (resident.quickReplyIds().includes('confirm:yes')) return performance.now() - started;
  }
  throw new Error(`no summary: ${resident.lastText}`);
}

export const moneyStory = ['Ik heb schulden bij de energie en de woningcorporatie', 'Ongeveer 3000 euro', 'Ik heb gebeld. Mijn zus helpt soms.', 'Dat ik in mijn huis kan blijven'];
