import WebSocket from 'ws';

/** Answers for the guided intake; a quick reply is pressed whenever one is offered. */
export const openings = [
  'Ik heb schulden en de deurwaarder komt volgende week',
  'Mijn moeder wordt vergeetachtig en ik zorg elke dag voor haar, ik kan het niet meer aan',
  'Ik voel me eenzaam sinds mijn man is overleden',
  'Mijn huisbaas doet niks aan de schimmel in mijn huis',
  'I lost my job and I cannot pay the rent anymore',
];
export const answers = ['Ongeveer 3000 euro bij de energie en de zorgverzekering', 'Ik heb zelf gebeld maar niemand helpt', 'Mijn zus helpt soms', 'Dat iemand met me meekijkt', 'Weet ik niet', '0612345678'];

/**
 * The assistant's hand-off replies (and the ones after it), not the greeting, which also names
 * "een sociaal werker": matching the greeting made every session start a new conversation after
 * its first turn, so the bench measured session starts rather than intakes.
 */
export const handOffPattern = /doorgegeven|geef je door aan|meteen door naar|ligt (al )?bij een sociaal werker|passed your question on|passing you on|passing your message|is with a social worker/i;

export interface TurnOutcome {
  latencyMs: number;
  kind: 'reply' | 'silent' | 'busy' | 'error' | 'timeout' | 'closed';
}

export interface SessionCounters {
  sent: number;
  acked: number;
}

/** One resident on the chat socket: a fresh conversation per intake, replies timed per message. */
export class ResidentSession {
  conversationId = '';
  readonly ackedByConversation = new Map<string, number>();
  private socket: WebSocket | null = null;
  private waiting: ((outcome: TurnOutcome['kind']) => void) | null = null;
  private quickReplies: Array<{ id: string; label: string }> = [];
  private step = 0;
  private opening: string;
  private handedOff = false;
  private turnOpen = false;
  private turnEnded: (() => void) | null = null;

  constructor(private readonly baseUrl: string, index: number, private readonly turnTimeoutMs = 15_000) {
    this.opening = openings[index % openings.length]!;
  }

  /** Starts a conversation and attaches a socket to it (history answered). */
  async connect(): Promise<void> {
    const response = await fetch(`${this.baseUrl}/api/chat/sessions`, { method: 'POST' });
    if (response.status !== 201) throw new Error(`session start answered ${response.status}`);
    const { token, conversationId } = (await response.json()) as { token: string; conversationId: string };
    this.conversationId = conversationId;
    this.step = 0;
    this.handedOff = false;
    this.quickReplies = [];
    const socket = new WebSocket(`${this.baseUrl.replace('http', 'ws')}/api/chat/socket`);
    this.socket = socket;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no history in time')), 30_000);
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      socket.once('open', () => socket.send(JSON.stringify({ type: 'hello', token })));
      socket.on('message', (data) => {
        const frame = JSON.parse(data.toString());
        if (frame.type === 'history') {
          clearTimeout(timer);
          resolve();
        }
        this.onFrame(frame);
      });
      socket.on('close', () => this.finish('closed'));
    });
  }

  private onFrame(frame: any) {
    if (frame.type === 'ack') {
      this.ackedByConversation.set(this.conversationId, (this.ackedByConversation.get(this.conversationId) ?? 0) + 1);
    } else if ((frame.type === 'message' && frame.author !== 'resident') || frame.type === 'reply') {
      this.quickReplies = frame.quickReplies ?? [];
      if (handOffPattern.test(frame.text)) this.handedOff = true;
      this.finish('reply');
    } else if (frame.type === 'typing' && frame.active === false) {
      this.turnOpen = false;
      const wake = this.turnEnded;
      this.turnEnded = null;
      wake?.();
      this.finish('silent');
    } else if (frame.type === 'error') {
      this.finish(frame.busy ? 'busy' : 'error');
    }
  }

  private finish(kind: TurnOutcome['kind']) {
    const wake = this.waiting;
    this.waiting = null;
    wake?.(kind);
  }

  get needsNewConversation(): boolean {
    return this.handedOff || this.step > 14;
  }

  /** Sends the next scripted message and resolves at the first answer. */
  async turn(): Promise<TurnOutcome> {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return { latencyMs: 0, kind: 'closed' };
    const quick = this.quickReplies.find((reply) => !/mens|stop|opnieuw|nee/i.test(reply.id)) ?? null;
    const text = this.step === 0 ? this.opening : quick ? quick.label : answers[(this.step - 1) % answers.length]!;
    this.step += 1;
    const started = performance.now();
    const outcome = new Promise<TurnOutcome['kind']>((resolve) => {
      this.waiting = resolve;
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<TurnOutcome['kind']>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.turnTimeoutMs);
    });
    this.turnOpen = true;
    this.socket.send(JSON.stringify({ type: 'message', text, clientId: `b${this.step}`, ...(quick ? { quickReplyId: quick.id } : {}) }));
    const kind = await Promise.race([outcome, timeout]);
    clearTimeout(timer);
    this.waiting = null;
    // The rest of the turn (more replies, typing off) is not waited for, but must not leak into the next one.
    if (kind === 'reply') await this.settle();
    return { latencyMs: performance.now() - started, kind };
  }

  /** Waits for the end of the running turn (typing off), so the next message is a new turn. */
  private settle(): Promise<void> {
    if (!this.turnOpen) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, 5000);
      this.turnEnded = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  close(): void {
    this.socket?.removeAllListeners('close');
    this.socket?.close();
    this.socket = null;
  }
}
