import type { z } from 'zod';
import { contactLogInputSchema } from '../../shared/domain/contactLog';
import type { VeldwerkDb } from '../../renderer/db/database';
import { write } from '../../renderer/db/repository';

/** The advisor of this device in contact-log tests. */
export const ME = { advisorId: 'adv-me', name: 'Sanne Adviseur', organisation: 'lwl' as const };

/** One company not yet approached, `c1`, for the logs of a test to be about. */
export const seedCompanyC1 = (db: VeldwerkDb) =>
  write(db, 'Bedrijf toegevoegd', (w) =>
    w.insert('companies', [
      { id: 'c1', name: 'Bakkerij De Molen', status: 'nog-niet-benaderd', networkIds: [], demo: false },
    ]),
  );

/** A valid contact log input at `c1` (a company visit on 2 March 2026), with `overrides`. */
export const logInput = (overrides: Record<string, unknown> = {}): z.output<ReturnType<typeof contactLogInputSchema>> =>
  contactLogInputSchema().parse({
    companyId: 'c1',
    at: '2026-03-02T10:00:00+01:00',
    channel: 'bedrijfsbezoek',
    summary: 'Kennismaking',
    ...overrides,
  });
