import { describe, expect, it } from 'vitest';
import { verdict } from './verdict.mjs';

describe('render verdicts', () => {
  it('judges a ratio goal by the ratio and an absolute goal by the figure', () => {
    expect(verdict({ ratio: 0.1 }, 50, 0.08, 'ms')).toMatchObject({ goalText: '≤ 0.1x', meetsGoal: true });
    expect(verdict({ ratio: 0.1 }, 50, 0.11, 'ms').meetsGoal).toBe(false);
    expect(verdict({ ratio: 1 }, 5, null, 'MB').meetsGoal).toBe(false);
    expect(verdict({ max: 16 }, 16, 0.1, 'ms')).toMatchObject({ goalText: '≤ 16 ms', meetsGoal: true });
    expect(verdict({ max: 16 }, 16.5, 0.1, 'ms').meetsGoal).toBe(false);
    expect(verdict({ max: 16 }, null, null, 'ms').meetsGoal).toBe(false);
  });

  it('forgives the slack of a pixel goal and has no verdict without a goal', () => {
    expect(verdict({ max: 0, slack: 1 }, 0.5, 0, 'px').meetsGoal).toBe(true);
    expect(verdict({ max: 0, slack: 1 }, 1, 0, 'px').meetsGoal).toBe(false);
    expect(verdict(undefined, 3, 1, 'ms')).toEqual({ goal: null, goalText: null, meetsGoal: null });
  });
});
