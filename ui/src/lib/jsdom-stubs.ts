// What jsdom lacks and the virtual list needs: a ResizeObserver. jsdom has no layout, so this one reports a fixed
// size at once: 58 px for a list row (virtua positions rows absolutely), 600 px for anything else (the viewport).
// Imported by component tests that render the People list.
type Callback = (entries: { target: Element; contentRect: { width: number; height: number } }[]) => void;

class FixedSizeResizeObserver {
  constructor(private callback: Callback) {}
  observe(target: Element) {
    const row = (target as HTMLElement).style?.position === "absolute";
    const height = row ? 58 : 600;
    queueMicrotask(() => this.callback([{ target, contentRect: { width: 800, height } }]));
  }
  unobserve() {}
  disconnect() {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown };
if (!g.ResizeObserver) g.ResizeObserver = FixedSizeResizeObserver;
