// Ports apart from the demo command's (3917, 5173), so the suite runs while a demo is open. XO_E2E_PLATFORM_PORT,
// XO_E2E_DEMO_PORT (and XO_E2E_DEMO18_PORT, the React 18 demo's, default the next one) and XO_DEMO_OUT_DIR let
// a second run go on beside the first.
export const PLATFORM_PORT = Number(process.env.XO_E2E_PLATFORM_PORT ?? 3927);
export const DEMO_PORT = Number(process.env.XO_E2E_DEMO_PORT ?? 4183);
export const PLATFORM_URL = `http://localhost:${PLATFORM_PORT}`;
export const DEMO18_PORT = Number(process.env.XO_E2E_DEMO18_PORT ?? DEMO_PORT + 1);
