import { COMPANY_PANELS } from './companyPanels';

/**
 * The panels beside a company, in their `order`, each a titled section. The reading view leaves
 * out the panels its bezoekkaart already shows (`without`).
 */
export function CompanyPanelStack({ companyId, without = [] }: { companyId: string; without?: readonly string[] }) {
  return (
    <div className="panel-stack">
      {COMPANY_PANELS.filter((p) => !without.includes(p.id))
        .sort((a, b) => a.order - b.order)
        .map(({ id, title, Component }) => (
          <section key={id} className="card" aria-labelledby={`panel-${id}`}>
            <h2 id={`panel-${id}`}>{title}</h2>
            <Component companyId={companyId} />
          </section>
        ))}
    </div>
  );
}
