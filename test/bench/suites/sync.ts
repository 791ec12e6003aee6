import { formatHlc } from '../../../shared/sync/hlc';
import type { SyncTransport } from '../../../shared/sync/transport';
import type { ChangeBatch, JsonValue } from '../../../shared/sync/types';
import { VeldwerkDb } from '../../../renderer/db/database';
import { dexieStore } from '../../../renderer/syncAdapter/dexieStore';
import { timeIt, type Benchmark } from '../types';

const DEVICES = 10;
const BATCHES_PER_DEVICE = 1_000;
const CHANGES_PER_BATCH = 10;
const SEGMENT = 500;
const T0 = 1_700_000_000_000;
const PLACES = [
  'dordrecht',
  'zwijndrecht',
  'papendrecht',
  'sliedrecht',
  'alblasserdam',
  'hendrik-ido-ambacht',
];

/**
 * What 10 partner devices would publish: each creates 8,000 companies (batches of 10, as an
 * import or a busy week would) and then edits 2,000 of its own — 100,000 row changes in all.
 */
function deviceBatches(d: number): ChangeBatch[] {
  const deviceId = `bench${d}`;
  const out: ChangeBatch[] = [];
  const creates = BATCHES_PER_DEVICE * 0.8;
  for (let s = 0; s < BATCHES_PER_DEVICE; s++) {
    const changes = Array.from({ length: CHANGES_PER_BATCH }, (_, k) => {
      const i = s < creates ? s * CHANGES_PER_BATCH + k : (s - creates) * CHANGES_PER_BATCH + k;
      const fields: Record<string, JsonValue> =
        s < creates
          ? {
              name: `Bedrijf ${d}-${i}`,
              kvk: String(10_000_000 + d * 100_000 + i),
              gemeente: PLACES[i % PLACES.length]!,
              status: 'nog-niet-benaderd',
              sizeClass: '1-4',
              kind: 'mkb',
              networkIds: [],
              notes: '',
            }
          : { status: 'benaderd', notes: `Gebeld door adviseur ${d} over een BBL-plek.` };
      return { table: 'companies', rowId: `c${d}-${i}`, fields };
    });
    out.push({
      id: `${deviceId}-${s + 1}`,
      deviceId,
      seq: s + 1,
      hlc: formatHlc({ millis: T0 + s * 1000 + d, counter: 0, deviceId }),
      label: s < creates ? 'Bedrijven toegevoegd' : 'Bedrijven bewerkt',
      changes,
    });
  }
  return out;
}

/**
 * Applying peers' changes through `dexieStore.applySegment` (merge planning, rows, inbox,
 * conflicts, peer progress and clock in one transaction per segment) against a raw bulkPut of
 * the rows it produced, in the same run.
 */
export const syncBench: Benchmark = {
  id: 'sync',
  async run() {
    const devices = Array.from({ length: DEVICES }, (_, d) => deviceBatches(d));
    const db = new VeldwerkDb(`bench-sync-${Date.now()}`);
    await db.open();
    const store = dexieStore(db, { now: () => T0 + 3_600_000 });
    const apply = await timeIt(async () => {
      for (const batches of devices) {
        for (let i = 0; i < batches.length; i += SEGMENT) {
          await store.applySegment(batches[0]!.deviceId, batches.slice(i, i + SEGMENT));
        }
      }
    });
    const rows = await db.companies.toArray();
    await db.delete();

    const raw = new VeldwerkDb(`bench-sync-raw-${Date.now()}`);
    await raw.open();
    const rawMs = await timeIt(() =>
      raw.transaction('rw', raw.companies, () => raw.companies.bulkPut(rows)),
    );
    await raw.delete();
    return [
      { name: 'sync-apply-100k-ratio', value: apply / rawMs, unit: 'ratio', goal: '<= 2.0' },
      { name: 'sync-apply-100k-ms', value: apply, unit: 'ms', goal: 'info' },
      { name: 'sync-apply-rows', value: rows.length, unit: 'rows', goal: 'info' },
      { name: 'raw-bulkput-sync-rows-ms', value: rawMs, unit: 'ms', goal: 'baseline' },
    ];
  },
};

/**
 * Node side of `webdav-10k-s` (run by test/bench/ui/webdav.mjs against rclone on loopback):
 * device A publishes 10,000 changes, encrypted, and device B pulls and applies them. Uses
 * the in-memory store so the number is the transport's, not IndexedDB's.
 */
export async function webdavRoundTrip(options: {
  transport: SyncTransport;
  changes: number;
}): Promise<{ seconds: number; applied: number; ok: boolean; problems: string[] }> {
  const { memoryDevice } = await import('../../../shared/sync/memoryLocalStore');
  const { syncOnce } = await import('../../../shared/sync/engine');
  const now = () => Date.now();
  const a = memoryDevice('benchdava', now);
  const b = memoryDevice('benchdavb', now);
  for (let i = 0; i < options.changes; i++) {
    a.write('Contactmoment vastgelegd', [
      {
        table: 'contactLogs',
        rowId: `l${i}`,
        fields: {
          companyId: `c${i % 500}`,
          summary: `Gesprek ${i} over een BBL-plek en de erkenning als leerbedrijf.`,
          visibility: 'gedeeld',
        },
      },
    ]);
  }
  const common = {
    transport: options.transport,
    now,
    appVersion: '0.1.0',
    schemaVersion: 2,
    crypto: { passphrase: 'bench team wachtwoord' },
    // The transport of segments is measured here: no snapshot for B to join from.
    limits: { snapshotEveryBatches: Number.MAX_SAFE_INTEGER },
  };
  const start = performance.now();
  const pushed = await syncOnce({ ...common, local: a, deviceId: a.deviceId });
  const pulled = await syncOnce({ ...common, local: b, deviceId: b.deviceId });
  return {
    seconds: (performance.now() - start) / 1000,
    applied: pulled.appliedBatches,
    ok: pushed.ok && pulled.ok,
    problems: [...pushed.problems, ...pulled.problems].map((p) => p.message),
  };
}
