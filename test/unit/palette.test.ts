import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The colour variables of the house style, read from the stylesheet itself. */
const css = readFileSync(resolve(import.meta.dirname, '../../renderer/styles/app.css'), 'utf8');
const root = /:root\s*{([^}]*)}/.exec(css)![1]!;
const palette = Object.fromEntries(
  [...root.matchAll(/--(c-[a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1]!, m[2]!]),
) as Record<string, string>;
const color = (name: string) => {
  const value = name.startsWith('#') ? name : palette[name];
  if (!value) throw new Error(`No colour ${name} in app.css`);
  return value;
};

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(color(a)), luminance(color(b))].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('colour palette (WCAG 2.1 AA)', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  // Text: 4.5:1 on every background it is used on.
  it.each([
    ['c-text', 'c-bg'],
    ['c-text', 'c-surface'],
    ['c-muted', 'c-bg'],
    ['c-muted', 'c-surface'],
    ['c-muted', 'c-brand-soft'],
    ['c-brand', 'c-surface'],
    ['c-brand', 'c-bg'],
    ['c-brand-dark', 'c-brand-soft'],
    ['#ffffff', 'c-brand'],
    ['#ffffff', 'c-brand-dark'],
    ['#ffffff', 'c-danger'],
    ['c-on-dark-soft', 'c-brand-dark'],
    ['c-on-dark-label', 'c-brand-dark'],
    ['c-warning', 'c-warning-bg'],
    ['c-danger', 'c-danger-bg'],
    ['c-success', 'c-success-bg'],
    ['c-info', 'c-info-bg'],
    ['c-private', 'c-private-bg'],
  ])('text %s on %s is at least 4.5:1', (fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  // Focus rings and control borders: 3:1 against what they sit on (WCAG 1.4.11).
  it.each([
    ['c-focus', 'c-surface'],
    ['c-focus', 'c-bg'],
    ['c-focus', 'c-brand-soft'],
    ['c-focus-on-dark', 'c-brand-dark'],
  ])('focus ring %s on %s is at least 3:1', (ring, bg) => {
    expect(contrast(ring, bg)).toBeGreaterThanOrEqual(3);
  });

  it('draws the sidebar focus ring in the colour made for the dark green', () => {
    expect(css).toMatch(
      /\.sidebar :focus-visible[^{]*{\s*outline-color:\s*var\(--c-focus-on-dark\)/,
    );
  });
});
