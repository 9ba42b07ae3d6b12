// @vitest-environment jsdom
/**
 * The task pane's SharePoint part over the local SharePoint stand-in, through the real
 * @pnp/sp client over HTTP: where the workbook is, "Publicera rapport", the question before
 * a new version, and sign-in faults from nested app authentication (MSAL's client faked).
 */
import ExcelJS from "exceljs";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TaskPane } from "../../src/taskpane/App";
import type { SharePointConnection } from "../../src/taskpane/sharepoint/connection";
import { createNaaConnection } from "../../src/taskpane/sharepoint/naa-connection";
import { ExceljsWorkbook } from "../../src/xlsx";
import { MsalStandin } from "../helpers/msal-standin";
import type { SharePointStandin } from "../helpers/sharepoint-standin";
import { LIBRARY, PLAN_PATH, SITE, TOKEN, planBytes, startStandin } from "../sharepoint/support";
import { layOutLikeABrowser } from "./browser-layout";
import { RecordingHost, TODAY } from "./pane-harness";

const REPORT_NAME = "Rapport T1 2026 – Åtgärdsplan för gemensamma prioriteringar.xlsx";
const REPORT_PATH = `${LIBRARY}/Planer/Uppföljning/${REPORT_NAME}`;

let standin: SharePointStandin;
let plan: Uint8Array;

let unlayOut: () => void = () => {};

beforeEach(async () => {
  unlayOut = layOutLikeABrowser();
  standin = await startStandin();
  plan = await planBytes();
  standin.addFile(PLAN_PATH, plan, { modifiedBy: "Anna Andersson", modified: "2026-03-12T08:15:00Z" });
});

afterEach(async () => {
  cleanup();
  unlayOut();
  await standin.close();
});

/** The workbook's address as Office gives it: encoded, spaces as %20. */
const documentUrl = () => `${standin.origin}${encodeURI(PLAN_PATH)}`;

/** A connection with a fixed token, counting how often one was asked for. */
function tokenConnection(url = documentUrl()): SharePointConnection & { readonly asked: string[] } {
  const asked: string[] = [];
  return {
    documentUrl: url,
    asked,
    getToken: async (resource) => {
      asked.push(resource);
      return TOKEN;
    },
    send: { timeoutMs: 5_000, retry: { maxAttempts: 2, baseDelayMs: 10, maxTotalWaitMs: 1_000 } },
  };
}

const APP = { clientId: "00000000-0000-0000-0000-0000000000aa", tenantId: "kommun.onmicrosoft.com" };

async function renderWith(sharePoint: SharePointConnection | undefined) {
  const user = userEvent.setup();
  const port = await ExceljsWorkbook.fromBuffer(plan, "Åtgärdsplan 2026.xlsx");
  render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane port={port} host={new RecordingHost()} today={TODAY} sharePoint={sharePoint} />
    </FluentProvider>,
  );
  await screen.findByRole("region", { name: "Tertialrapport" });
  return { user, port };
}

const sharePointRegion = () => screen.findByRole("region", { name: "SharePoint" });

/** Requests that change something in SharePoint (everything but reads and context info). */
const writes = () =>
  standin.requests.filter((r) => r.method !== "GET" && !/\/_api\/contextinfo$/i.test(r.path));

/**
 * A button of the "Filen finns redan" dialog, once a user can reach it: the dialog is in the
 * document a moment before focus has moved into it (browser-layout.ts says why that matters),
 * so the test waits for the button by role rather than looking once.
 */
function dialogButton(dialog: HTMLElement, name: string): Promise<HTMLElement> {
  return within(dialog).findByRole("button", { name }, { timeout: 10_000 });
}

async function openRaw(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

describe("SharePointPanel", () => {
  it("shows the site, library and folder, the file and who saved it last", async () => {
    await renderWith(tokenConnection());
    const panel = await sharePointRegion();
    await within(panel).findByText(
      "Senast ändrad av Anna Andersson den 12 mars 2026 kl. 09:15",
      {},
      { timeout: 10_000 },
    );
    expect(
      within(panel).getByRole("link", { name: `127.0.0.1:${new URL(standin.origin).port}${SITE}` }),
    ).toHaveProperty("href", `${standin.origin}${SITE}`);
    expect(within(panel).getByText("Dokument › Planer")).toBeTruthy();
    expect(within(panel).getByText("Åtgärdsplan 2026.xlsx")).toBeTruthy();
    expect(within(panel).getByRole("button", { name: "Publicera rapport" })).toBeTruthy();
    expect(standin.unknown).toEqual([]);
  });

  it("shows nothing of SharePoint without a connection (the preview page)", async () => {
    await renderWith(undefined);
    expect(screen.queryByRole("region", { name: "SharePoint" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Publicera rapport" })).toBeNull();
  });

  it.each([
    [
      "a file on the computer",
      "C:\\Users\\anna\\Åtgärdsplan 2026.xlsx",
      "Arbetsboken är sparad på datorn och inte i SharePoint",
    ],
    ["a file URL", "file:///Users/anna/plan.xlsx", "Arbetsboken är sparad på datorn och inte i SharePoint"],
    ["no address (new workbook or guest)", "", "Arbetsboken har ingen adress i SharePoint"],
  ])("hides the SharePoint part for %s, saying why", async (_, url, reason) => {
    const connection = tokenConnection(url);
    await renderWith(connection);
    const panel = await sharePointRegion();
    expect(panel.textContent).toContain(reason);
    expect(within(panel).queryByRole("button", { name: "Publicera rapport" })).toBeNull();
    expect(connection.asked).toEqual([]);
    expect(standin.requests).toEqual([]);
  });

  it("publishes the report sheet alone into Uppföljning next to the plan and links to it", async () => {
    const { user, port } = await renderWith(tokenConnection());
    const panel = await sharePointRegion();
    const button = await within(panel).findByRole(
      "button",
      { name: "Publicera rapport" },
      { timeout: 10_000 },
    );
    await user.click(button);
    const status = await screen.findByRole("status", {}, { timeout: 10_000 });
    expect(status.textContent).toContain(`Publicerade ${REPORT_NAME} i mappen Uppföljning.`);
    const link = within(panel).getByRole("link", { name: REPORT_NAME });
    expect(link.getAttribute("href")).toBe(
      `${standin.origin}/sites/skarholmen/Delade%20dokument/Planer/Uppf%C3%B6ljning/` +
        "Rapport%20T1%202026%20%E2%80%93%20%C3%85tg%C3%A4rdsplan%20f%C3%B6r%20gemensamma%20prioriteringar.xlsx",
    );

    expect(standin.filesIn(`${LIBRARY}/Planer/Uppföljning`)).toEqual([REPORT_PATH]);
    const report = await openRaw(standin.file(REPORT_PATH)!.bytes);
    expect(report.worksheets.map((ws) => ws.name)).toEqual(["Rapport T1 2026"]);
    const sheet = report.getWorksheet("Rapport T1 2026")!;
    expect(sheet.getCell("A1").value).toBe("Åtgärdsplan för gemensamma prioriteringar");
    expect(sheet.getCell("A2").value).toBe("Tertial 1 (januari–april) 2026: 2026-01-01–2026-04-30");

    // The plan is never written: not in SharePoint, not in the open workbook.
    const planFile = standin.file(PLAN_PATH)!;
    expect(planFile.version).toBe(1);
    expect(Buffer.from(planFile.bytes).equals(Buffer.from(plan))).toBe(true);
    const folder = `${LIBRARY}/Planer/Uppföljning`;
    expect(
      writes().map((r) =>
        decodeURIComponent(r.url).replace(
          /uppladdning-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}/,
          "uppladdning-ID",
        ),
      ),
    ).toEqual([
      `${SITE}/_api/web/folders/addUsingPath(DecodedUrl='${folder}',overwrite=false)`,
      `${SITE}/_api/web/getFolderByServerRelativePath(decodedUrl='${folder}')/files/AddUsingPath(decodedurl='uppladdning-ID.tmp')`,
      `${SITE}/_api/SP.MoveCopyUtil.MoveFileByPath(overwrite=@a1)?@a1=false`,
    ]);
    expect(writes().some((r) => decodeURIComponent(r.url).includes(`'${PLAN_PATH}'`))).toBe(false);
    expect((await port.readSnapshot()).sheets.map((s) => s.name)).not.toContain("Rapport T1 2026");
  });

  it("asks before a new version of an existing report, and saves one on yes", async () => {
    standin.addFile(REPORT_PATH, new Uint8Array([9, 9, 9]), { modifiedBy: "Bo Berg" });
    const { user } = await renderWith(tokenConnection());
    const panel = await sharePointRegion();
    await user.click(
      await within(panel).findByRole("button", { name: "Publicera rapport" }, { timeout: 10_000 }),
    );
    const dialog = await screen.findByRole("alertdialog", { name: "Filen finns redan" }, { timeout: 10_000 });
    expect(dialog.textContent).toContain("Filen finns redan. Vill du spara en ny version?");
    expect(dialog.textContent).toContain(REPORT_NAME);
    expect(standin.file(REPORT_PATH)!.version).toBe(1);

    await user.click(await dialogButton(dialog, "Spara ny version"));
    const status = await screen.findByRole("status", {}, { timeout: 10_000 });
    expect(status.textContent).toContain(`Sparade en ny version av ${REPORT_NAME} i mappen Uppföljning.`);
    const saved = standin.file(REPORT_PATH)!;
    expect(saved.version).toBe(2);
    expect((await openRaw(saved.bytes)).worksheets.map((ws) => ws.name)).toEqual(["Rapport T1 2026"]);
    expect(within(panel).getByRole("link", { name: REPORT_NAME })).toBeTruthy();
    expect(standin.file(PLAN_PATH)!.version).toBe(1);
  });

  it("leaves an existing report as it was when the user says no", async () => {
    standin.addFile(REPORT_PATH, new Uint8Array([9, 9, 9]));
    const { user } = await renderWith(tokenConnection());
    const panel = await sharePointRegion();
    await user.click(
      await within(panel).findByRole("button", { name: "Publicera rapport" }, { timeout: 10_000 }),
    );
    const dialog = await screen.findByRole("alertdialog", { name: "Filen finns redan" }, { timeout: 10_000 });
    const before = writes().length;
    await user.click(await dialogButton(dialog, "Avbryt"));
    expect((await screen.findByRole("status")).textContent).toContain(
      `Rapporten publicerades inte: ${REPORT_NAME} lämnades som den var.`,
    );
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(writes().length).toBe(before);
    const kept = standin.file(REPORT_PATH)!;
    expect([kept.version, [...kept.bytes]]).toEqual([1, [9, 9, 9]]);
    expect(standin.filesIn(`${LIBRARY}/Planer/Uppföljning`)).toEqual([REPORT_PATH]);
  });

  it("shows a SharePoint fault in the message bar, in Swedish", async () => {
    standin.fail({ method: "POST", path: /AddUsingPath/i, status: 403 });
    const { user } = await renderWith(tokenConnection());
    const panel = await sharePointRegion();
    await user.click(
      await within(panel).findByRole("button", { name: "Publicera rapport" }, { timeout: 10_000 }),
    );
    const alert = await screen.findByRole("alert", {}, { timeout: 10_000 });
    expect(alert.textContent).toContain("Du saknar behörighet till");
    expect(standin.filesIn(`${LIBRARY}/Planer/Uppföljning`)).toEqual([]);
  });
});

describe("SharePointPanel signing in (nested app authentication)", () => {
  const naa = (msal: MsalStandin, change: Partial<Parameters<typeof createNaaConnection>[0]> = {}) =>
    createNaaConnection({
      documentUrl: documentUrl(),
      isSupported: () => true,
      environment: APP,
      createPca: async () => msal,
      ...change,
    });

  it("asks MSAL for the tenant's SharePoint and shows the workbook's place", async () => {
    const msal = new MsalStandin({ broker: true, accessToken: TOKEN });
    await renderWith(naa(msal));
    const panel = await sharePointRegion();
    await within(panel).findByText("Åtgärdsplan 2026.xlsx", {}, { timeout: 10_000 });
    expect(new Set(msal.calls)).toEqual(new Set([`silent ${standin.origin}/.default`]));
  });

  it("offers Logga in when the user must sign in, opens the popup only on that click, and tries again", async () => {
    const msal = new MsalStandin({ session: null, popup: "cancel", accessToken: TOKEN });
    const { user } = await renderWith(
      naa(msal, { authContext: async () => ({ userPrincipalName: "anna@kommun.se" }) }),
    );
    const panel = await sharePointRegion();
    await within(panel).findByText(/^Du behöver logga in i Microsoft 365/, {}, { timeout: 10_000 });
    expect(msal.calls.some((c) => c.startsWith("popup"))).toBe(false);
    expect(standin.requests).toEqual([]);

    await user.click(within(panel).getByRole("button", { name: "Logga in" }));
    await within(panel).findByText(/^Inloggningen avbröts eller godkändes inte/, {}, { timeout: 10_000 });
    expect(within(panel).queryByRole("button", { name: "Publicera rapport" })).toBeNull();

    msal.options = { ...msal.options, popup: "sign-in" };
    await user.click(within(panel).getByRole("button", { name: "Logga in" }));
    await within(panel).findByText("Åtgärdsplan 2026.xlsx", {}, { timeout: 10_000 });
    expect(msal.calls.filter((c) => c.startsWith("popup"))).toHaveLength(2);
  });

  it("signs in with the popup from the Publicera click when the session has ended since", async () => {
    const msal = new MsalStandin({ session: "anna@kommun.se", accessToken: TOKEN });
    const { user } = await renderWith(
      naa(msal, { authContext: async () => ({ userPrincipalName: "anna@kommun.se" }) }),
    );
    const panel = await sharePointRegion();
    const button = await within(panel).findByRole(
      "button",
      { name: "Publicera rapport" },
      { timeout: 10_000 },
    );
    expect(msal.calls[0]).toBe(`ssoSilent ${standin.origin}/.default loginHint=anna@kommun.se`);
    expect(msal.calls.some((c) => c.startsWith("popup"))).toBe(false);

    msal.accounts.length = 0; // the session ended: only a sign-in helps
    msal.options = { ...msal.options, session: null };
    await user.click(button);
    const status = await screen.findByRole("status", {}, { timeout: 10_000 });
    expect(status.textContent).toContain(`Publicerade ${REPORT_NAME} i mappen Uppföljning.`);
    expect(msal.calls.filter((c) => c.startsWith("popup"))).toEqual([
      `popup ${standin.origin}/.default loginHint=anna@kommun.se`,
    ]);
  });

  it("says so where Excel cannot sign in with NAA", async () => {
    const msal = new MsalStandin({ broker: true });
    await renderWith(naa(msal, { isSupported: () => false }));
    const panel = await sharePointRegion();
    await within(panel).findByText(
      /^Inloggning med Microsoft 365 stöds inte i den här versionen av Excel/,
      {},
      { timeout: 10_000 },
    );
    expect(msal.calls).toEqual([]);
    expect(standin.requests).toEqual([]);
  });

  it("says sign-in is not configured when the add-in was built without a client id", async () => {
    const msal = new MsalStandin({ broker: true });
    await renderWith(naa(msal, { environment: { clientId: undefined, tenantId: undefined } }));
    const panel = await sharePointRegion();
    await within(panel).findByText(
      /^Tillägget är inte kopplat till någon appregistrering/,
      {},
      { timeout: 10_000 },
    );
    expect(msal.calls).toEqual([]);
  });
});
