import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { useChatI18n } from '../../i18n/context';
import type { AsChildProp } from '../primitive';
import { partContent, partElement } from '../primitive';
import { cx } from '../cx';
import { useThread } from './context';

export type ThreadLoadOlderProps = HTMLAttributes<HTMLDivElement> & AsChildProp;

/**
 * The top edge of the transcript: "loading" while a page is in flight, the error with a retry, or a
 * "load earlier messages" button (shown when focused) so keyboard users need not scroll to the top. It sits
 * outside the virtual list so its appearing never shifts the rows. `data-state`: `loading`, `error`, `more`, `done`.
 */
export const ThreadLoadOlder = forwardRef<HTMLDivElement, ThreadLoadOlderProps>(function ThreadLoadOlder({ asChild, className, children, ...props }, ref) {
  const { history, scroll } = useThread('<Thread.LoadOlder>');
  const { strings } = useChatI18n();
  const state = history.status === 'loading' ? 'loading' : history.status === 'error' ? 'error' : history.hasMore ? 'more' : 'done';
  const Element = partElement(asChild, 'div');
  return (
    <Element {...props} ref={ref} className={cx('xo-history', className)} data-state={state}>
      {partContent(asChild, children, (
        <>
          <div role="status" className={state === 'loading' ? 'xo-history__loading' : 'xo-visually-hidden'}>
            {state === 'loading' ? strings.loadingOlder : ''}
          </div>
          {state === 'error' ? (
            <p className="xo-history__error">
              {history.error ?? strings.historyError}{' '}
              <button type="button" className="xo-button" onClick={scroll.loadOlderNow}>
                {strings.retry}
              </button>
            </p>
          ) : null}
          {state === 'more' && history.loadedInitial ? (
            <button type="button" className="xo-button xo-history__more" onClick={scroll.loadOlderNow}>
              {strings.loadOlder}
            </button>
          ) : null}
        </>
      ))}
    </Element>
  );
});
