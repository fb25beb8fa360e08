// Short-lived messages at the bottom of the window, optionally with one action (Undo). A toast with an action
// stays 10 seconds: long enough to change one's mind, short enough not to linger.
export type Toast = { id: number; message: string; action?: { label: string; run: () => Promise<void> | void } };

export const toasts = $state<Toast[]>([]);
let next = 1;

export const UNDO_MS = 10_000;

export function showToast(message: string, action?: Toast["action"], ms = action ? UNDO_MS : 4_000): number {
  const id = next++;
  toasts.push({ id, message, action });
  setTimeout(() => dismissToast(id), ms);
  return id;
}

export function dismissToast(id: number) {
  const i = toasts.findIndex((t) => t.id === id);
  if (i >= 0) toasts.splice(i, 1);
}
