// Shared by the kore-widgets and charts tests (not shipped: no index imports it). Kore's real sample payloads
// are read at runtime from ../shared/fixtures (outside the repository, as CI lays it out), never copied in.
import type { JsonObject, TemplatePart } from '@xo-chat/core';
import { waitFor } from '@testing-library/react';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { renderParts, renderTemplate } from '../test-utils';
import { axeViolations } from '../../test/render';

function repoRoot(dir = process.cwd()): string {
  if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
  const up = dirname(dir);
  if (up === dir) throw new Error('no pnpm-workspace.yaml above the working directory');
  return repoRoot(up);
}

const FILE = join(repoRoot(), '..', 'shared', 'fixtures', 'kore-payloads.json');
let all: { id: string; payload: { payload?: JsonObject } }[] | undefined;

/** The template payload (the object holding `template_type`, or `formData`) of fixture `id`. */
export function fixture(id: string): JsonObject {
  all ??= JSON.parse(readFileSync(FILE, 'utf8')) as { id: string; payload: { payload?: JsonObject } }[];
  const payload = all.find((f) => f.id === id)?.payload.payload;
  if (!payload) throw new Error(`no fixture ${id} in ${FILE}`);
  return structuredClone(payload);
}

type Options = Parameters<typeof renderTemplate>[1];

/** Waits until the lazy chunk has replaced the loading text (and no renderer threw). */
async function loaded<T extends { container: HTMLElement }>(result: T): Promise<T> {
  await waitFor(() => expect(result.container.querySelector('.xo-tpl-loading')).toBeNull());
  expect(result.container.querySelector('.xo-tpl-fallback')).toBeNull();
  return result;
}

/** Renders a payload holding `template_type` and waits for its lazy renderer. */
export function renderWidget(payload: JsonObject, options: Options = {}) {
  return loaded(renderTemplate(payload, options));
}

/** Renders a part the core names itself (`inline_form` has no `template_type` in the payload). */
export function renderPart(templateType: string, payload: JsonObject, options: Options = {}) {
  const part: TemplatePart = { type: 'template', templateType, payload, fallbackText: '' };
  return loaded(renderParts([part], options));
}

export const HUGE = 'x'.repeat(20000);
export const SCRIPT = '<script>window.xss=1</script><img src=x onerror="window.xss=1">';

/** axe on a render holding an iframe: jsdom frames cannot answer axe, so frames are left out. */
export async function expectAccessibleWithFrames(container: HTMLElement): Promise<void> {
  expect(await axeViolations(container, { frames: false })).toEqual([]);
}
