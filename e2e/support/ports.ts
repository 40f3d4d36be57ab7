// Ports apart from the demo command's (3917, 5173), so the suite runs while a demo is open.
export const PLATFORM_PORT = 3927;
export const DEMO_PORT = 4183;
export const PLATFORM_URL = `http://localhost:${PLATFORM_PORT}`;
