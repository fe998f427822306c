import { Field, ID, InputType } from 'type-graphql';
import type { ActingBody as ActingBodyValue } from '../../services/oversight/oversight-record.entity.js';
import { correctionOf } from '../corrections/correction-of.js';
import { inputId } from '../input-id.js';
import { ActingBody } from './oversight-enums.type.js';

/**
 * The fields inspections, supervisions and disciplinary actions share; only its subclasses appear
 * in the schema.
 */
@InputType('OversightSubjectInput')
export abstract class OversightSubjectInput {
  @Field(() => ID, { nullable: true, description: 'The Organisation concerned; give this or subjectMemberId.' })
  subjectOrganisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The Member concerned; give this or subjectOrganisationId.' })
  subjectMemberId?: string | null;

  @Field(() => ID, { description: 'The party committee (or cell) that acted; the subject must sit below it.' })
  actingCommitteeId!: string;

  @Field(() => ActingBody, {
    defaultValue: ActingBody.COMMITTEE,
    description: 'The committee itself or its inspection commission (committees from the grassroots up have one).',
  })
  actingBody!: ActingBodyValue;

  @Field(() => ID, {
    nullable: true,
    description: 'The record of this kind this one corrects: it is voided and the new one replaces it, in one write.',
  })
  corrects?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the corrected record is voided (with corrects).' })
  correctionReason?: string | null;

  /** The shared fields with their ids decoded, as the write services take them. */
  protected subject() {
    return {
      subjectOrganisationId: inputId(this.subjectOrganisationId, 'subjectOrganisationId', 'Organisation'),
      subjectMemberId: inputId(this.subjectMemberId, 'subjectMemberId', 'Member'),
      actingCommitteeId: inputId(this.actingCommitteeId, 'actingCommitteeId', 'Organisation'),
      actingBody: this.actingBody,
      ...correctionOf(this),
    };
  }
}
