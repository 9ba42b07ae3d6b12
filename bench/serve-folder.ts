/**
 * `node --import tsx bench/serve-folder.ts FOLDER`: serves a built page from its own
 * process, as a web host would, and prints its address. The preview bench runs it apart
 * from the process that drives the browser, whose work would otherwise hold up the
 * server's answers and be counted as the page's.
 */
import { serveFolder } from "../tests/browser/static-server";

const folder = process.argv[2];
if (!folder) throw new Error("Ange mappen att visa.");
const server = await serveFolder(folder);
process.stdout.write(`${server.url}\n`);
process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));
