#!/usr/bin/env python3
"""Writes sample.json: the bundled sample network, an ARCHIVE.md document dated around 2025-03-10.

The app shifts every date by (today - 2025-03-10) when a user explores it, so Today at once has real, explained
suggestions. Run again after editing; the output is deterministic. Names and companies are invented."""
import json, datetime as dt

REF = dt.date(2025, 3, 10)
def day(offset):  # offset in days from the reference "today"
    return (REF + dt.timedelta(days=offset)).isoformat()
def bday(offset):  # a yearless birthday `offset` days from the reference day
    d = REF + dt.timedelta(days=offset)
    return f"--{d.month:02d}-{d.day:02d}"

P = []
def person(id, name, circle, stage, company=None, title=None, location=None, how_met=None, power=False, kin=False,
           birthday=None, tags=(), interests=(), expertise=(), needs=(), offers=(), notes=None, peak=None,
           met_on=None, channels=()):
    P.append({
        "id": id, "name": name, "company": company, "title": title, "location": location, "how_met": how_met,
        "met_on": met_on, "circle": circle, "peak_circle": peak if peak else circle, "stage": stage,
        "power": power, "kin": kin, "birthday": birthday,
        "channels": [{"kind": k, "value": v} for k, v in channels],
        "tags": list(tags), "interests": [{"topic": t, "strength": s} for t, s in interests],
        "expertise": list(expertise),
        "needs": [{"id": i, "topic": t, "text": x, "since": day(s)} for i, t, x, s in needs],
        "offers": [{"id": i, "topic": t, "text": x, "since": day(s)} for i, t, x, s in offers],
        "notes": notes,
    })

person("maya-chen", "Maya Chen", 1, "advocate", "Northwind Health", "VP Product", "Berlin", "Former manager at Lumen",
       power=True, birthday=bday(2), tags=["mentor", "healthcare"], interests=[("product-strategy", 1.0), ("climbing", 0.7)],
       expertise=["healthcare", "product"], notes="Introduced me to half my clients. Two kids; climbs on Thursdays.",
       channels=[("email", "maya@northwind.example")], met_on=day(-2900))
person("ben-okafor", "Ben Okafor", 2, "advocate", "Acme Analytics", "Head of Data", "London", "RustConf 2022",
       power=True, tags=["data", "referrer"], interests=[("analytics", 0.9)], expertise=["analytics", "data-engineering"],
       notes="Always happy to refer; prefers a quick call to email.", met_on=day(-900))
person("pia-rossi", "Pia Rossi", 2, "ally", "Fernweh", "Founder", "Milan", "Founder dinner in Milan",
       power=True, tags=["founder"], interests=[("climate-tech", 0.9), ("design", 0.6)], expertise=["fundraising"],
       needs=[("pia-need-designer", "product-design", "Looking for a senior product designer", -12)],
       notes="Launching Fernweh's first product this month.")
person("dev-patel", "Dev Patel", 2, "ally", "Stripe", "VP Engineering", "Dublin", "Worked together at Lumen",
       power=True, tags=["engineering"], interests=[("rust", 1.0), ("cycling", 0.8)], expertise=["engineering-leadership"],
       notes="Just moved to Stripe.")
person("sofia-alvarez", "Sofia Álvarez", 3, "friend", "Casa Studio", "Design Director", "Madrid", "Design meetup",
       tags=["design"], interests=[("design", 1.0), ("climate-tech", 0.6)], expertise=["product-design"],
       offers=[("sofia-offer-design", "product-design", "Freelancing two days a week", -20)], birthday=bday(-40))
person("jonas-weber", "Jonas Weber", 3, "friend", "Kiel Labs", "CTO", "Hamburg", "Hackathon teammate", power=True,
       tags=["engineering"], interests=[("rust", 0.9)], expertise=["healthcare", "machine-learning"],
       notes="Recovering from knee surgery; be gentle.")
person("amara-nwosu", "Amara Nwosu", 2, "friend", "Greenline", "Partner", "Lagos", "Climate summit panel",
       tags=["investor", "climate"], interests=[("climate-tech", 1.0)], expertise=["fundraising", "climate-tech"],
       birthday=bday(5))
person("lena-lima", "Lena Lima", 1, "advocate", None, None, "Lisbon", "My sister", kin=True, birthday=bday(60),
       interests=[("running", 0.8)])
person("tom-becker", "Tom Becker", 3, "acquaintance", "Brightside", "Sales Lead", "Munich", "Client kickoff",
       power=True, tags=["new"], interests=[("sales", 0.7)], notes="Met last week; promised him my pricing deck.")
person("hana-sato", "Hana Sato", 4, "acquaintance", "Kumo", "Data Scientist", "Tokyo", "Conference hallway",
       interests=[("analytics", 0.8), ("healthcare", 0.6)])
person("gus-berg", "Gus Berg", 5, "acquaintance", "Nordic Care", "Chief Medical Officer", "Oslo",
       "Worked on a hospital project in 2021", peak=3, expertise=["healthcare", "clinical-operations"],
       notes="We lost touch after the hospital project.")
person("ines-duarte", "Inês Duarte", 4, "friend", "Praia Ventures", "Associate", "Porto", "Via Maya",
       interests=[("climate-tech", 0.7)], expertise=["fundraising"],
       needs=[("ines-need-analytics", "analytics", "Needs an analytics lead for a portfolio company", -8)])
person("omar-haddad", "Omar Haddad", 3, "ally", "Cedar Health", "COO", "Amman", "Advisory board",
       tags=["healthcare"], expertise=["healthcare", "operations"],
       offers=[("omar-offer-analytics", "analytics", "Can lend his analytics team for a pilot", -15)])
person("julia-novak", "Julia Novak", 4, "acquaintance", "Vltava", "Engineer", "Prague", "Open-source project",
       interests=[("rust", 0.9)])
person("kai-andersen", "Kai Andersen", 3, "friend", "Fjord", "Product Manager", "Copenhagen", "Old flatmate",
       interests=[("cycling", 0.9), ("product-strategy", 0.6)], birthday=bday(1))
person("rosa-martins", "Rosa Martins", 4, "acquaintance", "Lumen", "Recruiter", "Lisbon", "Lumen alumni event",
       tags=["recruiter"])
person("eli-cohen", "Eli Cohen", 4, "acquaintance", "Shift", "Founder", "Tel Aviv", "Demo day")
person("zoe-martin", "Zoë Martin", 3, "friend", "Atlas", "Head of Growth", "Paris", "Growth workshop",
       interests=[("growth", 0.9), ("climate-tech", 0.5)])
person("lucas-silva", "Lucas Silva", 5, "acquaintance", "Samba Data", "Analyst", "São Paulo", "Webinar")
person("nadia-petrova", "Nadia Petrova", 3, "ally", "Volga Bio", "Research Lead", "Vienna", "Healthcare meetup",
       expertise=["healthcare", "research"], interests=[("healthcare", 0.9)])
person("felix-braun", "Felix Braun", 4, "acquaintance", "Tannen", "Designer", "Zurich", "Dribbble")
person("yara-haddad", "Yara Haddad", 4, "friend", "Freelance", "Writer", "Beirut", "Writing group",
       interests=[("writing", 1.0)])
person("arjun-mehta", "Arjun Mehta", 3, "friend", "Monsoon", "Engineering Manager", "Bangalore", "Online course",
       interests=[("engineering-leadership", 0.9)])
person("clara-schmidt", "Clara Schmidt", 4, "acquaintance", "Bergwerk", "Lawyer", "Vienna", "Co-working space")
person("mateo-garcia", "Mateo García", 4, "acquaintance", "Ola", "Product Designer", "Barcelona", "Portfolio review",
       interests=[("design", 0.8)])
person("grace-kim", "Grace Kim", 2, "ally", "Seoul Health", "Director", "Seoul", "Healthcare summit",
       expertise=["healthcare", "analytics"], interests=[("analytics", 0.9)], birthday=bday(3))
person("noah-fischer", "Noah Fischer", 5, "acquaintance", "Elbe", "Student", "Hamburg", "Guest lecture")
person("olivia-brown", "Olivia Brown", 3, "friend", "Thames", "Consultant", "London", "Previous client",
       interests=[("product-strategy", 0.8)])
person("samir-khan", "Samir Khan", 4, "acquaintance", "Indus", "Founder", "Karachi", "Accelerator cohort")
person("emma-larsen", "Emma Larsen", 5, "acquaintance", "Nordlys", "Marketing", "Oslo", "LinkedIn", peak=4)

I = []
def inter(id, offset, kind, with_, minutes=None, summary=None, initiator="me"):
    I.append({"id": id, "date": day(offset), "kind": kind, "with": with_, "initiator": initiator,
              "minutes": minutes, "summary": summary})

# A rhythm for Maya (monthly-ish), fresh contact for some, drift for others.
for n, off in enumerate([-300, -262, -230, -199, -170, -139, -110, -80, -52, -24, -5]):
    inter(f"s-maya-{n}", off, ["coffee", "call", "meal"][n % 3], ["maya-chen"], summary="Catch-up" if n % 3 else "Coffee near her office")
inter("s-ben-1", -60, "meal", ["ben-okafor"], 90, "Dinner after the data meetup")
inter("s-ben-2", -4, "email", ["ben-okafor"], summary="He offered to refer me to Acme's platform team")
inter("s-pia-1", -12, "video", ["pia-rossi"], 45, "She described the launch plan and the designer search", "them")
inter("s-dev-1", -50, "call", ["dev-patel"], 30, "Talked about his move to Stripe")
inter("s-sofia-1", -75, "coffee", ["sofia-alvarez"], 60, "Portfolio feedback")
inter("s-jonas-1", -95, "call", ["jonas-weber"], 40, "Hackathon retro")
inter("s-amara-1", -33, "meeting", ["amara-nwosu"], 60, "Climate fund intro")
inter("s-lena-1", -2, "call", ["lena-lima"], 50, "Sunday call")
inter("s-tom-1", -2, "meeting", ["tom-becker"], 60, "Kickoff; he asked for the pricing deck", "mutual")
inter("s-hana-1", -140, "message", ["hana-sato"])
inter("s-gus-1", -1400, "meeting", ["gus-berg"], 120, "Hospital project steering meeting")
inter("s-ines-1", -20, "coffee", ["ines-duarte"], 45, "She is looking for an analytics lead")
inter("s-omar-1", -40, "call", ["omar-haddad"], 30, "Advisory board prep")
inter("s-kai-1", -120, "activity", ["kai-andersen"], 180, "Bike ride along the coast")
inter("s-zoe-1", -100, "coffee", ["zoe-martin"], 60)
inter("s-nadia-1", -150, "meeting", ["nadia-petrova"], 60, "Research collaboration idea")
inter("s-grace-1", -25, "video", ["grace-kim"], 30, "Healthcare analytics trends")
inter("s-olivia-1", -200, "meal", ["olivia-brown"], 90)
inter("s-arjun-1", -110, "call", ["arjun-mehta"], 30)
inter("s-yara-1", -180, "email", ["yara-haddad"])
inter("s-julia-1", -70, "message", ["julia-novak"])
inter("s-rosa-1", -210, "event", ["rosa-martins"], 120, "Lumen alumni evening")
inter("s-emma-1", -1200, "email", ["emma-larsen"])
inter("s-group-1", -45, "event", ["maya-chen", "grace-kim", "omar-haddad"], 150, "Healthcare roundtable dinner")
inter("s-note-1", -3, "note", ["jonas-weber"], summary="Remember: his knee surgery is this month")

E = [
    {"id": "s-ev-dev", "person": "dev-patel", "date": day(-6), "kind": "new_job", "detail": "Joined Stripe as VP Engineering"},
    {"id": "s-ev-jonas", "person": "jonas-weber", "date": day(-5), "kind": "illness", "detail": "Knee surgery, recovering at home"},
    {"id": "s-ev-amara", "person": "amara-nwosu", "date": day(-9), "kind": "award", "detail": "Named climate investor of the year"},
    {"id": "s-ev-kai", "person": "kai-andersen", "date": day(-200), "kind": "move", "detail": "Moved to Copenhagen"},
]
F = [
    {"id": "s-fav-ben", "from": "ben-okafor", "to": "me", "date": day(-4), "kind": "referral",
     "detail": "Referred me to Acme's platform team", "thanked_on": None, "outcome": None},
    {"id": "s-fav-maya", "from": "maya-chen", "to": "me", "date": day(-90), "kind": "intro",
     "detail": "Introduced me to Northwind's CEO", "thanked_on": day(-88), "outcome": "Became my first client"},
    {"id": "s-fav-grace", "from": "grace-kim", "to": "me", "date": day(-25), "kind": "advice",
     "detail": "Reviewed my healthcare analytics pitch", "thanked_on": None, "outcome": None},
    {"id": "s-fav-omar", "from": "me", "to": "omar-haddad", "date": day(-120), "kind": "advice",
     "detail": "Helped with his board deck", "thanked_on": None, "outcome": None},
]
U = [
    {"id": "s-fu-tom", "person": "tom-becker", "mine": True, "text": "Send Tom the pricing deck", "due": day(0), "until": None, "done_on": None},
    {"id": "s-fu-pia", "person": "pia-rossi", "mine": False, "text": "Ask Pia how the launch went", "due": day(-1), "until": day(3), "done_on": None},
    {"id": "s-fu-maya", "person": "maya-chen", "mine": True, "text": "Share the climbing gym discount", "due": day(6), "until": None, "done_on": None},
]
G = [
    {"id": "s-goal-practice", "title": "Launch a healthcare-analytics consulting practice", "topics": ["healthcare", "analytics"],
     "priority": 1, "active": True, "people": ["maya-chen"]},
    {"id": "s-goal-fund", "title": "Find a climate-tech co-investor", "topics": ["climate-tech", "fundraising"],
     "priority": 2, "active": True, "people": []},
]
T = [
    {"id": "s-item-report", "title": "EU climate-tech funding report 2025", "url": "https://example.org/climate-report",
     "topics": ["climate-tech"], "published_on": day(-1)},
    {"id": "s-item-rust", "title": "What we learned rewriting our data pipeline in Rust", "url": "https://example.org/rust-pipeline",
     "topics": ["rust", "data-engineering"], "published_on": day(-2)},
]
# The ladder's history (archive version 2): how a few of these people came to stand where they do, so the Advocates
# page's trend has a story. Each person's last stage change ends at their stage above.
def moved(person, offset, field, frm, to):
    return {"person": person, "on": day(offset), "field": field, "from": frm, "to": to}

C = [
    moved("maya-chen", -400, "stage", "friend", "ally"),
    moved("maya-chen", -88, "stage", "ally", "advocate"),
    moved("maya-chen", -88, "circle", 2, 1),
    moved("ben-okafor", -300, "stage", "ally", "advocate"),
    moved("lena-lima", -250, "stage", "ally", "advocate"),
    moved("grace-kim", -240, "stage", "friend", "ally"),
    moved("omar-haddad", -180, "stage", "friend", "ally"),
    moved("pia-rossi", -120, "stage", "friend", "ally"),
    moved("dev-patel", -60, "stage", "friend", "ally"),
    moved("sofia-alvarez", -330, "stage", "acquaintance", "friend"),
    moved("zoe-martin", -150, "stage", "acquaintance", "friend"),
    moved("olivia-brown", -20, "stage", "acquaintance", "friend"),
    moved("kai-andersen", -200, "circle", 2, 3),
]
doc = {"format": "advocates-archive", "version": 2, "people": P, "interactions": I, "events": E, "favors": F,
       "follow_ups": U, "goals": G, "items": T, "feedback": [], "changes": C}
with open("sample.json", "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(f"{len(P)} people, {len(I)} interactions")
