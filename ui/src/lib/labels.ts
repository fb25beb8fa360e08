// Words the UI shows for the model's values. "People", never "leads" or "contacts to work".
import type { Stage } from "./bindings/Stage";

export const CIRCLES: { value: number; label: string }[] = [
  { value: 1, label: "Inner 5" },
  { value: 2, label: "Close 15" },
  { value: 3, label: "Circle of 50" },
  { value: 4, label: "Circle of 150" },
  { value: 5, label: "Wider" },
];

export const STAGES: { value: Stage; label: string }[] = [
  { value: "acquaintance", label: "Acquaintance" },
  { value: "friend", label: "Friend" },
  { value: "ally", label: "Ally" },
  { value: "advocate", label: "Advocate" },
];

export function circleLabel(circle: number): string {
  return CIRCLES.find((c) => c.value === circle)?.label ?? `Circle ${circle}`;
}

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
