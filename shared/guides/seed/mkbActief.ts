import { listsFor } from './choiceLists';
import { longtext, section, seedGuide, single, whenAnswered } from './build';
import {
  afsluitingSection,
  algemeenSection,
  doelSection,
  informatieSection,
  laaggeletterdheidSection,
  lerenEnWerkenItems,
  ondersteuningSection,
  ouderenSection,
  voorbereidingSection,
  vormenIntro,
} from './mkbCommon';
import { FORM_SECTIONS } from './mkbForms';

/**
 * Guide 1 of bijlage 4 (version of 24 February 2017): for companies that already work with
 * Leren en Werken. Its own part is "Mogelijkheden, beperkingen en adviezen": what made them
 * start and what they would tell other small companies, so their story can help reach others.
 */
const mogelijkheden = section('mogelijkheden', 'Mogelijkheden, beperkingen en adviezen', [
  longtext(
    'mog_voordelen',
    'Wat zijn volgens u de (mogelijke) voordelen van Leren en Werken voor uw {bedrijf}?',
    { inSummary: true },
  ),
  longtext('mog_nadelen', 'En wat zijn de (mogelijke) nadelen?', { inSummary: true }),
  longtext(
    'adv_enthousiast',
    'Hoe bent u enthousiast geraakt om met Leren en Werken aan de slag te gaan?',
  ),
  longtext('adv_motieven', 'Wat zijn voor uw {bedrijf} de belangrijkste redenen om dit te doen?', {
    hint: 'Bijvoorbeeld: eigen vakmensen opleiden, moeilijk vervulbare functies, maatschappelijke betrokkenheid, nieuwe kennis in huis.',
  }),
  longtext('adv_succesfactoren', 'Wat maakt Leren en Werken tot een succes?'),
  longtext('adv_valkuilen', 'Wat zijn de valkuilen?'),
  single(
    'adv_aanraden',
    'Zou u andere kleine {bedrijven} aanraden om ook met Leren en Werken aan de slag te gaan?',
    {
      choiceList: 'openVoor',
    },
  ),
  longtext('adv_aanraden_waarom', 'Waarom wel of niet?', {
    relevant: whenAnswered('adv_aanraden'),
  }),
  longtext(
    'adv_tips',
    'Welke tips zou u andere {aanspreekvormen} geven die ermee willen beginnen?',
    { inSummary: true },
  ),
  longtext(
    'adv_drempel',
    'Hoe krijgen we andere {bedrijven} over de drempel om iets met Leren en Werken te gaan doen?',
    {
      inSummary: true,
    },
  ),
]);

const sections = [
  voorbereidingSection,
  doelSection(
    'Met bedrijven die al actief zijn met Leren en Werken willen we bespreken wat goed werkt en wat beter kan. Uw ervaringen helpen ons andere kleine bedrijven beter te bereiken en kunnen als goed voorbeeld dienen.',
  ),
  algemeenSection,
  informatieSection,
  section('leren_werken', 'Leren en Werken', [...lerenEnWerkenItems, vormenIntro]),
  ...FORM_SECTIONS,
  ouderenSection,
  laaggeletterdheidSection,
  mogelijkheden,
  ondersteuningSection,
  afsluitingSection,
];

export const mkbActiefGuide = seedGuide({
  guideKey: 'mkb-actief',
  // Version 2: asks for SBB recognition and the Mkb-route; laaggeletterdheid follow-up for all.
  version: 2,
  title: 'Bedrijven die al actief zijn met Leren en Werken',
  description:
    'Gespreksleidraad voor een bezoek aan een klein MKB-bedrijf dat al studenten begeleidt, stagiairs heeft of op een andere manier met Leren en Werken bezig is. Gebaseerd op de leidraad uit het onderzoek Leren en Werken in MKB Regio Drechtsteden.',
  audience: 'mkb-actief',
  date: '2017-02-24',
  sections,
  choiceLists: listsFor(sections),
});
