import { useLiveQuery } from 'dexie-react-hooks';
import { GEMEENTE_LABELS, organisationSchema } from '../../../shared/domain/common';
import { COMPANY_STATUS_LABELS } from '../../../shared/domain/company';
import { CHANNEL_LABELS } from '../../../shared/domain/contactLog';
import { t } from '../../../shared/i18n';
import { formatShortDate } from '../../../shared/i18n/format';
import { syncUi } from '../../../shared/i18n/nl/sync';
import { isSyncedTable } from '../../../shared/sync/tables';
import type { ConflictRow, PeerRow, StoredRow, VeldwerkDb } from '../database';
import { getDb } from '../database';
import { PROFILE_KEY } from './settings';

export type ConflictView = ConflictRow & {
  /** "Bedrijf", "Contactmoment" … */
  tableLabel: string;
  /** What the record is called: the company's name, or the log's date and company. */
  recordLabel: string;
  fieldLabel: string;
  winnerWho: string;
  loserWho: string;
  rowExists: boolean;
  /** Labels for coded values (status keys, gemeenten), when the field has them. */
  valueLabels?: Record<string, string>;
};

const VALUE_LABELS: Record<string, Record<string, string>> = {
  'companies.status': COMPANY_STATUS_LABELS,
  'companies.gemeente': GEMEENTE_LABELS,
  'contactLogs.channel': CHANNEL_LABELS,
};

const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);

function recordLabel(
  row: StoredRow | undefined,
  company: StoredRow | undefined,
  rowId: string,
): string {
  if (!row) return rowId;
  const own =
    str(row.name) ??
    str(row.title) ??
    str(row.term) ??
    (str(row.at) && formatShortDate(String(row.at)));
  const companyName = company && company.id !== row.id ? str(company.name) : null;
  return [own, companyName].filter(Boolean).join(' · ') || rowId;
}

/** "Sanne de Wit (LWL)" for a device, from what its batches told us about its advisor. */
export function deviceLabel(
  peer: PeerRow | undefined,
  deviceId: string,
  ownDeviceId: string | null,
  ownName: string | null,
): string {
  if (deviceId === ownDeviceId)
    return ownName
      ? `${ownName} (${syncUi.conflicts.thisDevice.toLowerCase()})`
      : syncUi.conflicts.thisDevice;
  if (!peer?.advisorName) return `${syncUi.peers.device} ${deviceId.slice(0, 6)}`;
  const org = organisationSchema.safeParse(peer.organisation);
  return org.success ? `${peer.advisorName} (${t.organisationsShort[org.data]})` : peer.advisorName;
}

export async function loadConflictViews(
  db: VeldwerkDb,
  status: ConflictRow['status'] = 'open',
): Promise<ConflictView[]> {
  const conflicts = await db.conflicts.where('status').equals(status).toArray();
  const peers = new Map((await db.peers.toArray()).map((p) => [p.deviceId, p]));
  const profile = (await db.settings.get(PROFILE_KEY))?.value as
    { name?: string; deviceId?: string } | undefined;
  const ownDevice = str((await db.settings.get('deviceId'))?.value) ?? profile?.deviceId ?? null;
  const who = (deviceId: string) =>
    deviceLabel(peers.get(deviceId), deviceId, ownDevice, profile?.name ?? null);
  const views: ConflictView[] = [];
  for (const c of conflicts.sort((a, b) => b.detectedAt - a.detectedAt)) {
    const row = isSyncedTable(c.table) ? await db.syncedTable(c.table).get(c.rowId) : undefined;
    const companyId = c.table === 'companies' ? c.rowId : str(row?.companyId);
    const company = companyId ? await db.companies.get(companyId) : undefined;
    views.push({
      ...c,
      tableLabel: syncUi.tables[c.table] ?? c.table,
      recordLabel: recordLabel(row, company, c.rowId),
      fieldLabel: syncUi.fields[c.field] ?? c.field,
      winnerWho: who(c.winner.deviceId),
      loserWho: who(c.loser.deviceId),
      rowExists: row !== undefined,
      ...(VALUE_LABELS[`${c.table}.${c.field}`] && {
        valueLabels: VALUE_LABELS[`${c.table}.${c.field}`],
      }),
    });
  }
  return views;
}

/** Open conflicts with human labels, live. */
export function useOpenConflicts(): ConflictView[] | undefined {
  return useLiveQuery(() => loadConflictViews(getDb()), []);
}

export function useOpenConflictCount(): number | undefined {
  return useLiveQuery(() => getDb().conflicts.where('status').equals('open').count(), []);
}
