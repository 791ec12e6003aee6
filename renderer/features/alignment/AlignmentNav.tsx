import { NavLink } from 'react-router';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';

const LINKS = [
  { to: '/afstemming', label: ui.nav.overleg, end: true },
  { to: '/afstemming/doelen', label: ui.nav.doelen, end: false },
  { to: '/afstemming/bereik', label: ui.nav.bereik, end: false },
];

/** The three parts of afstemming as tabs-like links; the current one is marked for screen readers. */
export function AlignmentNav() {
  return (
    <nav className="alignment-nav no-print" aria-label={ui.nav.label}>
      <ul>
        {LINKS.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.end} className={({ isActive }) => `alignment-nav-link${isActive ? ' active' : ''}`}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
