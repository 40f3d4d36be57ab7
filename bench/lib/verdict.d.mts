export interface Goal {
  ratio?: number;
  max?: number;
  slack?: number;
}
export function verdict(
  goal: Goal | undefined,
  ours: number | null,
  ratio: number | null,
  unit: string,
): { goal: Goal | null; goalText: string | null; meetsGoal: boolean | null };
