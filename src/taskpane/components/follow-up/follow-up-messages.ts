/**
 * The texts of "Rapportera uppföljning" and "Rapporteringsläge", loaded with the panel (not
 * in the pane's start-up bundle). Swedish; an English catalog would be a second object of
 * this type.
 */
import type { GoalStatus, Period } from "../../../plan";

export const followUpSv = {
  heading: "Rapportera uppföljning",
  loading: "Läser planen …",
  intro:
    "Välj period och aktivitet och fyll i uppföljningen. Rapporterad av och Rapportdatum fylls i åt dig.",
  reporterLabel: "Ditt namn (Rapporterad av)",
  reporterHint: "Kommer ihåg namnet till nästa gång.",
  activityLabel: "Aktivitet",
  ownGroup: "Dina aktiviteter",
  otherGroup: "Övriga aktiviteter",
  chooseActivity: "Välj aktivitet …",
  open: "Öppna formuläret",
  statusHeading: "Rapporteringsläge",
  refresh: "Uppdatera",
  deadline: (period: Period, year: number, text: string) => `${period} ${year}: ${text}.`,
  listLabel: (period: Period, year: number) => `Aktiviteter och rapportering för ${period} ${year}`,
  report: "Rapportera",
  reportActivity: (nr: string) => `Rapportera ${nr}`,
  remind: "Påminn",
  remindActivity: (nr: string, convener: string) => `Påminn ${convener} om ${nr}`,
  noConvener: "ingen sammankallande angiven",
  formHeading: (nr: string, name: string, period: Period, year: number) => `${nr} ${name}, ${period} ${year}`,
  convener: (name: string) => `Sammankallande: ${name}`,
  measurableGoals: (goals: string) => `Mätbara mål: ${goals}`,
  deadlineLine: (text: string) => `Rapportdag: ${text}.`,
  statusLabel: "Målet nått",
  statusNames: {
    Uppfyllt: "Uppfyllt",
    "Delvis uppfyllt": "Delvis uppfyllt",
    "Ej uppfyllt": "Ej uppfyllt",
    "Ej bedömt": "Ej bedömt",
  } satisfies Record<GoalStatus, string>,
  commentLabel: "Kommentar",
  commentHint: "Krävs när målet är delvis uppfyllt eller ej uppfyllt: varför?",
  doneLabel: "Genomförda aktiviteter",
  doneHint: "Vad har gjorts under perioden?",
  meetingsLabel: "Antal möten",
  meetingsPlanned: (frequency: string, planned: number) =>
    `Mötesfrekvensen "${frequency}" motsvarar ${planned} ${planned === 1 ? "möte" : "möten"} under perioden.`,
  outcomesHeading: "Utfall för perioden",
  outcomeLabel: (name: string, unit: string | null) => (unit ? `${name} (${unit})` : name),
  outcomeTarget: (target: string) => `Målvärde: ${target}`,
  assessmentHeading: (nr: number, name: string) => `Bedömning för område ${nr} ${name}`,
  assessmentHint: "Till strategen: hur området står sig, varför, och vad parterna gör framåt.",
  summaryLabel: "Samlad bedömning",
  analysisLabel: "Analys",
  nextStepsLabel: "Åtgärder framåt",
  reportedLine: (by: string, on: string) => `Rapporteras av ${by} den ${on}.`,
  reportedLineNoName: (on: string) =>
    `Rapportdatum blir ${on}. Skriv ditt namn ovan så fylls Rapporterad av i.`,
  save: "Spara",
  saving: "Sparar …",
  close: "Stäng formuläret",
  invalid: (n: number) => (n === 1 ? "Rätta 1 fel innan du sparar." : `Rätta ${n} fel innan du sparar.`),
  saved: (nr: string, period: Period, year: number) =>
    `Sparade uppföljningen för ${nr}, ${period} ${year}, i Uppföljning.`,
  showRow: "Visa raden",
  conflictTitle: "Någon annan har ändrat uppföljningen sedan du öppnade formuläret",
  conflictText:
    "Inget har sparats. Jämför din version med den som finns i arbetsboken nu och välj vilken som ska gälla.",
  conflictBy: (name: string) => `Senast rapporterad av ${name}.`,
  conflictField: "Fält",
  conflictMine: "Din version",
  conflictTheirs: "I arbetsboken nu",
  keepMine: "Spara min version",
  takeTheirs: "Använd versionen i arbetsboken",
  empty: "(tomt)",
  noActivities: "Planen har inga aktiviteter att rapportera.",
} as const;

export type FollowUpMessages = typeof followUpSv;
