import { formatDateTime } from '../../../shared/i18n';
import type { PersonDossier } from '../../db/repositories/personData';

/** Sync bookkeeping (clocks, rivals, stamps) is not data about the person. */
function strip(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([k]) => !k.startsWith('_') || k === '_deleted'));
}

export function dossierJson(d: PersonDossier): Uint8Array {
  const data = {
    soort: 'Veldwerk inzageverzoek',
    gemaakt: new Date().toISOString(),
    persoon: strip(d.person),
    bedrijf: d.company ? { id: d.company.id, name: d.company.name } : null,
    contactmomenten: d.logs.map(strip),
    gesprekken: d.interviews.map(strip),
    vervolgacties: d.followUps.map(strip),
  };
  return new TextEncoder().encode(JSON.stringify(data, null, 2));
}

const esc = (v: unknown) =>
  String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A readable, printable report of the same data (open it and print to PDF if needed). */
export function dossierHtml(d: PersonDossier): Uint8Array {
  const p = d.person as Record<string, unknown>;
  const section = (title: string, rows: Record<string, unknown>[], fields: [string, string][]) =>
    `<h2>${esc(title)} (${rows.length})</h2>` +
    (rows.length === 0
      ? '<p>Geen.</p>'
      : rows
          .map((r) => `<dl>${fields.map(([k, label]) => `<dt>${esc(label)}</dt><dd>${esc(typeof r[k] === 'object' ? JSON.stringify(r[k]) : r[k])}</dd>`).join('')}</dl>`)
          .join('<hr>'));
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Inzage ${esc(p.name)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:800px;margin:2rem auto;line-height:1.4}dt{font-weight:600}dd{margin:0 0 .4rem}</style></head><body>
<h1>Gegevens over ${esc(p.name)}</h1>
<p>Opgesteld door Veldwerk op ${esc(formatDateTime(new Date()))} naar aanleiding van een inzageverzoek.</p>
<h2>Contactpersoon</h2><dl>
<dt>Naam</dt><dd>${esc(p.name)}</dd><dt>Functie</dt><dd>${esc(p.function)}</dd><dt>Telefoon</dt><dd>${esc(p.phone)}</dd>
<dt>E-mail</dt><dd>${esc(p.email)}</dd><dt>Notities</dt><dd>${esc(p.notes)}</dd><dt>Bedrijf</dt><dd>${esc(d.company?.name)}</dd></dl>
${section('Contactmomenten', d.logs, [['at', 'Datum'], ['advisorName', 'Adviseur'], ['channel', 'Kanaal'], ['summary', 'Samenvatting'], ['outcome', 'Afspraken']])}
${section('Gesprekken', d.interviews, [['startedAt', 'Gestart'], ['advisorName', 'Adviseur'], ['respondentName', 'Respondent'], ['answers', 'Antwoorden']])}
${section('Vervolgacties', d.followUps, [['title', 'Titel'], ['due', 'Datum'], ['notes', 'Notities']])}
</body></html>`;
  return new TextEncoder().encode(html);
}
