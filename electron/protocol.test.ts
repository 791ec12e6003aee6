import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeTypeOf } from '../shared/security/staticPaths.mjs';
import { createAppProtocolHandler, resolveAppPath } from './protocol';
import { CONTENT_SECURITY_POLICY } from './security';

let base: string;
let root: string;

beforeAll(async () => {
  base = await fs.mkdtemp(path.join(os.tmpdir(), 'veldwerk-protocol-'));
  root = path.join(base, 'renderer');
  await fs.mkdir(path.join(root, 'assets'), { recursive: true });
  await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>Veldwerk</title>');
  await fs.writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await fs.writeFile(path.join(base, 'secret.txt'), 'geheim');
});

afterAll(() => fs.rm(base, { recursive: true, force: true }));

describe('resolveAppPath', () => {
  it('maps app URLs to files under the root', () => {
    expect(resolveAppPath('/r', 'app://veldwerk/')).toBe(path.resolve('/r/index.html'));
    expect(resolveAppPath('/r', 'app://veldwerk/assets/a.js?x=1#y')).toBe(path.resolve('/r/assets/a.js'));
  });

  it.each([
    'app://veldwerk/../secret.txt',
    'app://veldwerk/%2e%2e/secret.txt',
    'app://veldwerk/assets/%2e%2e/%2e%2e/secret.txt',
    'app://veldwerk/..%2fsecret.txt',
    'app://veldwerk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
  ])('keeps %s inside the root', (url) => {
    const resolved = resolveAppPath('/r', url);
    expect(resolved === null || resolved.startsWith(path.resolve('/r') + path.sep)).toBe(true);
  });

  it.each([
    'app://veldwerk/..%5csecret.txt',
    'app://veldwerk/index.html%00.js',
    'app://veldwerk/%E0%A4%A',
    'app://veldwerk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://other/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath('/r', url)).toBeNull();
  });
});

describe('createAppProtocolHandler', () => {
  const handler = () => createAppProtocolHandler({ root, fs });

  it('serves files with their MIME type and the CSP header', async () => {
    const response = await handler()({ url: 'app://veldwerk/assets/index-abc.js' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers client-side routes with index.html', async () => {
    const response = await handler()({ url: 'app://veldwerk/instellingen/privacy' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Veldwerk</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never serves a file outside the root', async () => {
    for (const url of ['app://veldwerk/../secret.txt', 'app://veldwerk/%2e%2e/secret.txt', 'app://veldwerk/assets/%2e%2e%2f%2e%2e%2fsecret.txt']) {
      const response = await handler()({ url });
      expect(await response.text()).not.toContain('geheim');
    }
  });

  it('gives 404 for a missing asset and 405 for writes', async () => {
    expect((await handler()({ url: 'app://veldwerk/assets/missing.js' })).status).toBe(404);
    expect((await handler()({ url: 'app://veldwerk/index.html', method: 'POST' })).status).toBe(405);
  });

  it('knows the common MIME types', () => {
    expect(mimeTypeOf('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('a.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('a.unknown')).toBe('application/octet-stream');
  });
});
