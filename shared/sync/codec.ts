import { z } from 'zod';
import { sync as t } from '../i18n/nl/sync';
import { concatBytes, fromUtf8, sha256Hex, utf8 } from './bytes';
import { changeBatchSchema } from './schemas';
import type { ChangeBatch } from './types';

/**
 * Segment file: JSON lines. Line 1 is the header, then one batch per line, then a trailer with
 * the SHA-256 of every byte before the trailer line. The checksum sits at the end so a writer
 * can stream; a missing trailer is how a half-copied file shows itself.
 */
export const SEGMENT_FORMAT = 1;

const headerSchema = z.object({
  format: z.number().int(),
  kind: z.literal('veldwerk-segment'),
  deviceId: z.string().min(1),
  seq: z.number().int().positive(),
  lastSeq: z.number().int().positive(),
  schemaVersion: z.number().int().nonnegative(),
  count: z.number().int().nonnegative(),
  createdAt: z.number(),
});
export type SegmentHeader = z.infer<typeof headerSchema>;

const trailerSchema = z.object({ checksum: z.string().regex(/^[0-9a-f]{64}$/), count: z.number().int() });

export type SegmentMeta = { deviceId: string; schemaVersion: number; createdAt: number };

export type DecodeFailure = {
  ok: false;
  reason: 'truncated' | 'checksum' | 'count' | 'json' | 'schema' | 'newer-format' | 'not-segment';
  message: string;
};
export type DecodeResult = { ok: true; header: SegmentHeader; batches: ChangeBatch[] } | DecodeFailure;

export async function encodeSegment(batches: readonly ChangeBatch[], meta: SegmentMeta): Promise<Uint8Array> {
  const first = batches[0];
  const last = batches[batches.length - 1];
  if (!first || !last) throw new Error('A segment holds at least one change.');
  const header: SegmentHeader = {
    format: SEGMENT_FORMAT,
    kind: 'veldwerk-segment',
    deviceId: meta.deviceId,
    seq: first.seq,
    lastSeq: last.seq,
    schemaVersion: meta.schemaVersion,
    count: batches.length,
    createdAt: meta.createdAt,
  };
  const body = utf8([header, ...batches].map((line) => `${JSON.stringify(line)}\n`).join(''));
  const trailer = utf8(`${JSON.stringify({ checksum: await sha256Hex(body), count: batches.length })}\n`);
  return concatBytes(body, trailer);
}

const fail = (reason: DecodeFailure['reason']): DecodeFailure => {
  const messages: Record<DecodeFailure['reason'], string> = {
    truncated: t.segment.truncated,
    checksum: t.segment.checksum,
    count: t.segment.count,
    json: t.segment.json,
    schema: t.segment.schema,
    'newer-format': t.segment.newerFormat,
    'not-segment': t.segment.notSegment,
  };
  return { ok: false, reason, message: messages[reason] };
};

function parseJson(line: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(line) as unknown };
  } catch {
    return { ok: false };
  }
}

export async function decodeSegment(bytes: Uint8Array): Promise<DecodeResult> {
  // A complete file ends with the trailer's newline; anything else was cut off mid-write.
  if (bytes.length === 0 || bytes[bytes.length - 1] !== 0x0a) return fail('truncated');
  const lastBreak = bytes.lastIndexOf(0x0a, bytes.length - 2);
  if (lastBreak < 0) return fail('truncated');
  let text: string;
  let trailerText: string;
  try {
    text = fromUtf8(bytes.subarray(0, lastBreak + 1));
    trailerText = fromUtf8(bytes.subarray(lastBreak + 1, bytes.length - 1));
  } catch {
    return fail('json');
  }
  const lines = text.split('\n').slice(0, -1);
  const headerJson = parseJson(lines[0] ?? '');
  if (!headerJson.ok) return fail('json');
  const kind = (headerJson.value as { kind?: unknown } | null)?.kind;
  if (kind !== 'veldwerk-segment') return fail('not-segment');
  const format = (headerJson.value as { format?: unknown }).format;
  if (typeof format === 'number' && format > SEGMENT_FORMAT) return fail('newer-format');

  const trailerJson = parseJson(trailerText);
  const trailer = trailerJson.ok ? trailerSchema.safeParse(trailerJson.value) : undefined;
  // When a copy stopped exactly at a line end, the last line is a batch, not a trailer.
  if (!trailer?.success) return fail('truncated');
  if ((await sha256Hex(bytes.subarray(0, lastBreak + 1))) !== trailer.data.checksum) return fail('checksum');
  const header = headerSchema.safeParse(headerJson.value);
  if (!header.success) return fail('schema');

  const batchLines = lines.slice(1);
  if (batchLines.length !== header.data.count || trailer.data.count !== header.data.count) return fail('count');
  const batches: ChangeBatch[] = [];
  for (const line of batchLines) {
    const json = parseJson(line);
    if (!json.ok) return fail('json');
    const batch = changeBatchSchema.safeParse(json.value);
    if (!batch.success) return fail('schema');
    batches.push(batch.data);
  }
  return { ok: true, header: header.data, batches };
}
