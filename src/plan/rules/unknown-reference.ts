import type { TableName } from "../contract";
import type { Finding } from "../finding";
import { areaOfActivity } from "../plan-index";
import { comparable } from "../text";
import { makeFinding, targetAt, withColumns, type PlanRule, type RuleInput } from "./rule-kit";

function unknownAreas({ plan, index, tables }: RuleInput): Finding[] {
  const table = tables.get("Aktiviteter");
  if (!table || !withColumns(tables, "Omraden", "nr")) return [];
  return plan.activities.flatMap((a) => {
    if (a.nr === null) return [];
    const area = areaOfActivity(a.nr);
    if (area === null || index.areaNrs.has(area)) return [];
    return [
      makeFinding(
        "unknown-reference",
        "error",
        targetAt(table, a.row, "nr"),
        a.nr,
        `Aktivitet ${a.nr} hör till område ${area}, men det finns inget område med Nr ${area} i Omraden. ` +
          `Lägg till området eller rätta aktivitetens nummer.`,
      ),
    ];
  });
}

function unknownActivities(
  input: RuleInput,
  name: TableName,
  rows: readonly { row: number; activity: string | null }[],
): Finding[] {
  const table = input.tables.get(name);
  if (!table || !withColumns(input.tables, "Aktiviteter", "nr")) return [];
  return rows.flatMap((r) =>
    r.activity === null || input.index.activityByNr.has(r.activity)
      ? []
      : [
          makeFinding(
            "unknown-reference",
            "error",
            targetAt(table, r.row, "activity"),
            r.activity,
            `Aktivitet ${r.activity} finns inte i Aktiviteter. Rätta numret eller lägg till aktiviteten.`,
          ),
        ],
  );
}

/** Bedömning rows naming an area Nr that Omraden does not have. */
function unknownAssessedAreas({ plan, index, tables }: RuleInput): Finding[] {
  const table = tables.get("Bedomning");
  const areas = withColumns(tables, "Omraden", "nr");
  if (!table || !areas || !plan.assessments) return [];
  return plan.assessments.flatMap((a) =>
    a.area === null || index.areaNrs.has(a.area)
      ? []
      : [
          makeFinding(
            "unknown-reference",
            "error",
            targetAt(table, a.row, "area"),
            String(a.area),
            `Område ${a.area} finns inte i bladet "${areas.location.sheet}". ` +
              "Rätta numret eller lägg till området.",
          ),
        ],
  );
}

function unknownIndicators({ plan, index, tables }: RuleInput): Finding[] {
  const table = tables.get("Utfall");
  if (!table || !plan.outcomes || !plan.indicators) return [];
  if (!withColumns(tables, "Indikatorer", "activity", "indicator")) return [];
  return plan.outcomes.flatMap((o) => {
    if (o.activity === null || o.indicator === null || !index.activityByNr.has(o.activity)) return [];
    const known = index.indicatorsByActivity.get(o.activity) ?? [];
    const wanted = comparable(o.indicator);
    if (known.some((i) => i.indicator !== null && comparable(i.indicator) === wanted)) return [];
    return [
      makeFinding(
        "unknown-reference",
        "error",
        targetAt(table, o.row, "indicator"),
        o.indicator,
        `Indikatorn "${o.indicator}" finns inte för aktivitet ${o.activity} i Indikatorer. ` +
          `Rätta namnet eller lägg till indikatorn.`,
      ),
    ];
  });
}

/** References to areas (from Aktiviteter and Bedömning), activities and indicators that do not exist. */
export const unknownReference: PlanRule = {
  slug: "unknown-reference",
  check(input) {
    const { plan } = input;
    return [
      ...unknownAreas(input),
      ...unknownActivities(input, "Deltagare", plan.participants),
      ...unknownActivities(input, "Indikatorer", plan.indicators ?? []),
      ...unknownActivities(input, "Uppfoljning", plan.followUps),
      ...unknownActivities(input, "Utfall", plan.outcomes ?? []),
      ...unknownIndicators(input),
      ...unknownAssessedAreas(input),
    ];
  },
};
