import { APP_ORIGIN } from './security';

/**
 * Spellchecking for the advisors' Dutch notes without any download from a third party.
 *
 * Chromium fetches Hunspell dictionaries from Google's servers on Windows and Linux unless told
 * otherwise. Here:
 * - macOS: the operating system's checker (Electron uses it there; it downloads nothing).
 * - Windows: Chromium's Windows spell checker for Dutch (the Windows language pack); the
 *   Hunspell download URL points into the app itself, so a missing dictionary is not fetched.
 * - Linux: the same app-internal URL. Veldwerk ships no Dutch `.bdic`, so Linux has Dutch
 *   spellchecking only when an administrator places `nl-NL-3-0.bdic` in the user data folder's
 *   `Dictionaries` folder; nothing is ever downloaded.
 */

/** Served by our own protocol handler, which has no dictionaries: every request ends there. */
export const DICTIONARY_URL = `${APP_ORIGIN}/dictionaries/`;

export const SPELLCHECK_LANGUAGE = 'nl';

export type SpellcheckSession = {
  readonly availableSpellCheckerLanguages: string[];
  setSpellCheckerLanguages(languages: string[]): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
};

export type SpellcheckMode = 'os' | 'local-only';

export function configureSpellcheck(session: SpellcheckSession, platform: string): SpellcheckMode {
  // On macOS both calls are no-ops (the OS checker picks the language by itself).
  if (platform === 'darwin') return 'os';
  session.setSpellCheckerDictionaryDownloadURL(DICTIONARY_URL);
  if (session.availableSpellCheckerLanguages.includes(SPELLCHECK_LANGUAGE)) {
    session.setSpellCheckerLanguages([SPELLCHECK_LANGUAGE]);
  }
  return 'local-only';
}
