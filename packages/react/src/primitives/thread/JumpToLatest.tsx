import { format } from '../../i18n/locales';
import { useChatI18n } from '../../i18n/context';
import { cx } from '../Slot';

export interface JumpToLatestProps {
  /** Messages that arrived below the viewport. */
  newCount: number;
  onJump: () => void;
  className?: string;
}

/** Shown while the reader is scrolled up: back to the newest message, with how many arrived meanwhile. */
export function JumpToLatest({ newCount, onJump, className }: JumpToLatestProps) {
  const { strings } = useChatI18n();
  return (
    <button type="button" className={cx('xo-button xo-jump', className)} onClick={onJump} data-count={newCount}>
      <span aria-hidden="true" className="xo-jump__arrow">
        ↓
      </span>
      <span>{strings.jumpToLatest}</span>
      {newCount > 0 ? <span className="xo-badge">{format(strings.newMessages, { count: newCount })}</span> : null}
    </button>
  );
}
