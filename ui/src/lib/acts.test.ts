import { describe, expect, it } from "vitest";
import { draftFor, reachFor, titleParts } from "./acts";
import type { Person } from "./bindings/Person";
import type { Suggestion } from "./bindings/Suggestion";

function person(id: string, name: string, channels: Person["channels"] = []): Person {
  return {
    id, name, company: null, title: null, location: null, how_met: null, met_on: null, circle: 2, peak_circle: 2,
    stage: "friend", power: false, kin: false, no_intros: false, status: "active", cadence_days: null, snoozed_until: null,
    birthday: null, dates: [], channels, tags: [], interests: [], expertise: [], needs: [], offers: [], notes: null,
  };
}
function act(kind: Suggestion["kind"], title: string, people = ["ana"]): Suggestion {
  return {
    id: `${kind}:x`, kind, people, hard: false, title, action: "", effort_minutes: 5, score: 1, due: null,
    why: { now: "", them: "", this: "" }, sources: [], factors: { B: 1, U: 1, V: 1, R: 1, E: 1, N: 1, F: 1 }, also: [],
  };
}

const ana = person("ana", "Ana Lima", [
  { kind: "phone", value: "+49 (30) 1234-567", label: null },
  { kind: "email", value: "ana@example.com", label: "work" },
  { kind: "linkedin", value: "ana-lima", label: null },
]);

describe("what a card can do", () => {
  it("writes for word acts and calls for presence", () => {
    expect(reachFor(act("thank", "Thank Ana Lima for the intro"), ana)).toMatchObject({ label: "Email Ana", url: "mailto:ana@example.com" });
    expect(reachFor(act("check_in", "Call Ana Lima"), ana)).toEqual({ label: "Call Ana", url: "tel:+49301234567", channel: "phone" });
    const linkedinOnly = person("ana", "Ana Lima", [{ kind: "linkedin", value: "linkedin.com/in/ana-lima", label: null }]);
    expect(reachFor(act("congratulate", "Congratulate Ana Lima"), linkedinOnly)?.url).toBe("https://linkedin.com/in/ana-lima");
    expect(reachFor(act("congratulate", "Congratulate Ana Lima"), person("ana", "Ana Lima"))).toBeNull();
    expect(reachFor(act("thank", "x"), undefined)).toBeNull();
    // The closest's good news says to call: the phone comes first.
    const call = { ...act("congratulate", "Congratulate Ana Lima on the baby"), action: "Call Ana with your congratulations." };
    expect(reachFor(call, ana)).toEqual({ label: "Call Ana", url: "tel:+49301234567", channel: "phone" });
  });

  it("drafts thanks, congratulations, intros and birthday wishes, and nothing else", () => {
    const thanks = draftFor(act("thank", "Thank Ana Lima for the intro to Acme"), [ana])!;
    expect(thanks.body).toContain("Thank you for the intro to Acme.");
    expect(draftFor(act("congratulate", "Congratulate Ana Lima"), [ana])!.body).toContain("congratulations!");
    const ben = person("ben", "Ben Okafor");
    const intro = draftFor(act("introduce", "Introduce Ana Lima to Ben Okafor", ["ana", "ben"]), [ana, ben])!;
    expect(intro.body).toContain("Hi Ana and Ben,");
    expect(intro.body).toContain("Ana, meet Ben Okafor");
    expect(draftFor(act("occasion", "Wish Ana Lima a happy birthday"), [ana])!.subject).toBe("Happy birthday, Ana!");
    const twins = [person("jada", "Jada Reed"), person("maya", "Maya Reed")];
    expect(draftFor(act("occasion", "Wish Jada and Maya Reed a happy birthday"), twins)!.subject).toBe(
      "Happy birthday, Jada and Maya!",
    );
    const aboard = draftFor(act("congratulate", "Welcome Ana Lima aboard"), [ana])!;
    expect(aboard.subject).toBe("Welcome aboard!");
    expect(aboard.body).not.toContain("congratulations");
    expect(draftFor(act("check_in", "Check in with Ana Lima"), [ana])).toBeNull();
    const mail = reachFor(act("thank", "Thank Ana Lima for the intro"), ana, thanks)!;
    expect(mail.url).toContain("?subject=Thank%20you%2C%20Ana&body=Hi%20Ana");
  });

  it("calls people by their first name, after any title (as the engine does)", () => {
    const helen = person("helen", "Dr Helen Marsh", [{ kind: "email", value: "h@example.org", label: null }]);
    const thanks = draftFor(act("thank", "Thank Dr Helen Marsh for the advice", ["helen"]), [helen])!;
    expect(thanks.subject).toBe("Thank you, Helen");
    expect(reachFor(act("thank", "Thank Dr Helen Marsh for the advice", ["helen"]), helen)!.label).toBe("Email Helen");
  });

  it("calls family by the word the user calls them, in the draft, the button and the title's link", () => {
    const mum = { ...person("mum", "Ruth Okafor", [{ kind: "phone", value: "+44 7700 900123", label: null }]), kin: true, how_met: "Mum" };
    const wish = act("occasion", "Wish Mum a happy birthday", ["mum"]);
    expect(draftFor(wish, [mum])!.subject).toBe("Happy birthday, Mum!");
    expect(reachFor(wish, mum)!.label).toBe("Call Mum");
    expect(titleParts("Wish Mum a happy birthday", mum)).toEqual(["Wish ", "Mum", " a happy birthday"]);
    expect(titleParts("Wish Mummy well", mum)).toBeNull();
    const thanks = draftFor(act("thank", "Thank Mum for the casserole", ["mum"]), [mum])!;
    expect(thanks.body).toContain("Hi Mum,\n\nThank you for the casserole.");
  });

  it("links family by the name the notes call them, as the engine's title does", () => {
    const kathi = { ...person("kathi", "Katharina Schaffer"), kin: true, notes: "My little sister Kathi, 32 on Monday 9 March." };
    expect(titleParts("Wish Kathi a happy birthday", kathi)).toEqual(["Wish ", "Kathi", " a happy birthday"]);
    const friend = { ...person("gus", "Robert Gale"), notes: "Kathi, 45." };
    expect(titleParts("Wish Kathi a happy birthday", friend)).toBeNull();
  });

  it("splits the title around the name so the name can be a link", () => {
    const ana = person("ana", "Ana Lima");
    expect(titleParts("Thank Ana Lima for the intro", ana)).toEqual(["Thank ", "Ana Lima", " for the intro"]);
    expect(titleParts("Thank Ana Lima for the intro", person("bo", "Bo"))).toBeNull();
    expect(titleParts("Thank Ana Lima for the intro", undefined)).toBeNull();
  });
});
