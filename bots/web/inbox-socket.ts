import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import { workerTexts } from '../../core/texts/worker-texts.js';
import type { WorkerSessions } from './worker-sessions.js';
import type { WorkerSocketHub } from './worker-socket-hub.js';

/** WebSocket /api/inbox/socket: live queue and chat for a signed-in worker (session cookie, same origin only). */
export function registerInboxSocket(server: FastifyInstance, sessions: WorkerSessions, hub: WorkerSocketHub): void {
  server.get('/api/inbox/socket', { websocket: true }, async (socket: WebSocket, request) => {
    // A page on another site must not ride on the worker's cookie (cross-site WebSocket hijacking).
    const origin = request.headers.origin;
    const sameOrigin = origin !== undefined && new URL(origin).host === request.headers.host;
    const signedIn = sameOrigin ? await sessions.find(request) : null;
    if (!signedIn) return socket.close(4401, 'sign in first');
    const detach = hub.add(signedIn.worker, (frame) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
    });
    socket.on('close', detach);
    // The inbox only listens; anything it sends is answered, never acted on.
    socket.on('message', () => socket.send(JSON.stringify({ type: 'error', message: workerTexts.useInboxButtons })));
    socket.send(JSON.stringify({ type: 'ready', workerId: signedIn.worker.id }));
  });
}
