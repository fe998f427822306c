import type { EntityClass } from '@mikro-orm/core';
import { tableEntities } from '../../services/store/entities.js';

/**
 * Every entity reachable by `node(id)`, under its GraphQL type name (which global ids carry): each
 * entity with a table, under its class name, which its GraphQL object type also bears.
 */
export const nodeTypes = new Map<string, EntityClass<{ id: number }>>(tableEntities.map((e) => [e.name, e]));
