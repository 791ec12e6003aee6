import { useMemo, useState } from 'react';
import { ORGANISATIONS, type Organisation } from '../../../shared/domain/common';
import { common } from '../../../shared/i18n/nl/common';
import { contacts } from '../../../shared/i18n/nl/contacts';
import { formatDateTime } from '../../../shared/i18n/format';
import { filterTimeline, TIMELINE_TYPES, type TimelineType } from '../../../shared/rules/timeline';
import { useProfile } from '../../db/queries/settings';
import { useCompanyTimeline } from '../../db/queries/timeline';
import { Button } from '../../ui/Button';
import { Badge } from '../../ui/Page';
import { CheckboxGroupField } from '../../ui/CheckboxGroupField';
import { FollowUpEditDialog } from './FollowUpEditDialog';
import { openContactLogEditor } from './quickEntry';
import { ui } from '../../../shared/i18n/nl/contactsScreens';
import '../../styles/contacts.css';
import { t } from '../../../shared/i18n';

/**
 * One chronological story of a company, filterable by type and organisation. Contacts and
 * actions open for correction from here ("Bewerken").
 */
export function CompanyTimelinePanel({ companyId }: { companyId: string }) {
  const entries = useCompanyTimeline(companyId);
  const profile = useProfile();
  const [editingFollowUp, setEditingFollowUp] = useState<string | null>(null);
  const [types, setTypes] = useState<TimelineType[]>([]);
  const [orgs, setOrgs] = useState<Organisation[]>([]);
  const shown = useMemo(() => filterTimeline(entries ?? [], { types, organisations: orgs }), [entries, types, orgs]);
  if (!entries) return <p role="status">{t.loading}</p>;
  return (
    <div className="timeline-panel">
      <div className="timeline-filters">
        <CheckboxGroupField
          label={ui.timeline.filterType}
          options={TIMELINE_TYPES.map((t) => ({ value: t, label: contacts.timeline.types[t] }))}
          value={types}
          onChange={(v) => setTypes(v as TimelineType[])}
          columns={2}
        />
        <CheckboxGroupField
          label={ui.timeline.filterOrganisation}
          options={ORGANISATIONS.map((o) => ({ value: o, label: common.organisationsShort[o] }))}
          value={orgs}
          onChange={(v) => setOrgs(v as Organisation[])}
          columns={3}
        />
      </div>
      <p className="timeline-count" role="status">
        {ui.timeline.count(shown.length, entries.length)}
      </p>
      {shown.length === 0 ? (
        <p className="muted">{entries.length === 0 ? ui.timeline.empty : ui.timeline.emptyFiltered}</p>
      ) : (
        <ol className="timeline" aria-label={ui.timeline.title}>
          {shown.map((e) => (
            <li key={e.id} className={`timeline-item timeline-${e.type}${e.private ? ' is-private' : ''}`} data-type={e.type}>
              <div className="timeline-head">
                <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                <Badge>{contacts.timeline.types[e.type]}</Badge>
                {e.organisation && <span className="timeline-org">{common.organisationsShort[e.organisation]}</span>}
                {e.private && (
                  <Badge tone="private" label={contacts.visibility.priveMarker}>
                    {ui.timeline.privateMarker}
                  </Badge>
                )}
              </div>
              <div className="timeline-title">
                {e.title}
                {(e.type === 'contact' || e.type === 'actie') && (
                  <Button
                    variant="quiet"
                    className="timeline-edit"
                    aria-label={ui.editLog.editLabel(e.title)}
                    onPress={() => (e.type === 'contact' ? openContactLogEditor(e.refId) : setEditingFollowUp(e.refId))}
                  >
                    {ui.editLog.edit}
                  </Button>
                )}
              </div>
              {e.detail && <div className="timeline-detail">{e.detail}</div>}
            </li>
          ))}
        </ol>
      )}
      {profile && <FollowUpEditDialog followUpId={editingFollowUp} profile={profile} onClose={() => setEditingFollowUp(null)} />}
    </div>
  );
}
