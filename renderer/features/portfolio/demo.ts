import { generateDemoData } from '../../../shared/seed/demo';
import type { Profile } from '../../../shared/domain/common';
import { loadDemo } from '../../db/repositories/companies';
import { loadDemoContacts } from '../../db/repositories/contactLogs';
import { loadAlignmentDemo } from '../../db/repositories/alignmentDemo';

/**
 * Load the fictional demo set (shared/seed/demo.ts) in one write. Ids are made fresh each time:
 * removed demo rows stay as tombstones, and loading the set again must not collide with them.
 */
export async function loadDemoSet(profile: Profile | null | undefined): Promise<number> {
  const org = profile?.organisation;
  const data = generateDemoData({
    now: new Date().toISOString(),
    advisorIds: org === 'lwl' ? { lwl: profile!.advisorId } : org === 'baanbrekend' ? { baanbrekend: profile!.advisorId } : {},
  });
  const ids = new Map(data.companies.map((c) => [c.id, crypto.randomUUID()]));
  await loadDemo({
    companies: data.companies.map((c) => ({ ...c, id: ids.get(c.id)! })),
    contactPersons: data.contactPersons.map((p) => ({ ...p, id: crypto.randomUUID(), companyId: ids.get(p.companyId) ?? p.companyId })),
  });
  // Contacts from both organisations, then targets and a past meeting built on them.
  await loadDemoContacts();
  await loadAlignmentDemo();
  return data.companies.length;
}
