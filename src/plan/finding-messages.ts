/**
 * What the findings say, in one catalog: each rule's short title and every message, in
 * Swedish. Messages speak as the sheet does: tables by their sheet names ("Uppföljning"),
 * rows by Excel's own row numbers, and a row about an activity by the activity and period
 * ("aktivitet 1.1, T1 2026"). Rule slugs are for scripts and never appear here. A second
 * language would be a second object of the same type, never mixed into this one.
 */
import type { FindingStats, RuleSlug } from "./finding";
import { listSv } from "./text";

/** Where a row-level finding is: "för aktivitet 1.1, T1 2026" or "på rad 17 i Uppföljning". */
export type RowWhere = string;

export interface FindingMessages {
  /** Each rule's short title, for group headings (CLI text output, task pane). */
  readonly titles: Readonly<Record<RuleSlug, string>>;
  /** The parts a row is named by: "aktivitet 1.1", "område 2", "T1 2026", "indikatorn "Antal"". */
  readonly subject: {
    readonly activity: (nr: string) => string;
    readonly area: (nr: number) => string;
    readonly period: (period: string, year: number | null) => string;
    readonly indicator: (name: string) => string;
  };
  /** "för aktivitet 1.1, T1 2026" */
  readonly forSubject: (subject: string) => RowWhere;
  /** "på rad 17 i Uppföljning" (Excel's row number, the sheet's name). */
  readonly atRow: (excelRow: number, sheet: string) => RowWhere;
  /** "rad 5 och 6", "rad 5, 6, 7, 8, 9 och 3 rader till". */
  readonly rows: (excelRows: readonly number[], more: number) => string;
  readonly tableMissing: (p: {
    sheet: string;
    excelName: string;
    required: boolean;
    columns: readonly string[];
  }) => string;
  readonly columnMissing: (p: { sheet: string; header: string; aliases: readonly string[] }) => string;
  readonly columnDuplicate: (p: { header: string; firstColumn: string; column: string }) => string;
  readonly columnUnknown: (p: { sheet: string; header: string; known: readonly string[] }) => string;
  readonly mergedCells: (p: { sheet: string; range: string }) => string;
  readonly blankRow: (p: { sheet: string; excelRow: number }) => string;
  readonly required: (p: { header: string; where: RowWhere }) => string;
  readonly type: (p: { header: string; expected: string; value: string }) => string;
  /** What a number, year or date column holds, by column key, else by column type. */
  readonly expected: Readonly<Record<string, string>>;
  readonly enumValue: (p: { header: string; value: string; allowed: readonly string[] }) => string;
  readonly enumNearest: (nearest: string) => string;
  readonly periodT3: string;
  readonly formulaError: (p: { header: string; code: string }) => string;
  readonly nrNotText: (p: { header: string; storedAs: "number" | "date"; value: string }) => string;
  readonly patternActivityNr: (p: { header: string; value: string }) => string;
  readonly patternDuration: (p: { header: string; value: string }) => string;
  readonly duplicateKey: (p: {
    headers: readonly string[];
    key: string;
    sheet: string;
    rows: string;
  }) => string;
  readonly unknownArea: (p: { activity: string; area: number; areasSheet: string }) => string;
  readonly unknownActivity: (p: { activity: string }) => string;
  readonly unknownIndicator: (p: { activity: string; indicator: string }) => string;
  /** "Aktivitet 1.2", or "Aktiviteten på rad 3 i Aktiviteter" when it has no Nr. */
  readonly activityName: (p: { nr: string | null; excelRow: number; sheet: string }) => string;
  readonly meetingFrequencyUnset: (p: { activity: string; question: boolean }) => string;
  readonly measurableGoalMissing: (p: { activity: string }) => string;
  readonly corePartyMissing: (p: { activity: string; party: string }) => string;
  readonly areaWithoutActivities: (p: { area: number; name: string | null }) => string;
  readonly activityWithoutParticipants: (p: { activity: string }) => string;
  readonly goalCommentMissing: (p: { status: string; where: RowWhere }) => string;
  readonly followUpMissing: (p: { subject: string; deadline: string; period: string }) => string;
  readonly followUpNotFilled: (p: { subject: string; deadline: string; where: RowWhere }) => string;
  readonly assessmentMissing: (p: {
    subject: string;
    deadline: string;
    area: number;
    year: number;
    period: string;
  }) => string;
  readonly assessmentNotFilled: (p: { subject: string; deadline: string; where: RowWhere }) => string;
  readonly reportEarly: (p: { date: string; start: string; subject: string }) => string;
  readonly reportLate: (p: { date: string; deadline: string; days: number; subject: string }) => string;
  readonly uncertainValue: (p: { header: string; value: string; where: RowWhere }) => string;
  readonly copiedFollowUp: (p: { subject: string; previous: string; where: RowWhere }) => string;
  readonly meetingsBelowPlan: (p: {
    activity: string;
    when: string;
    held: number;
    frequency: string;
    planned: number;
    commented: boolean;
  }) => string;
  /** The summary finding of a capped rule: "… och 1234 till av samma slag (Måste fyllas i)." */
  readonly omitted: (count: number, title: string) => string;
  /** One line under the counts: errors to fix, warnings to look at, or a valid plan. */
  readonly verdict: (stats: FindingStats) => string;
}

const quoted = (items: readonly string[]): string[] => items.map((i) => `"${i}"`);
const decimal = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace(".", ","));
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const FINDING_MESSAGES_SV: FindingMessages = {
  titles: {
    "table-missing": "Tabell saknas",
    "column-missing": "Kolumn saknas",
    "column-duplicate": "Två rubriker för samma kolumn",
    "column-unknown": "Okänd kolumn",
    "merged-cells": "Sammanfogade celler",
    "blank-row": "Tom rad",
    required: "Måste fyllas i",
    type: "Värde av fel slag",
    enum: "Värde som inte finns i listan",
    pattern: "Inte i rätt form",
    "formula-error": "Felvärde från formel",
    "nr-not-text": "Aktivitetsnummer som inte är text",
    "duplicate-key": "Finns på flera rader",
    "unknown-reference": "Hänvisning till något som inte finns",
    "meeting-frequency-unset": "Mötesfrekvens saknas",
    "measurable-goal-missing": "Mätbara mål saknas",
    "core-party-missing": "Ingen kontakt hos en part",
    "area-without-activities": "Område utan aktiviteter",
    "activity-without-participants": "Aktivitet utan deltagare",
    "goal-comment-missing": "Kommentar saknas",
    "follow-up-missing": "Uppföljning saknas",
    "report-date-range": "Rapportdatum utanför perioden",
    "uncertain-value": "Öppen fråga i planen",
    "assessment-missing": "Bedömning saknas",
    "copied-follow-up": "Samma text som förra perioden",
    "meetings-below-plan": "Färre möten än planerat",
  },
  subject: {
    activity: (nr) => `aktivitet ${nr}`,
    area: (nr) => `område ${nr}`,
    period: (period, year) => (year === null ? period : `${period} ${year}`),
    indicator: (name) => `indikatorn "${name}"`,
  },
  forSubject: (subject) => `för ${subject}`,
  atRow: (excelRow, sheet) => `på rad ${excelRow} i ${sheet}`,
  rows: (excelRows, more) =>
    more > 0
      ? `rad ${excelRows.join(", ")} och ${count(more, "rad", "rader")} till`
      : `rad ${listSv(excelRows.map(String))}`,
  tableMissing: ({ sheet, excelName, required, columns }) =>
    `Tabellen ${sheet} saknas. ` +
    (required
      ? "Planen kan inte kontrolleras utan den."
      : "Tabellen är frivillig; kontroller som behöver den hoppas över.") +
    ` Lägg till en Excel-tabell med namnet "${excelName}" på bladet "${sheet}" med kolumnerna ` +
    `${listSv(columns)}, eller skapa en ny plan med "atgardsplan mall".`,
  columnMissing: ({ sheet, header, aliases }) =>
    `Kolumnen "${header}" saknas i tabellen ${sheet}. Lägg till en kolumn med rubriken "${header}"` +
    (aliases.length > 0 ? ` (eller ${quoted(aliases).join(", ")}).` : "."),
  columnDuplicate: ({ header, firstColumn, column }) =>
    `Rubriken "${header}" avser samma kolumn som kolumn ${firstColumn} ("${column}"). ` +
    "Ta bort en av dem eller byt rubrik.",
  columnUnknown: ({ sheet, header, known }) =>
    `Kolumnen "${header}" hör inte till tabellen ${sheet} och kontrolleras inte. ` +
    `Kända kolumner: ${listSv(known)}. Byt rubrik om den var tänkt som någon av dem.`,
  mergedCells: ({ sheet, range }) =>
    `Cellerna ${range} är sammanfogade i tabellen ${sheet}. Dela upp dem (Start → Sammanfoga och ` +
    "centrera → Dela upp celler) och skriv värdet i varje rad.",
  blankRow: ({ sheet, excelRow }) =>
    `Rad ${excelRow} i ${sheet} är tom men har rader med data under sig. Ta bort raden eller fyll i den.`,
  required: ({ header, where }) => `"${header}" måste fyllas i ${where}.`,
  type: ({ header, expected, value }) => `"${header}" ska vara ${expected}, men är "${value}".`,
  expected: {
    year: "ett årtal, till exempel 2026",
    baselineYear: "ett årtal, till exempel 2025",
    meetings: "ett antal möten, ett heltal från 0 och uppåt (till exempel 4)",
    integer: "ett heltal från 0 och uppåt, till exempel 4",
    number: "ett tal, till exempel 12 eller 2,5",
    yearColumn: "ett årtal mellan 2000 och 2100, till exempel 2026",
    areaNr: "ett områdesnummer, ett heltal från 1 och uppåt (till exempel 2)",
    date: "ett datum, som datumcell eller skrivet ÅÅÅÅ-MM-DD (till exempel 2026-05-15)",
    other: "av rätt typ",
  },
  enumValue: ({ header, value, allowed }) =>
    `"${value}" är inte ett tillåtet värde för "${header}". Tillåtna värden: ${listSv(quoted(allowed))}.`,
  enumNearest: (nearest) => ` Menade du "${nearest}"?`,
  periodT3: ' Tertial 3 redovisas i verksamhetsberättelsen: skriv "VB".',
  formulaError: ({ header, code }) =>
    `"${header}" visar felvärdet ${code}. Rätta formeln eller skriv in värdet direkt.`,
  nrNotText: ({ header, storedAs, value }) =>
    `"${header}" är lagrat som ${storedAs === "number" ? "ett tal" : "ett datum"} (${value}), inte som ` +
    "text. Excel gör då 1.10 till 1.1 och kan göra 1.1 till ett datum. Formatera kolumnen som Text och " +
    "skriv in numret igen.",
  patternActivityNr: ({ header, value }) =>
    `"${header}" ska vara ett aktivitetsnummer i formen N.M, till exempel "1.1" eller "3.10" ` +
    `(områdets nummer, punkt, löpnummer), men är "${value}".`,
  patternDuration: ({ header, value }) =>
    `"${header}" ska vara "Tillsvidare" eller ett datumintervall som "2026-01-01–2026-12-31" ` +
    `(tankstreck, " - " eller "till" mellan datumen, slutdatum inte före startdatum), men är "${value}".`,
  duplicateKey: ({ headers, key, sheet, rows }) =>
    `${listSv(headers)} (${key}) finns på flera rader i ${sheet}: ${rows}. ` +
    "Slå ihop raderna eller ändra en av dem.",
  unknownArea: ({ activity, area, areasSheet }) =>
    `Aktivitet ${activity} hör till område ${area}, men det finns inget område med Nr ${area} i ` +
    `${areasSheet}. Lägg till området eller rätta aktivitetens nummer.`,
  unknownActivity: ({ activity }) =>
    `Aktivitet ${activity} finns inte i Aktiviteter. Rätta numret eller lägg till aktiviteten.`,
  unknownIndicator: ({ activity, indicator }) =>
    `Indikatorn "${indicator}" finns inte för aktivitet ${activity} i Indikatorer. ` +
    "Rätta namnet eller lägg till indikatorn.",
  activityName: ({ nr, excelRow, sheet }) =>
    nr === null ? `Aktiviteten på rad ${excelRow} i ${sheet}` : `Aktivitet ${nr}`,
  meetingFrequencyUnset: ({ activity, question }) =>
    `${activity} ${question ? "har bara en fråga som mötesfrekvens" : "saknar mötesfrekvens"}. ` +
    'Skriv hur ofta gruppen träffas, till exempel "1 gång/månad", "varannan vecka" eller "vid behov".',
  measurableGoalMissing: ({ activity }) =>
    `${activity} saknar mätbara mål. Skriv ett mål i "Mätbara mål" eller lägg till en indikator ` +
    "med målvärde i Indikatorer.",
  corePartyMissing: ({ activity, party }) =>
    `Aktivitet ${activity} har ingen kontakt hos ${party}. Lägg till en rad i Deltagare med ` +
    `Aktivitet ${activity}, Part "${party}" och en Kontakt.`,
  areaWithoutActivities: ({ area, name }) =>
    `Område ${area}${name ? ` (${name})` : ""} har inga aktiviteter. ` +
    `Lägg till aktiviteter numrerade ${area}.1, ${area}.2 … eller ta bort området.`,
  activityWithoutParticipants: ({ activity }) =>
    `Aktivitet ${activity} har inga deltagare. Lägg till minst en rad i Deltagare med Aktivitet ${activity}.`,
  goalCommentMissing: ({ status, where }) =>
    `Målet är "${status}" ${where}, men Kommentar är tom. ` +
    "Förklara varför målet inte är helt nått och vad som görs.",
  followUpMissing: ({ subject, deadline, period }) =>
    `Uppföljningen för ${subject} saknas (rapportdagen var ${deadline}). Lägg till en rad i Uppföljning ` +
    `med "Förbered uppföljning" i tillägget eller "atgardsplan forbered --period ${period}" på ` +
    "kommandoraden, och fyll i den.",
  followUpNotFilled: ({ subject, deadline, where }) =>
    `Uppföljningen för ${subject} är inte ifylld (rapportdagen var ${deadline}). ` +
    `Fyll i Målet nått och Genomförda aktiviteter ${where}.`,
  assessmentMissing: ({ subject, deadline, area, year, period }) =>
    `${subject} saknas (rapportdagen var ${deadline}). Lägg till en rad i Bedömning med Område ${area}, ` +
    `År ${year}, Period ${period} och Samlad bedömning. "Förbered uppföljning" i tillägget eller ` +
    `"atgardsplan forbered --period ${period}" lägger till tomma rader att fylla i.`,
  assessmentNotFilled: ({ subject, deadline, where }) =>
    `${subject} är inte ifylld (rapportdagen var ${deadline}). Skriv Samlad bedömning ${where}.`,
  reportEarly: ({ date, start, subject }) =>
    `Rapportdatum ${date} ligger före periodens början (${start}) för ${subject}. ` +
    "Kontrollera datumet, År och Period.",
  reportLate: ({ date, deadline, days, subject }) =>
    `Rapporten för ${subject} kom in ${count(days, "dag", "dagar")} för sent: rapportdagen var ` +
    `${deadline} och Rapportdatum är ${date}.`,
  uncertainValue: ({ header, value, where }) =>
    `"${header}" ${where} är en öppen fråga: "${value}". Bestäm svaret och skriv det utan frågetecken.`,
  copiedFollowUp: ({ subject, previous, where }) =>
    `Genomförda aktiviteter för ${subject} är samma text som för ${previous} (${where}). ` +
    "Beskriv vad som gjorts under just den här perioden.",
  meetingsBelowPlan: ({ activity, when, held, frequency, planned, commented }) =>
    `Aktivitet ${activity} höll ${count(held, "möte", "möten")} under ${when}, men mötesfrekvensen ` +
    `"${frequency}" motsvarar ungefär ${decimal(planned)} ${planned === 1 ? "möte" : "möten"}.` +
    (commented ? "" : " Kommentera gärna varför."),
  omitted: (n, title) => `… och ${n} till av samma slag (${title}).`,
  verdict: ({ errors, warnings }) => {
    if (errors > 0) return `Planen har ${count(errors, "fel", "fel")} som behöver rättas.`;
    if (warnings > 0) return `Inga fel – ${count(warnings, "varning", "varningar")} att se över.`;
    return "Inga fel eller varningar: planen är giltig.";
  },
};
