import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, Kind, type ValueNode, visit } from 'graphql';

type Path = (string | number)[];

/** The path to the first string holding U+0000 in a JSON value (the request's variables). */
function inValue(value: unknown, path: Path): Path | undefined {
  if (typeof value === 'string') return value.includes('\0') ? path : undefined;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = inValue(v, [...path, i]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = inValue(v, [...path, k]);
      if (found) return found;
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
        const field = inValue(request.variables ?? {}, []) ?? inDocument(document);
        if (!field) return;
        const reason = 'contains a NUL character (U+0000), which text cannot hold';
        throw new GraphQLError(`Invalid ${field.join('.')}: ${reason}`, {
          extensions: { code: 'BAD_USER_INPUT', field, reason, http: { status: 400 } },
        });
      },
    };
  },
};
