/**
 * Reminders to conveners whose activities lack follow-up for a period: one message per
 * convener (Sammankallande, compared as the plan compares text), to the addresses in
 * Sammankallandes e-post, else in Deltagare's E-post for the contact that is the convener.
 * The text says which activities, the deadline and the days left, what to fill in, and where
 * the plan is when it is in SharePoint. The CLI writes each as an .eml draft, the task pane
 * opens it as a mailto: link; nothing is sent by the tool.
 */
import type { Period } from "../contract";
import { PERIOD_LABELS } from "../periods";
import type { PlanData } from "../plan-data";
import { comparable } from "../text";
import { daysLeft, swedishDate } from "./deadline-text";
import { emailsIn, namesMatch } from "./own-activities";
import { reportingOverview, type ReportingOverview } from "./reporting-status";

export interface MailAddress {
  /** A display name, or null. */
  readonly name: string | null;
  readonly address: string;
}

/** An e-mail to write, as plain data: the .eml and mailto: writers encode it. */
export interface MailDraft {
  /** Empty when the plan holds no address (the body then says so first). */
  readonly to: readonly MailAddress[];
  readonly subject: string;
  /** Plain text, lines separated by "\n". */
  readonly body: string;
}

export interface Reminder {
  /** Sammankallande as the plan writes it (the first spelling met), or null for none. */
  readonly convener: string | null;
  readonly activities: readonly { readonly nr: string; readonly name: string }[];
  readonly draft: MailDraft;
}

export interface ReminderRequest {
  readonly period: Period;
  readonly year: number;
  /** The day the reminder is written for (days left are counted from it), `YYYY-MM-DD`. */
  readonly checkDate: string;
  /** The workbook's address when it is in SharePoint; null for a file on disk. */
  readonly workbookUrl: string | null;
}

const DEFAULT_TITLE = "Åtgärdsplan för gemensamma prioriteringar";

interface Group {
  convener: string | null;
  addresses: string[];
  activities: { nr: string; name: string; indicators: string[] }[];
}

/** The convener's addresses for one activity (Aktiviteter first, then the matching Deltagare). */
function addressesFor(plan: PlanData, nr: string): string[] {
  const activity = plan.activities.find((a) => a.nr === nr);
  if (!activity) return [];
  const own = emailsIn(activity.convenerEmail);
  if (own.length > 0) return own;
  return plan.participants
    .filter((p) => p.activity === nr && namesMatch(p.contact, activity.convener))
    .flatMap((p) => emailsIn(p.email));
}

function groupsOf(plan: PlanData, overview: ReportingOverview): Group[] {
  const groups = new Map<string, Group>();
  for (const a of overview.activities) {
    if (a.state !== "waiting" && a.state !== "overdue") continue;
    const key = a.convener === null ? "" : comparable(a.convener);
    let group = groups.get(key);
    if (!group) {
      group = { convener: a.convener?.trim() || null, addresses: [], activities: [] };
      groups.set(key, group);
    }
    for (const address of addressesFor(plan, a.nr))
      if (!group.addresses.includes(address)) group.addresses.push(address);
    const indicators = (plan.indicators ?? [])
      .filter((i) => i.activity === a.nr && i.indicator !== null)
      .map((i) => i.indicator ?? "");
    group.activities.push({ nr: a.nr, name: a.name, indicators });
  }
  return [...groups.values()];
}

function deadlineLine(checkDate: string, deadline: string): string {
  const left = daysLeft(checkDate, deadline);
  const date = swedishDate(deadline);
  if (left > 1) return `Rapportdagen är ${date}: ${left} dagar kvar.`;
  if (left === 1) return `Rapportdagen är ${date}: 1 dag kvar.`;
  if (left === 0) return `Rapportdagen är i dag, ${date}.`;
  return `Rapportdagen var ${date}, för ${-left} ${left === -1 ? "dag" : "dagar"} sedan.`;
}

function subjectOf(period: Period, year: number, checkDate: string, deadline: string): string {
  const left = daysLeft(checkDate, deadline);
  const date = swedishDate(deadline, checkDate);
  const when = left > 0 ? `senast ${date}` : left === 0 ? `i dag, ${date}` : `rapportdagen var ${date}`;
  return `Påminnelse: uppföljning ${period} ${year} av åtgärdsplanen, ${when}`;
}

function bodyOf(plan: PlanData, group: Group, request: ReminderRequest, deadline: string): string {
  const { period, year } = request;
  const title = plan.info?.title?.trim() || DEFAULT_TITLE;
  const district = plan.info?.district?.trim();
  const n = group.activities.length;
  const lines: string[] = [];
  if (group.addresses.length === 0) {
    const who = group.convener === null ? "aktiviteternas sammankallande" : group.convener;
    lines.push(
      `[Planen har ingen e-postadress till ${who} (Sammankallandes e-post i Aktiviteter eller ` +
        "E-post i Deltagare). Skriv in mottagaren och ta bort den här raden innan du skickar.]",
      "",
    );
  }
  const label = PERIOD_LABELS[period].replace(/^./, (c) => c.toLowerCase());
  lines.push(
    "Hej!",
    "",
    `Uppföljningen för ${label} ${year} saknas ännu för ${n === 1 ? "en aktivitet" : `${n} aktiviteter`} ` +
      `där du är sammankallande i ${title}${district ? ` (${district})` : ""}:`,
    "",
    ...group.activities.map((a) => `  ${a.nr} ${a.name}`.trimEnd()),
    "",
    deadlineLine(request.checkDate, deadline),
    "",
    `Fyll i en rad i Uppföljning för varje aktivitet (Aktivitet, År ${year} och Period ${period}):`,
    "  - Målet nått: Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Ej bedömt",
    "  - Kommentar: varför, när målet är delvis uppfyllt eller ej uppfyllt",
    "  - Genomförda aktiviteter: vad som har gjorts under perioden",
    "  - Antal möten under perioden",
  );
  const measured = group.activities.filter((a) => a.indicators.length > 0);
  for (const a of measured) lines.push(`  - Utfall för ${a.nr}: ${a.indicators.join(", ")}`);
  lines.push(
    "",
    '"Rapportera uppföljning" i tillägget Åtgärdsplan i Excel visar allt detta i ett formulär ' +
      "och fyller i Rapporterad av och Rapportdatum åt dig.",
  );
  if (request.workbookUrl) lines.push("", `Planen finns här: ${request.workbookUrl}`);
  lines.push("", "Tack på förhand!");
  return lines.join("\n");
}

/** One reminder per convener whose activities lack follow-up for the period, in Nr order. */
export function buildReminders(plan: PlanData, request: ReminderRequest): Reminder[] {
  const overview = reportingOverview(plan, request);
  return groupsOf(plan, overview).map((group) => ({
    convener: group.convener,
    activities: group.activities.map(({ nr, name }) => ({ nr, name })),
    draft: {
      to: group.addresses.map((address) => ({ name: group.convener, address })),
      subject: subjectOf(request.period, request.year, request.checkDate, overview.deadline),
      body: bodyOf(plan, group, request, overview.deadline),
    },
  }));
}
