import type { Guide } from '../domain/guide';
import { guides as nl } from '../i18n/nl/guides';
import type { DefinitionIssue } from './definition';
import { validateGuideDefinition } from './definition';

export type { DefinitionIssue } from './definition';
export { validateGuideDefinition } from './definition';

/** Thrown when code tries to change a version that interviews (or published copies) rely on. */
export class GuideLockedError extends Error {
  constructor() {
    super(nl.versioning.locked);
    this.name = 'GuideLockedError';
  }
}

type NewVersionOptions = { id?: string; now?: Date; nextVersion?: number };

/**
 * Only an unused concept may change in place. A published version may be printed on paper
 * already, and an interview always renders with the exact version it was held with, so
 * changing either would silently rewrite history.
 */
export function isEditableInPlace(guide: Pick<Guide, 'status'>, isUsed: boolean): boolean {
  return guide.status === 'concept' && !isUsed;
}

export function assertEditable(guide: Pick<Guide, 'status'>, isUsed: boolean): void {
  if (!isEditableInPlace(guide, isUsed)) throw new GuideLockedError();
}

/**
 * The version to edit: the guide itself when it is an unused concept, otherwise a new concept
 * copy (new id, version + 1, or `nextVersion` when a later version already exists).
 */
export function editGuide(guide: Guide, isUsed: boolean, options: NewVersionOptions = {}): Guide {
  if (isEditableInPlace(guide, isUsed)) return guide;
  // A JSON round trip is a full deep copy for plain guide data, so the copy shares nothing.
  const copy: Guide = JSON.parse(JSON.stringify(guide));
  return {
    ...copy,
    id: options.id ?? crypto.randomUUID(),
    _clock: {},
    _deleted: false,
    version: options.nextVersion ?? guide.version + 1,
    status: 'concept',
    previousVersionId: guide.id,
    createdAt: (options.now ?? new Date()).toISOString(),
    publishedAt: null,
  };
}

export type PublishResult = { ok: true; guide: Guide } | { ok: false; issues: DefinitionIssue[] };

/** Publishes a concept after checking its definition; a published version is frozen from then on. */
export function publish(guide: Guide, now: Date = new Date()): PublishResult {
  if (guide.status !== 'concept')
    return { ok: false, issues: [{ message: nl.versioning.notConcept }] };
  const issues = validateGuideDefinition(guide);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, guide: { ...guide, status: 'gepubliceerd', publishedAt: now.toISOString() } };
}

/**
 * Withdraws a version from use for new interviews. Only the status changes: interviews held
 * with it keep rendering with it.
 */
export function withdraw(guide: Guide): Guide {
  return { ...guide, status: 'ingetrokken' };
}

/** The version new interviews start with: the highest published version of the guide. */
export function currentVersion(guides: readonly Guide[], guideKey: string): Guide | null {
  return (
    guides
      .filter((g) => g.guideKey === guideKey && g.status === 'gepubliceerd' && !g._deleted)
      .sort((a, b) => b.version - a.version)[0] ?? null
  );
}

/** The number the next version of a guide gets, so two edits never produce the same number. */
export function nextVersionNumber(guides: readonly Guide[], guideKey: string): number {
  return Math.max(0, ...guides.filter((g) => g.guideKey === guideKey).map((g) => g.version)) + 1;
}
