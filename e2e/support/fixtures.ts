import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { openDemo } from './demo';

interface PageGuards {
  /** CSP violations, uncaught page errors and dialogs seen so far; every test ends asserting there were none. */
  incidents: string[];
}

/** A chat window on the demo page, with the locators journeys use. */
export interface ChatUi {
  window: Locator;
  log: Locator;
  composer: Locator;
  /** Sends a message with the keyboard, as a person would. */
  send(text: string): Promise<void>;
  userBubbles(text: string | RegExp): Locator;
  botMessages(): Locator;
}

export function chatUi(page: Page, name: RegExp = /wayfarer/i): ChatUi {
  const window = page.getByRole('dialog', { name }).or(page.getByRole('region', { name })).first();
  const log = window.getByRole('log');
  // By its place rather than its label, so the same locator works in every language.
  const composer = window.locator('.xo-composer textarea');
  return {
    window,
    log,
    composer,
    async send(text) {
      await composer.fill(text);
      await composer.press('Enter');
    },
    userBubbles: (text) => log.locator('.xo-message[data-from="user"]').filter({ hasText: text }),
    botMessages: () => log.locator('.xo-message[data-from="bot"]'),
  };
}

/** Opens the floating demo and its chat window; resolves once the greeting is shown. */
export async function openChat(page: Page, path = '/'): Promise<ChatUi> {
  await openDemo(page, path);
  await page.getByRole('button', { name: /open chat/i }).click();
  const ui = chatUi(page);
  await expect(ui.window).toBeVisible();
  await expect(ui.botMessages().first()).toBeVisible();
  return ui;
}

export const test = base.extend<PageGuards>({
  incidents: [
    async ({ page }, use) => {
      const incidents: string[] = [];
      await page.exposeFunction('__reportCspViolation', (text: string) => incidents.push(`CSP ${text}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation;
          report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
        });
      });
      page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`));
      page.on('dialog', (dialog) => {
        incidents.push(`dialog opened: ${dialog.type()} ${dialog.message()}`);
        void dialog.dismiss();
      });
      await use(incidents);
      expect(incidents, 'no CSP violation, page error or dialog during the journey').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
