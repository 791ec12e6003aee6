import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, type StoredRow } from '../database';

export type ContactPersonRow = StoredRow & {
  companyId: string;
  name?: string;
  function?: string | null;
  phone?: string | null;
  email?: string | null;
  preferredChannel?: string | null;
  notes?: string | null;
  demo?: boolean;
  createdAt?: string;
  updatedAt?: string;
};

/** The contact persons of one company, by name, live. */
export function useContactPersons(companyId: string): ContactPersonRow[] | undefined {
  return useLiveQuery(async () => {
    const rows = (await getDb()
      .contactPersons.where('companyId')
      .equals(companyId)
      .filter((r) => !r._deleted)
      .toArray()) as ContactPersonRow[];
    return rows.sort((a, b) => String(a.name ?? '').localeCompare(String(b.name ?? ''), 'nl'));
  }, [companyId]);
}
