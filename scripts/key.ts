import 'reflect-metadata';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { WHOLE_FOREST } from '../services/access/access-scope.js';
import { ApiKeyService } from '../services/access/api-key.service.js';
import { listApiKeys } from '../services/access/api-key-listing.js';
import { AuditTrail } from '../services/access/audit-trail.js';
import type { Caller } from '../services/access/caller.js';
import { isRole, ROLES } from '../services/access/roles.js';
import { loadConfig } from '../services/config.js';
import { openDatabase } from '../services/store/database.js';
import { migrate } from '../services/store/migrate.js';
import { initORM } from '../services/store/orm.js';
import { runCli } from './cli.js';
import { parseDuration } from './parse-duration.js';

const USAGE = `usage: npm run key -- create --role ROLE --scope ORG_CODE [--expires 30d] [--name TEXT]
       npm run key -- list
       npm run key -- revoke ID
  ROLE       viewer, analyst, editor or admin
  ORG_CODE   the organisation whose subtree the key reaches (e.g. TU, DU-001), or '*' for the whole forest
  --expires  a lifetime: 12h, 30d, 52w (never expires when absent)
  create prints the new key alone on the last line; it is not shown again.`;

function usage(problem: string): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(2);
}

function command() {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (e) {
    return usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const [verb, ...rest] = positionals;
  if (verb === 'list' && rest.length === 0) return { verb } as const;
  if (verb === 'revoke' && rest.length === 1) {
    const id = Number(rest[0]);
    if (!Number.isSafeInteger(id) || id <= 0) usage(`revoke takes the numeric id that list shows, got "${rest[0]}"`);
    return { verb, id } as const;
  }
  if (verb === 'create' && rest.length === 0) {
    if (!isRole(values.role)) usage(`--role must be one of ${ROLES.join(', ')}, got "${values.role ?? ''}"`);
    if (!values.scope) usage('create needs --scope');
    let expiresAt: Date | undefined;
    if (values.expires !== undefined) {
      const ms = parseDuration(values.expires);
      if (ms === null) usage(`--expires takes a lifetime such as 12h, 30d or 52w, got "${values.expires}"`);
      expiresAt = new Date(Date.now() + ms);
    }
    const role = values.role;
    const name = values.name ?? `${role} key for ${values.scope}`;
    return { verb, input: { name, role, scope: values.scope, expiresAt } } as const;
  }
  return usage(verb ? `unknown or malformed command "${positionals.join(' ')}"` : 'no command given');
}

function parse() {
  return parseArgs({
    options: {
      role: { type: 'string' },
      scope: { type: 'string' },
      expires: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: true,
  });
}

const when = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 16).replace('T', ' ') : '-');

await runCli(async () => {
  const cmd = command();
  const config = loadConfig();
  const db = await openDatabase(config, { attach: true });
  try {
    await migrate(db.url);
    const orm = await initORM(db.url, 2);
    try {
      // Whoever runs this command holds the machine and its data: they act as an admin of the whole forest.
      const caller: Caller = { id: `cli:${userInfo().username}`, role: 'admin', scope: WHOLE_FOREST };
      const origin = { address: 'cli', requestId: null };
      const em = orm.em.fork();
      if (cmd.verb === 'list') {
        const keys = await listApiKeys(em);
        console.log('id\trole\tscope\tprefix\tcreated\texpires\tlast used\trevoked\tname');
        for (const k of keys) {
          console.log(
            [
              k.id,
              k.role,
              k.scope,
              k.prefix,
              when(k.createdAt),
              when(k.expiresAt),
              when(k.lastUsedAt),
              when(k.revokedAt),
              k.name,
            ].join('\t'),
          );
        }
      } else if (cmd.verb === 'revoke') {
        const audit = new AuditTrail(caller, origin, 'key', 'revokeApiKey', { keyId: cmd.id });
        const key = await new ApiKeyService({ em, caller, audit }).revoke({ keyId: cmd.id });
        console.log(`revoked key ${key.id} (${key.name})`);
      } else {
        const audit = new AuditTrail(caller, origin, 'key', 'createApiKey', cmd.input);
        const { apiKey, key } = await new ApiKeyService({ em, caller, audit }).create(cmd.input);
        console.log(
          `created key ${apiKey.id}: ${apiKey.role} of ${cmd.input.scope}, "${apiKey.name}"` +
            (apiKey.expiresAt ? `, expires ${apiKey.expiresAt.toISOString()}` : ''),
        );
        console.log(key);
      }
    } finally {
      await orm.close();
    }
  } finally {
    await db.stop();
  }
});
