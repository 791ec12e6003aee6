import type { Hlc } from './hlc';

export type JsonValue =
  | null
  | boolean
  | number
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

/**
 * The changed fields of one row in one user action. `fields` maps field name to new value;
 * the reserved field `_deleted` with value `true` is a tombstone. A change in the sense of the
 * design — (table, rowId, field, value, hlc, device) — is one entry of `fields`, with the hlc and
 * device of the batch that carries it.
 */
export type RowChange = {
  table: string;
  rowId: string;
  fields: Record<string, JsonValue>;
};

/**
 * Causal stamp: per other device, the highest seq of that device's batches the writer had
 * applied (directly, or through a batch that had seen it) when it wrote. Own device excluded.
 */
export type SeenVector = Record<string, number>;

/**
 * Everything one write transaction changed: replicated all-or-nothing. `seq` is the per-device
 * sequence number of the batch (gapless, starting at 1).
 */
export type ChangeBatch = {
  id: string;
  deviceId: string;
  seq: number;
  hlc: Hlc;
  /** What the user did, in Dutch, for the history ("Bedrijf bewerkt", "Import 10.000 rijen"). */
  label: string;
  changes: RowChange[];
  /** Absent in batches written before causal stamps existed: then every loser counts as concurrent. */
  seen?: SeenVector;
};

/** What a row keeps of a winning batch: enough to tell which losers its writer had seen. */
export type BatchStamp = { seq: number; seen?: SeenVector };


/** Per-field clocks kept on every synchronised row. `''` is the clock for fields not listed. */
export type FieldClocks = Record<string, Hlc>;

/** Bookkeeping fields present on every synchronised row. */
export type SyncedRowMeta = {
  id: string;
  _clock: FieldClocks;
  _deleted?: boolean;
  /** Winning batch per clock value (see `merge.ts`); absent on rows from before causal stamps. */
  _stamps?: Record<Hlc, BatchStamp>;
};

export const DELETED_FIELD = '_deleted';
/** Set (true) on a contact person by an AVG erasure; every device then scrubs the person. */
export const ERASED_FIELD = 'erased';
export const CLOCK_FIELD = '_clock';
export const STAMPS_FIELD = '_stamps';

export function fieldClock(clocks: FieldClocks, field: string): Hlc | undefined {
  return clocks[field] ?? clocks[''];
}
