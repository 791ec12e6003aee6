import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export type ButtonProps = AriaButtonProps & { variant?: 'primary' | 'secondary' | 'quiet' | 'danger' };

/** The app's button: react-aria handles keyboard, press and focus-visible behaviour. */
export function Button({ variant = 'secondary', className, ...props }: ButtonProps) {
  return <AriaButton {...props} className={`btn btn-${variant}${className ? ` ${String(className)}` : ''}`} />;
}
