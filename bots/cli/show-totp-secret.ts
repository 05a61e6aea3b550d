import qrcodeTerminal from 'qrcode-terminal';
import type { WorkerRecord } from '../../core/ports/worker-store.js';
import { totpUri } from '../runtime/totp-codes.js';

/** Prints a worker's new TOTP secret as a terminal QR code, the otpauth:// URI and the bare secret. */
export function showTotpSecret(worker: Pick<WorkerRecord, 'username' | 'totpSecret'>, output: NodeJS.WritableStream): void {
  if (!worker.totpSecret) throw new Error(`worker ${worker.username} has no TOTP secret`);
  const uri = totpUri(worker.totpSecret, worker.username);
  qrcodeTerminal.generate(uri, { small: true }, (qrCode) => output.write(`${qrCode}\n`));
  output.write(
    `Scan this code with an authenticator app, or enter the secret by hand.\n` +
      `URI:    ${uri}\nSecret: ${worker.totpSecret}\n` +
      `From now on ${worker.username} logs in with a code from that app. Show this only to ${worker.username}.\n`,
  );
}
