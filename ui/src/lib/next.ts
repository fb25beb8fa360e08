// "Next with Ana": what the Person page proposes at its top. The engine's explanation for the person lists every
// act it considered today with its fate; the one it chose (or the best one that only lost its place to the day's
// limits) is the next act. When nothing is due, the nearest date ahead says when something will be.
import type { Explanation } from "./bindings/Explanation";
import type { ExplainedCandidate } from "./bindings/ExplainedCandidate";
import type { Person } from "./bindings/Person";
import type { TimelineEntry } from "./bindings/TimelineEntry";
import { nextYearly, showWhen } from "./dates";

export type NextAct = { candidate: ExplainedCandidate; onToday: boolean; why: string };

/** Fates that mean "worth doing, only not today": the day was full, over budget, or had enough of its kind. */
const WAITING: Record<string, string> = {
  day_full: "Not on today's list: the day was already full.",
  over_budget: "Not on today's list: it would take the day past its time budget.",
  kind_full: "Not on today's list: the day already holds two acts of its kind (one, for a reconnect).",
  person_taken: "Another act for them is on today's list.",
  quiet_day: "Not on today's list: today is kept quiet",
};

export function nextAct(ex: Explanation | null): NextAct | null {
  if (!ex) return null;
  const chosen = ex.candidates.find((c) => c.fate.fate === "chosen");
  if (chosen) return { candidate: chosen, onToday: true, why: "On today's list." };
  const waiting = ex.candidates.find((c) => c.score !== null && c.fate.fate in WAITING);
  if (!waiting) return null;
  // A quiet day says what the day is (a late husband's birthday, a mother's operation), as the engine names it.
  const why = waiting.fate.fate === "quiet_day" ? `${WAITING.quiet_day} (${waiting.fate.of}).` : WAITING[waiting.fate.fate]!;
  return { candidate: waiting, onToday: false, why };
}

/** The nearest thing ahead with this person: a birthday, a yearly date, a promise or mention, the next due contact. */
export function nextDate(
  person: Person,
  timeline: TimelineEntry[],
  nextDue: string | null,
  today: string,
): { date: string; what: string } | null {
  const ahead: { date: string; what: string }[] = [];
  if (person.birthday) {
    const at = nextYearly(person.birthday, today);
    if (at) ahead.push({ date: at, what: "birthday" });
  }
  for (const d of person.dates) {
    const at = nextYearly(d.date, today);
    if (at) ahead.push({ date: at, what: (d.label ?? "a date to remember").toLowerCase() });
  }
  for (const e of timeline) {
    if (e.item.type === "follow_up" && !e.item.record.done_on && e.item.record.due >= today) {
      ahead.push({ date: e.item.record.due, what: e.item.record.mine ? `your promise: ${e.item.record.text}` : `ask about: ${e.item.record.text}` });
    }
  }
  if (nextDue && nextDue >= today) ahead.push({ date: nextDue, what: "time to get in touch" });
  ahead.sort((a, b) => a.date.localeCompare(b.date));
  return ahead[0] ?? null;
}

/** "Nothing due; next: birthday, Thu 12 Mar (in 2 days)". */
export function nothingDue(next: { date: string; what: string } | null, today: string): string {
  return next ? `Nothing due; next: ${next.what}, ${showWhen(next.date, today)}.` : "Nothing due, and nothing on the calendar.";
}
