import { useState } from 'react';
import { Link } from 'react-router';
import type { ReferenceTable } from '../../../shared/domain/referenceSet';
import { localToday } from '../../../shared/dates/localDate';
import { useNetworks, useSchemes, useTerms } from '../../db/queries/reference';
import { exportReferenceFile } from '../../db/repositories/reference';
import { saveFile } from '../../platform/platform';
import { Button } from '../../ui/Button';
import { Notice, Page } from '../../ui/Page';
import { NewNetworkButton } from './NewNetworkButton';
import { NewSchemeButton } from './NewSchemeButton';
import { NewTermButton } from './NewTermButton';
import { networkHref, schemeHref, termHref } from './paths';
import { ReferenceImport } from './ReferenceImport';
import { RetireButton } from './RetireButton';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';
import '../../styles/kennisbank.css';

const a = kx.admin;

/** Beheer: add rows, bring retired rows back, export and import the whole reference set. */
export function ReferenceAdminScreen() {
  const terms = useTerms();
  const schemes = useSchemes();
  const networks = useNetworks();
  const [exportState, setExportState] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  async function doExport() {
    setExportState(null);
    try {
      const text = await exportReferenceFile();
      const saved = await saveFile(`veldwerk-referentieset-${localToday()}.json`, new TextEncoder().encode(text), 'application/json');
      if (saved) setExportState({ tone: 'success', text: a.exported });
    } catch (e) {
      setExportState({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  }

  const retired: { table: ReferenceTable; id: string; name: string; href: string }[] = [
    ...(terms ?? []).filter((t) => t.retired).map((t) => ({ table: 'terms' as const, id: t.id, name: t.term, href: termHref(t.key) })),
    ...(schemes ?? []).filter((s) => s.retired).map((s) => ({ table: 'schemes' as const, id: s.id, name: s.name, href: schemeHref(s.key) })),
    ...(networks ?? []).filter((n) => n.retired).map((n) => ({ table: 'networks' as const, id: n.id, name: n.name, href: networkHref(n.id) })),
  ];

  return (
    <Page title={a.title} description={a.description}>
      <section className="card" aria-labelledby="kb-counts">
        <h2 id="kb-counts">{a.counts}</h2>
        <ul className="kb-counts">
          <li>
            <Link to="/kennisbank/begrippen" className="link">{kx.terms.results(terms?.filter((t) => !t.retired).length ?? 0)}</Link> <NewTermButton />
          </li>
          <li>
            <Link to="/kennisbank/regelingen" className="link">{kx.schemes.results(schemes?.filter((s) => !s.retired).length ?? 0)}</Link> <NewSchemeButton />
          </li>
          <li>
            <Link to="/kennisbank/netwerken" className="link">{kx.networks.results(networks?.filter((n) => !n.retired).length ?? 0)}</Link> <NewNetworkButton />
          </li>
        </ul>
      </section>
      <div className="grid-2 kb-admin-grid">
        <section className="card" aria-labelledby="kb-export">
          <h2 id="kb-export">{a.exportTitle}</h2>
          <p>{a.exportBody}</p>
          <Button onPress={() => void doExport()}>{a.exportButton}</Button>
          {exportState && <Notice tone={exportState.tone}>{exportState.text}</Notice>}
        </section>
        <section className="card" aria-labelledby="kb-import">
          <h2 id="kb-import">{a.importTitle}</h2>
          <ReferenceImport />
        </section>
      </div>
      <section className="card" aria-labelledby="kb-retired">
        <h2 id="kb-retired">{a.retiredTitle}</h2>
        {retired.length === 0 ? (
          <p>{a.retiredNone}</p>
        ) : (
          <ul className="kb-retired">
            {retired.map((r) => (
              <li key={r.id}>
                <Link to={r.href} className="link">{r.name}</Link> <RetireButton table={r.table} id={r.id} retired />
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
