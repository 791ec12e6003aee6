import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { toCsvBytes } from '../../../shared/export/csv';
import { localDate } from '../../../shared/dates/localDate';
import { useCompanies, type CompanyRow } from '../../db/queries/companies';
import { useContactLogs, type ContactLogRow } from '../../db/queries/contactLogs';
import { saveFile } from '../../platform/platform';
import { Button } from '../../ui/Button';
import { EmptyState, Notice, Page } from '../../ui/Page';
import { ContactLogFilters } from './ContactLogFilters';
import { ContactLogTable } from './ContactLogTable';
import { EMPTY_FILTER, EXPORT_COLUMNS, filterLogs, toViews, type LogFilter, type LogView } from './logTable';
import { openContactLogEditor, openQuickEntry } from './quickEntry';
import { ui } from '../../../shared/i18n/nl/contactsScreens';
import '../../styles/contacts.css';
import { t } from '../../../shared/i18n';

async function exportRows(rows: LogView[], kind: 'csv' | 'xlsx'): Promise<boolean> {
  const name = `contactmomenten-${localDate(new Date())}.${kind}`;
  if (kind === 'csv') return saveFile(name, toCsvBytes(EXPORT_COLUMNS, rows), 'text/csv;charset=utf-8');
  // exceljs is large: load it only when someone exports.
  const { toXlsx } = await import('../../../shared/export/xlsx');
  const bytes = await toXlsx([{ name: ui.logs.sheet, columns: EXPORT_COLUMNS, rows }]);
  return saveFile(name, bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
}

/**
 * The list rows, kept per version of the logs and the companies: coming back to this screen
 * (or a change elsewhere) does not rebuild them for 100k companies (issue 20).
 */
let lastViews: { logs: readonly ContactLogRow[]; companies: readonly CompanyRow[]; views: LogView[] } | null = null;
function viewsOf(logs: readonly ContactLogRow[], companies: readonly CompanyRow[]): LogView[] {
  if (lastViews && lastViews.logs === logs && lastViews.companies === companies) return lastViews.views;
  const byId = new Map<string, CompanyRow>(companies.map((c) => [c.id, c]));
  const views = toViews(logs, byId);
  lastViews = { logs, companies, views };
  return views;
}

/** Every contact log on this device in one filterable, exportable list. */
export function ContactLogsScreen() {
  const logs = useContactLogs();
  const companies = useCompanies();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<LogFilter>(EMPTY_FILTER);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const views = useMemo(() => (logs && companies ? viewsOf(logs, companies) : []), [logs, companies]);
  const shown = useMemo(() => filterLogs(views, filter), [views, filter]);
  const advisors = useMemo(() => {
    const m = new Map<string, string>();
    for (const l of logs ?? []) if (l.advisorId && !m.has(l.advisorId)) m.set(l.advisorId, l.advisorName || l.advisorId);
    return [...m].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  }, [logs]);

  async function onExport(kind: 'csv' | 'xlsx') {
    try {
      if (await exportRows(shown, kind)) setMessage({ tone: 'success', text: ui.logs.exported(shown.length) });
    } catch (e) {
      console.error(e);
      setMessage({ tone: 'error', text: ui.logs.exportFailed });
    }
  }

  const loading = logs === undefined || companies === undefined;
  return (
    <Page
      title={ui.logs.title}
      description={ui.logs.description}
      actions={
        <>
          <Button variant="primary" onPress={() => openQuickEntry(null)}>
            {ui.quickEntry.open}
          </Button>
        </>
      }
    >
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {loading ? (
        <p role="status">{t.loading}</p>
      ) : views.length === 0 ? (
        <EmptyState title={ui.logs.empty}>
          <p>{ui.logs.emptyHelp}</p>
        </EmptyState>
      ) : (
        <>
          <ContactLogFilters filter={filter} onChange={setFilter} advisors={advisors} />
          <div className="log-toolbar">
            <p className="log-count" role="status">
              {ui.logs.count(shown.length, views.length)}
            </p>
            <Button onPress={() => void onExport('csv')} isDisabled={shown.length === 0}>
              {ui.logs.exportCsv}
            </Button>
            <Button onPress={() => void onExport('xlsx')} isDisabled={shown.length === 0}>
              {ui.logs.exportXlsx}
            </Button>
          </div>
          <ContactLogTable
            rows={shown}
            onEdit={openContactLogEditor}
            onOpenCompany={(id) => navigate(`/portefeuille/${encodeURIComponent(id)}`)}
          />
        </>
      )}
    </Page>
  );
}
