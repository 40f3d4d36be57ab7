import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import type { AsChildProp } from '../primitive';
import { partContent, partElement } from '../primitive';
import { cx } from '../cx';
import { useMessageContext } from './context';
import { MessageContent } from './MessageContent';

export type MessageBubbleProps = HTMLAttributes<HTMLDivElement> & AsChildProp;

/**
 * The bubble (default content: `Message.Content`). `dir="auto"`, so Arabic text in an English window (or the
 * reverse) reads in its own direction. `data-state` is `streaming` while a streamed answer is still arriving.
 */
export const MessageBubble = forwardRef<HTMLDivElement, MessageBubbleProps>(function MessageBubble({ asChild, className, children, ...props }, ref) {
  const { message } = useMessageContext('Message.Bubble');
  const Element = partElement(asChild, 'div');
  return (
    <Element dir="auto" {...props} ref={ref} className={cx('xo-message__bubble', className)} data-state={message.streaming ? 'streaming' : 'complete'}>
      {partContent(asChild, children, <MessageContent />)}
    </Element>
  );
});
