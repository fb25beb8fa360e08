// Where the window is: which page, and whose Person page. A tiny shared state instead of a router library: the
// app has a handful of pages and no URLs to keep.
export type PageName = "today" | "people" | "person" | "goals" | "settings" | (string & {});

export const route = $state<{ page: PageName; personId: string | null }>({ page: "today", personId: null });

export function openPerson(id: string) {
  route.personId = id;
  route.page = "person";
}

export function openPage(page: PageName) {
  route.page = page;
}

/**
 * What a hint elsewhere asked the People page to do when it opens: the add form with a field focused ("add your
 * first people", "add a birthday"), or the list narrowed to a circle ("3 people have no rhythm yet"). The page takes
 * it once and clears it.
 */
export type PeopleIntent = { add: true; field?: "name" | "circle" | "birthday" } | { add?: false; circle: number };
export const peopleIntent = $state<{ next: PeopleIntent | null }>({ next: null });

export function openPeople(intent: PeopleIntent) {
  peopleIntent.next = intent;
  route.page = "people";
}

/** Bumped whenever the book changes outside the current page (Quick log, undo), so pages reload. */
export const bookVersion = $state({ n: 0 });
export function bookChanged() {
  bookVersion.n += 1;
}
