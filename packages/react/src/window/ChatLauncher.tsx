import { forwardRef } from 'react';
import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { useUnread } from '../hooks/state-hooks';
import { format } from '../i18n/locales';
import { useChatI18n } from '../i18n/context';
import { cx, Slot } from '../primitives/Slot';

export interface ChatLauncherProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick'> {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  className?: string;
  /** Id of the panel it opens (for `aria-controls`). */
  controls?: string;
  asChild?: boolean;
  children?: ReactNode;
}

function ChatIcon() {
  return (
    <svg className="xo-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z" />
    </svg>
  );
}

/**
 * The round button that opens the floating window, with the unread count as a badge (and in its name).
 * forwardRef, not `ref` as a prop: React 18 drops a function component's `ref` prop (and warns), which lost
 * the focus ChatWindow returns here after Escape.
 */
export const ChatLauncher = forwardRef<HTMLButtonElement, ChatLauncherProps>(function ChatLauncher(
  { open, onOpenChange, className, controls, asChild, children, ...props },
  ref,
) {
  const { count } = useUnread();
  const { strings } = useChatI18n();
  const label = open ? strings.closeChat : strings.openChat;
  const unread = count > 0 && !open ? ` (${format(strings.unread, { count })})` : '';
  const shared = {
    ...props,
    className: cx('xo-launcher', className),
    // With asChild the child's own content is its name; give it ours only as a fallback label.
    ...(asChild ? { 'aria-label': `${label}${unread}` } : {}),
    'aria-expanded': open,
    'aria-controls': controls,
    'data-state': open ? 'open' : 'closed',
    onClick: () => onOpenChange(!open),
  };
  if (asChild) return <Slot {...shared} ref={ref as Ref<HTMLElement>}>{children}</Slot>;
  return (
    <button type="button" ref={ref} {...shared}>
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
