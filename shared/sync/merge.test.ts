import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSeen } from './causal';
import { formatHlc } from './hlc';
import { applyBatchesInMemory, conflictsOfRow, planApply, rowKey, rowKeysOf, type MemoryReplica } from './merge';
import type { ChangeBatch, JsonValue } from './types';

const hlc = (millis: number, deviceId: string, counter = 0) => formatHlc({ millis, counter, deviceId });
let nextId = 0;
const batch = (deviceId: string, seq: number, at: number, changes: ChangeBatch['changes']): ChangeBatch => ({
  id: `b${nextId++}`,
  deviceId,
  seq,
  hlc: hlc(at, deviceId),
  label: 'test',
  changes,
});
const edit = (rowId: string, fields: Record<string, JsonValue>) => ({ table: 'companies', rowId, fields });
const replica = (batches: ChangeBatch[]) => applyBatchesInMemory(batches);
const row = (r: MemoryReplica, id: string) => r.rows.get(rowKey('companies', id));

describe('planApply', () => {
  it('keeps the newest value per field, whatever the order', () => {
    const a = batch('A', 1, 1000, [edit('c1', { naam: 'Bakkerij Jansen', gemeente: 'Dordrecht' })]);
    const b = batch('B', 1, 2000, [edit('c1', { naam: 'Bakkerij Jansen B.V.' })]);
    for (const order of [[a, b], [b, a]]) {
      expect(row(replica(order), 'c1')).toMatchObject({ naam: 'Bakkerij Jansen B.V.', gemeente: 'Dordrecht' });
    }
  });

  it('is idempotent: a replayed batch changes nothing', () => {
    const a = batch('A', 1, 1000, [edit('c1', { naam: 'X' })]);
    const once = replica([a]);
    const current = new Map(rowKeysOf(a).map((k) => [k, once.rows.get(k)]));
    const plan = planApply(a, current);
    expect(plan.writes).toEqual([]);
    expect(plan.skipped).toBe(1);
  });

  it('records a conflict when a value from another device loses', () => {
    const a = batch('A', 1, 1000, [edit('c1', { status: 'benaderd' })]);
    const b = batch('B', 1, 2000, [edit('c1', { status: 'gesprek gepland' })]);
    const r = replica([b, a]);
    const conflicts = [...r.conflicts.values()];
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      table: 'companies',
      rowId: 'c1',
      field: 'status',
      winner: { value: 'gesprek gepland', deviceId: 'B' },
      loser: { value: 'benaderd', deviceId: 'A' },
    });
  });

  it('does not call an own older value a conflict', () => {
    const r = replica([batch('A', 2, 2000, [edit('c1', { status: 'b' })]), batch('A', 1, 1000, [edit('c1', { status: 'a' })])]);
    expect(r.conflicts.size).toBe(0);
  });

  it('lets a delete win over older edits and does not resurrect on a later edit', () => {
    const created = batch('A', 1, 1000, [edit('c1', { naam: 'X' })]);
    const deleted = batch('A', 2, 3000, [edit('c1', { _deleted: true })]);
    const olderEdit = batch('B', 1, 2000, [edit('c1', { naam: 'Y' })]);
    const laterEdit = batch('B', 2, 4000, [edit('c1', { plaats: 'Zwijndrecht' })]);
    const r = replica([created, laterEdit, deleted, olderEdit]);
    expect(row(r, 'c1')?._deleted).toBe(true);
    // The edit made without knowing about the delete is shown to the user.
    expect([...r.conflicts.values()].some((c) => c.kind === 'edit-on-deleted' && c.field === 'plaats')).toBe(true);
    const restored = replica([created, deleted, laterEdit, batch('B', 3, 5000, [edit('c1', { _deleted: false })])]);
    expect(row(restored, 'c1')?._deleted).toBe(false);
  });

  it('never stores an incoming private row', () => {
    const plan = planApply(batch('A', 1, 1, [{ table: 'contactLogs', rowId: 'l1', fields: { visibility: 'prive' } }]), new Map());
    expect(plan.writes).toEqual([]);
    expect(plan.ignored[0]?.reason).toBe('private');
  });

  it('treats the insert default clock as covering only fields the row has', () => {
    const local = { id: 'c1', _clock: { '': hlc(2000, 'A') }, naam: 'X' };
    const plan = planApply(batch('B', 1, 1000, [edit('c1', { sector: 'bouw', naam: 'Y' })]), new Map([[rowKey('companies', 'c1'), local]]));
    expect(plan.writes[0]?.row).toMatchObject({ naam: 'X', sector: 'bouw' });
  });
});

// --- property-based convergence -------------------------------------------------------------

const DEVICES = ['A', 'B', 'C', 'D'];
const ROWS = ['r1', 'r2', 'r3'];
const FIELDS = ['naam', 'status', 'notitie'];

type Op = { device: number; row: number; kind: 'edit' | 'delete' | 'restore'; field: number; value: number; at: number };
const opArb = fc.record({
  device: fc.nat(3),
  row: fc.nat(ROWS.length - 1),
  kind: fc.constantFrom('edit', 'edit', 'edit', 'delete', 'restore'),
  field: fc.nat(FIELDS.length - 1),
  value: fc.nat(2),
  at: fc.integer({ min: 1, max: 40 }),
}) satisfies fc.Arbitrary<Op>;

/** Each device's batches, with a per-device monotonic clock (as an HLC guarantees). */
function toBatches(ops: Op[], devices: number): ChangeBatch[] {
  const seq = new Map<string, number>();
  const last = new Map<string, number>();
  return ops.map((op) => {
    const d = DEVICES[op.device % devices]!;
    const s = (seq.get(d) ?? 0) + 1;
    seq.set(d, s);
    const at = Math.max(op.at * 1000, (last.get(d) ?? 0) + 1);
    last.set(d, at);
    const fields: Record<string, JsonValue> =
      op.kind === 'delete' ? { _deleted: true } : op.kind === 'restore' ? { _deleted: false, naam: `n${op.value}` } : { [FIELDS[op.field]!]: `v${op.value}` };
    return batch(d, s, at, [{ table: 'companies', rowId: ROWS[op.row]!, fields }]);
  });
}

const stripDetectedAt = (r: MemoryReplica) =>
  [...r.conflicts.values()].map(({ detectedAt: _d, ...c }) => c).sort((a, b) => a.id.localeCompare(b.id));

const scenario = fc
  .record({ devices: fc.integer({ min: 2, max: 4 }), ops: fc.array(opArb, { minLength: 1, maxLength: 30 }) })
  .chain(({ devices, ops }) => {
    const batches = toBatches(ops, devices);
    // A delivery: a shuffled list of indices with duplicates, delivered in "segments".
    const delivery = fc
      .array(fc.nat(batches.length - 1), { maxLength: batches.length })
      .chain((dups) => fc.shuffledSubarray([...batches.keys(), ...dups], { minLength: batches.length + dups.length }));
    return fc.record({ batches: fc.constant(batches), deliveries: fc.array(delivery, { minLength: 2, maxLength: 4 }) });
  });

describe('convergence (property)', () => {
  it('every delivery order gives the same rows and the same conflicts', () => {
    fc.assert(
      fc.property(scenario, ({ batches, deliveries }) => {
        const replicas = deliveries.map((order) => replica(order.map((i) => batches[i]!)));
        const reference = replica(batches);
        for (const r of replicas) {
          expect(Object.fromEntries(r.rows)).toEqual(Object.fromEntries(reference.rows));
          expect(stripDetectedAt(r)).toEqual(stripDetectedAt(reference));
          // The incrementally reported conflicts equal those derived from the final rows.
          const derived = [...r.rows.values()].flatMap((row) => conflictsOfRow('companies', row, 0));
          expect(derived.map((c) => c.id).sort()).toEqual(stripDetectedAt(r).map((c) => c.id));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every losing differing value of another device as a conflict', () => {
    fc.assert(
      fc.property(scenario, ({ batches }) => {
        const r = replica([...batches].reverse());
        for (const [key, row] of r.rows) {
          for (const field of FIELDS) {
            const winner = row._clock[field];
            if (!winner) continue;
            const winnerDevice = winner.split('-').slice(2).join('-');
            // The newest write of each other device to this field.
            const newest = new Map<string, { hlc: string; value: JsonValue }>();
            for (const b of batches) {
              const change = b.changes.find((c) => rowKey(c.table, c.rowId) === key && field in c.fields);
              if (!change || b.deviceId === winnerDevice) continue;
              const prev = newest.get(b.deviceId);
              if (!prev || b.hlc > prev.hlc) newest.set(b.deviceId, { hlc: b.hlc, value: change.fields[field]! });
            }
            for (const [device, write] of newest) {
              if (write.value === row[field]) continue;
              const found = [...r.conflicts.values()].some((c) => c.field === field && c.loser.deviceId === device && c.loser.hlc === write.hlc);
              expect(found, `${key} ${field} ${device}`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

// --- causality: devices that sync before they edit ---------------------------------------------

type CausalOp =
  | { kind: 'pull'; device: number; from: number }
  | { kind: 'write'; device: number; row: number; change: 'edit' | 'delete' | 'restore'; field: number; value: number; at: number };
const causalOpArb: fc.Arbitrary<CausalOp> = fc.oneof(
  fc.record({ kind: fc.constant('pull' as const), device: fc.nat(3), from: fc.nat(3) }),
  fc.record({
    kind: fc.constant('write' as const),
    device: fc.nat(3),
    row: fc.nat(1),
    change: fc.constantFrom('edit' as const, 'edit' as const, 'edit' as const, 'delete' as const, 'restore' as const),
    field: fc.nat(FIELDS.length - 1),
    value: fc.nat(2),
    at: fc.integer({ min: 1, max: 40 }),
  }),
);

type CausalBatch = ChangeBatch & { past: Set<string> };

/**
 * Simulate devices that write and now and then apply everything another device wrote so far.
 * Each batch gets the stamp the app gives it (transitive `seen`, HLC past everything applied)
 * and, independently, its true causal past as a set of batch ids, for the oracle.
 */
function simulate(ops: CausalOp[], devices: number): CausalBatch[] {
  const names = DEVICES.slice(0, devices);
  const state = new Map(names.map((d) => [d, { seen: {} as Record<string, number>, past: new Set<string>(), millis: 0, own: [] as CausalBatch[] }]));
  const all: CausalBatch[] = [];
  for (const op of ops) {
    const d = names[op.device % devices]!;
    const me = state.get(d)!;
    if (op.kind === 'pull') {
      const from = names[op.from % devices]!;
      if (from === d) continue;
      for (const b of state.get(from)!.own) {
        mergeSeen(me.seen, d, b);
        me.past.add(b.id);
        for (const id of b.past) me.past.add(id);
        me.millis = Math.max(me.millis, Number(b.hlc.slice(0, 15)));
      }
      continue;
    }
    me.millis = Math.max(op.at * 1000, me.millis + 1);
    const fields: Record<string, JsonValue> =
      op.change === 'delete' ? { _deleted: true } : op.change === 'restore' ? { _deleted: false, naam: `n${op.value}` } : { [FIELDS[op.field]!]: `v${op.value}` };
    const base = batch(d, me.own.length + 1, me.millis, [{ table: 'companies', rowId: ROWS[op.row]!, fields }]);
    const stamped: CausalBatch = { ...base, ...(Object.keys(me.seen).length > 0 && { seen: { ...me.seen } }), past: new Set(me.past) };
    me.own.push(stamped);
    me.past.add(stamped.id);
    all.push(stamped);
  }
  return all;
}

const causalScenario = fc
  .record({ devices: fc.integer({ min: 2, max: 4 }), ops: fc.array(causalOpArb, { minLength: 1, maxLength: 40 }) })
  .map(({ devices, ops }) => simulate(ops, devices))
  .filter((batches) => batches.length > 0)
  .chain((batches) =>
    fc.record({
      batches: fc.constant(batches),
      deliveries: fc.array(fc.shuffledSubarray([...batches.keys()], { minLength: batches.length }), { minLength: 1, maxLength: 3 }),
    }),
  );

const plain = ({ past: _p, ...b }: CausalBatch): ChangeBatch => b;

describe('causality (property)', () => {
  it('converges for every delivery order when some edits follow others', () => {
    fc.assert(
      fc.property(causalScenario, ({ batches, deliveries }) => {
        const reference = replica(batches.map(plain));
        for (const order of deliveries) {
          const r = replica(order.map((i) => plain(batches[i]!)));
          expect(Object.fromEntries(r.rows)).toEqual(Object.fromEntries(reference.rows));
          expect(stripDetectedAt(r)).toEqual(stripDetectedAt(reference));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports a loser exactly when the winner had not seen it', () => {
    fc.assert(
      fc.property(causalScenario, ({ batches }) => {
        const byHlc = new Map(batches.map((b) => [b.hlc, b]));
        const r = replica([...batches].reverse().map(plain));
        const conflicts = [...r.conflicts.values()];
        // (b) Nothing the winner's writer had in front of it is called a conflict.
        for (const c of conflicts) {
          const winner = byHlc.get(c.kind === 'value' ? c.winner.hlc : c.loser.hlc)!;
          const loser = byHlc.get(c.kind === 'value' ? c.loser.hlc : c.winner.hlc)!;
          expect(winner.past.has(loser.id), c.id).toBe(false);
        }
        // (c) Every other device's newest differing write the winner had not seen is reported.
        for (const [key, row] of r.rows) {
          for (const field of FIELDS) {
            const winnerHlc = row._clock[field];
            if (!winnerHlc) continue;
            const winner = byHlc.get(winnerHlc)!;
            const newest = new Map<string, CausalBatch>();
            for (const b of batches) {
              const change = b.changes.find((c) => rowKey(c.table, c.rowId) === key && field in c.fields);
              if (!change || b.deviceId === winner.deviceId) continue;
              const prev = newest.get(b.deviceId);
              if (!prev || b.hlc > prev.hlc) newest.set(b.deviceId, b);
            }
            for (const [device, loser] of newest) {
              const value = loser.changes.find((c) => rowKey(c.table, c.rowId) === key)!.fields[field];
              const reported = conflicts.some((c) => c.kind === 'value' && c.field === field && c.loser.deviceId === device && c.loser.hlc === loser.hlc);
              const expected = value !== row[field] && !winner.past.has(loser.id);
              expect(reported, `${key} ${field} ${device}`).toBe(expected);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
