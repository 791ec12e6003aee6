import { useMemo, useState } from 'react';
import type { Target } from '../../../shared/domain/target';
import { computeTargetProgress } from '../../../shared/rules/targets';
import { useAlignmentData, useTargets } from '../../db/queries/alignment';
import { useProfile } from '../../db/queries/settings';
import { deleteTarget } from '../../db/repositories/targets';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState, Page } from '../../ui/Page';
import { AlignmentNav } from './AlignmentNav';
import { CompanyListDialog, type CompanyListRequest } from './CompanyListDialog';
import { TargetCard } from './TargetCard';
import { TargetDialog } from './TargetDialog';
import { orgLong } from './labels';
import '../../styles/alignment.css';
import { targetsText as tt } from '../../../shared/i18n/nl/alignmentTargets';

const GROUPS = [
  { key: 'samen', title: tt.groups.samen },
  { key: 'lwl', title: orgLong('lwl') },
  { key: 'baanbrekend', title: orgLong('baanbrekend') },
  { key: 'partner', title: tt.groups.partner },
] as const;

/** `/afstemming/doelen`: joint and per-organisation SMART targets with their progress. */
export function TargetsScreen() {
  const targets = useTargets();
  const data = useAlignmentData();
  const profile = useProfile();
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Target | null>(null);
  const [list, setList] = useState<CompanyListRequest | null>(null);
  const [status, setStatus] = useState('');

  const progress = useMemo(() => {
    if (!targets || !data) return null;
    const now = new Date();
    return new Map(
      targets.map((t) => [t.id, computeTargetProgress({ target: t, companies: data.companies, logs: data.logs, interviews: data.interviews, now })]),
    );
  }, [targets, data]);
  const companies = useMemo(() => new Map((data?.companies ?? []).map((c) => [c.id, c])), [data]);
  const advisorNames = useMemo(() => new Map((data?.advisors ?? []).map((a) => [a.id, a.name])), [data]);
  const interviewCompany = useMemo(() => new Map((data?.interviews ?? []).map((i) => [i.id, i.companyId])), [data]);

  return (
    <Page
      title={tt.title}
      description={tt.description}
      actions={
        <Button variant="primary" onPress={() => setEditing('new')} isDisabled={!data}>
          {tt.add}
        </Button>
      }
    >
      <AlignmentNav />
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {!targets || !progress ? (
        <p className="loading" role="status">{tt.loading}</p>
      ) : targets.length === 0 ? (
        <EmptyState title={tt.none} actions={<Button variant="primary" onPress={() => setEditing('new')}>{tt.add}</Button>}>
          <p>{tt.noneBody}</p>
        </EmptyState>
      ) : (
        GROUPS.map((g) => {
          const inGroup = targets.filter((t) => t.organisation === g.key);
          if (inGroup.length === 0) return null;
          return (
            <section key={g.key} className="target-group" aria-labelledby={`doelen-${g.key}`}>
              <h2 id={`doelen-${g.key}`}>{g.title}</h2>
              <div className="target-grid">
                {inGroup.map((t) => (
                  <TargetCard
                    key={t.id}
                    target={t}
                    progress={progress.get(t.id)!}
                    advisorName={t.advisorId ? (advisorNames.get(t.advisorId) ?? null) : null}
                    onEdit={() => setEditing(t)}
                    onDelete={() => setDeleting(t)}
                    onShow={() => {
                      const ids = progress.get(t.id)!.ids;
                      setList({
                        title: t.title,
                        ids: t.metric === 'gesprekken' ? [...new Set(ids.flatMap((i) => interviewCompany.get(i) ?? []))] : ids,
                      });
                    }}
                  />
                ))}
              </div>
            </section>
          );
        })
      )}
      {editing && data && (
        <TargetDialog
          target={editing === 'new' ? null : editing}
          organisation={profile?.organisation ?? 'lwl'}
          advisors={data.advisors}
          onClose={() => setEditing(null)}
          onSaved={(title) => {
            setEditing(null);
            setStatus(tt.saved(title));
          }}
        />
      )}
      {list && <CompanyListDialog request={list} companies={companies} onClose={() => setList(null)} />}
      <ConfirmDialog
        title={tt.removeTitle}
        confirmLabel={tt.remove}
        isOpen={deleting !== null}
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          const t = deleting;
          setDeleting(null);
          if (t) {
            await deleteTarget(t.id);
            setStatus(tt.removed(t.title));
          }
        }}
      >
        <p>{tt.removeBody(deleting?.title ?? '')}</p>
      </ConfirmDialog>
    </Page>
  );
}
