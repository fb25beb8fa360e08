import { mount } from "svelte";
import "./app.css";
import App from "./App.svelte";
import { applyTheme } from "./lib/theme";

// Follow the OS until the saved preference is read.
applyTheme("system");

const app = mount(App, { target: document.getElementById("app")! });

export default app;
