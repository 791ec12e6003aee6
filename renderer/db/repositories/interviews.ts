import type { Guide } from '../../../shared/domain/guide';
import type { Profile } from '../../../shared/domain/common';
import { contactLogSchema, SUMMARY_MAX, type TopicKey } from '../../../shared/domain/contactLog';
import {
  deriveCompany,
  emptyCompanyInput,
  newCompany,
  type CompanyInput,
  type CompanyStatus,
} from '../../../shared/domain/company';
import { statusAfterEvent } from '../../../shared/rules/statusProgression';
import { employeesBasisSchema } from '../../../shared/rules/sizeClass';
import type { FollowUpDraft } from './contactLogs';
import { followUpRow } from './followUps';
import { interviewSchema, type Interview } from '../../../shared/domain/interview';
import type { AnswerValue } from '../../../shared/domain/guide';
import {
  factsForCompany,
  summarize,
  validate,
  type ValidationIssue,
} from '../../../shared/guides/engine';
import { getDb, type VeldwerkDb } from '../database';
import { readInterview } from '../queries/interviews';
import { write } from '../repository';
import { deepEqual } from '../../../shared/data/equality';
import { history } from '../../../shared/i18n/nl/history';
import { errors } from '../../../shared/i18n/nl/errors';
import { UserError } from '../../../shared/userError';

const TOPIC_OF_ACTIVITY: Record<string, TopicKey> = {
  'activities.bpvBol': 'bpv-bol',
  'activities.bpvBbl': 'bpv-bbl',
  'activities.stageHbo': 'stage-hbo',
  'activities.stageWo': 'stage-wo',
  'activities.kortTraject': 'kort-traject',
  'activities.evc': 'evc',
  'activities.llo': 'llo',
  'activities.zijInstroom': 'llo',
  'activities.mkbRoute': 'mkb-route',
};

type StartOptions = { companyId: string; guide: Guide; profile: Profile; sector?: string | null };

function newInterview({ companyId, guide, profile, sector }: StartOptions, now: string): Interview {
  return interviewSchema.parse({
    id: crypto.randomUUID(),
    _clock: {},
    companyId,
    guideId: guide.id,
    guideKey: guide.guideKey,
    guideVersion: guide.version,
    advisorId: profile.advisorId,
    advisorName: profile.name,
    organisation: profile.organisation,
    status: 'concept',
    answers: {},
    otherTexts: {},
    startedAt: now,
    lastChangeAt: now,
    finishedAt: null,
    contactLogId: null,
    visibility: 'gedeeld',
    sector: sector ?? null,
  });
}

const rowOf = ({ _clock: _c, _deleted: _d, ...fields }: Interview) => fields;

/** Start an interview with a company that exists already. Returns the new interview's id. */
export async function startInterview(
  options: StartOptions,
  db: VeldwerkDb = getDb(),
): Promise<string> {
  const interview = newInterview(options, new Date().toISOString());
  await write(db, history.interviews.started(options.guide.title), (w) =>
    w.insert('interviews', [rowOf(interview)]),
  );
  return interview.id;
}

/**
 * Create a company on the spot and start the interview with it, as one user action: on the
 * doorstep the advisor should not end up with a company without its interview or vice versa.
 */
export async function startInterviewWithNewCompany(
  company: Pick<CompanyInput, 'name' | 'kind' | 'gemeente'> & Partial<CompanyInput>,
  options: Omit<StartOptions, 'companyId'>,
  db: VeldwerkDb = getDb(),
): Promise<{ interviewId: string; companyId: string }> {
  const now = new Date().toISOString();
  const companyRow = newCompany(
    emptyCompanyInput({ status: 'in-gesprek', source: 'eigen-netwerk', ...company }),
    now,
    crypto.randomUUID(),
  );
  const interview = newInterview(
    { ...options, companyId: companyRow.id, sector: options.sector ?? companyRow.sector },
    now,
  );
  await write(db, history.interviews.startedWithCompany(companyRow.name), async (w) => {
    const { _clock: _c, ...fields } = companyRow;
    await w.insert('companies', [fields]);
    await w.insert('interviews', [rowOf(interview)]);
  });
  return { interviewId: interview.id, companyId: companyRow.id };
}

export type AnswersUpdate = {
  answers: Record<string, AnswerValue>;
  otherTexts: Record<string, string>;
  /** The gesprekspartner as typed; absent leaves the stored name as it is. */
  respondentName?: string;
};

/**
 * The name as stored: trimmed and within the schema's limit. An emptied name is stored as '':
 * the schema has no null, and a row that does not parse is skipped by the queries.
 */
const storedName = (name: string | undefined) => name?.trim().slice(0, 120) ?? '';

/**
 * Autosave: the answers (and the gesprekspartner's name) as they are now. Only fields that
 * really changed are recorded.
 */
export async function saveAnswers(
  id: string,
  update: AnswersUpdate,
  db: VeldwerkDb = getDb(),
): Promise<string> {
  return write(db, history.interviews.answersSaved, async (w) => {
    const at = w.now.toISOString();
    const before = await db.interviews.get(id);
    if (!before || before._deleted) throw new UserError(errors.interviewGone);
    // A finished interview is a record of what was said; a late autosave must not change it.
    if (before.status === 'afgerond') return String(before.lastChangeAt);
    const nameChanged =
      update.respondentName !== undefined &&
      storedName(update.respondentName) !== storedName(before.respondentName as string | undefined);
    const same =
      !nameChanged &&
      deepEqual(before.answers ?? {}, update.answers) &&
      deepEqual(before.otherTexts ?? {}, update.otherTexts);
    if (same) return String(before.lastChangeAt);
    await w.patch('interviews', id, {
      answers: update.answers,
      otherTexts: update.otherTexts,
      ...(nameChanged && { respondentName: storedName(update.respondentName) }),
      lastChangeAt: at,
    });
    return at;
  });
}

export type FinishResult =
  { ok: true; contactLogId: string } | { ok: false; issues: ValidationIssue[] };

/**
 * Afronden: validate, mark the interview afgerond and create its contactmoment (bedrijfsbezoek,
 * linked both ways, with the generated summary) in ONE write, so a partner never receives a
 * finished interview without its contactmoment or the other way round.
 */
export async function finishInterview(
  id: string,
  guide: Guide,
  profile: Profile,
  update: AnswersUpdate,
  db: VeldwerkDb = getDb(),
  followUps: readonly FollowUpDraft[] = [],
): Promise<FinishResult> {
  const issues = validate(guide, update.answers, update.otherTexts);
  if (issues.length > 0) return { ok: false, issues };
  return write(db, history.interviews.finished(guide.title), async (w) => {
    const interview = await readInterview(id, db);
    if (!interview) throw new UserError(errors.interviewGone);
    if (interview.status === 'afgerond' && interview.contactLogId)
      return { ok: true as const, contactLogId: interview.contactLogId };
    const at = w.now.toISOString();
    const finished: Interview = {
      ...interview,
      ...update,
      status: 'afgerond',
      finishedAt: at,
      lastChangeAt: at,
    };
    const summary = summarize(guide, finished);
    const topics = [
      ...new Set(
        factsForCompany(guide, update.answers, update.otherTexts)
          .filter((f) => f.field.startsWith('activities.') && f.value !== 'niet')
          .flatMap((f) => (TOPIC_OF_ACTIVITY[f.field] ? [TOPIC_OF_ACTIVITY[f.field]!] : [])),
      ),
    ];
    const log = contactLogSchema.parse({
      id: crypto.randomUUID(),
      _clock: {},
      companyId: interview.companyId,
      at,
      advisorId: profile.advisorId,
      advisorName: profile.name,
      organisation: profile.organisation,
      contactPersonIds: [],
      channel: 'bedrijfsbezoek',
      topics,
      summary: summary.length > SUMMARY_MAX ? `${summary.slice(0, SUMMARY_MAX - 1)}…` : summary,
      outcome: '',
      visibility: interview.visibility,
      interviewId: interview.id,
      createdAt: at,
      updatedAt: at,
    });
    const { _clock: _c, ...logFields } = log;
    await w.insert('contactLogs', [logFields]);
    await w.patch('interviews', id, {
      answers: update.answers,
      otherTexts: update.otherTexts,
      status: 'afgerond',
      finishedAt: at,
      lastChangeAt: at,
      contactLogId: log.id,
      ...(update.respondentName !== undefined && {
        respondentName: storedName(update.respondentName),
      }),
    });
    // The follow-ups agreed in the interview, with its visibility, in the same write.
    for (const draft of followUps) {
      if (!draft.title.trim()) continue;
      const row = await followUpRow(
        w,
        {
          companyId: interview.companyId,
          title: draft.title.trim(),
          ownerAdvisorId: draft.ownerAdvisorId,
          due: draft.due,
          notes: '',
          visibility: interview.visibility,
          origin: 'gesprek',
          originId: interview.id,
        },
        profile,
      );
      await w.insert('followUps', [row]);
    }
    const company = await db.companies.get(interview.companyId);
    const moved =
      company && typeof company.status === 'string'
        ? statusAfterEvent(company.status as CompanyStatus, { kind: 'interview', visibility: interview.visibility })
        : null;
    if (moved) await w.patch('companies', interview.companyId, { status: moved, updatedAt: at });
    return { ok: true as const, contactLogId: log.id };
  });
}

/** Copy the facts the advisor ticked into the company record, as one write. */
export async function applyCompanyFacts(
  companyId: string,
  fields: Record<string, unknown>,
  db: VeldwerkDb = getDb(),
): Promise<void> {
  await write(db, history.interviews.factsTaken, async (w) => {
    const current = await db.companies.get(companyId);
    if (!current || current._deleted) throw new UserError(errors.companyGone);
    const next: Record<string, unknown> = { ...fields };
    if ('employees' in fields) {
      const { sizeClass, euClass } = deriveCompany({
        kind: current.kind === 'zzp' ? 'zzp' : 'mkb',
        employees: fields.employees as number,
        employeeBand: current.employeeBand ?? null,
        employeesBasis: employeesBasisSchema.catch('onbekend').parse(fields.employeesBasis ?? current.employeesBasis ?? 'onbekend'),
      });
      Object.assign(next, { sizeClass, euClass });
    }
    await w.patch('companies', companyId, { ...next, updatedAt: w.now.toISOString() });
  });
}

/** Remove a concept interview that was started by mistake. */
export async function removeInterview(id: string, db: VeldwerkDb = getDb()): Promise<void> {
  await write(db, history.interviews.removed, async (w) => {
    // A finished interview is history (its contactmoment points at it); only concepts go.
    if ((await readInterview(id, db))?.status === 'afgerond')
      throw new UserError(errors.interviewFinished);
    await w.remove('interviews', id);
  });
}

/** Device-local marker: the zij-instroom recovery below has run on this device. */
export const ZIJ_INSTROOM_UPGRADE_KEY = 'upgrade.zijInstroomFacts';

/**
 * Data upgrade for interviews finished before zij-instroom was a company activity: their
 * zij-instroom answers were dropped on afronden. For each company whose `activities.zijInstroom`
 * is still empty, the answer of its latest finished interview is filled in, in one write. Runs
 * once per device (a settings marker), so an advisor who clears the field later is not
 * overruled; a second device doing the same writes the same values. Returns the number of
 * companies updated.
 */
export async function recoverZijInstroomFacts(db: VeldwerkDb = getDb()): Promise<number> {
  if (await db.settings.get(ZIJ_INSTROOM_UPGRADE_KEY)) return 0;
  const count = await write(db, history.interviews.zijInstroomTaken, async (w) => {
    const latest = new Map<string, { at: string; value: string }>();
    const guides = new Map<string, Guide | undefined>();
    for (const row of await db.interviews.toArray()) {
      if (row._deleted || row.status !== 'afgerond') continue;
      const guideId = String(row.guideId);
      if (!guides.has(guideId)) guides.set(guideId, (await db.guides.get(guideId)) as Guide | undefined);
      const guide = guides.get(guideId);
      if (!guide?.sections) continue;
      const fact = factsForCompany(
        guide,
        (row.answers ?? {}) as Record<string, AnswerValue>,
        (row.otherTexts ?? {}) as Record<string, string>,
      ).find((f) => f.field === 'activities.zijInstroom');
      if (!fact || !['in-gebruik', 'interesse', 'niet'].includes(String(fact.value))) continue;
      const companyId = String(row.companyId);
      const at = String(row.finishedAt ?? row.lastChangeAt ?? '');
      const prev = latest.get(companyId);
      if (!prev || prev.at < at) latest.set(companyId, { at, value: String(fact.value) });
    }
    let n = 0;
    for (const [companyId, { value }] of latest) {
      const company = await db.companies.get(companyId);
      if (!company || company._deleted) continue;
      const activities = (company.activities ?? {}) as Record<string, unknown>;
      if (activities.zijInstroom !== undefined) continue;
      await w.patch('companies', companyId, {
        activities: { ...activities, zijInstroom: value },
        updatedAt: w.now.toISOString(),
      });
      n++;
    }
    return n;
  });
  await db.settings.put({ key: ZIJ_INSTROOM_UPGRADE_KEY, value: new Date().toISOString() });
  return count;
}
