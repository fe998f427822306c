import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('ImportProblem', { description: 'One thing wrong with a row of an intake file.' })
export class ImportProblemType {
  @Field(() => Int, { description: 'The row number in the sheet (the header is row 1).' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'The header of the column; null for the row as a whole.' })
  column!: string | null;

  @Field(() => String, { description: 'The error code, as the mutation for one record would give it.' })
  code!: string;

  @Field(() => String, { description: 'Why, in words.' })
  reason!: string;
}

@ObjectType('ImportReport', { description: 'What an import found in a file and what it wrote.' })
export class ImportReportType {
  @Field(() => String, { description: 'The kind of record, e.g. "admissions".' })
  kind!: string;

  @Field(() => Int, { description: 'The upload imported.' })
  uploadId!: number;

  @Field(() => Boolean, { description: 'True when nothing was to be written.' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Data rows in the file.' })
  rowCount!: number;

  @Field(() => Int, { description: 'Rows written now (on a dry run: that would be written).' })
  writtenCount!: number;

  @Field(() => Int, { description: 'Rows an earlier import of the same rows wrote already (left as they are).' })
  unchangedCount!: number;

  @Field(() => Int, { description: 'Problems found, all of them.' })
  problemCount!: number;

  @Field(() => [ImportProblemType], { description: 'The problems, in row order (the first 10,000).' })
  problems!: ImportProblemType[];

  @Field(() => Int, {
    nullable: true,
    description: 'The batch written; null on a dry run, or when every row was imported before.',
  })
  batchId!: number | null;
}
