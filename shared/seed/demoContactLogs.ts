import type { Channel, TopicKey } from '../domain/contactLog';

/** Demo content of contact logs and follow-ups (renderer/db/repositories/contactLogs.ts generates the rows). */
export const DEMO_TEXT: { channel: Channel; topics: TopicKey[]; summary: string; outcome: string }[] = [
  { channel: 'bedrijfsbezoek', topics: ['bpv-bbl', 'erkenning-leerbedrijf'], summary: 'Kennismaking op de werkvloer. Eigenaar wil een BBL-leerling, maar het bedrijf is nog geen erkend leerbedrijf.', outcome: 'Aanvraag erkenning bij SBB samen voorbereiden.' },
  { channel: 'telefoon', topics: ['vacatures'], summary: 'Twee vacatures voor monteur staan al maanden open.', outcome: 'Profiel doorsturen naar het werkgeversservicepunt.' },
  { channel: 'netwerkbijeenkomst', topics: ['llo', 'regelingen'], summary: 'Gesprek op de ondernemersavond over scholing van het eigen personeel.', outcome: 'Informatie over regelingen voor scholing mailen.' },
  { channel: 'e-mail', topics: ['stage-hbo', 'mkb-route'], summary: 'Vraag naar een afstudeerder hbo voor een digitaliseringsproject.', outcome: '' },
  { channel: 'doorverwijzing', topics: ['kort-traject'], summary: 'Doorverwezen door de partner: zoekt mensen via een kort traject met baangarantie.', outcome: 'Intake plannen met de opleider.' },
  { channel: 'bedrijfsbezoek', topics: ['evc', 'werknemersvaardigheden'], summary: 'Ervaren medewerkers zonder diploma; interesse in EVC. Zorgen over werkhouding van stagiairs.', outcome: 'EVC-aanbieders uitzoeken.' },
  { channel: 'workshop', topics: ['bpv-bol'], summary: 'Deelgenomen aan de workshop "stagiair begeleiden".', outcome: '' },
];
export const DEMO_ACTIONS = ['Terugbellen over de BBL-plek', 'Informatie regelingen mailen', 'Afspraak maken voor bedrijfsbezoek', 'Erkenning leerbedrijf nagaan', 'Vacatureprofiel ophalen'];

/** The one private note in the demo, to show what the private marker looks like. */
export const DEMO_PRIVATE_NOTE = 'Eigenaar klonk gehaast; later opnieuw proberen (privé-notitie).';
