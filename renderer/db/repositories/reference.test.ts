import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportReferenceSet, parseReferenceSet } from '../../../shared/domain/referenceSet';
import { SEED_NETWORKS } from '../../../shared/seed/networks';
import { SEED_SCHEMES } from '../../../shared/seed/schemes';
import { SEED_TERMS } from '../../../shared/seed/terms';
import { VeldwerkDb } from '../database';
import { readReferenceRows } from '../queries/reference';
import { write } from '../repository';
import {
  applyReferenceSet,
  ensureReferenceData,
  exportReferenceFile,
  markSchemeChecked,
  saveNetwork,
  saveScheme,
  saveTerm,
  setRetired,
} from './reference';

let db: VeldwerkDb;

beforeEach(async () => {
  db = new VeldwerkDb(`test-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const seedCount = SEED_TERMS.length + SEED_SCHEMES.length + SEED_NETWORKS.length;

describe('seeding the kennisbank', () => {
  it('inserts every seed row in one change batch, and a second run writes nothing', async () => {
    expect(await ensureReferenceData(db)).toBe(seedCount);
    expect(await db.terms.count()).toBe(SEED_TERMS.length);
    expect(await db.schemes.count()).toBe(SEED_SCHEMES.length);
    expect(await db.networks.count()).toBe(30);
    expect(await db.outbox.count()).toBe(1);
    expect(await ensureReferenceData(db)).toBe(0);
    expect(await db.outbox.count()).toBe(1);
    // Every seeded row reads back through the shared schemas.
    const rows = await readReferenceRows(db);
    expect(rows.terms.length + rows.schemes.length + rows.networks.length).toBe(seedCount);
  });

  it('never overwrites, revives or duplicates a row the advisor edited, retired or deleted', async () => {
    await ensureReferenceData(db);
    const bbl = SEED_TERMS.find((t) => t.key === 'bbl')!;
    await saveTerm({ ...bbl, definition: 'Eigen uitleg van de adviseur over leren en werken tegelijk.' }, db);
    await setRetired('schemes', SEED_SCHEMES[0]!.id, true, db);
    await write(db, 'verwijderd', (w) => w.remove('networks', SEED_NETWORKS[0]!.id));
    const before = await db.outbox.count();

    expect(await ensureReferenceData(db)).toBe(0);
    expect(await db.outbox.count()).toBe(before);
    expect((await db.terms.get(bbl.id))?.definition).toBe('Eigen uitleg van de adviseur over leren en werken tegelijk.');
    expect((await db.schemes.get(SEED_SCHEMES[0]!.id))?.retired).toBe(true);
    expect((await db.networks.get(SEED_NETWORKS[0]!.id))?._deleted).toBe(true);
  });

  it('brings seed corrections to rows nobody changed, never to edited rows, and keeps a later check date', async () => {
    const old = (key: string) => SEED_SCHEMES.find((s) => s.key === key)!;
    // The catalogue as an earlier version seeded it.
    const earlier = {
      terms: SEED_TERMS,
      networks: SEED_NETWORKS,
      schemes: SEED_SCHEMES.map((s) =>
        s.key === 'slim-scholingssubsidie'
          ? { ...s, conditions: 'Een nieuw aanvraagvenster wordt begin maart 2026 verwacht.', criteria: { region: 'nederland' as const } }
          : s.key === 'jobcoaching'
            ? { ...s, conditions: 'Oude tekst die de adviseur aanpaste.' }
            : s,
      ),
    };
    await ensureReferenceData(db, earlier);
    await markSchemeChecked(old('slim-scholingssubsidie').id, '2026-12-01', db);
    const jobcoaching = (await readReferenceRows(db)).schemes.find((s) => s.key === 'jobcoaching')!;
    await saveScheme({ ...jobcoaching, conditions: 'Eigen tekst van de adviseur over jobcoaching.' }, db);

    expect(await ensureReferenceData(db)).toBe(1);
    const rows = (await readReferenceRows(db)).schemes;
    const slim = rows.find((s) => s.key === 'slim-scholingssubsidie')!;
    expect(slim.conditions).toBe(old('slim-scholingssubsidie').conditions);
    expect(slim.criteria).toEqual(old('slim-scholingssubsidie').criteria);
    expect(slim.lastChecked).toBe('2026-12-01');
    expect(rows.find((s) => s.key === 'jobcoaching')!.conditions).toBe('Eigen tekst van de adviseur over jobcoaching.');
    const before = await db.outbox.count();
    expect(await ensureReferenceData(db)).toBe(0);
    expect(await db.outbox.count()).toBe(before);
  });

  it('adds only the missing seed rows, and skips a seed whose key a user row already has', async () => {
    const [first, second, ...rest] = SEED_TERMS;
    await write(db, 'eigen', (w) =>
      w.insert('terms', [{ ...first!, _clock: undefined, id: 'eigen-id', definition: 'Eigen begrip met dezelfde sleutel.' }]),
    );
    const added = await ensureReferenceData(db, { terms: [first!, second!], schemes: [], networks: [] });
    expect(added).toBe(1);
    expect(await db.terms.get(first!.id)).toBeUndefined();
    expect((await db.terms.get('eigen-id'))?.definition).toBe('Eigen begrip met dezelfde sleutel.');
    expect(await db.terms.get(second!.id)).toBeDefined();
    expect(rest.length).toBeGreaterThan(30);
  });
});

describe('applying a reference set', () => {
  it('adds, changes and leaves alone exactly what the summary said, in one write', async () => {
    await ensureReferenceData(db);
    const rows = await readReferenceRows(db);
    const edited = {
      terms: rows.terms.map((t) => (t.key === 'evc' ? { ...t, definition: 'Bijgewerkte uitleg van EVC voor werkgevers.' } : t)),
      schemes: rows.schemes,
      networks: [
        ...rows.networks,
        { ...rows.networks[0]!, id: 'netwerk-nieuw', key: 'nieuw-netwerk', name: 'Nieuw ondernemersnetwerk' },
      ],
    };
    const parsed = parseReferenceSet(exportReferenceSet(edited, new Date('2026-12-01T10:00:00Z')), 'set.json', rows);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.summary).toMatchObject({ added: 1, changed: 1, unchanged: seedCount - 1 });

    const before = await db.outbox.count();
    const result = await applyReferenceSet(parsed.set, db);
    expect(result).toEqual({ added: 1, changed: 1, unchanged: seedCount - 1 });
    expect(await db.outbox.count()).toBe(before + 1);
    const batch = (await db.outbox.orderBy('seq').last())!;
    expect(batch.changes.map((c) => c.rowId).sort()).toEqual(['begrip-evc', 'netwerk-nieuw']);
    expect((await db.terms.get('begrip-evc'))?.definition).toBe('Bijgewerkte uitleg van EVC voor werkgevers.');

    // Importing the same file again changes nothing.
    const again = parseReferenceSet(exportReferenceSet(edited, new Date()), 'set.json', await readReferenceRows(db));
    expect(again.ok && again.summary).toMatchObject({ added: 0, changed: 0 });
  });

  it('brings a deleted row back and clears optional fields the file leaves out', async () => {
    await ensureReferenceData(db);
    const rows = await readReferenceRows(db);
    const withZzp = rows.networks.find((n) => n.admitsZzp !== undefined) ?? rows.networks[1]!;
    await saveNetwork({ ...withZzp, admitsZzp: false }, db);
    await write(db, 'weg', (w) => w.remove('terms', 'begrip-bbl'));
    const { admitsZzp: _z, ...withoutZzp } = { ...withZzp, admitsZzp: false };
    const set = { terms: rows.terms, schemes: [], networks: [withoutZzp] };
    const parsed = parseReferenceSet(exportReferenceSet(set, new Date()), 'set.json', await readReferenceRows(db));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    await applyReferenceSet(parsed.set, db);
    expect((await db.terms.get('begrip-bbl'))?._deleted).toBe(false);
    const after = (await readReferenceRows(db)).networks.find((n) => n.id === withZzp.id)!;
    expect(after.admitsZzp).toBeUndefined();
  });

  it('carries a network status, website and source, and a scheme source date, from one device to another', async () => {
    await ensureReferenceData(db);
    const rows = await readReferenceRows(db);
    const koel = rows.networks.find((n) => n.key === 'steunpunt-koel')!;
    await saveNetwork({ ...koel, status: 'opgeheven', website: 'https://www.voorbeeld.nl' }, db);
    const slim = rows.schemes.find((s) => s.key === 'slim-scholingssubsidie')!;
    await saveScheme({ ...slim, source: { ...slim.source, date: '2025-03-04' } }, db);
    const file = await exportReferenceFile(db, new Date('2026-12-05T09:00:00Z'));

    const other = new VeldwerkDb(`test-${crypto.randomUUID()}`);
    await other.open();
    try {
      await ensureReferenceData(other);
      const parsed = parseReferenceSet(file, 'set.json', await readReferenceRows(other));
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      expect(parsed.summary.changed).toBe(2);
      await applyReferenceSet(parsed.set, other);
      const there = await readReferenceRows(other);
      expect(there.networks.find((n) => n.key === 'steunpunt-koel')).toMatchObject({
        status: 'opgeheven',
        website: 'https://www.voorbeeld.nl',
        source: { date: '2017-02-01' },
      });
      expect(there.schemes.find((s) => s.key === 'slim-scholingssubsidie')!.source.date).toBe('2025-03-04');
      // An edited row is the advisor's: a later seed refresh leaves it alone.
      expect(await ensureReferenceData(other)).toBe(0);
    } finally {
      await other.delete();
    }
  });

  it('a bad file is refused with Dutch errors and nothing is written', async () => {
    await ensureReferenceData(db);
    const before = await db.outbox.count();
    const rows = await readReferenceRows(db);
    const bad = JSON.parse(exportReferenceSet(rows, new Date())) as { schemes: { status: string }[] };
    bad.schemes[2]!.status = 'misschien';
    const parsed = parseReferenceSet(JSON.stringify(bad), 'kapot.json', rows);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]).toMatch(/^regelingen\[2\]\.status: /);
    expect(await db.outbox.count()).toBe(before);
  });
});
