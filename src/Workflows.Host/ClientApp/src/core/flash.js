// A one-shot message carried across a navigation ("任务已提交" after completing a task).
let pending = null;

export function setFlash(message) {
  pending = message;
}

export function takeFlash() {
  const message = pending;
  pending = null;
  return message;
}
