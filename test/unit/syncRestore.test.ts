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
