// Whether a bench figure meets its goal, and the goal as the table shows it.
//   { ratio: r }: at most r times the baseline's figure from the same runs (drifts less than time on a shared machine);
//   { max: m, slack }: at most m in the figure's own unit, `slack` forgiven (under 1 px of sub-pixel rounding is 0).
/** @returns {{ goal: object | null, goalText: string | null, meetsGoal: boolean | null }} */
export function verdict(goal, ours, ratio, unit) {
  if (!goal) return { goal: null, goalText: null, meetsGoal: null };
  if (goal.ratio !== undefined) {
    return { goal, goalText: `≤ ${goal.ratio}x`, meetsGoal: ratio !== null && Number.isFinite(ratio) && ratio <= goal.ratio };
  }
  const met = ours !== null && Number.isFinite(ours) && (goal.slack ? ours < goal.max + goal.slack : ours <= goal.max);
  return { goal, goalText: `≤ ${goal.max} ${unit}`, meetsGoal: met };
}
