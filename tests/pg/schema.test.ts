import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isEmptyMigration, MIGRATED_SCHEMA, withBinaryCollation } from "@/lib/db/migration-sql";
import { POSTGRESQL_SCHEMA, SQLITE_SCHEMA, toPostgresqlSchema } from "@/lib/db/schema-variants";
import { dialectOf } from "@/lib/db/url";
import { toFtsQuery, toPhraseMarks, toTsQuery } from "@/lib/queries/search";

describe("one schema, two providers", () => {
  it("prisma/postgresql/schema.prisma is derived from prisma/schema.prisma (run `npm run db:schema` after a change)", () => {
    expect(readFileSync(POSTGRESQL_SCHEMA, "utf8")).toBe(toPostgresqlSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("every model change has its migrations (run `npm run db:migration -- NAME` after a change)", () => {
    expect(readFileSync(MIGRATED_SCHEMA, "utf8")).toBe(readFileSync(SQLITE_SCHEMA, "utf8"));
  });

  it("swaps only the provider, the placeholder URL and the client folder", () => {
    const sqlite = readFileSync(SQLITE_SCHEMA, "utf8");
    const derived = toPostgresqlSchema(sqlite);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('output     = "../../lib/generated/prisma-postgresql"');
    const models = (schema: string) => schema.slice(schema.indexOf("\nmodel "));
    expect(models(derived)).toBe(models(sqlite));
  });

  it("refuses a schema it cannot derive from, rather than writing a wrong one", () => {
    expect(() => toPostgresqlSchema('datasource db {\n  provider = "mysql"\n}')).toThrow(/provider = "sqlite"/);
  });

  it("creates PostgreSQL text columns with the binary collation, as SQLite compares", () => {
    expect(withBinaryCollation('    "slug" TEXT NOT NULL,\n    "title" TEXT,\n    "tags" TEXT[],')).toBe(
      '    "slug" TEXT COLLATE "C" NOT NULL,\n    "title" TEXT COLLATE "C",\n    "tags" TEXT[],',
    );
    expect(withBinaryCollation('ALTER TABLE "A" ADD COLUMN "note" TEXT;')).toBe('ALTER TABLE "A" ADD COLUMN "note" TEXT COLLATE "C";');
    expect(withBinaryCollation('"x" TEXT COLLATE "C"')).toBe('"x" TEXT COLLATE "C"');
    expect(isEmptyMigration("-- This is an empty migration.\n\n")).toBe(true);
    expect(isEmptyMigration('-- AlterTable\nALTER TABLE "A" ADD COLUMN "b" TEXT;')).toBe(false);
  });

  it("tells the database from the URL", () => {
    expect(dialectOf("file:./x.db")).toBe("sqlite");
    expect(dialectOf("postgresql://u@h/db")).toBe("postgresql");
    expect(dialectOf("postgres://u@h/db")).toBe("postgresql");
    expect(() => dialectOf("mysql://u@h/db")).toThrow(/file: .*postgresql:\/\//);
  });
});

describe("search syntax on PostgreSQL", () => {
  const tsQuery = (input: string) => toTsQuery(toFtsQuery(input).terms);

  it("turns phrases, prefixes and words into the same tsquery meaning", () => {
    expect(tsQuery('"military communication" fent* Taiwan')).toBe("('military' <-> 'communication') & 'fent':* & 'Taiwan'");
    expect(tsQuery("China’s it's")).toBe("'China’s' & 'it''s'");
    expect(tsQuery("' OR 1=1 -- & | ! :*")).toBe("'1' & '1'");
    expect(tsQuery('"" *** ( )')).toBeNull();
  });

  it("marks a phrase as one piece and drops lone phrase words when the query holds only phrases", () => {
    const marked = "\u0002military\u0003-to-\u0002military\u0003 and \u0002military\u0003 \u0002communication\u0003";
    expect(toPhraseMarks(marked, ['"military communication"'])).toBe("military-to-military and \u0002military communication\u0003");
    expect(toPhraseMarks(marked, ['"military communication"', "military"])).toBe(
      "\u0002military\u0003-to-\u0002military\u0003 and \u0002military communication\u0003",
    );
  });
});
