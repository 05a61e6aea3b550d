import { InloopError, StoreError } from '../../core/errors.js';

function prismaCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A unique constraint refused the write: someone else created the row first. */
export function isUniqueViolation(error: unknown): boolean {
  return prismaCode(error) === 'P2002';
}

/** An update or delete found no row to act on. */
export function isRecordNotFound(error: unknown): boolean {
  return prismaCode(error) === 'P2025';
}

/** A foreign key refused the write: the parent row is not there. */
export function isForeignKeyViolation(error: unknown): boolean {
  return prismaCode(error) === 'P2003';
}

/** Our own errors pass through; anything from the driver or Prisma becomes a StoreError that keeps it as cause. */
export function toStoreError(error: unknown, operation: string): InloopError {
  if (error instanceof InloopError) return error;
  const detail = error instanceof Error ? error.message.trim().split('\n').at(-1) : String(error);
  return new StoreError(`store ${operation} failed: ${detail}`, { cause: error });
}

/** Wraps every method of a store object so no driver error escapes as anything but StoreError. */
export function guardStoreErrors<T extends object>(store: T): T {
  const guarded = {} as Record<string, unknown>;
  for (const [name, value] of Object.entries(store)) {
    guarded[name] =
      typeof value === 'function'
        ? async (...args: unknown[]) => {
            try {
              return await (value as (...a: unknown[]) => unknown).apply(store, args);
            } catch (error) {
              throw toStoreError(error, name);
            }
          }
        : value;
  }
  return guarded as T;
}
