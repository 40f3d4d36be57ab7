import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { chatUi } from './support/fixtures';
import { openDemo } from './support/demo';

// Evaluated through the DevTools protocol: the demo's strict CSP (rightly) refuses an injected <script>.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(sel, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations;
  }, selector);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const variants: Array<{ name: string; query: Record<string, string> }> = [
  { name: 'light theme', query: { theme: 'light' } },
  { name: 'dark theme', query: { theme: 'dark' } },
  { name: 'Arabic, right to left', query: { locale: 'ar' } },
];

for (const variant of variants) {
  test(`axe finds no violations in the open ChatWindow: ${variant.name}`, async ({ page }) => {
    await openDemo(page, '/', variant.query);
    await page.locator('.xo-launcher').click();
    const chat = chatUi(page);
    await expect(chat.window).toBeVisible();
    await chat.send('table');
    await expect(chat.log.getByRole('table')).toBeVisible();
    await chat.send('quick replies');
    await expect(chat.window.getByRole('group').last()).toBeVisible();
    if (variant.query.locale === 'ar') await expect(page.locator('.xo-window-root')).toHaveAttribute('dir', 'rtl');
    expect(await axeViolations(page, '.xo-window-root')).toEqual([]);
  });
}
