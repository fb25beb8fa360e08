#!/usr/bin/env python3
"""Runs a persona book through a fortnight of mornings and writes what the engine proposed, for a blind review.

For each persona: import tests/review/<persona>.json into a fresh data dir, then for each morning from START to END
run `suggest --json`, record every suggestion shown, and act on it as a scripted user would (done and log the contact
it implies, snooze when busy, dismiss with a plausible reason), plus a few contacts nobody prompted (the weekly call
with Mum). The user is deterministic: every choice is a function of the suggestion's id, kind, the day and the book.

Writes, in --out (default target/review):
  <persona>.json        every prompt, structured, with what the user did, and the book's planted facts
  <persona>.txt         day by day, each prompt as the user reads it, and what they did
  <persona>-blind.txt   only the prompts, numbered P1..Pn, with day, title, action, why lines and the titles of
                        what the card also carries (as the user sees them), for the reviewer: no kinds, ids, scores
                        or hard flags

Only the JSON shape of `suggest --json` is relied on, never its wording. Python 3 standard library only.
"""

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
from facts import planted, surfaced  # noqa: E402

START = dt.date(2026, 3, 2)
DAYS = 14
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
            "vancouver", "istanbul", "marrakech", "yogya", "miami", "luthier", "iten", "mariachi",
            "webtoon", "akureyri", "bookshop", "beekeeper", "manila", "glasgow", "lagos", "berlin", "auckland", "neworleans", "nairobi", "tbilisi", "accra", "oaxaca", "dhaka", "lima", "hanoi", "kadikoy", "montreal", "busan", "chennai", "cairo", "porto", "leeds", "valparaiso", "denver", "tashkent", "hobart", "kigali", "palermo", "winnipeg", "cork", "quito", "osaka", "durban", "lyon", "jaipur", "almaty", "bristol", "perth", "kathmandu", "hamburg", "montevideo", "chicago", "phoenix", "vienna", "addis", "lusaka", "nashville", "taipei", "dublin", "kampala", "santiago", "karachi", "oslo", "melbourne", "houston", "dakar", "kyoto", "anchorage", "buenosaires", "singapore", "toronto", "mumbai", "edinburgh", "seoul", "warsaw", "soweto", "cusco", "belfast", "jakarta", "marseille", "manchester", "brisbane", "lisbon", "kolkata", "detroit", "cardiff", "medellin", "lviv", "tucson", "dunedin", "bordeaux", "galway", "hyderabad", "sacramento", "beirut", "fukuoka", "kingston", "nicosia", "ulaanbaatar", "halifax", "valencia", "harare", "portland", "windhoek", "tromso", "cebu", "antigua", "gdansk", "kumasi", "asuncion", "tangier", "brno", "mombasa", "tallinn", "penang", "suva", "bogota", "izmir", "daressalaam", "kochi", "valletta", "chiangmai", "quebec", "apia", "bilbao", "ibadan", "colombo", "yerevan", "rotterdam", "manaus", "tunis", "cordoba", "kazan", "riga", "hue", "cochabamba", "dundee", "goa", "tampere", "mwanza", "pittsburgh", "arequipa", "ljubljana", "chittagong", "bulawayo", "nagpur", "cuenca", "gothenburg", "kisumu", "daejeon", "tulsa", "leipzig", "hilo", "aarhus", "sylhet", "rosario", "tamale", "ostrava", "fresno", "recife", "kaunas", "mandalay", "ghent", "salta", "bergen", "kandy", "nantes", "cadiz", "lahore", "hamilton", "bamako", "bishkek", "memphis", "sapporo", "adelaide", "zanzibar", "belgrade", "chengdu", "baltimore", "kutaisi", "ouaga", "regina", "danang", "puebla", "split", "nagoya", "medan", "surabaya", "trieste", "ipoh", "tartu", "fez", "oulu", "arusha", "cluj", "leon", "graz", "mysore", "davao", "kobe", "jaffna", "boise", "varna", "malmo", "iasi", "daegu", "merida", "sibiu", "galle", "omaha", "taichung", "sendai", "pune", "nelson", "baku", "iloilo", "kosice", "darwin", "dayton", "plovdiv", "pecs", "odesa", "chiang", "multan", "akron", "olinda", "utica", "ibague", "tucuman", "jember", "moshi", "galati", "sokode", "rouen", "mardin", "gyumri", "sfax", "hoian", "aveiro", "debrecen", "rajshahi", "bozeman", "mekele", "oruro", "kisii", "lille", "kumamoto", "kirkuk", "ayacucho", "bitola", "iquitos", "ohrid", "mosul", "tanga", "herat", "tarija", "haifa", "khulna", "lome", "zwolle", "nakuru", "dodoma", "potosi", "arica", "erfurt", "bendigo", "mopti", "jinja", "kanazawa", "asheville", "quimper", "duluth", "tabriz", "lublin", "gulu", "mzuzu", "segou", "trabzon", "rasht", "laredo", "kayes", "pisa", "bodo", "missoula", "linz", "lecce", "tulear", "bobo", "cuzco", "yakima", "jonkoping", "sucre", "nampula", "tacna", "macon", "chiclayo", "matsue", "iringa", "brest", "kupang", "ilorin", "juneau", "flagstaff", "nome", "ouarzazate", "jinotega", "aalborg", "varanasi", "batumi", "fargo", "enugu", "gdynia", "pokhara", "salvador", "trondheim", "mostar", "natal", "olomouc", "kankan", "ruse", "plzen", "vaasa", "tamatave", "ambato", "umea", "shkoder", "kota", "tarifa", "sitka", "ushuaia", "rovaniemi", "kotor", "elbasan", "tema", "bitlis", "gonder", "nukus", "jerash", "cairns", "ruteng", "kotka", "tlemcen", "mbeya", "lubango", "bukhara", "dalat", "kuching", "leuven", "szeged", "salzburg", "kigoma", "morondava", "timisoara", "zadar", "maribor", "burgas", "yazd", "beira", "rijeka", "hamadan", "goma", "bukoba", "lamu")

# Kinds that name one specific thing (a date, an event, a favor, a promise); the rest are generic nudges.
SPECIFIC = {"occasion", "congratulate", "support", "keep_promise", "follow_up", "thank", "share", "introduce"}
GENERIC = {"check_in", "reconnect", "give_back", "ask", "deepen"}


def default_binary():
    target = os.environ.get("CARGO_TARGET_DIR") or str(ROOT / "target")
    for candidate in (Path(target) / "debug" / "advocates", ROOT / "target" / "debug" / "advocates",
                      Path("/var/tmp/advocates-target/debug/advocates")):
        if candidate.exists():
            return str(candidate)
    return str(Path(target) / "debug" / "advocates")


class Cli:
    """The advocates binary over one fresh data dir, with a pinned clock and a private HOME."""

    def __init__(self, binary, root):
        self.binary = binary
        self.data = root / "data"
        self.env = dict(os.environ)
        for name in ("home", "xdg-data", "xdg-config", "xdg-cache", "xdg-state", "xdg-runtime"):
            (root / name).mkdir(mode=0o700, parents=True, exist_ok=True)
        self.env.update(HOME=str(root / "home"), XDG_DATA_HOME=str(root / "xdg-data"),
                        XDG_CONFIG_HOME=str(root / "xdg-config"), XDG_CACHE_HOME=str(root / "xdg-cache"),
                        XDG_STATE_HOME=str(root / "xdg-state"), XDG_RUNTIME_DIR=str(root / "xdg-runtime"),
                        TZ="UTC")
        self.env.pop("ADVOCATES_DATA_DIR", None)
        self.calls = []

    def run(self, today, *args, check=True):
        env = dict(self.env, ADVOCATES_NOW=f"{today.isoformat()}T08:00")
        argv = [self.binary, "--data-dir", str(self.data), "--today", today.isoformat(), *args]
        proc = subprocess.run(argv, env=env, capture_output=True, text=True)
        self.calls.append({"day": today.isoformat(), "args": list(args), "rc": proc.returncode})
        if check and proc.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} exited {proc.returncode}:\n{proc.stderr.strip()}")
        return proc


def h(text):
    """A stable 0..99 for a decision, the same on every machine and run."""
    return zlib.crc32(text.encode()) % 100


class User:
    """A realistic, scripted user: does most acts, is busy some days, and says no to a few."""

    def __init__(self, cli, book):
        self.cli = cli
        self.people = {p["id"]: p for p in book["people"]}
        self.also_supported = None  # unknown until the first done with an `also`
        self.actions = []

    def log(self, day, who, kind, minutes=None, summary=None, why=""):
        args = ["log", "--with", ",".join(who), "--kind", kind, "--date", day.isoformat()]
        if minutes is not None:
            args += ["--minutes", str(minutes)]
        if summary:
            args += ["--summary", summary]
        self.cli.run(day, *args)
        self.actions.append({"day": day.isoformat(), "action": "log", "with": who, "kind": kind, "why": why})
        article = "an" if kind[0] in "aeiou" else "a"
        return f"logged {article} {kind} with {', '.join(self.name(p) for p in who)}"

    def name(self, pid):
        return self.people.get(pid, {}).get("name", pid)

    def done(self, day, s):
        if s.get("also") and self.also_supported is not False:
            proc = self.cli.run(day, "done", s["id"], "--also", check=False)
            if proc.returncode == 0:
                self.also_supported = True
                return "done (with its also)"
            if proc.returncode != 2:
                raise RuntimeError(f"done --also exited {proc.returncode}: {proc.stderr.strip()}")
            self.also_supported = False
        self.cli.run(day, "done", s["id"])
        return "done"

    def contact_for(self, s):
        """The contact a done act implies, or None (a plan is not contact)."""
        kind, people = s["kind"], s["people"]
        close = all(self.people.get(p, {}).get("circle", 5) <= 2 or self.people.get(p, {}).get("kin") for p in people)
        text = f"{s['title']} {s['action']}".lower()
        if kind == "occasion":
            if s["id"].endswith(":plan") or (s.get("due") and s["due"] > s["_day"]):
                return None
            return ("call", 20) if close else ("message", None)
        if kind == "introduce":
            return ("intro", None)
        if kind == "support":
            return ("call", 30) if close or self.people.get(people[0], {}).get("circle", 5) <= 3 else ("message", None)
        if kind == "keep_promise":
            return ("email", None)
        if kind == "check_in" and (s.get("effort_minutes", 0) >= 20 or " call" in text):
            return ("call", 25)
        return ("message", None)

    def act(self, day, s, weekend):
        """Decide and do; returns a line saying what the user did."""
        sid, kind, hard = s["id"], s["kind"], s.get("hard", False)
        r = h(sid)
        first = self.name(s["people"][0]) if s["people"] else ""
        people = s["people"]
        kin = any(self.people.get(p, {}).get("kin") for p in people)

        def snooze(days, why):
            until = (day + dt.timedelta(days=days)).isoformat()
            self.cli.run(day, "snooze", sid, "--until", until)
            return f"snoozed until {until} ({why})"

        def dismiss(reason):
            self.cli.run(day, "dismiss", sid, "--reason", reason)
            return f"dismissed ({reason})"

        if not hard:
            if kind == "ask" and kin:
                return dismiss("not_this_person")
            if weekend and kind in GENERIC:
                return snooze(2, "weekend, Monday")
            if kind == "check_in" and r >= 55:
                return snooze(4, "busy this week") if r < 85 else dismiss("wrong_timing")
            if kind == "reconnect" and r >= 50:
                return snooze(7, "not this week") if r < 80 else dismiss("not_relevant")
            if kind == "ask" and r >= 50:
                return dismiss("wrong_timing") if r < 80 else dismiss("not_relevant")
            if kind == "give_back" and r >= 60:
                return snooze(4, "busy")
            if kind == "share" and r >= 75:
                return dismiss("not_relevant")
            if kind == "keep_promise" and r >= 80:
                # Not past its due date: a promise put off for a quiet afternoon is still kept on time. (Snoozed two
                # days from the day before, it came back "due yesterday", a nag about a visit most likely made.)
                due = dt.date.fromisoformat(s["due"]) if s.get("due") else None
                days = (due - day).days if due and day < due else 2
                return snooze(days, "needs a quiet afternoon")
            if kind == "introduce" and r >= 85:
                return snooze(3, "wants to think about it")
        what = self.done(day, s)
        contact = self.contact_for(s)
        if contact:
            ck, minutes = contact
            logged = self.log(day, people, ck, minutes, summary=s["title"], why=f"implied by {sid}")
            return f"{what}; {logged}"
        return f"{what} (nothing to log: {'a plan' if kind == 'occasion' else 'no contact'})" if first else what

    def unprompted(self, day, book_events):
        """Contacts nobody was prompted for: the weekly call or coffee with the inner circle."""
        lines = []
        for pid, p in sorted(self.people.items()):
            if p.get("status", "active") != "active" or p.get("circle", 5) != 1:
                continue
            if zlib.crc32(pid.encode()) % 7 != day.weekday():
                continue
            if p.get("kin"):
                lines.append(self.log(day, [pid], "call", 40, "Weekly call", why="unprompted"))
            else:
                kind = "meal" if day.weekday() >= 4 else "coffee"
                lines.append(self.log(day, [pid], kind, 90 if kind == "meal" else 60, "Catch-up", why="unprompted"))
        return lines


def run_persona(persona, binary, out):
    book_path = HERE / f"{persona}.json"
    book = json.loads(book_path.read_text(encoding="utf-8"))
    names = {p["id"]: p["name"] for p in book["people"]}
    with tempfile.TemporaryDirectory(prefix=f"review-{persona}-") as tmp:
        cli = Cli(binary, Path(tmp))
        proc = cli.run(START, "import", str(book_path), check=False)
        if proc.returncode != 0:
            sys.exit(f"{persona}: import failed ({proc.returncode}):\n{proc.stderr.strip()}")
        user = User(cli, book)
        days, prompts = [], []
        for i in range(DAYS):
            day = START + dt.timedelta(days=i)
            raw = json.loads(cli.run(day, "suggest", "--json").stdout)
            assert raw.get("date") == day.isoformat(), f"suggest answered for {raw.get('date')} on {day}"
            shown = []
            for s in raw.get("suggestions", []):
                s["_day"] = day.isoformat()
                n = len(prompts) + 1
                why = s.get("why") or {}
                prompt = {
                    "prompt": f"P{n}",
                    "day": day.isoformat(),
                    "id": s["id"],
                    "kind": s["kind"],
                    "people": s.get("people", []),
                    "names": [names.get(p, p) for p in s.get("people", [])],
                    "hard": s.get("hard", False),
                    "title": s.get("title", ""),
                    "action": s.get("action", ""),
                    "effort_minutes": s.get("effort_minutes"),
                    "score": s.get("score"),
                    "due": s.get("due"),
                    "why": {k: why.get(k, "") for k in ("now", "them", "this")},
                    "sources": s.get("sources", []),
                    "also": [{"id": a.get("id"), "kind": a.get("kind"), "title": a.get("title")}
                             for a in s.get("also", [])],
                }
                prompts.append(prompt)
                shown.append((prompt, s))
            weekend = day.weekday() == 5
            for prompt, s in shown:
                prompt["user"] = user.act(day, s, weekend)
            extra = user.unprompted(day, book["events"])
            days.append({"date": day.isoformat(), "prompts": [p["prompt"] for p, _ in shown], "unprompted": extra})
        result = {
            "persona": persona,
            "book": str(book_path.relative_to(ROOT)),
            "binary": binary,
            "start": START.isoformat(),
            "days": days,
            "prompts": prompts,
            "also_supported": user.also_supported,
            "actions": user.actions,
            "planted": planted(book, START, START + dt.timedelta(days=DAYS - 1)),
        }
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{persona}.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out / f"{persona}.txt").write_text(readable(result), encoding="utf-8")
    (out / f"{persona}-blind.txt").write_text(blind(result), encoding="utf-8")
    kinds = {}
    for p in prompts:
        kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    print(f"{persona}: {len(prompts)} prompts over {DAYS} days "
          f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]))}); "
          f"done --also {'supported' if user.also_supported else 'not supported' if user.also_supported is False else 'not tried'}")
    ok, lines = surfaced(result)
    print(f"  planted facts {'all surfaced' if ok else 'NOT all surfaced'}:")
    print("\n".join(lines))
    return result


def day_label(iso):
    day = dt.date.fromisoformat(iso)
    return f"{day:%A} {day.day} {day:%B %Y}"


def readable(result):
    lines = [f"Advocates review — {result['persona']} — {len(result['prompts'])} prompts", ""]
    by_id = {p["prompt"]: p for p in result["prompts"]}
    for d in result["days"]:
        lines.append(f"== {day_label(d['date'])} ==")
        if not d["prompts"]:
            lines.append("   (nothing proposed)")
        for n, pid in enumerate(d["prompts"], 1):
            p = by_id[pid]
            lines.append(f"{n}. {p['title']}{'   [must do today]' if p['hard'] else ''}")
            lines.extend(card_body(p))
            lines.append(f"   ({pid}, {p['id']}, score {p['score']})")
            lines.append(f"   -> {p.get('user', '')}")
        for u in d["unprompted"]:
            lines.append(f"   (unprompted: {u})")
        lines.append("")
    return "\n".join(lines)


def card_body(p):
    """A card as the user reads it, under its title: the action, the three reasons, what it also carries (shown as
    Today shows it: "Also done:" and a box to tick for each act the card closes too, §10.11)."""
    lines = [f"   {p['action']}", f"   Why now:  {p['why']['now']}", f"   Why them: {p['why']['them']}",
             f"   Why this: {p['why']['this']}"]
    return lines + [f"   Also done: [ ] {a['title']}" for a in p["also"]]


def blind(result):
    lines = [f"Blind review — {len(result['prompts'])} prompts. Rate each for usefulness, specificity and tact (1-5).",
             ""]
    for p in result["prompts"]:
        lines.append(f"{p['prompt']} — {day_label(p['day'])}")
        lines.append(f"   {p['title']}")
        lines.extend(card_body(p))
        lines.append("")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("personas", nargs="*", default=list(PERSONAS),
                    help="designer, founder, nurse, teacher, postdoc, carpenter, shopkeeper, vet, gp, chef, engineer, "
                         "physio, violinist, photographer, recruiter, farmer, realtor, interpreter, director, "
                         "journalist, architect, pharmacist, adviser, stylist, lawyer, sales, fundraiser, caterer, organizer, "
                         "translator, roaster, coach, minister, gamedev, councillor, agent, midwife, importer, dentist, librarian, pilot, curator, homecare, mechanic, solar, principal, baker, accountant, plumber, florist, vintner, imam, funeral, fisher, paramedic, retiree, dancer, trucker, publican, newcomer, potter, professor, comedian, foreman, seafarer, postman, nailsalon, ranger, socialworker, surgeon, tailor, firefighter, jeweller, fintech, detective, guide, krakow, ramen, bengaluru, hotelier, shenzhen, casting, rideshare, astronomer, herder, saopaulo, vancouver, istanbul, marrakech, yogya, miami, luthier, iten, mariachi, webtoon, akureyri (default all ninety-six)")
    ap.add_argument("--binary", default=None, help="the advocates binary (default: $CARGO_TARGET_DIR/debug/advocates)")
    ap.add_argument("--out", default=str(ROOT / "target" / "review"), help="output dir (default target/review)")
    args = ap.parse_args()
    binary = args.binary or default_binary()
    if not Path(binary).exists():
        sys.exit(f"no advocates binary at {binary}: build it (cargo build -p advocates) or pass --binary")
    for persona in args.personas:
        if persona not in PERSONAS:
            sys.exit(f"unknown persona {persona!r}: expected one of {', '.join(PERSONAS)}")
        run_persona(persona, str(Path(binary).resolve()), Path(args.out))


if __name__ == "__main__":
    main()
