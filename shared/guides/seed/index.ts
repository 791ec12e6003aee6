import type { Guide } from '../../domain/guide';
import { lloGuide } from './llo';
import { mkbActiefGuide } from './mkbActief';
import { mkbNietBereiktGuide } from './mkbNietBereikt';
import { zzpGuide } from './zzp';

export { lloGuide, mkbActiefGuide, mkbNietBereiktGuide, zzpGuide };
export { BIJLAGE4_SECTION_KEYS } from './mkbCommon';

/** The guides a fresh database starts with, in the order the guide list shows them. */
export const SEED_GUIDES: readonly Guide[] = [
  mkbActiefGuide,
  mkbNietBereiktGuide,
  zzpGuide,
  lloGuide,
];
