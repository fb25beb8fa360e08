import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { mockIPC } from "@tauri-apps/api/mocks";
import Goals from "./Goals.svelte";
import type { Goal } from "../lib/bindings/Goal";

describe("Goals", () => {
  it("explains goals when there are none", async () => {
    mockIPC(() => []);
    render(Goals);
    expect(await screen.findByText("No goals yet")).toBeTruthy();
    expect(await screen.findByText(/Save things worth passing on/)).toBeTruthy();
  });

  it("adds a goal with topics and a person, and lists who could help", async () => {
    const goals: Goal[] = [];
    mockIPC((cmd, args: any) => {
      if (cmd === "list_goals") return goals;
      if (cmd === "list_items") return [];
      if (cmd === "list_goal_helpers") return [{ id: "gus", name: "Gus Berg" }, { id: "hana", name: "Hana Sato" }];
      if (cmd === "search_people") return { today: "2025-03-10", people: [{ id: "gus", name: "Gus Berg" }] };
      if (cmd === "create_goal") {
        const g = { ...args.goal, id: "launch" };
        goals.push(g);
        return g;
      }
    });
    render(Goals);
    await fireEvent.click(await screen.findByRole("button", { name: "Add goal" }));
    await fireEvent.input(screen.getByLabelText("Goal"), { target: { value: "Launch a practice" } });
    await fireEvent.input(screen.getByLabelText("Topics (comma-separated)"), { target: { value: "healthcare, analytics" } });
    await fireEvent.input(screen.getByLabelText("People who could help"), { target: { value: "gus" } });
    await fireEvent.click(await screen.findByRole("button", { name: "Gus Berg" }));
    await fireEvent.click(screen.getByRole("button", { name: "Save goal" }));
    expect(await screen.findByRole("heading", { name: "Launch a practice" })).toBeTruthy();
    expect(goals[0]).toMatchObject({ title: "Launch a practice", topics: ["healthcare", "analytics"], priority: 2, active: true, people: ["gus"] });
    expect(await screen.findByRole("button", { name: "Hana Sato" })).toBeTruthy();
  });

  it("shows a blank title's error inline and writes nothing", async () => {
    let created = 0;
    mockIPC((cmd) => {
      if (cmd === "list_goals" || cmd === "list_items") return [];
      if (cmd === "create_goal") {
        created++;
        throw { code: "invalid", message: "is required and cannot be blank", field: "title" };
      }
    });
    render(Goals);
    await fireEvent.click(await screen.findByRole("button", { name: "Add goal" }));
    await fireEvent.click(screen.getByRole("button", { name: "Save goal" }));
    expect((await screen.findByRole("alert")).textContent).toContain("cannot be blank");
    await waitFor(() => expect(screen.getByLabelText(/^Goal/).getAttribute("aria-invalid")).toBe("true"));
    expect(created).toBe(1);
  });
});
