import { readFileSync, writeFileSync } from "node:fs";
import { runCli } from "@/lib/cli/run";
import { AppError } from "@/lib/errors";
import { POSTGRESQL_SCHEMA, SQLITE_SCHEMA, toPostgresqlSchema } from "@/lib/db/schema-variants";

const USAGE = "usage: npm run db:schema   (writes prisma/postgresql/schema.prisma from prisma/schema.prisma)";

runCli(USAGE, async (args) => {
  if (args.length > 0) throw new AppError("BAD_USAGE", `unknown argument ${args.join(" ")}`);
  const derived = toPostgresqlSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
  const current = readFileSync(POSTGRESQL_SCHEMA, { encoding: "utf8", flag: "a+" });
  if (current === derived) {
    console.error(`db:schema: ${POSTGRESQL_SCHEMA} is up to date`);
    return;
  }
  writeFileSync(POSTGRESQL_SCHEMA, derived);
  console.error(`db:schema: wrote ${POSTGRESQL_SCHEMA}`);
});
