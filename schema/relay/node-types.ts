import type { EntityClass } from '@mikro-orm/core';
import { nodeEntities } from '../../services/store/entities.js';

/**
 * Every entity reachable by `node(id)`, under its GraphQL type name (which global ids carry): its
 * class name, which its GraphQL object type also bears.
 */
export const nodeTypes = new Map<string, EntityClass<{ id: number }>>(nodeEntities.map((e) => [e.name, e]));
