/**
 * Every text the task pane shows, in one catalog. Swedish is the only catalog today; an
 * English one would be a second object of the same type, never mixed into this one.
 */
import type { Period, Severity, TableName } from "../plan";

/** A word in its singular and plural form ("1 varning", "2 varningar"). */
export interface Noun {
  readonly one: string;
  readonly many: string;
}

/** What an import counts, for its summary. */
export type ImportedNoun = "area" | "activity" | "participant" | "indicator" | "followUp" | "passage";

export interface Messages {
  /** The catalog's language tag, for the `lang` attribute. */
  readonly lang: string;
  readonly appTitle: string;
  /** Joins the last two items of a list: "a, b och c". */
  readonly and: string;
  readonly loading: string;
  /** The pane's page opened outside Excel. */
  readonly notInExcel: string;
  /** Excel lacks the Excel JavaScript API version the add-in needs. */
  readonly excelTooOld: string;
  readonly plan: {
    readonly heading: string;
    readonly title: string;
    readonly district: string;
    readonly year: string;
    readonly notGiven: string;
    readonly noPlanTable: string;
    readonly reload: string;
  };
  readonly empty: {
    readonly heading: string;
    readonly intro: string;
    readonly createTemplate: string;
    readonly templateCreated: string;
    readonly importHeading: string;
    readonly fileLabel: string;
    readonly fileHint: string;
    readonly yearLabel: string;
    readonly importButton: string;
    readonly importing: string;
    readonly noFile: string;
    readonly unreadable: (fileName: string) => string;
    readonly imported: (summary: string) => string;
    readonly unplaced: (count: string) => string;
  };
  readonly validate: {
    readonly heading: string;
    readonly button: string;
    readonly running: string;
    readonly live: string;
    readonly filterLabel: string;
    readonly all: string;
    readonly filter: Readonly<Record<Severity, string>>;
    readonly severity: Readonly<Record<Severity, string>>;
    readonly noFindings: string;
    readonly noneShown: string;
    readonly noCell: string;
    readonly goTo: (address: string) => string;
    /** A rule's group, as a screen reader names it: "Fel: Måste fyllas i, 3". */
    readonly groupLabel: (severity: Severity, title: string, count: number) => string;
    /** The button that shows every cell of a problem on many cells. */
    readonly showCells: (count: number) => string;
    readonly hideCells: string;
    /** The list of a problem's cells. */
    readonly cellsLabel: (count: number) => string;
  };
  readonly nouns: Readonly<Record<Severity | ImportedNoun | "row" | "cell", Noun>>;
  readonly tables: Readonly<Record<TableName, string>>;
  readonly period: {
    readonly label: string;
    readonly yearLabel: string;
    readonly names: Readonly<Record<Period, string>>;
    readonly badYear: string;
  };
  readonly report: {
    readonly heading: string;
    readonly button: string;
    readonly running: string;
    readonly created: (sheet: string) => string;
    readonly replaced: (sheet: string) => string;
    readonly docxButton: string;
    readonly docxRunning: string;
    readonly docxSaved: (file: string) => string;
  };
  readonly prepare: {
    readonly heading: string;
    readonly intro: string;
    readonly button: string;
    readonly running: string;
    /** `parts`: "3 rader i Uppföljning", "2 rader i Bedömning". */
    readonly added: (parts: readonly string[]) => string;
    readonly addedIn: (rows: string, sheet: string) => string;
    readonly none: string;
  };
  /** "Ny plan för nästa år": next year's plan as a new workbook; the open one is only read. */
  readonly nextYear: {
    readonly heading: string;
    readonly intro: string;
    readonly yearLabel: string;
    /** Under the year field: what an empty field means. */
    readonly yearHint: string;
    readonly button: string;
    readonly running: string;
    /** The new workbook's file name, e.g. "Åtgärdsplan 2027 Skärholmen.xlsx". */
    readonly fileName: (year: number, district: string | null) => string;
    /** `summary`: what the new plan holds (describeNextYear). */
    readonly saved: (file: string, year: number, fromYear: number, summary: string) => string;
    readonly baseline: (line: string) => string;
    readonly leftBehind: (line: string) => string;
    readonly check: string;
  };
  /** "Koppla plan": the workbook's own tables and ranges bound to the plan's tables. */
  readonly bind: {
    readonly heading: string;
    readonly intro: string;
    readonly show: string;
    readonly reading: string;
    /** The option that makes a new table from the template, on the sheet named. */
    readonly newTable: (sheet: string) => string;
    readonly skip: string;
    readonly columns: (columns: string) => string;
    readonly newNote: (sheet: string) => string;
    readonly skipNote: string;
    /** The checkbox, with the renames it allows ("Tabell1 → Aktiviteter"). */
    readonly rename: (renames: string) => string;
    readonly button: string;
    readonly cancel: string;
    readonly binding: string;
    readonly done: (stats: string) => string;
    /** "Koppla" on a workbook already bound as chosen: nothing changed. */
    readonly alreadyBound: (stats: string) => string;
    readonly brokenTitle: string;
    readonly bindAgain: string;
  };
  readonly sharePoint: {
    readonly heading: string;
    readonly locating: string;
    readonly site: string;
    readonly place: string;
    readonly file: string;
    readonly retry: string;
    /** The button that signs in with a popup (nested app authentication). */
    readonly signIn: string;
    readonly publishHeading: string;
    readonly publishIntro: (folder: string) => string;
    readonly publishButton: string;
    readonly publishing: string;
    readonly published: (fileName: string, folder: string) => string;
    readonly replaced: (fileName: string, folder: string) => string;
    /** Before the link to the report just published. */
    readonly publishedLink: string;
    readonly confirmTitle: string;
    readonly confirmText: (fileName: string, folder: string) => string;
    readonly confirmYes: string;
    readonly confirmNo: string;
    readonly notReplaced: (fileName: string) => string;
  };
  readonly errors: {
    readonly title: string;
    readonly unexpected: string;
    readonly dismiss: string;
    /** Tries what failed once more (a part of the pane that could not be loaded). */
    readonly retry: string;
  };
}

const SEVERITY_SV: Readonly<Record<Severity, string>> = {
  error: "Fel",
  warning: "Varning",
  info: "Upplysning",
};

export const sv: Messages = {
  lang: "sv",
  appTitle: "Åtgärdsplan",
  and: "och",
  loading: "Läser arbetsboken …",
  notInExcel: "Åtgärdsplanen körs i Excel: öppna arbetsboken i Excel och välj Åtgärdsplan på fliken Start.",
  excelTooOld:
    "Den här Excel-versionen är för gammal för Åtgärdsplan. Tillägget fungerar i Excel på webben och i " +
    "Excel för Microsoft 365 som hålls uppdaterat, men inte i Excel 2016 eller 2019. Uppdatera Excel, " +
    "eller öppna arbetsboken i Excel på webben.",
  plan: {
    heading: "Planen",
    title: "Titel",
    district: "Stadsdelsförvaltning",
    year: "År",
    notGiven: "Saknas",
    noPlanTable: "Tabellen Plan saknas eller är tom: fyll i planens titel, stadsdelsförvaltning och år där.",
    reload: "Läs in planen igen",
  },
  empty: {
    heading: "Ingen plan i arbetsboken",
    intro:
      "Arbetsboken saknar planens tabeller. Skapa en tom planmall eller importera planen från ett dokument.",
    createTemplate: "Skapa planmall",
    templateCreated: "Planmallen är skapad. Fyll i tabellerna och validera planen.",
    importHeading: "Importera plan från dokument",
    fileLabel: "Plandokument",
    fileHint: "Ett Word-dokument (.docx) eller en textfil (.txt).",
    yearLabel: "Planens år",
    importButton: "Importera plan från dokument",
    importing: "Importerar planen …",
    noFile: "Välj först ett plandokument (.docx eller .txt).",
    unreadable: (fileName) =>
      `Filen ${fileName} kunde inte läsas. Välj den igen, eller spara en kopia och välj den.`,
    imported: (summary) => `Planen är importerad: ${summary}.`,
    unplaced: (count) => `${count} ur dokumentet fick ingen plats i arbetsboken:`,
  },
  validate: {
    heading: "Validering",
    button: "Validera plan",
    running: "Validerar planen …",
    live: "Kontrollera medan jag skriver",
    filterLabel: "Visa",
    all: "Alla",
    filter: { error: "Fel", warning: "Varningar", info: "Upplysningar" },
    severity: SEVERITY_SV,
    noFindings: "Inga fynd: planen följer mallen.",
    noneShown: "Inga fynd av det här slaget.",
    noCell: "ingen cell",
    goTo: (address) => `gå till ${address}`,
    groupLabel: (severity, title, count) => `${SEVERITY_SV[severity]}: ${title}, ${count}`,
    showCells: (count) => `Visa alla ${count} celler`,
    hideCells: "Dölj cellerna",
    cellsLabel: (count) => `Cellerna (${count})`,
  },
  nouns: {
    error: { one: "fel", many: "fel" },
    warning: { one: "varning", many: "varningar" },
    info: { one: "upplysning", many: "upplysningar" },
    row: { one: "rad", many: "rader" },
    cell: { one: "cell", many: "celler" },
    area: { one: "område", many: "områden" },
    activity: { one: "aktivitet", many: "aktiviteter" },
    participant: { one: "deltagare", many: "deltagare" },
    indicator: { one: "indikator", many: "indikatorer" },
    followUp: { one: "uppföljning", many: "uppföljningar" },
    passage: { one: "textstycke", many: "textstycken" },
  },
  tables: {
    Plan: "Plan",
    Omraden: "Områden",
    Aktiviteter: "Aktiviteter",
    Deltagare: "Deltagare",
    Indikatorer: "Indikatorer",
    Uppfoljning: "Uppföljning",
    Utfall: "Utfall",
    Bedomning: "Bedömning",
  },
  period: {
    label: "Period",
    yearLabel: "År",
    names: {
      T1: "T1 – tertial 1 (januari–april)",
      T2: "T2 – tertial 2 (maj–augusti)",
      VB: "VB – verksamhetsberättelse (helår)",
    },
    badYear: "Ange ett år mellan 2000 och 2100.",
  },
  report: {
    heading: "Tertialrapport",
    button: "Skapa tertialrapport",
    running: "Skapar rapporten …",
    created: (sheet) => `Skapade bladet ${sheet}.`,
    replaced: (sheet) => `Skapade bladet ${sheet} på nytt.`,
    docxButton: "Ladda ner som Word-dokument",
    docxRunning: "Skapar Word-dokumentet …",
    docxSaved: (file) => `Laddade ner ${file}. Arbetsboken ändrades inte.`,
  },
  prepare: {
    heading: "Förbered uppföljning",
    intro:
      "Lägger till en rad i Uppföljning för varje aktivitet som saknar en för perioden, och i " +
      "Bedömning för varje område när planen har den tabellen.",
    button: "Förbered uppföljning",
    running: "Lägger till rader …",
    added: (parts) => `Lade till ${parts.join(" och ")}.`,
    addedIn: (rows, sheet) => `${rows} i ${sheet}`,
    none: "Lade till 0 rader: alla aktiviteter har redan en rad för perioden.",
  },
  nextYear: {
    heading: "Ny plan för nästa år",
    intro:
      "Gör nästa års plan som en ny arbetsbok: områdena, aktiviteterna som fortsätter med sina " +
      "deltagare och indikatorer, utgångsvärden från årets utfall och alla års utfall. Uppföljning " +
      "och Bedömning börjar tomma. Den här arbetsboken ändras inte.",
    yearLabel: "Den nya planens år",
    yearHint: "Tomt: året efter planens År.",
    button: "Skapa nästa års plan",
    running: "Gör nästa års plan …",
    fileName: (year, district) => `Åtgärdsplan ${year}${district ? ` ${district}` : ""}.xlsx`,
    saved: (file, year, fromYear, summary) =>
      `Laddade ner ${file}: planen för ${year}, gjord av planen för ${fromYear}. ${summary} ` +
      "Den här arbetsboken ändrades inte.",
    baseline: (line) => `Utgångsvärde ${line}`,
    leftBehind: (line) => `Lämnades kvar: ${line}`,
    check: "Öppna den nya arbetsboken, spara den där planerna ligger och validera den.",
  },
  bind: {
    heading: "Koppla plan",
    intro:
      "Koppla arbetsbokens egna tabeller och områden till planens tabeller. Inget du skrivit ändras eller " +
      "flyttas; tillägget hittar tabellerna även om de eller bladen byter namn.",
    show: "Visa förslag",
    reading: "Läser arbetsboken …",
    newTable: (sheet) => `Skapa ny tabell (bladet "${sheet}")`,
    skip: "Hoppa över",
    columns: (columns) => `Kolumner: ${columns}.`,
    newNote: (sheet) => `En ny tabell skapas från mallen på bladet "${sheet}".`,
    skipNote: "Tabellen kopplas inte.",
    rename: (renames) => `Byt namn på befintliga tabeller till planens namn (${renames})`,
    button: "Koppla",
    cancel: "Avbryt",
    binding: "Kopplar planen …",
    done: (stats) => `Planen är kopplad. Kontrollen av planen ger nu ${stats}.`,
    alreadyBound: (stats) =>
      `Planen var redan kopplad så; inget ändrades. Kontrollen av planen ger ${stats}.`,
    brokenTitle: "Bruten koppling",
    bindAgain: "Koppla igen",
  },
  sharePoint: {
    heading: "SharePoint",
    locating: "Hämtar arbetsbokens plats i SharePoint …",
    site: "Webbplats",
    place: "Bibliotek",
    file: "Fil",
    retry: "Försök igen",
    signIn: "Logga in",
    publishHeading: "Publicera rapport",
    publishIntro: (folder) =>
      `Sparar rapportbladet som en egen arbetsbok i mappen ${folder} bredvid planen. Planens arbetsbok ändras inte.`,
    publishButton: "Publicera rapport",
    publishing: "Publicerar rapporten …",
    published: (fileName, folder) => `Publicerade ${fileName} i mappen ${folder}.`,
    replaced: (fileName, folder) => `Sparade en ny version av ${fileName} i mappen ${folder}.`,
    publishedLink: "Publicerad rapport:",
    confirmTitle: "Filen finns redan",
    confirmText: (fileName, folder) =>
      `Filen finns redan. Vill du spara en ny version? ${fileName} i mappen ${folder} får då en ny ` +
      "version; den tidigare finns kvar i filens versionshistorik.",
    confirmYes: "Spara ny version",
    confirmNo: "Avbryt",
    notReplaced: (fileName) => `Rapporten publicerades inte: ${fileName} lämnades som den var.`,
  },
  errors: {
    title: "Det gick inte",
    unexpected: "Ett oväntat fel inträffade. Försök igen; kvarstår felet, ladda om tillägget.",
    dismiss: "Stäng meddelandet",
    retry: "Försök igen",
  },
};
