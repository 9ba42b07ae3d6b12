// `npm run validate:local [FILE]`: checks an add-in manifest offline for what this add-in
// needs (`npm run validate` asks Microsoft's service instead): well-formed XML, a task pane
// app for workbooks with ReadWriteDocument, an ExcelApi requirement, Swedish names with an
// English override, the "Åtgärdsplan" button on the Home tab, every resid defined, every URL
// https, and every icon present in assets/ beside the manifest. Exit status 1 on a problem.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";

export function checkManifest(xml, folder) {
  const problems = [];
  const errors = [];
  const doc = new DOMParser({
    onError: (level, message) => level !== "warning" && errors.push(message),
  }).parseFromString(xml, "text/xml");
  if (errors.length > 0 || !doc.documentElement) return [`ogiltig XML: ${errors.join("; ")}`];
  const all = (name) => Array.from(doc.getElementsByTagName(name));
  const first = (name) => all(name)[0];
  const root = doc.documentElement;
  const need = (ok, text) => ok || problems.push(text);

  need(
    root.localName === "OfficeApp" && root.getAttribute("xsi:type") === "TaskPaneApp",
    "roten är inte OfficeApp av typen TaskPaneApp",
  );
  need(
    /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(first("Id")?.textContent ?? ""),
    "Id är inget GUID",
  );
  need(/^\d+(\.\d+){3}$/.test(first("Version")?.textContent ?? ""), "Version är inte på formen 1.0.0.0");
  need(first("DefaultLocale")?.textContent === "sv-SE", "DefaultLocale är inte sv-SE");
  for (const name of ["DisplayName", "Description"]) {
    const element = first(name);
    const english =
      element &&
      Array.from(element.getElementsByTagName("Override")).some((o) => o.getAttribute("Locale") === "en-US");
    need(
      element?.getAttribute("DefaultValue") && english,
      `${name} saknar svenskt värde eller engelsk översättning`,
    );
  }
  need(
    all("Host").some((h) => h.getAttribute("Name") === "Workbook"),
    "Host Workbook saknas",
  );
  need(
    all("Set").some((s) => s.getAttribute("Name") === "ExcelApi" && s.getAttribute("MinVersion")),
    "Requirements saknar ExcelApi",
  );
  need(first("Permissions")?.textContent === "ReadWriteDocument", "Permissions är inte ReadWriteDocument");
  const tab = all("OfficeTab").find((t) => t.getAttribute("id") === "TabHome");
  need(
    tab &&
      Array.from(tab.getElementsByTagName("Action")).some(
        (a) => a.getAttribute("xsi:type") === "ShowTaskpane",
      ),
    "ingen knapp som visar aktivitetsfönstret på fliken Start",
  );

  const defined = new Set(
    all("bt:Image")
      .concat(all("bt:Url"), all("bt:String"))
      .map((e) => e.getAttribute("id"))
      .filter(Boolean),
  );
  for (const element of all("*")) {
    const resid = element.getAttribute("resid");
    if (resid) need(defined.has(resid), `resid "${resid}" är inte definierat`);
  }
  const labels = all("bt:String").filter((s) => s.getAttribute("id") === "TaskpaneButton.Label");
  need(
    labels.some((s) => s.getAttribute("DefaultValue") === "Åtgärdsplan"),
    'knappen heter inte "Åtgärdsplan"',
  );

  const urls = all("*")
    .flatMap((e) => [e.getAttribute("DefaultValue"), e.getAttribute("Value")])
    .filter((v) => v && /^\w+:\/\//.test(v));
  for (const url of urls) need(url.startsWith("https://"), `adressen ${url} är inte https`);
  for (const url of urls.filter((u) => /\/assets\/[^/]+\.png$/.test(u))) {
    const file = join(folder, "assets", url.slice(url.lastIndexOf("/") + 1));
    need(existsSync(file), `ikonen ${file} finns inte`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? "manifest.xml";
  const problems = checkManifest(readFileSync(file, "utf8"), dirname(file));
  for (const problem of problems) console.error(`${file}: ${problem}`);
  if (problems.length === 0) console.log(`${file}: manifestet är i ordning.`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
