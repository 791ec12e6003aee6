import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { syncOnce } from '../../shared/sync/engine';
import { dexieStore } from '../../renderer/syncAdapter/dexieStore';
import {
  MINUTE,
  createTeam,
  openConflicts,
  row,
  sharedState,
  type Device,
  type Team,
} from '../setup/syncModel';

let team: Team;
afterEach(async () => {
  await team?.close();
});

async function expectConverged(devices: Device[] = team.devices) {
  const [first, ...rest] = await Promise.all(devices.map((d) => sharedState(d)));
  for (const other of rest) expect(other).toEqual(first);
}

const conflictKeys = async (d: Device) =>
  (await openConflicts(d)).map((c) => `${c.kind}|${c.field}|${c.winner.deviceId}|${c.loser.deviceId}`).sort();

/** A and B (and C) share company c1 and contact log l1. */
async function shared(names = ['A', 'B'], skews: number[] = []) {
  team = await createTeam(names, skews);
  const [a] = team.devices;
  await team.write(a!, 'Bedrijf toegevoegd', (w) =>
    w.insert('companies', [{ id: 'c1', name: 'Bakkerij Jansen', gemeente: 'dordrecht', notes: '' }]),
  );
  await team.write(a!, 'Contactmoment vastgelegd', (w) =>
    w.insert('contactLogs', [{ id: 'l1', companyId: 'c1', summary: 'Eerste gesprek', visibility: 'gedeeld' }]),
  );
  await team.settle();
  return team.devices;
}

describe('privé ↔ gedeeld', () => {
  it('a partner deletes while A withdraws and re-shares: every device ends the same, the crossing delete reviewable', async () => {
    const [a, b] = await shared();
    team.advance();
    await team.write(b!, 'Contactmoment verwijderd', (w) => w.remove('contactLogs', 'l1'));
    team.advance();
    await team.write(a!, 'Privé', (w) => w.patch('contactLogs', 'l1', { visibility: 'prive' }));
    team.advance();
    await team.write(a!, 'Gedeeld', (w) => w.patch('contactLogs', 'l1', { visibility: 'gedeeld' }));
    await team.settle();
    await expectConverged();
    // The re-share is a fresh publication: it is newest, so the item lives everywhere…
    expect((await row(a!, 'contactLogs', 'l1'))?._deleted).toBe(false);
    expect((await row(b!, 'contactLogs', 'l1'))?._deleted).toBe(false);
    // …and B's delete, which A had not seen, stays up for review on both.
    expect(await conflictKeys(a!)).toEqual([`value|_deleted|${a!.id}|${b!.id}`]);
    expect(await conflictKeys(b!)).toEqual(await conflictKeys(a!));
  });

  it('a partner edits while A withdraws and re-shares: one summary everywhere, the other kept as conflict', async () => {
    const [a, b] = await shared();
    team.advance();
    await team.write(b!, 'Bewerkt', (w) => w.patch('contactLogs', 'l1', { summary: 'Versie van B' }));
    team.advance();
    await team.write(a!, 'Privé', (w) => w.patch('contactLogs', 'l1', { visibility: 'prive' }));
    team.advance();
    await team.write(a!, 'Bewerkt', (w) => w.patch('contactLogs', 'l1', { summary: 'Versie van A' }));
    team.advance();
    await team.write(a!, 'Gedeeld', (w) => w.patch('contactLogs', 'l1', { visibility: 'gedeeld' }));
    await team.settle();
    await expectConverged();
    expect((await row(a!, 'contactLogs', 'l1'))?.summary).toBe('Versie van A');
    expect((await row(b!, 'contactLogs', 'l1'))?.summary).toBe('Versie van A');
    expect(await conflictKeys(b!)).toContain(`value|summary|${a!.id}|${b!.id}`);
    expect(await conflictKeys(a!)).toEqual(await conflictKeys(b!));
  });

  it('converges when the partner clock runs ahead of the re-share', async () => {
    const [a, b] = await shared(['A', 'B'], [0, 3 * MINUTE]);
    team.advance();
    await team.write(a!, 'Privé', (w) => w.patch('contactLogs', 'l1', { visibility: 'prive' }));
    team.advance();
    await team.write(a!, 'Gedeeld', (w) => w.patch('contactLogs', 'l1', { visibility: 'gedeeld' }));
    team.advance();
    await team.write(b!, 'Bewerkt', (w) => w.patch('contactLogs', 'l1', { summary: 'Versie van B' }));
    await team.settle();
    await expectConverged();
    expect((await row(a!, 'contactLogs', 'l1'))?.summary).toBe('Versie van B');
  });

  it("a partner's re-share never flips A's private item back, and nothing of it leaves A", async () => {
    const [a, b, c] = await shared(['A', 'B', 'C']);
    team.advance();
    await team.write(a!, 'Privé', (w) => w.patch('contactLogs', 'l1', { visibility: 'prive' }));
    await team.write(b!, 'Privé', (w) => w.patch('contactLogs', 'l1', { visibility: 'prive' }));
    team.advance();
    await team.write(b!, 'Gedeeld', (w) => w.patch('contactLogs', 'l1', { visibility: 'gedeeld' }));
    await team.write(a!, 'Bewerkt', (w) => w.patch('contactLogs', 'l1', { summary: 'Alleen voor A' }));
    await team.settle();
    const mine = await row(a!, 'contactLogs', 'l1');
    expect(mine).toMatchObject({ visibility: 'prive', summary: 'Alleen voor A' });
    expect(mine?._deleted).not.toBe(true);
    await expectConverged();
    expect((await row(c!, 'contactLogs', 'l1'))).toMatchObject({ _deleted: false, summary: 'Eerste gesprek' });
    for (const d of [b!, c!]) {
      expect(JSON.stringify(await d.db.inbox.toArray())).not.toContain('Alleen voor A');
    }
    expect(JSON.stringify([...team.target.files.values()].map((f) => new TextDecoder().decode(f.bytes)))).not.toContain(
      'Alleen voor A',
    );
  });

  it('three devices: a withdraw crossing an edit, then a re-share, converge everywhere', async () => {
    const [a, b, c] = await shared(['A', 'B', 'C']);
    team.advance();
    await team.write(a!, 'Privé', (w) => w.patch('contactLogs', 'l1', { visibility: 'prive' }));
    await team.write(b!, 'Bewerkt', (w) => w.patch('contactLogs', 'l1', { summary: 'Versie van B' }));
    await team.sync(a!);
    await team.sync(b!);
    await team.sync(c!);
    // B edited without knowing A withdrew the item: reviewable on B and C.
    expect(await conflictKeys(c!)).toContain(`edit-on-deleted|summary|${a!.id}|${b!.id}`);
    expect(await conflictKeys(b!)).toEqual(await conflictKeys(c!));
    await team.sync(a!);
    team.advance();
    await team.write(a!, 'Gedeeld', (w) => w.patch('contactLogs', 'l1', { visibility: 'gedeeld' }));
    await team.settle();
    await expectConverged();
    // A had B's edit in front of it when re-sharing: settled, no conflict left anywhere.
    for (const d of team.devices) expect(await conflictKeys(d)).toEqual([]);
  });
});

describe('delete against a concurrent edit', () => {
  it('a delete that had not seen an edit leaves a conflict on every device', async () => {
    const [a, b] = await shared();
    team.advance();
    await team.write(b!, 'Bewerkt', (w) => w.patch('companies', 'c1', { notes: 'Wil een BBL-plek' }));
    team.advance();
    await team.write(a!, 'Verwijderd', (w) => w.remove('companies', 'c1'));
    await team.settle();
    await expectConverged();
    expect((await row(a!, 'companies', 'c1'))?._deleted).toBe(true);
    const expected = [`edit-on-deleted|notes|${a!.id}|${b!.id}`];
    expect(await conflictKeys(a!)).toEqual(expected);
    expect(await conflictKeys(b!)).toEqual(expected);
  });

  it('also when the editor clock is 30 minutes slow and the edit comes after the delete', async () => {
    const [a, b] = await shared();
    b!.skewMs = -30 * MINUTE;
    team.advance();
    await team.write(a!, 'Verwijderd', (w) => w.remove('companies', 'c1'));
    team.advance();
    await team.write(b!, 'Bewerkt', (w) => w.patch('companies', 'c1', { notes: 'Wil een BBL-plek' }));
    await team.settle();
    const expected = [`edit-on-deleted|notes|${a!.id}|${b!.id}`];
    expect(await conflictKeys(a!)).toEqual(expected);
    // B sets A's batches aside until its clock is right; then it shows the same conflict.
    b!.skewMs = 0;
    await team.settle();
    await expectConverged();
    expect(await conflictKeys(b!)).toEqual(expected);
  });

  it('a delete after receiving the edit is no conflict', async () => {
    const [a, b] = await shared();
    team.advance();
    await team.write(b!, 'Bewerkt', (w) => w.patch('companies', 'c1', { notes: 'Wil een BBL-plek' }));
    await team.settle();
    team.advance();
    await team.write(a!, 'Verwijderd', (w) => w.remove('companies', 'c1'));
    await team.settle();
    await expectConverged();
    expect(await conflictKeys(a!)).toEqual([]);
    expect(await conflictKeys(b!)).toEqual([]);
  });
});

describe('nothing about a private item leaves the laptop', () => {
  it('a private contact log that changes the company status sends only a neutral label with the status', async () => {
    const [a, b] = await shared();
    team.advance();
    // As saveContactLog does it: the log and the company's new status in one action.
    await team.write(a!, 'Contactmoment vastgelegd', async (w) => {
      await w.insert('contactLogs', [{ id: 'l2', companyId: 'c1', summary: 'Gesprek over ontslag', visibility: 'prive' }]);
      await w.patch('companies', 'c1', { status: 'in-gesprek' });
    });
    await team.settle();
    expect((await row(b!, 'companies', 'c1'))?.status).toBe('in-gesprek');
    const received = await b!.db.inbox.toArray();
    const last = received.sort((x, y) => x.seq - y.seq).at(-1)!;
    expect(last.label).toBe('Bedrijf bijgewerkt');
    expect(JSON.stringify(last)).not.toMatch(/Contactmoment|Gesprek over ontslag|"l2"/);
    const onTarget = [...team.target.files.values()].map((f) => new TextDecoder().decode(f.bytes)).join('\n');
    expect(onTarget).not.toMatch(/Gesprek over ontslag|"l2"/);
    expect(onTarget.match(/Contactmoment vastgelegd/g)).toHaveLength(1);
    // This laptop's own history keeps what the advisor did.
    expect((await a!.db.outbox.toArray()).at(-1)?.label).toBe('Contactmoment vastgelegd');
  });
});

describe('mass deletion', () => {
  it('shows what will disappear, by name', async () => {
    team = await createTeam(['A', 'B']);
    const [a, b] = team.devices as [Device, Device];
    await team.write(a, 'Start', (w) =>
      w.insert('companies', Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, name: `Bedrijf ${i}` }))),
    );
    await team.settle();
    team.advance();
    await team.write(b, 'Opruimen', async (w) => {
      for (let i = 0; i < 6; i++) await w.remove('companies', `c${i}`);
    });
    await team.sync(b);
    let examples: string[] = [];
    const report = await team.at(a, () =>
      syncOnce({
        transport: team.target,
        local: dexieStore(a.db),
        deviceId: a.id,
        now: () => Date.now(),
        appVersion: '0.1.0',
        schemaVersion: 2,
        confirmMassDeletion: async (s) => ((examples = s.examples), false),
      }),
    );
    expect(report.stoppedBy).toBe('mass-deletion');
    expect(examples.sort()).toEqual(['Bedrijf 0', 'Bedrijf 1', 'Bedrijf 2', 'Bedrijf 3', 'Bedrijf 4', 'Bedrijf 5']);
    expect(await a.db.companies.filter((c) => c._deleted === true).count()).toBe(0);
  });
});
