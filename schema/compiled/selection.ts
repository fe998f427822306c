import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  getArgumentValues,
  Kind,
  type SelectionSetNode,
} from 'graphql';

/** One field of a selection as the response will name it, with its arguments coerced. */
export interface SelectedField {
  /** The response key: the alias, or the field's name. */
  key: string;
  name: string;
  node: FieldNode;
  def: GraphQLField<unknown, unknown>;
  args: Record<string, unknown>;
}

/** What compiling one operation needs beside the selection: its fragments and coerced variables. */
export interface SelectionSource {
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * The fields `set` selects on `type`, fragments flattened, in response order; null when the
 * selection needs what only the executor does right (directives such as @skip, fragments on an
 * interface, the same response key twice, which the executor merges), so the caller falls back to it.
 */
export function selectedFields(
  type: GraphQLObjectType,
  set: SelectionSetNode,
  source: SelectionSource,
): SelectedField[] | null {
  const fields: SelectedField[] = [];
  const keys = new Set<string>();
  const visit = (selections: SelectionSetNode['selections']): boolean => {
    for (const s of selections) {
      if (s.directives?.length) return false;
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        const def = type.getFields()[s.name.value];
        if (keys.has(key) || (!def && s.name.value !== '__typename')) return false;
        keys.add(key);
        const args = def ? getArgumentValues(def, s, source.variables) : {};
        fields.push({ key, name: s.name.value, node: s, def: def as GraphQLField<unknown, unknown>, args });
        continue;
      }
      const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : source.fragments[s.name.value];
      if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== type.name)) return false;
      if (s.kind === Kind.FRAGMENT_SPREAD && fragment.directives?.length) return false;
      if (!visit(fragment.selectionSet.selections)) return false;
    }
    return true;
  };
  return visit(set.selections) ? fields : null;
}
