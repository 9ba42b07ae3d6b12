import type { TableName } from "../contract";
import type { Finding } from "../finding";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import { areaOfActivity } from "../plan-index";
import { comparable } from "../text";
import {
  findingsOf,
  makeFinding,
  sheetOf,
  targetAt,
  withColumns,
  type PlanRule,
  type RuleInput,
} from "./rule-kit";

function unknownAreas({ plan, index, tables }: RuleInput): Finding[] {
  const table = tables.get("Aktiviteter");
  const areas = withColumns(tables, "Omraden", "nr");
  if (!table || !areas) return [];
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
        TEXT.unknownArea({ activity: a.nr, area, areasSheet: sheetOf(areas) }),
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
  return findingsOf(rows, (r) =>
    r.activity === null || input.index.activityByNr.has(r.activity)
      ? null
      : makeFinding(
          "unknown-reference",
          "error",
          targetAt(table, r.row, "activity"),
          r.activity,
          TEXT.unknownActivity({ activity: r.activity }),
        ),
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
        TEXT.unknownIndicator({ activity: o.activity, indicator: o.indicator }),
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
