/**
 * Every error code a client or an operator can see (`errors[].extensions.code`, or `CODE: message`
 * from the command line), with what it means. DomainError only takes these; the README documents
 * each of them, and test/platform/error-codes.test.ts fails when the two lists differ.
 */
export const ERROR_CODES = {
  // The API: requests, arguments, limits (README, "Error codes").
  BAD_USER_INPUT: 'an argument or input value of the wrong shape; `field` names it',
  PAGE_TOO_LARGE: '`first` (or the number of `ids`) above 500',
  INVALID_CURSOR: 'an `after` cursor this API did not issue, or issued under another ordering',
  INVALID_ID: 'an id this API did not issue, or the id of another type',
  QUERY_TOO_DEEP: 'the selection is deeper than GRAPHQL_MAX_DEPTH; nothing ran',
  TOO_MANY_ALIASES: 'more aliases than GRAPHQL_MAX_ALIASES; nothing ran',
  QUERY_TOO_COSTLY: 'the estimated cost is above GRAPHQL_MAX_COST; nothing ran',
  PAYLOAD_TOO_LARGE: 'a request body over GRAPHQL_MAX_BODY_BYTES (HTTP 413)',
  BAD_REQUEST: 'a request body that is not JSON',
  GRAPHQL_PARSE_FAILED: 'not valid GraphQL',
  GRAPHQL_VALIDATION_FAILED: 'GraphQL this schema does not accept',
  OPERATION_RESOLUTION_FAILURE: 'operationName names no operation of the document',
  PERSISTED_QUERY_NOT_FOUND: 'an automatic persisted query hash the server does not know yet',
  PERSISTED_QUERY_NOT_SUPPORTED: 'persisted queries are switched off',
  INTERNAL_SERVER_ERROR: 'anything else; the message is generic unless NODE_ENV=development',
  // Mutations (README, "Error codes of mutations").
  NOT_FOUND: 'an id that names nothing',
  DATE_IN_FUTURE: 'a day after today in Hà Nội',
  DATE_BEFORE_SUBJECT: 'a day before its subject existed',
  ORGANISATION_DISSOLVED: 'the organisation was dissolved on or before that day',
  MEMBER_LEFT: "the member had left the city's roll by that day",
  ALREADY_MEMBER: 'the person is, or was, already a member',
  UNDER_AGE: 'younger than 18 in the year of admission',
  NOT_A_CELL: 'an admission into something that is not a chi bộ',
  NOT_A_COMMITTEE: 'the acting body is not a party committee or cell',
  NO_INSPECTION_COMMISSION: 'the inspection commission of a body that has none',
  OUTSIDE_JURISDICTION: 'the subject does not sit below the acting committee',
  FORM_DOES_NOT_FIT_SUBJECT: 'a discipline form for the other kind of subject',
  NOT_A_GRASSROOTS_ORGANISATION: 'designating an organisation above the grassroots',
  ALREADY_DESIGNATED: 'the same designation twice',
  NOT_DESIGNATED: 'a consolidation without its designation',
  ALREADY_CONSOLIDATED: 'the same consolidation twice',
  CODE_TAKEN: 'the organisation code is in use',
  KIND_DOES_NOT_FIT_BRANCH: 'a kind in a branch it does not belong to',
  KIND_DOES_NOT_FIT_PARENT: 'a kind under a parent it cannot sit under',
  HAS_ACTIVE_CHILDREN: 'dissolving an organisation whose children are alive',
  HAS_ACTIVE_MEMBERS: 'dissolving a cell that still has members',
  LATER_RECORDS_EXIST: 'dissolving an organisation with terms starting after the day',
  POSITION_OCCUPIED: 'a second head or standing deputy overlapping the current one',
  ALREADY_HOLDS_POSITION: 'the same title twice at once',
  END_BEFORE_START: 'ending a term before it started',
  POSITION_ALREADY_ENDED: 'ending a term twice',
  STATUS_OUT_OF_ORDER: 'a status change dated on or before the latest one',
  STATUS_UNCHANGED: 'the status the item already has',
  CONFLICT: 'a concurrent write got in first; nothing was saved',
  CONSTRAINT_VIOLATION: "the data model's own checks refused the change; nothing was saved",
  // Analytics (README, "Error codes of analytics").
  UNKNOWN_METRIC: 'a metric id the catalogue does not have',
  INVALID_PERIOD: 'a period that cannot be read, or does not fit the question',
  INVALID_SCOPE: 'a scope that is not an organisation',
  GROUPING_NOT_ALLOWED: 'a split the metric does not have, or two at once',
  INVALID_FILTER: 'a filter on a dimension the metric does not have, or without values',
  SHARE_NOT_DEFINED: 'a share of a metric without a designated population',
  ANALYTICS_NOT_READY: 'the analytics replica has not been synced yet',
  ANALYTICS_UNAVAILABLE: 'the server runs without the analytics engine',
  // The world loader (README, "Error codes of the world loader").
  CALIBRATION_INVALID: 'a malformed calibration file; the line is named',
  CALIBRATION_MISSING: 'the calibration lacks a figure the generator needs',
  DATABASE_NOT_EMPTY: 'loading a world into a database that holds data, without --reset',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
