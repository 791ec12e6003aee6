import { sync as t } from '../i18n/nl/sync';
import { concatBytes, fromBase64, fromUtf8, toBase64, utf8 } from './bytes';

/**
 * End-to-end encryption with a team passphrase: PBKDF2-SHA256 → AES-256-GCM. A file is
 * `VWENC1 | iv (12) | ciphertext+tag`. The additional data binds the file to its device id and
 * sequence number, so a segment copied under another name fails to decrypt instead of being
 * applied as someone else's changes.
 */
export const ENCRYPTION_MAGIC = 'VWENC1';
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
const MAGIC = utf8(ENCRYPTION_MAGIC);
const IV_BYTES = 12;
const KEY_CHECK_PLAINTEXT = 'veldwerk-sleutelcontrole-1';
const KEY_CHECK_AAD = utf8('veldwerk:key-check');

export type SyncKey = WebCryptoKey;

export type EncryptionSettings = {
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  salt: string;
  keyCheck: string;
};

export async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<SyncKey> {
  const base = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt, iterations, hash: 'SHA-256' },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function seal(key: SyncKey, plaintext: Uint8Array, aad: Uint8Array): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, plaintext);
  return concatBytes(iv, new Uint8Array(ct));
}

async function open(key: SyncKey, sealed: Uint8Array, aad: Uint8Array): Promise<Uint8Array | null> {
  if (sealed.length < IV_BYTES + 16) return null;
  try {
    const pt = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.subarray(0, IV_BYTES), additionalData: aad },
      key,
      sealed.subarray(IV_BYTES),
    );
    return new Uint8Array(pt);
  } catch {
    return null;
  }
}

/** New settings for a target: random salt, key check sealed with the derived key. */
export async function createEncryption(
  passphrase: string,
  iterations = DEFAULT_PBKDF2_ITERATIONS,
): Promise<{ settings: EncryptionSettings; key: SyncKey }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(passphrase, salt, iterations);
  const keyCheck = await seal(key, utf8(KEY_CHECK_PLAINTEXT), KEY_CHECK_AAD);
  return {
    settings: { kdf: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), keyCheck: toBase64(keyCheck) },
    key,
  };
}

export type UnlockResult = { ok: true; key: SyncKey } | { ok: false; message: string };

/** Derive the key and prove it against the manifest's key check before anything is written. */
export async function unlock(passphrase: string, settings: EncryptionSettings): Promise<UnlockResult> {
  const key = await deriveKey(passphrase, fromBase64(settings.salt), settings.iterations);
  const check = await open(key, fromBase64(settings.keyCheck), KEY_CHECK_AAD);
  if (!check || fromUtf8(check) !== KEY_CHECK_PLAINTEXT) return { ok: false, message: t.crypto.wrongPassphrase };
  return { ok: true, key };
}

const segmentAad = (deviceId: string, seq: number) => utf8(`veldwerk-segment:${deviceId}:${seq}`);

export async function encryptSegment(key: SyncKey, plain: Uint8Array, deviceId: string, seq: number): Promise<Uint8Array> {
  return concatBytes(MAGIC, await seal(key, plain, segmentAad(deviceId, seq)));
}

export function isEncrypted(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((b, i) => bytes[i] === b);
}

export type DecryptResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

export async function decryptSegment(key: SyncKey, file: Uint8Array, deviceId: string, seq: number): Promise<DecryptResult> {
  if (!isEncrypted(file)) return { ok: false, message: t.crypto.notEncrypted };
  const plain = await open(key, file.subarray(MAGIC.length), segmentAad(deviceId, seq));
  return plain ? { ok: true, bytes: plain } : { ok: false, message: t.crypto.decryptFailed };
}

/** Seal other files (snapshots) the same way, bound to `aad` (their name). */
export async function encryptWithAad(key: SyncKey, plain: Uint8Array, aad: Uint8Array): Promise<Uint8Array> {
  return concatBytes(MAGIC, await seal(key, plain, aad));
}

export async function decryptWithAad(key: SyncKey, file: Uint8Array, aad: Uint8Array): Promise<Uint8Array | null> {
  if (!isEncrypted(file)) return null;
  return open(key, file.subarray(MAGIC.length), aad);
}
