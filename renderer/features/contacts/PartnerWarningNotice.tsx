import { contacts } from '../../../shared/i18n/nl/contacts';
import type { PartnerWarning } from '../../../shared/rules/doubleApproach';

/** The non-blocking "Let op" warning: who of the other organisation did what, and when. */
export function PartnerWarningNotice({ warnings, windowDays }: { warnings: PartnerWarning[]; windowDays: number }) {
  if (warnings.length === 0) return null;
  return (
    <div className="notice notice-warning partner-warning" role="status" data-testid="partner-warning">
      <strong className="notice-title">{contacts.doubleApproach.heading}</strong>
      <p className="partner-warning-explain">{contacts.doubleApproach.explain(windowDays)}</p>
      <ul className="partner-warning-list">
        {warnings.map((w) => (
          <li key={`${w.kind}:${w.refId}`}>{w.message}</li>
        ))}
      </ul>
    </div>
  );
}
