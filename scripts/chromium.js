// One place for how every tool here launches Chromium: Debian's binary, never a downloaded one.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromiumPath)) {
  console.warn(
    `[xo-chat] Chromium not found at ${chromiumPath}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
}

/**
 * Features turned off. Chromium 156 preloads its omnibox popup (a WebUI renderer, `chrome://omnibox-popup.top-chrome`)
 * for every window, which every browser context is: about a second of CPU per context, on the same 2 cores as the
 * page a test drives or a bench times. Chromium honours only the last `--disable-features`, and ours comes after
 * Playwright's own, so Playwright 1.65's list is repeated first (keep it in step when Playwright is upgraded).
 */
const disabledFeatures = [
  // Playwright 1.65's defaults (chromiumSwitches in playwright-core).
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  // Ours: the omnibox popup's preloaded WebUI (both are needed; either alone still starts it).
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
];

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${disabledFeatures.join(',')}`,
];

export const chromiumLaunchOptions = { executablePath: chromiumPath, args: chromiumArgs };
