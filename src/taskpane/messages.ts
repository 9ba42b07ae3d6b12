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
    readonly valid: string;
    readonly invalid: string;
    readonly filterLabel: string;
    readonly all: string;
    readonly filter: Readonly<Record<Severity, string>>;
    readonly severity: Readonly<Record<Severity, string>>;
    readonly noFindings: string;
    readonly noneShown: string;
    readonly noCell: string;
    readonly goTo: (address: string) => string;
  };
  readonly nouns: Readonly<Record<Severity | ImportedNoun | "row", Noun>>;
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
  };
  readonly prepare: {
    readonly heading: string;
    readonly intro: string;
    readonly button: string;
    readonly running: string;
    readonly added: (rows: string) => string;
    readonly none: string;
  };
  readonly errors: {
    readonly title: string;
    readonly unexpected: string;
    readonly dismiss: string;
  };
}

export const sv: Messages = {
  lang: "sv",
  appTitle: "Åtgärdsplan",
  and: "och",
  loading: "Läser arbetsboken …",
  notInExcel: "Åtgärdsplanen körs i Excel: öppna arbetsboken i Excel och välj Åtgärdsplan på fliken Start.",
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
    valid: "Planen är giltig.",
    invalid: "Planen har fel som behöver rättas.",
    filterLabel: "Visa",
    all: "Alla",
    filter: { error: "Fel", warning: "Varningar", info: "Upplysningar" },
    severity: { error: "Fel", warning: "Varning", info: "Upplysning" },
    noFindings: "Inga fynd: planen följer mallen.",
    noneShown: "Inga fynd av det här slaget.",
    noCell: "ingen cell",
    goTo: (address) => `gå till ${address}`,
  },
  nouns: {
    error: { one: "fel", many: "fel" },
    warning: { one: "varning", many: "varningar" },
    info: { one: "upplysning", many: "upplysningar" },
    row: { one: "rad", many: "rader" },
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
  },
  prepare: {
    heading: "Förbered uppföljning",
    intro: "Lägger till en rad i Uppföljning för varje aktivitet som saknar en för perioden.",
    button: "Förbered uppföljning",
    running: "Lägger till rader …",
    added: (rows) => `Lade till ${rows} i Uppföljning.`,
    none: "Lade till 0 rader: alla aktiviteter har redan en rad för perioden.",
  },
  errors: {
    title: "Det gick inte",
    unexpected: "Ett oväntat fel inträffade. Försök igen; kvarstår felet, ladda om tillägget.",
    dismiss: "Stäng meddelandet",
  },
};
