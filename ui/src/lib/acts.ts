// What a Today card can do beyond "Done": the way to reach the person that fits the act (Email / Call / Open
// LinkedIn, from the person's channels), and a first draft of the words for thanks, congratulations, intros and
// birthdays — to copy, edit and send from one's own account. Pure functions of the suggestion and the people.
import type { Channel } from "./bindings/Channel";
import type { Person } from "./bindings/Person";
import type { Suggestion } from "./bindings/Suggestion";
import type { SuggestionKind } from "./bindings/SuggestionKind";
import { calledBy, familyWord, nickname } from "./names";

export type Reach = { label: string; url: string; channel: "email" | "phone" | "linkedin" };

// Written words for acts made of words; a voice for acts of presence (a call, a check-in).
const WRITTEN: SuggestionKind[] = ["thank", "congratulate", "introduce", "share", "keep_promise", "follow_up", "ask", "give_back"];

function linkedinUrl(value: string): string | null {
  const v = value.trim();
  if (/^https?:\/\/([a-z0-9-]+\.)*linkedin\.com\//i.test(v)) return v.replace(/^http:/i, "https:");
  if (/^([a-z0-9-]+\.)*linkedin\.com\//i.test(v)) return `https://${v}`;
  if (/^[A-Za-z0-9-_%]{3,100}$/.test(v)) return `https://www.linkedin.com/in/${v}`;
  return null;
}

function reachBy(channel: Channel, person: Person, draft: Draft | null): Reach | null {
  const first = calledBy(person);
  const value = channel.value.trim();
  if (channel.kind === "email" && /^[^\s@]+@[^\s@]+$/.test(value)) {
    const params = draft ? `?subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(draft.body)}` : "";
    return { label: `Email ${first}`, url: `mailto:${value}${params}`, channel: "email" };
  }
  if (channel.kind === "phone") {
    const digits = value.replace(/[^\d+]/g, "");
    if (digits.replace(/\+/g, "").length >= 3) return { label: `Call ${first}`, url: `tel:${digits}`, channel: "phone" };
  }
  if (channel.kind === "linkedin") {
    const url = linkedinUrl(value);
    if (url) return { label: "Open LinkedIn", url, channel: "linkedin" };
  }
  return null;
}

/** The one button that does the act where the book can, or null when it has no way to reach them. */
export function reachFor(s: Suggestion, person: Person | undefined, draft: Draft | null = null): Reach | null {
  if (!person) return null;
  // A card that says to call (the closest's birthday or good news: "Call Can with your congratulations") is a voice act.
  const written = WRITTEN.includes(s.kind) && !/^Call\b/.test(s.action);
  const order: Reach["channel"][] = written ? ["email", "linkedin", "phone"] : ["phone", "email", "linkedin"];
  const kinds: Record<Reach["channel"], Channel["kind"]> = { email: "email", phone: "phone", linkedin: "linkedin" };
  for (const want of order) {
    for (const c of person.channels) {
      if (c.kind !== kinds[want]) continue;
      const reach = reachBy(c, person, draft);
      if (reach) return reach;
    }
  }
  return null;
}

export type Draft = { subject: string; body: string };

/** What follows the person's name in the title: "Thank Ben Okafor for the referral" → "the referral". */
function after(title: string, name: string, word: string): string | null {
  const at = title.indexOf(name);
  if (at < 0) return null;
  const rest = title.slice(at + name.length).trim();
  return rest.toLowerCase().startsWith(`${word} `) ? rest.slice(word.length + 1).trim() : null;
}

/**
 * A first draft for thanks, congratulations, intros and birthday wishes; null for other acts. The square brackets
 * mark what only the user knows.
 */
export function draftFor(s: Suggestion, people: (Person | undefined)[]): Draft | null {
  const [a, b] = people;
  if (!a) return null;
  const first = calledBy(a);
  if (s.kind === "thank") {
    const what = after(s.title, familyWord(a) ?? a.name, "for") ?? "your help";
    return {
      subject: `Thank you, ${first}`,
      body: `Hi ${first},\n\nThank you for ${what}. [What came of it, in a sentence.] It meant a lot to me.\n\nWarmly,\n`,
    };
  }
  // A yes to the user's own offer ("Welcome Darlene Fisher aboard"): glad, not congratulating.
  if (s.kind === "congratulate" && /^Welcome .* aboard$/.test(s.title)) {
    return {
      subject: "Welcome aboard!",
      body: `Hi ${first},\n\nI'm so glad it's a yes — welcome aboard! [What you are looking forward to, in a line.]\n\nSee you soon,\n`,
    };
  }
  if (s.kind === "congratulate") {
    return {
      subject: "Congratulations!",
      body: `Hi ${first},\n\nI just heard [the news] — congratulations! That is wonderful, and well deserved. [One line on why it matters to you.]\n\nCheering you on,\n`,
    };
  }
  if (s.kind === "occasion" && /birthday/i.test(s.title)) {
    // Twins' birthday is one card for them all ("Jada and Maya").
    const names = people.filter((p): p is Person => p !== undefined).map(calledBy);
    const all = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : first;
    return {
      subject: `Happy birthday, ${all}!`,
      body: `Happy birthday, ${all}! [A memory or a wish for the year ahead.]\n\nHave a lovely day,\n`,
    };
  }
  if (s.kind === "introduce" && b) {
    const second = calledBy(b);
    return {
      subject: `${first} ⇄ ${second}`,
      body:
        `Hi ${first} and ${second},\n\nI'd like to introduce you two.\n\n` +
        `${first}, meet ${b.name}: [what ${second} does, and why ${first} would want to know].\n` +
        `${second}, ${a.name} is [what ${first} is working on].\n\n` +
        `I think you could help each other — I'll let you take it from here.\n\nBest,\n`,
    };
  }
  return null;
}

/** The title split around the first person's name — or the word the user calls them by, which the engine's titles
 * use for family ("Wish Mum well") — so the name can open their page. */
export function titleParts(
  title: string,
  person: Pick<Person, "name" | "kin" | "how_met" | "notes"> | undefined,
): [string, string, string] | null {
  if (!person) return null;
  // (Family by the name the notes call them too, as the engine's titles do: "Wish Kathi a happy birthday".)
  for (const name of [person.name, familyWord(person), person.kin ? nickname(person) : null]) {
    if (!name) continue;
    const at = title.search(new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u"));
    if (at >= 0) return [title.slice(0, at), name, title.slice(at + name.length)];
  }
  return null;
}
