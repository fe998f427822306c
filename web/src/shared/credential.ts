const STORAGE_KEY = 'civicgraph.credential';

/**
 * The caller's API key or token, kept for this browser tab only (sessionStorage) and sent as
 * `Authorization: Bearer …` on every request of the dashboard and GraphiQL.
 */
export const credential = {
  /** Takes a key handed over once as `#key=…`: the fragment never reaches the server, and is removed from the address. */
  adoptFromFragment(): void {
    const fragment = new URLSearchParams(location.hash.slice(1));
    const key = fragment.get('key');
    if (key === null) return;
    fragment.delete('key');
    const rest = fragment.toString();
    history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
    credential.set(key);
  },

  get(): string {
    return sessionStorage.getItem(STORAGE_KEY) ?? '';
  },

  set(value: string): void {
    const trimmed = value.trim();
    if (trimmed) sessionStorage.setItem(STORAGE_KEY, trimmed);
    else sessionStorage.removeItem(STORAGE_KEY);
  },

  headers(): Record<string, string> {
    const value = credential.get();
    return value ? { authorization: `Bearer ${value}` } : {};
  },
};
