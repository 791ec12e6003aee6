import { Link } from 'react-router';
import { GEMEENTE_LABELS, type Gemeente } from '../../../shared/domain/common';
import {
  ACTIVITY_LABELS,
  ACTIVITY_STATE_LABELS,
  COMPANY_KIND_LABELS,
  COMPANY_STATUS_LABELS,
  ERKEND_LABELS,
  NEED_LABELS,
  type ActivityKey,
  type ActivityState,
  type CompanyKind,
  type CompanyStatus,
  type Erkend,
  type Need,
} from '../../../shared/domain/company';
import { CHANNEL_LABELS, type Channel } from '../../../shared/domain/contactLog';
import { SECTOR_LABELS, type SectorKey } from '../../../shared/domain/sectors';
import { formatDate } from '../../../shared/i18n/format';
import { common } from '../../../shared/i18n/nl/common';
import { visit } from '../../../shared/i18n/nl/visit';
import { sizeBasis } from '../../../shared/i18n/nl/sizeBasis';
import { localToday } from '../../../shared/dates/localDate';
import { employeesBasisSchema, formatSizeBand, sizeBandSchema } from '../../../shared/rules/sizeClass';
import { Badge } from '../../ui/Page';
import { schemeHref } from '../kennisbank/paths';
import { CalendarButton } from './CalendarButton';
import type { VisitCard as Card } from './useVisitCard';

const r = visit.reading;
const orgShort = (o: string) =>
  common.organisationsShort[o as keyof typeof common.organisationsShort] ?? o;
const label = <K extends string>(
  map: Record<K, string>,
  v: unknown,
  fallback: string = r.unknown,
) => (typeof v === 'string' && v in map ? map[v as K] : fallback);
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** How big the company is, and where that number comes from (typed in, or the list's band). */
export function sizeText(c: Card['company']): string {
  if (c.kind === 'zzp') return COMPANY_KIND_LABELS.zzp;
  // The figure says what it counts: werkzame personen (KvK) or in loondienst (issue 15).
  const basis = employeesBasisSchema.catch('onbekend').parse(c.employeesBasis ?? 'onbekend');
  if (typeof c.employees === 'number') return sizeBasis.reading(c.employees, basis, r.sourceTyped);
  const band = sizeBandSchema.safeParse(c.employeeBand);
  if (band.success) return sizeBasis.readingBand(formatSizeBand(band.data), basis, r.sourceList);
  return r.sizeUnknown;
}

function activitiesText(c: Card['company']): string {
  const entries = Object.entries((c.activities ?? {}) as Record<string, string>).filter(
    ([k]) => k in ACTIVITY_LABELS,
  );
  if (entries.length === 0) return r.noActivities;
  return entries
    .map(
      ([k, v]) =>
        `${ACTIVITY_LABELS[k as ActivityKey]}: ${label(ACTIVITY_STATE_LABELS, v as ActivityState).toLowerCase()}`,
    )
    .join('; ');
}

/**
 * The bezoekkaart: who the company is, who to speak to, what is open, what was said before and
 * which regelingen fit. One component for the company's reading view and for the A4 print, so
 * paper and screen never disagree; `print` keeps each list short enough for one page.
 */
export function VisitCard({ card, print = false }: { card: Card; print?: boolean }) {
  const c = card.company;
  const today = localToday();
  const limit = print
    ? { contacts: 4, interviews: 2, answers: 3, text: 180 }
    : { contacts: 6, interviews: 5, answers: 8, text: 600 };
  const needs = ((c as { needs?: string[] }).needs ?? []).map((n) =>
    label(NEED_LABELS, n as Need, n),
  );
  return (
    <div className={print ? 'visit-card visit-card-print' : 'visit-card'}>
      <section className="card visit-section visit-who" aria-labelledby="vc-who">
        <h2 id="vc-who">{r.who}</h2>
        <dl className="visit-facts">
          <dt>{r.kind}</dt>
          <dd>{label(COMPANY_KIND_LABELS, c.kind as CompanyKind)}</dd>
          <dt>{r.size}</dt>
          <dd>{sizeText(c)}</dd>
          <dt>{r.sector}</dt>
          <dd>{label(SECTOR_LABELS, c.sector as SectorKey)}</dd>
          <dt>{r.gemeente}</dt>
          <dd>
            {label(GEMEENTE_LABELS, c.gemeente as Gemeente)}
            {c.place ? ` (${c.place})` : ''}
          </dd>
          <dt>{r.status}</dt>
          <dd data-testid="visit-status">
            {label(COMPANY_STATUS_LABELS, c.status as CompanyStatus)}
          </dd>
          <dt>{r.erkend}</dt>
          <dd>{label(ERKEND_LABELS, c.erkendLeerbedrijf as Erkend)}</dd>
          <dt>{r.networks}</dt>
          <dd>{card.networkNames.length > 0 ? card.networkNames.join(', ') : r.none}</dd>
          <dt>{r.ownerLwl}</dt>
          <dd>{card.advisorName(c.ownerLwl) ?? r.nobody}</dd>
          <dt>{r.ownerBb}</dt>
          <dd>{card.advisorName(c.ownerBaanbrekend) ?? r.nobody}</dd>
          <dt>{r.activities}</dt>
          <dd>{activitiesText(c)}</dd>
          {needs.length > 0 && (
            <>
              <dt>{r.needs}</dt>
              <dd>{needs.join('; ')}</dd>
            </>
          )}
        </dl>
      </section>

      <section className="card visit-section" aria-labelledby="vc-persons">
        <h2 id="vc-persons">{r.persons}</h2>
        {card.persons.length === 0 ? (
          <p className="muted">{r.noPersons}</p>
        ) : (
          <ul className="plain-list">
            {card.persons.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong>
                {p.function ? `, ${p.function}` : ''}
                {[p.phone, p.email].filter(Boolean).length > 0 && (
                  <span className="muted"> · {[p.phone, p.email].filter(Boolean).join(' · ')}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card visit-section" aria-labelledby="vc-followups">
        <h2 id="vc-followups">{r.followUps}</h2>
        {card.followUps.length === 0 ? (
          <p className="muted">{r.noFollowUps}</p>
        ) : (
          <ul className="plain-list" aria-label={r.followUps}>
            {card.followUps.map((f) => (
              <li key={f.id}>
                {f.title}{' '}
                <span className="muted">
                  ({f.ownerName}, {f.due ? r.due(f.due) : r.noDue})
                </span>
                {f.due && f.due < today && (
                  <>
                    {' '}
                    <Badge tone="warning">{r.overdue}</Badge>
                  </>
                )}
                {f.visibility === 'prive' && <Badge tone="private">{r.privateMark}</Badge>}
                {!print && f.due && f.visibility !== 'prive' && (
                  <CalendarButton
                    followUps={[f]}
                    companyName={c.name ?? ''}
                    variant="quiet"
                    fileSlug={f.title}
                    accessibleName={`${visit.calendar.add}: ${f.title}`}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card visit-section" aria-labelledby="vc-contacts">
        <h2 id="vc-contacts">{r.contacts}</h2>
        {card.contacts.length === 0 ? (
          <p className="muted">{r.noContacts}</p>
        ) : (
          <ul className="plain-list visit-contacts">
            {card.contacts.slice(0, limit.contacts).map((l) => (
              <li key={l.id}>
                <strong>
                  {formatDate(l.at)} · {orgShort(l.organisation)} ·{' '}
                  {label(CHANNEL_LABELS, l.channel as Channel, l.channel)}
                </strong>{' '}
                <span className="muted">({l.advisorName})</span>
                {l.visibility === 'prive' && <Badge tone="private">{r.privateMark}</Badge>}
                {(l.outcome || l.summary) && (
                  <div className="visit-text">
                    {clip((l.outcome || l.summary).split('\n')[0] ?? '', limit.text)}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card visit-section" aria-labelledby="vc-interviews">
        <h2 id="vc-interviews">{r.interviews}</h2>
        {card.interviews.length === 0 ? (
          <p className="muted">{r.noInterviews}</p>
        ) : (
          card.interviews.slice(0, limit.interviews).map((d) => (
            <div key={d.interview.id} className="visit-interview">
              <h3>
                {print ? (
                  d.guideTitle
                ) : (
                  <Link className="link" to={`/gesprekken/${d.interview.id}`}>
                    {d.guideTitle}
                  </Link>
                )}{' '}
                <span className="muted">
                  ({d.interview.finishedAt ? formatDate(d.interview.finishedAt) : ''},{' '}
                  {d.interview.advisorName})
                </span>
              </h3>
              {d.activities.length > 0 && <p className="visit-text">{d.activities.join('; ')}</p>}
              <dl className="visit-answers">
                {d.answers.slice(0, limit.answers).map((a) => (
                  <div key={a.key}>
                    <dt>{a.question}</dt>
                    <dd>{clip(a.answer, limit.text)}</dd>
                  </div>
                ))}
              </dl>
            </div>
          ))
        )}
      </section>

      <section className="card visit-section" aria-labelledby="vc-schemes">
        <h2 id="vc-schemes">{r.schemes}</h2>
        {card.schemes.length === 0 ? (
          <p className="muted">{r.noSchemes}</p>
        ) : (
          <ul className="plain-list" aria-label={r.schemes}>
            {card.schemes.map((s) => (
              <li key={s.schemeKey}>
                {print ? (
                  <strong>{s.name}</strong>
                ) : (
                  <Link className="link" to={schemeHref(s.schemeKey)}>
                    {s.name}
                  </Link>
                )}{' '}
                <span className="muted">({s.provider})</span>
                {s.fit === 'past-mogelijk' && <Badge tone="warning">{r.mayFit}</Badge>}
                {s.reasons.length > 0 && (
                  <div className="visit-text">{s.reasons.slice(0, print ? 2 : 4).join(' · ')}</div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
