#!/usr/bin/env python3
"""python3 check.py NAME — builds NAME.py's book, checks it, writes NAME.json. Exit 1 on any problem."""
import datetime as dt, importlib, json, sys
name = sys.argv[1]
mod = importlib.import_module(name)
b = getattr(mod, name.removeprefix("example_"))()
doc = b.document()
errs = []
START = "2026-03-02"
ids = [p["id"] for p in doc["people"]]
if len(ids) != len(set(ids)): errs.append("duplicate person ids")
pid = set(ids) | {"me"}
for i in doc["interactions"]:
    if i["date"] >= START: errs.append(f"interaction on/after 2 March: {i['date']} {i['summary']}")
    for w in i["with"]:
        if w not in pid: errs.append(f"interaction with unknown person {w}")
    if not 0 <= (i.get("minutes") or 0) <= 1440:
        errs.append(f"interaction {i['date']} {i['summary']}: minutes must be 0-1440 (one day at most)")
for e in doc["events"]:
    if e["person"] not in pid: errs.append(f"event {e['id']}: unknown person")
    if e["date"] > "2026-03-15": errs.append(f"event {e['id']} after the fortnight")
for f in doc["favors"]:
    for k in ("from", "to"):
        if f[k] not in pid: errs.append(f"favor {f['id']}: unknown {k}")
    if "me" not in (f["from"], f["to"]): errs.append(f"favor {f['id']}: one side must be 'me'")
    if f["date"] >= START: errs.append(f"favor {f['id']} dated in the fortnight")
for u in doc["follow_ups"]:
    if u["person"] not in pid: errs.append(f"follow_up {u['id']}: unknown person")
for g in doc["goals"]:
    for p in g["people"]:
        if p not in pid: errs.append(f"goal {g['id']}: unknown person {p}")
for kind in ("events", "favors", "follow_ups", "goals", "items"):
    xs = [x["id"] for x in doc[kind]]
    if len(xs) != len(set(xs)): errs.append(f"duplicate {kind} ids")
n = len(doc["people"])
if not 40 <= n <= 60: errs.append(f"{n} people: write 40-60")
first = min(i["date"] for i in doc["interactions"])
if first > "2025-03-02": errs.append(f"history starts {first}: write at least 12 months")
open(f"{name}.json", "w").write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
print(f"{name}.json: {n} people, {len(doc['interactions'])} interactions from {first}, {len(doc['events'])} events, "
      f"{len(doc['favors'])} favors, {len(doc['follow_ups'])} follow-ups, {len(doc['goals'])} goals, {len(doc['items'])} items")
for e in errs: print("PROBLEM:", e)
sys.exit(1 if errs else 0)
