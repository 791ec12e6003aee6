import { localDate, localToday } from '../../../shared/dates/localDate';
import { guideSchema, type Guide } from '../../../shared/domain/guide';
import {
  assertEditable,
  editGuide,
  nextVersionNumber,
  publish,
  type PublishResult,
} from '../../../shared/guides/versioning';
import { SEED_GUIDES } from '../../../shared/guides/seed/index';
import { getDb, type VeldwerkDb } from '../database';
import { isGuideUsed, readGuide, readGuides } from '../queries/guides';
import { write } from '../repository';
import { slugKey } from '../../../shared/text/normalize';
import { history } from '../../../shared/i18n/nl/history';

/** The stored fields of a guide; `_clock` and `_deleted` are the repository's own bookkeeping. */
const rowOf = (guide: Guide) => {
  const { _clock: _c, _deleted: _d, ...fields } = guideSchema.parse(guide);
  return fields;
};

async function missingSeeds(db: VeldwerkDb, seeds: readonly Guide[]): Promise<Guide[]> {
  const out: Guide[] = [];
  for (const seed of seeds) {
    const found = await db.guides
      .where('[guideKey+version]')
      .equals([seed.guideKey, seed.version])
      .first();
    if (!found) out.push(seed);
  }
  return out;
}

/**
 * Inserts the seeded guides a database does not have yet, matched on guide key and version so
 * an advisor's own edits and rows that arrived by sync are never touched. Idempotent: a second
 * call finds nothing missing and writes nothing. Seed ids are derived from key and version, so
 * two devices seeding apart merge into the same rows.
 */
export async function ensureSeedGuides(
  db: VeldwerkDb = getDb(),
  seeds: readonly Guide[] = SEED_GUIDES,
): Promise<number> {
  if ((await missingSeeds(db, seeds)).length === 0) return 0;
  return write(db, history.guides.seeded, async (w) => {
    // Checked again inside the transaction: another tab may have seeded in the meantime.
    const missing = await missingSeeds(db, seeds);
    if (missing.length > 0) await w.insert('guides', missing.map(rowOf));
    return missing.length;
  });
}

let seeding: Promise<number> | null = null;

/** Seed once per session; later calls share the first call's promise. */
export function ensureSeedGuidesOnce(): Promise<number> {
  seeding ??= ensureSeedGuides().catch((error: unknown) => {
    seeding = null;
    throw error;
  });
  return seeding;
}

/** Save an edited concept. Refused for a version that is published or already used. */
export async function saveGuideConcept(guide: Guide, db: VeldwerkDb = getDb()): Promise<void> {
  await write(db, `Handleiding "${guide.title}" bewerkt`, async (w) => {
    const current = await readGuide(guide.id, db);
    if (current) assertEditable(current, await isGuideUsed(guide.id, db));
    await w.put('guides', rowOf(guide));
  });
}

/**
 * The concept to edit for a guide version: an existing concept of the same guide when there is
 * one (so two clicks never make two concepts), else a new concept copy with the next number.
 */
export async function startGuideVersion(source: Guide, db: VeldwerkDb = getDb()): Promise<Guide> {
  return write(db, history.guides.newVersion(source.title), async (w) => {
    const all = await readGuides(db);
    const used = await isGuideUsed(source.id, db);
    const existing = all
      .filter((g) => g.guideKey === source.guideKey && g.status === 'concept')
      .sort((a, b) => b.version - a.version)[0];
    if (existing && !(await isGuideUsed(existing.id, db))) return existing;
    if (source.status === 'concept' && !used) return source;
    const concept = editGuide(source, true, {
      nextVersion: nextVersionNumber(all, source.guideKey),
    });
    await w.insert('guides', [rowOf(concept)]);
    return concept;
  });
}

/** A new, empty guide (a concept with one section to start from). */
export async function createGuide(title: string, db: VeldwerkDb = getDb()): Promise<Guide> {
  const now = new Date();
  const slug = slugKey(title, 30);
  const guide = guideSchema.parse({
    id: crypto.randomUUID(),
    _clock: {},
    guideKey: `${slug || 'handleiding'}-${crypto.randomUUID().slice(0, 6)}`,
    version: 1,
    title,
    description: '',
    audience: 'algemeen',
    date: localDate(now),
    status: 'concept',
    sections: [{ key: 'sectie_1', title: history.guides.firstSection, items: [] }],
    choiceLists: {},
    previousVersionId: null,
    createdAt: now.toISOString(),
    publishedAt: null,
  });
  await write(db, history.guides.created(title), (w) => w.insert('guides', [rowOf(guide)]));
  return guide;
}

/** Publish a concept after validateGuideDefinition; the issues come back in Dutch otherwise. */
export async function publishGuide(
  concept: Guide,
  db: VeldwerkDb = getDb(),
): Promise<PublishResult> {
  const result = publish({ ...concept, date: localToday() });
  if (!result.ok) return result;
  await write(
    db,
    history.guides.published(concept.title, concept.version),
    async (w) => {
      assertEditable(concept, await isGuideUsed(concept.id, db));
      await w.put('guides', rowOf(result.guide));
    },
  );
  return result;
}

/** Throw away an unused concept (a tombstone, so the removal replicates). */
export async function removeGuideConcept(guide: Guide, db: VeldwerkDb = getDb()): Promise<void> {
  await write(db, history.guides.conceptRemoved(guide.title), async (w) => {
    assertEditable(guide, await isGuideUsed(guide.id, db));
    await w.remove('guides', guide.id);
  });
}
