import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../services/config.js';

describe('configuration', () => {
  it('has defaults that run the platform as-is, with internal errors masked and the schema hidden', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 4000,
      DATA_DIR: '.data',
      WORLD_SCALE: 1,
      NODE_ENV: 'production',
      introspection: false,
      STATEMENT_TIMEOUT_MS: 5000,
      REQUEST_TIMEOUT_MS: 10000,
    });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.analyticsDbPath).toBe('.data/analytics.duckdb');
    expect(c.allowedHosts).toEqual(['localhost', '127.0.0.1', '::1', '[::1]']);
  });

  it('shows the schema in development, or when configured to', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).introspection).toBe(true);
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', GRAPHQL_INTROSPECTION: 'false' }).introspection).toBe(false);
  });

  it('answers to the bound host name and ALLOWED_HOSTS besides the loopback names', () => {
    expect(
      loadConfig({ HOST: 'api.internal', ALLOWED_HOSTS: 'civicgraph.example.org, Other.Example' }).allowedHosts,
    ).toEqual(['localhost', '127.0.0.1', '::1', '[::1]', 'api.internal', 'civicgraph.example.org', 'other.example']);
    // A wildcard bind address is no name anyone asks for.
    expect(loadConfig({ HOST: '0.0.0.0' }).allowedHosts).not.toContain('0.0.0.0');
    expect(loadConfig({ ALLOWED_HOSTS: '*' }).allowedHosts).toContain('*');
  });

  it('reads every variable with its type', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u@h:5432/d',
      PORT: '0',
      WORLD_SCALE: '0.01',
      SEED_WHEN_EMPTY: 'false',
      GRAPHQL_INTROSPECTION: '0',
      ANALYTICS_DB_PATH: '/tmp/a.duckdb',
    });
    expect(c).toMatchObject({ PORT: 0, WORLD_SCALE: 0.01, SEED_WHEN_EMPTY: false, introspection: false });
    expect(c.analyticsDbPath).toBe('/tmp/a.duckdb');
  });

  it.each([
    ['PORT', 'seventy'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://h/d'],
    ['WORLD_SCALE', '-1'],
    ['SEED_WHEN_EMPTY', 'yes'],
    ['NODE_ENV', 'staging'],
    ['ALLOWED_HOSTS', 'a b'],
    ['STATEMENT_TIMEOUT_MS', '0'],
    ['REQUEST_TIMEOUT_MS', 'soon'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });
});
