import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_TERMS } from '../../shared/seed/terms';
import { createTermLinker } from '../../shared/rules/termLinker';
import { TermLinkerContext } from './termLinkerContext';
import { TermText } from './TermText';

afterEach(cleanup);

const value = { linker: createTermLinker(SEED_TERMS), hrefOf: (key: string) => `/kennisbank/begrippen/${key}` };
const TEXT = 'In het mbo telt alleen de BBL mee, niet de BOL.';

describe('TermText', () => {
  it('turns known begrippen into focusable hints with an accessible name and keeps the text intact', () => {
    const { container } = render(
      <TermLinkerContext.Provider value={value}>
        <p>
          <TermText text={TEXT} />
        </p>
      </TermLinkerContext.Provider>,
    );
    expect(container.textContent).toBe(TEXT);
    const bbl = screen.getByRole('button', { name: /^BBL, uitleg van het begrip/ });
    expect(bbl.textContent).toBe('BBL');
    expect(screen.getByRole('button', { name: /^BOL, uitleg van het begrip/ })).toBeTruthy();
  });

  it('renders plain text without a provider, and passive hints without buttons', () => {
    const plain = render(<TermText text={TEXT} />);
    expect(plain.container.textContent).toBe(TEXT);
    expect(plain.container.querySelector('button')).toBeNull();
    cleanup();
    const passive = render(
      <TermLinkerContext.Provider value={value}>
        <TermText text={TEXT} passive />
      </TermLinkerContext.Provider>,
    );
    expect(passive.container.querySelector('button')).toBeNull();
    expect(passive.container.querySelector('.term-hint-passive')?.getAttribute('title')).toMatch(/^Beroepsbegeleidende leerweg \(BBL\): /);
  });

  it('does not link the begrip whose own page shows the text', () => {
    render(
      <TermLinkerContext.Provider value={value}>
        <TermText text={TEXT} excludeKey="bbl" />
      </TermLinkerContext.Provider>,
    );
    expect(screen.queryByRole('button', { name: /^BBL,/ })).toBeNull();
  });
});
