/**
 * escapeCellText: text XML cannot hold is written the way Excel writes it, so that Excel
 * (and exceljs) read back exactly what the cell held.
 */
import { describe, expect, it } from "vitest";
import { escapeCellText } from "../../src/xlsx/escape-text";

describe("escapeCellText", () => {
  it("leaves ordinary text, tabs, line breaks and whole emoji alone", () => {
    for (const text of ["Möte i centrum", "rad 1\nrad 2\ttab\r", "👮‍♀️🚓 مرحبا", "_x41_ och x0041"]) {
      expect(escapeCellText(text)).toBe(text);
    }
  });

  it("writes control characters, U+FFFE/U+FFFF and half a surrogate pair as _xHHHH_", () => {
    expect(escapeCellText("a\u0007b\u0000c\u007f")).toBe("a_x0007_b_x0000_c_x007F_");
    expect(escapeCellText("\uFFFE\uFFFF")).toBe("_xFFFE__xFFFF_");
    expect(escapeCellText("x\uD83Dy\uDE00z")).toBe("x_xD83D_y_xDE00_z");
  });

  it("writes a typed _xHHHH_ as _x005F_xHHHH_, as Excel does", () => {
    expect(escapeCellText("Skrev _x0041_ och _xd83d_")).toBe("Skrev _x005F_x0041_ och _x005F_xd83d_");
  });
});
