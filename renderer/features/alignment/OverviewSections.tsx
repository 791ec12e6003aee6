import { alignment } from '../../../shared/i18n/nl/alignment';
import { ContactsSection } from './ContactsSection';
import { DoubleApproachSection } from './DoubleApproachSection';
import { FollowUpsSection } from './FollowUpsSection';
import { FreshnessSection } from './FreshnessSection';
import { LeadsSection } from './LeadsSection';
import { NewsSection } from './NewsSection';
import { SectionBlock } from './SectionBlock';
import type { OverviewContext } from './useOverview';

/**
 * The six agenda items of the afstemmingsoverleg, for the screen, the meeting and the printed
 * report alike. With `onAgree`, every company gets a button to record an agreement about it.
 */
export function OverviewSections({ context, onAgree }: { context: OverviewContext; onAgree?: (companyId: string) => void }) {
  const { overview: o, companyNames, advisorNames } = context;
  const s = alignment.sections;
  const openCount = o.followUps.advisors.reduce((n, a) => n + a.open.length, 0);
  return (
    <div className="agenda">
      <SectionBlock id="sectie-contacten" number={1} title={s.contacts} count={o.contacts.length}>
        <ContactsSection groups={o.contacts} onAgree={onAgree} />
      </SectionBlock>
      <SectionBlock id="sectie-beide" number={2} title={s.both} count={o.approachedByBoth.length + o.ownedByBoth.length}>
        <DoubleApproachSection both={o.approachedByBoth} owned={o.ownedByBoth} advisorNames={advisorNames} onAgree={onAgree} />
      </SectionBlock>
      <SectionBlock id="sectie-acties" number={3} title={s.followUps} count={openCount}>
        <FollowUpsSection followUps={o.followUps} companyNames={companyNames} />
      </SectionBlock>
      <SectionBlock id="sectie-nieuw" number={4} title={s.news}>
        <NewsSection news={o.news} withoutSize={o.withoutSize} onAgree={onAgree} />
      </SectionBlock>
      <SectionBlock id="sectie-tips" number={5} title={s.leads} count={o.leads.length}>
        <LeadsSection leads={o.leads} companyNames={companyNames} onAgree={onAgree} />
      </SectionBlock>
      <SectionBlock id="sectie-actualiteit" number={6} title={s.freshness}>
        <FreshnessSection freshness={o.freshness} />
      </SectionBlock>
    </div>
  );
}
