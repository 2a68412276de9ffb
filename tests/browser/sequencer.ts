import { BaseSequencer, type TestSpecification } from "vitest/node";

/** Browser test files that write to the shared database (articles added, engagements merged and split, facts edited). */
const WRITES_SHARED_DATA = /[\\/]tests[\\/]browser[\\/](desk|page-cache)\.test\.ts$/;

/**
 * Runs the files that change the shared browser database after every file that reads the seed
 * data as loaded, so their expectations (four named meetings, one Woodside engagement …) hold.
 */
export class WritersLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const writes = (file: TestSpecification) => WRITES_SHARED_DATA.test(file.moduleId);
    return [...sorted.filter((file) => !writes(file)), ...sorted.filter(writes)];
  }
}
