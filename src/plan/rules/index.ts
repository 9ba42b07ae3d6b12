/** The rules that look at the plan as a whole, in the order they run. */
import type { PlanRule } from "./rule-kit";
import { activityWithoutParticipants } from "./activity-without-participants";
import { areaWithoutActivities } from "./area-without-activities";
import { assessmentMissing } from "./assessment-missing";
import { copiedFollowUp } from "./copied-follow-up";
import { corePartyMissing } from "./core-party-missing";
import { duplicateKey } from "./duplicate-key";
import { followUpMissing } from "./follow-up-missing";
import { goalCommentMissing } from "./goal-comment-missing";
import { measurableGoalMissing } from "./measurable-goal-missing";
import { meetingFrequencyUnset } from "./meeting-frequency-unset";
import { meetingsBelowPlan } from "./meetings-below-plan";
import { reportDateRange } from "./report-date-range";
import { uncertainValue } from "./uncertain-value";
import { unknownReference } from "./unknown-reference";

export const PLAN_RULES: readonly PlanRule[] = [
  duplicateKey,
  unknownReference,
  meetingFrequencyUnset,
  measurableGoalMissing,
  corePartyMissing,
  areaWithoutActivities,
  activityWithoutParticipants,
  goalCommentMissing,
  followUpMissing,
  reportDateRange,
  uncertainValue,
  assessmentMissing,
  copiedFollowUp,
  meetingsBelowPlan,
];
