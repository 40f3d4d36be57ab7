// The demo never holds a client secret: it asks a JWT endpoint, as a host page would ask its own backend.
export function jwtFetcher(jwtUrl: string, identity: string): () => Promise<string> {
  return async () => {
    const response = await fetch(jwtUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identity, isAnonymous: false }),
    });
    if (!response.ok) {
      throw new Error(`The JWT endpoint ${jwtUrl} answered ${response.status}. Check the jwtUrl setting.`);
    }
    const body: unknown = await response.json();
    const jwt = body && typeof body === 'object' ? (body as { jwt?: unknown }).jwt : undefined;
    if (typeof jwt !== 'string' || !jwt) {
      throw new Error(`The JWT endpoint ${jwtUrl} did not answer {jwt}. Check the jwtUrl setting.`);
    }
    return jwt;
  };
}
