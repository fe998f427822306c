import { ArgsType, Field, ID } from 'type-graphql';
import {
  type InspectionTeamListArgs,
  TEAM_ORDER_FIELDS,
  type TeamOrderField,
} from '../../services/oversight/inspection-team.queries.js';
import type { Order } from '../../services/store/query/order.js';
import { VoidableConnectionArgs } from '../corrections/voidable-connection.args.js';
import { checkRange } from '../relay/date-range.js';
import { optionalId } from '../relay/optional-id.js';
import { OrderInput } from '../relay/order.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { defineEnum } from '../scalars/graphql-enum.js';

const TeamOrderFieldEnum = defineEnum('InspectionTeamOrderField', TEAM_ORDER_FIELDS, 'Keys team lists sort by.', {
  formed_on: 'Ngày thành lập đoàn',
  id: 'Thứ tự nhập',
});

const TeamOrder = OrderInput('InspectionTeamOrder', TeamOrderFieldEnum, 'inspection teams');

@ArgsType()
export class InspectionTeamsArgs extends VoidableConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only teams formed by this committee.' })
  formedBy?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Formed on or after this day.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Formed on or before this day.' })
  to?: string | null;

  @Field(() => TeamOrder, { nullable: true, description: 'Sort order; default FORMED_ON.' })
  orderBy?: Order<TeamOrderField> | null;

  toList(within: InspectionTeamListArgs['within']): InspectionTeamListArgs {
    checkRange(this.from, this.to, 'from');
    return {
      includeVoided: this.includeVoided,
      within,
      formedBy: optionalId(this.formedBy, 'formedBy', 'Organisation'),
      from: this.from ?? undefined,
      to: this.to ?? undefined,
      order: this.orderBy ?? { field: 'formed_on', direction: 'asc' },
    };
  }
}
