/**
 * A local stand-in for SharePoint Online's REST API on 127.0.0.1 (node:http, a free port),
 * for tests that run the real @pnp/sp client over real HTTP. It answers the endpoints our
 * code calls (context info, files and folders by server-relative path, file content, adding
 * files and folders, moving and deleting files), keeps files in memory, checks the bearer
 * token, records every request and can be told to fail: any status (with Retry-After), a
 * slow answer, or a dropped connection.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  failureAnswer,
  safeDecode,
  unauthorized,
  type Answer,
  type StandinState,
} from "./sharepoint-standin-kit";
import { routeRequest } from "./sharepoint-standin-routes";
import type { StoredFile, StoredLibrary } from "./sharepoint-odata";

export interface RecordedRequest {
  readonly method: string;
  /** The request target as sent (path and query, encoded). */
  readonly url: string;
  /** The decoded path, without the query. */
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** Bytes of the request body received (before a drop, the part that arrived). */
  bodyLength: number;
}

export interface FailureRule {
  readonly method?: string;
  /** Matched against the decoded path and query, e.g. /AddUsingPath/i. */
  readonly path: RegExp;
  /** Answer with this status (and an `odata.error` body). */
  readonly status?: number;
  readonly retryAfter?: string;
  /** Wait this long before answering (a slow SharePoint). */
  readonly delayMs?: number;
  /** "request": close the connection as the request arrives (mid-upload); "response": do
   * the work, then close instead of answering (the answer is lost). */
  readonly drop?: "request" | "response";
  /** How many matching requests fail (default 1). */
  times?: number;
}

export interface StandinOptions {
  readonly token: string;
  /** Site (web) paths, e.g. ["/sites/skarholmen"]. */
  readonly sites: readonly string[];
  readonly libraries: readonly { readonly title: string; readonly root: string }[];
  /** Who uploads (the token's user). */
  readonly userName?: string;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export class SharePointStandin implements StandinState {
  readonly requests: RecordedRequest[] = [];
  /** Requests to endpoints the stand-in does not know (a test should expect none). */
  readonly unknown: string[] = [];
  readonly files = new Map<string, StoredFile>();
  readonly folders = new Map<string, string>();
  readonly locked = new Set<string>();
  readonly libraries: StoredLibrary[];
  private readonly failures: FailureRule[] = [];

  private constructor(
    private readonly server: Server,
    readonly options: StandinOptions,
  ) {
    this.libraries = options.libraries.map((l) => ({ ...l, id: randomUUID() }));
    for (const path of [...options.sites, ...options.libraries.map((l) => l.root)]) this.addFolder(path);
  }

  static async start(options: StandinOptions): Promise<SharePointStandin> {
    const server = createServer();
    const standin = new SharePointStandin(server, options);
    server.on("request", (req, res) => {
      standin.handle(req).then(
        (answer) => {
          if (answer === null) return;
          res.writeHead(answer.status, answer.headers);
          res.end(answer.body);
        },
        (error: unknown) => {
          res.writeHead(500, { "Content-Type": "text/plain" });
          res.end(String(error));
        },
      );
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    return standin;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get userName(): string {
    return this.options.userName ?? "Test Användare";
  }

  /** The next matching request(s) fail as described. */
  fail(rule: FailureRule): void {
    this.failures.push({ ...rule, times: rule.times ?? 1 });
  }

  addFolder(path: string): void {
    const parts = path.split("/").filter((p) => p !== "");
    for (let n = 1; n <= parts.length; n++) {
      const folder = `/${parts.slice(0, n).join("/")}`;
      if (!this.folders.has(folder.toLowerCase())) this.folders.set(folder.toLowerCase(), folder);
    }
  }

  addFile(
    path: string,
    bytes: Uint8Array,
    facts: Partial<Pick<StoredFile, "modifiedBy" | "modified">> = {},
  ): void {
    this.addFolder(path.slice(0, path.lastIndexOf("/")));
    const modified = facts.modified ?? "2026-03-12T08:15:00Z";
    this.files.set(path.toLowerCase(), {
      path,
      bytes,
      modifiedBy: facts.modifiedBy ?? "Anna Andersson",
      modified,
      created: modified,
      version: 1,
      uniqueId: randomUUID(),
    });
  }

  file(path: string): StoredFile | undefined {
    return this.files.get(path.toLowerCase());
  }

  /** Paths of the stored files inside `folder` (not in its subfolders). */
  filesIn(folder: string): string[] {
    const prefix = `${folder.toLowerCase()}/`;
    return [...this.files.values()]
      .map((f) => f.path)
      .filter((p) => p.toLowerCase().startsWith(prefix) && !p.slice(prefix.length).includes("/"));
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((done) => this.server.close(() => done()));
  }

  private takeFailure(method: string, target: string): FailureRule | undefined {
    const rule = this.failures.find(
      (f) => (f.times ?? 0) > 0 && (!f.method || f.method === method) && f.path.test(target),
    );
    if (rule) rule.times = (rule.times ?? 1) - 1;
    return rule;
  }

  private async handle(req: IncomingMessage): Promise<Answer | null> {
    const url = new URL(req.url ?? "/", this.origin);
    const path = safeDecode(url.pathname);
    const method = req.method ?? "GET";
    const record: RecordedRequest = {
      method,
      url: req.url ?? "/",
      path,
      headers: req.headers,
      bodyLength: 0,
    };
    this.requests.push(record);
    const rule = this.takeFailure(method, `${path}${safeDecode(url.search)}`);
    if (rule?.drop === "request") {
      req.once("data", (chunk: Buffer) => {
        record.bodyLength += chunk.length;
        req.socket.destroy();
      });
      req.once("end", () => req.socket.destroy());
      return null;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    record.bodyLength = body.length;
    if (rule?.delayMs) await sleep(rule.delayMs);
    if (rule?.status) return failureAnswer(rule.status, rule.retryAfter);
    if (req.headers.authorization !== `Bearer ${this.options.token}`) return unauthorized();
    const answer = routeRequest(this, method, url, req.headers, body);
    if (rule?.drop === "response") {
      req.socket.destroy();
      return null;
    }
    return answer;
  }
}
