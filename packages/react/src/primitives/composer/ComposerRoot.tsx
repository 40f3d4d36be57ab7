import { useId, useMemo, useRef } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useComposer } from '../../hooks/useComposer';
import type { ComposerOptions } from '../../hooks/useComposer';
import { useChatI18n } from '../../i18n/context';
import { cx } from '../Slot';
import { ComposerContext } from './context';

export interface ComposerRootProps extends ComposerOptions {
  className?: string | undefined;
  children?: ReactNode;
}

/** The form around the composer's parts; holds the draft (controlled with `value`, or uncontrolled). */
export function ComposerRoot({ className, children, ...options }: ComposerRootProps) {
  const composer = useComposer(options);
  const { strings } = useChatI18n();
  const hintId = useId();
  const inputRef = useRef<HTMLTextAreaElement | null>(null);
  const value = useMemo(() => ({ ...composer, hintId, inputRef }), [composer, hintId]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (composer.submit() !== null) inputRef.current?.focus();
  };
  const hint =
    composer.disabledReason === 'failed'
      ? strings.cannotSendFailed
      : composer.disabledReason === 'closed'
        ? strings.cannotSendClosed
        : '';
  return (
    <ComposerContext.Provider value={value}>
      <form
        className={cx('xo-composer', className)}
        onSubmit={onSubmit}
        data-state={composer.disabled ? 'disabled' : composer.canSend ? 'ready' : 'empty'}
      >
        {children}
        <p id={hintId} className={hint ? 'xo-composer__hint' : 'xo-visually-hidden'}>
          {hint}
        </p>
      </form>
    </ComposerContext.Provider>
  );
}
