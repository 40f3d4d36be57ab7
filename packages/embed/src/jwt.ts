// The page never holds a client secret: the JWT comes from the host's own backend, as Kore's samples do it.
export function jwtFetcher(jwtUrl: string, identity: string, isAnonymous: boolean, fetchImpl: typeof fetch = (...args) => fetch(...args)): () => Promise<string> {
  return async () => {
    const response = await fetchImpl(jwtUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identity, isAnonymous }),
    });
    if (!response.ok) {
      throw new Error(`The JWT endpoint ${jwtUrl} answered ${response.status}. Check the jwt-url attribute.`);
    }
    const body: unknown = await response.json();
    const jwt = body && typeof body === 'object' ? (body as { jwt?: unknown }).jwt : undefined;
    if (typeof jwt !== 'string' || !jwt) {
      throw new Error(`The JWT endpoint ${jwtUrl} did not answer {jwt}. Check the jwt-url attribute.`);
    }
    return jwt;
  };
}
