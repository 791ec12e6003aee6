/**
 * Fictional texts of the alignment demo (targets, last week's meeting and its agreements).
 * Data, not UI text: it is written into the database as demo rows, marked `demo: true`.
 */
export const DEMO_TARGETS = [
  { organisation: 'samen', metric: 'klein-mkb-bereikt', target: 30, title: 'Samen 30 kleine MKB-bedrijven bereiken' },
  { organisation: 'lwl', metric: 'gesprekken', target: 8, title: 'LWL: 8 gesprekken met de gespreksleidraad' },
  { organisation: 'baanbrekend', metric: 'zzp-geinformeerd', target: 10, title: 'Baanbrekend: 10 zzp-ers informeren' },
  { organisation: 'samen', metric: 'sector-bereikt', sector: 'detailhandel', target: 8, title: 'Detailhandel: 8 bedrijven bereiken' },
] as const;

export const DEMO_TARGET_NOTE = 'Voorbeelddoel uit de demogegevens.';

/** The two agreements of the demo meeting: the first for the LWL, the second for this advisor. */
export const DEMO_AGREEMENTS = {
  lead: 'LWL neemt het voortouw; Baanbrekend stuurt het verslag van het eigen bezoek door.',
  sizeClass: 'Aantal werknemers navragen en de grootteklasse vastleggen.',
} as const;

export const DEMO_MEETING_NOTES =
  'Demo-overleg. Besproken: bedrijven die door beide organisaties zijn benaderd, de open acties en de bedrijven zonder grootteklasse. ' +
  'Volgende keer: de tips uit de gesprekken verdelen.';
