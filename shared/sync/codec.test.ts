import { describe, expect, it } from 'vitest';
import { utf8 } from './bytes';
import { estimateSkew, checkBatchClock, formatSkew } from './clockSafety';
import { decodeSegment, encodeSegment } from './codec';
import { createEncryption, decryptSegment, encryptSegment, unlock } from './crypto';
import { formatHlc } from './hlc';
import { classifyPath, parseManifest, segmentPath } from './target';
import type { ChangeBatch } from './types';

const batches: ChangeBatch[] = [1, 2, 3].map((seq) => ({
  id: `b${seq}`,
  deviceId: 'dev-a',
  seq,
  hlc: formatHlc({ millis: 1_700_000_000_000 + seq, counter: 0, deviceId: 'dev-a' }),
  label: 'Bedrijf bewerkt',
  changes: [{ table: 'companies', rowId: 'c1', fields: { naam: `Smederij ${seq}`, tags: ['bouw'] } }],
}));
const meta = { deviceId: 'dev-a', schemaVersion: 3, createdAt: 1 };

describe('segment codec', () => {
  it('round-trips batches and tolerates unknown fields', async () => {
    const decoded = await decodeSegment(await encodeSegment(batches, meta));
    expect(decoded).toMatchObject({ ok: true, header: { seq: 1, lastSeq: 3, count: 3 }, batches });
  });

  it('carries the causal stamp, and still reads batches written without one', async () => {
    const stamped = batches.map((b, i) => (i === 0 ? b : { ...b, seen: { 'dev-b': i, 'dev-c': 7 } }));
    const decoded = await decodeSegment(await encodeSegment(stamped, meta));
    expect(decoded).toMatchObject({ ok: true, batches: stamped });
    if (decoded.ok) expect('seen' in decoded.batches[0]!).toBe(false);
    const bad = await decodeSegment(await encodeSegment([{ ...batches[0]!, seen: { 'dev-b': -1 } }], meta));
    expect(bad).toMatchObject({ ok: false, reason: 'schema' });
  });

  it('detects a file cut off anywhere', async () => {
    const bytes = await encodeSegment(batches, meta);
    for (const cut of [1, 40, bytes.length - 80, bytes.length - 1]) {
      const r = await decodeSegment(bytes.subarray(0, cut));
      expect(r.ok, `cut at ${cut}`).toBe(false);
    }
    // Cut exactly after a complete batch line: still truncated, not applied half.
    const text = new TextDecoder().decode(bytes);
    const lines = text.split('\n');
    const r = await decodeSegment(utf8(`${lines.slice(0, 3).join('\n')}\n`));
    expect(r).toMatchObject({ ok: false, reason: 'truncated' });
  });

  it('detects a changed byte by its checksum', async () => {
    const bytes = await encodeSegment(batches, meta);
    const bad = bytes.slice();
    bad[bytes.indexOf(0x53)] = 0x54; // "Smederij" → "Tmederij"
    expect(await decodeSegment(bad)).toMatchObject({ ok: false, reason: 'checksum' });
  });

  it('refuses a newer format with a Dutch message', async () => {
    const text = new TextDecoder().decode(await encodeSegment(batches, meta)).replace('"format":1', '"format":2');
    expect(await decodeSegment(utf8(text))).toMatchObject({
      ok: false,
      reason: 'newer-format',
      message: 'Dit bestand is gemaakt met een nieuwere versie van Veldwerk. Werk Veldwerk bij.',
    });
  });

  it('refuses a wrong count and bad json', async () => {
    const text = new TextDecoder().decode(await encodeSegment(batches, meta)).replace('"count":3,"createdAt"', '"count":2,"createdAt"');
    expect((await decodeSegment(utf8(text))).ok).toBe(false);
    expect(await decodeSegment(utf8('niet json\n{}\n'))).toMatchObject({ ok: false, reason: 'json' });
  });
});

describe('encryption', () => {
  it('encrypts, binds files to device and seq, and detects a wrong passphrase', async () => {
    const { settings, key } = await createEncryption('teamgeheim', 1000);
    const plain = await encodeSegment(batches, meta);
    const file = await encryptSegment(key, plain, 'dev-a', 1);
    expect(new TextDecoder().decode(file.subarray(0, 6))).toBe('VWENC1');
    expect(new TextDecoder().decode(file)).not.toContain('Smederij');
    expect(await decryptSegment(key, file, 'dev-a', 1)).toEqual({ ok: true, bytes: plain });
    expect((await decryptSegment(key, file, 'dev-b', 1)).ok).toBe(false);
    expect((await decryptSegment(key, file, 'dev-a', 2)).ok).toBe(false);
    expect((await unlock('teamgeheim', settings)).ok).toBe(true);
    expect(await unlock('verkeerd', settings)).toMatchObject({ ok: false, message: expect.stringContaining('teamwachtwoord klopt niet') });
  });
});

describe('target layout', () => {
  it('names and recognises segments', () => {
    expect(segmentPath('dev-a', 7, false)).toBe('devices/dev-a/0000000007.jsonl');
    expect(classifyPath('devices/dev-a/0000000007.enc')).toEqual({ kind: 'segment', deviceId: 'dev-a', seq: 7, encrypted: true });
    expect(classifyPath('veldwerk.json')).toEqual({ kind: 'manifest' });
  });

  it.each([
    ['devices/a/0000000001 (conflict).jsonl', 'conflict-copy'],
    ['devices/a/0000000001 (1).jsonl', 'conflict-copy'],
    ['devices/a/0000000001-LAPTOP-JAN.jsonl', 'conflict-copy'],
    ["devices/a/0000000001 (Jan's conflicted copy 2024-03-01).jsonl", 'conflict-copy'],
    ['devices/a/0000000001 (Conflicted copy 2024-03-01 101010).jsonl', 'conflict-copy'],
    ['devices/a/0000000001.sync-conflict-20240301-101010-ABC.jsonl', 'conflict-copy'],
    ['devices/a/0000000001-conflict-2.jsonl', 'conflict-copy'],
    ['veldwerk (1).json', 'conflict-copy'],
    ['devices/a/0000000001.jsonl.tmp', 'temp'],
    ['devices/a/.0000000001.jsonl.tmp-1234', 'temp'],
    ['devices/a/~$rapport.docx', 'temp'],
    ['devices/a/.~lock.x#', 'temp'],
    ['devices/a/0000000001.jsonl.partial', 'temp'],
    ['devices/a/0000000001.jsonl.crdownload', 'temp'],
    ['devices/a/notities.txt', 'unknown'],
    ['devices/a/0000000000.jsonl', 'unknown'],
    ['devices/a/.DS_Store', 'system'],
    ['elders/0000000001.jsonl', 'unknown'],
  ])('ignores %s (%s)', (path, reason) => {
    expect(classifyPath(path)).toMatchObject({ kind: 'ignored', reason });
  });

  it('refuses a manifest of a newer format or for a newer app', () => {
    const m = { format: 1, minAppVersion: '0.3.0', createdAt: 1, encryption: null, extra: true };
    expect(parseManifest(JSON.stringify(m), '0.10.0').ok).toBe(true);
    expect(parseManifest(JSON.stringify(m), '0.2.9')).toMatchObject({ ok: false, reason: 'app-too-old' });
    expect(parseManifest(JSON.stringify({ ...m, format: 2 }), '9.0.0')).toMatchObject({ ok: false, reason: 'newer-format' });
    expect(parseManifest('{', '1.0.0')).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('clock safety', () => {
  const now = 1_700_000_000_000;
  const at = (millis: number) => ({ ...batches[0]!, hlc: formatHlc({ millis, counter: 0, deviceId: 'x' }) });
  it('accepts small differences and sets aside batches far in the future', () => {
    expect(checkBatchClock(at(now + 4 * 60_000), now).ok).toBe(true);
    const r = checkBatchClock(at(now + 2 * 3600_000), now);
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('2 uur in de toekomst') });
  });
  it('estimates skew robustly and formats it in Dutch', () => {
    const samples = [
      { localBefore: now, localAfter: now + 100, remote: now - 3 * 60_000 },
      { localBefore: now, localAfter: now + 100, remote: now - 3 * 60_000 + 500 },
      { localBefore: now, localAfter: now + 9000, remote: now + 3600_000 },
    ];
    const e = estimateSkew(samples);
    expect(e!.skewMs).toBeGreaterThan(170_000);
    expect(e!.skewMs).toBeLessThan(190_000);
    expect(formatSkew(e)).toBe('Uw klok loopt 3 minuten voor op de gedeelde map.');
    expect(formatSkew({ skewMs: -7_500_000, uncertaintyMs: 1000, samples: 1 })).toBe('Uw klok loopt 2 uur en 5 minuten achter op de gedeelde map.');
    expect(formatSkew(null)).toContain('Niet bekend');
  });
});
