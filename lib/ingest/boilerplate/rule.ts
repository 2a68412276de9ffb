import type { RemovalReason } from "../types";
import type { Unit } from "./units";

/** A boilerplate rule looks at the units still kept (in order) and names the ones to drop. */
export type Rule = (units: readonly Unit[]) => { unit: Unit; reason: RemovalReason }[];
