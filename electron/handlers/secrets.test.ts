import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteSecret, getSecret, setSecret, type SafeStorageLike, type SecretsDeps } from './secrets';

let base: string;

/** A stand-in for safeStorage: reversible, but visibly not the plain text. */
function fakeSafeStorage(available: boolean, backend = 'gnome_libsecret'): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(`enc:${Buffer.from(text).toString('hex')}`),
    decryptString: (data) => {
      const text = data.toString();
      if (!text.startsWith('enc:')) throw new Error('kapot');
      return Buffer.from(text.slice(4), 'hex').toString();
    },
    getSelectedStorageBackend: () => backend,
  };
}

function depsWith(storage: SafeStorageLike): SecretsDeps {
  return { fs, file: path.join(base, 'secrets.json'), safeStorage: storage };
}

beforeEach(async () => {
  base = await fs.mkdtemp(path.join(os.tmpdir(), 'veldwerk-secrets-'));
});

afterEach(() => fs.rm(base, { recursive: true, force: true }));

describe('secrets', () => {
  it('stores only ciphertext and gives the value back', async () => {
    const deps = depsWith(fakeSafeStorage(true));
    expect(await setSecret(deps, { key: 'webdav', value: 'Wachtwoord123!' })).toEqual({ stored: true, encrypted: true });
    const onDisk = await fs.readFile(deps.file, 'utf8');
    expect(onDisk).not.toContain('Wachtwoord123!');
    expect(await getSecret(deps, { key: 'webdav' })).toEqual({ value: 'Wachtwoord123!' });
    expect(await getSecret(deps, { key: 'anders' })).toEqual({ value: null });
  });

  it('refuses to store anything when the OS offers no encryption', async () => {
    const deps = depsWith(fakeSafeStorage(false));
    await expect(setSecret(deps, { key: 'webdav', value: 'geheim' })).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('niet veilig worden bewaard'),
    });
    await expect(fs.access(deps.file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reports the fixed-key Linux fallback as not really encrypted', async () => {
    const deps = depsWith(fakeSafeStorage(true, 'basic_text'));
    expect(await setSecret(deps, { key: 'webdav', value: 'x' })).toEqual({ stored: true, encrypted: false });
  });

  it('deletes a secret, and treats keys as data (no prototype tricks)', async () => {
    const deps = depsWith(fakeSafeStorage(true));
    await setSecret(deps, { key: '__proto__', value: 'a' });
    await setSecret(deps, { key: 'team', value: 'b' });
    expect(await getSecret(deps, { key: '__proto__' })).toEqual({ value: 'a' });
    expect(await getSecret(deps, { key: 'toString' })).toEqual({ value: null });
    expect(await deleteSecret(deps, { key: 'team' })).toEqual({ removed: true });
    expect(await deleteSecret(deps, { key: 'team' })).toEqual({ removed: false });
    expect(await getSecret(deps, { key: 'team' })).toEqual({ value: null });
  });

  it('says clearly when a stored secret cannot be decrypted any more', async () => {
    const deps = depsWith(fakeSafeStorage(true));
    await fs.writeFile(deps.file, JSON.stringify({ version: 1, entries: { webdav: Buffer.from('rommel').toString('base64') } }));
    await expect(getSecret(deps, { key: 'webdav' })).rejects.toMatchObject({ code: 'unavailable' });
  });
});
