import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Golden files live beside each other: `<case>.input.<ext>` and `<case>.expected.<ext>`. */
export const FIXTURES = path.resolve(__dirname, "../fixtures/ingest");

export interface GoldenCase {
  name: string;
  inputPath: string;
  input: string;
  expectedPath: string;
}

export function goldenCases(step: string, expectedExtension: string): GoldenCase[] {
  const folder = path.join(FIXTURES, step);
  return readdirSync(folder)
    .filter((file) => file.includes(".input."))
    .sort()
    .map((file) => {
      const name = file.slice(0, file.indexOf(".input."));
      return {
        name,
        inputPath: path.join(folder, file),
        input: readFileSync(path.join(folder, file), "utf8"),
        expectedPath: path.join(folder, `${name}.expected.${expectedExtension}`),
      };
    });
}

/**
 * The expected output of a case. With UPDATE_GOLDEN=1 the actual output is written first,
 * for a person to review in the diff before committing.
 */
export function expectedOutput(goldenCase: GoldenCase, actual: string): string {
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(goldenCase.expectedPath)) {
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(goldenCase.expectedPath, actual);
    else throw new Error(`missing golden file ${goldenCase.expectedPath} (run with UPDATE_GOLDEN=1 to create it)`);
  }
  return readFileSync(goldenCase.expectedPath, "utf8");
}
