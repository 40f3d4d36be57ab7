import { forwardRef } from 'react';
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { useChatI18n } from '../../i18n/context';
import { cx } from '../cx';
import { Slot } from '../Slot';
import { useComposerContext } from './context';
import { Icon } from '../Icon';

export interface ComposerSendProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  className?: string;
  /** Render the child element as the button (it gets the props and the disabled state). */
  asChild?: boolean;
  children?: ReactNode;
}

function SendIcon() {
  return (
    <Icon d="M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2z" />
  );
}

/** Sends the draft. Its accessible name is the "Send" string even when it shows only an icon. */
export const ComposerSend = forwardRef<HTMLButtonElement, ComposerSendProps>(function ComposerSend({ className, asChild, children, ...props }, ref) {
  const composer = useComposerContext('Composer.Send');
  const { strings } = useChatI18n();
  const shared = {
    ...props,
    className: cx('xo-button xo-composer__send', className),
    'aria-label': props['aria-label'] ?? strings.send,
    'data-state': composer.canSend ? 'ready' : 'disabled',
  };
  if (asChild) return <Slot {...shared} ref={ref}>{children}</Slot>;
  return (
    <button type="submit" disabled={!composer.canSend} {...shared} ref={ref}>
      {children ?? <SendIcon />}
    </button>
  );
});
