import type { WorkerStore } from '../../core/ports/worker-store.js';
import { NotFoundError, StoreError } from '../../core/errors.js';
import type { StoreClient } from './create-prisma-client.js';
import { createId } from './create-id.js';
import { toWorkerRecord, toWorkerSession } from './map-records.js';
import { isForeignKeyViolation, isRecordNotFound, isUniqueViolation } from './store-errors.js';

export function createWorkerOperations(db: StoreClient): WorkerStore {
  return {
    async createWorker(worker) {
      try {
        const row = await db.worker.create({ data: { ...worker, id: createId(), failedLogins: 0, createdAt: new Date() } });
        return toWorkerRecord(row);
      } catch (error) {
        if (isUniqueViolation(error)) throw new StoreError(`a worker named ${worker.username} already exists`, { cause: error });
        throw error;
      }
    },

    async findWorkerById(workerId) {
      const row = await db.worker.findUnique({ where: { id: workerId } });
      return row ? toWorkerRecord(row) : null;
    },

    async findWorkerByUsername(username) {
      const row = await db.worker.findUnique({ where: { username } });
      return row ? toWorkerRecord(row) : null;
    },

    async findWorkerBySlackUser(slackUserId) {
      const row = await db.worker.findUnique({ where: { slackUserId } });
      return row ? toWorkerRecord(row) : null;
    },

    async listWorkers() {
      const rows = await db.worker.findMany({ orderBy: [{ username: 'asc' }] });
      return rows.map(toWorkerRecord);
    },

    async updateWorker(workerId, patch) {
      try {
        const { roles, ...rest } = patch;
        const data = roles === undefined ? rest : { ...rest, roles: [...roles] };
        return toWorkerRecord(await db.worker.update({ where: { id: workerId }, data }));
      } catch (error) {
        if (isRecordNotFound(error)) throw new NotFoundError('worker', workerId, { cause: error });
        if (isUniqueViolation(error)) throw new StoreError(`slack user ${patch.slackUserId} is linked to another worker`, { cause: error });
        throw error;
      }
    },

    async countLoginAttempt(workerId, now, lockedUntilAfter) {
      // Each attempt is counted by exactly one conditional UPDATE (failedLogins + 1 in SQL, so no
      // parallel attempt is lost). The read only chooses which one to try; when another attempt
      // opens or closes the delay in between, the UPDATE matches no row and the round repeats.
      for (let round = 0; round < 5; round += 1) {
        const current = await db.worker.findUnique({ where: { id: workerId }, select: { failedLogins: true, lockedUntil: true } });
        if (!current) throw new NotFoundError('worker', workerId);
        const delayed = current.lockedUntil !== null && current.lockedUntil.getTime() > now.getTime();
        const [row] = delayed
          ? // During the delay: counted, and the delay left as it is.
            await db.worker.updateManyAndReturn({ where: { id: workerId, lockedUntil: { gt: now } }, data: { failedLogins: { increment: 1 } } })
          : // The delay has passed: this attempt alone gets checked, and the next delay begins now.
            await db.worker.updateManyAndReturn({
              where: { id: workerId, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
              data: { failedLogins: { increment: 1 }, lockedUntil: lockedUntilAfter(current.failedLogins + 1) },
            });
        if (row) return { checkable: !delayed, failedLogins: row.failedLogins, lockedUntil: row.lockedUntil };
      }
      // Still racing after five rounds: count the attempt anyway, and do not check it.
      try {
        const row = await db.worker.update({ where: { id: workerId }, data: { failedLogins: { increment: 1 } } });
        return { checkable: false, failedLogins: row.failedLogins, lockedUntil: row.lockedUntil };
      } catch (error) {
        if (isRecordNotFound(error)) throw new NotFoundError('worker', workerId, { cause: error });
        throw error;
      }
    },

    async createSession(session) {
      try {
        await db.workerSession.create({ data: session });
      } catch (error) {
        if (isForeignKeyViolation(error)) throw new NotFoundError('worker', session.workerId, { cause: error });
        throw error;
      }
    },

    async findSession(sessionId) {
      const row = await db.workerSession.findUnique({ where: { id: sessionId } });
      return row ? toWorkerSession(row) : null;
    },

    async deleteSession(sessionId) {
      // Logging out twice is not an error.
      await db.workerSession.deleteMany({ where: { id: sessionId } });
    },

    async deleteExpiredSessions(now) {
      const { count } = await db.workerSession.deleteMany({ where: { expiresAt: { lt: now } } });
      return count;
    },
  };
}
