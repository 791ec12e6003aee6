import { listsFor } from './choiceLists';
import { longtext, section, seedGuide, whenNo, whenYes, yesno } from './build';
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
 * Guide 2 of bijlage 4 (version of 24 February 2017): for companies not yet reached, or not
 * doing anything with Leren en Werken. "Doet nog niets" is asked explicitly in the section on
 * Leren en Werken, so the question on motivation later on is shown only to those companies.
 */
const mogelijkheden = section('mogelijkheden', 'Mogelijkheden en beperkingen', [
  longtext(
    'mog_voordelen',
    'Wat zijn volgens u de (mogelijke) voordelen van Leren en Werken voor uw {bedrijf}?',
    { inSummary: true },
  ),
  longtext('mog_nadelen', 'En wat zijn de (mogelijke) nadelen?', { inSummary: true }),
  longtext(
    'mog_binnen_bedrijf',
    'Welke mogelijkheden ziet u binnen uw {bedrijf} om iets met Leren en Werken te doen?',
  ),
  longtext('mog_nodig', 'Wat is er nodig om die mogelijkheden echt te benutten?', {
    inSummary: true,
  }),
  yesno(
    'mog_plannen',
    'Bent u van plan om in de toekomst iets met Leren en Werken te (blijven) doen?',
  ),
  longtext('mog_plannen_ja', 'Wat, op welke manier, en waarom?', {
    relevant: whenYes('mog_plannen'),
    inSummary: true,
  }),
  longtext('mog_plannen_nee', 'Waarom niet?', { relevant: whenNo('mog_plannen') }),
  longtext(
    'mog_motivatie',
    'Wat zou uw {bedrijf} over de streep trekken om iets met Leren en Werken te gaan doen?',
    {
      relevant: whenNo('lw_doet_nu_iets'),
      hint: 'Alleen voor bedrijven die nog niets doen met Leren en Werken.',
      inSummary: true,
    },
  ),
]);

const sections = [
  voorbereidingSection,
  doelSection(
    'Juist kleine bedrijven kunnen volgens het LeerWerkLoket veel hebben aan ondersteuning bij Leren en Werken. Daarom willen we horen hoe u ertegenover staat en welke vragen en behoeften er bij u spelen.',
  ),
  algemeenSection,
  informatieSection,
  section('leren_werken', 'Leren en Werken', [
    ...lerenEnWerkenItems,
    yesno('lw_doet_nu_iets', 'Doet uw {bedrijf} op dit moment iets met Leren en Werken?', {
      required: true,
      hint: 'Bijvoorbeeld studenten of stagiairs begeleiden, een kort traject met baangarantie of EVC. Bij "nee" volgt verderop een extra vraag over wat zou motiveren.',
    }),
    vormenIntro,
  ]),
  ...FORM_SECTIONS,
  ouderenSection,
  laaggeletterdheidSection,
  mogelijkheden,
  ondersteuningSection,
  afsluitingSection,
];

export const mkbNietBereiktGuide = seedGuide({
  guideKey: 'mkb-niet-bereikt',
  // Version 2: asks for SBB recognition and the Mkb-route; laaggeletterdheid follow-up for all.
  version: 2,
  title: 'Bedrijven die nog niet bereikt zijn of niets doen met Leren en Werken',
  description:
    'Gespreksleidraad voor een eerste gesprek met een klein MKB-bedrijf dat nog niet in beeld is of nog niets doet met Leren en Werken. Gebaseerd op de leidraad uit het onderzoek Leren en Werken in MKB Regio Drechtsteden.',
  audience: 'mkb-niet-bereikt',
  date: '2017-02-24',
  sections,
  choiceLists: listsFor(sections),
});
