import type { ReactNode } from 'react';
import type { ComposerOptions, ComposerState } from '../../hooks/useComposer';
import { cx } from '../Slot';
import { useComposerContext } from './context';
import { ComposerInput } from './ComposerInput';
import { ComposerRoot } from './ComposerRoot';
import { ComposerSend } from './ComposerSend';

export interface ComposerAttachmentsProps {
  /** Content, or a render prop that gets the composer (to add a file's link to the draft, for example). */
  children?: ReactNode | ((composer: ComposerState) => ReactNode);
  className?: string;
}

/** A slot for attachment controls, next to the input. */
export function ComposerAttachments({ children, className }: ComposerAttachmentsProps) {
  const composer = useComposerContext('ComposerAttachments');
  return <div className={cx('xo-composer__attachments', className)}>{typeof children === 'function' ? children(composer) : children}</div>;
}

export interface ComposerProps extends ComposerOptions {
  className?: string;
  placeholder?: string;
  /** Attachment controls (content or render prop), shown before the input. */
  attachments?: ComposerAttachmentsProps['children'];
}

/** The ready composer: optional attachment slot, the auto-growing input and the send button. */
export function Composer({ className, placeholder, attachments, ...options }: ComposerProps) {
  return (
    <ComposerRoot className={className} {...options}>
      {attachments ? <ComposerAttachments>{attachments}</ComposerAttachments> : null}
      <ComposerInput {...(placeholder === undefined ? {} : { placeholder })} />
      <ComposerSend />
    </ComposerRoot>
  );
}
