import type { z } from 'zod';
import type { Organisation, Profile } from '../../../shared/domain/common';
import { followUpInputSchema, followUpStatusSchema, type FollowUpInput, type FollowUpStatus } from '../../../shared/domain/followUp';
import { getDb, type VeldwerkDb } from '../database';
import { write, type Writer } from '../repository';
import { changedFields } from '../../../shared/data/equality';
import { history } from '../../../shared/i18n/nl/history';

export type Me = Pick<Profile, 'advisorId' | 'name' | 'organisation'>;

/**
 * The owner's id, name and organisation as stored on a follow-up. The name and organisation are
 * copied onto the row (from the advisors table, or from the profile when the owner is me) so that
 * a partner sees who owns it even before the advisor rows have synchronised.
 */
async function ownerFields(w: Writer, ownerAdvisorId: string, me: Me): Promise<{ ownerAdvisorId: string; ownerName: string; organisation: Organisation }> {
  let ownerName = me.name;
  let organisation: Organisation = me.organisation;
  if (ownerAdvisorId !== me.advisorId) {
    const owner = await w.db.advisors.get(ownerAdvisorId);
    if (owner) {
      ownerName = typeof owner.name === 'string' ? owner.name : '';
      organisation = (typeof owner.organisation === 'string' ? owner.organisation : 'partner') as Organisation;
    }
  }
  return { ownerAdvisorId, ownerName, organisation };
}

/** A complete follow-up row from form input. */
export async function followUpRow(w: Writer, input: FollowUpInput, me: Me): Promise<Record<string, unknown> & { id: string }> {
  const now = w.now.toISOString();
  return {
    id: crypto.randomUUID(),
    companyId: input.companyId,
    title: input.title,
    ...(await ownerFields(w, input.ownerAdvisorId, me)),
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
  return write(db, history.followUps.added, async (w) => {
    const row = await followUpRow(w, input, me);
    await w.insert('followUps', [row]);
    return row.id;
  });
}

const STATUS_LABEL: Record<FollowUpStatus, string> = {
  open: history.followUps.reopened,
  gedaan: history.followUps.done,
  vervallen: history.followUps.expired,
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

/** What the follow-up edit dialog may change. */
export const followUpEditSchema = followUpInputSchema
  .pick({ title: true, ownerAdvisorId: true, due: true, notes: true, visibility: true })
  .extend({ status: followUpStatusSchema });
export type FollowUpEdit = z.infer<typeof followUpEditSchema>;

/**
 * Change a follow-up's title, owner, due date, notes, visibility or status: one write holding only
 * the fields that changed. Returns whether anything changed.
 */
export async function updateFollowUp(id: string, raw: unknown, me: Me, db: VeldwerkDb = getDb()): Promise<boolean> {
  const edit = followUpEditSchema.parse(raw);
  return write(db, 'Vervolgactie bewerkt', async (w) => {
    const current = await db.followUps.get(id);
    if (!current || current._deleted) throw new Error(`Follow-up ${id} does not exist`);
    const now = w.now.toISOString();
    const fields: Record<string, unknown> = {
      title: edit.title,
      due: edit.due,
      notes: edit.notes,
      visibility: edit.visibility,
      status: edit.status,
    };
    if (edit.ownerAdvisorId !== current.ownerAdvisorId) Object.assign(fields, await ownerFields(w, edit.ownerAdvisorId, me));
    if (edit.status !== current.status) fields.doneAt = edit.status === 'gedaan' ? now : null;
    const changed = changedFields(current, fields);
    if (Object.keys(changed).length === 0) return false;
    await w.patch('followUps', id, { ...changed, updatedAt: now });
    return true;
  });
}

/** Remove a follow-up (a tombstone, so that the removal replicates). */
export async function removeFollowUp(id: string, db: VeldwerkDb = getDb()): Promise<void> {
  await write(db, history.followUps.removed, (w) => w.remove('followUps', id));
}
