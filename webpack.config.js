// @ts-check
// The add-in's bundle, as the Office add-in generator lays it out:
// - `npm run build`: production bundle in dist/ (taskpane.html + its script, preview.html
//   + its script and examples/atgardsplan-skarholmen.xlsx, commands.html,
//   assets/ and manifest.xml with https://localhost:3000/ replaced by ATGARDSPLAN_URL).
// - `npm run dev-server`: https://localhost:3000 with office-addin-dev-certs' certificate,
//   trusted where it could be installed, else the generated one (scripts/dev-server-transport.mjs).
// - `--env manifestOnly`: only manifest.xml, commands.html and assets/ (a fast check build).
import { resolve } from "node:path";
import CopyWebpackPlugin from "copy-webpack-plugin";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";
import { devServerTransport } from "./scripts/dev-server-transport.mjs";

export const DEV_URL = "https://localhost:3000/";
const DEFAULT_URL = "https://atgardsplan.example.se/";
const PORT = Number(process.env.ATGARDSPLAN_PORT ?? 3000);

/** Where the built add-in is served from, ending in "/". */
export function productionUrl() {
  const url = process.env.ATGARDSPLAN_URL ?? DEFAULT_URL;
  return url.endsWith("/") ? url : `${url}/`;
}

/** manifest.xml with every development address replaced by `url`. */
export function manifestFor(xml, url) {
  return xml.split(DEV_URL).join(url);
}

// The ribbon's function file: no commands of its own, office.js only.
const COMMANDS_HTML = `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <title>Åtgärdsplan</title>
    <script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
  </head>
  <body></body>
</html>
`;

async function devServer() {
  const certificates = await import("office-addin-dev-certs");
  return devServerTransport({
    certs: certificates.default ?? certificates,
    origin: `https://localhost:${PORT}`,
  });
}

/**
 * What `npm run build` says about the manifest's address, so that a manifest pointing at the
 * placeholder is never deployed by surprise.
 */
export function manifestNotice(url, fromEnvironment) {
  if (fromEnvironment) return `Manifestet (dist/manifest.xml) pekar på ${url} (ATGARDSPLAN_URL).`;
  return [
    `Manifestet (dist/manifest.xml) pekar på ${url}, en platshållare: ATGARDSPLAN_URL är inte satt.`,
    "Ange adressen där tilläggets filer ska ligga (med avslutande /) och bygg igen, till exempel:",
    "  ATGARDSPLAN_URL=https://planer.kommun.se/atgardsplan/ npm run build",
  ].join("\n");
}

/** @returns {Promise<import("webpack").Configuration>} */
export default async function config(env = {}, argv = {}) {
  const production = argv.mode === "production";
  const manifestOnly = Boolean(env.manifestOnly);
  const url = production ? productionUrl() : DEV_URL;
  if (production) console.log(manifestNotice(url, process.env.ATGARDSPLAN_URL !== undefined));
  const pages = manifestOnly
    ? []
    : [
        new HtmlWebpackPlugin({
          filename: "taskpane.html",
          template: "./src/taskpane/taskpane.html",
          chunks: ["taskpane"],
        }),
        // The preview page: the task pane over a workbook opened in the browser (no Excel).
        new HtmlWebpackPlugin({
          filename: "preview.html",
          template: "./src/preview/preview.html",
          chunks: ["preview"],
        }),
      ];
  // The example plan the preview page opens with.
  const examples = manifestOnly
    ? []
    : [{ from: "examples/atgardsplan-skarholmen.xlsx", to: "examples/[name][ext]" }];
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: manifestOnly ? {} : { taskpane: "./src/taskpane/index.tsx", preview: "./src/preview/index.tsx" },
    output: {
      path: resolve("dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      ...pages,
      // The app registration for signing in to SharePoint (src/sharepoint/config.ts, README
      // "SharePoint"): empty when not set, and the pane then says sign-in is not configured.
      new webpack.DefinePlugin({
        "process.env.ATGARDSPLAN_CLIENT_ID": JSON.stringify(process.env.ATGARDSPLAN_CLIENT_ID ?? ""),
        "process.env.ATGARDSPLAN_TENANT_ID": JSON.stringify(process.env.ATGARDSPLAN_TENANT_ID ?? ""),
      }),
      new HtmlWebpackPlugin({ filename: "commands.html", templateContent: COMMANDS_HTML, inject: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...examples,
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestFor(content.toString(), url),
          },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          port: PORT,
          hot: true,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await devServer(),
        }
      : undefined,
  };
}
