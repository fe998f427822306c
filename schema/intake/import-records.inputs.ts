import { Field, InputType, Int } from 'type-graphql';

@InputType('ImportRecordsInput', { description: 'An uploaded file to import (POST /intake/uploads gives its id).' })
export class ImportRecordsInput {
  @Field(() => String, {
    description:
      'The kind of record the file holds: "admissions", "transfers", "exits", "full-memberships", "inspections", "supervisions", "disciplinary-actions", "organisations" or "people".',
  })
  kind!: string;

  @Field(() => Int, { description: 'The id POST /intake/uploads answered.' })
  uploadId!: number;

  @Field(() => Boolean, { defaultValue: false, description: 'Check the whole file and report, writing nothing.' })
  dryRun!: boolean;
}
