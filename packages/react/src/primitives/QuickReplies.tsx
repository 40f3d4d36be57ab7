import type { JsonValue, Message, Postback } from '@xo-chat/core';
import { useChatClient } from '../context';
import { useChatSelector } from '../hooks/useChatSelector';
import { connectionBlock } from '../hooks/useComposer';
import { useChatI18n } from '../i18n/context';
import { cx } from './Slot';

export type QuickReply = { kind: 'postback'; title: string; payload: string } | { kind: 'url'; title: string; url: string };

function text(value: JsonValue | undefined): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** The quick replies of a message's `quick_replies` part; entries with no title are skipped. */
export function readQuickReplies(message: Message | undefined): QuickReply[] {
  if (!message || message.from === 'user' || message.fromHistory) return [];
  const part = message.parts.find((p) => p.type === 'template' && p.templateType === 'quick_replies');
  if (!part || part.type !== 'template') return [];
  const list = part.payload['quick_replies'];
  if (!Array.isArray(list)) return [];
  return list.slice(0, 20).flatMap((entry): QuickReply[] => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return [];
    const title = text(entry['title']);
    if (!title) return [];
    const payload = text(entry['payload']) || title;
    if (text(entry['content_type']) === 'url' || text(entry['type']) === 'web_url') {
      const url = text(entry['url']) || payload;
      return /^https?:\/\//i.test(url) ? [{ kind: 'url', title, url }] : [];
    }
    return [{ kind: 'postback', title, payload }];
  });
}

export interface QuickRepliesProps {
  className?: string;
  /** Called instead of `client.sendPostback` when given. */
  onSelect?: (postback: Postback) => void;
}

/**
 * Chips above the composer for the newest message's quick replies, when that message is a live bot message
 * (replies from history are stale). Picking one sends it as a postback; the user's message that follows
 * makes them disappear.
 */
export function QuickReplies({ className, onSelect }: QuickRepliesProps) {
  const client = useChatClient();
  const { strings } = useChatI18n();
  const newest = useChatSelector((s) => s.messages.at(-1));
  const blocked = useChatSelector((s) => connectionBlock(s.connection.status) !== null);
  const replies = readQuickReplies(newest);
  if (replies.length === 0) return null;
  return (
    <div className={cx('xo-quick-replies', className)} role="group" aria-label={strings.quickReplies}>
      {replies.map((reply, i) =>
        reply.kind === 'url' ? (
          <a key={i} className="xo-chip" href={reply.url} target="_blank" rel="noopener noreferrer" dir="auto">
            {reply.title}
          </a>
        ) : (
          <button
            key={i}
            type="button"
            className="xo-chip"
            dir="auto"
            disabled={blocked}
            onClick={() => {
              const postback = { title: reply.title, payload: reply.payload };
              if (onSelect) onSelect(postback);
              else client.sendPostback(postback);
            }}
          >
            {reply.title}
          </button>
        ),
      )}
    </div>
  );
}
