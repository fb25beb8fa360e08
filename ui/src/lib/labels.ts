// Words the UI shows for the model's values. "People", never "leads" or "contacts to work".
import type { Stage } from "./bindings/Stage";

/**
 * The five circles (Dunbar's layers), in one set of words used everywhere — the same the engine's reasons use ("Ben is
 * an advocate in your close 15"): the name says how close, the rhythm how often the engine will bring them up
 * (ENGINE.md §2's cadence by circle).
 */
export const CIRCLES: { value: number; label: string; who: string; rhythm: string }[] = [
  { value: 1, label: "Inner 5", who: "your closest five", rhythm: "about weekly" },
  { value: 2, label: "Close 15", who: "the next fifteen", rhythm: "about monthly" },
  { value: 3, label: "Circle of 50", who: "the fifty you keep up with", rhythm: "about every three months" },
  { value: 4, label: "Circle of 150", who: "the hundred and fifty you know", rhythm: "about twice a year" },
  { value: 5, label: "Wider circle", who: "everyone else", rhythm: "no check-ins, only their birthdays and dates" },
];

/** The circle new people get when the form does not say. */
export const DEFAULT_CIRCLE = 5;

export const STAGES: { value: Stage; label: string }[] = [
  { value: "acquaintance", label: "Acquaintance" },
  { value: "friend", label: "Friend" },
  { value: "ally", label: "Ally" },
  { value: "advocate", label: "Advocate" },
];

export function circleLabel(circle: number): string {
  return CIRCLES.find((c) => c.value === circle)?.label ?? `Circle ${circle}`;
}

/** "Close 15 — the next fifteen, about monthly". */
export function circleHint(circle: number): string {
  const c = CIRCLES.find((x) => x.value === circle);
  return c ? `${c.label} — ${c.who}, ${c.rhythm}` : circleLabel(circle);
}

/** What the stages mean, for the explainer. */
export const STAGE_HINTS: Record<Stage, string> = {
  acquaintance: "you know each other's names and a little more",
  friend: "you enjoy each other's company and keep in touch",
  ally: "you help each other with real things",
  advocate: "they speak up for you when you are not in the room",
};

export function stageLabel(stage: Stage): string {
  return STAGES.find((s) => s.value === stage)?.label ?? stage;
}

// ---- The relationship book ----
import type { InteractionKind } from "./bindings/InteractionKind";
import type { EventKind } from "./bindings/EventKind";
import type { FavorKind } from "./bindings/FavorKind";
import type { Status } from "./bindings/Status";
import type { ChannelKind } from "./bindings/ChannelKind";

export const INTERACTION_KINDS: { value: InteractionKind; label: string }[] = [
  { value: "coffee", label: "Coffee" },
  { value: "meal", label: "Meal" },
  { value: "call", label: "Call" },
  { value: "video", label: "Video call" },
  { value: "message", label: "Message" },
  { value: "email", label: "Email" },
  { value: "meeting", label: "Meeting" },
  { value: "activity", label: "Activity" },
  { value: "event", label: "Event" },
  { value: "letter", label: "Letter or card" },
  { value: "gift", label: "Gift" },
  { value: "intro", label: "Intro" },
  { value: "note", label: "Private note" },
];

export const EVENT_KINDS: { value: EventKind; label: string }[] = [
  { value: "new_job", label: "New job" },
  { value: "promotion", label: "Promotion" },
  { value: "launch", label: "Launch" },
  { value: "award", label: "Award" },
  { value: "wedding", label: "Wedding" },
  { value: "baby", label: "Baby" },
  { value: "graduation", label: "Graduation" },
  { value: "move", label: "Move" },
  { value: "illness", label: "Illness" },
  { value: "bereavement", label: "Bereavement" },
  { value: "job_loss", label: "Job loss" },
  { value: "other", label: "Other" },
];

export const FAVOR_KINDS: { value: FavorKind; label: string }[] = [
  { value: "referral", label: "Referral" },
  { value: "intro", label: "Intro" },
  { value: "advice", label: "Advice" },
  { value: "endorsement", label: "Endorsement" },
  { value: "recommendation", label: "Recommendation" },
  { value: "gift", label: "Gift" },
  { value: "favor", label: "Favor" },
  { value: "share", label: "Share" },
];

export const STATUSES: { value: Status; label: string }[] = [
  { value: "active", label: "Active" },
  { value: "archived", label: "Archived" },
  { value: "deceased", label: "Deceased" },
  { value: "do_not_contact", label: "Do not contact" },
];

export const CHANNEL_KINDS: { value: ChannelKind; label: string }[] = [
  { value: "email", label: "Email" },
  { value: "phone", label: "Phone" },
  { value: "url", label: "Website" },
  { value: "linkedin", label: "LinkedIn" },
  { value: "address", label: "Address" },
  { value: "other", label: "Other" },
];

function labelOf<T extends string>(list: { value: T; label: string }[], value: T): string {
  return list.find((x) => x.value === value)?.label ?? value;
}
export const interactionLabel = (k: InteractionKind) => labelOf(INTERACTION_KINDS, k);
export const eventLabel = (k: EventKind) => labelOf(EVENT_KINDS, k);
export const favorLabel = (k: FavorKind) => labelOf(FAVOR_KINDS, k);
export const statusLabel = (s: Status) => labelOf(STATUSES, s);
