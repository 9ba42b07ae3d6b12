/**
 * A convener's own activities first: the user (as the host knows them: a name and/or an
 * e-mail address) is matched against Sammankallande and Sammankallandes e-post in
 * Aktiviteter, Kontakt and E-post in Deltagare, and Rapporterad av in earlier follow-up.
 * Names match as whole words in either direction ("Anna Svensson" in "Anna Svensson, SDF";
 * "Preventionsstrateg" in "SDF preventionsstrateg"), case aside; e-mail addresses match
 * whole, case aside. An address like anna.svensson@… also stands for the name "anna svensson".
 */
import type { Activity, PlanData } from "../plan-data";
import { compareActivityNr } from "../text";

/** Who uses the pane, as far as its host knows; either part may be unknown. */
export interface UserIdentity {
  readonly name: string | null;
  readonly email: string | null;
}

const WORD = /[\p{L}\p{N}]+/gu;
const EMAIL = /[^\s,;<>()"']+@[^\s,;<>()"']+/g;

function words(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(WORD), (match) => match[0]);
}

/** The e-mail addresses in a cell (one or several, separated any way), lower case. */
export function emailsIn(text: string | null): string[] {
  return text === null ? [] : (text.match(EMAIL) ?? []).map((e) => e.toLowerCase().replace(/\.$/, ""));
}

function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((word, j) => hay[i + j] === word)) return true;
  }
  return false;
}

/** Whether a cell and a name name the same person or role: one's words run inside the other's. */
export function namesMatch(cell: string | null, name: string | null): boolean {
  if (cell === null || name === null) return false;
  const a = words(cell);
  const b = words(name);
  return containsRun(a, b) || containsRun(b, a);
}

/** "anna.svensson@stad.se" → "anna svensson"; null when the address holds no such name. */
function nameFromEmail(email: string): string | null {
  const local = email.split("@")[0] ?? email;
  const parts = local.split(/[._-]+/).filter((p) => p !== "");
  return parts.length >= 2 && parts.every((p) => /^\p{L}+$/u.test(p)) ? parts.join(" ") : null;
}

interface Matcher {
  readonly names: readonly string[];
  readonly email: string | null;
}

function matcherOf(identity: UserIdentity | null): Matcher | null {
  if (identity === null) return null;
  const email = identity.email?.trim().toLowerCase() || null;
  const fromEmail = email === null ? null : nameFromEmail(email);
  const names = [identity.name?.trim() || null, fromEmail].filter((n): n is string => n !== null);
  return names.length === 0 && email === null ? null : { names, email };
}

function cellMatches(matcher: Matcher, cell: string | null): boolean {
  if (matcher.email !== null && emailsIn(cell).includes(matcher.email)) return true;
  return matcher.names.some((name) => namesMatch(cell, name));
}

/** Whether the activity is the user's: they convene it, are a contact in it or reported it. */
export function isOwnActivity(plan: PlanData, activity: Activity, identity: UserIdentity | null): boolean {
  const matcher = matcherOf(identity);
  if (matcher === null || activity.nr === null) return false;
  const nr = activity.nr;
  if (cellMatches(matcher, activity.convener) || cellMatches(matcher, activity.convenerEmail)) return true;
  const participant = plan.participants.some(
    (p) => p.activity === nr && (cellMatches(matcher, p.contact) || cellMatches(matcher, p.email)),
  );
  return participant || plan.followUps.some((f) => f.activity === nr && cellMatches(matcher, f.reportedBy));
}

export interface ActivityChoice {
  readonly nr: string;
  readonly name: string;
  readonly convener: string | null;
  /** The user's own (see `isOwnActivity`). */
  readonly own: boolean;
}

/** Every activity with a Nr, once, the user's own first, each group in Nr order. */
export function activityChoices(plan: PlanData, identity: UserIdentity | null): ActivityChoice[] {
  const seen = new Set<string>();
  const choices: ActivityChoice[] = [];
  for (const activity of plan.activities) {
    if (activity.nr === null || seen.has(activity.nr)) continue;
    seen.add(activity.nr);
    choices.push({
      nr: activity.nr,
      name: activity.name ?? "",
      convener: activity.convener,
      own: isOwnActivity(plan, activity, identity),
    });
  }
  return choices.sort((a, b) => Number(b.own) - Number(a.own) || compareActivityNr(a.nr, b.nr));
}
