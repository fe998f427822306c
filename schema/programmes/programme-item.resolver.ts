import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { todayInVietnam } from '../../services/calendar.js';
import { Organisation } from '../../services/hierarchy/organisation.entity.js';
import { Programme } from '../../services/programmes/programme.entity.js';
import type { ProgrammeItem } from '../../services/programmes/programme-item.entity.js';
import type { ProgrammeItemStatus } from '../../services/programmes/programme-item-status.entity.js';
import type { GraphQLContext } from '../context.js';
import { OrganisationType } from '../hierarchy/organisation.type.js';
import { AsOfArg } from '../relay/as-of.arg.js';
import { labelOf } from '../scalars/graphql-enum.js';
import { ProgrammeType } from './programme.type.js';
import { ProgrammeItemType } from './programme-item.type.js';
import { ProgrammeItemStatusType } from './programme-item-status.type.js';
import { ProgrammeItemKind } from './programmes-enums.type.js';

@Resolver(() => ProgrammeItemType)
export class ProgrammeItemResolver {
  @FieldResolver(() => ProgrammeType, { description: 'The programme it belongs to.' })
  programme(@Root() i: ProgrammeItem, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Programme, i.programme);
  }

  @FieldResolver(() => OrganisationType, { description: 'The lead agency (cơ quan chủ trì).' })
  leadAgency(@Root() i: ProgrammeItem, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Organisation, i.leadAgency);
  }

  @FieldResolver(() => String, { description: 'The kind in Vietnamese, e.g. "Đề án".' })
  kindLabel(@Root() i: ProgrammeItem): string {
    return labelOf(ProgrammeItemKind, i.kind);
  }

  @FieldResolver(() => ProgrammeItemStatusType, {
    nullable: true,
    description: 'The status change in force on the day (latest on or before it); null before the first.',
  })
  async status(
    @Root() i: ProgrammeItem,
    @AsOfArg('to look at') asOf: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProgrammeItemStatus | null> {
    return (await ctx.loaders.programmes.statusOn.load({ id: i.id, asOf: asOf ?? todayInVietnam() }))[0] ?? null;
  }

  @FieldResolver(() => [ProgrammeItemStatusType], { description: 'Every status change, oldest first.' })
  statusHistory(@Root() i: ProgrammeItem, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.programmes.statusHistory.load(i.id);
  }
}
