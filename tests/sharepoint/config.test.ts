import { afterEach, describe, expect, it } from "vitest";
import { buildEnvironment, signInConfig } from "../../src/sharepoint/config";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe("signInConfig", () => {
  it("builds the authority from the tenant id", () => {
    expect(signInConfig({ clientId: "app-id", tenantId: "tenant-id" })).toEqual({
      clientId: "app-id",
      tenantId: "tenant-id",
      authority: "https://login.microsoftonline.com/tenant-id",
    });
  });

  it("signs in through any organisation when no tenant is given", () => {
    expect(signInConfig({ clientId: "app-id", tenantId: undefined }).authority).toBe(
      "https://login.microsoftonline.com/organizations",
    );
  });

  it("says the add-in was built without an app registration", () => {
    expect(() => signInConfig({ clientId: undefined, tenantId: "t" })).toThrow(/ATGARDSPLAN_CLIENT_ID/);
  });
});

describe("buildEnvironment", () => {
  it("reads ATGARDSPLAN_CLIENT_ID and ATGARDSPLAN_TENANT_ID, blank as missing", () => {
    process.env.ATGARDSPLAN_CLIENT_ID = " app-id ";
    process.env.ATGARDSPLAN_TENANT_ID = "";
    expect(buildEnvironment()).toEqual({ clientId: "app-id", tenantId: undefined });
  });
});
