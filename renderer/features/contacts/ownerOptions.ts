import { common } from '../../../shared/i18n/nl/common';
import type { Option } from '../../ui/RadioGroupField';
import { ui } from '../../../shared/i18n/nl/contactsScreens';

type Advisor = { id: string; name: string; organisation: string };

/** Owners to choose for a follow-up: me first ("ik"), then the partnership by name. */
export function ownerOptions(advisors: Advisor[] | undefined, me: { advisorId: string; name: string }): Option<string>[] {
  const myId = me.advisorId;
  const org = (o: string) => common.organisationsShort[o as keyof typeof common.organisationsShort] ?? o;
  return [
    { value: myId, label: ui.quickEntry.me(me.name) },
    ...(advisors ?? []).filter((a) => a.id !== myId).map((a) => ({ value: a.id, label: `${a.name} · ${org(a.organisation)}` })),
  ];
}
