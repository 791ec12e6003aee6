// `npm run bench`: builds the bench page, runs every benchmark in Debian's Chromium and prints
// ratios against baselines measured in the same run. Writes test-output/bench.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../build/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const args = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

execFileSync('npx', ['vite', 'build', '--config', 'test/bench/vite.config.ts', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});

const only = process.argv.slice(2);
const benchServer = await startStaticServer({ root: join(root, 'dist/bench'), port: 0, host: '127.0.0.1' });
const appServer = await startStaticServer({ root: join(root, 'dist/renderer'), port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args });
const results = [];
try {
  const page = await browser.newPage();
  await page.goto(new URL('index.html', benchServer.url).href);
  await page.waitForFunction(() => 'veldwerkBench' in window);
  const ids = await page.evaluate(() => window.veldwerkBench.ids());
  for (const id of ids) {
    if (only.length && !only.includes(id)) continue;
    console.log(`… ${id}`);
    // BENCH_* knobs reach the in-page suites; BENCH_PROFILE=1 writes test-output/profile-<id>.cpuprofile.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('BENCH_')));
    const cdp = env.BENCH_PROFILE === '1' ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
      await cdp.send('Profiler.start');
    }
    results.push(...(await page.evaluate(([b, e]) => window.veldwerkBench.run(b, e), [id, env])));
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      mkdirSync(join(root, 'test-output'), { recursive: true });
      writeFileSync(join(root, 'test-output', `profile-${id}.cpuprofile`), JSON.stringify(profile));
    }
  }
  // UI benchmarks drive the real app (dist/renderer) through the browser.
  const uiDir = join(here, 'ui');
  for (const file of readdirSync(uiDir).filter((f) => f.endsWith('.mjs')).sort()) {
    const id = file.replace(/\.mjs$/, '');
    if (only.length && !only.includes(id)) continue;
    console.log(`… ${id}`);
    const mod = await import(pathToFileURL(join(uiDir, file)).href);
    results.push(...(await mod.run({ browser, appUrl: appServer.url, args })));
  }
} finally {
  await browser.close();
  await benchServer.close();
  await appServer.close();
}

const out = join(root, 'test-output');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'bench.json'), JSON.stringify(results, null, 2) + '\n');
const width = Math.max(...results.map((r) => r.name.length));
for (const r of results) {
  const value = r.unit === 'ratio' ? r.value.toFixed(2) : r.value.toFixed(1);
  console.log(`${r.name.padEnd(width)}  ${value.padStart(9)} ${r.unit.padEnd(6)} doel ${r.goal}`);
}
console.log(`\n${results.length} metingen → test-output/bench.json`);
