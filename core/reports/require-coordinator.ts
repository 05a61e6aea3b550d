import { CoordinatorOnlyError, NotFoundError } from '../errors.js';
import type { WorkerRecord, WorkerStore } from '../ports/worker-store.js';

/** The worker, when they are a coordinator; a plain worker gets CoordinatorOnlyError (403 on the web). */
export async function requireCoordinator(workers: Pick<WorkerStore, 'findWorkerById'>, workerId: string, action: string): Promise<WorkerRecord> {
  const worker = await workers.findWorkerById(workerId);
  if (!worker) throw new NotFoundError('worker', workerId);
  if (worker.permission !== 'coordinator') throw new CoordinatorOnlyError(action);
  return worker;
}
