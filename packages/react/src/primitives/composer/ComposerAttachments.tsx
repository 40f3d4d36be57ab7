import { forwardRef } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import type { ComposerState } from '../../hooks/useComposer';
import type { AsChildProp } from '../primitive';
import { partElement } from '../primitive';
import { cx } from '../cx';
import { useComposerContext } from './context';

export interface ComposerAttachmentsProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'>, AsChildProp {
  /** Content, or a render prop that gets the composer (to add a file's link to the draft, for example). */
  children?: ReactNode | ((composer: ComposerState) => ReactNode);
}

/** A slot for attachment controls, next to the input. */
export const ComposerAttachments = forwardRef<HTMLDivElement, ComposerAttachmentsProps>(function ComposerAttachments(
  { asChild, className, children, ...props },
  ref,
) {
  const composer = useComposerContext('Composer.Attachments');
  const Element = partElement(asChild, 'div');
  return (
    <Element {...props} ref={ref} className={cx('xo-composer__attachments', className)}>
      {typeof children === 'function' ? children(composer) : children}
    </Element>
  );
});
