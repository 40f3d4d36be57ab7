// One random identity per browser, so a reload finds the same conversation.
const KEY = 'xo-demo:identity';

export function demoIdentity(storage: Storage = window.localStorage): string {
  const existing = storage.getItem(KEY);
  if (existing) return existing;
  const identity = `demo-${crypto.randomUUID()}`;
  storage.setItem(KEY, identity);
  return identity;
}
