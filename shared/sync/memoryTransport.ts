import { transportError, type SyncTransport, type TargetEntry } from './transport';

/** Ways to make the in-memory target misbehave like a real share. */
export type MemoryFaults = {
  /** The next N writes store only the first half of the bytes (a copy that stopped midway). */
  truncateWrites?: number;
  /** After this many more operations every call fails as unreachable, until cleared. */
  failAfterOps?: number;
  /** Fixed offset added to mtimes, to simulate a target whose clock differs from ours. */
  clockOffsetMs?: number;
};

export type MemoryTransport = SyncTransport & {
  readonly files: Map<string, { bytes: Uint8Array; mtimeMs: number }>;
  faults: MemoryFaults;
  /** Put a cloud-client style copy of an existing file next to it. */
  addConflictCopy(path: string, newName: string): void;
  /** Overwrite stored bytes directly (simulates corruption or a foreign writer). */
  put(path: string, bytes: Uint8Array): void;
  operations: number;
};

export function memoryTransport(options: { now?: () => number; faults?: MemoryFaults } = {}): MemoryTransport {
  const files = new Map<string, { bytes: Uint8Array; mtimeMs: number }>();
  const now = options.now ?? (() => Date.now());
  const where = 'geheugen';
  const self: MemoryTransport = {
    files,
    faults: { ...options.faults },
    operations: 0,
    async list(prefix) {
      step();
      const out: TargetEntry[] = [];
      for (const [path, file] of files) {
        if (path.startsWith(prefix)) out.push({ path, size: file.bytes.length, mtimeMs: file.mtimeMs });
      }
      return out.sort((a, b) => a.path.localeCompare(b.path));
    },
    async read(path) {
      step();
      const file = files.get(path);
      if (!file) throw transportError.notFound(path);
      return file.bytes.slice();
    },
    async writeNew(path, bytes) {
      step();
      if (files.has(path)) throw transportError.exists(path);
      let stored = bytes.slice();
      if ((self.faults.truncateWrites ?? 0) > 0) {
        self.faults.truncateWrites! -= 1;
        stored = stored.slice(0, Math.floor(stored.length / 2));
      }
      files.set(path, { bytes: stored, mtimeMs: now() + (self.faults.clockOffsetMs ?? 0) });
    },
    async remove(path) {
      step();
      files.delete(path);
    },
    describe: () => where,
    addConflictCopy(path, newName) {
      const file = files.get(path);
      if (!file) throw transportError.notFound(path);
      const dir = path.slice(0, path.lastIndexOf('/') + 1);
      files.set(dir + newName, { bytes: file.bytes.slice(), mtimeMs: file.mtimeMs });
    },
    put(path, bytes) {
      files.set(path, { bytes: bytes.slice(), mtimeMs: now() + (self.faults.clockOffsetMs ?? 0) });
    },
  };
  function step(): void {
    self.operations++;
    const left = self.faults.failAfterOps;
    if (left === undefined) return;
    if (left <= 0) throw transportError.unreachable(where, 'gesimuleerde storing');
    self.faults.failAfterOps = left - 1;
  }
  return self;
}
