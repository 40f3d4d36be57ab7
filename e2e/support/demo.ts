import type { Page } from '@playwright/test';
import { PLATFORM_URL } from './ports';

/** Opens a demo page pointed at the suite's platform (query parameters win over stored settings). */
export async function openDemo(page: Page, path = '/', extra: Record<string, string> = {}): Promise<void> {
  const query = new URLSearchParams({ apiHost: PLATFORM_URL, jwtUrl: `${PLATFORM_URL}/users/sts`, ...extra });
  await page.goto(`${path}?${query}`);
}
