import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import { useChatI18n } from '../../i18n/context';
import { MessageParts } from '../../templates';
import type { AsChildProp } from '../primitive';
import { partContent, partElement } from '../primitive';
import { cx } from '../cx';
import { useMessageContext } from './context';

export type MessageContentProps = HTMLAttributes<HTMLDivElement> & AsChildProp;

/** The message's parts: markdown text, templates through the registry, attachments. */
export const MessageContent = forwardRef<HTMLDivElement, MessageContentProps>(function MessageContent({ asChild, className, children, ...props }, ref) {
  const { message } = useMessageContext('Message.Content');
  const { locale } = useChatI18n();
  const Element = partElement(asChild, 'div');
  return (
    <Element {...props} ref={ref} className={cx('xo-message__content', className)}>
      {partContent(asChild, children, <MessageParts message={message} locale={locale} />)}
    </Element>
  );
});
