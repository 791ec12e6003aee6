import { buildSnapshotBytes, type SnapshotRequest } from './snapshotBuild';

/**
 * The daily snapshot off the main thread: reading every row, JSON and gzip of a 100k-company
 * database take seconds, which on the page would freeze the app. The calls used here have the
 * same shape on a window and in a dedicated worker, so the DOM typings describe them.
 */
self.addEventListener('message', (event: MessageEvent<SnapshotRequest>) => {
  buildSnapshotBytes(event.data).then(
    (bytes) => self.postMessage({ ok: true, bytes }, { transfer: [bytes.buffer] }),
    (error: unknown) => self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
