import { NETWORK_KINDS, NETWORK_STATUSES, type Network } from '../../../shared/domain/network';
import { domain } from '../../../shared/i18n/nl/domain';
import { SECTOR_KEYS } from '../../../shared/domain/scheme';
import { kennisbank } from '../../../shared/i18n/nl/kennisbank';
import { saveNetwork } from '../../db/repositories/reference';
import { FormCheckboxField } from '../../ui/FormCheckboxField';
import { FormSelectField } from '../../ui/FormSelectField';
import { FormTextField } from '../../ui/FormTextField';
import { EditorDialog } from './EditorDialog';
import { fromNetworkForm, networkFormSchema, toNetworkForm } from './forms';
import { networkHref } from './paths';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';
import { useReferenceForm } from './useReferenceForm';
import { kf } from '../../../shared/i18n/nl/kennisbankForms';

/** Add a netwerk (network = null) or edit one; mount it when opening. No personal details here. */
export function NetworkFormDialog({ network, isOpen, onOpenChange }: {
  network: Network | null;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { form, dialog } = useReferenceForm({
    schema: networkFormSchema,
    defaults: toNetworkForm(network),
    isNew: !network,
    nameField: 'name',
    save: async (v) => networkHref((await saveNetwork(fromNetworkForm(v, network))).id),
    onOpenChange,
  });
  const { control } = form;

  return (
    <EditorDialog
      title={network ? kf.network.edit(network.name) : kx.networks.add}
      isOpen={isOpen}
      {...dialog}
    >
      <p className="field-description">{kf.network.noPersons}</p>
      <div className="form-grid-2">
        <FormTextField control={control} name="name" label={kf.name} autoFocus />
        <FormTextField control={control} name="abbreviation" label="Afkorting" />
      </div>
      {!network && <FormTextField control={control} name="key" label={kf.key} description={kf.keyHelp} />}
      <div className="form-grid-3">
        <FormSelectField control={control} name="kind" label={kx.networks.kind} options={NETWORK_KINDS.map((k) => ({ value: k, label: kennisbank.networkKinds[k] }))} />
        <FormTextField control={control} name="place" label={kx.networks.place} />
        <FormSelectField
          control={control}
          name="admitsZzp"
          label={kx.networks.zzp}
          emptyLabel={kf.network.unknown}
          options={[{ value: 'ja', label: kx.networks.zzpYes }, { value: 'nee', label: kx.networks.zzpNo }]}
        />
      </div>
      <div className="form-grid-2">
        <FormTextField control={control} name="website" label={domain.networks.website} inputMode="url" description={domain.networks.websiteHint} />
        <FormSelectField
          control={control}
          name="status"
          label={domain.networks.status}
          options={NETWORK_STATUSES.map((s) => ({ value: s, label: domain.networkStatuses[s] }))}
        />
      </div>
      <FormTextField control={control} name="focus" label={kx.networks.focus} multiline />
      <FormTextField control={control} name="notes" label={kf.network.notes} description={kf.network.notesHelp} multiline />
      <FormCheckboxField control={control} name="sectors" label={kf.sectorsAll} options={SECTOR_KEYS.map((s) => ({ value: s, label: kennisbank.sectors[s] }))} columns={3} />
    </EditorDialog>
  );
}
