import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { SearchField, Input, Label } from 'react-aria-components';
import { Page } from '../../ui/Page';
import { Button } from '../../ui/Button';
import { ActiveFilters } from './ActiveFilters';
import { ColumnsMenu } from './ColumnsMenu';
import { CompanyTable } from './CompanyTable';
import { DemoBanner } from './DemoBanner';
import { ExportMenu } from './ExportMenu';
import { FacetFilters } from './FacetFilters';
import { LastImportNotice } from './LastImportNotice';
import { NewCompanyDialog } from './NewCompanyDialog';
import { PortfolioEmpty } from './PortfolioEmpty';
import { SavedViewsMenu } from './SavedViewsMenu';
import { usePortfolioData } from './usePortfolioData';
import { duplicateIndexFor } from './useDuplicateIndex';
import { useCompanies } from '../../db/queries/companies';
import { whenIdle } from '../../db/queries/tableStore';
import { EMPTY_VIEW, sessionStore, type FacetId, type ViewState } from './viewState';
import '../../styles/portfolio.css';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

/** The advisor's main screen: every company and zzp-er, searchable, filterable, exportable. */
export function PortfolioScreen() {
  const navigate = useNavigate();
  const [view, setView] = useState<ViewState>(sessionStore.get);
  const [viewName, setViewName] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const data = usePortfolioData(view);
  const companies = useCompanies();
  useEffect(() => {
    // Warm the duplicate index while the advisor looks at the list: a company opens at once.
    if (!companies || companies.length === 0) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void whenIdle().then(() => {
        if (!cancelled) void duplicateIndexFor(companies, true);
      });
    }, 3000);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [companies]);

  const update = useCallback((patch: Partial<ViewState>) => {
    setView((old) => {
      const next = { ...old, ...patch };
      sessionStore.set(next);
      return next;
    });
  }, []);
  const setFacet = useCallback(
    (facet: FacetId, values: string[]) => {
      setView((old) => {
        const next = { ...old, facets: { ...old.facets, [facet]: values } };
        sessionStore.set(next);
        return next;
      });
    },
    [],
  );
  const open = useCallback((id: string) => navigate(`/portefeuille/${id}`), [navigate]);

  const actions = (
    <>
      <Button variant="primary" onPress={() => setCreating(true)}>
        {px.list.bedrijfToevoegen}
      </Button>
      <Button onPress={() => navigate('/portefeuille/import')}>{px.list.importeren}</Button>
      {data.total > 0 && <ExportMenu rows={data.rows} view={view} ctx={data.ctx} />}
    </>
  );

  return (
    <Page title={px.list.portefeuille} description={px.list.alleMkbBedrijvenEn} actions={actions}>
      <DemoBanner />
      <LastImportNotice />
      <NewCompanyDialog isOpen={creating} onOpenChange={setCreating} />
      {data.loading ? (
        <p className="loading" role="status">
          {px.list.bezigMetLaden}
        </p>
      ) : data.total === 0 ? (
        <PortfolioEmpty onCreate={() => setCreating(true)} />
      ) : (
        <>
          <div className="portfolio-toolbar">
            <SearchField
              className="search-field"
              value={view.search}
              onChange={(search) => update({ search })}
              aria-label={px.list.zoekenOpNaamKvk}
            >
              <Label className="visually-hidden">{px.list.zoekenOpNaamKvk}</Label>
              <Input className="field-input" placeholder={px.list.zoekOpNaamKvk} />
            </SearchField>
            <ColumnsMenu view={view} onViewChange={update} />
            <SavedViewsMenu
              view={view}
              onApply={(v, name) => {
                update(v);
                setViewName(name);
              }}
            />
            {viewName && <span className="view-name">Weergave: {viewName}</span>}
          </div>
          <FacetFilters prepared={data.prepared} search={view.search} facets={view.facets} ctx={data.ctx} onChange={setFacet} />
          <ActiveFilters
            shown={data.rows.length}
            total={data.total}
            search={view.search}
            facets={view.facets}
            ctx={data.ctx}
            onRemove={(facet, value) => setFacet(facet, (view.facets[facet] ?? []).filter((v) => v !== value))}
            onClearSearch={() => update({ search: '' })}
            onClearAll={() => update({ search: '', facets: EMPTY_VIEW.facets })}
          />
          <CompanyTable
            sorted={data.sorted}
            rows={data.rows}
            ctx={data.ctx}
            view={view}
            onViewChange={update}
            onOpen={open}
            onEscape={() => update({ search: '' })}
            initialScroll={sessionStore.getScroll()}
            onScroll={sessionStore.setScroll}
          />
        </>
      )}
    </Page>
  );
}
