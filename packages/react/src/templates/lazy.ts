import { lazy } from 'react';
import type { ComponentType } from 'react';
import type { TemplateRenderer, TemplateRendererProps } from './types';

/**
 * A renderer whose code loads the first time a message needs it, as its own chunk, so templates that only some
 * bots send cost the window's bundle nothing. Several renderers may share one `load`: the bundler makes one chunk.
 */
export function lazyTemplate<Module>(
  load: () => Promise<Module>,
  pick: (module: Module) => ComponentType<TemplateRendererProps>,
): TemplateRenderer {
  return lazy(async () => ({ default: pick(await load()) }));
}

/**
 * True for anything React can render as a component: functions and classes, and the objects `memo`, `forwardRef`
 * and `lazy` return. A registry entry that is none of these (a string, a prototype member) falls back.
 */
export function isTemplateRenderer(value: unknown): value is TemplateRenderer {
  if (typeof value === 'function') return true;
  return typeof value === 'object' && value !== null && typeof (value as { $$typeof?: unknown }).$$typeof === 'symbol';
}
