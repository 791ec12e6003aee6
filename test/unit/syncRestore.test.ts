import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup, restoreBackup } from '../../renderer/db/backup';
import { createTeam, openConflicts, row, sharedState, type Device, type Team } from '../setup/syncModel';

let team: Team;
afterEach(async () => {
  await team?.close();
});

async function shared() {
  team = await createTeam(['A', 'B']);
  const [a] = team.devices;
  await team.write(a!, 'Bedrijf toegevoegd', (w) =>
    w.insert('companies', [{ id: 'c1', name: 'Bakkerij Jansen', gemeente: 'dordrecht', notes: '' }]),
  );
  await team.settle();
  return team.devices as [Device, Device];
}

async function restore(device: Device) {
  const backup = await team.at(device, () => createBackup(device.db, 'handmatig'));
  team.advance();
  const { deviceId } = await team.at(device, () => restoreBackup(device.db, backup));
  device.id = deviceId;
}

const conflictKeys = async (d: Device) =>
  (await openConflicts(d)).map((c) => `${c.field}|${c.winner.deviceId}|${c.loser.deviceId}`).sort();

describe('restoring a backup keeps causality', () => {
  it("an unsent change restored under the new identity still conflicts with a partner's crossing edit, on both", async () => {
    const [a, b] = await shared();
    team.advance();
    await team.write(a, 'Bewerkt', (w) => w.patch('companies', 'c1', { notes: 'Versie van A' }));
    await restore(a);
    team.advance();
    await team.write(b, 'Bewerkt', (w) => w.patch('companies', 'c1', { notes: 'Versie van B' }));
    await team.settle();
    expect(await sharedState(a, { rivals: false })).toEqual(await sharedState(b, { rivals: false }));
    expect((await row(a, 'companies', 'c1'))?.notes).toBe('Versie van B');
    expect(await conflictKeys(a)).toEqual([`notes|${b.id}|${a.id}`]);
    expect(await conflictKeys(b)).toEqual(await conflictKeys(a));
  });

  it('editing what the old identity wrote shows no false conflict on partners', async () => {
    const [a, b] = await shared();
    await restore(a);
    team.advance();
    await team.write(a, 'Bewerkt', (w) => w.patch('companies', 'c1', { name: 'Bakkerij Jansen & Zn' }));
    await team.settle();
    expect((await row(b, 'companies', 'c1'))?.name).toBe('Bakkerij Jansen & Zn');
    expect(await conflictKeys(b)).toEqual([]);
    expect(await conflictKeys(a)).toEqual([]);
    expect(await sharedState(a, { rivals: false })).toEqual(await sharedState(b, { rivals: false }));
  });
});

describe('a database rolled back outside the app (same device id)', () => {
  it('continues as a new device: sends and receives again, and gets its own lost writes back', async () => {
    const [a, b] = await shared();
    const snapshot = await team.at(a, () => createBackup(a.db, 'handmatig'));
    team.advance();
    await team.write(a, 'Bewerkt', (w) => w.patch('companies', 'c1', { notes: 'Voor de terugzetting' }));
    await team.sync(a);
    // The profile folder is put back from an old copy: same device id, older outbox.
    await a.db.transaction('rw', a.db.tables, async () => {
      for (const table of a.db.tables) await table.clear();
      for (const [name, rows] of Object.entries(snapshot.tables)) if (rows.length > 0) await a.db.table(name).bulkAdd(rows);
    });
    team.advance();
    await team.write(a, 'Bewerkt', (w) => w.patch('companies', 'c1', { name: 'Na de terugzetting' }));
    const first = await team.sync(a);
    expect(first.problems.map((p) => p.kind)).toContain('identity-renewed');
    a.id = (await a.db.settings.get('deviceId'))!.value as string;
    await team.settle();
    expect((await row(a, 'companies', 'c1'))).toMatchObject({ notes: 'Voor de terugzetting', name: 'Na de terugzetting' });
    expect(await sharedState(a, { rivals: false })).toEqual(await sharedState(b, { rivals: false }));
    expect(await conflictKeys(a)).toEqual([]);
    expect(await conflictKeys(b)).toEqual([]);
  });
});
