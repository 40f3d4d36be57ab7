import type { HistoryState } from '@xo-chat/core';
import { useChatI18n } from '../../i18n/context';
import { cx } from '../Slot';

export interface HistoryStatusProps {
  history: HistoryState;
  onLoadOlder: () => void;
  className?: string;
}

/**
 * The top edge of the transcript: "loading" while a page is in flight, the error with a retry, or a
 * "load earlier messages" button (shown when focused) so keyboard users need not scroll to the top.
 * It sits outside the virtual list so its appearing never shifts the rows.
 */
export function HistoryStatus({ history, onLoadOlder, className }: HistoryStatusProps) {
  const { strings } = useChatI18n();
  const state = history.status === 'loading' ? 'loading' : history.status === 'error' ? 'error' : history.hasMore ? 'more' : 'done';
  return (
    <div className={cx('xo-history', className)} data-state={state}>
      <div role="status" className={state === 'loading' ? 'xo-history__loading' : 'xo-visually-hidden'}>
        {state === 'loading' ? strings.loadingOlder : ''}
      </div>
      {state === 'error' ? (
        <p className="xo-history__error">
          {history.error ?? strings.historyError}{' '}
          <button type="button" className="xo-button" onClick={onLoadOlder}>
            {strings.retry}
          </button>
        </p>
      ) : null}
      {state === 'more' && history.loadedInitial ? (
        <button type="button" className="xo-button xo-history__more" onClick={onLoadOlder}>
          {strings.loadOlder}
        </button>
      ) : null}
    </div>
  );
}
