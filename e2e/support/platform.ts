import { PLATFORM_URL } from './ports';

/** Calls the local platform's fault API (enabled with --faults in the suite's web server). */
export async function admin(path: string, body: unknown = {}): Promise<unknown> {
  const response = await fetch(`${PLATFORM_URL}/admin/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`admin ${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}
