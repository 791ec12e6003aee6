import type { AlignmentOverview } from '../../../shared/rules/alignment';
import { alignment } from '../../../shared/i18n/nl/alignment';
import { CompanyNameList } from './CompanyNameList';
import { gemeenteLabel, sizeLabel } from './labels';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';
import { overviewText as ot } from '../../../shared/i18n/nl/alignmentOverview';

type Company = AlignmentOverview['withoutSize'][number] & { gemeente?: string | null };

/** Section 4: new companies, newly reached small MKB and zzp-ers, and companies still without size. */
export function NewsSection({
  news,
  withoutSize,
  onAgree,
}: {
  news: { added: Company[]; newlyReachedSmallMkb: Company[]; newlyReachedZzp: Company[] };
  withoutSize: Company[];
  onAgree?: (companyId: string) => void;
}) {
  const s = ui.sections;
  const item = (c: Company, detail?: string) => ({ id: c.id, name: c.name, detail });
  return (
    <div className="news-grid">
      <div>
        <h3 className="subsection-title">{`${s.added} (${news.added.length})`}</h3>
        <CompanyNameList
          label={s.added}
          empty={s.addedEmpty}
          items={news.added.map((c) => item(c, c.gemeente ? gemeenteLabel(c.gemeente) : undefined))}
        />
      </div>
      <div>
        <h3 className="subsection-title">{`${s.newSmallMkb} (${news.newlyReachedSmallMkb.length})`}</h3>
        <CompanyNameList
          label={s.newSmallMkb}
          empty={s.reachedEmpty}
          items={news.newlyReachedSmallMkb.map((c) => item(c, c.sizeClass && c.sizeClass !== 'onbekend' ? sizeLabel(c.sizeClass) : ot.sizeUnknown))}
        />
      </div>
      <div>
        <h3 className="subsection-title">{`${s.newZzp} (${news.newlyReachedZzp.length})`}</h3>
        <CompanyNameList label={s.newZzp} empty={s.reachedEmpty} items={news.newlyReachedZzp.map((c) => item(c))} />
      </div>
      <div>
        <h3 className="subsection-title">{`${alignment.sections.withoutSize} (${withoutSize.length})`}</h3>
        {withoutSize.length > 0 && <p className="muted">{s.withoutSizeHint}</p>}
        <CompanyNameList
          label={alignment.sections.withoutSize}
          empty={s.withoutSizeEmpty}
          items={withoutSize.map((c) => item(c, c.gemeente ? gemeenteLabel(c.gemeente) : undefined))}
          onAgree={onAgree}
        />
      </div>
    </div>
  );
}
