import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { setDb } from '../../renderer/db/database';
import { erasePerson } from '../../renderer/db/repositories/personData';
import { createTeam, openConflicts, sharedState, type Device, type Team } from '../setup/syncModel';

let team: Team;
afterEach(async () => {
  setDb(null);
  await team?.close();
});

const PERSONAL = /Anna|de Wit|06-1111|06-2222|06-3333|anna@|wit@/;

/** Everything the device keeps: rows (with rivals and private shadows), conflicts, history. */
async function everything(d: Device): Promise<string> {
  const parts: unknown[] = [];
  for (const table of ['contactPersons', 'contactLogs', 'interviews', 'followUps', 'companies', 'conflicts', 'inbox', 'outbox']) {
    parts.push(await d.db.table(table).toArray());
  }
  return JSON.stringify(parts);
}

describe('AVG erasure reaches every device', () => {
  it.each([2, 3])('with %i devices: no name, phone or e-mail left in rows, rivals, conflicts, inbox or outbox', async (n) => {
    team = await createTeam(['A', 'B', 'C'].slice(0, n));
    const [a, b] = team.devices as [Device, Device];
    await team.write(a, 'Start', async (w) => {
      await w.insert('companies', [{ id: 'c1', name: 'Bakkerij Test' }]);
      await w.insert('contactPersons', [
        { id: 'p1', companyId: 'c1', name: 'Anna de Wit', phone: '06-1111', email: 'anna@voorbeeld.nl' },
      ]);
      await w.insert('contactLogs', [
        { id: 'l1', companyId: 'c1', contactPersonIds: ['p1'], summary: 'Gesprek met Anna de Wit', visibility: 'gedeeld' },
      ]);
    });
    await team.settle();
    // Crossing edits leave displaced values (rivals) and open conflicts on every device.
    team.advance();
    await team.write(a, 'Bewerkt', (w) => w.patch('contactPersons', 'p1', { phone: '06-2222' }));
    await team.write(b, 'Bewerkt', (w) => w.patch('contactPersons', 'p1', { phone: '06-3333', email: 'wit@voorbeeld.nl' }));
    await team.write(b, 'Bewerkt', (w) => w.patch('contactLogs', 'l1', { summary: 'Anna de Wit belt terug' }));
    await team.write(a, 'Bewerkt', (w) => w.patch('contactLogs', 'l1', { summary: 'Terugbellen naar Anna de Wit' }));
    await team.settle();
    for (const d of team.devices) expect((await openConflicts(d)).length).toBeGreaterThan(0);
    // A private log on C that mentions her: its shared shadow must be scrubbed too.
    team.advance();
    await team.write(a, 'Privé', (w) => w.patch('contactLogs', 'l1', { visibility: 'prive' }));
    await team.sync(a);

    team.advance();
    setDb(a.db);
    await team.at(a, () => erasePerson('p1'));
    await team.settle();
    for (const d of team.devices) {
      expect(await everything(d), d.name).not.toMatch(PERSONAL);
    }
    // Every partner hands the erasure on to its backups once, after the round committed, with
    // the name it knew (the eraser scrubs its own backups in erasePerson).
    expect(a.erasedBySync).toEqual([]);
    for (const d of team.devices.slice(1)) {
      expect(d.erasedBySync.map(([id]) => id), d.name).toEqual(['p1']);
      expect(d.erasedBySync[0]![1], d.name).toContain('Anna de Wit');
    }
    const states = await Promise.all(team.devices.map((d) => sharedState(d)));
    for (const s of states.slice(1)) expect(s).toEqual(states[0]);
  });
});
