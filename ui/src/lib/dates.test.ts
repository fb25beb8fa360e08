import { describe, expect, it } from "vitest";
import {
  addDays, daysBetween, sayDates, nextYearly, relativeDay, showDay, showLongDay, showWhen, showYearly, yearlyOf, yearlyParts,
} from "./dates";
import { setShellToday, shellClock, shellToday } from "./clock.svelte";

const TODAY = "2026-11-30"; // a Monday

describe("dates as people write them", () => {
  it("shows a day of this season with its weekday, and an old one with its year", () => {
    expect(showDay("2026-12-02", TODAY)).toBe("Wed 2 Dec");
    expect(showDay("2027-01-04", TODAY)).toBe("Mon 4 Jan");
    expect(showDay("2023-03-09", TODAY)).toBe("9 Mar 2023");
    expect(showDay(null, TODAY)).toBe("—");
    expect(showLongDay("2026-11-30")).toBe("Monday 30 November");
  });

  it("never shows ISO or --MM-DD", () => {
    for (const d of ["2026-12-02", "2020-01-01", "--03-12", "1990-03-12"]) {
      expect(showDay(d, TODAY)).not.toMatch(/\d{4}-\d{2}|--\d{2}/);
    }
    expect(showDay("--03-12", TODAY)).toBe("12 Mar");
  });

  it("says how far a day is in words", () => {
    expect(relativeDay(TODAY, TODAY)).toBe("today");
    expect(relativeDay("2026-11-29", TODAY)).toBe("yesterday");
    expect(relativeDay("2026-12-01", TODAY)).toBe("tomorrow");
    expect(relativeDay("2026-12-03", TODAY)).toBe("in 3 days");
    expect(relativeDay("2026-11-20", TODAY)).toBe("10 days ago");
    expect(relativeDay("2026-11-02", TODAY)).toBe("4 weeks ago");
    expect(relativeDay("2026-08-30", TODAY)).toBe("3 months ago");
    expect(relativeDay("2023-11-29", TODAY)).toBe("3 years ago");
    expect(relativeDay("2027-02-28", TODAY)).toBe("in 2 months");
    expect(relativeDay(null, TODAY)).toBe("never");
  });

  it("joins the day and the distance, but keeps today and tomorrow short", () => {
    expect(showWhen(TODAY, TODAY)).toBe("today");
    expect(showWhen("2026-12-01", TODAY)).toBe("tomorrow");
    expect(showWhen("2026-12-03", TODAY)).toBe("Thu 3 Dec (in 3 days)");
  });

  it("takes today from the shell, never from the browser", () => {
    shellClock.today = null;
    expect(shellToday()).toBe("");
    expect(relativeDay("2025-03-09")).toBe("9 Mar 2025");
    setShellToday("2025-03-10");
    expect(relativeDay("2025-03-09")).toBe("yesterday");
    expect(showDay("2025-03-12")).toBe("Wed 12 Mar");
    setShellToday("not a day");
    expect(shellToday()).toBe("2025-03-10");
    shellClock.today = null;
  });

  it("reads and writes yearly dates such as birthdays", () => {
    expect(showYearly("--03-12")).toBe("12 Mar");
    expect(showYearly("1990-03-12")).toBe("12 Mar 1990");
    expect(nextYearly("--12-02", TODAY)).toBe("2026-12-02");
    expect(nextYearly("1990-03-12", TODAY)).toBe("2027-03-12");
    expect(nextYearly("--11-30", TODAY)).toBe("2026-11-30");
    expect(nextYearly("--02-29", TODAY)).toBe("2027-02-28");
    expect(yearlyOf("3", "12", "")).toEqual({ date: "--03-12" });
    expect(yearlyOf("3", "12", "1990")).toEqual({ date: "1990-03-12" });
    expect(yearlyOf("2", "29", "")).toEqual({ date: "--02-29" });
    expect(yearlyOf("2", "29", "2023")).toEqual({ problem: "February has no day 29 in 2023" });
    expect(yearlyOf("4", "31", "")).toEqual({ problem: "April has no day 31" });
    expect(yearlyOf("", "3", "")).toEqual({ problem: "Choose a month" });
    expect(yearlyOf("4", "3", "90")).toHaveProperty("problem");
    expect(yearlyParts("1990-03-12")).toEqual({ month: "3", day: "12", year: "1990" });
    expect(yearlyParts("--03-12")).toEqual({ month: "3", day: "12", year: "" });
    expect(yearlyParts(null)).toEqual({ month: "", day: "", year: "" });
  });

  it("says the dates inside the core's sentences in words", () => {
    expect(sayDates("Plan a card, a gift or a call for 2025-03-12.", "2025-03-10")).toBe("Plan a card, a gift or a call for Wed 12 Mar.");
    expect(sayDates("Ana met you (2019-05-01) on --03-12 and 2025-02-30", "2025-03-10")).toBe("Ana met you (1 May 2019) on 12 Mar and 2025-02-30");
  });

  it("counts days across months and years", () => {
    expect(daysBetween("2026-12-30", "2027-01-02")).toBe(3);
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2025-03-10", -1)).toBe("2025-03-09");
  });
});
