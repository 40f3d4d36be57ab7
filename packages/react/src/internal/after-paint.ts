/**
 * Runs `run` once the browser has painted the frame being prepared now and is idle: from an animation frame (just
 * before that paint), an idle callback (at most 200 ms later), so the frame and the tasks already queued behind it
 * go first. A hidden page paints nothing and runs no animation frames: there it is just the idle callback. Where
 * there are no idle callbacks (Safari), a task.
 */
export function afterPaint(run: () => void): void {
  const later = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 200 }) : setTimeout(run));
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && document.visibilityState !== 'hidden') requestAnimationFrame(later);
  else later();
}
