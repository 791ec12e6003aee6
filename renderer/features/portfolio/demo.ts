import { loadDemo } from '../../db/repositories/companies';

// TEMP until shared/seed/demo.ts lands.
export async function loadDemoSet(): Promise<void> {
  const g = ['alblasserdam', 'dordrecht', 'hendrik-ido-ambacht', 'papendrecht', 'sliedrecht', 'zwijndrecht'];
  const companies = Array.from({ length: 10000 }, (_, i) => ({
    id: `demo-${i}`,
    kind: i % 3 ? 'mkb' : 'zzp',
    name: `Démo Bedrijf ${i}`,
    kvk: String(10000000 + i),
    place: g[i % 6],
    gemeente: g[i % 6],
    sizeClass: ['zzp', '1-4', '5-9', 'onbekend'][i % 4],
    status: 'nog-niet-benaderd',
    networkIds: [],
  }));
  await loadDemo({ companies, contactPersons: [] });
}
