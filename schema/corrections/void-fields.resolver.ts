import type { EntityClass } from '@mikro-orm/core';
import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { VoidableEntity } from '../../services/corrections/voidable.entity.js';
import type { GraphQLContext } from '../context.js';

/** A voidable type's links along its corrections: the voided record it replaces, and what replaces it. */
export function VoidFieldsResolver(type: ClassType, entity: EntityClass<VoidableEntity>) {
  @Resolver(() => type)
  class VoidFields {
    @FieldResolver(() => type, { nullable: true, description: 'The voided record this one corrects.' })
    replaces(@Root() r: VoidableEntity, @Ctx() ctx: GraphQLContext) {
      return ctx.loaders.entities.ref(entity, r.replaces);
    }

    @FieldResolver(() => type, { nullable: true, description: 'The record that corrects this one, once voided.' })
    async replacedBy(@Root() r: VoidableEntity, @Ctx() ctx: GraphQLContext) {
      return (await ctx.loaders.corrections.replacementOf(entity).load(r.id))[0] ?? null;
    }
  }
  return VoidFields;
}
