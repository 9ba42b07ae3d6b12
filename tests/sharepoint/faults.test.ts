import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { downloadFile, locateFile, SharePointError, type SharePointOptions } from "../../src/sharepoint";
import type { SharePointStandin } from "../helpers/sharepoint-standin";
import { address, clientOptions, PLAN_PATH, SITE, startStandin, TOKEN } from "./support";

let standin: SharePointStandin;
const CONTENT = /\/\$value$/;

beforeEach(async () => {
  standin = await startStandin();
  standin.addFile(PLAN_PATH, new Uint8Array([1, 2, 3]));
});

afterEach(() => standin.close());

async function download(options: SharePointOptions = clientOptions()): Promise<SharePointError> {
  const file = { siteUrl: `${standin.origin}${SITE}`, serverRelativeUrl: PLAN_PATH };
  const error = await downloadFile(file, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SharePointError);
  const fault = error as SharePointError;
  expect(fault.userMessage).not.toContain(TOKEN);
  expect(fault.message).not.toContain(TOKEN);
  return fault;
}

const plan = () => `${standin.origin}${PLAN_PATH}`;
const contentRequests = () => standin.requests.filter((r) => CONTENT.test(r.path));

describe("SharePoint faults", () => {
  it("says the sign-in was not accepted (401), naming the file", async () => {
    const error = await download(clientOptions({ getToken: async () => "utgången-token" }));
    expect(error.status).toBe(401);
    expect(error.userMessage).toBe(
      `Du saknar behörighet till Åtgärdsplan 2026.xlsx (${plan()}): SharePoint godtog inte inloggningen. ` +
        "Logga in igen, eller hämta en ny åtkomsttoken om den har gått ut.",
    );
  });

  it("says the user has no access (403), naming the file", async () => {
    standin.fail({ path: CONTENT, status: 403 });
    const error = await download();
    expect(error.code).toBe("forbidden");
    expect(error.userMessage).toMatch(
      /^Du saknar behörighet till Åtgärdsplan 2026\.xlsx \(http:\/\/127\.0\.0\.1:\d+\/sites\//,
    );
  });

  it("says the file is locked (423)", async () => {
    standin.fail({ path: CONTENT, status: 423 });
    const error = await download();
    expect(error.code).toBe("locked");
    expect(error.userMessage).toMatch(/^Åtgärdsplan 2026\.xlsx är låst i SharePoint/);
  });

  it("keeps the original fault as cause", async () => {
    standin.fail({ path: CONTENT, status: 500 });
    const error = await download();
    expect(error.code).toBe("http");
    expect(error.userMessage).toBe(`SharePoint svarade med fel 500 för ${plan()}. Försök igen om en stund.`);
    expect((error.cause as { status?: number }).status).toBe(500);
  });

  it("retries a 429 after the Retry-After it was given, then succeeds", async () => {
    standin.fail({ path: CONTENT, status: 429, retryAfter: "1" });
    const file = { siteUrl: `${standin.origin}${SITE}`, serverRelativeUrl: PLAN_PATH };
    const started = Date.now();
    const bytes = await downloadFile(
      file,
      clientOptions({ retry: { maxAttempts: 2, maxTotalWaitMs: 5_000 } }),
    );
    expect([...bytes]).toEqual([1, 2, 3]);
    expect(contentRequests()).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("waits as each Retry-After says and gives up after the last try with a clear message", async () => {
    standin.fail({ path: CONTENT, status: 429, retryAfter: "2", times: 10 });
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const error = await download(clientOptions({ sleep, retry: { maxAttempts: 3, maxTotalWaitMs: 60_000 } }));
    expect(waits).toEqual([2000, 2000]);
    expect(contentRequests()).toHaveLength(3);
    expect(error.code).toBe("throttled");
    expect(error.userMessage).toBe(
      "SharePoint är hårt belastat och bad oss vänta (429). Vi försökte 3 gånger. Försök igen om en stund.",
    );
  });

  it("gives up at once when Retry-After asks for longer than the total waiting time allows", async () => {
    standin.fail({ path: CONTENT, status: 429, retryAfter: "120", times: 10 });
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const error = await download(clientOptions({ sleep, retry: { maxAttempts: 5, maxTotalWaitMs: 30_000 } }));
    expect(waits).toEqual([]);
    expect(contentRequests()).toHaveLength(1);
    expect(error.userMessage).toContain("Vi försökte 1 gång.");
  });

  it("retries a 503 without Retry-After after a growing wait", async () => {
    standin.fail({ path: CONTENT, status: 503, times: 2 });
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const file = { siteUrl: `${standin.origin}${SITE}`, serverRelativeUrl: PLAN_PATH };
    const options = clientOptions({ sleep, retry: { maxAttempts: 4, baseDelayMs: 500 } });
    expect([...(await downloadFile(file, options))]).toEqual([1, 2, 3]);
    expect(waits).toEqual([500, 1000]);
  });

  it("does not retry a 404 or a 403", async () => {
    standin.fail({ path: CONTENT, status: 403, times: 5 });
    await download();
    expect(contentRequests()).toHaveLength(1);
  });

  it("says SharePoint did not answer in time", async () => {
    standin.fail({ path: CONTENT, delayMs: 1_500 });
    const error = await download(clientOptions({ timeoutMs: 200 }));
    expect(error.code).toBe("timeout");
    expect(error.userMessage).toBe(
      `SharePoint svarade inte inom 0,2 sekunder (Åtgärdsplan 2026.xlsx, ${plan()}). ` +
        "Kontrollera nätverket och försök igen.",
    );
  });

  it("says the connection was dropped", async () => {
    standin.fail({ path: CONTENT, drop: "request" });
    const error = await download();
    expect(error.code).toBe("network");
    expect(error.userMessage).toContain(
      `Anslutningen till SharePoint (${new URL(standin.origin).host}) bröts`,
    );
  });

  it("sends the token only in the Authorization header of each request", async () => {
    await locateFile(address(standin, PLAN_PATH), clientOptions());
    expect(standin.requests.length).toBeGreaterThan(1);
    for (const request of standin.requests) {
      expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(request.url).not.toContain(TOKEN);
    }
  });

  it("turns a failing token provider's fault into the run's fault", async () => {
    const refused = new SharePointError("sign-in-cancelled", "Inloggningen avbröts.");
    const error = await download(clientOptions({ getToken: async () => Promise.reject(refused) }));
    expect(error).toBe(refused);
    expect(standin.requests).toEqual([]);
  });
});
