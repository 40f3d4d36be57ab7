import { createContext, useContext } from 'react';
import type { ComponentType, ReactNode, RefAttributes } from 'react';
import type { ChatComposerProps } from './primitives/composer/ChatComposer';
import type { ChatMessageProps } from './primitives/message/ChatMessage';
import type { MessageAvatarProps } from './primitives/message/MessageAvatar';
import type { HeaderProps } from './window/Header';
import type { LauncherProps } from './window/Launcher';

export interface EmptyStateProps {
  /** The bot's display name. */
  title: string;
  /** A welcome text, when the app or the platform's branding gives one. */
  welcome?: string | undefined;
  children?: ReactNode;
}

/**
 * What `ChatWindow` renders for each piece, each replaceable through its `components` prop. A replacement gets
 * the same props as the default, and can assemble itself from the public parts (`Message.Root`, `Header`...).
 */
export interface ChatComponents {
  Header: ComponentType<HeaderProps>;
  Launcher: ComponentType<LauncherProps & RefAttributes<HTMLButtonElement>>;
  Message: ComponentType<ChatMessageProps>;
  Avatar: ComponentType<MessageAvatarProps>;
  Composer: ComponentType<ChatComposerProps>;
  EmptyState: ComponentType<EmptyStateProps>;
}

const NONE: Partial<ChatComponents> = {};

export const ChatComponentsContext = createContext<Partial<ChatComponents>>(NONE);

/** The replacements given to the window around (none outside one): the ready parts use them for what they nest. */
export function useChatComponents(): Partial<ChatComponents> {
  return useContext(ChatComponentsContext);
}
