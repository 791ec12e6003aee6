import { useSyncExternalStore } from 'react';
import { shell } from '../../shared/i18n/nl/shell';
import { Button } from '../ui/Button';
import { problems, type ProblemReporter } from './problemReporter';
import './problemNotice.css';

/**
 * The calm notice shown when something the advisor did was not saved. It stays until closed
 * (it may come while the advisor looks elsewhere), and is announced once by screen readers.
 */
export function ProblemNotice({ reporter = problems }: { reporter?: ProblemReporter }) {
  const notice = useSyncExternalStore(reporter.subscribe, reporter.getNotice);
  if (!notice) return null;
  return (
    <div className="problem-notice notice notice-warning" role="alert" key={notice.id}>
      <strong className="notice-title">{shell.problems.notSavedTitle}</strong>
      <p>{shell.problems.notSaved}</p>
      <Button onPress={() => reporter.dismiss()}>{shell.problems.dismiss}</Button>
    </div>
  );
}
