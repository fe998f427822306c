import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { ExportFormat as Format } from '../../services/exports/export-formats.js';
import { ExportFormat } from './export-enums.type.js';

@ObjectType('ExportFile', { description: 'A file of a finished export run, as its manifest lists it.' })
export class ExportFileType {
  @Field(() => String, { description: 'File name inside the run folder, e.g. "admissions.csv".' })
  name!: string;

  @Field(() => ExportFormat, { description: 'Its format.' })
  format!: Format;

  @Field(() => Int, { description: 'Data rows (all sheets of a workbook; title and header rows not counted).' })
  rows!: number;

  @Field(() => Float, { description: 'Size in bytes.' })
  bytes!: number;

  @Field(() => String, { description: 'SHA-256 of the file, hex.' })
  sha256!: string;

  @Field(() => String, {
    description: 'Where to download it (GET, relative to the server), e.g. "/exports/runs/12/files/export.xlsx".',
  })
  url!: string;
}
