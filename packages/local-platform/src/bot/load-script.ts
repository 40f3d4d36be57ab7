import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import demoScriptJson from './demo-script.json' with { type: 'json' };
import type { BotScript } from './script-types.js';
import { validateBotScript } from './validate-script.js';

/** The demo bot's script: a greeting menu and one intent per template kind. Copy it to write your own. */
export const DEMO_BOT_SCRIPT: BotScript = validateBotScript(demoScriptJson);

/**
 * Loads a bot script file: `.json`, or a `.js`/`.mjs` (or `.ts` under tsx) module whose default export is the
 * script. Throws an Error that names the file and what is wrong with it.
 */
export async function loadBotScript(file: string): Promise<BotScript> {
  const full = path.resolve(file);
  let value: unknown;
  try {
    if (full.endsWith('.json')) {
      value = JSON.parse(readFileSync(full, 'utf8'));
    } else {
      const mod = (await import(pathToFileURL(full).href)) as { default?: unknown };
      value = mod.default;
    }
  } catch (err) {
    throw new Error(`Cannot read bot script ${full}: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    return validateBotScript(value);
  } catch (err) {
    throw new Error(`${full}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
