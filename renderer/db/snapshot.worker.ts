import { buildSnapshotBytes, type SnapshotRequest } from './snapshotBuild';

/**
 * The daily snapshot off the main thread: reading every row, JSON and gzip of a 100k-company
 * database take seconds, which on the page would freeze the app.
 */
type WorkerScope = {
  onmessage: ((event: MessageEvent<SnapshotRequest>) => void) | null;
  postMessage: (message: unknown, transfer?: Transferable[]) => void;
};
const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  buildSnapshotBytes(event.data).then(
    (bytes) => scope.postMessage({ ok: true, bytes }, [bytes.buffer]),
    (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
