import path from "node:path";
import { defineConfig } from "vitest/config";
import { WritersLastSequencer } from "./tests/browser/sequencer";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    sequence: { sequencer: WritersLastSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/browser/**", "node_modules/**"],
          environment: "node",
          // CLI tests spawn processes; against a PostgreSQL server every statement is a round trip
          testTimeout: process.env.READOUT_TEST_POSTGRES_URL ? 90_000 : 30_000,
          // seeding a database in beforeAll takes seconds, and more on a busy machine or a remote server
          hookTimeout: 120_000,
          // READOUT_TEST_POSTGRES_URL set: integration tests run on PostgreSQL (a migrated template database).
          globalSetup: ["tests/pg/global-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
          // Fresh tests/.tmp/browser.db, `next build` into .next-test, `next start` on a free port.
          globalSetup: ["tests/browser/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
