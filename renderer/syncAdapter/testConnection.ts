import { sync as engineText, syncUi as t } from '../../shared/i18n/nl/sync';
import { fromUtf8 } from '../../shared/sync/bytes';
import { unlock } from '../../shared/sync/crypto';
import {
  DEVICES_PREFIX,
  MANIFEST_PATH,
  classifyPath,
  parseManifest,
} from '../../shared/sync/target';
import { isTransportError, type SyncTransport } from '../../shared/sync/transport';

export type ConnectionCheck = { ok: boolean; messages: string[] };

/**
 * Read-only check of a target: can we list and read it, which devices use it, is it encrypted,
 * and (when given) does the passphrase open it. Writes nothing.
 */
export async function testConnection(
  transport: SyncTransport,
  appVersion: string,
  passphrase: string | null,
): Promise<ConnectionCheck> {
  try {
    let manifestText: string | null = null;
    try {
      manifestText = fromUtf8(await transport.read(MANIFEST_PATH));
    } catch (error) {
      if (!isTransportError(error, 'not-found')) throw error;
    }
    const files = await transport.list(DEVICES_PREFIX);
    if (manifestText === null) {
      return {
        ok: files.length === 0,
        messages: [files.length === 0 ? t.target.testOkEmpty : engineText.target.badManifest],
      };
    }
    const manifest = parseManifest(manifestText, appVersion);
    if (!manifest.ok) return { ok: false, messages: [manifest.message] };
    const devices = new Set<string>();
    for (const file of files) {
      const kind = classifyPath(file.path);
      if (kind.kind === 'segment') devices.add(kind.deviceId);
    }
    const encryption = manifest.manifest.encryption;
    const messages = [t.target.testOk(devices.size, encryption !== null)];
    if (encryption && passphrase) {
      const opened = await unlock(passphrase, encryption);
      if (!opened.ok) return { ok: false, messages: [...messages, opened.message] };
      messages.push(t.target.testPassphraseOk);
    } else if (encryption && !passphrase) {
      return { ok: false, messages: [...messages, engineText.crypto.passphraseNeeded] };
    } else if (!encryption && passphrase) {
      return { ok: false, messages: [...messages, engineText.crypto.unexpectedPassphrase] };
    }
    return { ok: true, messages };
  } catch (error) {
    if (isTransportError(error)) return { ok: false, messages: [error.userMessage] };
    return { ok: false, messages: [t.unexpected(String(error))] };
  }
}
