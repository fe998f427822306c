import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, Kind, type ValueNode, visit } from 'graphql';

type Path = (string | number)[];

interface Visit {
  value: unknown;
  key?: string | number;
  parent?: Visit;
}

function pathTo(visit: Visit): Path {
  const path: Path = [];
  for (let v: Visit | undefined = visit; v?.key !== undefined; v = v.parent) path.unshift(v.key);
  return path;
}

/**
 * The path to the first string holding U+0000 in a JSON value (the request's variables). Walked
 * with a stack of its own and parent links: a body may nest arrays a hundred thousand deep.
 */
function inValue(root: unknown): Path | undefined {
  const pending: Visit[] = [{ value: root }];
  for (let visit = pending.pop(); visit; visit = pending.pop()) {
    const { value } = visit;
    if (typeof value === 'string') {
      if (value.includes('\0')) return pathTo(visit);
    } else if (value && typeof value === 'object') {
      const entries = Array.isArray(value) ? [...value.entries()] : Object.entries(value);
      for (const [key, v] of entries.reverse()) pending.push({ value: v, key, parent: visit });
    }
  }
  return undefined;
}

/** The same for a literal written in the document. */
function inLiteral(node: ValueNode, path: Path): Path | undefined {
  if (node.kind === Kind.STRING) return node.value.includes('\0') ? path : undefined;
  if (node.kind === Kind.LIST) {
    for (const [i, v] of node.values.entries()) {
      const found = inLiteral(v, [...path, i]);
      if (found) return found;
    }
  }
  if (node.kind === Kind.OBJECT) {
    for (const f of node.fields) {
      const found = inLiteral(f.value, [...path, f.name.value]);
      if (found) return found;
    }
  }
  return undefined;
}

function inDocument(document: DocumentNode): Path | undefined {
  let found: Path | undefined;
  visit(document, {
    Argument(node) {
      found ??= inLiteral(node.value, [node.name.value]);
    },
    VariableDefinition(node) {
      if (node.defaultValue) found ??= inLiteral(node.defaultValue, [node.variable.name.value]);
    },
  });
  return found;
}

/**
 * PostgreSQL text cannot hold U+0000, so a string carrying one would fail deep inside a statement
 * (an internal error). Every argument and variable is checked once, before execution, and the
 * first such string is refused as BAD_USER_INPUT with its path.
 */
export const nulCharacterCheck: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const field = inValue(request.variables ?? {}) ?? inDocument(document);
        if (!field) return;
        const reason = 'contains a NUL character (U+0000), which text cannot hold';
        throw new GraphQLError(`Invalid ${field.join('.')}: ${reason}`, {
          extensions: { code: 'BAD_USER_INPUT', field, reason, http: { status: 400 } },
        });
      },
    };
  },
};
