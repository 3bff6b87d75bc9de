/**
 * Runs `callback` once the browser has painted the next frame: what a page draws now shows first, and what it draws in
 * `callback` (the panels below a task's form, its diagram) follows without delaying that frame.
 */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => window.setTimeout(callback));
}
