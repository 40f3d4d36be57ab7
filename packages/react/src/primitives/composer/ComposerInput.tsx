import { forwardRef, useMemo, useRef } from 'react';
import type { KeyboardEvent, TextareaHTMLAttributes } from 'react';
import { useChatI18n } from '../../i18n/context';
import { composeRefs } from '../../internal/compose-refs';
import { cx } from '../cx';
import { useComposerContext } from './context';
import { useIsomorphicLayoutEffect } from '../../internal/use-isomorphic-layout-effect';

export interface ComposerInputProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'defaultValue' | 'onChange'> {
  className?: string;
  /** Grows up to this many pixels, then scrolls (the CSS variable `--xo-composer-max-height` does the same). */
  maxHeight?: number;
}


function supportsFieldSizing(): boolean {
  return typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content');
}

/**
 * The draft. Enter sends, Shift+Enter breaks the line; Enter that confirms an IME composition (Japanese,
 * Chinese, Korean input) only confirms it. Grows with its content through CSS `field-sizing` where supported,
 * else by measuring its scroll height.
 */
export const ComposerInput = forwardRef<HTMLTextAreaElement, ComposerInputProps>(function ComposerInput({ className, maxHeight = 160, onKeyDown, ...props }, ref) {
  const composer = useComposerContext('Composer.Input');
  const { strings } = useChatI18n();
  const composing = useRef(false);
  const { inputRef, value } = composer;
  const setRef = useMemo(() => composeRefs(ref, inputRef), [ref, inputRef]);

  useIsomorphicLayoutEffect(() => {
    const el = inputRef.current;
    if (!el || supportsFieldSizing()) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(el.scrollHeight, maxHeight)}px`;
  }, [value, maxHeight, inputRef]);

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented || event.key !== 'Enter' || event.shiftKey) return;
    // keyCode 229 is the "IME is processing" key some browsers send instead of isComposing.
    if (composing.current || event.nativeEvent.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    composer.submit();
  };

  return (
    <textarea
      {...props}
      ref={setRef}
      className={cx('xo-composer__input', className)}
      data-state={composer.disabled ? 'disabled' : composer.canSend ? 'ready' : 'empty'}
      rows={1}
      value={value}
      disabled={composer.disabled}
      aria-label={props['aria-label'] ?? strings.composerLabel}
      aria-describedby={composer.hintId}
      placeholder={props.placeholder ?? strings.composerPlaceholder}
      dir="auto"
      enterKeyHint="send"
      onChange={(event) => composer.setValue(event.target.value)}
      onKeyDown={handleKeyDown}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={() => {
        // Safari fires compositionend before the keydown of the Enter that ended it: clear on the next task.
        setTimeout(() => {
          composing.current = false;
        }, 0);
      }}
    />
  );
});
