import { describe, expect, it } from "vitest";
import { ImportError } from "../../src/import";

describe("ImportError", () => {
  it("is named ImportError where it is printed or logged, with the user's message and its cause", () => {
    const cause = new Error("end of central directory not found");
    const error = new ImportError('Filen "plan.docx" är tom.', { cause });
    expect(error.name).toBe("ImportError");
    expect(String(error)).toBe('ImportError: Filen "plan.docx" är tom.');
    expect(error.userMessage).toBe('Filen "plan.docx" är tom.');
    expect(error.cause).toBe(cause);
  });
});
