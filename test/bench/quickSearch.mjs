/* global document, requestAnimationFrame, performance */
// Shared by the UI benchmarks that time the portfolio's quick search.

/** The 95th percentile of a list of times. */
export function p95(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
}

/**
 * Starts recording, in the page, the time from each keystroke in the quick search to the first
 * frame painted after the grid shows its rows: the input event's timestamp, then the frame in
 * which the grid reports the new query (data-query), then a task after that frame's paint.
 * The times collect in `window.__filterTimes`; `filterTimes(page)` reads them.
 */
export function recordFilterTimes(page) {
  return page.evaluate(() => {
    const input = document.querySelector('.search-field input');
    const grid = document.querySelector('[role="grid"]');
    window.__filterTimes = [];
    input.addEventListener('input', (event) => {
      const start = event.timeStamp;
      const check = () => {
        if (grid.dataset.query !== input.value) return requestAnimationFrame(check);
        // The frame that shows the new rows is painted right after this callback.
        setTimeout(() => window.__filterTimes.push(performance.now() - start), 0);
      };
      requestAnimationFrame(check);
    });
  });
}

export const filterTimes = (page) => page.evaluate(() => window.__filterTimes);

/** Types each query afresh into the quick search, `delay` ms between keys, `pause` ms after. */
export async function typeQueries(page, queries, { delay, pause }) {
  const input = page.getByPlaceholder('Zoek op naam, KvK-nummer of plaats');
  for (const q of queries) {
    await input.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(q, { delay });
    await page.waitForTimeout(pause);
  }
  return input;
}
