import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../services/config.js';

describe('configuration', () => {
  it('has defaults that run the platform as-is, with internal errors masked', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 4000,
      DATA_DIR: '.data',
      WORLD_SCALE: 1,
      NODE_ENV: 'production',
      introspection: true,
    });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.analyticsDbPath).toBe('.data/analytics.duckdb');
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
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });
});
