import { useEffect, useMemo } from 'react';
import { GEMEENTE_LABELS, gemeenteSchema, type Gemeente } from '../../../shared/domain/common';
import { useCompanies, type CompanyRow } from '../../db/queries/companies';
import { SearchPickerField, type PickerOption } from '../../ui/SearchPickerField';
import { SelectField } from '../../ui/SelectField';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { COMPANY_KIND_LABELS, COMPANY_KINDS, type CompanyKind } from '../../../shared/domain/company';
import { visit } from '../../../shared/i18n/nl/visit';
import type { ContactFormState } from './contactForm';
import { ui } from '../../../shared/i18n/nl/contactsScreens';
import { foldText } from '../../../shared/text/normalize';

const NEW = '__nieuw__';
const MAX_SHOWN = 30;

/** "Alblasserdam, Alblasserdam" says one thing twice: the gemeente only when it adds something. */
function placeAndGemeente(
  place: string | null | undefined,
  gemeente: string | null,
): string | undefined {
  const parts = [place?.trim(), gemeente].filter((p): p is string => Boolean(p));
  const unique = parts.filter(
    (p, i) => parts.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i,
  );
  return unique.join(', ') || undefined;
}

export type PickerState = Pick<ContactFormState, 'companyId' | 'companyQuery' | 'newCompanyName' | 'newCompanyGemeente'> &
  Partial<Pick<ContactFormState, 'newCompanyKind'>>;
type Patch = (p: Partial<PickerState & { contactPersonIds: string[]; newCompanyKind: CompanyKind | '' }>) => void;

/**
 * Choose a company, or (with `allowNew`) name a new one that is created on save. A company
 * chosen elsewhere (page, draft) shows its name once the companies have loaded.
 */
export function CompanyPicker({
  state,
  patch,
  error,
  errors = {},
  autoFocus,
  allowNew = true,
}: {
  state: PickerState;
  patch: Patch;
  error?: string;
  /** Errors of the new company's kind and gemeente. */
  errors?: Partial<Record<'newCompanyKind' | 'newCompanyGemeente', string>>;
  autoFocus?: boolean;
  allowNew?: boolean;
}) {
  const companies = useCompanies();
  const byId = useMemo(() => new Map((companies ?? []).map((c) => [c.id, c])), [companies]);
  const selected = state.companyId ? byId.get(state.companyId) : undefined;

  // A preselected or restored company shows its name once the companies have loaded.
  useEffect(() => {
    if (selected && !state.companyQuery) patch({ companyQuery: selected.name ?? '' });
  }, [selected, state.companyQuery, patch]);

  const items = useMemo<PickerOption[]>(() => {
    const q = foldText(state.companyQuery.trim());
    const matches: CompanyRow[] = [];
    let exact = false;
    for (const c of companies ?? []) {
      const name = foldText(c.name ?? '');
      if (q && name === q) exact = true;
      if (!q || name.includes(q) || foldText(c.place ?? '').includes(q)) matches.push(c);
    }
    matches.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'nl'));
    const options: PickerOption[] = matches.slice(0, MAX_SHOWN).map((c) => ({
      id: c.id,
      label: c.name || ui.quickEntry.noName,
      description: placeAndGemeente(
        c.place,
        c.gemeente ? GEMEENTE_LABELS[c.gemeente as Gemeente] : null,
      ),
    }));
    const typed = state.companyQuery.trim();
    if (allowNew && typed && !exact && !selected)
      options.push({ id: NEW, label: ui.quickEntry.newCompany(typed), textValue: typed });
    return options;
  }, [companies, state.companyQuery, selected, allowNew]);

  return (
    <div className="company-picker">
      <SearchPickerField
        label={ui.quickEntry.company}
        description={allowNew ? ui.quickEntry.companyHelp : undefined}
        placeholder={ui.quickEntry.companyPlaceholder}
        emptyText={allowNew ? ui.quickEntry.noMatchesNew : ui.quickEntry.noMatches}
        items={items}
        inputValue={state.companyQuery}
        onInputChange={(value) => {
          const keep = selected && value === selected.name;
          patch({
            companyQuery: value,
            ...(keep ? {} : { companyId: '', contactPersonIds: [] }),
            ...(state.newCompanyName !== null && value.trim() !== state.newCompanyName
              ? { newCompanyName: null }
              : {}),
          });
        }}
        selectedKey={state.newCompanyName !== null ? NEW : state.companyId || null}
        onSelectionChange={(key) => {
          if (key === NEW)
            patch({
              newCompanyName: state.companyQuery.trim(),
              companyId: '',
              contactPersonIds: [],
            });
          else if (key)
            patch({
              companyId: key,
              newCompanyName: null,
              companyQuery: byId.get(key)?.name ?? '',
              contactPersonIds: [],
            });
        }}
        errorMessage={error}
        autoFocus={autoFocus}
        isRequired
      />
      {state.newCompanyName !== null && (
        <div className="new-company">
          <p className="field-description" role="status">
            {ui.quickEntry.newCompanyNotice(state.newCompanyName)}
          </p>
          <RadioGroupField
            label={visit.quick.kind}
            orientation="horizontal"
            options={COMPANY_KINDS.map((k) => ({ value: k, label: COMPANY_KIND_LABELS[k] }))}
            value={state.newCompanyKind || null}
            onChange={(k) => patch({ newCompanyKind: k })}
            errorMessage={errors.newCompanyKind}
            isRequired
          />
          <SelectField
            label={ui.quickEntry.newCompanyGemeente}
            placeholder={visit.quick.gemeenteChoose}
            options={gemeenteSchema.options.map((g) => ({ value: g, label: GEMEENTE_LABELS[g] }))}
            value={state.newCompanyGemeente || null}
            onChange={(g) => patch({ newCompanyGemeente: g })}
            errorMessage={errors.newCompanyGemeente}
            isRequired
          />
        </div>
      )}
    </div>
  );
}
