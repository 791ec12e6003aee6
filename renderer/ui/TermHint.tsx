import { Button, Dialog, DialogTrigger, Heading, Link, OverlayArrow, Popover, Tooltip, TooltipTrigger } from 'react-aria-components';
import type { Term } from '../../shared/domain/term';
import { shortDefinition } from './termLinkerContext';
import { t } from '../../shared/i18n';

/**
 * One known begrip inside running text: a dotted underline, the short definition as a tooltip on
 * hover and on keyboard focus, and on press (click, Enter, Space) a small popover with the whole
 * definition and a link to the begrip's page. `passive` renders only the underline with a native
 * title, for places that must not hold a button (inside a label or another button).
 */
export function TermHint({ text, term, href, passive }: { text: string; term: Term; href: string; passive?: boolean }) {
  const short = shortDefinition(term.definition);
  const name = term.abbreviation && term.abbreviation !== term.term ? `${term.term} (${term.abbreviation})` : term.term;
  if (passive) {
    return (
      <span className="term-hint term-hint-passive" title={`${name}: ${short}`}>
        {text}
      </span>
    );
  }
  return (
    <DialogTrigger>
      <TooltipTrigger delay={350} closeDelay={150}>
        <Button className="term-hint" aria-label={t.termHint.label(text, term.term)}>
          {text}
        </Button>
        <Tooltip className="term-tooltip" offset={6}>
          <OverlayArrow className="term-tooltip-arrow">
            <svg width={10} height={10} viewBox="0 0 10 10" aria-hidden="true">
              <path d="M0 0 L5 5 L10 0" />
            </svg>
          </OverlayArrow>
          <strong>{name}</strong>: {short}
        </Tooltip>
      </TooltipTrigger>
      <Popover className="popover term-popover" placement="bottom start">
        <Dialog className="popover-dialog term-popover-body">
          <Heading slot="title" className="term-popover-title">
            {name}
          </Heading>
          <p>{term.definition}</p>
          <Link className="link" href={href}>
            {t.termHint.more}
          </Link>
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
