import type { JsonValue } from '../../../shared/sync/types';
import type { ContactLogRow } from '../../db/queries/contactLogs';
import { QUICK_ENTRY_DRAFT } from '../../db/repositories/contactLogs';
import { emptyContactForm, fromLog, hasContent, sameForm, type ContactFormState } from './contactForm';

/**
 * Where the contact dialog keeps what the advisor types, and which stored draft applies. A new
 * log and each edited log have their own key, so editing never touches the new-log draft.
 */
export type DraftSource = {
  kind: 'new' | 'edit';
  key: string;
  /** The form without a draft. */
  fresh: () => ContactFormState;
  /** A stored draft as the form to show, or null when it does not apply here. */
  accept: (draft: ContactFormState, raw: JsonValue) => ContactFormState | null;
  /** Whether the form holds something worth keeping; otherwise the draft is removed. */
  worthKeeping: (state: ContactFormState) => boolean;
  /** Stored alongside the form (the version of the edited log). */
  stamp: Record<string, JsonValue>;
  /** Remove a draft that does not apply: it can never apply again. */
  dropStale: boolean;
};

/** Quick entry: one draft, brought back when it fits the company of the page. */
export function newLogDraft(initialCompanyId: string | null): DraftSource {
  return {
    kind: 'new',
    key: QUICK_ENTRY_DRAFT,
    fresh: () => emptyContactForm(new Date(), initialCompanyId ?? ''),
    accept: (draft) => {
      const fits = hasContent(draft) && (!initialCompanyId || !draft.companyId || draft.companyId === initialCompanyId);
      if (!fits) return null;
      return !draft.companyId && !draft.newCompanyName && initialCompanyId ? { ...draft, companyId: initialCompanyId } : draft;
    },
    worthKeeping: hasContent,
    stamp: {},
    dropStale: false,
  };
}

export const editDraftKey = (logId: string) => `contactLog:edit:${logId}`;

/**
 * Editing a log: a draft per log, valid only for the version it was made on. Once the log has
 * changed (a partner's correction arrived) the draft would silently undo that change.
 */
export function editLogDraft(log: ContactLogRow): DraftSource {
  const original = fromLog(log);
  return {
    kind: 'edit',
    key: editDraftKey(log.id),
    fresh: () => fromLog(log),
    accept: (draft, raw) => {
      const base = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw.editBase : null;
      return base === log.updatedAt && !sameForm(draft, original) ? draft : null;
    },
    worthKeeping: (state) => !sameForm(state, original),
    stamp: { editBase: log.updatedAt },
    dropStale: true,
  };
}
