import type { OrganisationKind } from './organisation.entity.js';

/**
 * The groups of organisation kinds the rules and the analytics speak of, each named once here.
 * The kinds themselves (and their Vietnamese names) are ORGANISATION_KINDS in organisation.entity.ts.
 */
type Kinds = readonly OrganisationKind[];

/** Committees above the grassroots: the Thành ủy and the committees directly under it (districts, blocs). */
export const UPPER_COMMITTEE_KINDS: Kinds = ['city_committee', 'district_committee', 'bloc_committee'];

/** Party committees (cấp ủy) that elect a standing committee and an inspection commission: upper ones and đảng bộ cơ sở. */
export const COMMITTEE_KINDS: Kinds = [...UPPER_COMMITTEE_KINDS, 'grassroots_committee'];

/** Tổ chức cơ sở đảng, as the reviews count them: đảng bộ cơ sở and chi bộ cơ sở. */
export const GRASSROOTS_KINDS: Kinds = ['grassroots_committee', 'grassroots_cell'];

/** Chi bộ (chi bộ cơ sở and chi bộ trực thuộc): the only organisations a member sits in. */
export const CELL_KINDS: Kinds = ['grassroots_cell', 'cell'];

/**
 * The grassroots level and below it (adds đảng bộ bộ phận and chi bộ trực thuộc): hosted in a sector
 * (e.g. a non-state enterprise), designated weak or to be consolidated.
 */
export const GRASSROOTS_AND_BELOW_KINDS: Kinds = [...GRASSROOTS_KINDS, 'partial_committee', 'cell'];

/** The Party tree proper, Thành ủy down to chi bộ: the bodies that inspect, supervise and discipline, and the rows of a roll-up. */
export const PARTY_TREE_KINDS: Kinds = [...UPPER_COMMITTEE_KINDS, ...GRASSROOTS_AND_BELOW_KINDS];

/** Bodies that form inspection teams: party committees, their standing committees and inspection commissions. */
export const TEAM_FORMING_KINDS: Kinds = [...COMMITTEE_KINDS, 'standing_committee', 'inspection_commission'];
