import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info.type.js';

/** The fields every edge has; a list that carries more per row (e.g. a status as of a date) extends it. */
export function EdgeType<T extends object>(name: string, node: ClassType<T>) {
  // Only its subclasses are reachable, so this base type never appears in the schema.
  @ObjectType(`${name}EdgeFields`)
  abstract class Edge {
    @Field(() => String, { description: 'Opaque position of this row; pass it as `after` to continue.' })
    cursor!: string;

    @Field(() => node, { description: 'The row itself.' })
    node!: object;
  }
  return Edge;
}

/** A Relay connection type `<name>Connection` (and `<name>Edge` unless `edge` is given) over `node`. */
export function ConnectionType<T extends object>(name: string, node: ClassType<T>, edge?: ClassType<object>) {
  const Edge = edge ?? defaultEdge(name, node);

  @ObjectType(`${name}Connection`, { description: `A page of ${name} rows, keyset-paginated (Relay cursor spec).` })
  class Connection {
    @Field(() => [Edge], { description: 'The rows of this page with their cursors.' })
    edges!: object[];

    @Field(() => [node], { description: 'The rows of this page, without cursors (shorthand for edges.node).' })
    nodes!: object[];

    @Field(() => PageInfo, { description: 'Whether rows follow or precede this page, and its end cursors.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many rows the whole list has with these filters, all pages together.' })
    totalCount!: number;
  }
  return Connection;
}

function defaultEdge<T extends object>(name: string, node: ClassType<T>): ClassType<object> {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class DefaultEdge extends EdgeType(name, node) {}
  return DefaultEdge;
}
