import { forwardRef } from 'react';
import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { useUnread } from '../hooks/state-hooks';
import { format } from '../i18n/locales';
import { useChatI18n } from '../i18n/context';
import type { AsChildProp } from '../primitives/primitive';
import { cx } from '../primitives/cx';
import { Slot } from '../primitives/Slot';
import { useChatWindow } from './context';
import { Icon } from '../primitives/Icon';

export interface LauncherProps extends ButtonHTMLAttributes<HTMLButtonElement>, AsChildProp {
  /** Open state (default: the window's around it). */
  open?: boolean | undefined;
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** Id of the panel it opens, for `aria-controls` (default: the window's panel, while open). */
  controls?: string | undefined;
  children?: ReactNode;
}

function ChatIcon() {
  return (
    <Icon d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z" size={28} />
  );
}

/**
 * The round button that opens the floating window, with the unread count as a badge (and in its name). Inside
 * `ChatWindow` it drives the window; elsewhere give it `open` and `onOpenChange`. `data-state`: `open`, `closed`.
 */
export const Launcher = forwardRef<HTMLButtonElement, LauncherProps>(function Launcher(
  { open: openProp, onOpenChange, controls, asChild, className, children, onClick, ...props },
  ref,
) {
  const windowContext = useChatWindow();
  const { count } = useUnread();
  const { strings } = useChatI18n();
  const open = openProp ?? windowContext?.open ?? false;
  const setOpen = onOpenChange ?? windowContext?.setOpen;
  const panel = controls ?? (open ? windowContext?.panelId : undefined);
  const label = open ? strings.closeChat : strings.openChat;
  const unread = count > 0 && !open ? ` (${format(strings.unread, { count })})` : '';
  const shared = {
    ...props,
    className: cx('xo-launcher', className),
    // With asChild the child's own content is its name; give it ours only as a fallback label.
    ...(asChild ? { 'aria-label': `${label}${unread}` } : {}),
    'aria-expanded': open,
    'aria-controls': panel,
    'data-state': open ? 'open' : 'closed',
    onClick: (event: MouseEvent<HTMLButtonElement>) => {
      onClick?.(event);
      if (!event.defaultPrevented) setOpen?.(!open);
    },
  };
  if (asChild) return <Slot {...(shared as object)} ref={ref as never}>{children}</Slot>;
  return (
    <button type="button" {...shared} ref={ref}>
      {children ?? <ChatIcon />}
      {/* The name is text (not aria-label), so the visible badge never disagrees with it. */}
      <span className="xo-visually-hidden">
        {label}
        {unread}
      </span>
      {count > 0 && !open ? (
        <span className="xo-badge xo-launcher__badge" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </button>
  );
});
