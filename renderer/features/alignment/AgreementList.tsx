import type { MeetingDraft } from '../../db/repositories/meetings';
import { formatLocalDate } from '../../../shared/dates/localDate';
import { Button } from '../../ui/Button';
import { CompanyLink } from './CompanyLink';
import { orgShort } from './labels';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';
import { overviewText as ot } from '../../../shared/i18n/nl/alignmentOverview';

type Agreement = MeetingDraft['agreements'][number];

/** The agreements of a meeting, as a table the minutes also use; edit and remove on screen. */
export function AgreementList({
  agreements,
  companyNames,
  onEdit,
  onRemove,
}: {
  agreements: Agreement[];
  companyNames: Map<string, string>;
  onEdit?: (a: Agreement) => void;
  onRemove?: (a: Agreement) => void;
}) {
  if (agreements.length === 0) return <p className="section-empty">{ui.meeting.noAgreements}</p>;
  const c = ui.columns;
  return (
    <table className="simple-table agreements-table">
      <caption className="visually-hidden">{ui.meeting.agreements}</caption>
      <thead>
        <tr>
          <th scope="col">{c.company}</th>
          <th scope="col">{c.agreement}</th>
          <th scope="col">{c.owner}</th>
          <th scope="col">{c.due}</th>
          {(onEdit || onRemove) && (
            <th scope="col" className="no-print">
              <span className="visually-hidden">{ot.actions}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {agreements.map((a) => {
          const name = companyNames.get(a.companyId) ?? '';
          return (
            <tr key={a.id}>
              <th scope="row">
                <CompanyLink id={a.companyId} name={name} />
              </th>
              <td className="prewrap">{a.text}</td>
              <td>
                {a.ownerName} · {orgShort(a.organisation)}
              </td>
              <td className="nowrap">{a.due ? formatLocalDate(a.due) : '—'}</td>
              {(onEdit || onRemove) && (
                <td className="no-print nowrap">
                  {onEdit && (
                    <Button variant="quiet" aria-label={ui.meeting.editAgreement(name)} onPress={() => onEdit(a)}>
                      {ui.meeting.edit}
                    </Button>
                  )}
                  {onRemove && (
                    <Button variant="quiet" aria-label={ui.meeting.removeAgreement(name)} onPress={() => onRemove(a)}>
                      {ui.meeting.remove}
                    </Button>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
