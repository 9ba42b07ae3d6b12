// @ts-check
// How the development server (`npm start`, `npm run dev-server`) serves: always https, as the
// README promises, with office-addin-dev-certs' certificate for localhost.
// 1. The certificate installed and trusted (office-addin-dev-certs does it where it can):
//    https without a warning, and Excel loads the add-in.
// 2. It could not be installed (no administrator rights, no certificate store, no sudo): the
//    generated certificate is used anyway. The page opens after the browser's warning; the
//    message says what to do for Excel, which loads add-ins only from a trusted address.
// 3. Not even a certificate could be made: http, said loudly. ATGARDSPLAN_HTTP=1 asks for it.
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** Where office-addin-dev-certs keeps its certificates (its own default). */
export const CERTIFICATE_DIRECTORY = join(homedir(), ".office-addin-dev-certs");

const untrustedHelp = (origin, reason, ca) =>
  [
    "",
    `Utvecklingscertifikatet kunde inte installeras som betrott (${reason}).`,
    `Servern använder ändå https: ${origin} med ett certifikat som webbläsaren inte litar på.`,
    "  - Förhandsvisningen: öppna sidan, och när webbläsaren varnar, välj Avancerat → Fortsätt till",
    "    localhost (eller skriv thisisunsafe i Chrome).",
    "  - Excel laddar bara tillägg från en betrodd adress. Gör certifikatet betrott en gång:",
    "    kör  npx office-addin-dev-certs install  (Windows och macOS frågar efter ditt lösenord),",
    `    eller på Linux:  sudo cp ${ca} /usr/local/share/ca-certificates/office-addin-dev-ca.crt`,
    "    && sudo update-ca-certificates , och starta sedan servern igen.",
    "",
  ].join("\n");

const httpHelp = (origin, reason) =>
  [
    "",
    `Inget utvecklingscertifikat kunde skapas (${reason}).`,
    `Servern startar därför över http: ${origin.replace("https:", "http:")}. Förhandsvisningen fungerar`,
    "så, men Excel laddar bara tillägg över https. Kör  npx office-addin-dev-certs install  och",
    "starta servern igen.",
    "",
  ].join("\n");

function reasonOf(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]?.trim() || "okänt fel";
}

/**
 * @param {{
 *   certs: {
 *     getHttpsServerOptions: () => Promise<{ cert?: unknown; key?: unknown; ca?: unknown }>;
 *     generateCertificates: (ca: string, cert: string, key: string) => Promise<void>;
 *   };
 *   env?: Record<string, string | undefined>;
 *   directory?: string;
 *   origin?: string;
 *   log?: (text: string) => void;
 * }} options
 * @returns {Promise<{ type: "http" } | { type: "https"; options: { cert: Buffer; key: Buffer; ca?: Buffer } }>}
 */
export async function devServerTransport(options) {
  const { certs, env = process.env, directory = CERTIFICATE_DIRECTORY, log = console.warn } = options;
  const origin = options.origin ?? "https://localhost:3000";
  if (env.ATGARDSPLAN_HTTP === "1") return { type: "http" };
  try {
    const trusted = await certs.getHttpsServerOptions();
    return { type: "https", options: /** @type {{ cert: Buffer; key: Buffer }} */ (trusted) };
  } catch (installError) {
    const ca = join(directory, "ca.crt");
    const cert = join(directory, "localhost.crt");
    const key = join(directory, "localhost.key");
    try {
      if (!existsSync(cert) || !existsSync(key)) await certs.generateCertificates(ca, cert, key);
      const served = { cert: readFileSync(cert), key: readFileSync(key), ca: readFileSync(ca) };
      log(untrustedHelp(origin, reasonOf(installError), ca));
      return { type: "https", options: served };
    } catch (generateError) {
      log(httpHelp(origin, reasonOf(generateError)));
      return { type: "http" };
    }
  }
}
