import type { ComposerOptions } from '../../hooks/useComposer';
import { ComposerAttachments } from './ComposerAttachments';
import type { ComposerAttachmentsProps } from './ComposerAttachments';
import { ComposerInput } from './ComposerInput';
import { ComposerRoot } from './ComposerRoot';
import { ComposerSend } from './ComposerSend';

export interface ChatComposerProps extends ComposerOptions {
  className?: string | undefined;
  placeholder?: string | undefined;
  /** Attachment controls (content or render prop), shown before the input. */
  attachments?: ComposerAttachmentsProps['children'];
}

/** The ready composer, assembled from the `Composer.*` parts: attachment slot, auto-growing input, send button. */
export function ChatComposer({ className, placeholder, attachments, ...options }: ChatComposerProps) {
  return (
    <ComposerRoot className={className} {...options}>
      {attachments ? <ComposerAttachments>{attachments}</ComposerAttachments> : null}
      <ComposerInput {...(placeholder === undefined ? {} : { placeholder })} />
      <ComposerSend />
    </ComposerRoot>
  );
}
