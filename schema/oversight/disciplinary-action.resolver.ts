import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { DisciplinaryAction } from '../../services/oversight/disciplinary-action.entity.js';
import type { GraphQLContext } from '../context.js';
import { loadConnection } from '../relay/load-connection.js';
import { labelOf } from '../scalars/graphql-enum.js';
import { DisciplinaryActionConnection, DisciplinaryActionType } from './disciplinary-action.type.js';
import { DisciplinaryActionsArgs } from './disciplinary-actions.args.js';
import { DisciplineForm } from './oversight-enums.type.js';

@Resolver(() => DisciplinaryActionType)
export class DisciplinaryActionResolver {
  @Query(() => DisciplinaryActionConnection, {
    description: 'Disciplinary actions, filtered by subtree, subject, form, committee and dates, paginated.',
  })
  disciplinaryActions(
    @Args(() => DisciplinaryActionsArgs) args: DisciplinaryActionsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.oversight.disciplinaryActions, 0, args, () => args.toList('all'), info);
  }

  @FieldResolver(() => String, { description: 'The form in Vietnamese, e.g. "Khiển trách".' })
  formLabel(@Root() d: DisciplinaryAction): string {
    return labelOf(DisciplineForm, d.form);
  }
}
