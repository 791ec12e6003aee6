import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Profile } from '../../../shared/domain/common';
import type { Guide } from '../../../shared/domain/guide';
import { companySchema } from '../../../shared/domain/company';
import { factsForCompany } from '../../../shared/guides/engine';
import { lloGuide, mkbActiefGuide } from '../../../shared/guides/seed/index';
import { companyPatch, proposeCompanyChanges } from '../../features/interviews/companyFacts';
import type { CompanyRow } from '../queries/companies';
import { write } from '../repository';
import { VeldwerkDb } from '../database';
import { readInterview } from '../queries/interviews';
import { ensureSeedGuides } from './guides';
import {
  applyCompanyFacts,
  finishInterview,
  recoverZijInstroomFacts,
  saveAnswers,
  startInterviewWithNewCompany,
} from './interviews';

let db: VeldwerkDb;
const profile: Profile = {
  advisorId: 'adv-1',
  name: 'Sanne Adviseur',
  organisation: 'lwl',
  organisationOther: '',
  deviceId: 'device-1234',
};
const guide = mkbActiefGuide;
const complete = {
  answers: {
    resp_functie: 'Eigenaar',
    bedrijf_medewerkers: 12,
    bpv_ervaring: 'ja',
    bpv_ja_soort: ['bbl'],
    stage_ervaring: 'nee',
    kort_ervaring: 'nee',
    evc_ervaring: 'nee',
    // A stale answer of a hidden follow-up: kept in the draft, left out of the summary.
    evc_ja_goed: 'OUDE TEKST',
  },
  otherTexts: {},
};

beforeEach(async () => {
  db = new VeldwerkDb(`test-${crypto.randomUUID()}`);
  await db.open();
  await ensureSeedGuides(db);
});
afterEach(async () => {
  await db.delete();
});

async function start() {
  return startInterviewWithNewCompany(
    { name: 'Bakkerij Van Dam', kind: 'mkb', gemeente: 'dordrecht' },
    { guide, profile },
    db,
  );
}

describe('conducting and finishing an interview', () => {
  it('creates the company and the interview together, pinned to the guide version', async () => {
    const { interviewId, companyId } = await start();
    const interview = await readInterview(interviewId, db);
    expect(interview).toMatchObject({
      companyId,
      guideId: guide.id,
      guideKey: guide.guideKey,
      guideVersion: guide.version,
      status: 'concept',
    });
    const last = (await db.outbox.toArray()).at(-1)!;
    expect(last.rows.sort()).toEqual(
      [`companies:${companyId}`, `interviews:${interviewId}`].sort(),
    );
  });

  it('autosaves answers and moves lastChangeAt only when something changed', async () => {
    const { interviewId } = await start();
    const before = await db.outbox.count();
    await saveAnswers(interviewId, { answers: { resp_functie: 'Eigenaar' }, otherTexts: {} }, db);
    await saveAnswers(interviewId, { answers: { resp_functie: 'Eigenaar' }, otherTexts: {} }, db);
    expect(await db.outbox.count()).toBe(before + 1);
    expect((await readInterview(interviewId, db))?.answers).toEqual({ resp_functie: 'Eigenaar' });
  });

  it('refuses afronden while a relevant required question is open', async () => {
    const { interviewId } = await start();
    const result = await finishInterview(
      interviewId,
      guide,
      profile,
      { answers: { resp_functie: 'Eigenaar' }, otherTexts: {} },
      db,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({ key: 'bpv_ervaring', rule: 'required' });
    expect((await readInterview(interviewId, db))?.status).toBe('concept');
    expect(await db.contactLogs.count()).toBe(0);
  });

  it('finishes the interview and creates its contactmoment in one change batch', async () => {
    const { interviewId, companyId } = await start();
    const batchesBefore = await db.outbox.count();
    const result = await finishInterview(interviewId, guide, profile, complete, db);
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    const batches = await db.outbox.toArray();
    expect(batches).toHaveLength(batchesBefore + 1);
    expect(batches.at(-1)!.rows.sort()).toEqual(
      [`contactLogs:${result.contactLogId}`, `interviews:${interviewId}`].sort(),
    );

    const interview = await readInterview(interviewId, db);
    expect(interview).toMatchObject({ status: 'afgerond', contactLogId: result.contactLogId });
    expect(interview?.finishedAt).toBeTruthy();
    expect(interview?.answers.evc_ja_goed).toBe('OUDE TEKST');

    const log = await db.contactLogs.get(result.contactLogId);
    expect(log).toMatchObject({
      companyId,
      interviewId,
      channel: 'bedrijfsbezoek',
      advisorId: 'adv-1',
      organisation: 'lwl',
    });
    expect(log?.topics).toEqual(['bpv-bbl']);
    expect(String(log?.summary)).toContain('Bpv (BBL)');
    expect(String(log?.summary)).toContain('Eigenaar');
    expect(String(log?.summary)).not.toContain('OUDE TEKST');

    // Finishing twice does not make a second contactmoment.
    await finishInterview(interviewId, guide, profile, complete, db);
    expect(await db.contactLogs.count()).toBe(1);
    // A late autosave cannot change a finished interview.
    await saveAnswers(interviewId, { answers: { resp_functie: 'Anders' }, otherTexts: {} }, db);
    expect((await readInterview(interviewId, db))?.answers.resp_functie).toBe('Eigenaar');
  });

  it('copies only the chosen facts into the company, with the size class recomputed', async () => {
    const { companyId } = await start();
    await applyCompanyFacts(companyId, { employees: 12, activities: { bpvBbl: 'in-gebruik' } }, db);
    const company = await db.companies.get(companyId);
    expect(company).toMatchObject({
      employees: 12,
      activities: { bpvBbl: 'in-gebruik' },
      gemeente: 'dordrecht',
    });
    expect(company?.sizeClass).not.toBe('onbekend');
  });

  it('bands a guide answer in loondienst with the owner added, like the KvK figure (issue 15)', async () => {
    const { companyId } = await start();
    await applyCompanyFacts(companyId, { employees: 4, employeesBasis: 'in-loondienst' }, db);
    expect(await db.companies.get(companyId)).toMatchObject({ employees: 4, employeesBasis: 'in-loondienst', sizeClass: '5-9' });
  });
});

describe('issue 15: zij-instroom answers reach the company', () => {
  const lloAnswers = {
    answers: { llo_medewerkers: 14, zij_ervaring: 'ja', zij_ja_aanpak: ['hbo-duaal', 'intern'] },
    otherTexts: {},
  };

  async function finishLlo(guideRow: Guide) {
    const { interviewId, companyId } = await startInterviewWithNewCompany(
      { name: 'Installatiebedrijf Noord', kind: 'mkb', gemeente: 'zwijndrecht' },
      { guide: guideRow, profile },
      db,
    );
    const result = await finishInterview(interviewId, guideRow, profile, lloAnswers, db);
    expect(result.ok).toBe(true);
    return { interviewId, companyId };
  }

  it('copies zij-instroom (and the Mkb-route) to the company after Afronden', async () => {
    const { companyId } = await finishLlo(lloGuide);
    const company = (await db.companies.get(companyId)) as CompanyRow;
    const facts = factsForCompany(lloGuide, lloAnswers.answers, lloAnswers.otherTexts);
    const proposals = proposeCompanyChanges(company, facts, [], '5 december 2026');
    const chosen = proposals.filter((p) => p.preselect && !p.same).map((p) => p.change);
    await applyCompanyFacts(companyId, companyPatch(company, chosen, '5 december 2026'), db);
    const after = await db.companies.get(companyId);
    expect(after?.activities).toMatchObject({ zijInstroom: 'in-gebruik', mkbRoute: 'in-gebruik' });
    expect(companySchema.safeParse({ ...after, _clock: {} }).success).toBe(true);
  });

  it('recovers the zij-instroom answers of interviews finished before the fix, once, without overruling', async () => {
    // Version 1 of the guide, as devices hold it: its copyTo already named activities.zijInstroom.
    const v1 = { ...lloGuide, id: 'seed-guide-llo-zij-instroom-v1', version: 1 };
    await write(db, 'v1', (w) => w.insert('guides', [{ ...v1, _clock: undefined }]));
    const { companyId } = await finishLlo(v1);
    const other = await finishLlo(v1);
    // An advisor already recorded zij-instroom for the second company: left alone.
    await applyCompanyFacts(other.companyId, { activities: { zijInstroom: 'niet' } }, db);
    expect((await db.companies.get(companyId))?.activities).not.toHaveProperty('zijInstroom');

    expect(await recoverZijInstroomFacts(db)).toBe(1);
    expect((await db.companies.get(companyId))?.activities).toMatchObject({ zijInstroom: 'in-gebruik' });
    expect((await db.companies.get(other.companyId))?.activities).toEqual({ zijInstroom: 'niet' });
    // Every company row is still there and valid.
    expect(await db.companies.count()).toBe(2);

    // Once per device: a later run writes nothing, even after the advisor cleared the field.
    await applyCompanyFacts(companyId, { activities: {} }, db);
    const before = await db.outbox.count();
    expect(await recoverZijInstroomFacts(db)).toBe(0);
    expect(await db.outbox.count()).toBe(before);
    expect((await db.companies.get(companyId))?.activities).toEqual({});
  });
});
