/**
 * The development server: https with office-addin-dev-certs' certificate even when it cannot
 * be installed as trusted (over real TLS), and `npm run stop` stopping a server started with
 * `npm run dev-server` (the real webpack dev server, over real HTTP).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { get as httpGet } from "node:http";
import { createServer as createHttpsServer, get as httpsGet } from "node:https";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { devServerTransport, type CertificateTools } from "../../scripts/dev-server-transport.mjs";

const ROOT = process.cwd();
const folders: string[] = [];
const tempFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), "atgardsplan-dev-"));
  folders.push(folder);
  return folder;
};
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

async function certificates(): Promise<CertificateTools> {
  const module = (await import("office-addin-dev-certs")) as unknown as CertificateTools & {
    default?: CertificateTools;
  };
  return module.default ?? module;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

describe("devServerTransport", () => {
  it("serves https with the generated certificate when it cannot be installed, and says what to do", async () => {
    const directory = tempFolder();
    const logged: string[] = [];
    const real = await certificates();
    const transport = await devServerTransport({
      certs: {
        getHttpsServerOptions: () => Promise.reject(new Error("sudo: not found\nmore detail")),
        generateCertificates: (ca, cert, key) => real.generateCertificates(ca, cert, key),
      },
      env: {},
      directory,
      log: (text) => logged.push(text),
    });

    expect(transport.type).toBe("https");
    if (transport.type !== "https") return;
    const ca = join(directory, "ca.crt");
    expect(logged).toEqual([
      [
        "",
        "Utvecklingscertifikatet kunde inte installeras som betrott (sudo: not found).",
        "Servern använder ändå https: https://localhost:3000 med ett certifikat som webbläsaren inte litar på.",
        "  - Förhandsvisningen: öppna sidan, och när webbläsaren varnar, välj Avancerat → Fortsätt till",
        "    localhost (eller skriv thisisunsafe i Chrome).",
        "  - Excel laddar bara tillägg från en betrodd adress. Gör certifikatet betrott en gång:",
        "    kör  npx office-addin-dev-certs install  (Windows och macOS frågar efter ditt lösenord),",
        `    eller på Linux:  sudo cp ${ca} /usr/local/share/ca-certificates/office-addin-dev-ca.crt`,
        "    && sudo update-ca-certificates , och starta sedan servern igen.",
        "",
      ].join("\n"),
    ]);

    // A real TLS server with that certificate answers a client that trusts the generated CA.
    const server = createHttpsServer(transport.options, (_, response) => response.end("ok"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const body = await new Promise<string>((resolve, reject) => {
        httpsGet(
          { host: "127.0.0.1", port, path: "/", servername: "localhost", ca: readFileSync(ca) },
          (response) => {
            let text = "";
            response.on("data", (chunk: Buffer) => (text += chunk.toString()));
            response.on("end", () => resolve(text));
          },
        ).on("error", reject);
      });
      expect(body).toBe("ok");
    } finally {
      server.close();
    }
  }, 60_000);

  it("falls back to http, saying so, only when no certificate can be made", async () => {
    const logged: string[] = [];
    const transport = await devServerTransport({
      certs: {
        getHttpsServerOptions: () => Promise.reject(new Error("sudo: not found")),
        generateCertificates: () => Promise.reject(new Error("EACCES: permission denied")),
      },
      env: {},
      directory: join(tempFolder(), "saknas"),
      log: (text) => logged.push(text),
    });

    expect(transport).toEqual({ type: "http" });
    expect(logged.join("")).toContain(
      "Inget utvecklingscertifikat kunde skapas (EACCES: permission denied).",
    );
    expect(logged.join("")).toContain("Servern startar därför över http: http://localhost:3000.");
  });

  it("serves http without a word when ATGARDSPLAN_HTTP=1 asks for it", async () => {
    const logged: string[] = [];
    const transport = await devServerTransport({
      certs: {
        getHttpsServerOptions: () => Promise.reject(new Error("not called")),
        generateCertificates: () => Promise.reject(new Error("not called")),
      },
      env: { ATGARDSPLAN_HTTP: "1" },
      log: (text) => logged.push(text),
    });
    expect(transport).toEqual({ type: "http" });
    expect(logged).toEqual([]);
  });
});

function status(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    httpGet({ host: "127.0.0.1", port, path: "/preview.html" }, (response) => {
      response.resume();
      resolve(response.statusCode ?? null);
    }).on("error", () => resolve(null));
  });
}

async function until<T>(condition: () => Promise<T>, done: (value: T) => boolean, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await condition();
    if (done(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("npm run dev-server and npm run stop", () => {
  it("stops a server started with npm run dev-server", async () => {
    const port = await freePort();
    const pidFile = join(tempFolder(), "dev-server.pid");
    const env = {
      ...process.env,
      ATGARDSPLAN_HTTP: "1",
      ATGARDSPLAN_PORT: String(port),
      ATGARDSPLAN_PID_FILE: pidFile,
    };
    const server: ChildProcess = spawn("npm", ["run", "--silent", "dev-server"], {
      cwd: ROOT,
      env,
      stdio: "pipe",
    });
    let output = "";
    server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => server.on("exit", () => resolve()));
    try {
      expect(
        await until(
          () => status(port),
          (s) => s === 200,
          180_000,
        ),
      ).toBe(200);
      expect(output).toContain(`Åtgärdsplan serveras på https://localhost:${port}`);
      const pid = readFileSync(pidFile, "utf8").trim();

      const stop = spawnSync("npm", ["run", "--silent", "stop"], { cwd: ROOT, env, encoding: "utf8" });
      expect(stop.status).toBe(0);
      expect(stop.stdout.trim()).toBe(`Utvecklingsservern (process ${pid}) är stoppad.`);
      await exited;
      expect(await status(port)).toBeNull();
      expect(existsSync(pidFile)).toBe(false);
    } finally {
      server.kill();
    }
  }, 240_000);
});
