import type pg from 'pg';
import type { Fixture } from './fixture.js';
import type { MutationName } from './service-calls.js';

const REF = Symbol('ref');

/** A reference to a row in an input: a database id for the services, a global id over GraphQL. */
export interface Ref {
  [REF]: string;
  id: number;
  /** The services take it with its kind too (a record of any kind, as voidRecord and `corrects` name one). */
  typed?: boolean;
}

export function ref(type: string, id: number): Ref {
  return { [REF]: type, id };
}

/** A reference to a record of any kind: `{ kind, id }` for the services, a global id over GraphQL. */
export function recordRef(type: string, id: number): Ref {
  return { [REF]: type, id, typed: true };
}

/** Replaces every reference inside an input by what `encode` makes of it. */
export function encodeRefs(value: unknown, encode: (type: string, id: number, typed: boolean) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => encodeRefs(v, encode));
  if (value && typeof value === 'object') {
    if (REF in value) return encode((value as Ref)[REF], (value as Ref).id, (value as Ref).typed === true);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeRefs(v, encode)]));
  }
  return value;
}

export type Outcome =
  | { id: number }
  | { error: { code: string; field?: readonly (string | number)[]; message: string } };

/** Runs one mutation the way a client would at some level (services, GraphQL over HTTP). */
export type Transport = (mutation: MutationName, input: Record<string, unknown>) => Promise<Outcome>;

export interface Written {
  db: pg.Client;
  /** The id of the row the mutation returned. */
  id: number;
  fx: Fixture;
  caller: string;
}

/** One call of a mutation and what must come of it: a refusal with its code and field, or checked rows. */
export interface MutationCase {
  title: string;
  mutation: MutationName;
  input(fx: Fixture): Record<string, unknown>;
  refused?: { code: string; field: readonly (string | number)[] };
  verify?(written: Written): Promise<void>;
  /** Global ids exist only over GraphQL; the services take database ids. */
  graphqlOnly?: boolean;
}
