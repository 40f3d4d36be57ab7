// Without an `identity` attribute, the visitor is one anonymous identity per browser, kept in localStorage, so a
// reload finds the same conversation (and the same pending messages).
const KEY = 'xo-chat:identity';

export function anonymousIdentity(storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage()): string {
  const existing = storage?.getItem(KEY);
  if (existing) return existing;
  const identity = `anon-${crypto.randomUUID()}`;
  try {
    storage?.setItem(KEY, identity);
  } catch {
    // Storage full or refused (private mode): the identity lasts for this page only.
  }
  return identity;
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Reading localStorage throws where the page's storage is blocked.
    return null;
  }
}
