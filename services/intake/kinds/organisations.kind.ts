import { DomainError } from '../../errors.js';
import { foundingRules } from '../../hierarchy/founding-rules.js';
import { BRANCH_LABELS, HOST_SECTOR_LABELS, ORGANISATION_KIND_LABELS } from '../../hierarchy/hierarchy.labels.js';
import type { Branch, HostSector, OrganisationKind } from '../../hierarchy/organisation.entity.js';
import { cellParsers } from '../cell-parsers.js';
import type { IntakeContext, IntakeKind } from '../intake-kind.js';
import type { DirectoryEntry } from '../organisation-directory.js';
import { insertRows, nextIds } from '../set-insert.js';

interface Founded {
  /** Its entry in the import's directory: a negative id until written. */
  entry: DirectoryEntry;
  name: string;
  branch: Branch;
  hostSector?: HostSector;
  parent?: DirectoryEntry;
}

/** The parent a row names, on record or founded by an earlier row of the file, in the caller's scope. */
function parentOf(text: string | undefined, { w, organisations }: IntakeContext): DirectoryEntry | undefined {
  if (text === undefined) return undefined;
  try {
    return organisations.resolve(text, w.caller);
  } catch (e) {
    throw e instanceof DomainError ? new DomainError(e.code, e.message, ['parent']) : e;
  }
}

/**
 * Thành lập tổ chức, one row each, as foundOrganisation (its rules, services/hierarchy/founding-rules.ts).
 * A row may name as parent an organisation an earlier row founds, so parents come before children;
 * the parent is kept as written for the row key, since an id exists only once the file is written.
 */
export const organisationsKind: IntakeKind<Founded> = {
  name: 'organisations',
  label: 'Thành lập tổ chức',
  // A parent founded in the file may be in an earlier chunk: written level by level in one call.
  writesWholeFile: true,
  columns: [
    { key: 'code', header: 'Mã tổ chức', required: true, example: 'CB-0123', parse: cellParsers.text },
    { key: 'name', header: 'Tên tổ chức', required: true, example: 'Chi bộ Công ty An Phát', parse: cellParsers.text },
    {
      key: 'kind',
      header: 'Loại tổ chức',
      required: true,
      choices: ORGANISATION_KIND_LABELS,
      example: ORGANISATION_KIND_LABELS.grassroots_cell,
      parse: cellParsers.choice(ORGANISATION_KIND_LABELS),
    },
    {
      key: 'branch',
      header: 'Khối',
      required: true,
      choices: BRANCH_LABELS,
      example: BRANCH_LABELS.party,
      parse: cellParsers.choice(BRANCH_LABELS),
    },
    {
      key: 'parent',
      header: 'Tổ chức cấp trên (mã hoặc đường dẫn)',
      required: false,
      example: 'Thành ủy Hà Nội / Quận ủy Ba Đình',
      parse: cellParsers.text,
    },
    {
      key: 'hostSector',
      header: 'Khu vực',
      required: false,
      choices: HOST_SECTOR_LABELS,
      example: HOST_SECTOR_LABELS.non_state_enterprise,
      parse: cellParsers.choice(HOST_SECTOR_LABELS),
    },
    { key: 'foundedOn', header: 'Ngày thành lập', required: true, example: '20/04/2022', parse: cellParsers.day },
  ],

  check(values, context) {
    const input = {
      code: values.code as string,
      name: values.name as string,
      kind: values.kind as OrganisationKind,
      branch: values.branch as Branch,
      hostSector: values.hostSector as HostSector | undefined,
      foundedOn: values.foundedOn as string,
    };
    const field = (name: string) => [name];
    foundingRules.fields(input, field);
    const parent = parentOf(values.parent as string | undefined, context);
    foundingRules.placement(context.w, input, parent, field);
    foundingRules.freeCode(context.organisations.hasCode(input.code), input.code, ['code']);
    const entry = context.organisations.found(
      { code: input.code, name: input.name, kind: input.kind, foundedOn: input.foundedOn },
      parent,
    );
    return { entry, name: input.name, branch: input.branch, hostSector: input.hostSector, parent };
  },

  async write(records, w) {
    const ids = await nextIds(w, 'organisation', records.length);
    const idOf = new Map(records.map((r, i) => [r.entry.id, ids[i] as number]));
    // The path trigger reads the parent's row: a parent founded in the file is inserted a generation earlier.
    const generation = new Map<number, number>();
    for (const r of records) {
      const above = r.parent && r.parent.id < 0 ? (generation.get(r.parent.id) ?? 0) + 1 : 0;
      generation.set(r.entry.id, above);
    }
    const deepest = Math.max(0, ...generation.values());
    for (let g = 0; g <= deepest; g++) {
      const rows = records.filter((r) => generation.get(r.entry.id) === g);
      const by = rows.map(() => w.caller.id);
      await insertRows(w, 'organisation', {
        id: ['int', rows.map((r) => idOf.get(r.entry.id) as number)],
        code: ['text', rows.map((r) => r.entry.code)],
        name: ['text', rows.map((r) => r.name)],
        kind: ['text', rows.map((r) => r.entry.kind)],
        branch: ['text', rows.map((r) => r.branch)],
        parent_id: ['int', rows.map((r) => (r.parent ? (idOf.get(r.parent.id) ?? r.parent.id) : null))],
        host_sector: ['text', rows.map((r) => r.hostSector ?? null)],
        founded_on: ['date', rows.map((r) => r.entry.foundedOn)],
        created_by: ['text', by],
        updated_by: ['text', by],
      });
    }
    return { table: 'organisation', ids };
  },
};
