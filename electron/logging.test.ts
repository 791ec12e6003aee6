import log from 'electron-log/node';
import fs from 'node:fs/promises';
import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LOG_FILE,
  configureMainLog,
  describeError,
  installMainErrorHandlers,
  logsDirOf,
  scrub,
  type ProcessEvents,
} from './logging';

let base: string;
let userData: string;
const home = '/home/sanne.devries';

beforeAll(async () => {
  base = await fs.mkdtemp(path.join(os.tmpdir(), 'veldwerk-log-'));
  userData = path.join(base, 'Veldwerk');
});
afterAll(() => fs.rm(base, { recursive: true, force: true }));

describe('scrub', () => {
  it('removes people and their work from a log line, and keeps what failed', () => {
    const line = [
      `EACCES: permission denied, open '${home}/Documenten/Bakkerij Jansen.xlsx'`,
      `at readFile (C:\\Users\\SDeVries\\AppData\\Local\\Programs\\Veldwerk\\resources\\app.asar\\dist\\electron\\main.cjs:120:7)`,
      'mail sanne@leerwerkloket.nl of bel 06-12345678 of +31 78 123 4567',
      'GET https://jan:geheim@cloud.example.nl/remote.php/dav?zoek=Jansen failed',
      'Authorization: Basic amFuOmdlaGVpbQ==',
      `${userData}/grants/folders.json`,
    ].join('\n');
    const out = scrub(line, { home, userData });
    for (const personal of [
      'sanne',
      'SDeVries',
      'devries',
      '12345678',
      '123 4567',
      'jan:geheim',
      'zoek=Jansen',
      'amFuOmdlaGVpbQ',
      userData,
    ]) {
      expect(out.toLowerCase()).not.toContain(personal.toLowerCase());
    }
    expect(out).toContain('EACCES: permission denied');
    expect(out).toContain('main.cjs:120:7');
    expect(out).toContain('<gebruikersgegevens>/grants/folders.json');
  });

  it('describes an error by kind, code, message and stack only', () => {
    const error = Object.assign(new Error('kapot'), { code: 'EPERM', company: 'Bakkerij Jansen' });
    const text = describeError(error);
    expect(text).toMatch(/^Error \[EPERM\]: kapot\n\s+at /);
    expect(text).not.toContain('Bakkerij');
    expect(describeError({ naam: 'Jansen' })).not.toContain('Jansen');
  });
});

describe('the main log file', () => {
  it('lives in <userData>/logs, scrubs every line, and rotates at its size limit keeping three old files', async () => {
    const logger = configureMainLog(log.create({ logId: 'veldwerk-test' }), {
      dir: logsDirOf(userData),
      home,
      userData,
      maxBytes: 2_000,
    });
    logger.error(
      'ipc folder:read',
      new Error(`ENOENT: no such file '${home}/Gedeeld/Bakkerij.json'`),
    );
    const file = path.join(userData, 'logs', LOG_FILE);
    const first = await fs.readFile(file, 'utf8');
    expect(first).toContain('[error]');
    expect(first).toContain('ENOENT: no such file');
    expect(first).not.toContain('sanne');

    for (let i = 0; i < 200; i++) logger.warn(`regel ${i} ${'x'.repeat(100)}`);
    const files = (await fs.readdir(path.dirname(file))).sort();
    expect(files).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.log']);
    for (const name of files)
      expect((await fs.stat(path.join(path.dirname(file), name))).size).toBeLessThan(2_000 + 500);
    expect(await fs.readFile(file, 'utf8')).toContain('regel 199');
  });

  it('records unhandled rejections and uncaught exceptions of the main process', async () => {
    const dir = path.join(base, 'errors');
    const logger = configureMainLog(log.create({ logId: 'veldwerk-test-errors' }), { dir, home });
    const proc = new EventEmitter();
    installMainErrorHandlers(proc as unknown as ProcessEvents, logger);
    proc.emit(
      'unhandledRejection',
      new TypeError(`Cannot read properties of undefined (reading 'path') in ${home}/x`),
    );
    proc.emit('uncaughtException', new RangeError('Invalid array length'));
    const text = await fs.readFile(path.join(dir, LOG_FILE), 'utf8');
    expect(text).toMatch(/unhandled rejection TypeError: Cannot read properties of undefined/);
    expect(text).toMatch(/uncaught exception RangeError: Invalid array length/);
    expect(text).not.toContain('sanne');
  });
});
