import { z } from 'zod';
import { sync as t } from '../i18n/nl/sync';

/**
 * Layout of the shared target (folder or WebDAV collection):
 *   veldwerk.json                         manifest, written once by the first device
 *   devices/<deviceId>/<seq 10>.jsonl     segments (`.enc` when encrypted), one writer each
 */
export const MANIFEST_PATH = 'veldwerk.json';
export const DEVICES_PREFIX = 'devices/';
export const TARGET_FORMAT = 1;
const SEQ_WIDTH = 10;
const DEVICE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const manifestSchema = z.object({
  format: z.number().int().positive(),
  minAppVersion: z.string(),
  createdAt: z.number(),
  encryption: z
    .object({
      kdf: z.literal('PBKDF2-SHA256'),
      iterations: z.number().int().positive(),
      salt: z.string().min(1),
      keyCheck: z.string().min(1),
    })
    .nullable(),
});
export type Manifest = z.infer<typeof manifestSchema>;

export type ManifestResult = { ok: true; manifest: Manifest } | { ok: false; reason: 'newer-format' | 'app-too-old' | 'invalid'; message: string };

/** Compare dotted versions numerically ("0.10.0" > "0.9.3"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((p) => parseInt(p, 10) || 0);
  const pb = b.split('.').map((p) => parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

export function parseManifest(text: string, appVersion: string): ManifestResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'invalid', message: t.target.badManifest };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > TARGET_FORMAT) {
    return { ok: false, reason: 'newer-format', message: t.target.newerFormat };
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'invalid', message: t.target.badManifest };
  if (compareVersions(appVersion, parsed.data.minAppVersion) < 0) {
    return { ok: false, reason: 'app-too-old', message: t.target.appTooOld(parsed.data.minAppVersion) };
  }
  return { ok: true, manifest: parsed.data };
}

export function isValidDeviceId(deviceId: string): boolean {
  return DEVICE_ID.test(deviceId);
}

export function segmentPath(deviceId: string, seq: number, encrypted: boolean): string {
  if (!isValidDeviceId(deviceId)) throw new Error(`Invalid device id: ${deviceId}`);
  return `${DEVICES_PREFIX}${deviceId}/${String(seq).padStart(SEQ_WIDTH, '0')}.${encrypted ? 'enc' : 'jsonl'}`;
}

export type IgnoreReason = 'temp' | 'conflict-copy' | 'system' | 'unknown';
export type PathClass =
  | { kind: 'manifest' }
  /** A part of a segment too large for the server's upload limit (read through its segment). */
  | { kind: 'part' }
  | { kind: 'segment'; deviceId: string; seq: number; encrypted: boolean }
  | { kind: 'ignored'; reason: IgnoreReason; message: string };

const TEMP = [/^~\$/, /^\.~lock\./, /^\./, /\.tmp$/i, /\.tmp-[^/]*$/i, /\.partial$/i, /\.crdownload$/i, /\.part$/i, /\.download$/i, /^~.*\.tmp$/i];
const SYSTEM = new Set(['.ds_store', 'thumbs.db', 'desktop.ini', 'icon\r']);

const ignored = (reason: IgnoreReason): PathClass => {
  const messages: Record<IgnoreReason, string> = {
    temp: t.target.ignored.temp,
    'conflict-copy': t.target.ignored.conflictCopy,
    system: t.target.ignored.unknown,
    unknown: t.target.ignored.unknown,
  };
  return { kind: 'ignored', reason, message: messages[reason] };
};

/**
 * What a listed file is. Only exact names are applied: cloud clients (Dropbox "(… conflicted
 * copy …)", OneDrive "-PC-NAAM", Nextcloud "(conflicted copy …)", Google Drive " (1)",
 * Syncthing ".sync-conflict-…") keep the original name's digits in front, so anything that
 * starts like a segment but is not exactly one is a copy and is reported, never applied.
 */
export function classifyPath(path: string): PathClass {
  const parts = path.split('/').filter((p) => p !== '');
  const name = parts[parts.length - 1] ?? '';
  if (SYSTEM.has(name.toLowerCase())) return ignored('system');
  if (TEMP.some((re) => re.test(name))) return ignored('temp');
  if (parts.length === 1) {
    if (name === MANIFEST_PATH) return { kind: 'manifest' };
    return /^veldwerk\b/i.test(name) ? ignored('conflict-copy') : ignored('unknown');
  }
  if (parts.length !== 3 || `${parts[0]}/` !== DEVICES_PREFIX || !isValidDeviceId(parts[1]!)) {
    return ignored('unknown');
  }
  const exact = /^(\d{10})\.(jsonl|enc)$/.exec(name);
  if (exact) {
    const seq = Number(exact[1]);
    if (seq < 1) return ignored('unknown');
    return { kind: 'segment', deviceId: parts[1]!, seq, encrypted: exact[2] === 'enc' };
  }
  if (/^\d{10}\.(jsonl|enc)\.part\d{3}$/.test(name)) return { kind: 'part' };
  if (/^\d{10}/.test(name)) return ignored('conflict-copy');
  return ignored('unknown');
}
