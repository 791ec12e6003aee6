// Joining from a snapshot on real databases: privacy, AVG erasure, conflicts for the joiner and
// a laptop that comes back after months while snapshots were written.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { fromUtf8 } from '../../shared/sync/bytes';
import { gunzip } from '../../shared/sync/snapshot';
import { setDb } from '../../renderer/db/database';
import { erasePerson } from '../../renderer/db/repositories/personData';
import { createTeam, openConflicts, row, sharedState, type Device, type Team } from '../setup/syncModel';

let team: Team;
afterEach(async () => {
  setDb(null);
  await team?.close();
});

/** The text of every snapshot on the target (no passphrase: gzip of JSON lines). */
async function snapshotTexts(t: Team): Promise<string[]> {
  const out: string[] = [];
  for (const [path, file] of t.target.files) {
    if (path.startsWith('snapshots/') && path.endsWith('.gz')) out.push(fromUtf8(await gunzip(file.bytes)));
  }
  return out;
}

async function converged(t: Team): Promise<void> {
  const states = await Promise.all(t.devices.map((d) => sharedState(d)));
  for (const s of states.slice(1)) expect(s).toEqual(states[0]);
  const conflicts = await Promise.all(t.devices.map(async (d) => (await openConflicts(d)).map((c) => c.id).sort()));
  for (const c of conflicts.slice(1)) expect(c).toEqual(conflicts[0]);
}

const PERSONAL = /Anna|de Wit|06-1111|anna@/;

async function everything(d: Device): Promise<string> {
  const parts: unknown[] = [];
  for (const table of ['contactPersons', 'contactLogs', 'interviews', 'followUps', 'companies', 'conflicts', 'inbox', 'outbox']) {
    parts.push(await d.db.table(table).toArray());
  }
  return JSON.stringify(parts);
}

describe('joining a team from a snapshot', () => {
  it('never carries private items; a new laptop converges from it with the same conflicts', async () => {
    team = await createTeam(['A', 'B']);
    team.limits = { snapshotEveryBatches: 3 };
    const [a, b] = team.devices as [Device, Device];
    await team.write(a, 'Start', async (w) => {
      await w.insert('companies', [{ id: 'c1', name: 'Bakkerij Jansen', notes: '' }]);
      await w.insert('contactLogs', [
        { id: 'l1', companyId: 'c1', summary: 'Gedeeld verslag', visibility: 'gedeeld' },
        { id: 'l2', companyId: 'c1', summary: 'Geheim verslag', visibility: 'prive' },
        { id: 'l3', companyId: 'c1', summary: 'Eerst gedeeld', visibility: 'gedeeld' },
      ]);
    });
    await team.settle();
    team.advance();
    await team.write(a, 'Privé', (w) => w.patch('contactLogs', 'l3', { visibility: 'prive' }));
    await team.write(a, 'Bewerkt', (w) => w.patch('contactLogs', 'l3', { summary: 'Geheime aanvulling' }));
    // Crossing edits: an open conflict on everyone, the joiner included.
    await team.write(a, 'Bewerkt', (w) => w.patch('companies', 'c1', { notes: 'van A' }));
    await team.write(b, 'Bewerkt', (w) => w.patch('companies', 'c1', { notes: 'van B' }));
    await team.settle();
    const texts = await snapshotTexts(team);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).toContain('Gedeeld verslag');
      expect(text).not.toMatch(/Geheim|prive/);
    }
    expect((await openConflicts(a)).length).toBe(1);

    const c = await team.join('C');
    const report = await team.sync(c);
    expect(report.ok).toBe(true);
    expect(report.snapshotLoaded).toMatch(/^snapshots\//);
    expect(report.appliedBatches).toBeLessThan(3);
    expect(await row(c, 'contactLogs', 'l2')).toBeUndefined();
    expect((await row(c, 'contactLogs', 'l3'))?._deleted).toBe(true);
    expect(JSON.stringify(await c.db.contactLogs.toArray())).not.toMatch(/Geheim/);
    // The joiner's own edits have seen what it loaded: no false conflict anywhere.
    team.advance();
    await team.write(c, 'Bewerkt', (w) => w.patch('contactLogs', 'l1', { summary: 'Aangevuld door C' }));
    await team.settle();
    await converged(team);
    expect((await openConflicts(c)).length).toBe(1);
    expect((await c.db.peers.toArray()).map((p) => p.deviceId).sort()).toEqual([a.id, b.id].sort());
  });

  it('an erasure after a snapshot still removes the person from a joiner; later snapshots never hold her', async () => {
    team = await createTeam(['A', 'B']);
    team.limits = { snapshotEveryBatches: 1 };
    const [a] = team.devices as [Device, Device];
    await team.write(a, 'Start', async (w) => {
      await w.insert('companies', [{ id: 'c1', name: 'Bakkerij Test' }]);
      await w.insert('contactPersons', [{ id: 'p1', companyId: 'c1', name: 'Anna de Wit', phone: '06-1111', email: 'anna@voorbeeld.nl' }]);
      await w.insert('contactLogs', [{ id: 'l1', companyId: 'c1', contactPersonIds: ['p1'], summary: 'Gesprek met Anna de Wit', visibility: 'gedeeld' }]);
    });
    await team.settle();
    const before = new Map(team.target.files);
    expect((await snapshotTexts(team)).join()).toMatch(PERSONAL);

    team.advance();
    setDb(a.db);
    await team.at(a, () => erasePerson('p1'));
    await team.sync(a);
    // The eraser removed the snapshots from before the erasure and wrote a fresh one.
    expect((await snapshotTexts(team)).length).toBeGreaterThan(0);
    for (const text of await snapshotTexts(team)) expect(text).not.toMatch(PERSONAL);

    // A laptop that still finds a snapshot from before the erasure (a slow cloud folder) gets
    // the erasure from the tail: nothing of her stays.
    for (const [path, file] of before) if (path.startsWith('snapshots/')) team.target.files.set(path, file);
    for (const path of [...team.target.files.keys()]) {
      if (path.startsWith('snapshots/') && !before.has(path)) team.target.files.delete(path);
    }
    const c = await team.join('C');
    const report = await team.sync(c);
    expect(report.snapshotLoaded).toBeDefined();
    expect(await everything(c)).not.toMatch(PERSONAL);

    await team.settle();
    for (const d of team.devices) expect(await everything(d), d.name).not.toMatch(PERSONAL);
    for (const path of before.keys()) if (path.startsWith('snapshots/')) team.target.files.delete(path);
    for (const text of await snapshotTexts(team)) expect(text).not.toMatch(PERSONAL);
    const d = await team.join('D');
    expect((await team.sync(d)).snapshotLoaded).toBeDefined();
    expect(await everything(d)).not.toMatch(PERSONAL);
    await converged(team);
  });

  it('a laptop offline for months comes back through the segments, converges and gets its conflicts', async () => {
    team = await createTeam(['A', 'B', 'C']);
    team.limits = { snapshotEveryBatches: 4 };
    const [a, b, c] = team.devices as [Device, Device, Device];
    await team.write(a, 'Start', (w) => w.insert('companies', [{ id: 'c1', name: 'Bakkerij Jansen', notes: '' }, { id: 'c2', name: 'Garage', notes: '' }]));
    await team.settle();
    // C goes offline and edits; A and B work on for months, writing snapshots.
    await team.write(c, 'Offline', (w) => w.patch('companies', 'c1', { notes: 'van C, offline' }));
    for (let i = 0; i < 10; i++) {
      team.advance(7 * 24 * 3_600_000);
      await team.write(i % 2 ? a : b, 'Bewerkt', (w) => w.patch('companies', i < 5 ? 'c1' : 'c2', { notes: `week ${i}` }));
      await team.sync(a);
      await team.sync(b);
    }
    expect([...team.target.files.keys()].some((p) => p.startsWith('snapshots/'))).toBe(true);
    const back = await team.sync(c);
    expect(back.snapshotLoaded).toBeUndefined();
    await team.settle();
    await converged(team);
    expect((await openConflicts(a)).some((conflict) => conflict.loser.value === 'van C, offline' || conflict.winner.value === 'van C, offline')).toBe(true);
    // And a laptop joining now, from the newest snapshot, sees the same.
    const d = await team.join('D');
    expect((await team.sync(d)).snapshotLoaded).toBeDefined();
    await team.settle();
    await converged(team);
  });

  it('a damaged snapshot is reported and the laptop replays the segments', async () => {
    team = await createTeam(['A']);
    team.limits = { snapshotEveryBatches: 1 };
    const [a] = team.devices as [Device];
    await team.write(a, 'Start', (w) => w.insert('companies', [{ id: 'c1', name: 'Bakkerij Jansen' }]));
    await team.sync(a);
    const [path] = [...team.target.files.keys()].filter((p) => p.startsWith('snapshots/'));
    const file = team.target.files.get(path!)!;
    team.target.put(path!, file.bytes.subarray(0, file.bytes.length - 7));
    const c = await team.join('C');
    team.limits = { snapshotEveryBatches: 100 };
    const report = await team.sync(c);
    expect(report.snapshotLoaded).toBeUndefined();
    expect(report.appliedBatches).toBe(1);
    expect(report.problems.map((p) => p.kind)).toEqual(['snapshot-unreadable']);
    expect((await c.db.problems.toArray()).map((p) => p.kind)).toContain('sync:snapshot-unreadable');
    await converged(team);
  });
});
