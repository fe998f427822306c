import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ProgrammeItem } from '../../services/programmes/programme-item.entity.js';
import type { ProgrammeItemStatus } from '../../services/programmes/programme-item-status.entity.js';
import type { GraphQLContext } from '../context.js';
import { labelOf } from '../scalars/graphql-enum.js';
import { ProgrammeItemType } from './programme-item.type.js';
import { ProgrammeItemStatusType } from './programme-item-status.type.js';
import { ItemStatus } from './programmes-enums.type.js';

@Resolver(() => ProgrammeItemStatusType)
export class ProgrammeItemStatusResolver {
  @FieldResolver(() => ProgrammeItemType, { description: 'The item whose status changed.' })
  item(@Root() s: ProgrammeItemStatus, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(ProgrammeItem, s.item);
  }

  @FieldResolver(() => String, { description: 'The status in Vietnamese.' })
  statusLabel(@Root() s: ProgrammeItemStatus): string {
    return labelOf(ItemStatus, s.status);
  }
}
