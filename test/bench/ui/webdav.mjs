// webdav-10k-s: sync 10,000 changes over WebDAV on loopback (rclone serve webdav), push by one
// device and pull by another, encrypted. Runs in Node, not in the bench page: rclone 1.60
// cannot send CORS headers, and the engine is transport-agnostic, so Node's fetch measures the
// same code path. The TypeScript is loaded through Vite's SSR loader (a .mjs cannot import .ts).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as netServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function freePort() {
  return new Promise((done) => {
    const s = netServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
}

export async function run() {
  if (spawnSync('rclone', ['version']).status !== 0) {
    console.warn('rclone ontbreekt: webdav-10k-s overgeslagen');
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'veldwerk-bench-dav-'));
  const port = await freePort();
  const rclone = spawn('rclone', ['serve', 'webdav', dir, '--addr', `127.0.0.1:${port}`, '--user', 'bench', '--pass', 'bench'], {
    stdio: 'ignore',
    env: { ...process.env, RCLONE_CONFIG: join(dir, 'none.conf') },
  });
  const vite = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
  try {
    for (let i = 0; i < 100; i++) {
      const up = await fetch(`http://127.0.0.1:${port}/`, { method: 'OPTIONS' }).then(() => true, () => false);
      if (up) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const { webdavTransport } = await vite.ssrLoadModule('/shared/sync/webdavTransport.ts');
    const { webdavRoundTrip } = await vite.ssrLoadModule('/test/bench/suites/sync.ts');
    const transport = webdavTransport({ url: `http://127.0.0.1:${port}/veldwerk/`, username: 'bench', password: 'bench', fetch: (u, init) => fetch(u, init) });
    const result = await webdavRoundTrip({ transport, changes: 10_000 });
    if (!result.ok || result.applied !== 10_000) throw new Error(`WebDAV-benchmark mislukt: ${JSON.stringify(result)}`);
    return [{ name: 'webdav-10k-s', value: result.seconds, unit: 's', goal: '<= 10' }];
  } finally {
    await vite.close();
    rclone.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
