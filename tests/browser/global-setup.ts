import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildApp, hasBuild, prepareDatabase, startServer, TMP_DIR, type RunningServer } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    /** http://127.0.0.1:<port> of the `next start` server under test */
    baseUrl: string;
    /** absolute path of the SQLite file that server reads */
    databaseFile: string;
  }
}

/**
 * Browser tests' global setup: a fresh database at tests/.tmp/browser.db, a production build in
 * .next-test (skipped with READOUT_SKIP_BUILD=1 when one exists), and `next start` on a free port.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const databaseFile = prepareDatabase(path.join(TMP_DIR, "browser.db"));
  if (process.env.READOUT_SKIP_BUILD === "1" && hasBuild()) {
    console.log("browser tests: READOUT_SKIP_BUILD=1, reusing .next-test");
  } else {
    const started = Date.now();
    buildApp(databaseFile);
    console.log(`browser tests: next build took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  let server: RunningServer | null = await startServer(databaseFile);
  console.log(`browser tests: next start serving ${server.baseUrl} (process group ${server.pid})`);
  project.provide("baseUrl", server.baseUrl);
  project.provide("databaseFile", databaseFile);

  const teardown = async () => {
    const running = server;
    server = null;
    await running?.stop();
  };
  // An interrupted run must not leave next-server behind.
  process.once("SIGINT", () => void teardown());
  process.once("SIGTERM", () => void teardown());
  return teardown;
}
