import { describe, expect, it } from "vitest";
import { chartName } from "../../src/plan";

describe("chartName", () => {
  it("names a sheet's charts as Excel's selection pane shows them, counting from 1", () => {
    expect([0, 1, 9].map(chartName)).toEqual(["Diagram 1", "Diagram 2", "Diagram 10"]);
  });
});
