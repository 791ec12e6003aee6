import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Guide } from '../../../shared/domain/guide';
import { formatLocalDate } from '../../../shared/dates/localDate';
import { guides as nl } from '../../../shared/i18n/nl/guides';
import { useGuideUsage } from '../../db/queries/guides';
import { createGuide } from '../../db/repositories/guides';
import { Button } from '../../ui/Button';
import { Badge, Notice, Page } from '../../ui/Page';
import { TextField } from '../../ui/TextField';
import { exportGuideAnswers } from './exportAnswers';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';
import { guideOrder, useSeededGuides } from './useSeededGuides';
import '../../styles/interviews.css';

const t = tx.guides;
const STATUS_TONE = {
  concept: 'warning',
  gepubliceerd: 'success',
  ingetrokken: 'neutral',
} as const;

/** `/gesprekken/handleidingen`: every guide with its versions, status and use. */
export function GuidesScreen() {
  const navigate = useNavigate();
  const { guides, error } = useSeededGuides();
  const usage = useGuideUsage();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [newTitle, setNewTitle] = useState('');

  const byKey = new Map<string, Guide[]>();
  for (const g of guides ?? []) byKey.set(g.guideKey, [...(byKey.get(g.guideKey) ?? []), g]);

  const runExport = async (versions: Guide[], format: 'csv' | 'xlsx') => {
    try {
      const n = await exportGuideAnswers(versions, format);
      setMessage({ tone: 'success', text: t.exported(n) });
    } catch (e) {
      setMessage({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <Page
      title={t.title}
      description={t.description}
      actions={
        <Link className="btn btn-secondary" to="/gesprekken">
          {t.back}
        </Link>
      }
    >
      {error && <Notice tone="error">{error}</Notice>}
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {guides === undefined && <p role="status">{t.loading}</p>}
      {[...byKey.entries()]
        .sort(([a], [b]) => guideOrder(a) - guideOrder(b))
        .map(([key, versions]) => {
          const sorted = [...versions].sort((a, b) => b.version - a.version);
          const newest = sorted[0]!;
          return (
            <section key={key} className="card guide-card" aria-labelledby={`g-${key}`}>
              <h2 id={`g-${key}`}>{newest.title}</h2>
              <p className="muted">{nl.audiences[newest.audience]}</p>
              <table className="simple-table">
                <caption className="visually-hidden">{`${t.versions}: ${newest.title}`}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.version}</th>
                    <th scope="col">{t.status}</th>
                    <th scope="col">{t.date}</th>
                    <th scope="col">{t.used}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t.actions}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {sorted.map((g) => (
                    <tr key={g.id}>
                      <td>{g.version}</td>
                      <td>
                        <Badge tone={STATUS_TONE[g.status]}>{nl.statuses[g.status]}</Badge>
                      </td>
                      <td>{formatLocalDate(g.date)}</td>
                      <td>{t.usedCount(usage?.get(g.id) ?? 0)}</td>
                      <td>
                        <div className="guide-row-actions">
                          <Link
                            className="link"
                            to={`/gesprekken/handleidingen/${g.id}`}
                            aria-label={t.withVersion(g.status === 'concept' ? t.edit : t.open, g.title, g.version)}
                          >
                            {g.status === 'concept' ? t.edit : t.open}
                          </Link>
                          <Link
                            className="link"
                            to={`/gesprekken/handleidingen/${g.id}/afdrukken`}
                            aria-label={t.withVersion(t.printBlank, g.title, g.version)}
                          >
                            {t.printBlank}
                          </Link>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="guide-card-actions">
                <Button onPress={() => void runExport(versions, 'csv')}>{t.exportCsv}</Button>
                <Button onPress={() => void runExport(versions, 'xlsx')}>{t.exportXlsx}</Button>
              </div>
            </section>
          );
        })}
      <form
        className="card new-guide"
        onSubmit={(e) => {
          e.preventDefault();
          if (!newTitle.trim()) return;
          void createGuide(newTitle.trim()).then((g) =>
            navigate(`/gesprekken/handleidingen/${g.id}`),
          );
        }}
      >
        <h2>{t.newGuide}</h2>
        <TextField label={t.newGuideTitle} value={newTitle} onChange={setNewTitle} />
        <Button type="submit" isDisabled={!newTitle.trim()}>
          {t.create}
        </Button>
      </form>
    </Page>
  );
}
