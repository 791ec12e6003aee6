import { formatDateTime } from '../../../shared/i18n';
import type { PersonDossier } from '../../db/repositories/personData';
import { privacyText } from '../../../shared/i18n/nl/privacy';

/** Sync bookkeeping (clocks, rivals, stamps) is not data about the person. */
function strip(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([k]) => !k.startsWith('_') || k === '_deleted'));
}

export function dossierJson(d: PersonDossier): Uint8Array {
  const data = {
    soort: privacyText.dossier.kind,
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
  const f = privacyText.dossier.fields;
  const section = (title: string, rows: Record<string, unknown>[], fields: [string, string][]) =>
    `<h2>${esc(title)} (${rows.length})</h2>` +
    (rows.length === 0
      ? `<p>${privacyText.dossier.none}</p>`
      : rows
          .map((r) => `<dl>${fields.map(([k, label]) => `<dt>${esc(label)}</dt><dd>${esc(typeof r[k] === 'object' ? JSON.stringify(r[k]) : r[k])}</dd>`).join('')}</dl>`)
          .join('<hr>'));
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${esc(privacyText.dossier.title(String(p.name ?? '')))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:800px;margin:2rem auto;line-height:1.4}dt{font-weight:600}dd{margin:0 0 .4rem}</style></head><body>
<h1>${esc(privacyText.dossier.heading(String(p.name ?? '')))}</h1>
<p>${esc(privacyText.dossier.madeBy(formatDateTime(new Date())))}</p>
<h2>${privacyText.dossier.person}</h2><dl>
<dt>${f.name}</dt><dd>${esc(p.name)}</dd><dt>${f.function}</dt><dd>${esc(p.function)}</dd><dt>${f.phone}</dt><dd>${esc(p.phone)}</dd>
<dt>${f.email}</dt><dd>${esc(p.email)}</dd><dt>${f.notes}</dt><dd>${esc(p.notes)}</dd><dt>${f.company}</dt><dd>${esc(d.company?.name)}</dd></dl>
${section(privacyText.dossier.logs, d.logs, Object.entries(privacyText.dossier.logFields))}
${section(privacyText.dossier.interviews, d.interviews, Object.entries(privacyText.dossier.interviewFields))}
${section(privacyText.dossier.followUps, d.followUps, Object.entries(privacyText.dossier.followUpFields))}
</body></html>`;
  return new TextEncoder().encode(html);
}
