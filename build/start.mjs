// `npm start`: the desktop app when the Electron runtime is present (or can be fetched once),
// otherwise browser mode on http://127.0.0.1:5178. Decisions live in startPlan.mjs.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isVeldwerkServer, startStaticServer, DEFAULT_PORT } from './serve.mjs';
import {
  browserModeMessage,
  decideMode,
  downloadEnv,
  downloadRecentlyFailed,
  electronArgs,
  electronCandidates,
  isOutdated,
  openCommand,
  portBusyPlan,
} from './startPlan.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runtimeDir = path.join(projectRoot, '.electron-runtime');
const failedMarker = path.join(runtimeDir, 'download-failed.json');
const DOWNLOAD_TIMEOUT_MS = 60_000;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit', shell: process.platform === 'win32', ...options });
    let timer;
    if (options.timeoutMs) timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs);
    child.on('error', () => resolve(1));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code ?? 1);
    });
  });
}

function findElectron() {
  const candidates = electronCandidates({
    projectRoot,
    platform: process.platform,
    readPathTxt: () => {
      try {
        return readFileSync(path.join(projectRoot, 'node_modules', 'electron', 'path.txt'), 'utf8');
      } catch {
        return null;
      }
    },
  });
  return candidates.find((file) => existsSync(file)) ?? null;
}

async function newestMtime(dirs) {
  let newest = 0;
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && !/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, (await stat(full)).mtimeMs);
    }
  };
  for (const dir of dirs) await walk(path.join(projectRoot, dir));
  return Math.max(newest, (await stat(path.join(projectRoot, 'package.json'))).mtimeMs);
}

async function mtimesOf(files) {
  return Promise.all(files.map((f) => stat(path.join(projectRoot, f)).then((s) => s.mtimeMs, () => null)));
}

async function ensureBuilt(kind) {
  const outputs = kind === 'all' ? ['dist/renderer/index.html', 'dist/electron/main.cjs', 'dist/electron/preload.cjs'] : ['dist/renderer/index.html'];
  const sources = kind === 'all' ? ['renderer', 'shared', 'electron'] : ['renderer', 'shared'];
  if (!isOutdated(await mtimesOf(outputs), await newestMtime(sources))) return;
  console.log(kind === 'all' ? 'Veldwerk wordt gebouwd… / Building Veldwerk…' : 'De browserversie wordt gebouwd… / Building the web app…');
  const code = await run(npm, ['run', kind === 'all' ? 'build' : 'build:renderer']);
  if (code === 0) return;
  // A half-edited source tree should not lock the user out of a version that worked.
  if ((await mtimesOf(outputs)).every((m) => m !== null)) {
    console.warn('Bouwen is mislukt; Veldwerk start met de vorige build. / The build failed; starting the previous build.');
    return;
  }
  console.error('Bouwen is mislukt; zie de meldingen hierboven. / The build failed; see above.');
  process.exit(code);
}

async function tryDownloadOnce() {
  const installer = path.join(projectRoot, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return false;
  console.log('De Electron-runtime wordt eenmalig gedownload… / Fetching the Electron runtime once…');
  const code = await run(process.execPath, [installer], { env: downloadEnv(process.env), timeoutMs: DOWNLOAD_TIMEOUT_MS, stdio: 'ignore' });
  if (code === 0 && findElectron()) return true;
  await mkdir(runtimeDir, { recursive: true });
  await writeFile(failedMarker, JSON.stringify({ failedAtMs: Date.now() }));
  return false;
}

async function startElectron(binary) {
  await ensureBuilt('all');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const code = await run(binary, electronArgs({ projectRoot, isRoot }), { shell: false });
  process.exit(code);
}

function openInBrowser(url) {
  const open = openCommand(process.platform, url, process.env);
  if (!open) return;
  try {
    const child = spawn(open.command, open.args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined); // no browser opener installed: the URL is printed
    child.unref();
  } catch {
    // Same: opening is a convenience.
  }
}

async function startBrowser(reason) {
  await ensureBuilt('renderer');
  let server;
  try {
    server = await startStaticServer({ root: path.join(projectRoot, 'dist', 'renderer'), port: DEFAULT_PORT, host: '127.0.0.1' });
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    const url = `http://127.0.0.1:${DEFAULT_PORT}/`;
    const plan = portBusyPlan({ port: DEFAULT_PORT, url, isVeldwerk: await isVeldwerkServer(url) });
    if (plan.action === 'open-existing') {
      console.log(plan.message);
      openInBrowser(url);
      process.exit(0);
    }
    console.error(plan.message);
    process.exit(1);
  }
  console.log(browserModeMessage(reason, server.url));
  openInBrowser(server.url);
  const stop = () => server.close().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main() {
  const failedAtMs = await readFile(failedMarker, 'utf8').then((t) => JSON.parse(t).failedAtMs, () => null);
  const decision = decideMode({
    env: process.env,
    electronBinary: findElectron(),
    downloadRecentlyFailed: downloadRecentlyFailed(failedAtMs, Date.now()),
  });
  if (decision.mode === 'electron') return startElectron(decision.binary);
  if (decision.mode === 'browser') return startBrowser(decision.reason);
  if (await tryDownloadOnce()) return startElectron(findElectron());
  return startBrowser('missing');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
