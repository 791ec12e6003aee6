import { describe, expect, it } from 'vitest';
import { mkbActiefGuide } from '../../../shared/guides/seed/index';
import { answeredSector, itemLayouts, textFor } from './guideLayout';

describe('guide layout and wording on screen', () => {
  it('speaks of "praktijkhouder" once the interview says the practice is in the eerstelijnszorg', () => {
    const tips = mkbActiefGuide.sections.flatMap((s) => s.items).find((i) => i.key === 'adv_tips')!;
    const label = 'label' in tips && tips.label ? tips.label : '';
    expect(textFor(mkbActiefGuide, answeredSector(mkbActiefGuide, {}))(label)).toContain(
      'werkgevers',
    );
    const sector = answeredSector(mkbActiefGuide, { bedrijf_sector: 'eerstelijnszorg' });
    expect(sector).toBe('eerstelijnszorg');
    expect(textFor(mkbActiefGuide, sector)(label)).toContain('praktijkhouders');
    expect(textFor(mkbActiefGuide, null, 'zzp')('{Bedrijf}')).toBe('Onderneming');
  });

  it('indents the Zo ja / Zo nee follow-ups under their question', () => {
    const layouts = itemLayouts(mkbActiefGuide);
    expect(layouts.get('bpv_ervaring')).toEqual({ depth: 0, branch: null });
    expect(layouts.get('bpv_ja_hoelang')).toEqual({ depth: 1, branch: 'Zo ja →' });
    expect(layouts.get('bpv_nee_waarom')).toEqual({ depth: 1, branch: 'Zo nee →' });
  });
});
