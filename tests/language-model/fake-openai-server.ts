import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake answers to one request. */
export interface ScriptedAnswer {
  /** Wait this long before answering (the client may give up first). */
  delayMs?: number;
  /** An HTTP error instead of an answer. */
  status?: number;
  /** The structured answer: as message content for json_schema, as a tool call when the request has tools. */
  json?: unknown;
  /** Raw message content, for answers that are not valid JSON. */
  content?: string;
}

/** Which structured output a request asks for: the schema or tool name (message_reading, intake_summary). */
export function requestedOutput(body: ChatRequestBody): string | undefined {
  return body.response_format?.json_schema?.name ?? body.tools?.[0]?.function?.name;
}

export interface ChatRequestBody {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string } };
  tools?: { type: string; function: { name: string } }[];
  [key: string]: unknown;
}

export type Script = (body: ChatRequestBody, index: number) => ScriptedAnswer;

/**
 * A local OpenAI-compatible server speaking the chat-completions wire format on 127.0.0.1:0.
 * It records every request body and answers from a script.
 */
export async function startFakeOpenAiServer(script: Script = () => ({ status: 500 })) {
  const requests: ChatRequestBody[] = [];
  let current = script;
  const timers = new Set<NodeJS.Timeout>();

  function answer(response: ServerResponse, body: ChatRequestBody, scripted: ScriptedAnswer) {
    if (response.destroyed || response.writableEnded) return;
    if (scripted.status && scripted.status >= 400) {
      response.writeHead(scripted.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: 'scripted failure', type: 'server_error', code: null } }));
      return;
    }
    const asTool = Array.isArray(body.tools) && body.tools.length > 0 && scripted.json !== undefined;
    const content = scripted.content ?? JSON.stringify(scripted.json ?? {});
    const message = asTool
      ? { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: body.tools![0].function.name, arguments: content } }] }
      : { role: 'assistant', content };
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        id: `chatcmpl-${requests.length}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, message, finish_reason: asTool ? 'tool_calls' : 'stop', logprobs: null }],
        usage: { prompt_tokens: 120, completion_tokens: 30, total_tokens: 150 },
      }),
    );
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    let raw = '';
    for await (const chunk of request) raw += chunk;
    if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
      response.writeHead(404).end();
      return;
    }
    const body = JSON.parse(raw) as ChatRequestBody;
    const index = requests.push(body) - 1;
    const scripted = current(body, index);
    if (!scripted.delayMs) return answer(response, body, scripted);
    const timer = setTimeout(() => {
      timers.delete(timer);
      answer(response, body, scripted);
    }, scripted.delayMs);
    timers.add(timer);
    response.on('close', () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  }

  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    /** Everything sent to the model, as one string: for "does not contain" checks. */
    sentText: () => JSON.stringify(requests),
    setScript(next: Script) {
      current = next;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeOpenAiServer = Awaited<ReturnType<typeof startFakeOpenAiServer>>;
