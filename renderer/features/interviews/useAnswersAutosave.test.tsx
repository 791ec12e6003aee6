import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../shared/domain/common';
import { mkbActiefGuide } from '../../../shared/guides/seed/index';
import { routerWrapper, withTestDatabase } from '../../../test/setup/rendererDb';
import type { VeldwerkDb } from '../../db/database';
import { readInterview } from '../../db/queries/interviews';
import { ensureSeedGuides } from '../../db/repositories/guides';
import { startInterviewWithNewCompany } from '../../db/repositories/interviews';
import { useAnswersAutosave } from './useAnswersAutosave';

const profile: Profile = { advisorId: 'adv-1', name: 'Test Adviseur', organisation: 'lwl', organisationOther: '', deviceId: 'device-1234' };
let db: VeldwerkDb;
withTestDatabase('answers', (fresh) => (db = fresh), { seed: ensureSeedGuides });
const wrapper = routerWrapper;

async function openInterview() {
  const { interviewId } = await startInterviewWithNewCompany(
    { name: 'Bakkerij De Korst', kind: 'mkb', gemeente: 'dordrecht' },
    { guide: mkbActiefGuide, profile },
    db,
  );
  const interview = (await readInterview(interviewId, db))!;
  return { interview, hook: renderHook(() => useAnswersAutosave(interview), { wrapper }) };
}

describe('useAnswersAutosave', () => {
  it('writes answers after a pause and says when', async () => {
    const { interview, hook } = await openInterview();
    expect(hook.result.current.save.kind).toBe('saved');
    act(() => hook.result.current.setAnswer('resp_functie', 'Eigenaar'));
    expect(hook.result.current.save.kind).toBe('pending');
    await waitFor(async () => expect((await readInterview(interview.id, db))?.answers.resp_functie).toBe('Eigenaar'));
    await waitFor(() => expect(hook.result.current.save.kind).toBe('saved'));
  });

  it('shows a failed write and writes the same answers on the next try instead of dropping them', async () => {
    const { interview, hook } = await openInterview();
    db.close();
    act(() => hook.result.current.setAnswer('resp_functie', 'Bedrijfsleider'));
    await act(async () => void (await hook.result.current.flush()));
    expect(hook.result.current.save.kind).toBe('error');
    expect(hook.result.current.isDirty()).toBe(true);
    await db.open();
    await act(async () => expect(await hook.result.current.flush()).toBe(true));
    expect(hook.result.current.save.kind).toBe('saved');
    expect((await readInterview(interview.id, db))?.answers.resp_functie).toBe('Bedrijfsleider');
  });

  it('writes what is pending when the form goes away', async () => {
    const { interview, hook } = await openInterview();
    act(() => hook.result.current.setRespondentName('Mevrouw Jansen'));
    hook.unmount();
    await waitFor(async () => expect((await readInterview(interview.id, db))?.respondentName).toBe('Mevrouw Jansen'));
  });

  it('restores and writes the copy an older version left when the window closed', async () => {
    const { interviewId } = await startInterviewWithNewCompany(
      { name: 'Bakkerij De Korst', kind: 'mkb', gemeente: 'dordrecht' },
      { guide: mkbActiefGuide, profile },
      db,
    );
    const interview = (await readInterview(interviewId, db))!;
    const at = new Date(Date.parse(interview.lastChangeAt) + 1000).toISOString();
    const legacy = `veldwerk:gesprek-onopgeslagen:${interviewId}`;
    localStorage.setItem(legacy, JSON.stringify({ answers: { resp_functie: 'Eigenaar' }, otherTexts: {}, at }));
    const { result } = renderHook(() => useAnswersAutosave(interview), { wrapper });
    expect(result.current.answers.resp_functie).toBe('Eigenaar');
    await waitFor(async () => expect((await readInterview(interviewId, db))?.answers.resp_functie).toBe('Eigenaar'));
    expect(localStorage.getItem(legacy)).toBeNull();
  });
});
