import type { EntityManager } from '@mikro-orm/postgresql';
import { statementBudget } from '../../deadline.js';

/** A piece of SQL with `?` placeholders and their values, composed without string-pasting user input. */
export interface Sql {
  text: string;
  values: unknown[];
}

function isSql(v: unknown): v is Sql {
  return typeof v === 'object' && v !== null && 'text' in v && 'values' in v;
}

/** Tagged template: interpolated `Sql` pieces are spliced in, any other value becomes a bound parameter. */
export function sql(strings: TemplateStringsArray, ...parts: unknown[]): Sql {
  let text = strings[0] ?? '';
  const values: unknown[] = [];
  parts.forEach((part, i) => {
    if (isSql(part)) {
      text += part.text;
      values.push(...part.values);
    } else {
      text += '?';
      values.push(part);
    }
    text += strings[i + 1] ?? '';
  });
  return { text, values };
}

/** Trusted SQL text (identifiers and fixed expressions written in this code base, never input). */
export function raw(text: string): Sql {
  return { text, values: [] };
}

export function joinSql(parts: readonly Sql[], separator: string): Sql {
  return { text: parts.map((p) => p.text).join(separator), values: parts.flatMap((p) => p.values) };
}

/** A PostgreSQL array literal, bound as ONE parameter (`?::int[]`), whatever the batch size. */
export function pgArray(values: readonly (number | string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${String(v).replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
}

/**
 * Runs one statement through the request's EntityManager connection; values are sent as bound
 * parameters. Inside a request the statement is cancelled in PostgreSQL when the deadline passes.
 * A `name` makes it a prepared statement on each connection (parsed once there, as PostGraphile
 * does): only for statements whose text takes few shapes, since each connection keeps every one.
 */
export async function queryRows<T = Record<string, unknown>>(em: EntityManager, q: Sql, name?: string): Promise<T[]> {
  const budget = statementBudget();
  const raw = em.getKnex().raw(q.text, q.values as never[]);
  const statement = name ? raw.options({ name }) : raw;
  const result = await (budget === undefined ? statement : statement.timeout(budget, { cancel: true }));
  return result.rows as T[];
}
