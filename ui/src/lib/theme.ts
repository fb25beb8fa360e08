// Applies the theme preference: "system" follows the OS (prefers-color-scheme); light/dark force it.
import type { Theme } from "./bindings/Theme";

export function applyTheme(theme: Theme) {
  const root = document.documentElement;
  if (theme === "system") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", theme);
}
