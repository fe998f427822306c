import { describe, expect, it } from 'vitest';
import { VoidableEntity } from '../../services/corrections/voidable.entity.js';
import { VOIDABLE_KINDS } from '../../services/corrections/voidable-kinds.js';
import { nodeEntities } from '../../services/store/entities.js';

describe('the registry of voidable kinds', () => {
  it('lists every node entity with void columns, under its node type name, and nothing else', () => {
    const voidable = nodeEntities.filter((e) => e.prototype instanceof VoidableEntity).map((e) => e.name);
    expect(Object.keys(VOIDABLE_KINDS).sort()).toEqual(voidable.sort());
    for (const [name, kind] of Object.entries(VOIDABLE_KINDS)) expect(kind.entity.name).toBe(name);
  });
});
