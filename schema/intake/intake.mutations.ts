import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { type ImportReport, ImportService } from '../../services/intake/import.service.js';
import type { GraphQLContext } from '../context.js';
import { ImportRecordsInput } from './import-records.inputs.js';
import { ImportReportType } from './import-report.type.js';

@Resolver()
export class IntakeMutations {
  @Mutation(() => ImportReportType, {
    description:
      'Imports an uploaded file all or nothing: every row is checked with the rules of its mutation first; ' +
      'with any problem nothing is written and the refusal IMPORT_REFUSED carries them all (extensions ' +
      '`problemCount`, `problems`: row, column, code, reason). The same rows imported again are left as they are. ' +
      'A dry run reports the same and writes nothing. Refusals: IMPORT_REFUSED, FILE_NOT_SPREADSHEET, ' +
      'FILE_ENCRYPTED, WRONG_HEADERS, TOO_MANY_ROWS, FORMULA_NOT_ALLOWED, MERGED_CELLS, UNKNOWN_KIND, NOT_FOUND.',
  })
  importRecords(
    @Arg('input', () => ImportRecordsInput, { description: 'The kind, the upload and whether to write.' })
    input: ImportRecordsInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ImportReport> {
    return new ImportService(ctx).importRecords({ ...input, maxRows: ctx.intakeMaxRows });
  }
}
