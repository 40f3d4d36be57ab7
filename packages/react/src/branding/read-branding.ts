// An `activetheme` answer (or a document the app passes) to the checked branding the window applies.
import { readClassicTheme } from './classic';
import { createCollector, fields } from './collect';
import type { Branding } from './types';
import { readV3Theme, v3Section } from './v3';

export interface BrandingReading {
  /** Null when the bot has no branding (`{activeTheme: false}`), or nothing in the document could be used. */
  branding: Branding | null;
  /** What was refused, each by its path in the document: the rest still applies. */
  problems: string[];
}

/** Checks and maps a branding document; never throws, whatever the document holds. */
export function readBranding(doc: unknown): BrandingReading {
  if (!fields(doc)) return { branding: null, problems: [`the answer is ${doc === null ? 'null' : Array.isArray(doc) ? 'an array' : `a ${typeof doc}`}, not a JSON object`] };
  if (fields(doc)?.activeTheme === false) return { branding: null, problems: [] };
  const c = createCollector();
  readClassicTheme(doc, c);
  const v3 = v3Section(doc);
  if (v3 !== undefined) readV3Theme(v3, c);
  const { welcome, ...rest } = c.draft;
  const branding: Branding = Object.keys(welcome).length > 0 ? { ...rest, welcome } : rest;
  const empty = Object.keys(branding.vars).length === 0 && Object.keys(branding).length === 1;
  return { branding: empty ? null : branding, problems: c.problems };
}
