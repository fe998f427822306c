import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * A compiled read's `data` arrives from PostgreSQL as JSON text. Apollo serialises the response
 * itself and Node 20 has no JSON.rawJSON, so parsing that text only for Apollo to write it again
 * would cost as much as the rest of the request: instead the response carries a marker that the
 * HTTP route replaces with the text. The slot exists only inside the route (`withRawData`); without
 * it (a server executing operations in process) the text is parsed as usual.
 */
const slot = new AsyncLocalStorage<{ text?: string }>();

const MARKER = '\u0000civicgraph-compiled-data\u0000';
const MARKER_JSON = JSON.stringify(MARKER);

/** What the plugin puts as `data`: the marker when the route will splice the text in, else the parsed text. */
export function rawData(text: string): Record<string, unknown> {
  const store = slot.getStore();
  if (!store) return JSON.parse(text) as Record<string, unknown>;
  store.text = text;
  return MARKER as unknown as Record<string, unknown>;
}

/** Runs the route's handler, then writes a compiled read's JSON text where its marker stands. */
export async function withRawData<T>(handle: () => T | Promise<T>): Promise<T> {
  const store: { text?: string } = {};
  const body = await slot.run(store, handle);
  if (store.text === undefined || typeof body !== 'string') return body;
  const at = body.indexOf(MARKER_JSON);
  return (at < 0 ? body : body.slice(0, at) + store.text + body.slice(at + MARKER_JSON.length)) as T;
}
