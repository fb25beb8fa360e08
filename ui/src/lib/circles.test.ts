import { describe, expect, it } from "vitest";
import { layout, ringRadius } from "./circles";
import type { Dot } from "./bindings/Dot";
import type { Stage } from "./bindings/Stage";

const STAGES: Stage[] = ["acquaintance", "friend", "ally", "advocate"];

/** A believable book: circles leaning outward (Dunbar's layers), stages leaning toward acquaintance. */
function book(n: number): Dot[] {
  const out: Dot[] = [];
  for (let i = 0; i < n; i++) {
    const u = (i * 7919) % 100;
    const circle = u < 1 ? 1 : u < 4 ? 2 : u < 12 ? 3 : u < 35 ? 4 : 5;
    out.push({
      person: `p${i}`, name: `Person ${i}`, circle, stage: STAGES[(i * 31) % 4] as Stage, power: i % 50 === 0,
      drifting: i % 9 === 0,
    });
  }
  return out;
}

function check(dots: Dot[], size: number) {
  const placed = layout(dots, size);
  expect(placed.length).toBe(dots.length);
  const radius = size / 2 - 4;
  const c = size / 2;
  for (const p of placed) {
    const rho = Math.hypot(p.x - c, p.y - c);
    const inner = p.dot.circle === 1 ? 0 : ringRadius(p.dot.circle - 1, radius);
    expect(rho + p.r).toBeLessThanOrEqual(ringRadius(p.dot.circle, radius) + 1e-6);
    if (p.dot.circle > 1) expect(rho - p.r).toBeGreaterThanOrEqual(inner - 1e-6);
  }
  return placed;
}

describe("the circle picture's layout", () => {
  it("keeps 500 people readable: every dot in its ring, none overlapping, none tiny", () => {
    const placed = check(book(500), 520);
    for (const p of placed) expect(p.r).toBeGreaterThanOrEqual(2.5);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]!, b = placed[j]!;
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r - 1e-6);
      }
    }
  });

  it("puts advocates first in each ring and draws the same book the same way", () => {
    const dots = book(60);
    const a = layout(dots, 520);
    expect(layout([...dots].reverse(), 520)).toEqual(a);
    const ring5 = a.filter((p) => p.dot.circle === 5).map((p) => p.dot.stage);
    expect(ring5.indexOf("advocate")).toBe(0);
    expect(ring5.lastIndexOf("advocate")).toBeLessThan(ring5.indexOf("acquaintance"));
  });

  it("still places everyone of a 10 000-person book", () => {
    check(book(10_000), 520);
  });

  it("puts a lone inner-circle person at the centre", () => {
    const [p] = layout([{ person: "ana", name: "Ana", circle: 1, stage: "advocate", power: true, drifting: false }], 520);
    expect([p!.x, p!.y]).toEqual([260, 260]);
  });
});
