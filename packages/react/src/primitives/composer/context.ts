import { createContext, useContext } from 'react';
import type { ComposerState } from '../../hooks/useComposer';

export interface ComposerContextValue extends ComposerState {
  /** Id of the element that explains why sending is blocked (for `aria-describedby`). */
  hintId: string;
  inputRef: { current: HTMLTextAreaElement | null };
}

export const ComposerContext = createContext<ComposerContextValue | null>(null);

export function useComposerContext(part: string): ComposerContextValue {
  const value = useContext(ComposerContext);
  if (!value) throw new Error(`xo-chat: <${part}> must be inside <Composer.Root>.`);
  return value;
}
