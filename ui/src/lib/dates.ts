// Calendar days as the core writes them (YYYY-MM-DD, or --MM-DD for a yearly date without a year), and how the UI
// says them: "Wed 2 Dec", "in 3 days", "3 years ago", "yesterday" — never ISO. "Today" is always the shell's
// (TodayView.date, PersonPage.today, PeopleList.today, all honouring ADVOCATES_NOW): the browser's clock is never
// read, so the window agrees with the book and with the tests' pinned day.

import { shellClock } from "./clock.svelte";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];

export function isoParts(day: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

function utc(day: string): number {
  const [y, m, d] = isoParts(day) ?? [1970, 1, 1];
  return Date.UTC(y, m - 1, d);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The day `n` days after `day` (YYYY-MM-DD). */
export function addDays(day: string, n: number): string {
  return new Date(utc(day) + n * 86_400_000).toISOString().slice(0, 10);
}

/** "Wed 2 Dec" (this year, or within a few months of today), "2 Dec 2024" otherwise; "—" for nothing. */
export function showDay(day: string | null | undefined, today: string | null = shellClock.today): string {
  if (!day) return "—";
  const parts = isoParts(day);
  if (!parts) return showYearly(day) ?? day;
  const [y, m, d] = parts;
  const weekday = WEEKDAYS[new Date(utc(day)).getUTCDay()];
  const near = today ? Math.abs(daysBetween(today, day)) <= 180 || y === Number(today.slice(0, 4)) : false;
  return near ? `${weekday} ${d} ${MONTHS[m - 1]}` : `${d} ${MONTHS[m - 1]} ${y}`;
}

const LONG_WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** "Monday 30 November": the day at the top of Today. */
export function showLongDay(day: string): string {
  const parts = isoParts(day);
  if (!parts) return day;
  return `${LONG_WEEKDAYS[new Date(utc(day)).getUTCDay()]} ${parts[2]} ${MONTH_NAMES[parts[1] - 1]}`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** "today", "yesterday", "tomorrow", "3 days ago", "in 5 days", "2 weeks ago", "in 3 months", "3 years ago". */
export function relativeDay(day: string | null | undefined, today: string | null = shellClock.today): string {
  if (!day) return "never";
  if (!today || !isoParts(day)) return showDay(day, today);
  const n = daysBetween(day, today);
  if (n === 0) return "today";
  if (n === 1) return "yesterday";
  if (n === -1) return "tomorrow";
  const a = Math.abs(n);
  let span: string;
  if (a < 14) span = plural(a, "day");
  else if (a < 60) span = plural(Math.floor(a / 7), "week");
  else if (a < 365) span = plural(Math.floor(a / 30.44), "month");
  else span = plural(Math.floor(a / 365.25), "year");
  return n > 0 ? `${span} ago` : `in ${span}`;
}

/** A day and how far it is: "today", "tomorrow", "Wed 2 Dec (in 3 days)", "Mon 9 Mar (yesterday)". */
export function showWhen(day: string | null | undefined, today: string | null = shellClock.today): string {
  if (!day) return "—";
  const rel = relativeDay(day, today);
  if (rel === "today" || rel === "tomorrow") return rel;
  const shown = showDay(day, today);
  return shown === rel ? shown : `${shown} (${rel})`;
}

/** A yearly date ("--03-12" or "1990-03-12") as "12 Mar" or "12 Mar 1990"; null when it is neither. */
export function showYearly(date: string | null | undefined): string | null {
  if (!date) return null;
  const m = /^(--|(\d{4})-)(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const month = Number(m[3]);
  const day = Number(m[4]);
  if (month < 1 || month > 12) return null;
  return m[2] ? `${day} ${MONTHS[month - 1]} ${m[2]}` : `${day} ${MONTHS[month - 1]}`;
}

/** The next day (YYYY-MM-DD, today included) a yearly date falls on; 29 Feb falls on 28 Feb in other years. */
export function nextYearly(date: string, today: string): string | null {
  const m = /^(?:--|\d{4}-)(\d{2})-(\d{2})$/.exec(date);
  if (!m || !isoParts(today)) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const d = month === 2 && day === 29 && !leap ? 28 : day;
    const at = `${y}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    if (at >= today) return at;
  }
  return null;
}

/** The yearly date a month, a day and an optional year make ("--03-12", "1990-03-12"), or why they cannot. */
export function yearlyOf(month: string, day: string, year: string): { date: string } | { problem: string } {
  const mo = Number(month);
  const d = Number(day);
  if (!month || !Number.isInteger(mo) || mo < 1 || mo > 12) return { problem: "Choose a month" };
  if (!day.trim() || !Number.isInteger(d) || d < 1) return { problem: "Write the day of the month" };
  const y = year.trim();
  if (y !== "" && !/^\d{4}$/.test(y)) return { problem: `“${year}” is not a year: write it like 1990, or leave it out` };
  const check = y === "" ? 2000 : Number(y); // 2000 is a leap year: 29 Feb is real without a year
  const real = new Date(Date.UTC(check, mo - 1, d));
  if (real.getUTCMonth() !== mo - 1 || real.getUTCDate() !== d) {
    return { problem: `${MONTH_NAMES[mo - 1]} has no day ${d}${y ? ` in ${y}` : ""}` };
  }
  const md = `${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return { date: y === "" ? `--${md}` : `${y}-${md}` };
}

/** The month, day and year fields of a yearly date, for a form ("" for what it lacks). */
export function yearlyParts(date: string | null | undefined): { month: string; day: string; year: string } {
  const m = date ? /^(?:--|(\d{4})-)(\d{2})-(\d{2})$/.exec(date) : null;
  if (!m) return { month: "", day: "", year: "" };
  return { month: String(Number(m[2])), day: String(Number(m[3])), year: m[1] ?? "" };
}

/**
 * Dates inside a sentence from the core ("Plan a card for 2025-03-12.") said as people write them ("… for Wed
 * 12 Mar."): the engine's texts reach the screen only through this.
 */
export function sayDates(text: string, today: string | null = shellClock.today): string {
  return text
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => (dayError(day) ? day : showDay(day, today)))
    .replace(/(^|[^\w-])(--\d{2}-\d{2})\b/g, (all, before: string, yearly: string) => before + (showYearly(yearly) ?? yearly));
}

/** Why `text` is not a real day (YYYY-MM-DD), or null when it is: "2025-02-30 is not a real day". */
export function dayError(text: string): string | null {
  const parts = isoParts(text);
  if (!parts) return `"${text}" is not a date: write it as YYYY-MM-DD`;
  const [y, mo, d] = parts;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return `${text} is not a real day`;
  }
  return null;
}
