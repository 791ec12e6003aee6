import { useState } from 'react';
import { useNavigate } from 'react-router';
import { COMPANY_KIND_LABELS, type CompanyKind } from '../../../shared/domain/company';
import { GEMEENTE_LABELS, type Gemeente } from '../../../shared/domain/common';
import { useCompanies } from '../../db/queries/companies';
import { useProfile } from '../../db/queries/settings';
import { startInterview, startInterviewWithNewCompany } from '../../db/repositories/interviews';
import { Button } from '../../ui/Button';
import { SearchPickerField } from '../../ui/SearchPickerField';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Page';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';
import { startableGuides, useSeededGuides } from './useSeededGuides';
import { foldText } from '../../../shared/text/normalize';

const t = tx.startDialog;
const MAX_SHOWN = 50;
type Errors = Partial<Record<'company' | 'name' | 'guide' | 'form', string>>;

/** Pick (or create on the spot) a company and a guide; everything is local, so it works offline. */
export function StartInterviewDialog({
  isOpen,
  onOpenChange,
  companyId: fixedCompanyId,
}: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  companyId?: string;
}) {
  const navigate = useNavigate();
  const profile = useProfile();
  const companies = useCompanies();
  const { guides } = useSeededGuides();
  const startable = startableGuides(guides ?? []);
  const [mode, setMode] = useState<'existing' | 'new'>('existing');
  const [companyId, setCompanyId] = useState<string | null>(fixedCompanyId ?? null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<CompanyKind>('mkb');
  const [gemeente, setGemeente] = useState<Gemeente>('dordrecht');
  const [guideId, setGuideId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const company = companies?.find((c) => c.id === companyId);
  const effectiveKind = mode === 'new' ? kind : company?.kind;
  const suggested = startable.find(
    (g) => g.audience === (effectiveKind === 'zzp' ? 'zzp' : 'mkb-niet-bereikt'),
  );
  const chosenGuide = startable.find((g) => g.id === guideId) ?? null;
  const [query, setQuery] = useState('');
  const folded = foldText(query.trim());
  const options = (companies ?? [])
    .filter((c) => !folded || foldText(c.name ?? '').includes(folded) || c.id === companyId)
    .map((c) => ({
      id: c.id,
      label: c.name ?? '',
      description: c.gemeente ? GEMEENTE_LABELS[c.gemeente as Gemeente] : undefined,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'))
    .slice(0, MAX_SHOWN);

  const submit = async () => {
    const next: Errors = {};
    if (mode === 'existing' && !companyId) next.company = t.chooseCompany;
    if (mode === 'new' && !name.trim()) next.name = t.nameRequired;
    if (!chosenGuide) next.guide = t.chooseGuide;
    setErrors(next);
    if (Object.keys(next).length > 0 || !chosenGuide || !profile) return;
    setBusy(true);
    try {
      const id =
        mode === 'existing'
          ? await startInterview({
              companyId: companyId!,
              guide: chosenGuide,
              profile,
              sector: company?.sector ?? null,
            })
          : (
              await startInterviewWithNewCompany(
                { name: name.trim(), kind, gemeente },
                { guide: chosenGuide, profile },
              )
            ).interviewId;
      onOpenChange(false);
      navigate(`/gesprekken/${id}`);
    } catch (e) {
      setErrors({ form: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t.title} isOpen={isOpen} onOpenChange={onOpenChange}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {!fixedCompanyId && (
          <RadioGroupField
            label={t.companyMode}
            orientation="horizontal"
            options={[
              { value: 'existing', label: t.existing },
              { value: 'new', label: t.create },
            ]}
            value={mode}
            onChange={setMode}
          />
        )}
        {fixedCompanyId ? (
          <p>
            <strong>{t.company}:</strong> {company?.name}
          </p>
        ) : mode === 'existing' ? (
          <SearchPickerField
            label={t.company}
            items={options}
            inputValue={query}
            onInputChange={setQuery}
            selectedKey={companyId}
            onSelectionChange={(id) => {
              setCompanyId(id);
              const picked = companies?.find((c) => c.id === id);
              if (picked) setQuery(picked.name ?? '');
            }}
            errorMessage={errors.company}
            description={companies?.length === 0 ? t.noCompanies : undefined}
            emptyText={t.noMatch}
            isRequired
          />
        ) : (
          <div className="start-new-company">
            <TextField
              label={t.name}
              value={name}
              onChange={setName}
              errorMessage={errors.name}
              isRequired
              autoFocus
            />
            <RadioGroupField
              label={t.kind}
              orientation="horizontal"
              options={(['mkb', 'zzp'] as const).map((k) => ({
                value: k,
                label: COMPANY_KIND_LABELS[k],
              }))}
              value={kind}
              onChange={setKind}
            />
            <SelectField
              label={t.gemeente}
              options={(Object.keys(GEMEENTE_LABELS) as Gemeente[]).map((g) => ({
                value: g,
                label: GEMEENTE_LABELS[g],
              }))}
              value={gemeente}
              onChange={setGemeente}
            />
          </div>
        )}
        <RadioGroupField
          label={t.guide}
          // No `description` per option: ui/RadioGroupField renders it with a slot-less <Text>,
          // which react-aria refuses inside a Radio ("A slot prop is required").
          options={startable.map((g) => ({
            value: g.id,
            label: `${g.title} (${tx.version(g.version)})${g.id === suggested?.id ? ` · ${t.recommended}` : ''}`,
          }))}
          value={guideId}
          onChange={setGuideId}
          errorMessage={errors.guide}
          isRequired
        />
        {errors.form && <Notice tone="error">{errors.form}</Notice>}
        <div className="modal-actions">
          <Button onPress={() => onOpenChange(false)}>{t.cancel}</Button>
          <Button type="submit" variant="primary" isDisabled={busy}>
            {t.submit}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
