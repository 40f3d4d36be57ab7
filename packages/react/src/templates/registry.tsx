import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { defaultTemplates } from './defaults';
import type { TemplateRegistry } from './types';

const TemplatesContext = createContext<TemplateRegistry>(defaultTemplates);

/** The renderers in effect here: the defaults, with every enclosing provider's additions and replacements. */
export function useTemplates(): TemplateRegistry {
  return useContext(TemplatesContext);
}

/** Adds or replaces template renderers for everything inside (keys are `template_type` values). */
export function TemplatesProvider({ templates, children }: { templates: TemplateRegistry; children: ReactNode }) {
  const outer = useTemplates();
  const merged = useMemo(() => Object.freeze({ ...outer, ...templates }), [outer, templates]);
  return <TemplatesContext.Provider value={merged}>{children}</TemplatesContext.Provider>;
}
