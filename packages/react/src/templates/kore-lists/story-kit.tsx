// Shared by the kore-lists stories (not shipped): a story per sample, waiting for the lazy chunk before its play.
import type { JsonObject } from '@xo-chat/core';
import { expect, waitFor } from 'storybook/test';
import type { HarnessStory } from '../story-helpers';

type Play = NonNullable<HarnessStory['play']>;

/** Waits until the lazily loaded renderer has replaced the loading text, then runs `play`. */
export function koreStory(payload: unknown, play: Play, dir: 'ltr' | 'rtl' = 'ltr'): HarnessStory {
  return {
    args: { payload: payload as JsonObject, dir },
    play: async (context) => {
      await waitFor(() => expect(context.canvasElement.querySelector('.xo-kl')).not.toBeNull(), { timeout: 5000 });
      await play(context);
    },
  };
}

/** The RTL stories show the Arabic bundle and lay out right to left. */
export async function expectRtl(root: HTMLElement): Promise<void> {
  const el = root.querySelector('.xo-kl');
  await expect(el && getComputedStyle(el).direction).toBe('rtl');
}
