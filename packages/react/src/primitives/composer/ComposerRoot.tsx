import { forwardRef, useId, useMemo, useRef } from 'react';
import type { FormHTMLAttributes } from 'react';
import { useComposer } from '../../hooks/useComposer';
import type { ComposerOptions } from '../../hooks/useComposer';
import { useChatI18n } from '../../i18n/context';
import type { AsChildProp } from '../primitive';
import { partElement } from '../primitive';
import { cx } from '../cx';
import { ComposerContext } from './context';

export interface ComposerRootProps extends ComposerOptions, Omit<FormHTMLAttributes<HTMLFormElement>, 'defaultValue'>, AsChildProp {}

/**
 * The form around the composer's parts; holds the draft (controlled with `value` and `onValueChange`, or
 * uncontrolled with `defaultValue`). `data-state`: `disabled`, `ready` or `empty`.
 */
export const ComposerRoot = forwardRef<HTMLFormElement, ComposerRootProps>(function ComposerRoot(
  { value: valueProp, defaultValue, onValueChange, onSend, asChild, className, children, onSubmit, ...props },
  ref,
) {
  const composer = useComposer({ value: valueProp, defaultValue, onValueChange, onSend });
  const { strings } = useChatI18n();
  const hintId = useId();
  const inputRef = useRef<HTMLTextAreaElement | null>(null);
  const value = useMemo(() => ({ ...composer, hintId, inputRef }), [composer, hintId]);
  const handleSubmit: NonNullable<FormHTMLAttributes<HTMLFormElement>['onSubmit']> = (event) => {
    onSubmit?.(event);
    event.preventDefault();
    if (composer.submit() !== null) inputRef.current?.focus();
  };
  const hint =
    composer.disabledReason === 'failed'
      ? strings.cannotSendFailed
      : composer.disabledReason === 'closed'
        ? strings.cannotSendClosed
        : '';
  const Element = partElement(asChild, 'form');
  return (
    <ComposerContext.Provider value={value}>
      <Element
        {...props}
        ref={ref}
        className={cx('xo-composer', className)}
        onSubmit={handleSubmit}
        data-state={composer.disabled ? 'disabled' : composer.canSend ? 'ready' : 'empty'}
      >
        {children}
        <p id={hintId} className={hint ? 'xo-composer__hint' : 'xo-visually-hidden'}>
          {hint}
        </p>
      </Element>
    </ComposerContext.Provider>
  );
});
