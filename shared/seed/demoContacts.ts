import type { Profile } from '../domain/common';
import type { CompanyStatus } from '../domain/company';
import type { Channel, TopicKey } from '../domain/contactLog';
import { addDays, localDate, localDateTimeToIso } from '../dates/localDate';
import { DEMO_ADVISORS } from './demoAdvisors';
import { demoRandom } from './demoRandom';

/**
 * Demo set, part 2: fictional contacts and actions at the demo companies (part 1, `demo.ts`),
 * so the demo looks lived in. Pure; `renderer/db/repositories/demo.ts` writes the rows.
 */

const DEMO_TEXT: { channel: Channel; topics: TopicKey[]; summary: string; outcome: string }[] = [
  { channel: 'bedrijfsbezoek', topics: ['bpv-bbl', 'erkenning-leerbedrijf'], summary: 'Kennismaking op de werkvloer. Eigenaar wil een BBL-leerling, maar het bedrijf is nog geen erkend leerbedrijf.', outcome: 'Aanvraag erkenning bij SBB samen voorbereiden.' },
  { channel: 'telefoon', topics: ['vacatures'], summary: 'Twee vacatures voor monteur staan al maanden open.', outcome: 'Profiel doorsturen naar het werkgeversservicepunt.' },
  { channel: 'netwerkbijeenkomst', topics: ['llo', 'regelingen'], summary: 'Gesprek op de ondernemersavond over scholing van het eigen personeel.', outcome: 'Informatie over regelingen voor scholing mailen.' },
  { channel: 'e-mail', topics: ['stage-hbo', 'mkb-route'], summary: 'Vraag naar een afstudeerder hbo voor een digitaliseringsproject.', outcome: '' },
  { channel: 'doorverwijzing', topics: ['kort-traject'], summary: 'Doorverwezen door de partner: zoekt mensen via een kort traject met baangarantie.', outcome: 'Intake plannen met de opleider.' },
  { channel: 'bedrijfsbezoek', topics: ['evc', 'werknemersvaardigheden'], summary: 'Ervaren medewerkers zonder diploma; interesse in EVC. Zorgen over werkhouding van stagiairs.', outcome: 'EVC-aanbieders uitzoeken.' },
  { channel: 'workshop', topics: ['bpv-bol'], summary: 'Deelgenomen aan de workshop "stagiair begeleiden".', outcome: '' },
];
const DEMO_ACTIONS = ['Terugbellen over de BBL-plek', 'Informatie regelingen mailen', 'Afspraak maken voor bedrijfsbezoek', 'Erkenning leerbedrijf nagaan', 'Vacatureprofiel ophalen'];

export type DemoContacts = {
  logs: Record<string, unknown>[];
  followUps: Record<string, unknown>[];
  /** The status each company moves to. */
  statuses: [companyId: string, status: CompanyStatus][];
};

/**
 * Contact logs and follow-ups (`demo: true`) for the given demo companies, from both
 * organisations, dated over the last eight weeks, some actions overdue and some owned by the
 * advisor of this device (`me`), plus one private note of `me`. Deterministic apart from the
 * row ids, so the demo looks the same on every laptop.
 */
export function generateDemoContacts(input: {
  companyIds: readonly string[];
  me?: Pick<Profile, 'advisorId' | 'name' | 'organisation'>;
  now: Date;
}): DemoContacts {
  const { companyIds, me, now } = input;
  const { next: rnd, pick } = demoRandom(2017);
  const today = localDate(now);
  const at = (daysAgo: number) =>
    localDateTimeToIso(addDays(today, -daysAgo), `${String(8 + Math.floor(rnd() * 9)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`);
  const advisors = [...DEMO_ADVISORS];
  const logs: Record<string, unknown>[] = [];
  const followUps: Record<string, unknown>[] = [];
  const statuses: [string, CompanyStatus][] = [];
  companyIds.forEach((companyId, i) => {
    // Every fourth company is contacted by both organisations within four weeks.
    const both = i % 4 === 0;
    const count = both ? 2 : 1 + Math.floor(rnd() * 2);
    for (let n = 0; n < count; n++) {
      const advisor = both ? advisors[n % 2]! : pick(advisors);
      const text = pick(DEMO_TEXT);
      const created = at(both ? 2 + n * 9 + Math.floor(rnd() * 5) : 1 + Math.floor(rnd() * 55));
      logs.push({
        id: crypto.randomUUID(), companyId, at: created, advisorId: advisor.id, advisorName: advisor.name,
        organisation: advisor.organisation, contactPersonIds: [], channel: text.channel, networkId: null,
        topics: text.topics, schemeIds: [], summary: text.summary, outcome: text.outcome, visibility: 'gedeeld',
        interviewId: null, demo: true, createdAt: created, updatedAt: created,
      });
    }
    statuses.push([companyId, pick<CompanyStatus>(['benaderd', 'in-gesprek', 'actief', 'benaderd'])]);
    if (i % 2 === 1 || both) {
      const mine = me && i % 3 !== 0;
      const owner = mine ? { id: me.advisorId, name: me.name, organisation: me.organisation } : pick(advisors);
      const offset = pick([-9, -3, 1, 4, 12, 30, null]);
      const created = at(5 + Math.floor(rnd() * 20));
      followUps.push({
        id: crypto.randomUUID(), companyId, title: pick(DEMO_ACTIONS), ownerAdvisorId: owner.id,
        ownerName: owner.name, organisation: owner.organisation, due: offset === null ? null : addDays(today, offset),
        status: 'open', origin: 'contactmoment', originId: null, notes: '', visibility: 'gedeeld', doneAt: null,
        demo: true, createdAt: created, updatedAt: created,
      });
    }
  });
  if (me) {
    // One private note of this advisor, to show what the marker looks like.
    const created = at(3);
    logs.push({
      id: crypto.randomUUID(), companyId: companyIds[0]!, at: created, advisorId: me.advisorId, advisorName: me.name,
      organisation: me.organisation, contactPersonIds: [], channel: 'telefoon', networkId: null, topics: ['anders'],
      schemeIds: [], summary: 'Eigenaar klonk gehaast; later opnieuw proberen (privé-notitie).', outcome: '',
      visibility: 'prive', interviewId: null, demo: true, createdAt: created, updatedAt: created,
    });
  }
  return { logs, followUps, statuses };
}
