import { act, renderHook, waitFor } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { emptyCompanyInput, newCompany, type CompanyInput } from '../../../shared/domain/company';
import { routerWrapper, withTestDatabase } from '../../../test/setup/rendererDb';
import type { VeldwerkDb } from '../../db/database';
import type { CompanyRow } from '../../db/queries/companies';
import { insertCompany } from '../../db/repositories/companies';
import { companyResolver, toFormValues, type CompanyFormValues } from './companyForm';
import { useAutosave } from './useAutosave';

let db: VeldwerkDb;
withTestDatabase('company-autosave', (fresh) => (db = fresh));
const wrapper = routerWrapper;

async function openCompany() {
  const company = newCompany(emptyCompanyInput({ name: 'Garage Van Dijk', kind: 'mkb', gemeente: 'dordrecht' }), new Date().toISOString(), crypto.randomUUID());
  await insertCompany(company);
  const row: CompanyRow = (await db.companies.get(company.id))!;
  return renderHook(
    () => {
      const form = useForm<CompanyFormValues, unknown, CompanyInput>({ resolver: companyResolver, defaultValues: toFormValues(row), mode: 'onChange' });
      return { form, autosave: useAutosave(row.id, form, { ...row } as Record<string, unknown>), id: row.id };
    },
    { wrapper },
  );
}

const stored = async (id: string): Promise<CompanyRow> => (await db.companies.get(id))!;

describe('useAutosave (company page)', () => {
  it('writes an edit after a pause', async () => {
    const { result } = await openCompany();
    act(() => result.current.form.setValue('place', 'Zwijndrecht'));
    await waitFor(() => expect(result.current.autosave.state).toBe('pending'));
    await waitFor(async () => expect((await stored(result.current.id)).place).toBe('Zwijndrecht'));
    await waitFor(() => expect(result.current.autosave.state).toBe('saved'));
  });

  it('never writes invalid input and says so', async () => {
    const { result } = await openCompany();
    act(() => result.current.form.setValue('name', ''));
    await act(async () => expect(await result.current.autosave.flush()).toBe(false));
    expect(result.current.autosave.state).toBe('invalid');
    expect(result.current.autosave.blocking).toBe(true);
    expect((await stored(result.current.id)).name).toBe('Garage Van Dijk');
  });

  it('shows a failed write and writes the edit on the next try instead of dropping it', async () => {
    const { result } = await openCompany();
    db.close();
    act(() => result.current.form.setValue('place', 'Papendrecht'));
    await act(async () => expect(await result.current.autosave.flush()).toBe(false));
    expect(result.current.autosave.state).toBe('error');
    expect(result.current.autosave.error).toBeTruthy();
    expect(result.current.autosave.blocking).toBe(true);
    await db.open();
    await act(async () => expect(await result.current.autosave.flush()).toBe(true));
    expect(result.current.autosave.state).toBe('saved');
    expect((await stored(result.current.id)).place).toBe('Papendrecht');
  });
});
