/* global indexedDB */
// Quick search on 10,000 companies: from the keystroke to the first frame painted after the
// table shows the filtered rows. Measured in the page: the input event's timestamp, then the
// frame in which the grid reports the new query (data-query), then a task after that frame's
// paint. Reports the p95 over every keystroke of several searches.

import { filterTimes, p95, recordFilterTimes, typeQueries } from '../quickSearch.mjs';

const N = 10_000;
const PLACES = ['Dordrecht', 'Zwijndrecht', 'Papendrecht', 'Sliedrecht', 'Alblasserdam', 'Hendrik-Ido-Ambacht'];
const WORDS = ['Bakkerij', 'Installatietechniek', 'Transport', 'Zorg', 'Bouw', 'Café', 'Garage', 'Advies', 'Schilders', 'Hovenier'];
const SURNAMES = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks'];
const QUERIES = ['bakkerij', 'zwijndrecht', '1234', 'de vr', 'cafe d'];

function companies() {
  return Array.from({ length: N }, (_, i) => {
    const place = PLACES[i % PLACES.length];
    return {
      id: `bench-${i}`,
      _clock: { '': '0000000000000-0000-bench' },
      kind: i % 4 === 0 ? 'zzp' : 'mkb',
      name: `${WORDS[i % WORDS.length]} ${SURNAMES[(i * 7) % SURNAMES.length]} ${i}`,
      kvk: String(10_000_000 + i * 37),
      place,
      gemeente: place.toLowerCase(),
      sizeClass: ['zzp', '1-4', '5-9', '10-14', 'onbekend'][i % 5],
      status: 'nog-niet-benaderd',
      networkIds: [],
      demo: false,
    };
  });
}

export async function run({ browser, appUrl }) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'nl-NL' });
  const page = await context.newPage();
  try {
    await page.goto(`${appUrl.replace(/\/$/, '')}/#/portefeuille`);
    await page.getByLabel('Uw naam').fill('Bench Adviseur');
    await page.getByRole('radio', { name: 'LeerWerkLoket Drechtsteden' }).check({ force: true });
    await page.getByRole('button', { name: 'Aan de slag' }).click();
    await page.getByRole('heading', { name: 'Portefeuille', level: 1 }).waitFor();
    // Load the rows straight into IndexedDB (the import itself has its own benchmark).
    await page.evaluate(
      (rows) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('veldwerk');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('companies', 'readwrite');
            const store = tx.objectStore('companies');
            for (const row of rows) store.put(row);
            tx.oncomplete = () => {
              open.result.close();
              resolve(undefined);
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      companies(),
    );
    await page.reload();
    await page.getByText(/van 10\.000 bedrijven/).waitFor({ timeout: 60_000 });
    await recordFilterTimes(page);
    for (let round = 0; round < 2; round++) await typeQueries(page, QUERIES, { delay: 80, pause: 150 });
    const times = await filterTimes(page);
    const rounds = times.length;
    return [
      { name: 'filter-10k-p95-ms', value: p95(times), unit: 'ms', goal: '<= 50' },
      { name: 'filter-10k-median-ms', value: [...times].sort((a, b) => a - b)[Math.floor(rounds / 2)], unit: 'ms', goal: 'info' },
    ];
  } finally {
    await context.close();
  }
}
