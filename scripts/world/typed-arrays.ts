type IntArray = Int32Array | Int16Array | Uint8Array;

/** A copy of `a` with room for `capacity` elements. */
export function grown<T extends IntArray>(a: T, capacity: number): T {
  const b = new (a.constructor as new (n: number) => T)(capacity);
  b.set(a);
  return b;
}
