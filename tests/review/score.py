#!/usr/bin/env python3
"""Scores a blind review against the bar, and checks that the fortnight surfaced what the book planted.

Reads, for each persona: the prompts run.py wrote (target/review/<persona>.json) and the reviewers' ratings
(tests/review/ratings/<persona>.json, a second and third reviewer's in ratings/b/ and ratings/c/: each a list of
{"prompt": "P7", "usefulness": 1-5, "specificity": 1-5, "tact": 1-5, "comment": "..."}). Prints mean usefulness, specificity and tact, the share rated useful (>= 4), the
prompts rated tactless (<= 2), and whether each planted introduction and each piece of fresh good news surfaced.

Several --ratings dirs (one per reviewer of the same prompts) are pooled: each reviewer is printed, and the bar
applies to all their ratings together.

Exit 1 when the bar fails: mean usefulness >= 4.0, >= 70% of prompts rated >= 4 on usefulness, no tact <= 2, every
eligible introduction and fresh good news surfaced. Exit 2 on bad input (a missing file, an unknown prompt, a rating
out of 1..5, an unrated prompt). Personas without ratings are reported and skipped; none at all is exit 2.
"""

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
from facts import surfaced  # noqa: E402

PERSONAS = ("designer", "founder", "nurse", "teacher", "postdoc", "carpenter", "shopkeeper", "vet", "gp", "chef",
            "engineer", "physio", "violinist", "photographer", "recruiter", "farmer", "realtor",
            "interpreter", "director", "journalist", "architect", "pharmacist", "adviser", "stylist", "lawyer",
            "sales", "fundraiser", "caterer", "organizer", "translator", "roaster", "coach", "minister", "gamedev", "councillor", "agent", "midwife", "importer", "dentist", "librarian", "pilot", "curator", "homecare", "mechanic", "solar",
            "principal", "baker", "accountant", "plumber", "florist", "vintner", "imam",
            "funeral", "fisher", "paramedic", "retiree", "dancer",
            "trucker", "publican", "newcomer",
            "potter", "professor", "comedian", "foreman", "seafarer", "postman",
            "nailsalon", "ranger", "socialworker", "surgeon", "tailor", "firefighter",
            "jeweller", "fintech", "detective", "guide", "krakow", "ramen", "bengaluru",
            "hotelier", "shenzhen", "casting", "rideshare", "astronomer", "herder", "saopaulo",
            "vancouver", "istanbul", "marrakech", "yogya", "miami")
BAR_MEAN, BAR_SHARE = 4.0, 0.70
AXES = ("usefulness", "specificity", "tact")


def fail_input(msg):
    print(f"score.py: {msg}", file=sys.stderr)
    sys.exit(2)


def load_ratings(path, prompts):
    try:
        ratings = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        fail_input(f"{path}: {err}")
    if not isinstance(ratings, list):
        fail_input(f"{path}: expected a list of ratings")
    known = {p["prompt"] for p in prompts}
    seen = {}
    for i, r in enumerate(ratings):
        where = f"{path.name}[{i}]"
        if not isinstance(r, dict) or r.get("prompt") not in known:
            fail_input(f"{where}.prompt: {r.get('prompt') if isinstance(r, dict) else r!r} is not a prompt of the run")
        for axis in AXES:
            v = r.get(axis)
            if not isinstance(v, int) or isinstance(v, bool) or not 1 <= v <= 5:
                fail_input(f"{where}.{axis}: {v!r} is not in 1..5")
        if r["prompt"] in seen:
            fail_input(f"{where}.prompt: {r['prompt']} is rated twice")
        seen[r["prompt"]] = r
    missing = sorted(known - set(seen), key=lambda p: int(p[1:]))
    if missing:
        fail_input(f"{path.name}: unrated prompts {', '.join(missing)}")
    return seen


def score(persona, prompts_path, ratings_paths):
    """Scores one persona against the bar. With several reviewers' ratings of the same prompts, each reviewer's
    figures are printed and the bar applies to all their ratings pooled: the mean and the share rated >= 4 over every
    (prompt, reviewer) rating, and no rating of tact <= 2 by any of them."""
    result = json.loads(prompts_path.read_text(encoding="utf-8"))
    prompts = {p["prompt"]: p for p in result["prompts"]}
    reviews = [load_ratings(path, result["prompts"]) for path in ratings_paths]
    n = len(prompts)
    print(f"{persona}: {n} prompts rated" + (f" by {len(reviews)} reviewers" if len(reviews) > 1 else ""))
    ok = True
    if n:
        if len(reviews) > 1:
            for path, ratings in zip(ratings_paths, reviews):
                mean = sum(r["usefulness"] for r in ratings.values()) / n
                useful = sum(1 for r in ratings.values() if r["usefulness"] >= 4) / n
                tactless = sum(1 for r in ratings.values() if r["tact"] <= 2)
                print(f"  {path.parent.name}: usefulness {mean:.2f}, >= 4: {useful:.0%}, tact <= 2: {tactless}")
        pooled = [r for ratings in reviews for r in ratings.values()]
        means = {a: sum(r[a] for r in pooled) / len(pooled) for a in AXES}
        useful = sum(1 for r in pooled if r["usefulness"] >= 4) / len(pooled)
        tactless = [r for r in pooled if r["tact"] <= 2]
        print(("  pooled mean " if len(reviews) > 1 else "  mean ") + ", ".join(f"{a} {means[a]:.2f}" for a in AXES))
        print(f"  usefulness >= 4: {useful:.0%}   tact <= 2: {len(tactless)}")
        ok &= means["usefulness"] >= BAR_MEAN and useful >= BAR_SHARE and not tactless
        for r in sorted(tactless, key=lambda r: int(r["prompt"][1:])):
            p = prompts[r["prompt"]]
            print(f"  tactless {r['prompt']} ({p['day']}, {p['kind']}): {p['title']} — {r.get('comment', '')}")
        worst = sorted(pooled, key=lambda r: (r["usefulness"], int(r["prompt"][1:])))[:5]
        for r in worst:
            if r["usefulness"] <= 2:
                p = prompts[r["prompt"]]
                print(f"  not useful {r['prompt']} ({p['kind']}): {p['title']} — {r.get('comment', '')}")
    facts_ok, lines = surfaced(result)
    print("  planted facts:")
    print("\n".join(lines) if lines else "  (none)")
    ok &= facts_ok
    print(f"  {persona}: {'PASS' if ok else 'FAIL'} (bar: mean usefulness >= {BAR_MEAN}, >= {BAR_SHARE:.0%} useful, "
          f"no tact <= 2, intros and fresh good news surfaced)")
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("personas", nargs="*", default=list(PERSONAS))
    ap.add_argument("--prompts", default=str(ROOT / "target" / "review"), help="dir of run.py's <persona>.json")
    ap.add_argument(
        "--ratings",
        nargs="+",
        default=[str(HERE / "ratings" / d) for d in ("", "b", "c")],
        help="dirs of <persona>.json ratings, one per reviewer (pooled when several rate the same prompts)",
    )
    args = ap.parse_args()
    ok, scored = True, 0
    for persona in args.personas:
        prompts_path = Path(args.prompts) / f"{persona}.json"
        ratings_paths = [Path(d) / f"{persona}.json" for d in args.ratings]
        ratings_paths = [p for p in ratings_paths if p.exists()]
        if not ratings_paths:
            print(f"{persona}: no ratings in {', '.join(args.ratings)}; skipped")
            continue
        if not prompts_path.exists():
            fail_input(f"{prompts_path}: no prompts; run tests/review/run.py first")
        ok &= score(persona, prompts_path, ratings_paths)
        scored += 1
    if not scored:
        fail_input("no ratings to score")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
