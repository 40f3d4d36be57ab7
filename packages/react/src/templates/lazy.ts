import * as React from 'react';
import type { ComponentType } from 'react';
import type { TemplateRenderer, TemplateRendererProps } from './types';

type Renderer = ComponentType<TemplateRendererProps>;

// Every lazy renderer's loader, so `preloadTemplates()` can fetch them all ahead of need.
const loaders = new Set<() => Promise<void>>();

/**
 * A renderer whose code loads the first time a message needs it, as its own chunk, so templates that only some
 * bots send cost the window's bundle nothing. Several renderers may share one `load`: the bundler makes one chunk.
 * Unlike `React.lazy`, once the code is here it renders at once (no Suspense fallback), so a preloaded renderer
 * behaves like an eager one.
 */
export function lazyTemplate<Module>(load: () => Promise<Module>, pick: (module: Module) => Renderer): TemplateRenderer {
  let component: Renderer | undefined;
  let pending: Promise<void> | undefined;
  let failure: unknown;
  const ensure = (): Promise<void> =>
    (pending ??= load().then(
      (module) => {
        component = pick(module);
      },
      (error: unknown) => {
        // The next render shows the error boundary's fallback; a later one tries the chunk again.
        failure = error;
        pending = undefined;
      },
    ));
  loaders.add(ensure);
  function LazyTemplate(props: TemplateRendererProps) {
    if (component) return React.createElement(component, props);
    if (failure !== undefined) {
      const error = failure;
      failure = undefined;
      throw error instanceof Error ? error : new Error(`a template chunk failed to load: ${String(error)}`);
    }
    // Suspense shows the template's text until the chunk is here, then renders this again.
    throw ensure();
  }
  return LazyTemplate;
}

/** Fetches every lazy renderer's code now (for apps that would rather pay up front, and for tests). */
export async function preloadTemplates(): Promise<void> {
  await Promise.all([...loaders].map((load) => load()));
}

/**
 * True for anything React can render as a component: functions and classes, and the objects `memo`, `forwardRef`
 * and `lazy` return. A registry entry that is none of these (a string, a prototype member) falls back.
 */
export function isTemplateRenderer(value: unknown): value is TemplateRenderer {
  if (typeof value === 'function') return true;
  return typeof value === 'object' && value !== null && typeof (value as { $$typeof?: unknown }).$$typeof === 'symbol';
}
