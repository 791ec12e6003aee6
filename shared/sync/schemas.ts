import { z } from 'zod';
import { isHlc } from './hlc';
import type { ChangeBatch, JsonValue } from './types';

export const jsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(jsonValueSchema), z.record(z.string(), jsonValueSchema)]),
);

const hlcSchema = z.string().refine(isHlc, 'not a valid clock value');

/** Unknown keys are dropped rather than refused, so newer writers stay readable. */
export const rowChangeSchema = z.object({
  table: z.string().min(1),
  rowId: z.string().min(1),
  fields: z.record(z.string(), jsonValueSchema),
});

export const changeBatchSchema = z.object({
  id: z.string().min(1),
  deviceId: z.string().min(1),
  seq: z.number().int().positive(),
  hlc: hlcSchema,
  label: z.string(),
  changes: z.array(rowChangeSchema),
  seen: z.record(z.string().min(1), z.number().int().nonnegative()).optional(),
}) satisfies z.ZodType<ChangeBatch>;
