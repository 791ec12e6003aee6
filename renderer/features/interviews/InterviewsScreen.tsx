import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/i18n/format';
import { useCompanies } from '../../db/queries/companies';
import { useInterviews } from '../../db/queries/interviews';
import { Button } from '../../ui/Button';
import { Badge, EmptyState, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { StartInterviewDialog } from './StartInterviewDialog';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';
import { useSeededGuides } from './useSeededGuides';
import '../../styles/interviews.css';
import { foldText } from '../../../shared/text/normalize';

type StatusFilter = 'alle' | 'concept' | 'afgerond';

/** `/gesprekken`: every interview on this device, with a filter and "Gesprek starten". */
export function InterviewsScreen() {
  const interviews = useInterviews();
  const companies = useCompanies();
  const { guides } = useSeededGuides();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('alle');
  const [starting, setStarting] = useState(false);

  const rows = useMemo(() => {
    const names = new Map((companies ?? []).map((c) => [c.id, c.name ?? '']));
    const titles = new Map((guides ?? []).map((g) => [g.id, g.title]));
    const q = foldText(query.trim());
    return (interviews ?? [])
      .map((i) => ({
        ...i,
        companyName: names.get(i.companyId) ?? tx.unknownCompany,
        guideTitle: titles.get(i.guideId) ?? i.guideKey,
      }))
      .filter((r) => status === 'alle' || r.status === status)
      .filter((r) => !q || foldText(`${r.companyName} ${r.guideTitle} ${r.advisorName}`).includes(q));
  }, [interviews, companies, guides, query, status]);

  const actions = (
    <>
      <Link className="btn btn-secondary" to="/gesprekken/handleidingen">
        {tx.guidesLink}
      </Link>
      <Button variant="primary" onPress={() => setStarting(true)}>
        {tx.start}
      </Button>
    </>
  );

  return (
    <Page title={tx.title} description={tx.description} actions={actions}>
      {interviews && interviews.length === 0 ? (
        <EmptyState title={tx.noInterviews}>
          <p>{tx.noInterviewsBody}</p>
        </EmptyState>
      ) : (
        <>
          <div className="interviews-filters">
            <TextField label={tx.filterLabel} value={query} onChange={setQuery} type="search" />
            <SelectField<StatusFilter>
              label={tx.statusFilter}
              value={status}
              onChange={setStatus}
              options={[
                { value: 'alle', label: tx.all },
                { value: 'concept', label: tx.statuses.concept! },
                { value: 'afgerond', label: tx.statuses.afgerond! },
              ]}
            />
          </div>
          <table className="simple-table interviews-table">
            <caption className="visually-hidden">{tx.title}</caption>
            <thead>
              <tr>
                <th scope="col">{tx.columns.company}</th>
                <th scope="col">{tx.columns.guide}</th>
                <th scope="col">{tx.columns.advisor}</th>
                <th scope="col">{tx.columns.status}</th>
                <th scope="col">{tx.columns.lastChange}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link className="link" to={`/gesprekken/${r.id}`}>
                      {r.companyName}
                    </Link>
                  </td>
                  <td>
                    {r.guideTitle} <span className="muted">({tx.version(r.guideVersion)})</span>
                  </td>
                  <td>{r.advisorName}</td>
                  <td>
                    <Badge tone={r.status === 'afgerond' ? 'success' : 'warning'}>
                      {tx.statuses[r.status]}
                    </Badge>
                  </td>
                  <td>{formatDateTime(r.lastChangeAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="muted">{tx.noMatch}</p>}
        </>
      )}
      {starting && <StartInterviewDialog isOpen onOpenChange={setStarting} />}
    </Page>
  );
}
