import { createTemplateDatabase, POSTGRES_ADMIN_URL } from "./server-admin";

/** With READOUT_TEST_POSTGRES_URL set, the integration tests run on PostgreSQL: migrate the template once. */
export default function setup(): void {
  if (POSTGRES_ADMIN_URL === null) return;
  createTemplateDatabase(POSTGRES_ADMIN_URL);
  console.log(`integration tests: PostgreSQL template database migrated on ${new URL(POSTGRES_ADMIN_URL).host}`);
}
