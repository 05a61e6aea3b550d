import { Secret, TOTP } from 'otpauth';

/** The usual authenticator-app settings (RFC 6238 defaults): six digits, 30-second steps, SHA-1. */
const settings = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
/** One step either side: a phone clock a little off, or a code typed just as it changed. */
const window = 1;

/** A new random 160-bit secret, in base32 as authenticator apps and the workers table keep it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads (from the QR code or typed in). */
export function totpUri(secret: string, username: string, issuer = 'Inloop'): string {
  return new TOTP({ ...settings, issuer, label: username, secret: Secret.fromBase32(secret) }).toString();
}

export interface TotpChecker {
  /** True when `code` is the worker's code for `now` (± one step) and that step was not used before. */
  check(workerId: string, secret: string, code: string, now: Date): boolean;
}

/**
 * Checks codes and refuses a code whose step this process already accepted (RFC 6238 §5.2): a
 * code seen over a shoulder or in a proxy log cannot be used again within its 90 seconds. The
 * memory is per process, so with several instances a replay to another instance is not caught;
 * the password and the per-account delay still stand in front of it.
 */
export function createTotpChecker(): TotpChecker {
  const lastAcceptedStep = new Map<string, number>();
  return {
    check(workerId, secret, code, now) {
      if (!/^\d{6}$/.test(code)) return false;
      const totp = new TOTP({ ...settings, secret: Secret.fromBase32(secret) });
      const delta = totp.validate({ token: code, timestamp: now.getTime(), window });
      if (delta === null) return false;
      const step = totp.counter({ timestamp: now.getTime() }) + delta;
      if (step <= (lastAcceptedStep.get(workerId) ?? -1)) return false;
      lastAcceptedStep.set(workerId, step);
      return true;
    },
  };
}
