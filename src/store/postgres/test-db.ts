// Tests: a fresh PostgreSQL database per test file (claimtrail_test_<random>), dropped at the end. Where no server
// answers on 127.0.0.1:5432 (or CLAIMTRAIL_TEST_PG), the PostgreSQL tests are skipped with the reason.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const ADMIN = process.env.CLAIMTRAIL_TEST_PG || 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A new empty database, or the reason there is none (the tests then skip with it). */
export async function createTestDatabase(prefix = 'claimtrail_test'): Promise<TestDatabase | { skip: string }> {
  const admin = new pg.Client({ connectionString: ADMIN, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    return { skip: `no PostgreSQL at ${ADMIN.replace(/:[^:@/]*@/, ':***@')} (${(error as Error).message}); start it (see .ci/run) or set CLAIMTRAIL_TEST_PG` };
  }
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const c = new pg.Client({ connectionString: ADMIN });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
