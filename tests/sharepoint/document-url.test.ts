import { describe, expect, it } from "vitest";
import { absoluteUrl, parseDocumentUrl, SharePointError, whyNotSharePoint } from "../../src/sharepoint";

const HOST = "https://kommun.sharepoint.com";

describe("parseDocumentUrl", () => {
  it("reads the decoded server-relative path of an address with %20 and encoded å ä ö", () => {
    const parsed = parseDocumentUrl(
      `${HOST}/sites/skarholmen/Delade%20dokument/%C3%85tg%C3%A4rdsplan.xlsx?web=1`,
    );
    expect(parsed.origin).toBe(HOST);
    expect(parsed.serverRelativeUrl).toBe("/sites/skarholmen/Delade dokument/Åtgärdsplan.xlsx");
  });

  it("accepts the address with plain spaces, as Office.context.document.url gives it", () => {
    const parsed = parseDocumentUrl(`${HOST}/sites/skarholmen/Delade dokument/Plan 2026.xlsx`);
    expect(parsed.serverRelativeUrl).toBe("/sites/skarholmen/Delade dokument/Plan 2026.xlsx");
  });

  it("asks for the site at each folder above the file, the deepest first", () => {
    const parsed = parseDocumentUrl(`${HOST}/sites/skarholmen/Delade dokument/Planer/plan.xlsx`);
    expect(parsed.candidateFolders).toEqual([
      `${HOST}/sites/skarholmen/Delade dokument/Planer`,
      `${HOST}/sites/skarholmen/Delade dokument`,
      `${HOST}/sites/skarholmen`,
      `${HOST}/sites`,
      HOST,
    ]);
  });

  it("reads the path of a sharing link (/:x:/r/…)", () => {
    const parsed = parseDocumentUrl(
      `${HOST}/:x:/r/sites/skarholmen/Delade%20dokument/plan.xlsx?d=w1234&csf=1`,
    );
    expect(parsed.serverRelativeUrl).toBe("/sites/skarholmen/Delade dokument/plan.xlsx");
  });

  it("reads the folder of a library view address (AllItems.aspx?id=…)", () => {
    const view = `${HOST}/sites/skarholmen/Delade%20dokument/Forms/AllItems.aspx?id=%2Fsites%2Fskarholmen%2FDelade%20dokument%2FPlaner`;
    expect(parseDocumentUrl(view).serverRelativeUrl).toBe("/sites/skarholmen/Delade dokument/Planer");
  });

  it("says a page address (_layouts/…/Doc.aspx) is not the file's own address", () => {
    expect(() =>
      parseDocumentUrl(`${HOST}/sites/skarholmen/_layouts/15/Doc.aspx?sourcedoc={abc}&file=plan.xlsx`),
    ).toThrow(
      `${HOST}/sites/skarholmen/_layouts/15/Doc.aspx är en sida i SharePoint och inte filens egen adress.`,
    );
  });

  it("drops a trailing slash of a folder address", () => {
    expect(parseDocumentUrl(`${HOST}/sites/skarholmen/Delade dokument/Planer/`).serverRelativeUrl).toBe(
      "/sites/skarholmen/Delade dokument/Planer",
    );
  });

  it("allows http for 127.0.0.1 and localhost only", () => {
    expect(parseDocumentUrl("http://127.0.0.1:8080/sites/a/plan.xlsx").origin).toBe("http://127.0.0.1:8080");
    expect(parseDocumentUrl("http://localhost:8080/sites/a/plan.xlsx").origin).toBe("http://localhost:8080");
    expect(() => parseDocumentUrl("http://kommun.sharepoint.com/sites/a/plan.xlsx")).toThrow(
      /måste börja med https/,
    );
  });

  it("throws a not-sharepoint SharePointError with the reason", () => {
    let caught: unknown;
    try {
      parseDocumentUrl("C:\\Users\\anna\\Documents\\plan.xlsx");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SharePointError);
    expect((caught as SharePointError).code).toBe("not-sharepoint");
    expect((caught as SharePointError).userMessage).toMatch(/sparad på datorn/);
  });
});

describe("whyNotSharePoint", () => {
  it("says why an empty address (a new workbook, a guest) has no SharePoint part", () => {
    expect(whyNotSharePoint("")).toMatch(/ingen adress i SharePoint/);
    expect(whyNotSharePoint("   ")).toMatch(/ny och inte sparad, eller öppnad som gäst/);
  });

  it("says a local file is on the computer", () => {
    expect(whyNotSharePoint("/home/anna/plan.xlsx")).toMatch(/sparad på datorn/);
    expect(whyNotSharePoint("file:///C:/plan.xlsx")).toMatch(/sparad på datorn/);
    expect(whyNotSharePoint("\\\\server\\delat\\plan.xlsx")).toMatch(/sparad på datorn/);
  });

  it("says a personal OneDrive is not SharePoint", () => {
    expect(whyNotSharePoint("https://d.docs.live.net/abc123/plan.xlsx")).toMatch(/personligt OneDrive/);
  });

  it("accepts a SharePoint address", () => {
    expect(whyNotSharePoint(`${HOST}/sites/skarholmen/Delade dokument/plan.xlsx`)).toBeNull();
  });
});

describe("absoluteUrl", () => {
  it("encodes spaces and å ä ö of each segment but keeps the slashes", () => {
    expect(absoluteUrl(HOST, "/sites/a/Delade dokument/Uppföljning/Rapport T1 2026 – Plan.xlsx")).toBe(
      `${HOST}/sites/a/Delade%20dokument/Uppf%C3%B6ljning/Rapport%20T1%202026%20%E2%80%93%20Plan.xlsx`,
    );
  });
});
