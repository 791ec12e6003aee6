import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { t } from '../../shared/i18n';
import { getMode } from '../platform/platform';

/** Says whether this is the desktop app or browser mode, and what browser mode cannot do. */
export function ModeBadge() {
  const mode = getMode();
  if (mode === 'desktop') return <div className="mode-badge">{t.mode.desktop}</div>;
  return (
    <DialogTrigger>
      <Button className="mode-badge mode-browser">{t.mode.browser} (?)</Button>
      <Popover className="popover popover-text" placement="top start">
        <Dialog className="popover-dialog">
          <Heading slot="title">{t.mode.browser}</Heading>
          <p>{t.mode.browserExplain}</p>
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
