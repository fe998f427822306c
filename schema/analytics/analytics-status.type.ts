import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars/date-time.scalar.js';

@ObjectType('AnalyticsStatus', { description: 'Freshness of the analytics replica that answers compare, series ...' })
export class AnalyticsStatusType {
  @Field(() => Boolean, { description: 'A replica is in place and answering.' })
  ready!: boolean;

  @Field(() => Boolean, { description: 'A sync is running now.' })
  syncing!: boolean;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When PostgreSQL took the snapshot the replica holds: answers are as of this instant.',
  })
  snapshotAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'How long the sync that built the replica took.' })
  durationMs!: number | null;

  @Field(() => Int, { nullable: true, description: 'Rows copied from PostgreSQL into the replica.' })
  rows!: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The last failed sync, if any (the replica stayed).' })
  lastFailureAt!: Date | null;
}
