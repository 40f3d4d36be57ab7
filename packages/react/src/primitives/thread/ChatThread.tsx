import type { ReactNode } from 'react';
import { ThreadRoot } from './ThreadRoot';
import { ThreadViewport } from './ThreadViewport';
import { ThreadMessages } from './ThreadMessages';
import type { ThreadMessagesProps } from './ThreadMessages';
import { ThreadEmpty } from './ThreadEmpty';
import { ThreadLoadOlder } from './ThreadLoadOlder';
import { ThreadJumpToLatest } from './JumpToLatest';
import { LiveAnnouncer } from './LiveAnnouncer';

export interface ChatThreadProps extends ThreadMessagesProps {
  className?: string;
  /** The bot's avatar and name for its messages (defaults: initial letter, `client.botInfo.chatBot`). */
  avatarUrl?: string | undefined;
  botName?: string | undefined;
  /** Shown when there are no messages yet. */
  empty?: ReactNode;
}

/**
 * The ready transcript, assembled from the `Thread.*` parts: the history edge, the virtualized messages, the
 * empty state, "jump to latest" and the live announcer.
 */
export function ChatThread({ className, avatarUrl, botName, empty, ...messages }: ChatThreadProps) {
  return (
    <ThreadRoot className={className} avatarUrl={avatarUrl} botName={botName}>
      <ThreadLoadOlder />
      <ThreadViewport>
        <ThreadEmpty>{empty}</ThreadEmpty>
        <ThreadMessages {...messages} />
      </ThreadViewport>
      <ThreadJumpToLatest />
      <LiveAnnouncer botName={botName} />
    </ThreadRoot>
  );
}
