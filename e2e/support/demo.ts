import type { Page } from '@playwright/test';
import { PLATFORM_URL } from './ports';

/** Opens a demo page pointed at the suite's platform (query parameters win over stored settings). */
export async function openDemo(page: Page, path = '/'): Promise<void> {
  const query = new URLSearchParams({ apiHost: PLATFORM_URL, jwtUrl: `${PLATFORM_URL}/users/sts` });
  await page.goto(`${path}?${query}`);
}

/** Collects Content-Security-Policy violations the page reports; read it at the end of a test. */
export async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? []);
}
