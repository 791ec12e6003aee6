import { describe, expect, it } from 'vitest';
import { printBlocks } from './layout';
import { mkbActiefGuide } from './seed';

describe('printBlocks', () => {
  it('keeps "Ervaring met bpv?" together with its Zo ja and Zo nee branches', () => {
    const bpv = mkbActiefGuide.sections.find((s) => s.key === 'bpv')!;
    const blocks = printBlocks(bpv);
    const first = blocks[0]!;
    expect(first[0]).toMatchObject({ item: { key: 'bpv_ervaring' }, depth: 0, branchLabel: null });
    expect(first.find((b) => b.item.key === 'bpv_ja_hoelang')).toMatchObject({
      depth: 1,
      branchLabel: 'Zo ja →',
    });
    expect(first.find((b) => b.item.key === 'bpv_nee_waarom')).toMatchObject({
      depth: 1,
      branchLabel: 'Zo nee →',
    });
    // "Waarom wel of niet?" follows the future question, one step deeper.
    expect(first.find((b) => b.item.key === 'bpv_ja_toekomst_waarom')).toMatchObject({ depth: 2 });
    // Knelpunten is asked of everyone: a block of its own.
    expect(blocks.at(-1)!.map((b) => b.item.key)).toEqual(['bpv_knelpunten']);
  });
});
