import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Profile } from '../../../shared/domain/common';
import { mkbActiefGuide } from '../../../shared/guides/seed/index';
import { VeldwerkDb } from '../database';
import { readInterview } from '../queries/interviews';
import { ensureSeedGuides } from './guides';
import {
  applyCompanyFacts,
  finishInterview,
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
});
