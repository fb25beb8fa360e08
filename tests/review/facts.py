"""What a persona book plants for the review to find: introductions (a need of one person meets an offer of another)
and fresh good news (an event to congratulate), with their eligibility by ENGINE.md §3, and whether a fortnight's
prompts surfaced them. Shared by make_books.py, run.py and score.py; Python 3 standard library only."""

import datetime as dt

GOOD = {"new_job", "promotion", "launch", "award", "wedding", "baby", "graduation", "move"}
HARD = {"illness", "bereavement", "job_loss"}


def d(s):
    return dt.date.fromisoformat(s)


def fold(topic):
    return topic.strip().casefold()


def active(p):
    return p.get("status", "active") == "active"


def planted(doc, start, end):
    """The introductions and the good news (dated from 30 days before `start` through `end`) a reviewer should see,
    each with the problems that would make it ineligible on the first morning it could surface (none: eligible)."""
    people = {p["id"]: p for p in doc["people"]}
    intros, good = [], []
    for a in doc["people"]:
        for need in a.get("needs", []):
            for b in doc["people"]:
                for offer in b.get("offers", []) if b["id"] != a["id"] else []:
                    if fold(offer["topic"]) != fold(need["topic"]):
                        continue
                    first = max(start, d(need["since"]), d(offer["since"]))
                    problems = []
                    if need.get("until") and d(need["until"]) < first or offer.get("until") and d(offer["until"]) < first:
                        problems.append("need or offer closed")
                    if (first - d(need["since"])).days > 60 or first > end:
                        problems.append("need older than 60 days in the fortnight")
                    problems += [f"{p['id']} not active" for p in (a, b) if not active(p)]
                    problems += [f"{p['id']} no_intros" for p in (a, b) if p.get("no_intros")]
                    if any(i["kind"] == "intro" and {a["id"], b["id"]} <= set(i["with"]) for i in doc["interactions"]):
                        problems.append("already introduced")
                    intros.append({"need": need["id"], "topic": need["topic"], "needs": a["id"], "offers": b["id"],
                                   "names": [a["name"], b["name"]], "since": need["since"], "problems": problems})
    for e in doc["events"]:
        if e["kind"] not in GOOD or not start - dt.timedelta(days=30) <= d(e["date"]) <= end:
            continue
        pid, first = e["person"], max(start, d(e["date"]))
        contacts = [d(i["date"]) for i in doc["interactions"]
                    if pid in i["with"] and i["kind"] != "note" and d(i["date"]) <= first]
        last = max(contacts) if contacts else None
        problems = []
        if not active(people[pid]):
            problems.append("not active")
        if last and last >= d(e["date"]):
            problems.append(f"talked since ({last})")
        # (A new job after a job loss ends its hard time: it is congratulated, as the engine's derive does.)
        if any(x["person"] == pid and x["kind"] in HARD and 0 <= (first - d(x["date"])).days <= 30
               and not (x["kind"] == "job_loss" and e["kind"] == "new_job" and d(e["date"]) > d(x["date"]))
               for x in doc["events"]):
            problems.append("in a sensitive window")
        good.append({"event": e["id"], "person": pid, "name": people[pid]["name"], "kind": e["kind"],
                     "date": e["date"], "detail": e.get("detail"), "last_contact": last and last.isoformat(),
                     "problems": problems})
    return {"intros": intros, "good_news": good}


def surfaced(result):
    """For each eligible planted fact, whether the fortnight's prompts surfaced it: an introduce prompt naming both
    people; a congratulation (a congratulate prompt naming the person, or one carrying it in `also`) dated on or after
    the event. Good news the scripted user heard some other way first (a contact logged on or after the event date,
    before any congratulation) is reported but does not fail. Returns (ok, lines)."""
    ok, lines = True, []
    prompts = result["prompts"]
    for it in result["planted"]["intros"]:
        if it["problems"]:
            lines.append(f"  intro {it['names'][0]} + {it['names'][1]}: not eligible ({'; '.join(it['problems'])})")
            continue
        hits = [p for p in prompts if {it["needs"], it["offers"]} <= set(p["people"])]
        ok &= bool(hits)
        where = f"{hits[0]['prompt']} on {hits[0]['day']}" if hits else "MISSING"
        lines.append(f"  intro {it['names'][0]} needs {it['topic']}, {it['names'][1]} offers it: {where}")
    for g in result["planted"]["good_news"]:
        if g["problems"]:
            lines.append(f"  good news {g['name']} ({g['kind']}): not eligible ({'; '.join(g['problems'])})")
            continue
        hits = [p for p in prompts if g["person"] in p["people"] and p["day"] >= g["date"]
                and (p["kind"] == "congratulate" or any(a.get("kind") == "congratulate" for a in p["also"]))]
        if hits:
            lines.append(f"  good news {g['name']} ({g['kind']} {g['date']}): {hits[0]['prompt']} on {hits[0]['day']}")
            continue
        talked = sorted(a["day"] for a in result.get("actions", [])
                        if a["action"] == "log" and g["person"] in a["with"] and a["day"] >= g["date"])
        if talked:
            lines.append(f"  good news {g['name']} ({g['kind']} {g['date']}): not prompted, but the user talked to "
                         f"them on {talked[0]} first (ok)")
            continue
        ok = False
        lines.append(f"  good news {g['name']} ({g['kind']} {g['date']}): MISSING")
    return ok, lines
