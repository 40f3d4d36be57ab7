// Shared by the kore-lists tests (not shipped: index.ts never imports it). Kore's real sample payloads are read
// at runtime from ../shared/fixtures (outside the repository, as CI lays it out); they are never copied in.
import type { JsonObject, JsonValue } from '@xo-chat/core';
import { screen, waitFor } from '@testing-library/react';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { renderTemplate } from '../test-utils';

/** The repository root (where pnpm-workspace.yaml is), found from the test runner's working directory. */
function repoRoot(dir = process.cwd()): string {
  if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
  const up = dirname(dir);
  if (up === dir) throw new Error('no pnpm-workspace.yaml above the working directory');
  return repoRoot(up);
}

const FILE = join(repoRoot(), '..', 'shared', 'fixtures', 'kore-payloads.json');

interface Fixture {
  id: string;
  payload: { payload?: JsonObject };
}

let all: Fixture[] | undefined;

/** The template payload (the object holding `template_type`) of fixture `id`. */
export function korePayload(id: string): JsonObject {
  all ??= JSON.parse(readFileSync(FILE, 'utf8')) as Fixture[];
  const payload = all.find((f) => f.id === id)?.payload.payload;
  if (!payload) throw new Error(`no fixture ${id} in ${FILE}`);
  return structuredClone(payload);
}

/** Renders a payload and waits for the lazy kore-lists chunk to replace the loading text. */
export async function renderKore(payload: JsonObject, options: Parameters<typeof renderTemplate>[1] = {}) {
  const result = renderTemplate(payload, options);
  await waitFor(() => expect(result.container.querySelector('.xo-kl')).not.toBeNull());
  return result;
}

/** The container's text with whitespace collapsed. */
export function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ');
}

/** Every string must appear in the output, as written or with its markdown markers gone (whitespace collapsed). */
export function expectTexts(el: Element, strings: readonly string[]): void {
  const shown = textOf(el);
  for (const s of strings) {
    const exact = s.replace(/\s+/g, ' ').trim();
    const plain = exact.replace(/[*_~]/g, '').trim();
    if (plain) expect(shown.includes(exact) || shown.includes(plain), `"${exact}" is missing`).toBe(true);
  }
}

/** String values of `key` anywhere in a payload (for "every title is shown" checks derived from the fixture). */
export function stringsAt(value: JsonValue | undefined, key: string): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => stringsAt(v, key));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => (k === key && typeof v === 'string' ? [v] : stringsAt(v, key)));
}

/** A hostile payload: script-ish strings, unsafe URLs, a huge string and a `__proto__` key, parsed as a bot's JSON would be. */
export function hostile(json: string): JsonObject {
  return JSON.parse(json) as JsonObject;
}

export const EVIL = '<script>window.__xss=1</script><img src=x onerror=alert(1)>';
export const HUGE = 'W'.repeat(20_000);

export { screen };
