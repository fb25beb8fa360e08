// The circle picture's layout: concentric rings for circles 1–5, one dot per person, placed in rows inside their
// ring's band, advocates first (nearest the centre of the band), then allies, friends, acquaintances, each by name.
// Pure and deterministic (the same book draws the same picture); the dot size shrinks only as far as a ring needs,
// so 500 people stay readable and 10 000 still fit.
import type { Dot } from "./bindings/Dot";
import type { Stage } from "./bindings/Stage";

export type Placed = { dot: Dot; x: number; y: number; r: number };

const ORDER: Record<Stage, number> = { advocate: 0, ally: 1, friend: 2, acquaintance: 3 };
export const RINGS = 5;

/** The outer radius of ring `k` (1–5) in a picture of radius `radius`: the inner circles get a little more room. */
export function ringRadius(k: number, radius: number): number {
  const weights = [0.16, 0.36, 0.56, 0.78, 1.0];
  return radius * (weights[k - 1] ?? 1);
}

/** How many dots of radius `r` (with a gap) fit in rows between radii `inner` and `outer`. */
function capacity(inner: number, outer: number, r: number, gap: number): number {
  let total = 0;
  for (const row of rows(inner, outer, r, gap)) total += Math.max(1, Math.floor((2 * Math.PI * row) / (2 * r + gap)));
  return total;
}

function rows(inner: number, outer: number, r: number, gap: number): number[] {
  const out: number[] = [];
  if (inner === 0) out.push(0);
  for (let rho = inner === 0 ? 2 * r + gap : inner + r + gap / 2; rho <= outer - r - gap / 2 + 1e-9; rho += 2 * r + gap) {
    out.push(rho);
  }
  return out;
}

/** Plain code-point order: `localeCompare` is too slow for 10 000 names, and any stable order will do here. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function layout(dots: Dot[], size: number, maxDot = 7, minDot = 1): Placed[] {
  const radius = size / 2 - 4;
  const c = size / 2;
  const out: Placed[] = [];
  for (let k = 1; k <= RINGS; k++) {
    const ring = dots
      .filter((d) => Math.min(Math.max(d.circle, 1), RINGS) === k)
      .sort((a, b) => ORDER[a.stage] - ORDER[b.stage] || cmp(a.name, b.name) || cmp(a.person, b.person));
    if (ring.length === 0) continue;
    const inner = k === 1 ? 0 : ringRadius(k - 1, radius);
    const outer = ringRadius(k, radius);
    let r = maxDot;
    let gap = Math.max(1, r / 2);
    while (r > minDot && capacity(inner, outer, r, gap) < ring.length) {
      r = Math.max(minDot, r - 0.25);
      gap = Math.max(0.5, r / 2);
    }
    let i = 0;
    const rowList = rows(inner, outer, r, gap);
    // Past the smallest dots' capacity (very large books), the rest share the outermost row.
    for (let row = 0; row < rowList.length && i < ring.length; row++) {
      const rho = rowList[row] ?? 0;
      const last = row === rowList.length - 1;
      const fits = rho === 0 ? 1 : Math.max(1, Math.floor((2 * Math.PI * rho) / (2 * r + gap)));
      const n = last ? ring.length - i : Math.min(fits, ring.length - i);
      const offset = (row % 2) * (Math.PI / Math.max(n, 1)) - Math.PI / 2;
      for (let j = 0; j < n; j++, i++) {
        const dot = ring[i];
        if (!dot) break;
        const angle = offset + (2 * Math.PI * j) / n;
        out.push({ dot, x: c + rho * Math.cos(angle), y: c + rho * Math.sin(angle), r });
      }
    }
  }
  return out;
}
