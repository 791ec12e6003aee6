import { z } from 'zod';
import { isoDateTime, organisationSchema, syncedRowMeta, visibilitySchema } from './common';
import { answerValueSchema } from './guide';
import { sectorKeySchema } from './target';

export const INTERVIEW_STATUSES = ['concept', 'afgerond'] as const;
export const interviewStatusSchema = z.enum(INTERVIEW_STATUSES);
export type InterviewStatus = z.infer<typeof interviewStatusSchema>;

/**
 * An interview held with one exact guide version. `guideId` pins the version row, so a
 * reopened or printed interview always renders with the questions it was held with; `guideKey`
 * and `guideVersion` are copied so exports and lists need not load the guide.
 *
 * Answers of questions that became hidden stay in `answers` (the advisor may switch back);
 * the engine leaves them out of validation, summary and export.
 */
export const interviewSchema = z.object({
  ...syncedRowMeta,
  companyId: z.string().min(1),
  guideId: z.string().min(1),
  guideKey: z.string().min(1),
  guideVersion: z.number().int().min(1),
  advisorId: z.string().min(1),
  advisorName: z.string().max(120),
  organisation: organisationSchema,
  status: interviewStatusSchema,
  answers: z.record(z.string(), answerValueSchema).default({}),
  /** Texts typed after "Anders, namelijk", by question key. */
  otherTexts: z.record(z.string(), z.string()).default({}),
  startedAt: isoDateTime,
  lastChangeAt: isoDateTime,
  finishedAt: isoDateTime.nullable().default(null),
  /** The contactmoment created on afronden. */
  contactLogId: z.string().min(1).nullable().default(null),
  visibility: visibilitySchema.default('gedeeld'),
  /** Personal data (AVG): never copied into summaries or exports by the engine. */
  respondentName: z.string().max(120).optional(),
  /** Chooses the wording ("praktijkhouder" in eerstelijnszorg); defaults to the company's sector. */
  sector: sectorKeySchema.nullable().optional(),
});
export type Interview = z.infer<typeof interviewSchema>;
export type InterviewInput = z.input<typeof interviewSchema>;
