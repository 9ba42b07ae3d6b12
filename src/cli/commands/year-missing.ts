/** The report and the follow-up preparation need a year: without one, ask for --ar. */
import { PlanStructureError } from "../../plan";
import { CliError } from "../cli-error";

/** Runs `work`; a missing year becomes a usage error that names --ar. */
export async function yearMissingAsUsage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PlanStructureError && error.problem === "year-missing") {
      throw new CliError(
        "Året saknas: tabellen Plan har inget År. Ange året med --ar, till exempel --ar 2026.",
        {
          cause: error,
        },
      );
    }
    throw error;
  }
}
