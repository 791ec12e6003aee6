import { profileSchema, type Organisation, type Profile } from '../../../shared/domain/common';
import { ensureDeviceId } from '../clock';
import { getDb } from '../database';
import { write } from '../repository';
import { PROFILE_KEY } from '../queries/settings';
import { history } from '../../../shared/i18n/nl/history';

export type ProfileInput = { name: string; organisation: Organisation; organisationOther: string };

/**
 * Save who uses this device. The advisor is also a synchronised row, so partners see names
 * with the contacts; the profile itself (with the device id) stays local.
 */
export async function saveProfile(input: ProfileInput): Promise<Profile> {
  const db = getDb();
  return write(db, history.profile.saved, async (w) => {
    const existing = (await db.settings.get(PROFILE_KEY))?.value as Partial<Profile> | undefined;
    const deviceId = await ensureDeviceId(db);
    const advisorId = existing?.advisorId ?? crypto.randomUUID();
    const profile = profileSchema.parse({ ...input, advisorId, deviceId });
    await w.put('advisors', {
      id: advisorId,
      name: profile.name,
      organisation: profile.organisation,
      organisationOther: profile.organisationOther,
      active: true,
    });
    await db.settings.put({ key: PROFILE_KEY, value: profile });
    return profile;
  });
}

/** Ask the browser not to evict our data under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
