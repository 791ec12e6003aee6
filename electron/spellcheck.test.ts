import { describe, expect, it } from 'vitest';
import { DICTIONARY_URL, configureSpellcheck, type SpellcheckSession } from './spellcheck';

function fakeSession(languages: string[]) {
  const calls: { method: string; arg: unknown }[] = [];
  const session: SpellcheckSession = {
    availableSpellCheckerLanguages: languages,
    setSpellCheckerLanguages: (arg) => void calls.push({ method: 'languages', arg }),
    setSpellCheckerDictionaryDownloadURL: (arg) => void calls.push({ method: 'url', arg }),
  };
  return { session, calls };
}

describe('configureSpellcheck', () => {
  it.each(['win32', 'linux'])(
    'on %s checks Dutch and points dictionary downloads into the app itself',
    (platform) => {
      const { session, calls } = fakeSession(['en-US', 'nl', 'de']);
      expect(configureSpellcheck(session, platform)).toBe('local-only');
      expect(calls).toEqual([
        { method: 'url', arg: DICTIONARY_URL },
        { method: 'languages', arg: ['nl'] },
      ]);
      // Our own protocol, never a server: nothing is fetched from anyone else.
      expect(new URL(DICTIONARY_URL).protocol).toBe('app:');
      expect(new URL(DICTIONARY_URL).host).toBe('veldwerk');
    },
  );

  it('leaves macOS to the operating system’s own checker', () => {
    const { session, calls } = fakeSession([]);
    expect(configureSpellcheck(session, 'darwin')).toBe('os');
    expect(calls).toEqual([]);
  });

  it('still blocks downloads when Chromium offers no Dutch', () => {
    const { session, calls } = fakeSession(['en-US']);
    configureSpellcheck(session, 'linux');
    expect(calls).toEqual([{ method: 'url', arg: DICTIONARY_URL }]);
  });
});
