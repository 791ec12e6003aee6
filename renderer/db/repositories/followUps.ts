import type { Organisation, Profile } from '../../../shared/domain/common';
import { followUpInputSchema, type FollowUpInput, type FollowUpStatus } from '../../../shared/domain/followUp';
import { getDb, type VeldwerkDb } from '../database';
import { write, type Writer } from '../repository';

type Me = Pick<Profile, 'advisorId' | 'name' | 'organisation'>;

/**
 * A complete follow-up row from form input. The owner's name and organisation are copied onto
 * the row (from the advisors table, or from the profile when the owner is me) so that a partner
 * sees who owns it even before the advisor rows have synchronised.
 */
export async function followUpRow(w: Writer, input: FollowUpInput, me: Me): Promise<Record<string, unknown> & { id: string }> {
  const now = w.now.toISOString();
  let ownerName = me.name;
  let organisation: Organisation = me.organisation;
  if (input.ownerAdvisorId !== me.advisorId) {
    const owner = await w.db.advisors.get(input.ownerAdvisorId);
    if (owner) {
      ownerName = typeof owner.name === 'string' ? owner.name : '';
      organisation = (typeof owner.organisation === 'string' ? owner.organisation : 'partner') as Organisation;
    }
  }
  return {
    id: crypto.randomUUID(),
    companyId: input.companyId,
    title: input.title,
    ownerAdvisorId: input.ownerAdvisorId,
    ownerName,
    organisation,
    due: input.due,
    status: 'open',
    origin: input.origin,
    originId: input.originId,
    notes: input.notes,
    visibility: input.visibility,
    doneAt: null,
    demo: false,
    createdAt: now,
    updatedAt: now,
  };
}

/** Add one follow-up (the "Actie toevoegen" form). Returns its id. */
export async function createFollowUp(raw: unknown, me: Me, db: VeldwerkDb = getDb()): Promise<string> {
  const input = followUpInputSchema.parse(raw);
  return write(db, 'Vervolgactie toegevoegd', async (w) => {
    const row = await followUpRow(w, input, me);
    await w.insert('followUps', [row]);
    return row.id;
  });
}

const STATUS_LABEL: Record<FollowUpStatus, string> = {
  open: 'Vervolgactie heropend',
  gedaan: 'Vervolgactie afgerond',
  vervallen: 'Vervolgactie vervallen',
};

/** Mark a follow-up done, expired, or open again (undo). */
export async function setFollowUpStatus(id: string, status: FollowUpStatus, db: VeldwerkDb = getDb()): Promise<void> {
  await write(db, STATUS_LABEL[status], async (w) => {
    const now = w.now.toISOString();
    await w.patch('followUps', id, {
      status,
      doneAt: status === 'gedaan' ? now : null,
      updatedAt: now,
    });
  });
}

/** Change the text fields, owner or due date of a follow-up. */
export async function updateFollowUp(
  id: string,
  fields: Partial<Pick<FollowUpInput, 'title' | 'due' | 'notes' | 'visibility'>>,
  db: VeldwerkDb = getDb(),
): Promise<void> {
  await write(db, 'Vervolgactie bewerkt', (w) =>
    w.patch('followUps', id, { ...fields, updatedAt: w.now.toISOString() }).then(() => undefined),
  );
}
