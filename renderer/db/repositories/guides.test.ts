import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_GUIDES } from '../../../shared/guides/seed/index';
import { VeldwerkDb } from '../database';
import { readGuides } from '../queries/guides';
import { write } from '../repository';
import { ensureSeedGuides, publishGuide, saveGuideConcept, startGuideVersion } from './guides';

let db: VeldwerkDb;
beforeEach(async () => {
  db = new VeldwerkDb(`test-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('seeding the guides', () => {
  it('inserts the four seeded guides once, as one change batch, and nothing on later calls', async () => {
    expect(await ensureSeedGuides(db)).toBe(SEED_GUIDES.length);
    expect(await ensureSeedGuides(db)).toBe(0);
    const guides = await readGuides(db);
    expect(guides.map((g) => `${g.guideKey}@${g.version}`).sort()).toEqual(
      SEED_GUIDES.map((g) => `${g.guideKey}@${g.version}`).sort(),
    );
    expect(guides.every((g) => g.status === 'gepubliceerd')).toBe(true);
    const batches = await db.outbox.toArray();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.changes).toHaveLength(SEED_GUIDES.length);
  });

  it('adds only missing versions and never touches rows that are already there', async () => {
    const [first, ...rest] = SEED_GUIDES;
    await ensureSeedGuides(db, [first!]);
    await write(db, 'eigen titel', (w) => w.patch('guides', first!.id, { title: 'Eigen titel' }));
    expect(await ensureSeedGuides(db)).toBe(rest.length);
    expect((await db.guides.get(first!.id))?.title).toBe('Eigen titel');
    expect(await db.guides.count()).toBe(SEED_GUIDES.length);
  });

  it('is safe when two screens seed at the same moment', async () => {
    const results = await Promise.all([ensureSeedGuides(db), ensureSeedGuides(db)]);
    expect(results.reduce((a, b) => a + b, 0)).toBe(SEED_GUIDES.length);
    expect(await db.guides.count()).toBe(SEED_GUIDES.length);
  });
});

describe('guide versions', () => {
  it('edits a published guide as a new concept version and publishes it without changing the old one', async () => {
    await ensureSeedGuides(db);
    const source = SEED_GUIDES[0]!;
    const concept = await startGuideVersion(source, db);
    expect(concept).toMatchObject({
      guideKey: source.guideKey,
      version: source.version + 1,
      status: 'concept',
      previousVersionId: source.id,
    });
    expect((await startGuideVersion(source, db)).id).toBe(concept.id);

    await saveGuideConcept({ ...concept, title: 'Aangepaste leidraad' }, db);
    const result = await publishGuide({ ...concept, title: 'Aangepaste leidraad' }, db);
    expect(result.ok).toBe(true);
    const stored = await readGuides(db);
    expect(stored.find((g) => g.id === concept.id)).toMatchObject({
      status: 'gepubliceerd',
      title: 'Aangepaste leidraad',
    });
    expect(stored.find((g) => g.id === source.id)).toMatchObject({
      status: 'gepubliceerd',
      title: source.title,
      version: source.version,
    });
    await expect(saveGuideConcept({ ...source, title: 'Stiekem gewijzigd' }, db)).rejects.toThrow(
      /nieuwe versie/i,
    );
  });

  it('refuses to publish a concept with errors and says why in Dutch', async () => {
    await ensureSeedGuides(db);
    const concept = await startGuideVersion(SEED_GUIDES[0]!, db);
    const broken = { ...concept, sections: [] };
    const result = await publishGuide(broken, db);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/minstens één sectie/);
  });
});
