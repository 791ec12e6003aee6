import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../shared/i18n/format';
import { useCompany, type CompanyRow } from '../../db/queries/companies';
import { Badge, EmptyState, Notice, Page } from '../../ui/Page';
import { Button } from '../../ui/Button';
import { CompanyReadingView } from './CompanyReadingView';
import { visit } from '../../../shared/i18n/nl/visit';
import { CompanyFields } from './CompanyFields';
import { companyResolver, toFormValues, type CompanyFormValues } from './companyForm';
import { CompanyPanelStack } from './CompanyPanelStack';
import { labelOf } from './labels';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import { useAutosave, type SaveState } from './useAutosave';
import type { CompanyInput } from '../../../shared/domain/company';
import '../../styles/portfolio.css';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

const SAVE_TEXT: Record<SaveState, string> = {
  saved: px.companyScreen.opgeslagen,
  pending: px.companyScreen.wijzigingenWordenZoOpgeslagen,
  saving: px.companyScreen.bezigMetOpslaan,
  invalid: px.companyScreen.nietOpgeslagenVerbeterDe,
  error: px.companyScreen.opslaanMislukt,
};

function CompanyEditor({ company, onDone }: { company: CompanyRow; onDone: () => void }) {
  const defaults = useMemo(() => toFormValues(company), [company.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const form = useForm<CompanyFormValues, unknown, CompanyInput>({ resolver: companyResolver, defaultValues: defaults, mode: 'onChange' });
  const initialStored = useMemo(() => ({ ...company }) as Record<string, unknown>, [company.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const autosave = useAutosave(company.id, form, initialStored);
  const name = form.watch('name');
  const tone = autosave.state === 'saved' ? 'saved' : autosave.state === 'invalid' || autosave.state === 'error' ? 'invalid' : 'pending';
  return (
    <Page
      title={name || company.name || px.companyScreen.bedrijf}
      description={
        <span className="company-header-meta">
          <Link to="/portefeuille" className="link">
            {px.companyScreen.portefeuille}
          </Link>
          <span>{labelOf('kind', company.kind ?? 'mkb')}</span>
          {company.place && <span>· {company.place}</span>}
          {company.demo && <Badge tone="private">demo</Badge>}
          {(!company.sizeClass || company.sizeClass === 'onbekend') && <Badge tone="warning">{px.companyScreen.grootteklasseOnbekend}</Badge>}
          {company.updatedAt && <span>{px.companyScreen.gewijzigd} {formatDateTime(company.updatedAt)}</span>}
        </span>
      }
      actions={
        <>
          <span className={`save-state save-state-${tone}`} role="status" aria-live="polite">
            {SAVE_TEXT[autosave.state]}
          </span>
          <Button
            onPress={() => {
              // Back to reading only once what was typed is stored (or shown as not stored).
              void autosave.flush().then((ok) => ok && onDone());
            }}
          >
            {visit.reading.done}
          </Button>
        </>
      }
    >
      {autosave.error && <Notice tone="error">{autosave.error}</Notice>}
      <UnsavedChangesGuard when={autosave.blocking} flush={autosave.flush} />
      <div className="company-layout">
        <form
          aria-label={px.companyScreen.bedrijfsgegevensBewerken}
          onSubmit={(e) => {
            e.preventDefault();
            void autosave.flush();
          }}
          onBlur={() => void autosave.flush()}
        >
          <CompanyFields form={form} />
        </form>
        <CompanyPanelStack companyId={company.id} />
      </div>
    </Page>
  );
}

const EDIT_PARAM = 'weergave';
const EDIT_VALUE = 'bewerken';

/**
 * The company page at /portefeuille/:id. It opens in the reading view (the bezoekkaart);
 * "Bewerken" (?weergave=bewerken) shows every field, saved as you type. The editor is mounted
 * afresh each time, so it starts from what is stored now (also a status set from the contact
 * dialog a moment ago).
 */
export function CompanyScreen() {
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const editing = params.get(EDIT_PARAM) === EDIT_VALUE;
  const company = useCompany(id);
  if (company === undefined) {
    return (
      <p className="loading" role="status">
        {px.companyScreen.bezigMetLaden}
      </p>
    );
  }
  if (company === null) {
    return (
      <Page title={px.companyScreen.bedrijfNietGevonden}>
        <EmptyState title={px.companyScreen.ditBedrijfBestaatNiet}>
          <p>{px.companyScreen.hetIsMisschienVerwijderd}</p>
          <Link to="/portefeuille" className="link">
            {px.companyScreen.terugNaarDePortefeuille}
          </Link>
        </EmptyState>
      </Page>
    );
  }
  if (!editing) {
    return (
      <CompanyReadingView
        company={company}
        onEdit={() => setParams({ [EDIT_PARAM]: EDIT_VALUE })}
        onPrepare={() => navigate(`/portefeuille/${company.id}/bezoek-voorbereiden`)}
        onVerslag={() => navigate(`/portefeuille/${company.id}/bezoekverslag`)}
      />
    );
  }
  return <CompanyEditor key={company.id} company={company} onDone={() => setParams({}, { replace: true })} />;
}
