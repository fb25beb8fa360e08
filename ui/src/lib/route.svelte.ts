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

/** Bumped whenever the book changes outside the current page (Quick log, undo), so pages reload. */
export const bookVersion = $state({ n: 0 });
export function bookChanged() {
  bookVersion.n += 1;
}
