// The shell's today (YYYY-MM-DD), as last told by any answer that carries it (TodayView.date, PersonPage.today,
// PeopleList.today, get_date): the UI never reads the browser's clock, so it agrees with the book and with a day
// pinned by ADVOCATES_NOW.
export const shellClock = $state<{ today: string | null }>({ today: null });

/** Remembers the shell's today. */
export function setShellToday(day: string | null | undefined) {
  if (day && /^\d{4}-\d{2}-\d{2}$/.test(day) && shellClock.today !== day) shellClock.today = day;
}

/** The shell's today, or "" while unknown (a form then starts blank rather than guess from the browser). */
export function shellToday(): string {
  return shellClock.today ?? "";
}
