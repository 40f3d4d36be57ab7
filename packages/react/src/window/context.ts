import { createContext, useContext } from 'react';

export interface ChatWindowContextValue {
  open: boolean;
  setOpen(open: boolean): void;
  /** A launcher and a panel in the corner (`floating`), or filling its container (`inline`). */
  mode: 'floating' | 'inline';
  /** The panel's id, for the launcher's `aria-controls`. */
  panelId: string;
  /** The title's id, which labels the panel. */
  titleId: string;
  /** The bot's display name and picture, as the window shows them. */
  title: string;
  /** A line under the title (the bot's branding can set one). */
  subtitle: string | undefined;
  avatarUrl: string | undefined;
  /** Minimize and close (the floating window only; close also calls the window's `onClose`). */
  minimize: (() => void) | undefined;
  close: (() => void) | undefined;
}

export const ChatWindowContext = createContext<ChatWindowContextValue | null>(null);

/** The window around a part (null outside one): its open state, ids, title, and minimize and close. */
export function useChatWindow(): ChatWindowContextValue | null {
  return useContext(ChatWindowContext);
}
