import { NavLink } from 'react-router';
import { t } from '../../shared/i18n';
import { NAV_ITEMS, type NavItem } from './navigation';
import { useNavBadges } from './navBadges';

function Item({ item, badge }: { item: NavItem; badge?: { count: number; label: string } }) {
  return (
    <li>
      <NavLink to={item.to} className={({ isActive }) => `nav-link${isActive ? ' active' : ''}`} aria-keyshortcuts={item.shortcut}>
        <span>{item.label}</span>
        {badge && badge.count > 0 && (
          <span className="nav-badge" aria-label={badge.label}>
            {badge.count}
          </span>
        )}
      </NavLink>
    </li>
  );
}

export function Nav() {
  const badges = useNavBadges();
  const groups: { group: string | undefined; items: NavItem[] }[] = [];
  for (const item of NAV_ITEMS) {
    const last = groups.at(-1);
    if (last && last.group === item.group) last.items.push(item);
    else groups.push({ group: item.group, items: [item] });
  }
  return (
    <nav aria-label={t.nav.label} className="nav">
      {groups.map(({ group, items }, i) =>
        group ? (
          <div key={group} className="nav-group">
            <h2 className="nav-group-title" id={`nav-group-${i}`}>
              {group}
            </h2>
            <ul aria-labelledby={`nav-group-${i}`}>
              {items.map((item) => (
                <Item key={item.to} item={item} badge={badges[item.to]} />
              ))}
            </ul>
          </div>
        ) : (
          <ul key={items[0]!.to}>
            {items.map((item) => (
              <Item key={item.to} item={item} badge={badges[item.to]} />
            ))}
          </ul>
        ),
      )}
    </nav>
  );
}
