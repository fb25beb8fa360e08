// Applies the theme preference by setting `data-theme` on <html> (app.css holds one palette per value).
// "system" follows the OS's prefers-color-scheme, and keeps following it while the app runs.
import type { Theme } from "./bindings/Theme";

const media = typeof window !== "undefined" && window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
let chosen: Theme = "system";

function paint() {
  const dark = chosen === "dark" || (chosen === "system" && media?.matches === true);
  document.documentElement.setAttribute("data-theme", dark ? "dark" : "light");
}

media?.addEventListener("change", paint);

export function applyTheme(theme: Theme) {
  chosen = theme;
  paint();
}
