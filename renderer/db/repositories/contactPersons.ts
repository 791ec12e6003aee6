import { getDb, type VeldwerkDb } from '../database';
import { write } from '../repository';
import { history } from '../../../shared/i18n/nl/history';

export type ContactPersonInput = {
  name: string;
  function: string;
  phone: string;
  email: string;
  preferredChannel: string;
  notes: string;
};

export async function addContactPerson(
  companyId: string,
  input: ContactPersonInput,
  extra: Record<string, unknown> = {},
  db: VeldwerkDb = getDb(),
): Promise<string> {
  const id = crypto.randomUUID();
  const at = new Date().toISOString();
  await write(db, history.contactPersons.added, (w) =>
    w.insert('contactPersons', [{ ...extra, ...input, id, companyId, createdAt: at, updatedAt: at }]),
  );
  return id;
}

export async function updateContactPerson(id: string, input: Partial<ContactPersonInput>, db: VeldwerkDb = getDb()): Promise<void> {
  await write(db, history.contactPersons.edited, async (w) => {
    await w.patch('contactPersons', id, { ...input, updatedAt: w.now.toISOString() });
  });
}

export async function removeContactPerson(id: string, db: VeldwerkDb = getDb()): Promise<void> {
  await write(db, history.contactPersons.removed, (w) => w.remove('contactPersons', id));
}
