#!/usr/bin/env python3
"""Writes the persona books of the blind review (designer.json, founder.json, nurse.json, teacher.json,
postdoc.json, carpenter.json, shopkeeper.json, vet.json, gp.json, chef.json, engineer.json, physio.json,
violinist.json, photographer.json, recruiter.json, and farmer.json, realtor.json, interpreter.json, director.json,
journalist.json, architect.json and pharmacist.json, the held-out books written without seeing the engine, its prompts or any ratings)
as ARCHIVE.md v1 documents.

The people, their lives, favors, promises, events, needs/offers, goals and items are written out by hand below; only
the long tail of ordinary contact (a coffee every few weeks for eighteen months) is laid out by a seeded generator from
each person's rhythm, so the books are deterministic: `python3 make_books.py` rewrites them byte for byte.

A rhythm is a list of segments (gap_days, first, last, kinds): contacts roughly every gap_days (±35%), the last one
exactly on `last`, none before `first`. The review fortnight starts on START; nothing in a book's history is dated on
or after it except what the user will learn during the fortnight (events, items, due dates), which the engine ignores
until its day comes.

Run with --check to print, for each book, the planted introductions and fresh good news and whether each is eligible
(ENGINE.md §3) on the first morning it could surface.
"""

import datetime as dt
import json
import random
import sys
import unicodedata
from pathlib import Path

from facts import planted

HERE = Path(__file__).resolve().parent
START = dt.date(2026, 3, 2)
END = dt.date(2026, 3, 15)


# What a contact of each kind was about, when a person has no talk list of their own.
GENERIC_TALK = {
    "meal": ["dinner and a long catch-up", "lunch, work and life"],
    "coffee": ["coffee and a catch-up", "quick coffee between meetings"],
    "activity": ["a walk along the river", "a weekend outing"],
    "event": ["ran into each other at a meetup", "met at a community event"],
    "meeting": ["working session", "project check-in"],
    "call": ["phone catch-up", "quick call"],
    "video": ["video catch-up", "video call"],
    "message": ["swapped messages", "a few messages back and forth"],
    "email": ["email thread", "emailed an update"],
}
PREFIX = {
    "meal": "Dinner",
    "coffee": "Coffee",
    "activity": "Outing",
    "event": "At an event",
    "meeting": "Meeting",
    "call": "Call",
    "video": "Video call",
    "message": "Messages",
    "email": "Email",
    "letter": "Letter",
    "gift": "Gift",
}


def slug(word):
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if c.isascii() and c.isalnum())


def d(s):
    return dt.date.fromisoformat(s)


class Book:
    def __init__(self, name, seed, settings=None):
        self.name = name
        self.rng = random.Random(seed)
        self.people = []
        self.interactions = []  # (date, kind, with, initiator, minutes, summary)
        self.events = []
        self.favors = []
        self.follow_ups = []
        self.goals = []
        self.items = []
        self.settings = settings
        self.hand = set()  # indexes of hand-written contacts (see `known`)

    def person(self, pid, name, circle, stage, *, rhythm=(), talk=None, extra=(), **kw):
        p = {"id": pid, "name": name}
        for key in ("company", "title", "location", "how_met", "met_on"):
            if key in kw:
                p[key] = kw.pop(key)
        p["circle"] = circle
        if "peak" in kw:
            p["peak_circle"] = kw.pop("peak")
        p["stage"] = stage
        for key in ("power", "kin", "no_intros"):
            if kw.pop(key, False):
                p[key] = True
        if "status" in kw:
            p["status"] = kw.pop("status")
        if "birthday" in kw:
            p["birthday"] = kw.pop("birthday")
        if "dates" in kw:
            p["dates"] = [{"id": i, "label": label, "date": date} for i, label, date in kw.pop("dates")]
        first, last = slug(name.split()[0]), slug(name.split()[-1])
        channels = [{"kind": "email", "value": f"{first}.{last}@example.org"}]
        p["channels"] = channels
        if "tags" in kw:
            p["tags"] = kw.pop("tags")
        if "interests" in kw:
            p["interests"] = [{"topic": t, "strength": s} for t, s in kw.pop("interests").items()]
        if "expertise" in kw:
            p["expertise"] = kw.pop("expertise")
        if "need" in kw:
            nid, topic, text, since = kw.pop("need")
            p["needs"] = [{"id": nid, "topic": topic, "text": text, "since": since}]
        if "offer" in kw:
            oid, topic, text, since = kw.pop("offer")
            p["offers"] = [{"id": oid, "topic": topic, "text": text, "since": since}]
        if "notes" in kw:
            p["notes"] = kw.pop("notes")
        assert not kw, f"{pid}: unknown fields {sorted(kw)}"
        self.people.append(p)
        talk = talk or []
        for gap, first_s, last_s, kinds in rhythm:
            lo, day = d(first_s), d(last_s)
            while day >= lo:
                kind = self.rng.choice(kinds)
                self.add(day.isoformat(), kind, [pid], self.summary(kind, talk))
                day -= dt.timedelta(days=max(1, round(gap * self.rng.uniform(0.65, 1.35))))
        for date, kind, summary, *minutes in extra:
            self.add(date, kind, [pid], summary, minutes[0] if minutes else None)

    def known(self, pid, name, circle, stage, *, rhythm=(), talk=None, extra=(), **kw):
        """`person`, whose `extra` contacts are written by hand: `hand_first` puts them before the generated ones, so
        that a hand-written contact wins over a generated one on the same day."""
        self.person(pid, name, circle, stage, rhythm=rhythm, talk=talk, **kw)
        for date, kind, summary, *minutes in extra:
            self.add(date, kind, [pid], summary, minutes[0] if minutes else None)
            self.hand.add(len(self.interactions) - 1)

    def hand_first(self):
        """Puts the contacts `known` wrote by hand before the generated ones."""
        rows = self.interactions
        self.interactions = [r for n, r in enumerate(rows) if n in self.hand] + [
            r for n, r in enumerate(rows) if n not in self.hand
        ]

    def summary(self, kind, talk):
        pool = talk or GENERIC_TALK.get(kind, ["caught up"])
        return f"{PREFIX.get(kind, kind.title())}: {self.rng.choice(pool)}"

    def add(self, date, kind, with_, summary, minutes=None, initiator=None):
        if initiator is None:
            initiator = self.rng.choice(["me", "me", "me", "them", "them", "mutual"])
        self.interactions.append((date, kind, with_, initiator, minutes, summary))

    def event(self, eid, person, date, kind, detail):
        self.events.append({"id": eid, "person": person, "date": date, "kind": kind, "detail": detail})

    def favor(self, fid, frm, to, date, kind, detail, thanked_on=None, outcome=None):
        f = {"id": fid, "from": frm, "to": to, "date": date, "kind": kind, "detail": detail}
        if thanked_on:
            f["thanked_on"] = thanked_on
        if outcome:
            f["outcome"] = outcome
        self.favors.append(f)

    def follow_up(self, uid, person, mine, text, due, until=None):
        u = {"id": uid, "person": person, "mine": mine, "text": text, "due": due}
        if until:
            u["until"] = until
        self.follow_ups.append(u)

    def goal(self, gid, title, topics, priority, people):
        self.goals.append({"id": gid, "title": title, "topics": topics, "priority": priority, "people": people})

    def item(self, iid, title, url, topics, published_on):
        self.items.append({"id": iid, "title": title, "url": url, "topics": topics, "published_on": published_on})

    def document(self):
        rows = sorted(self.interactions, key=lambda r: (r[0], r[2]))
        seen = set()
        interactions = []
        for n, (date, kind, with_, initiator, minutes, summary) in enumerate(rows, 1):
            key = (date, tuple(with_))
            if key in seen:  # one contact a day per person set is enough
                continue
            seen.add(key)
            rec = {"id": f"{self.name[:3]}-i{n:04d}", "date": date, "kind": kind, "with": with_}
            if initiator != "me":
                rec["initiator"] = initiator
            if minutes is not None:
                rec["minutes"] = minutes
            rec["summary"] = summary
            interactions.append(rec)
        doc = {"format": "advocates-archive", "version": 1}
        if self.settings:
            doc["settings"] = self.settings
        doc.update(
            people=self.people,
            interactions=interactions,
            events=self.events,
            favors=self.favors,
            follow_ups=self.follow_ups,
            goals=self.goals,
            items=self.items,
        )
        return doc


def designer():
    b = Book("designer", seed=20260302)
    H = "2024-09-15"  # history starts; Marta moved back from Berlin to Lisbon in January 2025
    P = b.person

    # --- inner circle and kin ---
    P("teresa", "Teresa Ribeiro", 1, "advocate", kin=True, location="Porto", title="Retired primary-school teacher",
      how_met="Mum", birthday="1962-03-14",
      dates=[("parents-wedding", "Mum and Dad's wedding anniversary", "1986-03-12")],
      notes="Widowed since Dad died in May 2023; the wedding anniversary is a hard day for her. Physio for her knee.",
      rhythm=[(7, H, "2026-02-28", ["call", "call", "call", "video", "meal"])],
      talk=["her garden and the neighbours", "her knee physio", "my clients and whether freelancing pays",
            "Rui's little one", "Sunday lunch in Porto", "Dad's memorial mass"])
    P("jose", "José Ribeiro", 1, "advocate", kin=True, status="deceased", location="Porto", how_met="Dad",
      birthday="1958-03-10", notes="Died in May 2023.",
      extra=[("2023-04-16", "call", "Call: his last Sunday call before the hospital")])
    P("sofia", "Sofia Almeida", 1, "advocate", location="Lisbon", company="Aires Mateus", title="Architect",
      how_met="Fine-arts faculty in Lisbon, first year", met_on="2010-10-04", birthday="--03-07",
      interests={"architecture": 1.0, "running": 0.8},
      notes="Training for her first half marathon (Lisbon, 8 March). Renovating a flat in Alfama.",
      rhythm=[(14, H, "2025-01-10", ["video", "message", "call"]),
              (6, "2025-01-20", "2026-02-26", ["coffee", "meal", "activity", "coffee", "message"])],
      talk=["her half-marathon training", "the Alfama flat renovation", "my pricing nerves",
            "her new project in Marvila", "a weekend in Comporta", "who we still see from uni"])
    P("rui", "Rui Ribeiro", 2, "advocate", kin=True, location="Porto", title="Civil engineer", how_met="My brother",
      birthday="1988-09-02", dates=[("rui-carla-wedding", "Rui and Carla's wedding anniversary", "2020-03-09")],
      rhythm=[(16, H, "2026-02-22", ["call", "message", "video", "meal"])],
      talk=["Mum's knee", "his son's swimming lessons", "the Porto flat he is buying", "football"])
    P("carla", "Carla Ribeiro", 3, "friend", kin=True, location="Porto", title="Pharmacist",
      how_met="Rui's wife", birthday="--07-19",
      rhythm=[(45, H, "2026-01-04", ["message", "meal"])])
    P("filipa", "Filipa Rocha", 3, "friend", kin=True, location="Coimbra", title="Junior doctor",
      how_met="Cousin", birthday="1995-03-02",
      rhythm=[(40, H, "2026-02-01", ["message", "call", "meal"])],
      talk=["her residency rota", "family Christmas in Porto", "her move to Coimbra"])

    # --- close: work family ---
    P("duarte", "Duarte Pinto", 2, "ally", power=True, company="Kapta", title="Design Lead", location="Lisbon",
      how_met="Colleagues at Kontor in Berlin", met_on="2019-02-11",
      interests={"design-systems": 0.9, "fintech": 0.7}, expertise=["fintech", "design-systems"],
      notes="Moved back to Lisbon a year before me; the reason I came back. Daughter born in 2025.",
      rhythm=[(25, H, "2025-01-05", ["video", "message"]),
              (18, "2025-01-15", "2026-02-10", ["coffee", "meal", "message", "coffee"])],
      talk=["Kapta's design-system migration", "hiring designers in Lisbon", "Kontor gossip",
            "his daughter's first year", "freelance versus in-house"])
    P("joana", "Joana Teixeira", 2, "friend", company="Freelance", title="Illustrator", location="Lisbon",
      how_met="Sofia's flatmate in 2012", birthday="--11-23",
      interests={"illustration": 1.0, "children-books": 0.9, "typography": 0.6},
      notes="Her first picture book, 'O Farol', comes out in early March.",
      rhythm=[(40, H, "2025-01-10", ["message"]),
              (18, "2025-01-20", "2026-02-15", ["coffee", "meal", "event", "message"])],
      talk=["the picture book's final proofs", "her studio in Anjos", "Gabriel's exhibition", "a gallery opening"])
    P("amara", "Amara Okonkwo", 2, "advocate", power=True, company="Field & Form", title="Design Director",
      location="London", how_met="My mentor since a Design Leadership course in 2021", met_on="2021-04-20",
      interests={"design-leadership": 0.9, "design-systems": 0.7},
      expertise=["design-systems", "workshops", "speaking"],
      notes="Monthly mentoring call. Her family is in Lagos.",
      rhythm=[(30, H, "2026-02-04", ["video", "video", "email", "message"])],
      talk=["my workshop pricing", "saying no to bad-fit clients", "her team offsite",
            "how to pitch a conference talk", "design leadership in small studios"])
    P("lucas", "Lucas Moreau", 2, "friend", company="Casa Oito", title="Founder", location="Lisbon",
      how_met="Runs Casa Oito, the coworking where I rent a desk", met_on="2025-01-20", birthday="--03-11",
      interests={"cycling": 0.7, "specialty-coffee": 0.8},
      notes="From Lyon. Flying home every other week since his father's diagnosis.",
      rhythm=[(8, "2025-01-20", "2026-02-20", ["coffee", "coffee", "meal", "activity", "message"])],
      talk=["the coworking's new meeting room", "cycling to Sintra", "Lisbon rents", "his father in Lyon"])
    P("miguel", "Miguel Costa", 3, "ally", power=True, company="Studio Norte", title="Founder & Creative Director",
      location="Lisbon", how_met="Pitched against each other for a bank app, then had lunch", met_on="2025-02-03",
      interests={"design-business": 0.8}, expertise=["agency-business"],
      notes="Sends me overflow work from Studio Norte. Likes long lunches in Cais do Sodré.",
      rhythm=[(35, "2025-02-03", "2026-02-18", ["meal", "coffee", "call", "email"])],
      talk=["overflow projects at Studio Norte", "agency margins", "clients who pay late", "his new hires"])

    # --- the wider working world ---
    P("priya", "Priya Raman", 4, "acquaintance", power=True, company="Vela Health", title="Head of Product",
      location="Lisbon", how_met="Miguel's referral: Vela's onboarding redesign", met_on="2026-02-27",
      expertise=["healthtech"],
      need=("priya-research", "ux-research",
            "Needs a freelance UX researcher to run 15 patient interviews in Portuguese before the April release",
            "2026-02-27"),
      notes="New client. Kickoff went well; she is sceptical of agencies and likes evidence.",
      extra=[("2026-02-27", "meeting", "Meeting: kickoff for the Vela onboarding redesign; she needs patient "
              "interviews in Portuguese", 75)])
    P("hana", "Hana Sato", 4, "friend", birthday="--06-11",  company="Freelance", title="UX Researcher", location="Lisbon",
      how_met="UX Lx Nights meetup", met_on="2025-03-12",
      interests={"research-ops": 0.9, "healthtech": 0.7},
      offer=("hana-research", "ux-research",
             "Freelance UX researcher, fluent in Portuguese; ran 40 patient interviews for a Berlin telehealth "
             "startup and has April free", "2025-10-01"),
      rhythm=[(50, "2025-03-12", "2026-01-15", ["coffee", "event", "message"])],
      talk=["her telehealth interview study", "recruiting patients for research", "moving to Lisbon from Osaka"])
    P("kwame", "Kwame Mensah", 3, "ally", birthday="1987-12-03",  company="Revolut", title="Senior Product Manager", location="Lisbon",
      how_met="Running club in Parque das Nações", met_on="2025-02-10",
      interests={"fintech": 0.9, "running": 0.5},
      need=("kwame-role", "product-roles",
            "Looking for a senior PM role in a Lisbon fintech; strong on payments and onboarding",
            "2026-02-18"),
      rhythm=[(28, "2025-02-10", "2026-02-06", ["coffee", "meal", "message", "activity"])],
      talk=["Revolut's reorg rumours", "his half-marathon plans", "product and design handoffs",
            "his partner's job in Accra"])
    P("ines", "Inês Carvalho", 4, "friend", power=True, company="Kapta", title="VP Product", location="Lisbon",
      how_met="Duarte introduced us", met_on="2025-04-10", expertise=["fintech"],
      offer=("ines-hiring", "product-roles",
             "Hiring two senior PMs for Kapta's payments team; wants people who have shipped onboarding",
             "2026-02-10"),
      rhythm=[(45, "2025-04-10", "2026-02-10", ["coffee", "meeting", "message"])],
      talk=["Kapta's onboarding funnel", "hiring PMs", "a possible retainer for design QA"])
    P("daniel", "Daniel Weiss", 3, "ally", power=True, company="Faro Ventures", title="Platform Lead",
      location="Lisbon", how_met="Faro's portfolio design clinic", met_on="2025-02-20",
      interests={"startups": 0.8}, expertise=["fintech", "healthtech"],
      notes="Connects Faro's portfolio founders with freelancers he trusts.",
      rhythm=[(40, "2025-02-20", "2026-02-12", ["coffee", "event", "email", "meal"])],
      talk=["Faro's portfolio founders", "design for seed-stage startups", "the Faro summer party"])
    P("ricardo", "Ricardo Lopes", 4, "acquaintance", company="Tessel", title="Founder & CEO", location="Lisbon",
      how_met="Daniel's introduction", met_on="2026-02-16", expertise=["fintech"],
      extra=[("2026-02-16", "video", "Video call: intro call, Tessel's onboarding drop-off", 40),
             ("2026-02-24", "email", "Email: sent my proposal for a six-week discovery")])
    P("leonor", "Leonor Vaz", 3, "friend", power=True, company="UX Lx Nights", title="Organiser; teaches at ETIC",
      location="Lisbon", how_met="Spoke at her meetup in March 2025", met_on="2025-02-01",
      interests={"design-education": 0.9}, expertise=["workshops", "speaking"],
      rhythm=[(25, "2025-02-01", "2026-02-19", ["event", "coffee", "message"])],
      talk=["the April meetup line-up", "a design-systems workshop at ETIC", "Lisbon's design community"])
    P("elena", "Elena Petrova", 4, "acquaintance", power=True, company="Form Conf", title="Programme Chair",
      location="Amsterdam", how_met="Form Conf 2025, after the design-systems track", met_on="2025-10-09",
      expertise=["conferences", "speaking"],
      extra=[("2025-10-09", "event", "At an event: talked after the design-systems track at Form Conf"),
             ("2025-11-20", "email", "Email: she said the 2026 call for proposals opens in March and to submit")])
    P("chloe", "Chloé Martin", 3, "friend", birthday="--10-02",  company="Kontor", title="Product Designer", location="Berlin",
      how_met="Colleagues at Kontor", met_on="2020-06-01", interests={"design-systems": 0.6, "music": 0.9},
      rhythm=[(35, H, "2026-01-30", ["video", "message", "message"])],
      talk=["Kontor's new design system", "interviewing at Spotify", "Berlin winters", "her choir"])
    P("nadia", "Nadia Benali", 3, "ally", birthday="--01-27",  company="Freelance", title="Copywriter", location="Lisbon",
      how_met="Paired on the Pão de Gente project", met_on="2025-03-01",
      interests={"copywriting": 1.0, "ux-writing": 0.9},
      rhythm=[(21, "2025-03-01", "2026-02-17", ["coffee", "call", "message", "meeting"])],
      talk=["splitting a brand project", "her Galp pitch", "freelance contracts", "Portuguese tax forms"])
    P("tiago", "Tiago Santos", 3, "friend", company="Freelance", title="Front-end developer", location="Lisbon",
      how_met="Built the Loop redesign with me", met_on="2025-01-25", birthday="1991-06-30",
      rhythm=[(14, "2025-01-25", "2026-02-24", ["call", "message", "meeting", "coffee"])],
      talk=["the Vela prototype", "Svelte versus React", "invoicing", "his band's gig"])
    P("beatriz", "Beatriz Fonseca", 5, "acquaintance", title="Accountant", location="Lisbon",
      how_met="Recommended by Nadia", rhythm=[(75, "2025-01-28", "2026-01-12", ["email", "meeting"])])
    P("felix", "Felix Braun", 4, "ally", power=True, peak=2, company="Kontor", title="Head of Design",
      location="Berlin", how_met="My manager at Kontor for four years", met_on="2018-09-03",
      expertise=["fintech", "design-systems"],
      rhythm=[(60, H, "2025-09-12", ["video", "email", "message"])],
      talk=["Kontor's redesign", "freelancing in Lisbon", "references for clients"])
    P("yara", "Yara Ahmed", 4, "acquaintance", company="Landing.jobs", title="Design Recruiter", location="Lisbon",
      expertise=["hiring"], rhythm=[(120, "2025-03-04", "2025-11-06", ["call", "email"])])
    P("mateus", "Mateus Oliveira", 4, "acquaintance", title="UX Writer", location="Lisbon",
      how_met="UX Lx Nights", interests={"ux-writing": 1.0},
      rhythm=[(70, "2025-04-01", "2026-01-21", ["event", "message"])])
    P("aisha", "Aisha Bello", 4, "friend", company="Farfetch", title="Product Manager", location="Lisbon",
      how_met="Sofia's friend; we run together sometimes", birthday="--05-21",
      rhythm=[(50, "2025-03-20", "2026-02-08", ["meal", "activity", "message"])],
      talk=["interviewing at Feedzai", "Farfetch layoffs", "a trail run in Sintra"])
    P("sam", "Sam Whitfield", 4, "acquaintance", title="Writes Tokens Weekly", location="Bristol",
      how_met="He featured my Kontor case study", interests={"design-systems": 1.0},
      rhythm=[(90, "2025-05-10", "2025-12-18", ["email", "video"])])
    P("marco", "Marco Bianchi", 4, "friend", company="Freelance", title="Backend developer", location="Lisbon",
      how_met="Desk neighbour at Casa Oito", birthday="1990-03-09", interests={"cycling": 0.6},
      rhythm=[(20, "2025-02-01", "2026-02-25", ["coffee", "meal", "activity"])])
    P("sara", "Sara Nyberg", 5, "acquaintance", company="Nomadly", title="Founder", location="Lisbon",
      rhythm=[(100, "2025-05-05", "2025-11-28", ["event", "coffee"])])
    P("pedro", "Pedro Alves", 4, "ally", company="Pão de Gente", title="Operations Director", location="Lisbon",
      how_met="Client: the bakery chain's ordering app (Miguel's referral)", met_on="2025-07-08",
      rhythm=[(45, "2025-07-08", "2025-12-10", ["meeting", "call", "email", "meal"])],
      talk=["the ordering app's launch", "store staff feedback", "phase two budget"])
    P("rita", "Rita Gomes", 4, "friend", peak=2, location="Porto", title="Teacher", how_met="School in Porto",
      birthday="--03-13", rhythm=[(70, H, "2025-06-14", ["message", "meal"])])
    P("omar", "Omar Farouk", 4, "acquaintance", power=True, company="Kinetica Health", title="Head of Product",
      location="Lisbon", how_met="Health-tech breakfast at Faro", met_on="2025-06-10",
      interests={"healthtech": 0.9}, expertise=["healthtech"],
      rhythm=[(60, "2025-06-10", "2026-01-28", ["event", "coffee"])],
      talk=["Kinetica's clinician app", "design debt in health startups"])
    P("julia", "Júlia Castro", 5, "acquaintance", company="Lisbon Tech Week", title="Community Lead",
      location="Lisbon", expertise=["conferences"],
      rhythm=[(120, "2025-05-20", "2025-10-02", ["event", "email"])])
    P("ben", "Ben Carter", 4, "ally", company="Loop", title="Founder", location="Austin (remote)",
      how_met="Client: the Loop habit-app redesign", met_on="2025-03-15", interests={"productivity": 0.8},
      rhythm=[(30, "2025-03-15", "2026-01-12", ["video", "email", "message"])],
      talk=["the Loop redesign", "App Store screenshots", "his launch plan", "a late invoice"])
    P("ewa", "Ewa Kowalska", 4, "friend", title="Motion designer", location="Lisbon",
      interests={"motion-design": 1.0}, rhythm=[(60, "2025-02-10", "2026-01-05", ["coffee", "message"])])
    P("li", "Li Wei", 4, "acquaintance", title="Type designer", location="Lisbon", how_met="UX Lx Nights",
      interests={"typography": 1.0}, rhythm=[(90, "2025-04-18", "2025-12-05", ["event", "coffee"])])
    P("catarina", "Catarina Moura", 5, "friend", peak=2, company="IADE", title="Lecturer in interaction design",
      location="Lisbon", how_met="Fine-arts faculty; we shared a studio", met_on="2010-10-04",
      expertise=["workshops", "design-education"], notes="Drifted apart when I was in Berlin.",
      extra=[("2021-12-18", "meal", "Dinner: Christmas dinner with the old studio group"),
             ("2022-05-20", "coffee", "Coffee: she had just started teaching at IADE")])
    P("henrique", "Henrique Sá", 5, "ally", peak=3, company="Saúde Norte", title="Design Director",
      location="Porto", how_met="My first boss, at a Porto agency", met_on="2013-09-01", expertise=["healthtech"],
      extra=[("2022-03-10", "call", "Call: he was moving in-house to a hospital group"),
             ("2022-10-03", "email", "Email: congratulated me on the Kontor promotion")])
    P("zoe", "Zoe Adams", 4, "friend", peak=2, title="Illustrator", location="Berlin",
      how_met="Neighbours in Neukölln", rhythm=[(30, H, "2025-08-22", ["video", "message"])])
    P("khalid", "Khalid Mansour", 4, "friend", birthday="--03-04",  title="Junior product designer", location="Lisbon",
      how_met="I mentor him (ADPList)", met_on="2025-04-12", interests={"portfolio": 1.0, "design-systems": 0.6},
      rhythm=[(30, "2025-04-12", "2026-02-14", ["video", "coffee", "message"])],
      talk=["his portfolio", "his first design job search", "design-system basics"])
    P("andre", "André Matos", 4, "acquaintance", company="Studio Calma", title="Co-founder", location="Lisbon",
      rhythm=[(80, "2025-03-05", "2025-12-15", ["event", "coffee"])])
    P("lena", "Lena Hoffmann", 5, "acquaintance", company="Kontor", title="Product Manager", location="Berlin",
      rhythm=[(150, H, "2025-07-01", ["message"])])
    P("diego", "Diego Herrera", 5, "acquaintance", company="Glovo", title="Product Designer", location="Barcelona",
      how_met="Form Conf 2025", interests={"design-systems": 0.8},
      extra=[("2025-10-09", "event", "At an event: Form Conf, the design-systems track"),
             ("2025-10-20", "message", "Messages: swapped Figma token set-ups")])
    P("mei", "Mei Chen", 5, "acquaintance", company="Faro Ventures", title="Associate", location="Lisbon",
      extra=[("2025-09-18", "event", "At an event: the Faro summer party")])
    P("joao", "João Pereira", 3, "friend", title="Nurse", location="Lisbon", how_met="Neighbour; we surf together",
      interests={"surfing": 1.0},
      rhythm=[(10, "2025-04-05", "2025-10-25", ["activity"]), (30, "2025-11-01", "2026-02-21", ["coffee", "message"])],
      talk=["surf at Carcavelos", "his night shifts", "the building's new lift"])
    P("gabriel", "Gabriel Nunes", 4, "friend", title="Painter", location="Lisbon", how_met="Joana's partner",
      rhythm=[(60, "2025-03-01", "2026-01-17", ["meal", "event"])])

    # group contacts
    b.add("2025-12-20", "meal", ["sofia", "joana", "gabriel"], "Dinner: Christmas dinner at Sofia's", 180, "them")
    b.add("2025-11-13", "event", ["leonor", "hana", "mateus", "li"], "At an event: UX Lx Nights design-systems panel")
    b.add("2025-06-07", "activity", ["sofia", "kwame", "aisha"], "Outing: Santo António street party", 240, "mutual")

    # life events
    b.event("ev-duarte-promo", "duarte", "2026-02-19", "promotion",
            "Promoted to Head of Design at Kapta; he will build a team of six")
    b.event("ev-chloe-job", "chloe", "2026-02-23", "new_job", "Joined Spotify in Stockholm as Senior Product Designer")
    b.event("ev-joana-book", "joana", "2026-03-05", "launch",
            "Her first picture book, 'O Farol', launched with Orfeu Negro")
    b.event("ev-ben-launch", "ben", "2026-03-09", "launch",
            "Launched Loop 2.0 on Product Hunt, with the redesign we did together")
    b.event("ev-kwame-layoff", "kwame", "2026-02-16", "job_loss",
            "Laid off in Revolut's February restructuring, with most of the Lisbon growth team")
    b.event("ev-lucas-father", "lucas", "2026-02-25", "illness",
            "His father was diagnosed with Parkinson's; he is flying to Lyon every other week")
    b.event("ev-amara-father", "amara", "2026-03-04", "bereavement",
            "Her father died in Lagos after a short illness; she is flying home for the funeral")
    b.event("ev-pedro-move", "pedro", "2025-11-03", "new_job", "Became COO of Pão de Gente")
    b.event("ev-felix-baby", "felix", "2025-06-02", "baby", "His son Jonah was born")

    # favors
    b.favor("fv-duarte-kapta", "duarte", "me", "2025-06-10", "referral",
            "Recommended me to Kapta for a six-week onboarding audit", "2025-06-11", "Paid project, about €9k")
    b.favor("fv-me-duarte", "me", "duarte", "2025-11-20", "advice", "Reviewed his design-lead interview loop")
    b.favor("fv-amara-freelance", "amara", "me", "2025-05-14", "advice",
            "Talked me through going freelance: day rate, contracts, saying no", "2025-05-15")
    b.favor("fv-amara-linkedin", "amara", "me", "2025-09-02", "endorsement",
            "Wrote a LinkedIn recommendation for my freelance profile", "2025-09-03")
    b.favor("fv-amara-pricing", "amara", "me", "2026-01-20", "advice",
            "Helped me price the design-systems workshop (€450 a seat, 12 seats)", "2026-01-21")
    b.favor("fv-me-amara", "me", "amara", "2025-12-01", "share", "Sent her a list of Lisbon studios for her team offsite")
    b.favor("fv-miguel-pao", "miguel", "me", "2025-07-03", "referral",
            "Referred me to Pão de Gente for their ordering app", "2025-07-04", "Four-month project")
    b.favor("fv-miguel-vela", "miguel", "me", "2026-02-25", "referral",
            "Referred me to Vela Health for their patient-onboarding redesign", None, "Kickoff on 27 Feb")
    b.favor("fv-daniel-faro", "daniel", "me", "2025-09-18", "intro",
            "Introduced me to two Faro portfolio founders at the summer party", "2025-09-19")
    b.favor("fv-daniel-tessel", "daniel", "me", "2026-02-12", "intro",
            "Introduced me to Ricardo Lopes, founder of Tessel, who needs a design partner")
    b.favor("fv-nadia-ref", "nadia", "me", "2025-10-06", "referral", "Passed me a brand-site project she had no time for",
            "2025-10-06")
    b.favor("fv-me-nadia", "me", "nadia", "2025-12-09", "recommendation", "Recommended her to Studio Norte")
    b.favor("fv-pedro-testimonial", "pedro", "me", "2025-10-28", "endorsement", "Wrote a testimonial for my website",
            "2025-10-29")
    b.favor("fv-me-khalid", "me", "khalid", "2026-02-14", "advice", "Reviewed his portfolio for an hour")
    b.favor("fv-sofia-car", "sofia", "me", "2026-01-24", "favor", "Lent me her car for the Porto trip", "2026-01-24")

    # follow-ups
    b.follow_up("fu-priya-audit", "priya", True, "Send Priya the onboarding audit with three quick wins", "2026-03-05")
    b.follow_up("fu-leonor-outline", "leonor", True, "Send Leonor the outline for the April design-systems workshop",
                "2026-03-12")
    b.follow_up("fu-khalid-intro", "khalid", True, "Send Khalid the list of studios hiring juniors", "2026-03-03")
    b.follow_up("fu-sofia-half", "sofia", False, "Running the Lisbon Half Marathon, her first", "2026-03-08")
    b.follow_up("fu-aisha-feedzai", "aisha", False, "Final-round interview at Feedzai", "2026-03-05")
    b.follow_up("fu-ricardo-board", "ricardo", False, "Tessel's board decides on the design budget", "2026-03-06",
                "2026-03-13")
    b.follow_up("fu-nadia-galp", "nadia", False, "Pitching Galp on a brand refresh", "2026-03-10")
    b.follow_up("fu-elena-cfp", "elena", False, "Form Conf 2026 call for proposals opens", "2026-03-10", "2026-03-31")

    # goals
    b.goal("g-retainers", "Sign three retainer clients by June", ["fintech", "healthtech"], 1,
           ["priya", "daniel", "ines", "ricardo"])
    b.goal("g-workshop", "Launch a paid design-systems workshop", ["design-systems", "workshops"], 2,
           ["amara", "leonor"])
    b.goal("g-talk", "Give a talk at a European design conference", ["speaking", "conferences"], 3, ["elena"])

    # saved items
    b.item("it-tokens", "Design Tokens Community Group: the format spec reaches 1.0",
           "https://example.org/dtcg-1-0", ["design-systems"], "2026-03-03")
    b.item("it-health-onboarding", "Patient onboarding patterns from twelve health apps",
           "https://example.org/health-onboarding", ["healthtech"], "2026-03-06")
    b.item("it-half", "What to do in the week after your first half marathon", "https://example.org/after-the-half",
           ["running"], "2026-03-09")
    b.item("it-signs", "Lisbon's lost shop signs: a typographic archive", "https://example.org/lisbon-signs",
           ["typography"], "2026-03-11")
    b.item("it-bologna", "Bologna Children's Book Fair 2026: the illustrators' exhibition",
           "https://example.org/bologna-2026", ["children-books", "illustration"], "2026-03-12")
    b.item("it-fintech-old", "Portugal's fintech map 2026", "https://example.org/pt-fintech", ["fintech"],
           "2026-01-10")
    return b


def founder():
    b = Book("founder", seed=31415)
    H = "2024-10-01"
    P = b.person

    P("jonas", "Jonas Keller", 1, "advocate", power=True, company="Humusly", title="Co-founder & CTO",
      location="Berlin", how_met="Hackathon at TU Berlin", met_on="2021-11-06", birthday="1989-03-10",
      interests={"climbing": 0.9},
      rhythm=[(7, H, "2026-02-27", ["meeting", "meal", "activity", "call", "meeting"])],
      talk=["the ML hire", "probe v3 field failures", "runway and the seed timeline", "bouldering at Berta Block",
            "investor Q&A prep", "how we split the board update"])
    P("ayse", "Ayşe Demir", 1, "advocate", kin=True, location="Cologne", how_met="Mum", birthday="--04-02",
      rhythm=[(7, H, "2026-03-01", ["call", "call", "video", "meal"])],
      talk=["Dad's blood pressure", "Can and Zeynep's baby", "whether I sleep enough", "her choir"])
    P("mehmet", "Mehmet Demir", 2, "advocate", kin=True, location="Cologne", how_met="Dad",
      birthday="1958-10-19", dates=[("parents-anniversary", "Mum and Dad's wedding anniversary", "1984-03-12")],
      rhythm=[(14, H, "2026-02-22", ["call", "meal"])], talk=["Galatasaray", "his allotment", "the startup, again"])
    P("can", "Can Demir", 2, "advocate", kin=True, location="Istanbul", title="Architect", how_met="My brother",
      birthday="1991-07-08",
      rhythm=[(12, H, "2026-02-26", ["video", "message", "call"])],
      talk=["the baby's due date", "his studio's new project", "Mum and Dad's visit"])
    P("zeynep", "Zeynep Demir", 4, "friend", kin=True, location="Istanbul", how_met="Can's wife",
      rhythm=[(60, H, "2026-01-01", ["message", "video"])])
    P("marlene", "Marlene Fischer", 1, "advocate", location="Berlin", title="Paediatric nurse",
      how_met="School in Cologne", met_on="2001-09-01", birthday="--03-05",
      rhythm=[(8, H, "2026-02-25", ["meal", "coffee", "activity", "call", "message"])],
      talk=["her night shifts", "the Humusly round", "a weekend at the Müggelsee", "Moritz's new job"])
    P("moritz", "Moritz Klein", 4, "friend", location="Berlin", how_met="Marlene's partner",
      rhythm=[(45, H, "2026-01-24", ["meal", "activity"])])

    # investors
    P("hannah", "Hannah Schulz", 3, "ally", power=True, company="Tidal Ventures", title="Partner",
      location="Berlin", how_met="Marcus's introduction", met_on="2025-06-12",
      expertise=["climate-vc", "seed-funding"],
      notes="Leading our diligence; wants proof the probes hold up in clay soils.",
      rhythm=[(18, "2025-06-12", "2026-02-24", ["meeting", "video", "email", "coffee"])],
      talk=["probe accuracy in clay soils", "the data room", "Tidal's climate thesis", "reference calls"])
    P("marcus", "Marcus Adebayo", 3, "advocate", birthday="--11-30",  power=True, company="Angel investor",
      title="Former VP Engineering at Zalando", location="Berlin", how_met="Pre-seed investor", met_on="2023-05-10",
      expertise=["seed-funding", "hiring", "machine-learning"], interests={"climate-tech": 0.8},
      rhythm=[(30, H, "2026-02-18", ["coffee", "call", "email", "meal"])],
      talk=["the seed narrative", "who else to pitch", "hiring senior engineers", "his kids' school"])
    P("isabel", "Isabel Moreno", 5, "acquaintance", power=True, company="Kiln Capital", title="Principal",
      location="Madrid", how_met="Marcus's introduction", met_on="2026-02-28", expertise=["climate-vc"],
      extra=[("2026-02-28", "video", "Video call: first call; she wants our MRV accuracy against lab samples", 45)])
    P("greta", "Greta Lindahl", 4, "friend", power=True, company="Nordic Roots Ventures", title="Associate",
      location="Stockholm", how_met="Climate founders' dinner in Stockholm", met_on="2025-02-01",
      expertise=["climate-vc"],
      rhythm=[(45, "2025-02-01", "2026-01-22", ["video", "event", "email"])],
      talk=["Nordic Roots' new fund", "soil carbon versus biochar", "Stockholm founders"])
    P("nina", "Nina Hofmann", 4, "ally", power=True, company="Angel investor", title="Former CFO at a seed company",
      location="Hamburg", how_met="Pre-seed round", met_on="2025-05-01",
      notes="Put €100k into the seed; wants a monthly update on time.",
      rhythm=[(60, "2025-05-01", "2026-01-28", ["email", "video", "coffee"])])
    P("ethan", "Ethan Brooks", 5, "acquaintance", power=True, company="Lowtide Capital", title="Partner",
      location="San Francisco", how_met="Climate Week Berlin", met_on="2025-11-05", expertise=["climate-vc"],
      extra=[("2025-11-05", "event", "At an event: Climate Week Berlin investor breakfast"),
             ("2025-11-12", "email", "Email: asked to stay in touch until we have a lead")])
    P("oskar", "Oskar Berg", 5, "acquaintance", company="Angel investor", location="Stockholm",
      extra=[("2025-09-22", "video", "Video call: he passed, too early for him"),
             ("2025-10-01", "email", "Email: asked for the quarterly update")])

    # advisors and science
    P("rafael", "Rafael Ortiz", 2, "advocate", power=True, company="Advisor", title="Founder of AgroSense (exited)",
      location="Valencia", how_met="EIT Food accelerator mentor", met_on="2023-02-14",
      expertise=["agrifood", "seed-funding", "regenerative-agriculture"],
      rhythm=[(21, H, "2026-02-20", ["video", "call", "email", "meal"])],
      talk=["the Tidal term sheet", "pricing pilots", "how John Deere ran diligence", "founder burnout"])
    P("ana", "Ana Ruiz", 3, "ally", power=True, company="Wageningen University", title="Soil scientist",
      location="Wageningen", how_met="My MSc thesis supervisor's postdoc", met_on="2019-09-01",
      birthday="--09-14", interests={"soil-science": 1.0},
      expertise=["soil-science", "regenerative-agriculture"],
      offer=("ana-press", "soil-carbon-expert",
             "Soil scientist at Wageningen; happy to talk to press on the record about measurement uncertainty "
             "in soil carbon", "2025-06-01"),
      rhythm=[(30, H, "2026-02-09", ["video", "email", "meeting"])],
      talk=["lab validation of the probes", "her paper on sampling depth", "the Wageningen field trial"])
    P("thomas", "Thomas Becker", 4, "ally", company="Freelance", title="Fractional CFO", location="Berlin",
      how_met="Recommended by Nina", met_on="2025-03-01",
      offer=("thomas-cfo", "fractional-cfo",
             "Fractional CFO for climate startups; built the models behind three Series A rounds and has two days "
             "a week free from March", "2025-09-01"),
      rhythm=[(60, "2025-03-01", "2026-01-20", ["video", "email", "coffee"])],
      talk=["our revenue model", "pilot pricing", "his other climate clients"])
    P("tobias", "Tobias Wolf", 4, "ally", company="Wolf & Partner", title="Startup lawyer", location="Berlin",
      rhythm=[(20, "2026-01-10", "2026-02-25", ["email", "call", "meeting"])],
      talk=["the cap table", "the term sheet's pro-rata clause", "ESOP pool size"])
    P("tomasz", "Tomasz Wiśniewski", 3, "ally", birthday="--12-01",  company="Freelance", title="Hardware engineer", location="Berlin",
      how_met="Built probe v2 with us", met_on="2025-03-01",
      rhythm=[(10, "2025-03-01", "2026-02-26", ["meeting", "call", "message"])],
      talk=["probe v3 casing", "battery life in winter", "the Shenzhen supplier"])

    # pilots and customers
    P("sanne", "Sanne de Vries", 3, "ally", power=True, company="Rijnveld Foods",
      title="Head of Sustainable Sourcing", location="Utrecht", how_met="World Agri-Tech Summit", met_on="2025-04-10",
      expertise=["agrifood", "regenerative-agriculture"],
      rhythm=[(24, "2025-04-10", "2026-02-11", ["video", "meeting", "email", "call"])],
      talk=["the three-farm pilot scope", "their regenerative-sourcing targets", "procurement timelines"])
    P("raj", "Raj Malhotra", 4, "acquaintance", company="AgriNova", title="Head of Agronomy", location="Reading",
      expertise=["agrifood"], rhythm=[(40, "2025-09-10", "2026-01-26", ["video", "email"])],
      talk=["a UK wheat pilot", "their agronomists' workflow"])
    P("sven", "Sven Larsen", 4, "ally", title="Farmer, 2025 pilot", location="Jutland",
      how_met="2025 pilot farm", met_on="2025-03-15",
      rhythm=[(40, "2025-03-15", "2026-01-14", ["video", "call", "meeting"])],
      talk=["probe readings after harvest", "his cooperative", "winter cover crops"])
    P("daniel", "Daniel Mwangi", 4, "ally", company="Shamba Labs", title="Agronomist", location="Nakuru",
      how_met="Partner for the Kenya pilot", met_on="2025-04-01", interests={"regenerative-agriculture": 1.0},
      rhythm=[(30, "2025-04-01", "2026-02-16", ["video", "message"])])
    P("kate", "Kate O'Brien", 4, "acquaintance", company="Cool Farm Alliance", title="Partnerships Lead",
      location="Dublin", interests={"regenerative-agriculture": 0.9},
      rhythm=[(70, "2025-05-01", "2026-01-19", ["video", "email"])])

    # hiring
    P("wen", "Wen Zhao", 4, "acquaintance", power=True, company="Planet Labs", title="Machine-learning engineer",
      location="Berlin", how_met="Marcus suggested her for the founding ML role", met_on="2026-01-08",
      interests={"remote-sensing": 1.0}, expertise=["machine-learning", "remote-sensing"],
      rhythm=[(20, "2026-01-08", "2026-02-19", ["coffee", "video", "meal"])],
      talk=["the founding ML role", "satellite soil-moisture models", "equity and salary", "Planet's culture"])
    P("helena", "Helena Kowalczyk", 5, "acquaintance", company="TU Berlin", title="PhD candidate, remote sensing",
      location="Berlin", interests={"remote-sensing": 1.0}, expertise=["remote-sensing"],
      extra=[("2026-02-06", "coffee", "Coffee: her thesis and whether she wants a startup after it")])
    P("lisa", "Lisa Chen", 4, "acquaintance", company="Tidal Ventures", title="Talent Partner", location="Berlin",
      expertise=["hiring"], rhythm=[(45, "2025-10-01", "2026-02-03", ["video", "email"])])

    # founders and the climate scene
    P("lukas", "Lukas Brandt", 3, "friend", birthday="1987-05-19",  company="Cellback", title="Co-founder", location="Berlin",
      how_met="Same accelerator batch", met_on="2023-04-01",
      interests={"climate-tech": 0.9, "founder-mental-health": 0.7},
      rhythm=[(28, H, "2026-02-13", ["meal", "coffee", "message"])],
      talk=["his Series A", "founder sleep", "battery recycling margins"])
    P("mara", "Mara Lindqvist", 3, "ally", birthday="--08-08",  company="Fjordgrid", title="Founder & CEO", location="Berlin",
      how_met="Women in Climate Berlin dinner", met_on="2025-01-15", interests={"energy": 0.9},
      need=("mara-cfo", "fractional-cfo",
            "Needs a part-time CFO to make Fjordgrid's Series A model investor-ready by April", "2026-02-12"),
      rhythm=[(35, "2025-01-15", "2026-02-12", ["coffee", "meal", "message"])],
      talk=["her Series A prep", "grid-balancing customers", "being a solo founder"])
    P("amir", "Amir Rahimi", 3, "friend", birthday="--03-08",  company="Carbonate", title="Founder", location="Berlin",
      how_met="Same accelerator batch", met_on="2023-04-01",
      rhythm=[(30, H, "2026-01-30", ["coffee", "meal", "call"])],
      talk=["Carbonate's bridge round", "carbon removal buyers", "his cat"])
    P("felipe", "Felipe Araújo", 4, "friend", company="Rootline", title="Founder", location="Porto Alegre",
      how_met="EIT Food accelerator", met_on="2023-02-14", interests={"remote-sensing": 0.8, "agrifood": 0.7},
      rhythm=[(50, "2025-02-20", "2026-01-30", ["video", "message", "event"])])
    P("david", "David Okafor", 4, "acquaintance", company="Climate-KIC", title="Programme Manager",
      location="London", rhythm=[(60, "2025-03-01", "2026-01-15", ["event", "email", "video"])])
    P("kenji", "Kenji Watanabe", 4, "acquaintance", company="The Heat Desk", title="Climate reporter",
      location="London", how_met="Interviewed me about MRV in 2025", met_on="2025-07-01",
      need=("kenji-source", "soil-carbon-expert",
            "Writing a feature on whether soil-carbon credits hold up; needs a scientist who will speak on the "
            "record about measurement uncertainty", "2026-02-20"),
      rhythm=[(60, "2025-07-01", "2026-02-20", ["call", "email"])])
    P("mariam", "Mariam Yusuf", 4, "friend", company="Women in Climate Berlin", title="Founder",
      location="Berlin", interests={"founder-community": 0.8},
      rhythm=[(45, "2025-01-10", "2026-02-05", ["event", "coffee", "message"])])
    P("fatima", "Fatima Zahra El Amrani", 4, "acquaintance", company="European Commission, DG AGRI",
      title="Policy Officer", location="Brussels", interests={"eu-soil-policy": 1.0},
      rhythm=[(90, "2025-04-01", "2025-12-09", ["event", "email"])])
    P("bea", "Beatriz Santos", 4, "friend", company="Climeworks", title="Operations Lead", location="Zurich",
      rhythm=[(60, H, "2025-12-12", ["video", "message"])])
    P("chiara", "Chiara Romano", 4, "friend", birthday="--03-03",  title="Brand designer", location="Berlin",
      how_met="Designed Humusly's identity", interests={"design": 0.9},
      rhythm=[(50, H, "2025-12-02", ["coffee", "message", "meeting"])])

    # friends, old colleagues, the lapsed and the dormant
    P("julia", "Julia Hartmann", 3, "friend", title="Teacher", location="Leipzig", how_met="University in Bonn",
      birthday="--03-13", rhythm=[(30, H, "2026-02-07", ["meal", "call", "message"])])
    P("paul", "Paul Richter", 3, "friend", title="Physiotherapist", location="Berlin",
      how_met="Tuesday running club", met_on="2025-03-01", interests={"running": 0.9},
      rhythm=[(7, "2025-03-01", "2026-02-21", ["activity", "activity", "coffee"])],
      talk=["the Tuesday 10k", "his father in Leipzig", "a spring marathon"])
    P("sophie", "Sophie Laurent", 4, "friend", peak=3, company="BCG", title="Principal", location="Paris",
      how_met="Colleagues in BCG's climate practice", rhythm=[(70, H, "2025-04-19", ["meal", "message"])])
    P("hugo", "Hugo Martin", 4, "friend", company="Bosch", title="Engineer", location="Stuttgart",
      rhythm=[(90, H, "2025-10-10", ["message", "call"])])
    P("yusuf", "Yusuf Kaya", 4, "friend", kin=True, location="Istanbul", how_met="Cousin", birthday="--03-15",
      rhythm=[(90, H, "2026-01-01", ["message"])])
    P("leo", "Leo Schmidt", 5, "friend", company="Google", title="Software engineer", location="Zurich",
      how_met="Our first intern", rhythm=[(120, H, "2025-09-05", ["message"])])
    P("peter", "Peter Novak", 5, "ally", peak=3, company="Bosch", title="Director, agtech ventures",
      location="Stuttgart", how_met="My boss at Bosch's agtech unit", met_on="2016-06-01", expertise=["agrifood"],
      extra=[("2021-11-04", "meeting", "Meeting: farewell lunch when I left Bosch"),
             ("2022-11-18", "email", "Email: he asked how the idea was going")])
    P("ingrid", "Ingrid Solberg", 5, "friend", peak=2, company="Fjell Climate Fund", title="Investment Manager",
      location="Oslo", how_met="MSc at Wageningen", met_on="2012-09-01", expertise=["climate-vc"],
      extra=[("2022-08-27", "meal", "Dinner: her visit to Berlin")])

    b.add("2025-12-13", "meal", ["marlene", "moritz", "jonas"], "Dinner: Humusly's end-of-year dinner at ours", 180,
          "me")
    b.add("2025-11-05", "event", ["greta", "ethan", "lukas"], "At an event: Climate Week Berlin", 240, "mutual")

    # life events
    b.event("ev-greta-promo", "greta", "2026-02-18", "promotion", "Promoted to Principal at Nordic Roots Ventures")
    b.event("ev-sanne-promo", "sanne", "2026-02-24", "promotion",
            "Promoted to VP Sustainability at Rijnveld Foods; she now owns the regenerative-sourcing budget")
    b.event("ev-david-job", "david", "2026-02-27", "new_job", "Joined the Carbon13 venture builder as Head of Programme")
    b.event("ev-felipe-launch", "felipe", "2026-03-03", "launch",
            "Launched Rootline publicly with its first 200 farms in Rio Grande do Sul")
    b.event("ev-can-baby", "can", "2026-03-08", "baby", "Can and Zeynep's daughter Defne was born in Istanbul")
    b.event("ev-lukas-award", "lukas", "2026-01-15", "award", "Cellback won the EIT InnoEnergy Booster prize")
    b.event("ev-rafael-mother", "rafael", "2026-02-27", "illness",
            "His mother had a stroke; he is in Valencia with her and stepping back for a few weeks")
    b.event("ev-amir-shutdown", "amir", "2026-02-10", "job_loss",
            "Shut down Carbonate after the bridge round fell through; the team of six was let go")
    b.event("ev-paul-father", "paul", "2026-03-03", "bereavement",
            "His father died after a long illness; the funeral is in Leipzig on 10 March")

    # favors
    b.favor("fv-marcus-hannah", "marcus", "me", "2025-06-10", "intro", "Introduced me to Hannah Schulz at Tidal Ventures",
            "2025-06-11", "Tidal is leading diligence")
    b.favor("fv-marcus-narrative", "marcus", "me", "2025-10-15", "advice", "Coached me on the seed narrative",
            "2025-10-16")
    b.favor("fv-marcus-isabel", "marcus", "me", "2026-02-26", "intro", "Introduced me to Isabel Moreno at Kiln Capital",
            None, "First call on 28 Feb")
    b.favor("fv-marcus-wen", "marcus", "me", "2026-01-05", "referral", "Suggested Wen Zhao for the founding ML role",
            "2026-01-06")
    b.favor("fv-me-marcus", "me", "marcus", "2025-11-01", "share", "Sent him our probe teardown for his portfolio CTO")
    b.favor("fv-rafael-termsheet", "rafael", "me", "2026-02-05", "advice",
            "Walked me through Tidal's draft term sheet clause by clause")
    b.favor("fv-thomas-model", "thomas", "me", "2025-11-12", "advice", "Rebuilt our revenue model with me for the seed deck",
            "2025-11-13")
    b.favor("fv-sven-reference", "sven", "me", "2025-12-01", "endorsement", "Agreed to be a reference for investors",
            "2025-12-02")
    b.favor("fv-sven-coop", "sven", "me", "2026-02-20", "referral",
            "Referred me to his cooperative's board (Danish Agro North) for a 20-farm pilot")
    b.favor("fv-ana-validation", "ana", "me", "2025-09-20", "favor", "Ran our probe readings against her lab samples",
            "2025-09-21")
    b.favor("fv-me-amir", "me", "amir", "2025-12-04", "intro", "Introduced him to two carbon-removal buyers")
    b.favor("fv-me-mara", "me", "mara", "2025-10-20", "advice", "Shared our seed data-room template")
    b.favor("fv-me-felipe", "me", "felipe", "2025-08-12", "recommendation", "Recommended Rootline to Kate at Cool Farm")

    # follow-ups
    b.follow_up("fu-tobias-cap", "tobias", True, "Send Tobias the updated cap table", "2026-03-03")
    b.follow_up("fu-hannah-dataroom", "hannah", True, "Send Hannah the data room with the 2025 pilot results",
                "2026-03-04")
    b.follow_up("fu-marlene-dinner", "marlene", True, "Book the table for Marlene's birthday dinner", "2026-03-04")
    b.follow_up("fu-sanne-proposal", "sanne", True, "Send Sanne the pilot proposal for the three-farm trial",
                "2026-03-06")
    b.follow_up("fu-nina-update", "nina", True, "Send the February investor update", "2026-03-10")
    b.follow_up("fu-helena-defense", "helena", False, "Defends her PhD on satellite soil-moisture models",
                "2026-03-06")
    b.follow_up("fu-hannah-ic", "hannah", False, "Tidal's investment committee votes on the Humusly seed",
                "2026-03-10", "2026-03-11")
    b.follow_up("fu-wen-decision", "wen", False, "Deciding whether to leave Planet for the founding ML role",
                "2026-03-11")

    # goals
    b.goal("g-seed", "Close the €3M seed round by May", ["climate-vc", "seed-funding"], 1,
           ["hannah", "marcus", "isabel", "greta"])
    b.goal("g-pilots", "Sign two paid pilots with agrifood buyers", ["agrifood", "regenerative-agriculture"], 1,
           ["sanne", "raj"])
    b.goal("g-ml", "Hire a founding ML engineer", ["machine-learning", "remote-sensing", "hiring"], 2,
           ["wen", "helena", "lisa"])

    # saved items
    b.item("it-grid", "Why grid-balancing startups are raising again", "https://example.org/grid-raise", ["energy"],
           "2026-03-02")
    b.item("it-eu-soil", "EU Soil Monitoring Law: what member states must measure by 2028",
           "https://example.org/eu-soil-law", ["eu-soil-policy", "soil-science"], "2026-03-04")
    b.item("it-sentinel", "ESA releases a Sentinel-2 soil-moisture dataset for Europe",
           "https://example.org/sentinel-soil", ["remote-sensing"], "2026-03-06")
    b.item("it-coolfarm", "Cool Farm Tool adds a soil-carbon module", "https://example.org/coolfarm-soil",
           ["regenerative-agriculture"], "2026-03-10")
    b.item("it-boulder", "A new bouldering gym opens in Neukölln", "https://example.org/boulder-neukoelln",
           ["climbing"], "2026-03-12")
    return b


def nurse():
    b = Book("nurse", seed=27182)
    H = "2024-10-20"  # history starts; Claire began the part-time MSc in Healthcare Leadership in September 2024
    P = b.person

    # --- family ---
    P("tom", "Tom Whitaker", 1, "advocate", kin=True, location="Sale", title="PE teacher, Ashton-on-Mersey School",
      how_met="My husband", birthday="1980-08-22",
      dates=[("tom-claire-wedding", "Our wedding anniversary", "2011-06-18")],
      notes="Two kids: Alfie (13) and Evie (10). Covers the school runs when I am on lates.",
      rhythm=[(9, H, "2026-02-28", ["meal", "activity", "call", "meal"])],
      talk=["a proper night out, no shop talk", "the kids' parents' evening", "his Year 11 football team",
            "whether I really want the matron job", "the holiday in Anglesey", "my dissertation deadlines"])
    P("jean", "Jean Hughes", 1, "advocate", kin=True, location="Wigan", title="Retired school secretary",
      how_met="Mum", birthday="--11-02",
      dates=[("parents-golden", "Mum and Dad's wedding anniversary (golden, 1976)", "1976-03-07")],
      notes="She and Dad celebrate 50 years married on 7 March 2026; family party at the Kilhey Court that evening.",
      rhythm=[(7, H, "2026-03-01", ["call", "call", "call", "meal"])],
      talk=["the golden-anniversary party plans", "Dad's allotment", "Evie's dance show", "her WI group",
            "whether I am working too many lates", "the cousins in Perth"])
    P("alan", "Alan Hughes", 2, "advocate", kin=True, location="Wigan", title="Retired electrician", how_met="Dad",
      birthday="1952-10-14", interests={"rugby-league": 0.9},
      rhythm=[(20, H, "2026-02-22", ["call", "meal"])],
      talk=["Wigan Warriors", "his allotment", "his hearing aids", "the party speech he is dreading"])
    P("emma", "Emma Clarke", 2, "advocate", kin=True, location="Leeds", title="Primary-school teacher",
      how_met="My little sister", birthday="1985-03-11",
      rhythm=[(12, H, "2026-02-26", ["message", "call", "video", "message"])],
      talk=["Mum and Dad's party", "her two boys", "Ofsted at her school", "who does Christmas this year"])
    P("pat", "Pat Whitaker", 3, "friend", kin=True, location="Altrincham", title="Retired",
      how_met="Tom's mum", birthday="1949-05-30",
      notes="Lives alone since Ken died in 2021; stubborn about accepting help.",
      rhythm=[(21, H, "2026-02-15", ["meal", "call", "call"])],
      talk=["Sunday lunch", "her bowls club", "the grandchildren", "her knee and the stairs"])
    P("ken", "Ken Whitaker", 4, "friend", kin=True, status="deceased", location="Altrincham",
      how_met="Tom's dad", birthday="1947-07-02", notes="Died of a heart attack in April 2021.",
      extra=[("2021-03-28", "meal", "Dinner: his last Sunday lunch with us")])
    P("steve", "Steve Whitaker", 4, "friend", kin=True, location="Bristol", title="Plumber", how_met="Tom's brother",
      rhythm=[(60, H, "2026-01-04", ["message", "call"])])
    P("liam", "Liam Hughes", 5, "friend", kin=True, location="Perth, Australia", how_met="Cousin",
      birthday="--09-23", rhythm=[(120, H, "2025-12-25", ["video", "message"])])

    # --- close friends ---
    P("becky", "Becky Shaw", 1, "advocate", location="Stockport", title="District nurse",
      how_met="Nursing school at Salford, 2002; flatmates for three years", met_on="2002-09-23",
      birthday="--10-05", interests={"walking": 0.8},
      notes="Her mum has been in St Ann's Hospice since January. Becky does most of the visiting.",
      rhythm=[(8, H, "2026-02-27", ["coffee", "meal", "call", "activity", "message"])],
      talk=["her mum at the hospice", "district nursing caseloads", "a walk round Lyme Park",
            "my matron application", "her son's GCSEs", "the old Salford crowd"])
    P("jo", "Jo Baxter", 2, "friend", location="Sale", title="Physiotherapist",
      how_met="Sale Water Park open-water swimming group", met_on="2023-05-06",
      interests={"open-water-swimming": 1.0},
      need=("jo-millie", "nursing-applicants",
            "Her daughter Millie has a nursing-degree interview at Manchester on 11 March and would love to talk "
            "to a recently qualified nurse first", "2026-02-22"),
      rhythm=[(10, "2025-04-01", "2026-02-22", ["activity", "activity", "coffee", "message"])],
      talk=["the Sunday swim", "water temperature and wetsuits", "Millie's university applications",
            "her physio clinic", "a cold-water dip at Sale"])
    P("sinead", "Sinéad Murphy", 3, "friend", location="Sale", title="Pharmacy technician",
      how_met="School gate; our girls are best friends", met_on="2022-09-05",
      rhythm=[(21, H, "2026-02-20", ["coffee", "message", "meal"])],
      talk=["the girls' sleepover", "the PTA quiz", "her house move to Didsbury"])
    P("gemma", "Gemma Lowe", 3, "ally", location="Manchester", title="Clinical lead (until February)",
      company="Medibridge", how_met="Nursing school at Salford; we qualified together", met_on="2002-09-23",
      interests={"digital-health": 0.9}, expertise=["digital-health", "clinical-safety"],
      need=("gemma-role", "clinical-informatics-role",
            "Looking for a clinical informatics or digital nursing role in Greater Manchester; eight years on "
            "wards, three as clinical lead at a health-tech startup", "2026-02-16"),
      rhythm=[(40, H, "2026-01-25", ["meal", "message", "coffee"])],
      extra=[("2026-02-14", "coffee", "Coffee: went through her CV after Medibridge let her go", 90)],
      talk=["Medibridge's remote-monitoring app", "missing the wards", "the old Salford crowd"])
    P("rachel", "Rachel Booth", 4, "friend", location="Chorlton", title="Librarian",
      how_met="Our old neighbour on Moss Lane", rhythm=[(75, H, "2025-12-13", ["meal", "message"])])
    P("fiona", "Fiona MacLeod", 5, "advocate", peak=2, location="Inverness", title="Retired ward sister",
      how_met="My first ward sister at the Royal Oldham; taught me everything", met_on="2006-08-01",
      expertise=["nursing-leadership"], notes="Moved home to the Highlands when she retired in 2019.",
      extra=[("2019-09-14", "meal", "Dinner: her retirement do in Oldham", 180),
             ("2021-12-20", "letter", "Letter: her Christmas card with a photo of the croft"),
             ("2022-06-03", "call", "Call: she asked whether I had gone for a ward manager post yet")])
    P("dev", "Dev Sharma", 5, "friend", peak=2, location="Brisbane", title="Emergency nurse",
      how_met="Nursing school at Salford; the three of us shared a flat", met_on="2002-09-23",
      extra=[("2018-02-10", "meal", "Dinner: his leaving do before Brisbane"),
             ("2022-04-30", "video", "Video call: his fortieth, with Becky")])

    # --- the acute medical unit ---
    P("karen", "Karen Doyle", 2, "advocate", power=True, company="Northgate General Hospital",
      title="Matron for Acute Medicine", location="Manchester", how_met="My matron since I joined AMU",
      met_on="2017-04-03", expertise=["nursing-leadership", "healthcare-management"],
      notes="Retiring at the end of March after 38 years; has pushed me to apply for her post.",
      rhythm=[(10, H, "2026-02-26", ["meeting", "meeting", "coffee", "call"])],
      talk=["the winter bed crisis", "the AMU staffing business case", "her retirement plans",
            "whether I am ready for matron", "the CQC visit", "Seun's development"])
    P("seun", "Oluwaseun Adeyemi", 2, "ally", company="Northgate General Hospital",
      title="Deputy sister, AMU", location="Manchester", how_met="Joined AMU as a band 5 in 2019",
      met_on="2019-10-07", birthday="--07-17", interests={"nursing-leadership": 0.7},
      rhythm=[(9, H, "2026-02-27", ["meeting", "coffee", "message", "meeting"])],
      talk=["the rota", "her band 7 application", "the new healthcare assistants", "her church choir"])
    P("ravi", "Dr Ravi Menon", 3, "ally", power=True, company="Northgate General Hospital",
      title="Consultant in acute medicine; AMU clinical lead", location="Manchester",
      how_met="AMU's clinical lead", met_on="2017-04-03", expertise=["acute-medicine"],
      rhythm=[(20, H, "2026-02-19", ["meeting", "coffee", "meeting"])],
      talk=["ambulance handover delays", "the same-day emergency care pilot", "the junior doctors' rota"])
    P("mark", "Mark Jennings", 3, "friend", company="Northgate General Hospital",
      title="Practice development nurse, Medicine", location="Manchester", how_met="Teaching on the AMU induction",
      met_on="2018-01-15", interests={"simulation-training": 1.0, "preceptorship": 0.8},
      expertise=["simulation-training", "preceptorship"],
      rhythm=[(25, H, "2026-02-12", ["meeting", "coffee", "message"])],
      talk=["the sepsis simulation day", "the preceptorship paperwork", "new starters in September"])
    P("aoife", "Aoife Brennan", 4, "friend", company="Northgate General Hospital", title="Staff nurse, AMU",
      location="Manchester", how_met="Newly qualified on AMU; I am her preceptor", met_on="2025-09-08",
      interests={"nurse-education": 0.8},
      offer=("aoife-applicants", "nursing-applicants",
             "Qualified from Salford in 2025; was a student ambassador and likes talking to nursing applicants "
             "about interviews and placements", "2025-10-01"),
      rhythm=[(14, "2025-09-08", "2026-02-25", ["meeting", "message", "coffee"])],
      talk=["her preceptorship goals", "her first night shifts", "IV competencies", "the deteriorating patient"])
    P("hollie", "Hollie Grant", 4, "friend", company="Northgate General Hospital", title="Staff nurse, AMU",
      location="Manchester", how_met="AMU", met_on="2020-02-03",
      notes="On maternity leave since December; due in early March.",
      rhythm=[(35, H, "2026-02-10", ["message", "coffee", "message"])],
      talk=["her bump", "maternity leave", "the AMU gossip"])
    P("bernie", "Bernadette Walsh", 4, "friend", company="Northgate General Hospital",
      title="Senior healthcare assistant, AMU", location="Manchester", how_met="AMU",
      met_on="2017-04-03", birthday="--03-19",
      rhythm=[(30, H, "2026-02-18", ["coffee", "message"])],
      talk=["her grandkids", "the new HCAs", "the car park charges"])
    P("gary", "Gary Holt", 4, "acquaintance", power=True, company="Northgate General Hospital",
      title="General Manager, Medicine", location="Manchester", expertise=["healthcare-management"],
      rhythm=[(30, "2025-03-01", "2026-02-24", ["meeting", "email"])],
      talk=["the AMU staffing business case", "bed occupancy figures", "agency spend"])
    P("tariq", "Tariq Hussain", 4, "acquaintance", company="Northgate General Hospital",
      title="Ward pharmacist, AMU", location="Manchester",
      rhythm=[(40, "2025-01-10", "2026-02-05", ["meeting", "message"])])

    # --- the wider hospital ---
    P("sunita", "Sunita Rao", 3, "friend", company="Northgate General Hospital",
      title="Ward manager, Ward 7 (elderly care)", location="Manchester", how_met="Ward managers' forum",
      met_on="2021-05-12", interests={"frailty": 1.0}, expertise=["frailty"],
      rhythm=[(18, H, "2026-02-23", ["coffee", "meeting", "message"])],
      talk=["moving patients from AMU to Ward 7", "frailty scores", "sharing staff at weekends", "her allotment"])
    P("deborah", "Deborah Achebe", 4, "acquaintance", power=True, company="Northgate General Hospital",
      title="Deputy Director of Nursing", location="Manchester", expertise=["nursing-leadership"],
      notes="Chairs the matron interview panel on 12 March.",
      rhythm=[(70, "2025-02-01", "2026-01-21", ["meeting", "email"])],
      talk=["the nursing strategy", "safe staffing reviews", "the Trust's leadership programme"])
    P("yasmin", "Yasmin Qureshi", 4, "acquaintance", power=True, company="Northgate General Hospital",
      title="Chief Nursing Information Officer", location="Manchester", how_met="She piloted e-obs on AMU",
      met_on="2024-11-04", expertise=["digital-health", "clinical-informatics"],
      offer=("yasmin-hiring", "clinical-informatics-role",
             "Recruiting two clinical informatics nurses (band 7) for the Trust's e-observations rollout; wants "
             "ward experience plus time on a digital product", "2026-02-20"),
      rhythm=[(45, "2024-11-04", "2026-02-02", ["meeting", "email"])],
      talk=["the e-obs pilot on AMU", "alert fatigue", "the rollout to surgery"])
    P("chris", "Chris Barlow", 5, "acquaintance", company="Northgate General Hospital", title="Site manager",
      location="Manchester", rhythm=[(50, "2025-01-05", "2026-01-28", ["call", "meeting"])])
    P("anne", "Anne Tyler", 5, "acquaintance", company="Northgate General Hospital", title="Hospital chaplain",
      location="Manchester", rhythm=[(120, "2025-02-10", "2025-11-20", ["meeting", "coffee"])])
    P("lisa", "Lisa Grant", 5, "acquaintance", company="Northgate General Hospital",
      title="HR business partner, Medicine", location="Manchester",
      rhythm=[(90, "2025-03-12", "2025-12-02", ["meeting", "email"])])
    P("owen", "Owen Price", 5, "acquaintance", company="Royal College of Nursing", title="RCN steward",
      location="Manchester", rhythm=[(120, "2025-01-20", "2025-10-14", ["meeting", "email"])])

    # --- the MSc ---
    P("helen", "Dr Helen Marsh", 3, "ally", power=True, company="University of Salford",
      title="Senior lecturer in nursing; my dissertation supervisor", location="Salford",
      how_met="MSc in Healthcare Leadership", met_on="2024-09-23",
      interests={"nurse-retention": 1.0, "qualitative-research": 0.9},
      expertise=["qualitative-research", "nurse-retention"],
      rhythm=[(28, H, "2026-02-20", ["meeting", "email", "video"])],
      talk=["my research question", "ethics approval", "interview sampling", "the literature review"])
    P("kofi", "Kofi Boateng", 3, "friend", company="Royal Bolton Hospital", title="Ward manager, surgery",
      location="Bolton", how_met="MSc in Healthcare Leadership, same cohort", met_on="2024-09-23",
      interests={"nursing-leadership": 0.9}, expertise=["healthcare-management"],
      rhythm=[(21, H, "2026-02-13", ["meeting", "message", "coffee", "video"])],
      talk=["the leadership module essay", "his ward's theatre list chaos", "matron jobs coming up",
            "his twins"])
    P("lauren", "Lauren Fitzgerald", 4, "friend", company="North West Ambulance Service",
      title="Paramedic team leader", location="Manchester", how_met="MSc in Healthcare Leadership",
      met_on="2024-09-23", interests={"peer-support": 1.0, "mental-health": 0.8},
      rhythm=[(35, H, "2026-02-07", ["message", "meeting", "coffee"])],
      talk=["handover delays at the front door", "her peer-support idea", "the statistics module"])
    P("zainab", "Zainab Ali", 5, "acquaintance", company="Salford Royal", title="Theatre nurse",
      location="Salford", how_met="MSc in Healthcare Leadership",
      rhythm=[(60, "2024-10-20", "2026-01-10", ["meeting", "message"])])

    # --- the wider nursing world ---
    P("james", "James O'Neill", 4, "friend", company="Manchester Royal Infirmary", title="Charge nurse, ICU",
      location="Manchester", how_met="AMU colleagues until 2021", met_on="2017-04-03",
      rhythm=[(50, H, "2026-01-30", ["message", "coffee", "meal"])],
      talk=["ICU staffing", "his cycling club", "the old AMU crew"])
    P("paul", "Paul Henshaw", 4, "ally", power=True, company="Care Quality Commission", title="Inspector",
      location="Manchester", how_met="My matron before Karen; now at the CQC", met_on="2012-03-01",
      expertise=["nursing-leadership", "healthcare-management"],
      rhythm=[(90, H, "2025-11-18", ["email", "coffee"])],
      talk=["what inspectors look for on a medical ward", "his move to the CQC", "matron interviews"])
    P("amanda", "Amanda Lee", 4, "acquaintance", company="Stockport NHS Foundation Trust",
      title="Matron, emergency department", location="Stockport",
      how_met="Mary Seacole leadership programme, same cohort", met_on="2023-01-16",
      interests={"nursing-leadership": 0.8}, rhythm=[(75, "2024-10-20", "2026-01-14", ["video", "message"])],
      talk=["her first year as a matron", "managing managers", "ED corridor care"])
    P("nicola", "Nicola Fraser", 5, "acquaintance", company="Leeds Teaching Hospitals",
      title="Nurse consultant, acute medicine", location="Leeds", how_met="RCN Congress 2025",
      met_on="2025-05-19", interests={"acute-medicine": 0.9},
      extra=[("2025-05-19", "event", "At an event: her talk on nurse-led ambulatory care at RCN Congress"),
             ("2025-06-02", "email", "Email: she sent her slides and the Leeds audit")])
    P("sarah", "Sarah Kelly", 4, "friend", peak=3, location="Toronto", title="Nurse, Toronto General",
      how_met="AMU colleagues until she emigrated in 2023", met_on="2017-04-03",
      rhythm=[(80, H, "2025-08-30", ["message", "video"])])
    P("ifeoma", "Ifeoma Nwosu", 5, "acquaintance", power=True, company="Wrightington, Wigan and Leigh NHS Trust",
      title="Chief Nurse", location="Wigan", how_met="Spoke at our Nursing Excellence awards",
      extra=[("2025-11-27", "event", "At an event: she presented our team's award at the Trust's Nursing "
              "Excellence night")])

    # --- neighbours and the swimming group ---
    P("kerry", "Kerry Dunn", 4, "friend", location="Sale", title="Runs the Sale open-water swim group",
      interests={"open-water-swimming": 1.0},
      rhythm=[(30, "2025-04-05", "2026-02-08", ["activity", "message"])])
    P("janet", "Janet Cross", 5, "acquaintance", location="Sale", title="Neighbour",
      rhythm=[(60, H, "2026-01-18", ["message", "activity"])], talk=["the hedge", "parcels", "her cat"])
    P("mo", "Mohammed Iqbal", 4, "acquaintance", location="Sale", title="Tom's colleague, head of PE",
      how_met="Tom's colleague", rhythm=[(90, H, "2025-12-06", ["meal", "event"])])
    P("neil", "Neil Baxter", 5, "acquaintance", location="Sale", title="Accountant", how_met="Jo's husband",
      rhythm=[(120, "2025-05-01", "2025-12-20", ["meal", "event"])])
    P("farah", "Farah Khan", 5, "acquaintance", company="Northgate General Hospital", title="Staff nurse, Ward 7",
      location="Manchester", how_met="Asked me about moving to AMU", met_on="2025-10-02",
      extra=[("2025-10-02", "coffee", "Coffee: she asked what AMU is like to work on"),
             ("2025-11-14", "message", "Messages: I sent her the AMU band 5 advert")])

    # group contacts
    b.add("2026-02-15", "meal", ["jean", "alan", "emma"],
          "Dinner: Sunday lunch in Wigan; planned Mum and Dad's golden-anniversary party", 180, "mutual")
    b.add("2026-02-21", "meeting", ["kofi", "lauren", "zainab"],
          "Meeting: MSc study group; practised matron interview questions", 120, "mutual")
    b.add("2025-12-19", "meal", ["karen", "seun", "mark", "hollie", "bernie"],
          "Dinner: AMU Christmas night out", 240, "mutual")
    b.add("2025-11-27", "event", ["karen", "ravi", "seun", "mark"],
          "At an event: the AMU team won the Trust's Nursing Excellence award", 180, "mutual")
    b.add("2025-09-06", "activity", ["becky", "gemma"], "Outing: Salford nursing class of 2005 reunion", 300,
          "mutual")

    # life events
    b.event("ev-james-promo", "james", "2026-02-18", "promotion",
            "Promoted to Lead Nurse for Critical Care at Manchester Royal Infirmary")
    b.event("ev-kofi-job", "kofi", "2026-02-26", "new_job",
            "Appointed Matron for Surgery at Royal Bolton Hospital, starting in April")
    b.event("ev-seun-promo", "seun", "2026-03-04", "promotion",
            "Appointed ward sister (band 7) on the respiratory ward, starting in May")
    b.event("ev-hollie-baby", "hollie", "2026-03-09", "baby", "Hollie and Ryan's son Noah was born at Wythenshawe")
    b.event("ev-lauren-launch", "lauren", "2026-03-11", "launch",
            "Launched Blue Light Minds, a peer-support network for paramedics in the North West")
    b.event("ev-gemma-layoff", "gemma", "2026-02-10", "job_loss",
            "Let go when Medibridge closed its clinical team; she had been clinical lead for three years")
    b.event("ev-pat-hip", "pat", "2026-03-03", "illness",
            "Fell at home and broke her hip; surgery at Wythenshawe, then weeks of rehab")
    b.event("ev-becky-mum", "becky", "2026-03-06", "bereavement",
            "Her mum died at St Ann's Hospice; the funeral is in Stockport on 16 March")
    b.event("ev-emma-promo-old", "emma", "2025-07-10", "promotion", "Became Year 6 lead at her school")
    b.event("ev-sarah-move", "sarah", "2023-05-20", "move", "Emigrated to Toronto")

    # favors
    b.favor("fv-karen-reference", "karen", "me", "2026-02-24", "endorsement",
            "Wrote my reference for the Matron for Medicine post")
    b.favor("fv-karen-seacole", "karen", "me", "2022-10-01", "recommendation",
            "Put me forward for the Mary Seacole leadership programme", "2022-10-02", "Completed in 2023")
    b.favor("fv-kofi-notes", "kofi", "me", "2026-02-27", "share",
            "Sent me his matron interview notes and the questions Bolton's panel asked")
    b.favor("fv-ravi-award", "ravi", "me", "2025-10-15", "endorsement",
            "Nominated the AMU nursing team for the Trust's Nursing Excellence award", "2025-10-16", "We won")
    b.favor("fv-helen-question", "helen", "me", "2026-02-20", "advice",
            "Reworked my dissertation research question with me", "2026-02-20")
    b.favor("fv-mark-sim", "mark", "me", "2026-01-15", "favor",
            "Ran a sepsis simulation day for my team", "2026-01-16")
    b.favor("fv-becky-kids", "becky", "me", "2025-11-08", "favor",
            "Had Alfie and Evie for the weekend when my nights clashed with Tom's school trip", "2025-11-09")
    b.favor("fv-paul-advice", "paul", "me", "2025-11-18", "advice",
            "Told me what he looked for when he sat on matron panels", "2025-11-19")
    b.favor("fv-me-gemma", "me", "gemma", "2026-02-14", "advice", "Went through her CV over coffee")
    b.favor("fv-me-sunita", "me", "sunita", "2025-12-27", "favor",
            "Lent her two of my nurses over the Christmas weekend")
    b.favor("fv-me-aoife", "me", "aoife", "2026-01-20", "advice", "Coached her through her first cardiac arrest debrief")
    b.favor("fv-me-kofi", "me", "kofi", "2025-12-05", "share", "Sent him my leadership-module essay as a model")

    # follow-ups
    b.follow_up("fu-emma-photos", "emma", True, "Send Emma the scanned family photos for Mum and Dad's anniversary album",
                "2026-03-04")
    b.follow_up("fu-sunita-easter", "sunita", True, "Send Sunita the draft staff-sharing plan for the Easter weekend",
                "2026-03-05")
    b.follow_up("fu-helen-chapter", "helen", True, "Send Helen the draft literature-review chapter", "2026-03-06")
    b.follow_up("fu-aoife-signoff", "aoife", True, "Write Aoife's preceptorship sign-off feedback", "2026-03-10")
    b.follow_up("fu-gemma-interview", "gemma", False, "Interview for a clinical safety officer role at Cera",
                "2026-03-05")
    b.follow_up("fu-gary-case", "gary", False, "The division's board decides on the AMU staffing business case",
                "2026-03-09", "2026-03-13")
    b.follow_up("fu-jo-millie", "jo", False, "Her daughter Millie's nursing-degree interview at Manchester",
                "2026-03-11")

    # goals
    b.goal("g-matron", "Get the Matron for Medicine post (interview 12 March)",
           ["nursing-leadership", "healthcare-management"], 1, ["karen", "deborah", "kofi", "paul"])
    b.goal("g-msc", "Finish the MSc dissertation on newly qualified nurses' first year by September",
           ["nurse-retention", "qualitative-research"], 2, ["helen", "aoife"])
    b.goal("g-buddy", "Start a buddy scheme for newly qualified nurses on AMU", ["preceptorship", "nurse-retention"], 3,
           ["mark", "seun", "aoife"])

    # saved items
    b.item("it-matron", "The King's Fund: what makes a good matron now", "https://example.org/kingsfund-matron",
           ["nursing-leadership"], "2026-03-03")
    b.item("it-retention", "NHS England: why newly qualified nurses leave in their first year",
           "https://example.org/nqn-retention", ["nurse-retention"], "2026-03-05")
    b.item("it-swim", "Sale Water Park opens its spring swim sessions early", "https://example.org/sale-spring-swim",
           ["open-water-swimming"], "2026-03-07")
    b.item("it-frailty", "British Geriatrics Society: frailty units at the front door",
           "https://example.org/bgs-frailty", ["frailty"], "2026-03-10")
    b.item("it-peer", "Peer support after traumatic calls: what works for ambulance crews",
           "https://example.org/ambulance-peer-support", ["peer-support"], "2026-03-12")
    b.item("it-sim-old", "Simulation training on medical wards: a 2025 review", "https://example.org/sim-review",
           ["simulation-training"], "2025-12-01")
    return b


def teacher():
    b = Book("teacher", seed=16180)
    H = "2024-09-02"  # history starts: the first day of the 2024/25 school year (Ruth has been deputy head since 2009)
    P = b.person

    # --- family ---
    P("dennis", "Dennis Ashworth", 1, "advocate", kin=True, location="Horsforth", title="Retired draughtsman",
      how_met="Dad", birthday="1941-03-08", interests={"cricket": 0.9},
      notes="Widowed since Mum died in 2019; lives alone in his bungalow on Featherbank Lane. Early Alzheimer's "
            "(diagnosed October 2025). Carers come in every morning since January; Brenda next door keeps an eye.",
      rhythm=[(6, H, "2025-10-10", ["activity", "call", "meal", "call"]),
              (3, "2025-10-14", "2026-03-01", ["activity", "call", "meal", "call", "call"])],
      talk=["his crossword", "Yorkshire's pre-season", "the day-centre trial at Horsforth", "Mum's photo albums",
            "his tablets and the dosette box", "a drive to Golden Acre Park", "what he wants for his 85th",
            "whether the carers are coming on time"])
    P("margaret", "Margaret Ashworth", 4, "advocate", kin=True, status="deceased", location="Horsforth",
      how_met="Mum", birthday="1943-06-21", notes="Died in March 2019 after a long illness.",
      extra=[("2019-02-17", "meal", "Dinner: her last Sunday lunch at home")])
    P("philip", "Philip Ashworth", 2, "ally", kin=True, location="Aberdeen", title="Subsea engineer",
      how_met="My younger brother", birthday="1971-09-30", interests={"dementia-care": 0.6},
      dates=[("philip-moira-wedding", "Philip and Moira's wedding anniversary (silver)", "2001-03-10")],
      notes="Works rotations offshore; does the money side of Dad's care from Aberdeen, I do the rest. "
            "Touchy if he feels left out of decisions.",
      rhythm=[(10, H, "2026-02-26", ["call", "video", "message", "call"])],
      talk=["Dad's carers", "the power of attorney forms", "who covers Easter", "his next rotation",
            "Dad's bank account", "whether Dad should move nearer one of us"])
    P("moira", "Moira Ashworth", 4, "friend", kin=True, location="Aberdeen", title="Practice nurse",
      how_met="Philip's wife", rhythm=[(60, H, "2026-01-11", ["message", "video"])])
    P("hannah", "Hannah Kerr", 1, "advocate", kin=True, location="London", title="Editor, Bramble Press",
      how_met="My daughter", birthday="1996-09-12", interests={"books": 1.0},
      rhythm=[(5, H, "2026-03-01", ["call", "video", "message", "message"])],
      talk=["her flat in Walthamstow", "the novels she's editing", "Grandad", "Ollie's new job",
            "whether I'll be bored without school", "Mothering Sunday plans"])
    P("sam", "Sam Kerr", 1, "advocate", kin=True, location="Glasgow", title="Sound editor, Firth Post Production",
      how_met="My son", birthday="1999-03-13",
      rhythm=[(7, H, "2026-02-28", ["call", "message", "video", "message"])],
      talk=["his flat in Partick", "the BBC Scotland job", "his band", "Grandad's memory", "coming home for a weekend"])
    P("ollie", "Ollie Grant", 4, "friend", location="London", title="Architect", how_met="Hannah's partner",
      rhythm=[(90, H, "2025-12-25", ["message", "meal"])])
    P("martin", "Martin Kerr", 4, "friend", location="Harrogate", title="Surveyor",
      how_met="My ex-husband (divorced 2015); we get on fine now",
      notes="Remarried to Anne in 2024. We talk about the children, not much else.",
      rhythm=[(60, H, "2026-01-24", ["message", "call"])],
      talk=["Sam's birthday present", "Hannah's flat", "splitting Sam's train fares", "his new knee"])
    P("irene", "Irene Walker", 4, "friend", kin=True, location="Scarborough", title="Retired",
      how_met="Dad's sister", birthday="1937-11-05",
      rhythm=[(40, H, "2026-02-08", ["call", "letter", "call"])],
      talk=["Dad's memory", "her sheltered flat", "the Scarborough weather", "family history"])

    # --- Dad's care ---
    P("brenda", "Brenda Walsh", 3, "friend", location="Horsforth", title="Retired", how_met="Dad's next-door neighbour",
      notes="Has a key to Dad's; pops in most afternoons.",
      rhythm=[(45, H, "2025-10-01", ["message", "coffee"]),
              (10, "2025-10-15", "2026-02-28", ["call", "message", "coffee"])],
      talk=["how Dad seemed today", "the carers' visits", "his bins", "her grandson's wedding"])
    P("sue", "Sue Farrar", 4, "ally", company="Leeds Memory Service", title="Admiral nurse", location="Leeds",
      how_met="Dad's diagnosis appointment", met_on="2025-10-14", expertise=["dementia-care"],
      rhythm=[(21, "2025-10-20", "2026-02-24", ["call", "meeting", "email"])],
      talk=["the day-centre referral", "attendance allowance", "Dad's sleep", "the memory clinic review",
            "looking after myself"])
    P("anjali", "Dr Anjali Patel", 5, "acquaintance", company="Horsforth Medical Practice", title="GP",
      location="Horsforth", how_met="Dad's GP",
      rhythm=[(45, "2025-06-01", "2026-02-10", ["meeting", "call"])],
      talk=["Dad's memory", "his blood pressure tablets", "the referral to the memory clinic"])
    P("kath", "Kath Morley", 4, "acquaintance", company="Carewell Home Care", title="Care coordinator",
      location="Leeds", how_met="Dad's morning carers since January", met_on="2026-01-05",
      rhythm=[(7, "2026-01-06", "2026-02-27", ["call", "message"])],
      talk=["the morning visit times", "a new carer", "Dad refusing a shower", "the invoice"])

    # --- close friends ---
    P("jackie", "Jackie Nolan", 1, "advocate", location="Chapel Allerton", title="Retired midwife",
      how_met="Our boys were in the same class at primary school; she got me into the choir", met_on="2003-09-04",
      birthday="--11-22", interests={"choral-singing": 1.0},
      rhythm=[(5, H, "2026-02-28", ["activity", "coffee", "call", "message", "meal"])],
      talk=["Tuesday rehearsal", "Dad", "her allotment", "her grandson", "my leaving", "a walk round Meanwood Park"])
    P("lesley", "Lesley Grant", 2, "advocate", location="York", title="Librarian, University of York",
      how_met="Hall of residence at Hull University, 1987", met_on="1987-10-01", birthday="--07-04",
      notes="Her dad Ron is 88 and still in the family house in Hull.",
      rhythm=[(21, H, "2026-02-15", ["call", "meal", "video", "message"])],
      talk=["our weekend in Whitby", "her dad in Hull", "what I'll do with my Septembers", "her book group"])
    P("simon", "Simon Reeves", 3, "ally", power=True, company="Reeves Education", title="Independent consultant",
      location="Ilkley",
      how_met="Deputies together at Meanwood Valley until he got a headship in 2014; independent since 2023",
      met_on="2009-09-01", interests={"education-consultancy": 1.0},
      expertise=["education-consultancy", "school-improvement"],
      rhythm=[(45, H, "2026-01-10", ["coffee", "call", "meal"])],
      extra=[("2026-02-19", "meal", "Dinner: he walked me through day rates, IR35 and insurance", 150)],
      talk=["how he found his first clients", "trust CEOs he works with", "his walking holidays",
            "whether I'm really going"])

    # --- Meanwood Valley High School ---
    P("graham", "Graham Lister", 2, "ally", power=True, company="Meanwood Valley High School", title="Headteacher",
      location="Leeds", how_met="My head since 2014", met_on="2014-09-01", expertise=["school-leadership"],
      rhythm=[(7, H, "2026-02-27", ["meeting", "meeting", "coffee", "email"])],
      talk=["the timetable for next year", "Year 11 mock results", "the budget", "who replaces me",
            "the Ofsted window", "exclusions"])
    P("jas", "Jaspreet Kaur", 3, "friend", company="Meanwood Valley High School", title="Head of English",
      location="Leeds", how_met="I appointed her head of English in 2021", met_on="2021-04-19",
      interests={"english-curriculum": 1.0, "poetry": 0.8},
      need=("jas-poet", "poetry-workshops",
            "Wants a working poet to run a writing workshop for Year 10 before they start the anthology poetry "
            "unit after Easter", "2026-02-26"),
      rhythm=[(10, H, "2026-02-26", ["meeting", "coffee", "message"])],
      talk=["Year 11 intervention", "the Year 10 poetry anthology", "marking load", "her new baby nephew",
            "the department budget"])
    P("tomasz", "Tomasz Nowak", 4, "friend", company="Meanwood Valley High School", title="Head of music",
      location="Leeds", how_met="Joined the school in 2018", met_on="2018-09-03", interests={"choral-singing": 0.8},
      offer=("tomasz-piano", "choir-accompanist",
             "Plays piano for two choirs already and is looking for another paid evening accompanying slot",
             "2025-09-15"),
      rhythm=[(30, H, "2026-02-12", ["meeting", "message", "coffee"])],
      talk=["the spring concert", "the school musical", "music GCSE numbers"])
    P("wendy", "Wendy Holmes", 3, "friend", company="Meanwood Valley High School",
      title="Exams officer and business manager", location="Leeds", how_met="The school office since 2010",
      rhythm=[(14, H, "2026-02-25", ["meeting", "coffee", "email"])],
      talk=["the exam entries", "access arrangements", "invigilator rota", "the summer series timetable"])
    P("femi", "Femi Adebayo", 3, "ally", company="Meanwood Valley High School",
      title="Assistant head (behaviour and attendance)", location="Leeds", how_met="I interviewed him in 2019",
      met_on="2019-05-09", interests={"school-leadership": 0.9},
      rhythm=[(14, H, "2026-02-26", ["meeting", "coffee", "message"])],
      talk=["his NPQSL", "whether he applies for my job", "attendance figures", "timetabling"])
    P("lucy", "Lucy Barker", 3, "friend", company="Meanwood Valley High School", title="English teacher",
      location="Leeds", how_met="Her mentor when she trained with us in 2020", met_on="2020-09-01",
      interests={"english-curriculum": 0.9},
      rhythm=[(14, H, "2026-02-24", ["meeting", "coffee", "message"])],
      talk=["her Year 11 set", "applying for head of department jobs", "her interview prep", "reading for pleasure"])
    P("tariq", "Tariq Mahmood", 4, "ally", power=True, company="Meanwood Valley High School",
      title="Chair of governors", location="Leeds", how_met="A parent when his daughter Sana was in my form",
      met_on="2015-09-01", rhythm=[(45, H, "2026-02-10", ["meeting", "email"])],
      talk=["the curriculum committee", "my resignation", "the governors' meeting", "Sana's law degree"])
    P("dave", "Dave Thornton", 4, "friend", location="Rawdon", title="Retired head of maths",
      how_met="Colleague at Meanwood Valley until he retired in 2024", met_on="2005-09-01",
      rhythm=[(60, H, "2026-01-17", ["meal", "message"])],
      talk=["retirement", "his caravan", "the old staffroom", "what consultancy pays"])

    # --- other schools, trusts and the council ---
    P("priya", "Priya Chauhan", 3, "ally", company="Aireborough Academy", title="Deputy head", location="Guiseley",
      how_met="NPQH course together", met_on="2016-01-14", interests={"school-leadership": 0.9,
                                                                     "english-curriculum": 0.6},
      rhythm=[(35, H, "2026-02-03", ["coffee", "call", "message"])],
      extra=[("2026-02-17", "meeting", "Meeting: a mock headship interview for the Wharfedale High post", 120)],
      talk=["headship applications", "her Year 9 curriculum", "deputy heads' workload", "her daughter at Durham"])
    P("andrew", "Andrew Pickles", 4, "acquaintance", power=True, company="Calder Vale Academy", title="Headteacher",
      location="Halifax", how_met="West Yorkshire heads' network", met_on="2022-03-10",
      interests={"school-leadership": 0.8},
      rhythm=[(90, H, "2026-01-29", ["meeting", "email"])],
      talk=["his English results", "what I'm doing after July", "the heads' network agenda"])
    P("catherine", "Catherine Boyle", 5, "acquaintance", power=True, company="Pennine Learning Partnership",
      title="CEO (nine schools)", location="Huddersfield", how_met="Leeds secondary heads' conference",
      met_on="2025-06-12", interests={"school-improvement": 0.8},
      extra=[("2025-06-12", "event", "At an event: sat together at the Leeds secondary heads' conference"),
             ("2025-06-20", "email", "Email: she sent her trust's curriculum review framework")])
    P("rob", "Rob Haigh", 4, "friend", company="Leeds City Council",
      title="School improvement adviser, English (until February)", location="Leeds",
      how_met="Our link adviser for eight years", met_on="2016-09-01",
      interests={"school-improvement": 1.0, "english-curriculum": 0.8},
      need=("rob-examining", "examining",
            "Looking for GCSE examining or moderation work this summer after the council cut his job; taught "
            "English for twenty years before joining the council", "2026-02-18"),
      rhythm=[(40, H, "2026-01-20", ["meeting", "email", "coffee"])],
      extra=[("2026-02-20", "coffee", "Coffee: went through his CV after the council cut his post", 90)],
      talk=["the department review", "the council's budget", "KS3 reading", "what he'd do if the team went"])
    P("dawn", "Dawn Richardson", 5, "acquaintance", company="Leeds City Council", title="Head of learning inclusion",
      location="Leeds", rhythm=[(60, H, "2025-12-09", ["meeting", "email"])],
      talk=["managed moves", "the exclusions panel", "SEND funding"])

    # --- the exam board ---
    P("ian", "Ian Crowther", 3, "ally", power=True, company="AQA",
      title="Principal examiner, GCSE English Literature", location="Manchester",
      how_met="My team leader when I started examining in 2012", met_on="2012-05-20",
      interests={"assessment": 1.0, "examiner-training": 0.9}, expertise=["assessment", "examiner-training"],
      offer=("ian-markers", "examining",
             "Short of experienced markers and team leaders for the June 2026 GCSE English Literature series; "
             "recruiting now", "2026-02-09"),
      rhythm=[(30, H, "2026-02-23", ["email", "video", "call"])],
      talk=["the mark scheme for the Macbeth question", "standardisation in June", "the 14 March training day",
            "his retirement plans"])
    P("nadia", "Nadia Hussain", 4, "ally", power=True, company="AQA", title="Head of examiner training, English",
      location="Manchester", how_met="Ian introduced us at the 2023 senior examiners' meeting", met_on="2023-11-08",
      interests={"assessment": 1.0, "examiner-training": 1.0}, expertise=["examiner-training"],
      rhythm=[(40, H, "2026-02-11", ["video", "email"])],
      talk=["the new online standardisation", "trainer accreditation", "my first training day", "her reorganisation"])

    # --- former pupils and parents ---
    P("sandra", "Sandra Lowther", 4, "friend", location="Meanwood", title="Chair of the PTA",
      how_met="A parent; her son Josh is in Year 9 and autistic", met_on="2021-09-06",
      rhythm=[(30, H, "2026-02-18", ["coffee", "message", "meeting"])],
      talk=["Josh's EHCP", "the PTA quiz night", "the SEND tribunal papers", "the summer fair"])
    P("amira", "Amira Saleem", 4, "friend", location="Leeds", title="Poet",
      how_met="Taught her A-level English (left 2018)",
      met_on="2016-09-05", interests={"poetry": 1.0},
      offer=("amira-workshops", "poetry-workshops",
             "Runs poetry-writing workshops in schools; her Arts Council-funded programme has places for Leeds "
             "secondaries this year", "2025-11-20"),
      rhythm=[(60, H, "2026-01-28", ["message", "coffee", "event"])],
      talk=["her pamphlet", "the Arts Council grant", "a reading at Leeds Library", "who else from her year writes"])
    P("louise", "Louise Kent", 4, "friend", location="Leeds", title="Web designer",
      how_met="Taught her GCSE English (left 2012)", met_on="2007-09-05",
      rhythm=[(30, "2025-11-01", "2026-02-12", ["message", "video", "coffee"])],
      talk=["the consultancy website", "my headshots", "her two-year-old", "which domain name"])
    P("mehmet", "Mehmet Yilmaz", 5, "acquaintance", location="Leeds", title="Runs Kirkstall Print",
      how_met="A parent; prints the school's programmes",
      rhythm=[(90, "2025-01-15", "2026-02-05", ["message", "meeting"])],
      talk=["the prize-giving programmes", "business cards"])

    # --- choir ---
    P("gill", "Gill Pearson", 3, "friend", company="Chapel Allerton Choral Society", title="Musical director",
      location="Leeds", how_met="The choir since 2004", interests={"choral-singing": 1.0},
      need=("gill-pianist", "choir-accompanist",
            "The choir's accompanist Maureen retires after the Easter concert; needs a pianist for Tuesday "
            "rehearsals", "2026-02-23"),
      rhythm=[(21, H, "2026-02-23", ["activity", "message", "coffee"])],
      talk=["the Easter concert programme", "the Fauré", "the alto section", "the church hall rent"])
    P("pauline", "Pauline Foster", 4, "friend", company="Chapel Allerton Choral Society", title="Retired pharmacist",
      location="Leeds", how_met="Sits next to me in the altos", birthday="--03-03",
      rhythm=[(28, H, "2026-02-17", ["activity", "message"])], talk=["the alto line", "her cruise", "car shares"])
    P("derek", "Derek Aldred", 4, "acquaintance", company="Chapel Allerton Choral Society", title="Choir treasurer",
      location="Leeds", rhythm=[(45, H, "2026-02-03", ["activity", "email"])],
      talk=["subs", "the concert tickets", "Gift Aid"])

    # --- running club ---
    P("steve", "Steve Marsden", 3, "friend", company="Woodhouse Moor Runners", title="Club captain",
      location="Leeds", how_met="Woodhouse Moor Runners since 2017", interests={"running": 1.0},
      rhythm=[(12, H, "2026-02-21", ["activity", "activity", "message"])],
      talk=["Saturday parkrun", "the club championship", "the Leeds Half", "his allotment"])
    P("maggie", "Maggie Dunn", 3, "friend", company="Woodhouse Moor Runners", title="Retired social worker",
      location="Headingley", how_met="Woodhouse Moor Runners; my Sunday long-run partner", birthday="1962-03-14",
      interests={"running": 0.9},
      rhythm=[(9, H, "2026-03-01", ["activity", "activity", "coffee"])],
      talk=["the Sunday long run", "her knee", "the Leeds Half", "her daughter in Bristol", "Dad"])
    P("marcus", "Marcus Bell", 4, "friend", company="Woodhouse Moor Runners", title="Civil servant",
      location="Leeds", interests={"running": 1.0},
      rhythm=[(30, H, "2026-02-14", ["activity", "message"])],
      talk=["his Barcelona training plan", "intervals on the Moor", "his Strava"])
    P("ellie", "Ellie Simpson", 4, "friend", company="Woodhouse Moor Runners", title="Physiotherapist",
      location="Leeds", interests={"running": 0.8}, notes="On maternity leave; due early March.",
      rhythm=[(30, H, "2026-02-22", ["activity", "message", "coffee"])],
      talk=["running while pregnant", "the nursery waiting lists", "parkrun volunteering"])

    # --- dormant old ties ---
    P("bev", "Bev Thompson", 5, "friend", peak=2, location="Falmouth", title="Potter",
      how_met="Shared a house during our PGCE in Sheffield, 1991", met_on="1991-09-20",
      extra=[("2016-08-12", "meal", "Dinner: her 50th in Falmouth", 240),
             ("2021-12-18", "letter", "Letter: her Christmas card with a photo of the new kiln")])
    P("geoffrey", "Geoffrey Sutcliffe", 5, "advocate", peak=2, location="Whitby", title="Retired head of English",
      how_met="My first head of department, at Ossett; taught me to teach", met_on="1992-09-01",
      expertise=["english-curriculum"],
      extra=[("2012-07-20", "event", "At an event: his retirement do in Ossett", 180),
             ("2022-03-05", "letter", "Letter: he wrote when he heard I'd become an AQA team leader")])
    P("nicky", "Nicky Dale", 5, "friend", peak=3, location="Wellington, New Zealand", title="Deputy principal",
      how_met="Taught together at Meanwood Valley until she emigrated in 2019", met_on="2008-09-01",
      extra=[("2019-07-19", "meal", "Dinner: her leaving do"),
             ("2023-01-08", "video", "Video call: her first year as deputy principal")])

    # --- neighbours and the new business ---
    P("angela", "Angela Brooks", 5, "acquaintance", location="Chapel Allerton", title="Neighbour",
      rhythm=[(60, H, "2026-01-31", ["message", "activity"])], talk=["parcels", "the hedge", "her cat"])
    P("imran", "Imran Qadir", 5, "acquaintance", company="Qadir & Co", title="Accountant", location="Leeds",
      how_met="Simon's accountant", met_on="2026-02-24",
      extra=[("2026-02-24", "video", "Video call: first meeting about setting up Ashworth Learning Ltd", 45)])

    # group contacts
    b.add("2025-12-25", "meal", ["dennis", "hannah", "sam", "ollie"],
          "Dinner: Christmas Day at mine with Dad and the kids", 300, "mutual")
    b.add("2026-02-21", "meal", ["dennis", "philip"],
          "Dinner: Philip up from Aberdeen; we talked to Dad about power of attorney and the day centre", 180, "mutual")
    b.add("2025-12-13", "event", ["gill", "jackie", "pauline", "derek"],
          "At an event: the choir's Christmas concert at St Matthew's", 180, "mutual")
    b.add("2025-12-20", "activity", ["steve", "marcus", "ellie", "maggie"],
          "Outing: the club's Christmas handicap round Roundhay Park", 150, "mutual")
    b.add("2026-02-27", "meeting", ["graham", "jas", "femi", "wendy", "tomasz"],
          "Meeting: staff briefing; Graham told everyone I'm leaving in July", 30, "mutual")
    b.add("2025-07-18", "event", ["graham", "jas", "lucy", "femi", "wendy"],
          "At an event: end-of-year staff do", 180, "mutual")
    b.add("2025-06-12", "event", ["andrew", "priya", "rob"], "At an event: the Leeds secondary heads' conference",
          420, "mutual")

    # life events
    b.event("ev-nadia-promo", "nadia", "2026-02-20", "promotion",
            "Promoted to Head of Assessment Standards for English at AQA")
    b.event("ev-lucy-job", "lucy", "2026-02-26", "new_job",
            "Appointed head of English at Thornbury Academy in Bradford, starting after Easter")
    b.event("ev-priya-head", "priya", "2026-03-05", "new_job",
            "Appointed headteacher of Wharfedale High School in Otley from September")
    b.event("ev-ellie-baby", "ellie", "2026-03-08", "baby", "Ellie and Jon's daughter Isla was born at the LGI")
    b.event("ev-amira-award", "amira", "2026-03-10", "award",
            "Won the Leeds Poetry Prize for her pamphlet 'Kirkstall Lights'")
    b.event("ev-rob-layoff", "rob", "2026-02-13", "job_loss",
            "Made redundant when Leeds City Council cut its secondary school-improvement team")
    b.event("ev-steve-illness", "steve", "2026-02-24", "illness",
            "Diagnosed with prostate cancer; radiotherapy at St James's from 9 March")
    b.event("ev-lesley-father", "lesley", "2026-03-03", "bereavement",
            "Her dad Ron died suddenly at home in Hull; the funeral is in Hull on 16 March")
    b.event("ev-dennis-diagnosis", "dennis", "2025-10-14", "illness",
            "Diagnosed with early Alzheimer's at the Leeds Memory Service")
    b.event("ev-dennis-driving", "dennis", "2026-02-21", "other",
            "Gave up driving after getting lost on the way back from Otley; Philip is selling the car")
    b.event("ev-hannah-job", "hannah", "2025-06-02", "new_job", "Joined Bramble Press as an editor")
    b.event("ev-sam-move", "sam", "2025-08-30", "move", "Moved to Glasgow for the job at Firth Post Production")
    b.event("ev-femi-promo", "femi", "2025-09-01", "promotion", "Became assistant head for behaviour and attendance")
    b.event("ev-simon-launch", "simon", "2023-04-17", "launch", "Left headship and launched Reeves Education")

    # favors
    b.favor("fv-simon-pricing", "simon", "me", "2026-02-19", "advice",
            "Spent an evening walking me through day rates, IR35 and indemnity insurance for consultancy")
    b.favor("fv-graham-testimonial", "graham", "me", "2026-02-27", "endorsement",
            "Agreed to be my referee and wrote a testimonial for my consultancy website")
    b.favor("fv-ian-referral", "ian", "me", "2026-01-22", "referral",
            "Recommended me to AQA's training team to lead examiner standardisation", "2026-01-23",
            "Booked to lead the 14 March standardisation training day")
    b.favor("fv-brenda-dad", "brenda", "me", "2026-02-25", "favor",
            "Sat with Dad all afternoon when the carer didn't turn up", "2026-02-26")
    b.favor("fv-jackie-clinic", "jackie", "me", "2025-10-14", "favor",
            "Drove Dad and me to his memory clinic appointment and waited with us", "2025-10-15")
    b.favor("fv-sue-allowance", "sue", "me", "2026-02-03", "advice",
            "Explained carers' assessments and helped me apply for Dad's attendance allowance", "2026-02-04")
    b.favor("fv-louise-site", "louise", "me", "2026-02-12", "favor",
            "Built the first version of my consultancy website for the cost of the domain", "2026-02-13")
    b.favor("fv-me-lucy", "me", "lucy", "2026-01-30", "endorsement", "Wrote her reference for the head of English post")
    b.favor("fv-me-priya", "me", "priya", "2026-02-17", "advice", "Gave her a mock headship interview")
    b.favor("fv-me-rob", "me", "rob", "2026-02-20", "advice", "Went through his CV after the council cuts")
    b.favor("fv-me-amira", "me", "amira", "2025-06-10", "endorsement", "Wrote a reference for her Arts Council grant")
    b.favor("fv-me-sandra", "me", "sandra", "2026-01-26", "advice",
            "Helped her draft Josh's statement for the SEND tribunal")

    # follow-ups
    b.follow_up("fu-philip-lpa", "philip", True, "Send Philip the lasting power of attorney forms to sign",
                "2026-03-05")
    b.follow_up("fu-graham-handover", "graham", True,
                "Send Graham the handover plan for my timetabling and exams responsibilities", "2026-03-06")
    b.follow_up("fu-hannah-lunch", "hannah", True,
                "Book the table at the Kirkstall Bridge for Mothering Sunday lunch with Hannah, Sam and Dad",
                "2026-03-08")
    b.follow_up("fu-lucy-plan", "lucy", True,
                "Send Lucy my Year 11 intervention plan as a starting point for her new department", "2026-03-09")
    b.follow_up("fu-dennis-clinic", "dennis", True, "Take Dad to his memory clinic review at St James's (2.30pm)",
                "2026-03-10")
    b.follow_up("fu-ian-slides", "ian", True, "Send Ian the slides for the 14 March standardisation training day",
                "2026-03-11")
    b.follow_up("fu-sam-bbc", "sam", False, "Interview for a dubbing mixer job at BBC Scotland", "2026-03-05")
    b.follow_up("fu-steve-radio", "steve", False, "Starts radiotherapy at St James's", "2026-03-09")
    b.follow_up("fu-sandra-tribunal", "sandra", False, "Josh's SEND tribunal hearing", "2026-03-12")
    b.follow_up("fu-graham-governors", "graham", False,
                "Governors decide whether to advertise my post externally", "2026-03-12", "2026-03-13")
    b.follow_up("fu-marcus-barcelona", "marcus", False, "Running the Barcelona Marathon", "2026-03-15")

    # goals
    b.goal("g-consultancy", "Set up Ashworth Learning by September, with three schools signed before my last day "
           "(22 July)", ["education-consultancy", "english-curriculum"], 1,
           ["simon", "priya", "andrew", "catherine", "graham"])
    b.goal("g-dad", "Get Dad's care settled before I leave school: power of attorney registered, day centre, carers",
           ["dementia-care"], 1, ["philip", "sue", "brenda", "kath"])
    b.goal("g-examiner", "Become one of AQA's regular examiner trainers (first day 14 March)",
           ["examiner-training", "assessment"], 2, ["ian", "nadia"])

    # saved items
    b.item("it-ofqual", "Ofqual consults on GCSE English Literature set texts from 2028",
           "https://example.org/ofqual-set-texts", ["english-curriculum", "assessment"], "2026-03-03")
    b.item("it-lpa", "Alzheimer's Society: registering a lasting power of attorney, step by step",
           "https://example.org/lpa-guide", ["dementia-care"], "2026-03-04")
    b.item("it-consult", "Schools Week: what schools actually buy from independent consultants",
           "https://example.org/schoolsweek-consultants", ["education-consultancy"], "2026-03-06")
    b.item("it-examiner", "What makes examiner standardisation training stick: a review",
           "https://example.org/standardisation-review", ["examiner-training"], "2026-03-09")
    b.item("it-choir", "Leeds Festival Chorus: come-and-sing Fauré Requiem day in April",
           "https://example.org/come-and-sing-faure", ["choral-singing"], "2026-03-11")
    b.item("it-run", "Leeds Half Marathon 2026: entries close at the end of March",
           "https://example.org/leeds-half-2026", ["running"], "2026-03-12")
    b.item("it-deputies-old", "Teacher Tapp: what deputy heads do next", "https://example.org/deputies-next",
           ["school-leadership"], "2025-11-20")
    return b


def postdoc():
    b = Book("postdoc", seed=14142)
    H = "2024-10-01"  # history starts: the start of Beatriz's second postdoc year at Dalhousie (she came in Sept 2023)
    P = b.person

    # --- family in Brazil ---
    P("irma", "Irma Schmitt", 2, "advocate", kin=True, location="Porto Alegre", title="Retired seamstress",
      how_met="Vó, Mum's mother", birthday="1936-03-12",
      notes="Turns 90 on 12 March. Heart failure for three years, worse since the winter; lives in her own flat in "
            "Petrópolis with Tia Rosane next door. Only speaks Portuguese; video calls on Rosane's tablet.",
      rhythm=[(12, H, "2026-02-20", ["video", "call", "video"]),
              (3, "2026-02-23", "2026-03-01", ["video", "call"])],
      talk=["her chimarrão in the mornings", "Vô Arno's old photos", "whether I'm eating properly",
            "Jonas's Portuguese", "the jacaranda outside her window", "what she wants for her 90th",
            "how tired she feels"])
    P("arno", "Arno Schmitt", 4, "advocate", kin=True, status="deceased", location="Porto Alegre",
      how_met="Vô, Mum's father", birthday="1933-08-02", notes="Died of COVID in July 2020; I couldn't fly home.",
      extra=[("2020-06-14", "video", "Video call: his last Sunday call, from the hospital bed")])
    P("claudia", "Cláudia Schmitt Lemos", 1, "advocate", kin=True, location="Porto Alegre",
      title="Retired bank manager, Banrisul", how_met="Mum", birthday="1965-09-03",
      dates=[("parents-wedding", "Mãe and Pai's wedding anniversary", "1990-05-19")],
      notes="Spends most afternoons at Vó's since the hospital stay. Worries about me being so far away.",
      rhythm=[(5, H, "2026-03-01", ["video", "call", "message", "video"])],
      talk=["Vó's breathing and her tablets", "the 90th-birthday lunch", "Gustavo's baby", "whether I'd move home",
            "my job interviews", "the weather in Halifax", "her pilates class"])
    P("paulo", "Paulo Lemos", 2, "advocate", kin=True, location="Porto Alegre", title="Civil engineer",
      how_met="Dad", birthday="1962-11-20", interests={"football": 0.9},
      rhythm=[(14, H, "2026-02-22", ["video", "call", "message"])],
      talk=["Internacional's season", "his retirement plans", "my salary if I get a faculty job", "his barbecue",
            "the flood repairs on the house"])
    P("gustavo", "Gustavo Lemos", 2, "advocate", kin=True, location="Passo Fundo", title="Agronomist, Embrapa Trigo",
      how_met="My little brother", birthday="1997-01-28",
      notes="He and Letícia are expecting their first baby, a girl, due in early March.",
      rhythm=[(10, H, "2026-03-01", ["message", "video", "call", "message"])],
      talk=["the baby's room", "names for the baby", "his wheat trials", "Vó", "whether I'll be godmother"])
    P("leticia", "Letícia Bortolini", 4, "friend", kin=True, location="Passo Fundo", title="Vet",
      how_met="Gustavo's wife", rhythm=[(60, H, "2026-01-25", ["message", "video"])],
      talk=["her pregnancy", "their dogs", "Christmas in Porto Alegre"])
    P("rosane", "Rosane Schmitt", 3, "ally", kin=True, location="Porto Alegre", title="Retired schoolteacher",
      how_met="Tia Rosane, Mum's sister", birthday="1962-07-08",
      notes="Lives next door to Vó and does most of her care; organising the 90th-birthday lunch on Saturday "
            "14 March.",
      rhythm=[(25, H, "2026-02-21", ["message", "call"]),
              (3, "2026-02-22", "2026-03-01", ["message", "call", "message"])],
      talk=["Vó's night carer", "the cardiologist's news", "the 90th-birthday lunch", "who's coming from Santa Cruz",
            "Vó's tablets"])
    P("carolina", "Carolina Schmitt Pereira", 3, "friend", kin=True, location="Porto Alegre",
      title="Geriatrician, Hospital de Clínicas", how_met="Cousin (Tia Rosane's daughter)",
      expertise=["geriatrics"],
      rhythm=[(45, H, "2026-02-23", ["message", "call"])],
      talk=["what the echo showed", "comfort care", "her residency rota", "her wedding plans"])

    # --- Jonas and his family ---
    P("jonas", "Jonas Becker", 1, "advocate", kin=True, location="Halifax",
      title="Robotics software engineer, Tidewise Robotics", how_met="My partner; we met at a MARUM party in Bremen",
      met_on="2019-03-07", birthday="1992-06-11", interests={"climbing": 0.9, "ocean-robotics": 0.8},
      dates=[("us-anniversary", "Our anniversary (together since 2019)", "2019-03-07")],
      notes="Came to Halifax with me in 2023 on an open work permit as my common-law partner. Applied to renew it "
            "on 2 December; the old one expired on 27 February, so he is on maintained status while IRCC decides. "
            "Anxious about it, though he won't say so.",
      rhythm=[(6, H, "2026-03-01", ["meal", "activity", "meal", "call"])],
      talk=["his permit renewal", "whether we'd move to Victoria", "his underwater-drone trials", "climbing on Friday",
            "dinner at Bar Kismet", "our cat Pipoca", "whether to apply for permanent residence"])
    P("heike", "Heike Becker", 4, "friend", kin=True, location="Bremen", title="Pharmacist",
      how_met="Jonas's mother", rhythm=[(45, H, "2026-02-15", ["video", "message"])],
      talk=["her garden in Schwachhausen", "Jonas's permit", "visiting us in the summer"])
    P("anna", "Anna Becker", 5, "friend", kin=True, location="Hamburg", title="Nurse", how_met="Jonas's sister",
      rhythm=[(90, H, "2025-12-24", ["message", "video"])])

    # --- Halifax friends: the climbing gym and the Brazilians ---
    P("maeve", "Maeve O'Donnell", 2, "advocate", location="Halifax", company="Halifax Regional Municipality",
      title="Urban planner", how_met="Bluenose Bouldering; my first climbing partner in Halifax", met_on="2023-10-12",
      birthday="--08-19", interests={"climbing": 1.0, "urban-planning": 0.8},
      notes="Has applied for the senior planner post in her team; hears on 11 March.",
      rhythm=[(6, H, "2026-02-28", ["activity", "activity", "coffee", "meal", "message"])],
      talk=["the new problems at the gym", "her senior planner application", "my campus interview nerves",
            "a hike at Polly's Cove", "her sister in Cork", "Jonas's permit"])
    P("kenji", "Kenji Tanaka", 3, "friend", location="Halifax", company="Nautel", title="Firmware developer",
      how_met="Bluenose Bouldering", met_on="2023-11-02", birthday="1990-03-05", interests={"climbing": 1.0},
      need=("kenji-pt", "portuguese-lessons",
            "Wants Brazilian Portuguese lessons before he moves to São Paulo with his girlfriend Bruna in September",
            "2026-02-09"),
      rhythm=[(10, H, "2026-02-26", ["activity", "activity", "message"])],
      talk=["his overhang project", "Bruna's job in São Paulo", "feijoada", "his Portuguese app", "the gym's comp"])
    P("chloe", "Chloé Gagnon", 3, "friend", location="Halifax", company="Parks Canada",
      title="Resource conservation officer, Kejimkujik Seaside", how_met="Bluenose Bouldering", met_on="2024-01-20",
      interests={"climbing": 0.9, "coastal-conservation": 0.8},
      notes="From Moncton; her mum has had cancer for two years.",
      rhythm=[(12, H, "2026-02-27", ["activity", "activity", "coffee"])],
      talk=["the piping plovers at Keji", "her mum in Moncton", "the drive to Moncton", "the gym's Thursday night"])
    P("ben", "Ben Arsenault", 4, "acquaintance", location="Halifax", company="Bluenose Bouldering",
      title="Owner and head route setter", how_met="The gym", met_on="2023-10-12", interests={"climbing": 1.0},
      rhythm=[(20, H, "2026-02-24", ["activity", "message"])],
      talk=["the reset on the cave wall", "the spring comp", "my membership freeze for fieldwork"])
    P("renata", "Renata Oliveira", 3, "friend", location="Halifax", title="Baker",
      how_met="The Brazilian association's festa junina, 2023", met_on="2023-06-24", interests={"food": 0.9},
      notes="From Belo Horizonte. Has been baking pão de queijo from her kitchen for two years and is opening a "
            "stall at the Seaport Farmers' Market in March.",
      rhythm=[(21, H, "2026-02-21", ["coffee", "meal", "message"])],
      talk=["the market stall", "her food-safety certificate", "missing Minas", "her son's school", "Carnaval"])
    P("patricia", "Patrícia Wolff", 4, "friend", location="Halifax", company="Brazilian Association of Nova Scotia",
      title="Coordinator; teaches Portuguese", how_met="The Brazilian association", met_on="2023-06-24",
      offer=("patricia-pt", "portuguese-lessons",
             "Teaches Brazilian Portuguese conversation classes for adults on Tuesday evenings, and a few private "
             "students", "2025-09-02"),
      rhythm=[(45, H, "2026-02-01", ["event", "message", "coffee"])],
      talk=["the Carnaval party", "her Portuguese classes", "the consulate's visit to Halifax", "Curitiba"])
    P("marjorie", "Marjorie Dunphy", 5, "acquaintance", location="Halifax", title="Retired teacher",
      how_met="Our landlady; lives downstairs", met_on="2023-09-01",
      rhythm=[(40, H, "2026-02-19", ["message", "coffee"])],
      talk=["the snow clearing", "the rent for next year", "Pipoca on her porch", "her grandchildren in Truro"])

    # --- Dalhousie: the lab and the department ---
    P("annemarie", "Anne-Marie Thibodeau", 2, "advocate", power=True, company="Dalhousie University",
      title="Professor of Biology; my postdoc supervisor", location="Halifax",
      how_met="Hired me as a postdoc in her kelp ecology lab", met_on="2023-02-15",
      interests={"kelp-ecology": 1.0, "marine-heatwaves": 0.8}, expertise=["kelp-ecology"],
      notes="Extended my postdoc to August 2027. Running a practice job talk for me in lab meeting on 6 March.",
      rhythm=[(7, H, "2026-02-27", ["meeting", "meeting", "email", "coffee"])],
      talk=["the heatwave paper revision", "my job talk", "the June kelp surveys", "Owen's defence",
            "the Sable Foundation call", "what to ask UVic about start-up funds"])
    P("owen", "Owen MacIsaac", 3, "friend", company="Dalhousie University", title="PhD candidate",
      location="Halifax", how_met="PhD student in the lab; from Inverness, Cape Breton", met_on="2023-09-05",
      interests={"kelp-ecology": 0.9, "sea-urchins": 1.0},
      rhythm=[(9, H, "2026-02-27", ["coffee", "meeting", "message"])],
      talk=["his urchin-barrens chapter", "his defence slides", "the external examiner",
            "fiddle music at the Old Triangle"])
    P("hyunwoo", "Hyun-woo Park", 3, "friend", company="Dalhousie University", title="Postdoctoral fellow",
      location="Halifax", how_met="Postdoc in the lab", met_on="2024-01-08",
      interests={"academic-job-market": 0.8, "fish-ecology": 1.0},
      notes="Was interviewing for a research scientist post at DFO in February.",
      rhythm=[(9, H, "2026-02-24", ["coffee", "meeting", "message"])],
      talk=["his DFO interview", "the job market", "his daughter's daycare", "R versus Python", "Korean fried chicken"])
    P("marcandre", "Marc-André Leblanc", 3, "friend", company="Dalhousie University", title="PhD student",
      location="Halifax", how_met="PhD student in the lab; my dive buddy", met_on="2023-09-05",
      interests={"kelp-ecology": 1.0, "scientific-diving": 0.9},
      rhythm=[(10, H, "2026-02-26", ["meeting", "activity", "coffee"])],
      talk=["the dive plan for June", "his committee meeting", "drysuit repairs", "kelp quadrats"])
    P("emily", "Emily Chisholm", 4, "friend", company="Dalhousie University", title="MSc student",
      location="Halifax", how_met="Master's student I co-supervise", met_on="2025-09-08",
      interests={"kelp-ecology": 0.8, "science-outreach": 1.0},
      need=("emily-summer", "science-outreach",
            "Looking for a paid summer job in marine science outreach before the second year of her MSc",
            "2026-02-16"),
      rhythm=[(10, "2025-09-10", "2026-02-25", ["meeting", "meeting", "email"])],
      talk=["her thesis proposal", "her NSERC scholarship", "summer jobs", "the tide-pool survey"])
    P("donna", "Donna Fraser", 4, "friend", company="Dalhousie University", title="Lab manager and dive safety officer",
      location="Halifax", how_met="The lab", met_on="2023-09-05",
      notes="Having a knee replacement on 9 March; off for six weeks.",
      rhythm=[(14, H, "2026-02-20", ["meeting", "message"])],
      talk=["the boat booking", "dive medicals", "her knee", "the freezer alarms"])
    P("trish", "Patricia Hollis", 4, "ally", power=True, company="Dalhousie University",
      title="Associate professor; faculty mentor for postdocs", location="Halifax",
      how_met="The postdoc mentoring scheme", met_on="2024-02-01", expertise=["academic-job-market"],
      interests={"academic-job-market": 0.9},
      rhythm=[(45, H, "2026-02-10", ["coffee", "meeting"])],
      extra=[("2026-02-24", "meeting",
              "Meeting: she ran a mock campus interview for me with two colleagues from the search-committee side",
              120)],
      talk=["my research statement", "the teaching statement", "which jobs to apply for", "negotiating"])
    P("nkechi", "Nkechi Eze", 3, "friend", company="Dalhousie University", title="Postdoctoral fellow, Chemistry",
      location="Halifax", how_met="The Dalhousie Postdoctoral Association", met_on="2023-10-18",
      interests={"academic-job-market": 1.0},
      notes="On the faculty job market too; had a campus visit at Guelph in February.",
      rhythm=[(21, H, "2026-02-26", ["coffee", "message", "meal"])],
      talk=["the job market", "her Guelph visit", "postdoc pay", "Nollywood night", "the postdoc association"])

    # --- the job market ---
    P("kwame", "Kwame Asante", 5, "acquaintance", power=True, company="University of Victoria",
      title="Associate professor of Biology; chair of the search committee", location="Victoria",
      how_met="My first-round interview for the coastal marine ecology post", met_on="2026-01-29",
      extra=[("2026-01-29", "video", "Video call: first-round interview for the coastal marine ecology post", 45),
             ("2026-02-13", "email", "Email: invited me to a campus interview on 10–11 March"),
             ("2026-02-20", "email", "Email: the schedule for the visit and who I'll meet")])
    P("aroha", "Aroha Ngata", 3, "ally", company="University of British Columbia", title="Assistant professor",
      location="Vancouver", how_met="Postdoc at Dalhousie with me until 2025", met_on="2023-09-20",
      interests={"academic-job-market": 0.8, "seagrass": 1.0}, expertise=["academic-job-market"],
      rhythm=[(40, H, "2026-02-05", ["video", "message"])],
      extra=[("2026-02-20", "video",
              "Video call: she walked me through her UBC campus interview and sent her job-talk slides", 75)],
      talk=["her first year at UBC", "teaching 300 first-years", "seagrass in Howe Sound", "Halifax gossip"])

    # --- the paper's co-authors abroad ---
    P("henrik", "Henrik Solberg", 3, "ally", power=True, company="Institute of Marine Research",
      title="Senior scientist", location="Bergen",
      how_met="Leads the North Atlantic kelp heatwave working group", met_on="2024-06-10",
      interests={"kelp-ecology": 0.9, "marine-heatwaves": 1.0},
      notes="Senior author on our heatwave paper (I'm first author). Starts paternity leave mid-March.",
      rhythm=[(14, H, "2026-02-25", ["email", "video", "email"])],
      extra=[("2025-10-22", "meal", "Dinner: after the working group's workshop in Bergen", 150)],
      talk=["reviewer 2's comments", "the new temperature analysis", "the cover letter", "his baby due in March"])
    P("camila", "Camila Vergara", 3, "friend", company="Universidad Austral de Chile",
      title="Assistant professor of marine biology", location="Valdivia",
      how_met="The kelp heatwave working group", met_on="2024-06-10",
      interests={"kelp-ecology": 1.0, "marine-heatwaves": 0.9},
      notes="Going up for promotion to associate professor this year.",
      rhythm=[(14, H, "2026-02-26", ["email", "video", "message"])],
      talk=["the Chilean sites", "Figure 3", "her promotion file", "a field season in Chiloé", "Valdivia rain"])
    P("liam", "Liam Whitford", 4, "friend", company="IMAS, University of Tasmania", title="Research fellow",
      location="Hobart", how_met="The kelp heatwave working group", met_on="2024-06-10",
      interests={"marine-heatwaves": 1.0},
      rhythm=[(30, H, "2026-02-18", ["email", "video"])],
      talk=["the Tasmanian temperature records", "time zones", "giant kelp restoration in Tasmania"])

    # --- funders and government science ---
    P("rebecca", "Rebecca Lindqvist", 4, "ally", power=True, company="Sable Ocean Foundation", title="Program officer",
      location="Halifax", how_met="Her info session on the foundation's early-career awards", met_on="2025-03-18",
      interests={"kelp-restoration": 1.0, "research-funding": 0.8}, expertise=["research-funding"],
      notes="The early-career call closes on 20 March; she offered to read a one-page concept note first.",
      rhythm=[(60, H, "2026-01-20", ["meeting", "email"])],
      extra=[("2026-02-12", "coffee", "Coffee: she read my outline and said to lead with the restoration trials", 60)],
      talk=["the early-career call", "what the board funds", "kelp restoration pilots", "community partners"])
    P("yvonne", "Yvonne Comeau", 4, "ally", power=True, company="Fisheries and Oceans Canada",
      title="Research scientist, Bedford Institute of Oceanography", location="Dartmouth",
      how_met="The DFO kelp monitoring collaboration", met_on="2023-11-20",
      interests={"kelp-ecology": 0.9, "kelp-restoration": 0.8},
      rhythm=[(45, H, "2026-02-04", ["meeting", "email"])],
      talk=["the monitoring sites", "the DFO data-sharing agreement", "restoration trials at St. Margarets Bay"])

    # --- Bremen: PhD supervisor and friends ---
    P("ulrike", "Ulrike Hartmann", 3, "advocate", power=True, company="MARUM, University of Bremen",
      title="Professor of marine ecology; my PhD supervisor", location="Bremen",
      how_met="My PhD supervisor, 2019–2023", met_on="2018-11-05",
      interests={"rhodoliths": 1.0, "kelp-ecology": 0.6},
      rhythm=[(45, H, "2026-02-03", ["email", "video"])],
      talk=["the job market", "her new PhD students", "the rhodolith paper we never finished", "the Polarstern cruise"])
    P("lena", "Lena Vogt", 3, "friend", company="Alfred Wegener Institute", title="Research scientist",
      location="Bremerhaven", how_met="Shared an office during our PhDs at MARUM", met_on="2019-02-01",
      birthday="--10-02", rhythm=[(30, H, "2026-02-14", ["video", "message"])],
      talk=["her son Finn", "the AWI reorganisation", "Bremen gossip", "her Svalbard fieldwork"])
    P("tiago", "Tiago Almeida", 3, "friend", location="Amsterdam", title="Data scientist",
      how_met="PhD together at MARUM (he did physical oceanography)", met_on="2019-02-01",
      interests={"ocean-data-science": 1.0}, expertise=["ocean-data-science"],
      need=("tiago-job", "ocean-data-science",
            "Looking for a data-science job with ocean or climate data after his layoff; remote from Europe, or "
            "willing to move to Canada", "2026-02-20"),
      rhythm=[(30, H, "2026-02-08", ["message", "video"])],
      extra=[("2026-02-17", "call", "Call: he told me Seaframe had laid him off", 40),
             ("2026-02-22", "video", "Video call: went through his CV together", 60)],
      talk=["Seaframe's funding", "Amsterdam rents", "the Bremen days", "his cycling"])
    P("anapaula", "Ana Paula Fontoura", 3, "friend", company="Universidade Federal do Rio Grande (FURG)",
      title="Assistant professor of oceanography", location="Rio Grande",
      how_met="The other Brazilian in Ulrike's group; went home to FURG in 2023", met_on="2019-04-01",
      interests={"rhodoliths": 1.0}, notes="Applied for a Serrapilheira grant for her rhodolith lab.",
      rhythm=[(40, H, "2026-02-10", ["message", "video"])],
      talk=["her new lab at FURG", "the Serrapilheira application", "Porto Alegre", "Ulrike"])
    P("moritz", "Moritz Lange", 5, "friend", peak=3, company="GEOMAR", title="Research scientist", location="Kiel",
      how_met="PhD cohort at MARUM", met_on="2019-02-01",
      extra=[("2023-06-30", "event", "At an event: my defence party in Bremen", 240),
             ("2024-02-12", "message", "Messages: he asked how Halifax was treating me")])

    # --- Porto Alegre friends and teachers ---
    P("julia", "Júlia Costa", 2, "advocate", location="Porto Alegre", company="GZH", title="Journalist",
      how_met="Best friend since Colégio Farroupilha", met_on="2005-03-01", birthday="1994-03-14",
      rhythm=[(14, H, "2026-02-25", ["message", "video", "message", "call"])],
      talk=["her climate desk", "Vó", "her boyfriend's band", "the floods anniversary piece", "when I'm coming home"])
    P("fernanda", "Fernanda Duarte", 5, "friend", peak=2, location="Florianópolis", title="Environmental consultant",
      how_met="Biology at UFRGS, 2012–2016", met_on="2012-03-05",
      extra=[("2019-01-19", "meal", "Dinner: my goodbye dinner before Bremen", 180),
             ("2022-07-30", "message", "Messages: she sent photos of her wedding")])
    P("sergio", "Sérgio Bueno", 5, "advocate", peak=2, power=True, company="UFRGS",
      title="Professor of marine biology", location="Porto Alegre",
      how_met="My undergraduate and master's advisor; he sent me to Bremen", met_on="2014-03-10",
      interests={"rhodoliths": 0.9},
      extra=[("2018-12-14", "meeting", "Meeting: last meeting before Bremen; he wrote to Ulrike for me", 60),
             ("2023-07-03", "email", "Email: he congratulated me on the PhD")])

    # --- practical Halifax ---
    P("ahmed", "Ahmed Rahman", 5, "acquaintance", company="Rahman Immigration", title="Licensed immigration consultant",
      location="Halifax", how_met="Handled our work permits in 2023", met_on="2023-05-10", expertise=["immigration"],
      rhythm=[(25, "2025-11-10", "2026-02-17", ["email", "call"])],
      extra=[("2026-02-26", "email",
              "Email: IRCC has asked for an updated employment letter from my postdoc for Jonas's renewal")],
      talk=["Jonas's open work permit renewal", "maintained status", "the documents list",
            "permanent residence through Canadian experience"])
    P("siobhan", "Siobhan Kelly", 4, "friend", company="Sounding Data", title="Co-founder and CTO",
      location="Dartmouth", how_met="The climbing gym; her startup is at COVE, near Jonas's office",
      met_on="2024-03-05",
      interests={"ocean-data-science": 1.0, "climbing": 0.7},
      offer=("siobhan-hire", "ocean-data-science",
             "Hiring a data scientist for ocean sensor data at Sounding Data; remote from Europe is fine for the "
             "right person", "2026-01-15"),
      rhythm=[(30, H, "2026-02-11", ["activity", "message"])],
      talk=["her seed round", "hiring", "buoy data", "the gym's Thursday night"])
    P("colleen", "Colleen Murphy", 5, "acquaintance", company="Fisheries Museum of the Atlantic",
      title="Education manager", location="Lunenburg", how_met="Invited me to give a public talk on kelp",
      met_on="2025-08-16", interests={"science-outreach": 1.0},
      offer=("colleen-interpreters", "science-outreach",
             "Hiring two summer science interpreters for the aquarium and touch tanks; marine-biology students "
             "preferred", "2026-02-02"),
      extra=[("2025-08-16", "event", "At an event: my public talk on Nova Scotia's kelp at the museum", 120),
             ("2025-10-03", "email", "Email: asked whether I'd come back for the summer talk series"),
             ("2026-02-02", "email", "Email: the museum's summer jobs are posted")])
    P("wayne", "Wayne Boutilier", 5, "acquaintance", title="Skipper, the Mary Ellen", location="Lunenburg",
      how_met="Runs our boat for the summer kelp surveys", met_on="2024-06-03",
      rhythm=[(20, "2025-05-15", "2025-09-20", ["call", "activity"])],
      extra=[("2026-02-09", "call", "Call: booked the boat for the June surveys")],
      talk=["the weather window", "the survey sites off Lunenburg", "lobster season", "fuel costs"])

    # group contacts
    b.add("2025-12-24", "meal", ["irma", "claudia", "paulo", "gustavo", "leticia", "rosane", "carolina", "jonas"],
          "Dinner: Christmas Eve at Vó's; Gustavo and Letícia told us about the baby", 300, "mutual")
    b.add("2025-12-31", "meal", ["julia", "jonas"], "Dinner: New Year's Eve at Júlia's", 240, "mutual")
    b.add("2026-02-23", "meeting", ["annemarie", "owen", "hyunwoo", "marcandre", "emily", "donna"],
          "Meeting: lab meeting; planned the June surveys and my practice talk", 90, "mutual")
    b.add("2025-08-20", "activity", ["marcandre", "donna", "wayne"],
          "Outing: kelp transects off Duncan's Cove on the Mary Ellen", 480, "mutual")
    b.add("2026-02-14", "activity", ["maeve", "kenji", "chloe", "jonas"],
          "Outing: bouldering night and pizza after", 180, "mutual")
    b.add("2025-10-22", "event", ["henrik", "camila", "liam"],
          "At an event: the kelp heatwave working group's workshop in Bergen", 480, "mutual")
    b.add("2026-02-15", "event", ["patricia", "renata"], "At an event: the Brazilian association's Carnaval party",
          240, "mutual")
    b.add("2025-06-20", "event", ["annemarie", "trish", "nkechi", "hyunwoo"],
          "At an event: the department's end-of-year barbecue", 180, "mutual")

    # life events
    b.event("ev-hyunwoo-dfo", "hyunwoo", "2026-02-27", "new_job",
            "Accepted a research scientist post at DFO's St. Andrews Biological Station, starting in May")
    b.event("ev-anapaula-grant", "anapaula", "2026-03-03", "award",
            "Won a Serrapilheira Institute grant for her rhodolith lab at FURG")
    b.event("ev-camila-promo", "camila", "2026-03-04", "promotion",
            "Promoted to associate professor at Universidad Austral de Chile")
    b.event("ev-renata-stall", "renata", "2026-03-07", "launch",
            "Opened her pão de queijo stall at the Halifax Seaport Farmers' Market")
    b.event("ev-gustavo-baby", "gustavo", "2026-03-09", "baby",
            "Gustavo and Letícia's daughter Alice was born in Passo Fundo")
    b.event("ev-nkechi-guelph", "nkechi", "2026-03-11", "new_job",
            "Accepted a tenure-track assistant professorship in chemistry at the University of Guelph")
    b.event("ev-tiago-layoff", "tiago", "2026-02-16", "job_loss",
            "Laid off when Seaframe cut a third of its staff")
    b.event("ev-irma-hospital", "irma", "2026-02-22", "illness",
            "Admitted to Hospital Moinhos de Vento with worsening heart failure")
    b.event("ev-irma-home", "irma", "2026-03-03", "other",
            "Home from hospital; Tia Rosane has arranged a night carer, and the cardiologist now talks of comfort care")
    b.event("ev-chloe-mother", "chloe", "2026-03-06", "bereavement",
            "Her mum died in Moncton after two years with cancer; the funeral is in Moncton on 11 March")
    b.event("ev-jonas-permit", "jonas", "2025-12-02", "other",
            "Applied to renew his open work permit (the current one expires on 27 February)")
    b.event("ev-aroha-ubc", "aroha", "2025-07-01", "new_job", "Started as assistant professor at UBC")
    b.event("ev-lena-baby", "lena", "2025-05-12", "baby", "Lena and Jan's son Finn was born")
    b.event("ev-anapaula-furg", "anapaula", "2023-08-01", "new_job", "Joined FURG as assistant professor")
    b.event("ev-siobhan-launch", "siobhan", "2024-09-16", "launch", "Launched Sounding Data at COVE")

    # favors
    b.favor("fv-annemarie-ref", "annemarie", "me", "2026-01-12", "endorsement",
            "Wrote my reference letter for the UVic faculty post", "2026-01-12",
            "Shortlisted; campus interview 10–11 March")
    b.favor("fv-ulrike-ref", "ulrike", "me", "2026-01-14", "endorsement",
            "Wrote my reference letter for the UVic faculty post", "2026-01-15")
    b.favor("fv-trish-mock", "trish", "me", "2026-02-24", "advice",
            "Ran a two-hour mock campus interview for me with two colleagues")
    b.favor("fv-aroha-slides", "aroha", "me", "2026-02-20", "share",
            "Sent me her UBC job-talk slides and her notes on negotiating start-up funds")
    b.favor("fv-rebecca-outline", "rebecca", "me", "2026-02-12", "advice",
            "Read my grant outline and told me to lead with the restoration trials", "2026-02-12")
    b.favor("fv-liam-temps", "liam", "me", "2026-02-18", "favor",
            "Reran the Tasmanian temperature records for our revision over his weekend", "2026-02-18")
    b.favor("fv-maeve-cat", "maeve", "me", "2026-01-04", "favor",
            "Looked after Pipoca for two weeks while we were in Brazil at Christmas", "2026-01-05")
    b.favor("fv-carolina-echo", "carolina", "me", "2026-02-23", "advice",
            "Explained Vó's echo results and what comfort care would mean", "2026-02-23")
    b.favor("fv-kenji-move", "kenji", "me", "2025-05-31", "favor", "Helped us move flat with his van", "2025-05-31")
    b.favor("fv-me-tiago", "me", "tiago", "2026-02-22", "advice", "Went through his CV after the layoff")
    b.favor("fv-me-hyunwoo", "me", "hyunwoo", "2026-02-06", "advice", "Gave him a mock interview for the DFO post")
    b.favor("fv-me-emily", "me", "emily", "2025-11-28", "endorsement",
            "Wrote her reference for the NSERC master's scholarship")
    b.favor("fv-me-camila", "me", "camila", "2025-12-10", "favor",
            "Reran the heatwave analysis for her Chilean sites for her promotion file")
    b.favor("fv-me-owen", "me", "owen", "2026-01-30", "advice", "Read and commented on two chapters of his thesis")

    # follow-ups
    b.follow_up("fu-ahmed-letter", "ahmed", True,
                "Get Ahmed the updated employment letter from Dal HR for Jonas's work-permit renewal", "2026-03-03")
    b.follow_up("fu-kwame-abstract", "kwame", True,
                "Send Kwame the title and abstract of my job talk and confirm my flights to Victoria", "2026-03-04")
    b.follow_up("fu-annemarie-slides", "annemarie", True,
                "Send Anne-Marie my job-talk slides before Friday's practice talk in lab meeting", "2026-03-05")
    b.follow_up("fu-camila-figs", "camila", True,
                "Send Camila the revised Figures 2–4 with her Chilean sites for a last check", "2026-03-06")
    b.follow_up("fu-henrik-response", "henrik", True,
                "Send Henrik the full response-to-reviewers draft before I fly to Victoria", "2026-03-08")
    b.follow_up("fu-rosane-video", "rosane", True,
                "Record a video message for Vó's 90th for Tia Rosane to play at Saturday's lunch", "2026-03-13")
    b.follow_up("fu-rebecca-note", "rebecca", True,
                "Send Rebecca the one-page concept note for the Sable early-career call", "2026-03-13")
    b.follow_up("fu-jonas-hr", "jonas", False,
                "Tidewise HR's deadline for proof that his permit renewal is in process", "2026-03-06")
    b.follow_up("fu-donna-knee", "donna", False, "Knee replacement at the Halifax Infirmary", "2026-03-09")
    b.follow_up("fu-tiago-mercator", "tiago", False, "Second-round interview with Mercator Ocean (by video)",
                "2026-03-10")
    b.follow_up("fu-maeve-planner", "maeve", False, "Hears whether she got the senior planner post", "2026-03-11")
    b.follow_up("fu-owen-defence", "owen", False, "Defends his PhD thesis (10am, Life Sciences Centre)", "2026-03-13")

    # goals
    b.goal("g-faculty", "Land a tenure-track faculty post for 2026–27 (campus interview at UVic, 10–11 March)",
           ["academic-job-market", "kelp-ecology"], 1, ["annemarie", "trish", "aroha", "kwame", "ulrike"])
    b.goal("g-paper", "Resubmit the kelp heatwave paper to Global Change Biology by 13 March",
           ["marine-heatwaves", "kelp-ecology"], 1, ["henrik", "camila", "liam"])
    b.goal("g-grant", "Win my own funding: the Sable Ocean Foundation early-career call for kelp restoration "
           "(closes 20 March)", ["kelp-restoration", "research-funding"], 2, ["rebecca", "yvonne", "annemarie"])

    # saved items
    b.item("it-kelp-ns", "Nova Scotia's kelp beds have thinned by half since 2000, DFO survey finds",
           "https://example.org/ns-kelp-survey", ["kelp-ecology", "marine-heatwaves"], "2026-03-03")
    b.item("it-jobtalk", "How to give a job talk a search committee remembers",
           "https://example.org/job-talk", ["academic-job-market"], "2026-03-04")
    b.item("it-bouldering", "A new bouldering wall opens in Halifax's North End",
           "https://example.org/north-end-bouldering", ["climbing"], "2026-03-07")
    b.item("it-rhodolith", "Rhodolith beds off southern Brazil mapped by sonar for the first time",
           "https://example.org/rhodolith-sonar", ["rhodoliths"], "2026-03-09")
    b.item("it-ocean-data", "Copernicus Marine is hiring data scientists across Europe",
           "https://example.org/copernicus-jobs", ["ocean-data-science"], "2026-03-10")
    b.item("it-seaweed", "South Shore kelp farm brings in its first harvest", "https://example.org/kelp-farm-harvest",
           ["kelp-restoration"], "2026-03-12")
    b.item("it-postdocs-old", "The postdoc squeeze: fewer faculty posts per PhD than ever",
           "https://example.org/postdoc-squeeze", ["academic-job-market"], "2025-11-10")
    return b


def carpenter():
    b = Book("carpenter", seed=17320)
    H = "2024-11-01"  # history starts: Sam's sixth year on his own, the spring he took Josh on full-time
    P = b.person

    # --- home and family ---
    P("jess", "Jess Tran", 1, "advocate", kin=True, location="Coburg", company="Sydney Road Pharmacy",
      title="Pharmacist (on maternity leave)", how_met="My partner; we met at a mate's wedding in Torquay",
      met_on="2015-11-21", birthday="1990-08-09",
      dates=[("us-together", "Our anniversary (together since 2015)", "2015-11-21")],
      notes="Our second baby (a boy) is due on 24 March; our daughter Ruby is three and a half and at kinder three "
            "days a week. Jess finished up at the pharmacy on 20 February. If the baby comes early, Megan next door "
            "has Ruby until Linh gets here.",
      rhythm=[(6, H, "2026-03-01", ["meal", "activity", "meal", "call"])],
      talk=["the baby's name", "Ruby's kinder", "how long I can take off when he comes", "the workshop lease",
            "the nursery", "whether we can afford the second van", "her back", "Sunday at the Coburg pool"])
    P("maureen", "Maureen Costello", 2, "advocate", kin=True, location="Geelong (Belmont)",
      title="Retired school receptionist", how_met="Mum", birthday="1958-06-22",
      dates=[("parents-wedding", "Mum and Dad's wedding anniversary", "1986-03-14")],
      notes="Mum and Dad's 40th wedding anniversary is on 14 March; Kate is doing a lunch for them at her café. Mum "
            "has a cataract operation on 9 March.",
      rhythm=[(8, H, "2026-02-28", ["call", "call", "video", "meal"])],
      talk=["Ruby", "the baby's due date", "her cataract", "the 40th anniversary lunch", "Kate's café",
            "Dad's shed", "whether we need her to come up when the baby comes"])
    P("frank", "Frank Costello", 2, "advocate", kin=True, location="Geelong (Belmont)",
      title="Retired boilermaker", how_met="Dad", birthday="1956-10-05", interests={"footy": 1.0},
      rhythm=[(14, H, "2026-02-22", ["call", "meal", "activity"])],
      talk=["the Cats", "his vegie patch", "the van finance", "the price of diesel", "his new welder"])
    P("kate", "Kate Costello", 2, "advocate", kin=True, location="Geelong", title="Barista; opening her own café",
      how_met="My little sister", birthday="1991-09-12", interests={"small-business": 0.9, "coffee": 1.0},
      notes="Ran the floor at a café in Geelong for eight years; opening her own, Little Grain in Geelong West, with "
            "her partner Pete. I built her counter and shelves.",
      rhythm=[(12, H, "2026-02-27", ["message", "call", "meal"])],
      talk=["the café fit-out", "her council permits", "the coffee machine lease", "Mum's cataract",
            "the anniversary lunch", "her opening day"])
    P("pete", "Pete Dunstan", 4, "friend", kin=True, location="Geelong", title="Chef",
      how_met="Kate's partner", rhythm=[(45, H, "2026-01-17", ["message", "meal"])],
      talk=["the café menu", "the Cats", "fishing at Point Lonsdale"])
    P("ryan", "Ryan Costello", 3, "advocate", kin=True, location="Perth (Scarborough)",
      title="Electrician (FIFO, Pilbara iron-ore project)", how_met="My big brother", birthday="1985-12-02",
      notes="Moved to Perth in 2013; two weeks on, one week off in the Pilbara. Wife Tahnee, two boys.",
      rhythm=[(21, H, "2026-02-21", ["call", "message", "video"])],
      talk=["his swing roster", "the boys' cricket", "coming home for Christmas", "his promotion interview",
            "the Eagles versus the Cats"])
    P("linh", "Linh Tran", 4, "friend", kin=True, location="Sunshine", title="Retired seamstress",
      how_met="Jess's mum", birthday="1962-05-30",
      notes="Coming to stay to look after Ruby when Jess goes into labour.",
      rhythm=[(30, H, "2026-02-15", ["meal", "message"])],
      talk=["Ruby's Vietnamese", "the baby's room", "her garden in Sunshine", "Tết"])
    P("danny", "Danny Tran", 4, "friend", kin=True, location="Footscray", title="IT support, Victoria University",
      how_met="Jess's brother", rhythm=[(60, H, "2026-01-26", ["meal", "message"])],
      talk=["the Bulldogs", "his new flat", "my website"])

    # --- the business: apprentice, TAFE, the next apprentice ---
    P("josh", "Josh Vella", 3, "ally", location="Glenroy", title="Third-year apprentice carpenter",
      how_met="My apprentice since January 2024 (through Kangan Institute)", met_on="2023-11-20",
      birthday="2006-03-11", interests={"apprenticeships": 0.8, "footy": 0.9},
      notes="Turns 20 on 11 March. Certificate III practical assessment (stair building) at Kangan on 12 March; "
            "nervous about it. Good hands, still slow on set-out.",
      rhythm=[(7, H, "2026-02-27", ["meeting", "call", "message"])],
      talk=["the Menon job's set-out", "his stair project at TAFE", "his P-plates", "the stringer templates",
            "his footy training", "what he wants to do after his time's up"])
    P("sandra", "Sandra Pike", 4, "ally", company="Kangan Institute", title="Carpentry teacher",
      location="Broadmeadows", how_met="Josh's TAFE teacher; visits on site for his workplace assessments",
      met_on="2024-02-14", interests={"apprenticeships": 1.0}, expertise=["apprenticeships"],
      need=("sandra-hosts", "host-employer",
            "Looking for host employers for two pre-apprentices who finish their course in June", "2026-02-09"),
      rhythm=[(45, "2024-11-15", "2026-02-19", ["email", "call", "meeting"])],
      talk=["Josh's training record", "his practical assessment", "the pre-apprentice course",
            "the apprentice wage subsidy", "whether I'd take a second apprentice"])
    P("zac", "Zac Hudson", 5, "acquaintance", location="Pascoe Vale", title="Pre-apprentice carpenter, Kangan",
      how_met="Did a week's work experience with me in February (Sandra sent him)", met_on="2026-02-09",
      need=("zac-apprenticeship", "carpentry-apprenticeship",
            "Looking for a carpentry apprenticeship to start in July when his pre-apprenticeship ends", "2026-02-13"),
      extra=[("2026-02-13", "meeting", "Meeting: end of his work-experience week; he's keen and turns up early", 30)])
    P("lachie", "Lachlan Murray", 4, "ally", location="Brunswick West", title="Carpenter",
      how_met="My first apprentice, 2019–2023", met_on="2018-12-10", interests={"apprenticeships": 0.6},
      notes="Went for a site foreman job at Bayside Build Group in February; I wrote his reference.",
      rhythm=[(40, H, "2026-01-20", ["message", "call", "meal"])],
      extra=[("2026-02-05", "call", "Call: he's going for the foreman job at Bayside Build Group; I'll be his referee",
              30)],
      talk=["his first house", "the Bayside job", "what he's earning", "his girlfriend's pottery"])

    # --- builders, architects, designers and trades who send work ---
    P("dave", "Dave Papadopoulos", 3, "advocate", power=True, company="Papadopoulos Builders",
      title="Director, registered builder", location="Brunswick", how_met="Subbed for him since 2019",
      met_on="2019-04-02", interests={"building-regulation": 0.7},
      offer=("dave-super", "site-supervisor",
             "Hiring a site supervisor with a carpentry background for his townhouse and extension jobs in the inner "
             "north", "2026-02-10"),
      notes="Has tendered for Merri-bek Council's Brunswick East kindergarten rebuild; hears on 10 March.",
      rhythm=[(18, H, "2026-02-24", ["call", "meeting", "message"])],
      talk=["the Brunswick townhouses", "the kindergarten tender", "who's short of chippies", "payment terms",
            "the VBA's new rules", "his son's footy"])
    P("brett", "Brett Kowalski", 4, "ally", company="Kowalski Constructions", title="Director", location="Reservoir",
      how_met="Gave me a lot of subcontract work in 2019–2024", met_on="2018-08-15",
      notes="Kowalski Constructions went into voluntary administration on 23 February; ten staff let go. The "
            "administrator lists my $8,400 invoice for the Reservoir stairs as an unsecured debt. Brett is "
            "gutted; he'd been building for twenty years.",
      rhythm=[(25, H, "2026-01-28", ["call", "meeting"])],
      extra=[("2026-02-23", "call", "Call: he rang to tell me the company's gone into administration", 25)],
      talk=["the Reservoir units", "his cash flow", "slow-paying clients", "fixed-price contracts"])
    P("anika", "Anika Schulz", 3, "advocate", power=True, company="Schulz Dunn Architects",
      title="Architect, co-director", location="Fitzroy North", how_met="Did the joinery on her Carlton North job",
      met_on="2022-05-16",
      interests={"custom-joinery": 1.0, "architecture": 1.0, "heritage": 0.9},
      need=("anika-leadlight", "leadlight-restoration",
            "Needs someone to restore the original leadlight windows in a Victorian terrace she's altering in "
            "Carlton", "2026-02-18"),
      notes="Entered the Menons' terrace alteration in Fitzroy North (my joinery) in the Merri-bek Design Awards.",
      rhythm=[(20, H, "2026-02-26", ["meeting", "email", "coffee"])],
      talk=["the Menon kitchen", "shop drawings", "Vic ash versus American oak", "the Carlton terrace",
            "her design awards entry", "recycled timber"])
    P("ellie", "Ellie Nguyen", 3, "ally", power=True, company="Ellie Nguyen Interiors", title="Interior designer",
      location="Hawthorn", how_met="A wardrobe job for one of her clients in 2023", met_on="2023-03-08",
      interests={"interior-design": 1.0, "custom-joinery": 0.9},
      need=("ellie-photos", "interiors-photography",
            "Needs a photographer to shoot six finished projects for her new website and an awards entry",
            "2026-01-27"),
      rhythm=[(30, H, "2026-02-05", ["coffee", "email", "call"])],
      extra=[("2026-02-16", "call", "Call: she's put Hugh Lindsay onto me for a library in Kew", 20)],
      talk=["her clients in Kew", "veneer samples", "lead times", "her new website", "the Kew library"])
    P("oliver", "Oliver Pham", 5, "acquaintance", power=True, company="Pham Studio", title="Architect",
      location="Collingwood", how_met="Open House Melbourne, 2024", met_on="2024-07-27",
      interests={"architecture": 1.0, "custom-joinery": 0.7},
      extra=[("2024-07-27", "event", "At an event: Open House Melbourne; he liked the stair I built in Brunswick",
              60),
             ("2025-03-12", "email", "Email: asked for a price on a built-in for a Collingwood apartment"),
             ("2025-09-30", "coffee", "Coffee: talked about his practice and who does his joinery", 45)])
    P("tony", "Tony Rizzo", 4, "friend", company="Rizzo Homes", title="Builder", location="Epping",
      how_met="Subbed on his houses in 2020–2022", met_on="2020-01-15",
      rhythm=[(45, H, "2026-01-30", ["call", "message"])],
      talk=["a fix-out on his Epping houses", "the price of frames", "his new site manager"])
    P("nick", "Nick Andreou", 3, "friend", title="Plumber", location="Preston",
      how_met="On Dave's sites since 2019", met_on="2019-05-20",
      notes="His dad Con has been in palliative care at home since January.",
      rhythm=[(21, H, "2026-02-25", ["message", "call", "coffee"])],
      talk=["his dad", "a bathroom in Preston", "the Magpies", "his kids' swimming", "Dave's townhouses"])
    P("hamish", "Hamish Grant", 4, "friend", title="Electrician", location="Thornbury",
      how_met="On Dave's sites; we send each other work", met_on="2019-06-11",
      rhythm=[(20, H, "2026-02-18", ["call", "message"])],
      extra=[("2026-02-26", "call", "Call: he fell off a ladder on Tuesday and broke his wrist", 20)],
      talk=["the Menon rough-in", "his apprentice", "a switchboard upgrade", "solar quotes"])
    P("luca", "Luca Bianchi", 4, "friend", title="Painter and decorator", location="Pascoe Vale",
      how_met="Painted after me on a lot of jobs", met_on="2020-09-01",
      rhythm=[(35, H, "2026-02-03", ["call", "message"])],
      talk=["the Menon job's timing", "his daughter's wedding", "a Coburg weatherboard"])

    # --- clients, past and current ---
    P("hugh", "Hugh Lindsay", 5, "acquaintance", location="Kew", title="Retired barrister",
      how_met="Ellie Nguyen referred him: a library with a window seat", met_on="2026-02-19",
      extra=[("2026-02-19", "meeting", "Meeting: measured up the library in Kew; they want it in American oak", 90),
             ("2026-02-27", "email", "Email: he sent Ellie's sketch of the window seat and asked when the quote's "
              "coming")])
    P("raj", "Raj Menon", 4, "friend", location="Fitzroy North", title="Anaesthetist",
      how_met="Client: the joinery for Anika's alteration of his terrace", met_on="2025-09-18",
      rhythm=[(10, "2025-12-01", "2026-02-26", ["meeting", "message", "call"])],
      talk=["the kitchen island", "the bookshelves in the study", "the handover date", "the stain colour"])
    P("fiona", "Fiona Marsh", 4, "friend", location="Thornbury", title="Bookseller",
      how_met="Client: built the shelving for her bookshop", met_on="2025-06-03",
      interests={"books": 1.0, "small-business": 0.8},
      notes="Opening Marsh & Page, a bookshop on High Street, Thornbury, after ten years at Readings.",
      rhythm=[(40, "2025-06-03", "2026-02-12", ["message", "coffee"])],
      extra=[("2025-11-20", "activity", "Outing: fitted the shelving at her bookshop in Thornbury", 480)],
      talk=["the shop's shelving", "her opening", "her suppliers", "a ladder for the top shelves"])
    P("sarah", "Sarah Whitfield", 5, "friend", location="Northcote", title="Physiotherapist",
      how_met="Client: her kitchen in Northcote, 2025", met_on="2025-03-04",
      rhythm=[(60, "2025-05-01", "2026-01-15", ["message", "email"])],
      talk=["a drawer that sticks", "her sister's laundry", "photos of the finished kitchen"])

    # --- suppliers and the money side ---
    P("mick", "Mick Ferraro", 4, "ally", company="Coburg Timber & Hardware", title="Yard manager",
      location="Coburg", how_met="My timber yard since I started out", met_on="2016-04-01",
      interests={"timber": 1.0}, expertise=["timber"],
      rhythm=[(14, H, "2026-02-20", ["call", "meeting"])],
      talk=["the price of Vic ash", "a pack of spotted gum for the Menon job", "delivery to Fitzroy North",
            "the yard's new CNC", "recycled messmate"])
    P("stefan", "Stefan Novak", 5, "acquaintance", company="Novak Stone", title="Stone fabricator",
      location="Thomastown", how_met="Does the benchtops on my kitchens", met_on="2021-02-10",
      rhythm=[(40, H, "2026-02-11", ["call", "email"])],
      talk=["the Menon benchtop", "template day", "engineered stone being banned"])
    P("dimitri", "Dimitri Kourakis", 5, "acquaintance", company="Kourakis Commercial", title="Commercial leasing agent",
      location="Preston", how_met="Agent for the factory unit on Chifley Drive, Preston", met_on="2026-02-03",
      expertise=["commercial-property"],
      notes="Unit 4, 18 Chifley Drive, Preston: 180 m², three-phase power, roller door; $2,600 a month on a 3+3 "
            "lease. The landlord wants the signed offer and the bond by 6 March and will answer by 11 March.",
      extra=[("2026-02-03", "call", "Call: asked about factory units in Preston and Coburg North", 15),
             ("2026-02-17", "meeting", "Meeting: inspected Unit 4 on Chifley Drive, Preston", 45),
             ("2026-02-26", "email", "Email: the landlord's offer to lease, to sign and return with the bond")])
    P("lou", "Lou Petrakis", 5, "acquaintance", company="Northside Finance", title="Finance broker",
      location="Brunswick", how_met="Dave's finance broker", met_on="2026-02-11", expertise=["vehicle-finance"],
      extra=[("2026-02-11", "meeting", "Meeting: finance for a second van (a used Hiace)", 60),
             ("2026-02-25", "email", "Email: she needs my last two tax returns and the December BAS")])
    P("priya", "Priya Raman", 4, "ally", company="Raman & Co", title="Accountant", location="Coburg",
      how_met="Does my books and tax since 2018", met_on="2018-07-20",
      interests={"small-business": 1.0}, expertise=["small-business"],
      rhythm=[(90, H, "2025-12-10", ["meeting", "email"])],
      extra=[("2026-02-10", "meeting", "Meeting: cash-flow projections for the workshop lease and the second van",
              90)],
      talk=["the BAS", "my tax return", "whether to incorporate", "the instant asset write-off"])

    # --- the men's shed and the footy club ---
    P("col", "Col Hendry", 4, "friend", location="Coburg", title="Retired glazier",
      how_met="Coburg Men's Shed (I help out on Tuesday nights)", met_on="2023-05-09",
      interests={"leadlight-restoration": 1.0, "heritage": 0.8}, expertise=["leadlight-restoration"],
      offer=("col-leadlight", "leadlight-restoration",
             "Restores old leadlight windows and takes on a few commissions; has room for one more job this autumn",
             "2025-10-07"),
      notes="74. Forty years as a glazier; restores leadlight at the shed.",
      rhythm=[(21, "2025-02-01", "2026-02-24", ["activity", "coffee"])],
      talk=["the leadlight he's restoring", "the shed's new dust extractor", "his grandson", "the billy-cart day"])
    P("ron", "Ron Baxter", 5, "friend", company="Coburg Men's Shed", title="Coordinator (retired fitter)",
      location="Coburg", how_met="Coburg Men's Shed", met_on="2023-05-09",
      notes="Running a billy-cart build with the kids from the primary school next door on 14 March.",
      rhythm=[(35, "2025-02-01", "2026-02-17", ["activity", "message"])],
      talk=["the billy-cart day", "timber for the kids", "the shed's grant", "the new members"])
    P("shane", "Shane Mitchell", 3, "friend", company="Coburg Amateur Football Club", title="President",
      location="Coburg", how_met="Coburg Amateurs; I've played there since 2014", met_on="2014-02-10",
      interests={"footy": 1.0},
      notes="Asked me to quote on fixing the rotten coaches' boxes at the home ground before round 1 in April.",
      rhythm=[(14, H, "2026-02-26", ["activity", "message", "call"])],
      talk=["pre-season", "the coaches' boxes", "sponsorship", "the under-19s", "the season launch"])
    P("ben", "Ben Dawson", 3, "friend", company="Ben Dawson Photography", title="Architectural and interiors "
      "photographer", location="Brunswick", how_met="Coburg Amateurs; we play in the reserves together",
      met_on="2016-03-01", birthday="1989-03-04",
      interests={"footy": 1.0, "interiors-photography": 1.0}, expertise=["interiors-photography"],
      offer=("ben-shoots", "interiors-photography",
             "Gone full-time on architecture and interiors photography; taking on new designers and architects",
             "2026-02-02"),
      rhythm=[(10, H, "2026-02-26", ["activity", "message"])],
      talk=["pre-season training", "his hamstring", "going full-time on the photography", "a shoot in Daylesford",
            "the reserves' new coach"])
    P("jaz", "Jarrod Kelly", 4, "friend", title="Landscaper", location="Pascoe Vale",
      how_met="Coburg Amateurs", met_on="2014-02-10", interests={"footy": 1.0},
      rhythm=[(14, H, "2026-02-26", ["activity", "message"])],
      talk=["pre-season", "his landscaping business", "the Thursday-night pub", "his knee"])

    # --- Geelong: where I learnt the trade ---
    P("ray", "Ray Walker", 4, "advocate", peak=2, company="Walker Joinery (retired)", title="Joiner",
      location="Geelong",
      how_met="Took me on as an apprentice in 2006; taught me everything", met_on="2006-01-09",
      notes="71. Sold the joinery in 2019. Had a stroke on 21 February; in University Hospital Geelong, then rehab. "
            "His wife Gwen keeps me posted.",
      rhythm=[(60, H, "2026-01-18", ["call", "message"])],
      talk=["his lathe", "how the trade's changed", "my business", "his grandkids"])
    P("gwen", "Gwen Walker", 5, "friend", location="Geelong", title="Retired",
      how_met="Ray's wife", met_on="2006-01-09",
      extra=[("2025-12-20", "message", "Messages: their Christmas card and a photo of Ray at the lathe"),
             ("2026-02-23", "call", "Call: Ray's had a stroke; he's in University Hospital Geelong", 20),
             ("2026-02-28", "message", "Messages: Ray is talking a bit more; rehab from next week")])
    P("tommo", "Tom Whelan", 3, "advocate", title="Carpenter; runs Whelan Building", location="Ocean Grove",
      how_met="Apprentices together at Walker Joinery, 2006–2010", met_on="2006-01-09",
      notes="He and Bec were expecting their first, a girl, in late February.",
      rhythm=[(30, H, "2026-02-07", ["message", "call", "meal"])],
      extra=[("2026-02-14", "gift", "Gift: dropped off the rocking cradle I made them", 60)],
      talk=["the cradle", "his building business", "surfing at 13th Beach", "the Cats", "Bec's pregnancy"])
    P("kyle", "Kyle Dempsey", 3, "friend", title="Carpenter (until February, leading hand at Barwon Frame & Truss)",
      location="Lara", how_met="Apprentices together at Walker Joinery, 2006–2010", met_on="2006-01-09",
      interests={"site-supervisor": 0.9},
      need=("kyle-work", "site-supervisor",
            "Looking for a site supervisor or leading-hand job after Barwon Frame & Truss closed; happy to drive to "
            "Melbourne's north", "2026-02-18"),
      rhythm=[(30, H, "2026-02-08", ["message", "call"])],
      extra=[("2026-02-13", "call", "Call: Barwon Frame & Truss has shut; he's out of work after eleven years", 40),
             ("2026-02-24", "call", "Call: went through where he might find site work; I'll write him a reference",
              45)],
      talk=["the truss plant", "his kids", "the Cats", "his mortgage"])

    # --- neighbours and friends ---
    P("megan", "Megan O'Brien", 3, "friend", location="Coburg", title="Primary school teacher",
      how_met="Next door; Jess's closest friend", met_on="2019-02-02",
      notes="On call to have Ruby if the baby comes in the night.",
      rhythm=[(14, H, "2026-02-22", ["message", "meal"])],
      talk=["the kids", "the fence between us", "her renovation plans", "the baby"])
    P("sal", "Sal Vitale", 5, "friend", location="Coburg", title="Retired",
      how_met="Over the back fence", met_on="2019-02-02",
      rhythm=[(30, H, "2026-02-08", ["message", "activity"])],
      talk=["his tomatoes", "his wine-making", "the roses"])

    # --- people I was once close to ---
    P("jono", "Jono Fraser", 5, "advocate", peak=2, company="Fraser Shopfitting", title="Director",
      location="Brisbane", how_met="My first boss in Melbourne, 2012–2016; he moved to Brisbane",
      met_on="2012-02-06",
      extra=[("2018-03-09", "call", "Call: he wished me luck going out on my own", 30),
             ("2022-11-14", "message", "Messages: he saw my Brunswick stair on Instagram")])
    P("aaron", "Aaron Blake", 5, "friend", peak=2, location="London", title="Civil engineer",
      how_met="School mate in Geelong (St Joseph's)", met_on="2000-02-01",
      extra=[("2019-07-06", "meal", "Dinner: his farewell before London", 180),
             ("2023-12-27", "message", "Messages: happy new year and a photo of his twins")])
    P("renee", "Renee Galea", 5, "ally", peak=3, company="Galea Design", title="Interior designer", location="Sydney",
      how_met="Gave me my first joinery job on my own, 2018", met_on="2018-04-10",
      interests={"interior-design": 1.0},
      extra=[("2019-11-02", "coffee", "Coffee: before she moved to Sydney", 60),
             ("2024-06-18", "message", "Messages: she saw the Carlton North kitchen in a magazine")])

    # group contacts
    b.add("2025-12-25", "meal", ["maureen", "frank", "kate", "pete", "jess"],
          "Dinner: Christmas lunch at Mum and Dad's in Belmont", 300, "mutual")
    b.add("2026-01-26", "meal", ["linh", "danny", "jess"], "Dinner: Australia Day barbecue at Linh's", 240, "mutual")
    b.add("2025-11-29", "meal", ["tommo", "kyle"], "Dinner: the Walker Joinery apprentices' reunion in Geelong",
          240, "mutual")
    b.add("2025-09-10", "meeting", ["dave", "nick", "hamish"],
          "Meeting: site meeting on Dave's Brunswick townhouses", 60, "mutual")
    b.add("2026-02-12", "meeting", ["anika", "raj"],
          "Meeting: on site at the Menons' terrace; signed off the kitchen and study joinery", 90, "mutual")
    b.add("2026-02-07", "activity", ["kate", "pete"], "Outing: fitted the counter and shelves at Little Grain",
          600, "mutual")
    b.add("2026-02-21", "event", ["shane", "ben", "jaz"], "At an event: the footy club's pre-season barbecue",
          180, "mutual")
    b.add("2025-10-18", "event", ["col", "ron"], "At an event: the Men's Shed open day", 180, "mutual")

    # life events
    b.event("ev-tommo-baby", "tommo", "2026-02-26", "baby",
            "Tommo and Bec's daughter Matilda was born at Geelong hospital")
    b.event("ev-ryan-promo", "ryan", "2026-03-03", "promotion",
            "Promoted to electrical superintendent on the Pilbara iron-ore project")
    b.event("ev-anika-award", "anika", "2026-03-05", "award",
            "Schulz Dunn won the Merri-bek Design Award (residential alterations) for the Menons' terrace in "
            "Fitzroy North")
    b.event("ev-kate-cafe", "kate", "2026-03-07", "launch", "Opened her own café, Little Grain, in Geelong West")
    b.event("ev-lachie-foreman", "lachie", "2026-03-09", "new_job",
            "Started as site foreman at Bayside Build Group")
    b.event("ev-fiona-shop", "fiona", "2026-03-12", "launch",
            "Opened Marsh & Page, her bookshop on High Street, Thornbury (opening night 6pm)")
    b.event("ev-kyle-layoff", "kyle", "2026-02-13", "job_loss",
            "Laid off when Barwon Frame & Truss closed its Geelong plant")
    b.event("ev-brett-admin", "brett", "2026-02-23", "job_loss",
            "Kowalski Constructions went into voluntary administration; ten staff let go")
    b.event("ev-ray-stroke", "ray", "2026-02-21", "illness",
            "Had a stroke; in University Hospital Geelong, moving to rehab")
    b.event("ev-hamish-wrist", "hamish", "2026-02-24", "illness",
            "Fell off a ladder on a job and broke his wrist; off the tools for six weeks")
    b.event("ev-nick-dad", "nick", "2026-03-06", "bereavement",
            "His dad Con died at home; the funeral is at St Lazarus Greek Orthodox Church, Northcote, on 11 March")
    b.event("ev-ben-fulltime", "ben", "2026-01-19", "launch", "Went full-time with Ben Dawson Photography")
    b.event("ev-ryan-move", "ryan", "2013-06-01", "move", "Moved to Perth")
    b.event("ev-lachie-qualified", "lachie", "2023-12-15", "graduation", "Finished his apprenticeship")

    # favors
    b.favor("fv-ellie-hugh", "ellie", "me", "2026-02-16", "referral",
            "Referred Hugh Lindsay to me for a library and window seat in Kew")
    b.favor("fv-mick-ash", "mick", "me", "2026-02-20", "favor",
            "Held a pack of Vic ash for the Menon job at last year's price and moved my account to 60-day terms")
    b.favor("fv-anika-menon", "anika", "me", "2025-09-12", "recommendation",
            "Recommended me to the Menons for the joinery on their terrace", "2025-09-15", "Won the job, $38,000")
    b.favor("fv-dave-townhouses", "dave", "me", "2025-08-05", "referral",
            "Gave me the joinery package on his Brunswick townhouses", "2025-08-05")
    b.favor("fv-sarah-review", "sarah", "me", "2025-10-08", "recommendation",
            "Left a five-star review and sent her sister to me for a laundry", "2025-10-09")
    b.favor("fv-priya-cashflow", "priya", "me", "2026-02-10", "advice",
            "Ran cash-flow projections for the workshop lease and a second van, and didn't charge for it",
            "2026-02-11")
    b.favor("fv-nick-vanity", "nick", "me", "2026-01-20", "referral",
            "Put me onto a vanity and linen cupboard job in Preston", "2026-01-21")
    b.favor("fv-ben-photos", "ben", "me", "2025-08-23", "favor",
            "Photographed the Northcote kitchen for my website for a slab of beer", "2025-08-23")
    b.favor("fv-col-bandsaw", "col", "me", "2025-12-02", "favor", "Lent me his bandsaw for the cradle", "2025-12-02")
    b.favor("fv-frank-garage", "frank", "me", "2026-01-17", "favor",
            "Came up with the trailer and helped me clear the garage for the nursery", "2026-01-17")
    b.favor("fv-me-kyle", "me", "kyle", "2026-02-25", "endorsement", "Wrote him a reference for site jobs")
    b.favor("fv-me-lachie", "me", "lachie", "2026-02-06", "endorsement",
            "Referee for the foreman job at Bayside Build Group")
    b.favor("fv-me-tommo", "me", "tommo", "2026-02-14", "gift", "Made them a rocking cradle in Tasmanian blackwood")
    b.favor("fv-me-fiona", "me", "fiona", "2025-11-20", "favor", "Fitted her shop's shelving at cost")
    b.favor("fv-me-zac", "me", "zac", "2026-02-09", "advice", "Took him for a week's work experience")

    # follow-ups
    b.follow_up("fu-lou-tax", "lou", True,
                "Send Lou my last two tax returns and the December BAS for the van finance", "2026-03-03")
    b.follow_up("fu-anika-drawings", "anika", True,
                "Send Anika the shop drawings for the Menons' study bookshelves", "2026-03-04")
    b.follow_up("fu-hugh-quote", "hugh", True, "Send Hugh the quote for the library and window seat", "2026-03-05")
    b.follow_up("fu-dimitri-lease", "dimitri", True,
                "Sign and return the offer to lease for Unit 4, Chifley Drive, with the bond", "2026-03-06")
    b.follow_up("fu-jess-nursery", "jess", True,
                "Put the cot together and finish the wardrobe in the baby's room", "2026-03-08")
    b.follow_up("fu-sandra-logbook", "sandra", True,
                "Sign off Josh's training record and send it to Sandra before his assessment", "2026-03-09")
    b.follow_up("fu-shane-quote", "shane", True, "Send Shane a quote for fixing the coaches' boxes", "2026-03-10")
    b.follow_up("fu-ron-offcuts", "ron", True,
                "Drop the Tas oak offcuts at the shed for the kids' billy-cart day", "2026-03-13")
    b.follow_up("fu-jess-scan", "jess", False, "Growth scan and midwife appointment at the Royal Women's",
                "2026-03-04")
    b.follow_up("fu-brett-creditors", "brett", False, "The first creditors' meeting for Kowalski Constructions",
                "2026-03-05")
    b.follow_up("fu-maureen-cataract", "maureen", False, "Cataract operation at St John of God Geelong",
                "2026-03-09")
    b.follow_up("fu-dave-tender", "dave", False, "Hears whether he won the Brunswick East kindergarten tender",
                "2026-03-10")
    b.follow_up("fu-dimitri-answer", "dimitri", False, "The landlord's answer on our offer to lease", "2026-03-11")
    b.follow_up("fu-josh-assessment", "josh", False,
                "Certificate III practical assessment (stair building) at Kangan", "2026-03-12")
    b.follow_up("fu-jess-due", "jess", False, "The baby's due date", "2026-03-24")

    # goals
    b.goal("g-workshop", "Lease a workshop and put a second van on the road by June",
           ["workshop-lease", "small-business"], 1, ["dimitri", "lou", "priya", "mick"])
    b.goal("g-joinery", "Win more custom joinery through architects and designers, and less subbing for builders",
           ["custom-joinery", "architecture", "interior-design"], 2, ["anika", "ellie", "oliver", "hugh"])
    b.goal("g-apprentice", "Take on a second apprentice in July and see Josh through his third year",
           ["apprenticeships"], 2, ["sandra", "josh", "zac"])

    # saved items
    b.item("it-domestic-contracts", "Victoria's new rules for domestic building contracts: what changes for small "
           "builders and trades", "https://example.org/vic-domestic-building-contracts",
           ["building-regulation", "small-business"], "2026-03-03")
    b.item("it-factory-lease", "What to check before you sign a factory lease: a tradie's guide",
           "https://example.org/tradie-factory-lease", ["workshop-lease"], "2026-03-05")
    b.item("it-apprentice-incentives", "Apprentice incentives in 2026: what host employers can claim",
           "https://example.org/apprentice-incentives-2026", ["apprenticeships"], "2026-03-06")
    b.item("it-leadlight", "Melbourne's last leadlight restorers keep Victorian windows alive",
           "https://example.org/melbourne-leadlight", ["leadlight-restoration", "heritage"], "2026-03-09")
    b.item("it-messmate-kitchen", "A Northcote kitchen in recycled messmate, and the joiner behind it",
           "https://example.org/messmate-kitchen", ["custom-joinery", "interior-design"], "2026-03-10")
    b.item("it-vafa-fixture", "Amateur footy: the 2026 fixture is out", "https://example.org/vafa-2026-fixture",
           ["footy"], "2026-03-11")
    b.item("it-timber-prices", "Timber prices ease after two years of rises", "https://example.org/timber-prices",
           ["timber"], "2025-10-15")
    return b


def shopkeeper():
    b = Book("shopkeeper", seed=40674)
    H = "2024-10-01"  # history starts: the autumn the store turned fifty
    P = b.person

    # --- home and family ---
    P("lisa", "Lisa Brenneman", 1, "advocate", kin=True, location="Harlow, Ohio", company="Knox Family Dental",
      title="Dental hygienist", how_met="My wife; we met at a Harlow Hornets football game in 1994",
      met_on="1994-10-07", birthday="1977-09-22",
      dates=[("us-wedding", "Our wedding anniversary", "1999-06-12")],
      notes="Two kids: Emma (18, a senior choosing a college) and Caleb (15, a freshman on the JV basketball team). "
            "Lisa works four days a week in Mount Vernon. She's doing Mom's 80th birthday dinner at our house after "
            "church on 8 March.",
      rhythm=[(6, H, "2026-03-01", ["meal", "activity", "meal", "call"])],
      talk=["Emma's college choice", "the financial-aid letters", "Caleb's JV games", "the campaign",
            "Mom's 80th", "whether we can afford Ohio State", "Sunday dinner", "the store's spring hours"])
    P("emma", "Emma Brenneman", 1, "advocate", kin=True, location="Harlow, Ohio", title="Senior, Harlow High School",
      how_met="My daughter", birthday="2007-10-03",
      interests={"college-admissions": 1.0, "agricultural-engineering": 0.9},
      notes="Admitted to Ohio State (Columbus), the University of Dayton (with a $22,000-a-year merit scholarship), "
            "Ohio University and Bowling Green. Wants to study agricultural or environmental engineering. Dayton's "
            "admitted-students day is Saturday 7 March; we're visiting Ohio State's ag campus on Friday 13 March. "
            "She has to decide by 1 May. Works Saturday mornings at the store.",
      rhythm=[(9, H, "2026-02-28", ["activity", "meal", "message"])],
      talk=["her college list", "the Dayton scholarship", "Ohio State's ag engineering program", "the FAFSA",
            "her Saturday shifts", "her college essays", "prom", "the drive back from Athens"])
    P("ruth", "Ruth Brenneman", 2, "advocate", kin=True, location="Harlow (Elm Street)",
      title="Retired; kept the store's books for forty years", how_met="Mom", birthday="1946-03-08",
      dates=[("dad-died", "Dad died (2019)", "2019-08-14")],
      notes="Turns 80 on Sunday 8 March; dinner at our house after church, and Steve says he'll drive up. Widowed "
            "since Dad died in August 2019. Wore a heart monitor for two weeks in February for an irregular "
            "heartbeat; sees the cardiologist about the results on 5 March. Her neighbour Becky Shaw looks in on "
            "her every morning.",
      rhythm=[(5, H, "2026-03-01", ["meal", "call", "activity", "call"])],
      talk=["her heart monitor", "her 80th birthday", "church", "how the store's doing", "Steve",
            "her garden club", "Emma's college", "the loose railing on her back steps"])
    P("steve", "Steve Brenneman", 5, "friend", peak=2, kin=True, location="Westerville (Columbus)",
      company="Midwest Medical Supply", title="Regional sales manager", how_met="My older brother",
      birthday="1973-03-11",
      notes="We haven't been close since I bought out his half of the store in 2020, after Dad died; he wanted to "
            "sell it. Mom would like us to patch it up. He says he'll come up for her 80th on 8 March.",
      extra=[("2024-12-25", "message", "Messages: Merry Christmas, short"),
             ("2025-03-11", "message", "Messages: happy birthday; a thumbs-up back"),
             ("2025-08-14", "call", "Call: the anniversary of Dad's death; ten awkward minutes", 10),
             ("2025-12-25", "message", "Messages: Merry Christmas and a photo of his grandson")])
    P("jen", "Jen Kaufman", 3, "friend", kin=True, location="Mount Vernon", company="Kokosing Realty",
      title="Realtor", how_met="Lisa's sister", birthday="1974-11-30",
      rhythm=[(21, H, "2026-02-15", ["call", "meal", "message"])],
      extra=[("2026-01-17", "message",
              "Messages: she took Emma to Ohio University's visit day in Athens while I did the year-end inventory")],
      talk=["the housing market in Mount Vernon", "Emma's college visits", "her son's wrestling", "Thanksgiving"])

    # --- the store ---
    P("dale", "Dale Ruffing", 2, "ally", company="Brenneman Hardware", title="Store manager", location="Harlow",
      how_met="Dad hired him in 1988; he taught me the paint counter", met_on="1988-05-02",
      birthday="1964-07-19", interests={"hardware-retail": 1.0},
      notes="Covers the store when I'm out: Saturdays for campaign events, 7 March for Dayton and 13 March for the "
            "Ohio State visit.",
      rhythm=[(7, H, "2026-02-28", ["meeting", "call", "message"])],
      talk=["the spring order", "the lawn-and-garden reset", "the paint counter", "who covers Saturdays",
            "the snowblower repairs", "the inventory count", "the side lot"])
    P("tyler", "Tyler Goss", 4, "friend", company="Brenneman Hardware", title="Part-time sales associate; senior at "
      "Harlow High", location="Harlow", how_met="Works at the store after school since June 2024",
      met_on="2024-06-03",
      notes="Wants to go to Hocking College's lineworker program. Applying for the Knox Rural Electric scholarship "
            "(deadline 13 March) and asked me for a recommendation letter.",
      rhythm=[(10, H, "2026-02-27", ["meeting", "message"])],
      talk=["his shifts", "the key-cutting machine", "Hocking College's lineworker program", "his truck",
            "the scholarship"])
    P("peggy", "Peggy Shultz", 4, "friend", company="Brenneman Hardware", title="Bookkeeper (part-time)",
      location="Harlow", how_met="Keeps the store's books; worked alongside Mom for twenty years", met_on="1999-01-04",
      rhythm=[(14, H, "2026-02-26", ["meeting", "email"])],
      talk=["the February close", "sales tax", "payroll", "the line of credit", "the inventory valuation"])

    # --- suppliers and the distributor ---
    P("ryan", "Ryan Kessler", 3, "ally", power=True, company="Great Lakes Hardware Supply",
      title="Territory sales rep, central Ohio", location="Findlay", how_met="Our distributor rep since 2017",
      met_on="2017-03-14", interests={"hardware-retail": 1.0}, expertise=["hardware-retail"],
      notes="Interviewed in February for regional sales manager.",
      rhythm=[(14, H, "2026-02-26", ["call", "meeting", "email"])],
      extra=[("2026-02-18", "call", "Call: he found me a truckload of ice melt and rock salt before the ice storm "
              "and waived the freight", 15)],
      talk=["the spring lawn-and-garden order", "the ice-melt shortage", "the dealer market in Columbus",
            "freight minimums", "the regional manager job", "his kids' travel soccer"])
    P("holly", "Holly Jantz", 4, "friend", company="Valley Paint Co.", title="Sales rep", location="Wooster",
      how_met="Our paint rep since 2021", met_on="2021-04-06",
      notes="Getting married to Derek Mast on Saturday 7 March in Wooster; off for two weeks after.",
      rhythm=[(30, H, "2026-01-22", ["call", "meeting", "email"])],
      extra=[("2026-02-19", "call", "Call: the spring paint promotion; she's getting married on 7 March", 20)],
      talk=["the spring paint promo", "the new colour fan deck", "servicing the tint machine", "her wedding plans"])
    P("levi", "Levi Troyer", 5, "acquaintance", company="Troyer Storage Barns", title="Owner",
      location="Millersburg", how_met="His sheds sit on our side lot on consignment since 2022", met_on="2022-04-11",
      rhythm=[(45, H, "2026-02-12", ["call", "meeting"])],
      talk=["the shed lot", "spring deliveries", "a lean-to for a customer", "the price of lumber"])

    # --- contractors and customers ---
    P("rick", "Rick Hollis", 3, "advocate", power=True, company="Hollis Remodeling", title="Owner",
      location="Harlow", how_met="Dad's customer first; our biggest contractor account", met_on="2005-06-01",
      birthday="1971-11-09",
      notes="His dad Don, 84, who started Hollis Construction, has been in hospice care at home since early "
            "February.",
      rhythm=[(7, H, "2026-02-27", ["meeting", "call", "message"])],
      talk=["the Henderson kitchen", "his contractor account", "lumber prices", "a window order", "his dad",
            "a bathroom in Centerburg"])
    P("jim", "Jim Hartzler", 4, "friend", company="Hartzler Plumbing & Heating", title="Owner, master plumber",
      location="Harlow", how_met="Buys his fittings from us; we were on the fire company together", met_on="2003-01-01",
      rhythm=[(12, H, "2026-02-18", ["meeting", "call"])],
      extra=[("2026-02-25", "meeting", "Meeting: at the counter; he's taking the boiler customer who won't pay to "
              "small claims on 11 March", 15)],
      talk=["PEX fittings", "a furnace install", "the unpaid boiler bill", "his son's apprenticeship"])
    P("denny", "Denny Rausch", 4, "friend", company="Rausch Electric", title="Electrician, owner",
      location="Centerburg", how_met="Contractor account since 2012", met_on="2012-03-01",
      rhythm=[(21, H, "2026-02-19", ["meeting", "call"])],
      talk=["wire prices", "a panel upgrade", "the school's LED retrofit", "his bass boat"])
    P("amber", "Amber Castillo", 4, "ally", company="Castillo Painting", title="Owner", location="Harlow",
      how_met="Worked the paint counter for me in high school, 2013–2016; started her own painting company in 2023",
      met_on="2013-06-01", interests={"small-business": 0.9},
      notes="Nominated for the Knox County Chamber's Young Entrepreneur of the Year (I wrote a letter); the awards "
            "dinner is 5 March.",
      rhythm=[(18, H, "2026-02-25", ["meeting", "message"])],
      talk=["her contractor account", "the spring exterior season", "hiring her first employee",
            "the Chamber nomination", "sprayer tips"])
    P("deb", "Deb Pruitt", 5, "acquaintance", location="Clinton Township",
      how_met="Customer: she and her husband are restoring an 1880s farmhouse", met_on="2025-04-12",
      rhythm=[(30, "2025-04-12", "2026-02-07", ["meeting"])],
      talk=["plaster repair", "old-house wiring", "window glazing", "the porch floor", "a woodstove"])
    P("bill", "Bill Stauffer", 4, "acquaintance", company="Knox Farmers Co-op", title="General manager",
      location="Harlow", how_met="The co-op down Route 3; we send each other customers (feed there, hardware here)",
      met_on="2010-04-01",
      offer=("bill-mechanic", "maintenance-technician",
             "Hiring a maintenance mechanic for the grain elevator and feed mill before planting; good pay and "
             "benefits", "2026-02-16"),
      rhythm=[(40, H, "2026-01-28", ["call", "meeting"])],
      extra=[("2026-02-16", "call", "Call: borrowed our pallet jack; he can't find a maintenance mechanic for the "
              "elevator", 10)],
      talk=["fence chargers", "the spring planting rush", "the co-op's new feed mill", "propane prices"])
    P("frank", "Frank Weaver", 4, "ally", power=True, title="Farmer; Clinton Township trustee",
      location="Clinton Township", how_met="Buys fencing and everything else from us; Dad's friend",
      met_on="1990-01-01", interests={"school-funding": 0.8},
      rhythm=[(21, H, "2026-02-12", ["meeting", "call"])],
      talk=["fence posts", "the township road levy", "the school board race", "calving", "farmland taxes"])
    P("paul", "Paul Hess", 4, "friend", company="OSU Extension, Knox County", title="Agriculture educator",
      location="Mount Vernon", how_met="Customer; ran Emma's 4-H club", met_on="2014-05-01",
      interests={"agricultural-engineering": 1.0, "college-admissions": 0.6},
      rhythm=[(45, H, "2026-02-03", ["meeting", "email"])],
      talk=["Emma's 4-H project", "Ohio State's ag campus", "soil testing", "the county fair"])
    P("gus", "Gus Ferrante", 5, "acquaintance", company="Ferrante Masonry", title="Mason", location="Mount Vernon",
      how_met="Buys mortar and block from us", met_on="2016-08-01",
      rhythm=[(50, H, "2026-01-14", ["meeting", "call"])],
      talk=["mortar", "a chimney in Gambier", "the price of block"])

    # --- the fire company ---
    P("gary", "Gary Lutz", 3, "ally", company="Harlow Volunteer Fire Company",
      title="Fire chief (volunteer); foreman, Knox County highway department", location="Harlow",
      how_met="The fire company; I joined in 2001", met_on="2001-04-01", birthday="1967-03-12",
      interests={"volunteer-fire": 1.0},
      need=("gary-recruits", "volunteer-firefighters",
            "Needs six new volunteers; the company is down to 22 active members", "2026-01-12"),
      rhythm=[(7, H, "2026-02-24", ["meeting", "call", "message"])],
      talk=["Tuesday training", "the new air packs", "the township fire contract", "recruiting volunteers",
            "the fish fry", "the smoke-alarm visits"])
    P("cody", "Cody Hostetler", 4, "friend", company="Harlow Volunteer Fire Company",
      title="Lieutenant (volunteer); lineman, Knox Rural Electric", location="Harlow",
      how_met="The fire company since 2016", met_on="2016-02-01",
      notes="He and Sara were expecting their first, a boy, in early March.",
      rhythm=[(14, H, "2026-02-17", ["meeting", "message"])],
      talk=["training night", "the pumper's pump test", "the baby's room", "deer season"])
    P("travis", "Travis Miller", 4, "friend", company="Harlow Volunteer Fire Company",
      title="Firefighter (volunteer); UPS driver", location="Harlow", how_met="The fire company since 2011",
      met_on="2011-05-01",
      notes="Wife Kim, three kids in 4-H.",
      rhythm=[(21, H, "2026-02-10", ["meeting", "message"])],
      extra=[("2026-02-25", "call", "Call: the MRI shows a herniated disc; off work at UPS for six weeks, maybe "
              "surgery", 20)],
      talk=["training night", "his UPS route", "the kids' 4-H", "Ohio State football"])
    P("jake", "Jake Huffman", 4, "friend", company="Harlow Volunteer Fire Company",
      title="Firefighter (volunteer); maintenance technician at Knox Plastics until February", location="Harlow",
      how_met="Joined the fire company in 2022; I mentored him through probation", met_on="2022-03-01",
      need=("jake-work", "maintenance-technician",
            "Looking for maintenance or mechanic work near Harlow after Knox Plastics closed its plant; has his "
            "hydraulics and PLC certificates", "2026-02-23"),
      rhythm=[(14, H, "2026-02-10", ["meeting", "message"])],
      extra=[("2026-02-20", "call", "Call: Knox Plastics shut the Harlow plant this morning; he's one of 140 out of "
              "work", 25),
             ("2026-02-26", "coffee", "Coffee: at the store; went through who's hiring, and I'll write him a "
              "reference", 45)],
      talk=["training night", "his truck", "the plant's overtime", "his girlfriend's nursing classes"])
    P("ann", "Ann Sheridan", 5, "friend", company="Harlow Fire Company Auxiliary", title="President",
      location="Harlow", how_met="Runs the auxiliary's fish fries and chicken barbecues", met_on="2005-01-01",
      rhythm=[(30, H, "2026-02-06", ["meeting", "message"])],
      talk=["the Lenten fish fry", "the auxiliary raffle", "the chicken barbecue"])

    # --- the school-board campaign ---
    P("janet", "Janet Koontz", 3, "ally", title="My campaign treasurer; retired branch manager, Farmers & Merchants "
      "Bank", location="Harlow", how_met="Mom's friend from church; agreed to be my treasurer in December",
      met_on="1985-01-01",
      notes="Treasurer for my school-board campaign. The pre-primary finance report is due at the Knox County Board "
            "of Elections on 23 April; the election is Tuesday 5 May (two seats, four candidates).",
      rhythm=[(10, "2025-12-15", "2026-02-26", ["meeting", "call", "email"])],
      extra=[("2025-12-08", "meeting", "Meeting: she'll be my treasurer; filed the designation of treasurer", 60)],
      talk=["the campaign bank account", "donor receipts", "the yard-sign order", "the finance report",
            "the pancake breakfast money", "the mailer budget"])
    P("carol", "Carol Whitaker", 3, "ally", title="Retired English teacher, Harlow High", location="Harlow",
      how_met="My senior English teacher (1994–95); now on my campaign committee", met_on="1994-08-25",
      interests={"school-funding": 1.0, "grant-writing": 0.8}, expertise=["grant-writing"],
      offer=("carol-grants", "grant-writing",
             "Writes grant applications for local nonprofits for free (did the library's and the historical "
             "society's); has time this spring", "2025-11-12"),
      notes="Goes to the Methodist church.",
      rhythm=[(21, "2025-06-01", "2026-02-20", ["coffee", "call", "email"])],
      talk=["the campaign's talking points", "the school-funding formula", "the reading scores",
            "the library's grant", "her book club"])
    P("marcy", "Marcy Owens", 4, "friend", company="Harlow Local Schools PTO", title="PTO president",
      location="Harlow", how_met="Caleb's and her son's Little League team", met_on="2017-04-01",
      notes="Organising the PTO candidates' forum: Thursday 12 March, 7pm, Harlow High auditorium. She's neutral "
            "in the race.",
      rhythm=[(30, H, "2026-02-18", ["message", "email", "meeting"])],
      talk=["the candidates' forum", "the PTO's spring carnival", "the boys' basketball", "the new playground"])
    P("megan", "Megan Doyle", 5, "acquaintance", company="The Harlow Courier", title="Reporter",
      location="Mount Vernon", how_met="Covers the village and the schools for the Courier", met_on="2024-10-14",
      extra=[("2024-10-14", "meeting", "Meeting: interviewed me for the store's 50th-anniversary story", 45),
             ("2026-01-20", "call", "Call: interviewed me about filing for the school board", 30),
             ("2026-02-24", "email", "Email: the Courier's candidate questionnaire; answers due 6 March")])

    # --- school, church, Main Street ---
    P("karen", "Karen Voss", 4, "friend", company="Harlow High School", title="School counselor", location="Harlow",
      how_met="Emma's school counselor; Lisa's friend from church", met_on="2010-09-01",
      interests={"college-admissions": 1.0, "financial-aid": 0.9},
      rhythm=[(30, "2025-08-15", "2026-02-24", ["email", "meeting"])],
      talk=["Emma's applications", "the FAFSA", "scholarship deadlines", "the Dayton merit award"])
    P("tim", "Tim Reese", 4, "friend", company="Harlow High School",
      title="Math teacher and varsity boys' basketball coach", location="Harlow",
      how_met="Coached Emma in middle-school track; coaches Caleb now", met_on="2019-03-01",
      notes="Caleb is on the JV. The varsity plays Fredericktown in the district final at Mount Vernon on Friday 6 "
            "March.",
      rhythm=[(21, H, "2026-02-27", ["event", "message"])],
      talk=["Caleb's minutes on JV", "the tournament draw", "the gym floor", "the booster club"])
    P("dan", "Dan Meyer", 4, "friend", company="St. Paul's Lutheran Church", title="Pastor", location="Harlow",
      how_met="Our pastor since 2017", met_on="2017-07-01", interests={"food-pantry": 1.0},
      need=("dan-grant", "grant-writing",
            "Needs someone to write a Knox County Foundation grant (due 15 April) for a walk-in cooler for the "
            "church food pantry", "2026-02-15"),
      rhythm=[(14, H, "2026-03-01", ["event", "meeting", "call"])],
      talk=["the food pantry", "the church roof", "Lent", "the youth room", "Mom's 80th"])
    P("hank", "Hank Yoder", 4, "friend", title="Retired dairy farmer; usher at St. Paul's",
      location="Harlow (next door on Walnut Street)",
      how_met="Next-door neighbour; has had his coffee at the store's back counter every morning since Dad's time",
      met_on="1985-01-01",
      dates=[("hank-marlene-wedding", "Hank and Marlene's wedding anniversary", "1976-03-14")],
      notes="He and Marlene celebrate their 50th wedding anniversary on 14 March; open house at St. Paul's "
            "fellowship hall that afternoon.",
      rhythm=[(10, H, "2026-02-27", ["coffee", "coffee", "activity"])],
      talk=["the weather", "the price of milk", "Ohio State basketball", "his grandkids", "Marlene's knees",
            "the 50th-anniversary open house"])
    P("tricia", "Tricia Lang", 4, "friend", company="The Flour Shed", title="Baker; sells at the farmers' market",
      location="Harlow", how_met="Customer; her stall is by ours at the Saturday farmers' market", met_on="2023-05-06",
      interests={"downtown-revitalization": 0.9, "small-business": 0.8},
      need=("tricia-shop", "downtown-storefront",
            "Looking for a small storefront on or near Main Street to open The Flour Shed as a bakery and café this "
            "summer", "2026-02-20"),
      notes="Applied to Farmers & Merchants Bank for a small-business loan; hears on 9 March.",
      rhythm=[(21, "2025-05-01", "2026-02-06", ["coffee", "message"])],
      extra=[("2026-02-20", "coffee", "Coffee: she's outgrown the market and wants a shop downtown; waiting on the "
              "bank", 30)],
      talk=["her sourdough", "the farmers' market", "her kitchen licence", "the bank loan"])
    P("ed", "Ed Kowalczyk", 4, "friend", company="Kowalczyk Shoe & Saddle Repair", title="Owner",
      location="116 Main Street, Harlow (next door)", how_met="Next door on Main Street as long as I can remember",
      met_on="1980-01-01", interests={"downtown-revitalization": 0.7},
      offer=("ed-lease", "downtown-storefront",
             "Retiring at the end of April; wants to lease his shop at 116 Main Street to a local business rather "
             "than sell the building", "2026-02-05"),
      rhythm=[(10, H, "2026-02-26", ["coffee", "meeting"])],
      talk=["his retirement", "the sidewalk", "the Main Street façade grants", "parking", "his granddaughter"])
    P("lori", "Lori Ames", 5, "acquaintance", company="Harlow Main Street Association", title="Director",
      location="Harlow", how_met="Main Street Association; the store is a member", met_on="2021-03-01",
      interests={"downtown-revitalization": 1.0},
      rhythm=[(45, H, "2026-01-21", ["email", "meeting"])],
      talk=["the façade grants", "the holiday walk", "the empty storefronts", "the farmers' market"])
    P("steph", "Steph Kline", 5, "acquaintance", company="Farmers & Merchants Bank", title="Commercial loan officer",
      location="Mount Vernon", how_met="Handles the store's line of credit", met_on="2019-10-01",
      notes="Renewed the store's line of credit in January.",
      rhythm=[(60, H, "2026-01-15", ["meeting", "email"])],
      talk=["the line of credit", "the spring inventory", "the year-end statements"])

    # --- neighbours ---
    P("becky", "Becky Shaw", 4, "friend", title="Retired postal clerk", location="Harlow (Elm Street)",
      how_met="Mom's next-door neighbour; looks in on her every morning", met_on="2008-01-01",
      rhythm=[(21, H, "2026-02-21", ["message", "call"])],
      talk=["Mom", "Mom's heart monitor", "the snow on Elm Street", "her cat"])
    P("wes", "Wes Porter", 5, "friend", title="Retired mail carrier", location="Harlow (across Walnut Street)",
      how_met="Across the street since 2004", met_on="2004-06-01",
      rhythm=[(30, H, "2026-02-15", ["activity", "message"])],
      talk=["his snowblower", "the Buckeyes", "the leaf pickup", "the new stop sign"])

    # --- friends from Harlow High, class of '95 ---
    P("mark", "Mark Ebersole", 2, "advocate", company="Ebersole Insurance Agency", title="Insurance agent",
      location="Harlow", how_met="Best friend since first grade; best man at my wedding", met_on="1982-09-01",
      birthday="1976-05-04", interests={"fishing": 1.0},
      rhythm=[(7, H, "2026-02-28", ["meal", "call", "activity"])],
      talk=["the campaign", "Ohio State basketball", "the store's insurance renewal", "ice fishing",
            "Scott's diagnosis", "his daughter at Miami"])
    P("scott", "Scott Fenner", 3, "advocate", title="Machinist", location="Newark",
      how_met="Harlow High, class of '95; we played football together", met_on="1991-08-15",
      notes="Diagnosed with colon cancer in February; surgery at Ohio State's James Cancer Hospital in Columbus on "
            "10 March. Wife Dana.",
      rhythm=[(30, H, "2026-02-10", ["call", "message", "meal"])],
      extra=[("2026-02-17", "call", "Call: he's been diagnosed with colon cancer; surgery at the James on 10 "
              "March", 40),
             ("2026-02-28", "message", "Messages: pre-op appointments done; he's keeping his spirits up")],
      talk=["the Buckeyes", "his shop's overtime", "his boys", "the reunion", "deer season"])
    P("brian", "Brian Tuttle", 3, "friend", company="Owl Creek Brewing", title="Co-owner and brewer",
      location="Mount Vernon", how_met="Harlow High, class of '95", met_on="1991-08-15", interests={"fishing": 1.0},
      notes="Opening Owl Creek Brewing's second taproom, in the old creamery building in Harlow, on Friday 13 March.",
      rhythm=[(21, H, "2026-02-28", ["meal", "message", "activity"])],
      talk=["walleye on Lake Erie", "the taproom build-out", "his liquor permit", "the reunion"])

    # --- people I was once close to ---
    P("chris", "Chris Albright", 5, "friend", peak=2, title="Airline pilot", location="Denver",
      how_met="Harlow High, class of '95; my best friend through school with Mark", met_on="1982-09-01",
      extra=[("2019-08-17", "event", "At an event: Dad's funeral; he flew in from Denver", 120),
             ("2023-07-04", "message", "Messages: a photo of the old Harlow water tower")])
    P("len", "Len Dietrich", 5, "advocate", peak=3, title="Retired; owned Dietrich Hardware in Danville until 2015",
      location="Danville", how_met="Dad's friend; talked me through taking over the store in 2019",
      met_on="1990-01-01",
      extra=[("2019-09-10", "meal", "Dinner: how to run the store without Dad", 120),
             ("2021-05-14", "call", "Call: whether to take on the shed lot", 30),
             ("2023-11-02", "message", "Messages: he saw the store in the paper")])
    P("tony", "Tony Russo", 5, "friend", peak=2, company="Ohio Department of Transportation",
      title="Civil engineer", location="Lakewood (Cleveland)",
      how_met="My roommate at Ohio State, 1995–97, before I came home to the store", met_on="1995-09-20",
      extra=[("2020-03-02", "call", "Call: caught up about his kids and Dad's passing", 40),
             ("2022-12-20", "message", "Messages: Christmas; his daughter started at Ohio State")])

    # group contacts
    b.add("2025-11-27", "meal", ["ruth", "lisa", "emma", "jen"], "Dinner: Thanksgiving at Jen's in Mount Vernon",
          300, "mutual")
    b.add("2025-12-25", "meal", ["ruth", "lisa", "emma"], "Dinner: Christmas at Mom's", 240, "mutual")
    b.add("2025-07-19", "event", ["mark", "scott", "brian"], "At an event: Harlow High class of '95, 30th reunion",
          240, "mutual")
    b.add("2026-01-10", "activity", ["mark", "brian"], "Outing: ice fishing at Knox Lake", 300, "mutual")
    b.add("2026-01-24", "meeting", ["janet", "carol", "frank", "mark"],
          "Meeting: campaign committee kickoff at our house", 120, "mutual")
    b.add("2026-02-14", "event", ["janet", "mark", "carol", "hank"],
          "At an event: the campaign pancake breakfast at the Harlow Grange", 240, "mutual")
    b.add("2026-02-21", "event", ["mark", "frank"], "At an event: campaign coffee at Mark's; thirty neighbours came",
          120, "mutual")
    b.add("2026-02-20", "event", ["gary", "ann", "cody"], "At an event: the first Lenten fish fry at the firehouse",
          240, "mutual")
    b.add("2026-02-22", "event", ["gary", "cody", "travis", "jake"],
          "At an event: barn fire on Township Road 12; Travis hurt his back carrying hose", 300, "mutual")
    b.add("2026-02-01", "meeting", ["ryan", "dale"], "Meeting: spring order planning at the store", 90, "mutual")
    b.add("2025-10-04", "event", ["ed", "lori"], "At an event: the Main Street harvest festival", 240, "mutual")
    b.add("2024-10-12", "event", ["ruth", "dale", "peggy", "hank"],
          "At an event: the store's 50th-anniversary open house", 300, "mutual")

    # life events
    b.event("ev-cody-baby", "cody", "2026-02-27", "baby",
            "Cody and Sara's son Wyatt was born at Knox Community Hospital")
    b.event("ev-ryan-promo", "ryan", "2026-03-03", "promotion",
            "Promoted to regional sales manager for Ohio and Indiana at Great Lakes Hardware Supply")
    b.event("ev-amber-award", "amber", "2026-03-05", "award",
            "Named the Knox County Chamber of Commerce's Young Entrepreneur of the Year")
    b.event("ev-holly-wedding", "holly", "2026-03-07", "wedding", "Married Derek Mast in Wooster")
    b.event("ev-megan-dispatch", "megan", "2026-03-09", "new_job",
            "Hired by the Columbus Dispatch as a statehouse reporter; leaves the Courier at the end of March")
    b.event("ev-brian-taproom", "brian", "2026-03-13", "launch",
            "Opened Owl Creek Brewing's Harlow taproom in the old creamery building")
    b.event("ev-jake-layoff", "jake", "2026-02-20", "job_loss",
            "Laid off when Knox Plastics closed its Harlow plant; 140 jobs gone")
    b.event("ev-scott-cancer", "scott", "2026-02-17", "illness",
            "Diagnosed with colon cancer; surgery at the James Cancer Hospital on 10 March")
    b.event("ev-travis-back", "travis", "2026-02-22", "illness",
            "Herniated a disc carrying hose at the barn fire on Township Road 12; off work for six weeks")
    b.event("ev-rick-dad", "rick", "2026-03-04", "bereavement",
            "His dad Don Hollis died at home at 84; calling hours Sunday 8 March, funeral at Harlow United Methodist "
            "on Monday 9 March")
    b.event("ev-emma-dayton", "emma", "2025-12-12", "other",
            "Admitted to the University of Dayton with a $22,000-a-year merit scholarship")
    b.event("ev-emma-osu", "emma", "2026-02-13", "other", "Admitted to Ohio State's College of Engineering")
    b.event("ev-amber-business", "amber", "2023-04-03", "launch", "Started Castillo Painting")
    b.event("ev-tony-kid", "tony", "2022-08-20", "other", "His daughter started at Ohio State")

    # favors
    b.favor("fv-ryan-icemelt", "ryan", "me", "2026-02-18", "favor",
            "Found me a truckload of ice melt and rock salt before the ice storm and waived the freight")
    b.favor("fv-carol-letter", "carol", "me", "2026-02-26", "endorsement",
            "Wrote a letter to the editor of the Courier endorsing me for the school board")
    b.favor("fv-mark-coffee", "mark", "me", "2026-02-21", "favor", "Hosted a campaign coffee for me at his house",
            "2026-02-22")
    b.favor("fv-frank-endorse", "frank", "me", "2026-02-10", "endorsement",
            "Let me list him as an endorser on the campaign mailer", "2026-02-11")
    b.favor("fv-gary-endorse", "gary", "me", "2025-12-15", "endorsement",
            "Let me use his name as an endorser (personally, not for the fire company)", "2025-12-15")
    b.favor("fv-jen-visit", "jen", "me", "2026-01-17", "favor",
            "Drove Emma to Ohio University's visit day while I did the year-end inventory", "2026-01-18")
    b.favor("fv-karen-aid", "karen", "me", "2026-02-24", "advice",
            "Went through Emma's financial-aid offers with Lisa and me after school", "2026-02-25")
    b.favor("fv-paul-osu", "paul", "me", "2025-11-18", "advice",
            "Walked Emma through Ohio State's agricultural engineering program", "2025-11-19")
    b.favor("fv-dale-saturdays", "dale", "me", "2026-01-10", "favor",
            "Offered to cover my Saturdays at the store until the election", "2026-01-10")
    b.favor("fv-me-jake", "me", "jake", "2026-02-27", "endorsement", "Wrote him a reference for maintenance jobs")
    b.favor("fv-me-amber", "me", "amber", "2026-01-30", "endorsement",
            "Wrote a nomination letter for the Chamber's Young Entrepreneur award")
    b.favor("fv-me-gary", "me", "gary", "2025-06-14", "gift",
            "The store donated a gas grill for the fire company's chicken barbecue")
    b.favor("fv-me-tricia", "me", "tricia", "2025-05-10", "favor",
            "Lent her canopies and tables for her farmers' market season")
    b.favor("fv-me-dan", "me", "dan", "2025-10-18", "gift", "Donated the paint for the church youth room")
    b.favor("fv-me-brian", "me", "brian", "2026-02-09", "favor",
            "Lent him the store's scissor lift for the taproom build-out")

    # follow-ups
    b.follow_up("fu-janet-receipts", "janet", True,
                "Give Janet the receipts and the donor list from the pancake breakfast for the campaign books",
                "2026-03-03")
    b.follow_up("fu-ryan-order", "ryan", True, "Send Ryan the spring lawn-and-garden order", "2026-03-04")
    b.follow_up("fu-megan-questionnaire", "megan", True,
                "Send Megan my answers to the Courier's candidate questionnaire", "2026-03-05")
    b.follow_up("fu-gary-alarms", "gary", True,
                "Drop off the two cases of smoke alarms the store is donating for the home-safety visits",
                "2026-03-06")
    b.follow_up("fu-ruth-railing", "ruth", True, "Fix the loose railing on Mom's back steps before her birthday",
                "2026-03-07")
    b.follow_up("fu-dan-pantry", "dan", True,
                "Price out paint and shelving for the food-pantry room for Pastor Dan", "2026-03-10")
    b.follow_up("fu-emma-aid", "emma", True,
                "Sit down with Emma and Lisa and compare the Dayton and Ohio State aid offers", "2026-03-11")
    b.follow_up("fu-tyler-letter", "tyler", True,
                "Write Tyler's recommendation letter for the Knox Rural Electric scholarship", "2026-03-12")
    b.follow_up("fu-ruth-cardio", "ruth", False,
                "Cardiologist appointment at Knox Community Hospital about her heart-monitor results", "2026-03-05")
    b.follow_up("fu-tim-district", "tim", False, "The Hornets' district final against Fredericktown at Mount Vernon",
                "2026-03-06")
    b.follow_up("fu-emma-dayton", "emma", False, "Admitted-students day at the University of Dayton", "2026-03-07")
    b.follow_up("fu-tricia-loan", "tricia", False, "Hears from Farmers & Merchants Bank on her small-business loan",
                "2026-03-09")
    b.follow_up("fu-scott-surgery", "scott", False, "Surgery at the James Cancer Hospital in Columbus",
                "2026-03-10")
    b.follow_up("fu-jim-court", "jim", False,
                "Small-claims hearing at Mount Vernon Municipal Court over the unpaid boiler bill", "2026-03-11")
    b.follow_up("fu-marcy-forum", "marcy", False, "The PTO candidates' forum, Harlow High auditorium, 7pm",
                "2026-03-12")
    b.follow_up("fu-emma-osu", "emma", False, "Campus visit to Ohio State's College of Food, Agricultural, and "
                "Environmental Sciences", "2026-03-13")
    b.follow_up("fu-emma-decide", "emma", False, "Her college decision is due", "2026-05-01")
    b.follow_up("fu-janet-report", "janet", True,
                "File the pre-primary campaign finance report with the Board of Elections", "2026-04-23")

    # goals
    b.goal("g-board", "Win a seat on the Harlow Local Schools board of education on 5 May",
           ["school-board", "school-funding"], 1, ["janet", "carol", "frank", "mark"])
    b.goal("g-emma", "Help Emma choose a college we can afford by 1 May", ["college-admissions", "financial-aid"], 1,
           ["emma", "lisa", "karen", "paul"])
    b.goal("g-store", "Win more contractor accounts and have the store's best spring season yet",
           ["hardware-retail", "small-business"], 2, ["ryan", "dale", "rick", "amber"])

    # saved items
    b.item("it-school-funding", "Ohio's school-funding formula, explained for board candidates",
           "https://example.org/ohio-school-funding-formula", ["school-funding", "school-board"], "2026-03-03")
    b.item("it-aid-offers", "How to compare college financial-aid offers line by line",
           "https://example.org/compare-aid-offers", ["financial-aid", "college-admissions"], "2026-03-04")
    b.item("it-indie-hardware", "How independent hardware stores are holding their own against the big boxes",
           "https://example.org/independent-hardware-2026", ["hardware-retail", "small-business"], "2026-03-05")
    b.item("it-volunteer-fire", "Ohio's volunteer fire companies struggle to find recruits",
           "https://example.org/ohio-volunteer-fire-recruiting", ["volunteer-fire"], "2026-03-09")
    b.item("it-main-street", "Ohio's downtown revitalization grants open for small towns",
           "https://example.org/ohio-downtown-grants", ["downtown-revitalization", "small-business"], "2026-03-10")
    b.item("it-food-pantry", "Rural food pantries see demand climb as prices stay high",
           "https://example.org/rural-food-pantries", ["food-pantry"], "2026-03-11")
    b.item("it-walleye", "Lake Erie walleye forecast: another strong spring",
           "https://example.org/lake-erie-walleye-2026", ["fishing"], "2026-02-20")
    return b


def vet():
    b = Book("vet", seed=52381)
    H = "2024-10-14"  # history starts: the autumn Gareth first asked me to buy his half of the practice
    P = b.person

    # --- home and family ---
    P("aled", "Aled Williams", 1, "advocate", kin=True, location="Llandrindod Wells",
      company="Welsh Ambulance Service", title="Paramedic, Llandrindod Wells station",
      how_met="My husband; we met at a friend's party in Cardiff in 2008", birthday="1982-09-17",
      dates=[("us-wedding", "Our wedding anniversary", "2011-03-12")],
      notes="Two kids: Gwen (11, Year 6 at Ysgol Trefonnen; sings cerdd dant) and Twm (8, mad on rugby). Aled does "
            "twelve-hour shifts, four on and four off, and coaches the minis at Llandrindod Wells RFC. We married in "
            "March 2011 when I was still in small-animal practice in Cardiff; nobody in farm practice marries in "
            "lambing. He is best man at Gethin's wedding on 14 March; I've swapped that weekend's on-call with "
            "Marek.",
      rhythm=[(5, H, "2026-03-01", ["meal", "activity", "meal", "call"])],
      talk=["whose shifts clash with my nights this week", "Gwen's eisteddfod piece", "Twm's rugby", "the loan",
            "the school run", "Dad's ribs", "a night off, no shop talk", "his best-man speech", "the buy-in"])
    P("emrys", "Emrys Rees", 1, "advocate", kin=True, location="Y Fron, near Llanbister",
      title="Sheep farmer (450 ewes)", how_met="Dad", birthday="1951-03-13",
      interests={"sheep-farming": 1.0},
      notes="Turns 75 on Friday 13 March; supper at ours, Catrin on video from Dunedin. Has farmed Y Fron all his "
            "life; cut the flock from 800 to 450 ewes after Mam died in 2017 and won't talk about what happens to "
            "the farm after him. Slipped on the ice in the yard on 20 February and cracked two ribs, and is still "
            "trying to do the lambing; Elwyn next door did his night checks for a week, now Aled and I take turns. "
            "Falls-clinic appointment at Llandrindod Wells County Hospital on 10 March; I'm taking him.",
      rhythm=[(5, H, "2026-02-18", ["call", "meal", "activity", "call"]),
              (2, "2026-02-20", "2026-03-01", ["activity", "call", "meal"])],
      talk=["the scanning percentages", "his ribs", "the price of lambs at Builth", "Catrin in Dunedin",
            "the quad bike he shouldn't be on", "whether to cut the flock again", "Mam's grave", "the children",
            "who lambs the ewes next year", "his 75th"])
    P("eluned", "Eluned Rees", 4, "advocate", kin=True, status="deceased", location="Y Fron, near Llanbister",
      how_met="Mam", birthday="1953-08-30", notes="Died of ovarian cancer in November 2017.",
      extra=[("2017-11-05", "meal", "Dinner: her last Sunday dinner at Y Fron")])
    P("catrin", "Catrin Rees", 2, "advocate", kin=True, location="Dunedin, New Zealand",
      company="Dunedin Hospital", title="Physiotherapist", how_met="My little sister", birthday="1987-06-08",
      notes="Moved to Dunedin in 2012 with her partner Sam; home every other Christmas. Applied in January for the "
            "clinical lead post in musculoskeletal physiotherapy. Worries about Dad from twelve thousand miles "
            "away and feels guilty that it all falls on me. She's putting together a slideshow for Dad's 75th.",
      rhythm=[(10, H, "2026-02-28", ["video", "message", "call"])],
      talk=["Dad's ribs", "whether she can come home in the summer", "her clinic", "the time difference",
            "her job application", "Dad's 75th", "Gwen and Twm", "the farm"])
    P("glenys", "Glenys Williams", 3, "friend", kin=True, location="Rhayader", title="Retired school cook",
      how_met="Aled's mum", birthday="1955-11-21",
      notes="Has the kids after school on Tuesdays and Thursdays. Mothering Sunday (15 March) is lunch at hers.",
      rhythm=[(9, H, "2026-02-26", ["meal", "call", "message"])],
      talk=["the school pick-ups", "her chapel", "Twm's reading", "Sunday dinner in Rhayader", "Aled's shifts"])
    P("elwyn", "Elwyn Thomas", 4, "friend", location="Cwm Farm, near Llanbister", title="Retired sheep farmer",
      how_met="Dad's neighbour and oldest friend; I've known him all my life", met_on="1984-10-02",
      notes="79. His wife Megan has been ill with heart failure for two years; he nurses her at home. Did Dad's "
            "night checks on the ewes for a week after Dad's fall.",
      rhythm=[(25, H, "2026-02-12", ["call", "activity", "meal"])],
      extra=[("2026-02-21", "call", "Call: he'll do Dad's night checks until Dad can manage", 15),
             ("2026-02-24", "activity", "Outing: took him a bara brith to say thank you for doing Dad's nights",
              45)],
      talk=["Dad", "Megan's health", "his old sheepdog", "the weather on the hill", "the price of hay"])

    # --- the practice: Ithon Vets, Llandrindod Wells (and the Rhayader branch) ---
    P("gareth", "Gareth Pryce", 2, "advocate", power=True, company="Ithon Vets", title="Senior partner",
      location="Llandrindod Wells", how_met="Took me on as a farm vet in 2013", met_on="2013-04-02",
      birthday="1959-07-25", interests={"practice-partnership": 0.8, "sheep-health": 0.9},
      notes="66. Retires on 30 April after forty years; I buy his half of the practice from 1 May and become "
            "Nerys's partner. His half is valued at £460,000 (goodwill, equipment and half the building): £360,000 "
            "from the bank, £60,000 that he leaves in as a loan over five years, the rest from our savings. IVC "
            "Evidensia offered for the whole practice in spring 2025 and he turned them down to keep it "
            "independent. Wife Ann. His retirement dinner is on 1 May at the Metropole.",
      rhythm=[(6, H, "2026-02-27", ["meeting", "call", "meeting"])],
      talk=["the buy-in", "the goodwill valuation", "the IVC offer he turned down", "his retirement",
            "the roof on the Rhayader branch", "Ann's garden", "the TB testing contract", "who takes his clients",
            "a difficult caesarean"])
    P("nerys", "Nerys Watkins", 3, "ally", company="Ithon Vets", title="Partner (small animals)",
      location="Llandrindod Wells", how_met="A partner at Ithon Vets since 2009", met_on="2013-04-02",
      interests={"practice-partnership": 0.7},
      notes="She and I will be equal partners from 1 May; she's read the draft agreement and is happy with it.",
      rhythm=[(7, H, "2026-02-26", ["meeting", "message"])],
      talk=["the partnership agreement", "the small-animal ops list", "the new X-ray machine",
            "the out-of-hours rota", "her daughter's A-levels", "the Rhayader branch"])
    P("ffion", "Ffion Ellis", 3, "ally", company="Ithon Vets", title="Farm vet", location="Newbridge-on-Wye",
      how_met="Joined Ithon Vets in 2021, two years out of Bristol", met_on="2021-09-01",
      interests={"sheep-health": 0.9, "horses": 0.8},
      notes="Our best lamber. Since Rob left for Australia in October she has done more nights than anyone; in "
            "February she did nine. Off with flu on 22–23 February; the week before she cried in the car after a "
            "prolapse at 3am. I gave her the Vetlife number. She's asked for a week off after lambing and I've "
            "promised her two clear nights a week until then.",
      rhythm=[(5, H, "2026-02-28", ["meeting", "call", "message"])],
      talk=["a caesarean at Tyn-y-Berth", "the night rota", "a prolapse at 3am", "her horse",
            "how tired she is", "a ewe with twin-lamb disease", "the locum", "the week off after lambing"])
    P("marek", "Marek Wójcik", 3, "friend", company="Ithon Vets", title="Vet (mixed, mostly small animals)",
      location="Llandrindod Wells", how_met="Joined Ithon Vets in 2022 from Wrocław", met_on="2022-06-13",
      notes="Qualified in Wrocław in 2019. His British citizenship ceremony is at Powys County Hall on 6 March. "
            "Covering my on-call on the weekend of 14–15 March so I can go to Gethin's wedding.",
      rhythm=[(7, H, "2026-02-27", ["meeting", "message"])],
      talk=["TB testing at Penlan", "his citizenship application", "the small-animal ops list", "Polish Easter",
            "his partner's job in Hereford", "swapping weekends"])
    P("mari", "Mari Gittins", 3, "ally", company="Ithon Vets", title="Practice manager",
      location="Llandrindod Wells", how_met="Practice manager since 2015", met_on="2015-01-05",
      birthday="1972-03-10", interests={"vet-recruitment": 0.9},
      notes="Running the recruitment with me: the advert for a farm-leaning mixed vet has been up since December "
            "(one in four nights, £48,000 and the house on Ithon Road). Getting the accounts together for the bank.",
      rhythm=[(6, H, "2026-02-27", ["meeting", "email", "call"])],
      talk=["the vet advert", "Ieuan's application", "the locum's invoices", "the rota",
            "the management accounts for the bank", "staff holidays", "the phones on lambing nights"])
    P("nia", "Nia Prosser", 3, "friend", company="Ithon Vets", title="Head nurse (RVN)",
      location="Crossgates", how_met="Head nurse at Ithon Vets", met_on="2013-04-02",
      interests={"vet-wellbeing": 0.8},
      notes="Holding the nursing team together with Lowri on maternity leave; the nurses are taking the farm "
            "phones at night in lambing.",
      rhythm=[(8, H, "2026-02-26", ["meeting", "message"])],
      talk=["the nursing rota", "Lowri's maternity cover", "the night phones", "the dental list",
            "her son's apprenticeship"])
    P("lowri", "Lowri Hughes", 4, "friend", company="Ithon Vets", title="Veterinary nurse (RVN), on maternity leave",
      location="Llanyre", how_met="A nurse at the practice since 2019", met_on="2019-08-05",
      notes="On maternity leave since January; her first, with her husband Iwan.",
      rhythm=[(20, H, "2025-12-19", ["meeting", "message"])],
      extra=[("2026-01-09", "event", "At an event: her leaving cake at the practice before maternity leave", 30),
             ("2026-02-13", "message", "Messages: two weeks to go; she's bored of waiting")],
      talk=["the kennels", "her wedding photos", "the baby's room", "the nursing rota"])
    P("kirsty", "Kirsty McLeod", 5, "acquaintance", title="Locum vet", location="Dumfries",
      how_met="Through a locum agency, to cover lambing nights", met_on="2026-01-20",
      notes="Covering nights from 16 February to 31 March; staying in the flat above the practice.",
      extra=[("2026-01-20", "video", "Video call: booked her for lambing nights, 16 February to 31 March", 30),
             ("2026-02-16", "meeting", "Meeting: showed her round the practice and the flat; first night on", 60),
             ("2026-02-27", "message", "Messages: a long night of prolapses; she's coping")])
    P("ieuan", "Ieuan Parry", 5, "acquaintance", title="Farm vet, Mendip Farm Vets (Shepton Mallet)",
      location="Shepton Mallet, Somerset", how_met="Applied for our vet post in January", met_on="2026-01-30",
      interests={"sheep-health": 0.8},
      notes="27; grew up on a farm near Erwood; qualified at Nottingham in 2022; three years in farm practice in "
            "Somerset and wants to come home to Wales. Coming for interview on 9 March: the morning in the practice, "
            "the afternoon out on calls with me.",
      extra=[("2026-01-30", "email", "Email: his application for the vet post"),
             ("2026-02-11", "call", "Call: a first chat; he wants to come home to Wales", 30),
             ("2026-02-25", "video", "Video call: a second chat, with Mari; invited him for a day on 9 March", 45)])

    # --- the buy-in: the bank, the solicitor, the accountant ---
    P("rhodri", "Rhodri Bowen", 5, "acquaintance", power=True, company="NatWest",
      title="Relationship manager, agriculture and professional practices", location="Newtown",
      how_met="The practice's bank manager", met_on="2019-03-01", expertise=["practice-finance"],
      notes="Handling my loan for the buy-in (£360,000 over fifteen years). The credit committee sits on 11 March; "
            "he needs the 2025 management accounts and my statement of assets and liabilities before then.",
      rhythm=[(60, "2025-01-15", "2025-12-10", ["meeting", "email"])],
      extra=[("2026-01-14", "meeting", "Meeting: the loan application for the buy-in", 60),
             ("2026-02-18", "call", "Call: the credit committee sits on 11 March; he needs the management accounts "
              "and my statement of assets", 20),
             ("2026-02-26", "email", "Email: a reminder about the accounts")],
      talk=["the practice account", "the overdraft", "the buy-in loan", "the building's valuation"])
    P("helen", "Helen Probert", 5, "acquaintance", company="Probert & Co Solicitors", title="Solicitor",
      location="Llandrindod Wells", how_met="Gareth's solicitor, now doing the partnership agreement",
      met_on="2025-12-05", expertise=["partnership-law"],
      extra=[("2025-12-05", "meeting", "Meeting: heads of terms for the buy-in, with Gareth", 90),
             ("2026-01-22", "meeting", "Meeting: what goes in the partnership agreement", 60),
             ("2026-02-26", "email", "Email: the draft partnership agreement; my comments by 6 March")])
    P("dafydd", "Dafydd Meredith", 4, "ally", company="Meredith & Co", title="Chartered accountant",
      location="Brecon", how_met="The practice's accountant; does a lot of vet practices", met_on="2016-05-10",
      expertise=["practice-finance"],
      rhythm=[(60, H, "2025-12-15", ["email", "meeting"])],
      extra=[("2025-11-20", "meeting", "Meeting: the goodwill valuation for Gareth's half", 90)],
      talk=["the year-end accounts", "the goodwill valuation", "my tax", "the buy-in cash flow"])

    # --- vets I trained with, and CPD ---
    P("alys", "Alys Hamer", 5, "acquaintance", company="Harper Adams University",
      title="Senior lecturer in sheep health; my CertAVP module tutor", location="Newport, Shropshire",
      how_met="Tutor on my CertAVP sheep-health module", met_on="2025-09-15",
      interests={"sheep-health": 1.0}, expertise=["sheep-health"],
      notes="The module's case book is due on 20 March; she'll read a draft if she has it by 11 March.",
      rhythm=[(40, "2025-09-15", "2026-02-19", ["email", "video"])],
      talk=["my case-book cases", "the iceberg diseases", "lamb survival figures", "the module assessment"])
    P("hannah", "Hannah Blake", 4, "friend", power=True, title="Veterinary adviser, bovine TB programme",
      company="Welsh Government", location="Aberystwyth",
      how_met="Liverpool vet school, class of 2008", met_on="2003-10-01",
      interests={"bovine-tb": 1.0, "sheep-health": 0.6},
      notes="Did the CertAVP in 2023 and lent me her notes. Was a farm vet in Cirencester for twelve years.",
      rhythm=[(45, H, "2026-01-18", ["message", "call", "video"])],
      talk=["her farm practice in Cirencester", "the CertAVP", "TB in Wales", "her boys", "moving back to Wales"])
    P("jo", "Jo Kershaw", 2, "advocate", company="Kershaw Vets", title="Vet and practice owner",
      location="Chester", how_met="Liverpool vet school, class of 2008; my flatmate for four years",
      met_on="2003-10-01", birthday="1984-03-04", interests={"practice-partnership": 0.9},
      notes="Bought her own small-animal practice in Chester in 2019; talked me through the buy-in in January.",
      rhythm=[(14, H, "2026-02-25", ["message", "call", "video"])],
      extra=[("2026-01-24", "call", "Call: what to ask the bank and what to put in the partnership deed", 75)],
      talk=["the buy-in", "her practice in Chester", "her new nurse", "the reunion", "her twins",
            "whether I'm sleeping"])
    P("owain", "Owain Jones", 4, "friend", company="Wye Vets", title="Farm vet", location="Builth Wells",
      how_met="The practice next door; we cover each other's nights in a pinch", met_on="2013-06-01",
      rhythm=[(30, H, "2026-02-10", ["call", "message"])],
      extra=[("2026-02-22", "call", "Call: asked if Wye Vets could take our farm calls while Ffion's off with flu",
              10)],
      talk=["a TB breakdown near Erwood", "the locum market", "a difficult calving", "the Builth market"])

    # --- farmers and clients ---
    P("rhian", "Rhian Pugh", 4, "ally", power=True, title="Sheep farmer (1,100 ewes) and chair of our flock "
      "health club", location="Llanbadarn Fynydd", how_met="Client since I came to the practice",
      met_on="2013-05-20", interests={"sheep-health": 1.0, "lamb-survival": 0.9},
      notes="Farms with her husband Emyr; her scanning and lamb-survival figures are the best in the club. "
            "Shortlisted for Sheep Farmer of the Year at the Farming Wales awards; the dinner is on 5 March in "
            "Aberystwyth.",
      rhythm=[(21, H, "2026-02-20", ["meeting", "call", "message"])],
      talk=["her scanning results", "lamb survival", "the flock health club", "worm egg counts",
            "her Texel tups", "the awards shortlist"])
    P("dai", "Dai Morgan", 4, "friend", title="Sheep farmer (600 ewes)", location="Tyn-y-Berth, near Penybont",
      how_met="Client since 2013", met_on="2013-05-01",
      notes="His quad bike rolled on the bank above the lambing shed on 25 February; broken pelvis, in Hereford "
            "County Hospital. The neighbours and his daughter Carys are doing the lambing; I've waived the call-out "
            "fees.",
      rhythm=[(30, H, "2026-02-10", ["meeting", "call"])],
      talk=["his scanning", "a ewe with a prolapse", "the price of store lambs", "his new shed", "the rugby"])
    P("bronwen", "Bronwen Morgan", 5, "friend", title="Teaching assistant, Penybont school", location="Penybont",
      how_met="Dai's wife", met_on="2013-05-01",
      rhythm=[(60, H, "2025-12-20", ["message", "call"])],
      extra=[("2026-02-25", "call", "Call: Dai's quad bike rolled on the bank; he's in Hereford with a broken pelvis",
              20),
             ("2026-02-28", "message", "Messages: he's had the operation; weeks in hospital, then rehab")],
      talk=["the lambing", "Carys's university offers", "the school"])
    P("carys", "Carys Morgan", 5, "friend", title="Sixth-former, Llandrindod High School", location="Penybont",
      how_met="Dai's daughter; saw practice with me in summer 2025", met_on="2025-07-14",
      interests={"sheep-health": 0.7},
      extra=[("2025-07-14", "meeting", "Meeting: her first day seeing practice with me", 480),
             ("2025-10-10", "email", "Email: sent her vet-school reference"),
             ("2026-02-06", "message", "Messages: she's got an offer from Liverpool!"),
             ("2026-02-27", "meeting", "Meeting: a caesarean at Tyn-y-Berth; she's running the lambing with the "
              "neighbours", 60)])
    P("alun", "Alun Lloyd", 4, "friend", title="Farmer", location="Penlan, Llanyre",
      how_met="Client since 2013; Penlan was a 180-cow dairy", met_on="2013-05-01",
      interests={"bovine-tb": 0.8},
      notes="Sold the dairy herd in February after a second TB breakdown in two years; going over to beef stores "
            "and sheep. Proud and hates talking about it. Had to let his herdsman Huw go.",
      rhythm=[(25, H, "2026-01-30", ["meeting", "call"])],
      extra=[("2026-02-14", "call", "Call: he's sold the cows; the lorry came this morning", 20)],
      talk=["the TB test", "the milk price", "the parlour", "the heifers", "his son at Aberystwyth"])
    P("huw", "Huw Jenkins", 4, "friend", title="Herdsman (at Penlan until February)", location="Llanyre",
      how_met="Alun Lloyd's herdsman for twelve years", met_on="2013-05-01",
      need=("huw-work", "herd-manager",
            "Looking for a herd manager or head herdsman job within reach of Llandrindod; twelve years with Penlan's "
            "Holsteins, does his own AI and foot-trimming", "2026-02-19"),
      rhythm=[(30, H, "2026-01-23", ["meeting"])],
      extra=[("2026-02-16", "call", "Call: Alun's had to let him go after twelve years", 25),
             ("2026-02-24", "coffee", "Coffee: in Llandrindod; went through where he might find dairy work; I'll be "
              "his referee", 45)],
      talk=["the Penlan heifers", "foot trimming", "the TB test", "his kids", "fresh calvers"])
    P("tomos", "Tomos Griffiths", 4, "ally", power=True, title="Dairy farmer (350 cows)",
      location="Pen-y-Banc, near Builth Wells", how_met="Client since 2016", met_on="2016-02-01",
      interests={"bovine-tb": 0.8, "dairy-farming": 1.0},
      offer=("tomos-herdsman", "herd-manager",
             "Hiring a herd manager for his 350-cow dairy near Builth; the cottage comes with the job",
             "2026-02-02"),
      rhythm=[(35, H, "2026-02-17", ["meeting", "call"])],
      extra=[("2026-02-17", "meeting", "Meeting: fertility visit; he still can't find a herd manager", 120)],
      talk=["the TB test", "fertility visits", "the new rotary parlour", "finding staff", "lameness scores"])
    P("gwyn", "Gwyn Pritchard", 4, "friend", title="Sheep farmer (800 ewes)", location="Bwlch-y-Sarnau",
      how_met="Client since 2013", met_on="2013-06-01", interests={"sheep-health": 0.8},
      offer=("gwyn-students", "lambing-placement",
             "Takes agriculture students for lambing every spring; has room for two more this year", "2026-01-15"),
      rhythm=[(40, H, "2026-02-06", ["meeting", "call"])],
      talk=["his scanning", "the students he takes for lambing", "a ewe with a prolapse", "worming",
            "his grandson"])
    P("sioned", "Sioned Vaughan", 3, "friend", title="Farmer; opening a farm shop and café",
      location="Penybont", how_met="Sings alto next to me in Côr Ithon; her collie and her pet lambs are our patients",
      met_on="2014-09-04", interests={"welsh-choirs": 0.9, "farm-diversification": 1.0},
      notes="Opening a farm shop and café in the old granary at Penybont on Saturday 7 March with her husband "
            "Iolo; their own lamb and beef, local cheese and bread.",
      rhythm=[(10, H, "2026-03-01", ["activity", "message", "coffee"])],
      talk=["choir practice", "the farm-shop plans", "her collie Mot", "the granary conversion",
            "the food-hygiene inspection", "the alto line"])
    P("anwen", "Anwen Davies", 5, "acquaintance", company="Ithon Paws", title="Dog groomer and boarding kennels",
      location="Crossgates", how_met="Sends us clients; we see her kennel dogs", met_on="2017-03-01",
      rhythm=[(45, H, "2026-02-05", ["call", "message"])],
      talk=["a kennel cough scare", "a matted spaniel", "her new kennel block", "vaccination certificates"])
    P("keith", "Keith Marsh", 5, "acquaintance", title="Retired police inspector", location="Llandrindod Wells",
      how_met="Client: two springer spaniels", met_on="2023-06-12",
      rhythm=[(40, "2025-01-10", "2026-01-29", ["meeting", "message"])],
      talk=["Bramble's splenectomy", "Bramble's stitches", "the spaniels' weight", "walking by the lake"])
    P("rachel", "Rachel Gwynne", 5, "acquaintance", company="Cefnllys Riding Centre", title="Owner",
      location="Cefnllys", how_met="Client: the riding centre's twenty horses", met_on="2015-04-01",
      rhythm=[(50, H, "2026-01-20", ["meeting", "call"])],
      talk=["the horses' teeth", "a lame cob", "strangles vaccinations", "the pony club"])
    P("geraint", "Geraint Bufton", 4, "acquaintance", company="Builth Wells Livestock Market", title="Auctioneer",
      location="Builth Wells", how_met="The market at Builth; I see him most weeks", met_on="2013-05-01",
      rhythm=[(30, H, "2026-02-23", ["meeting", "call"])],
      talk=["the prices at Builth", "the spring sales", "the new movement rules", "a lame ewe in the pens"])
    P("chris", "Chris Turner", 5, "acquaintance", title="Smallholder (alpacas and Jacob sheep)",
      location="Llanddewi Ystradenni", how_met="Client since he moved from Surrey in 2023", met_on="2023-04-20",
      rhythm=[(40, "2025-03-01", "2026-02-15", ["email", "meeting", "call"])],
      talk=["alpaca shearing", "his Jacob ewes lambing", "a lame alpaca", "vaccinations", "a long email of "
            "questions"])

    # --- the college, the young farmers, the choir, the rugby club ---
    P("gwawr", "Gwawr Roberts", 4, "ally", company="NPTC Group, Newtown College", title="Agriculture lecturer",
      location="Newtown", how_met="I give her first-years a talk on flock health every autumn", met_on="2018-10-10",
      interests={"sheep-health": 0.8},
      need=("gwawr-farms", "lambing-placement",
            "Needs two more farms to take first-year agriculture students for a three-week lambing placement from "
            "16 March", "2026-02-10"),
      rhythm=[(45, H, "2026-01-28", ["email", "meeting"])],
      extra=[("2026-02-10", "call", "Call: two farms have dropped out of the lambing placements", 15)],
      talk=["the first-years", "the flock-health talk", "the college farm", "placements"])
    P("dylan", "Dylan Evans", 4, "friend", company="Ithon Valley YFC", title="Club leader; farms with his parents",
      location="Llanddewi Ystradenni", how_met="Young Farmers; I was in the club myself", met_on="2016-09-01",
      interests={"young-farmers": 1.0, "eisteddfod": 0.7},
      need=("dylan-coach", "eisteddfod-coaching",
            "Needs someone to coach the club's members in recitation and the club choir for the Radnorshire YFC "
            "eisteddfod in April; last year's coach has moved away", "2026-02-16"),
      notes="Asked me to do a lambing first-aid talk at the club night on Monday 9 March.",
      rhythm=[(40, H, "2026-01-26", ["message", "event"])],
      extra=[("2026-02-16", "call", "Call: booked me for the lambing talk on 9 March; their eisteddfod coach has "
              "moved away", 15)],
      talk=["the club's stock judging", "the county rally", "the club panto", "the YFC eisteddfod"])
    P("eleri", "Eleri Lewis", 3, "friend", company="Côr Ithon", title="Conductor; music teacher at Llandrindod High",
      location="Llandrindod Wells", how_met="I sing alto in her choir", met_on="2014-09-04",
      interests={"welsh-choirs": 1.0},
      notes="Côr Ithon's spring concert is on 16 May at the Albert Hall; I've missed most Thursdays since lambing "
            "started.",
      rhythm=[(7, H, "2026-02-26", ["activity", "message"])],
      talk=["Thursday rehearsal", "the St David's Day concert", "the alto line", "the May concert",
            "the new tenors"])
    P("eirlys", "Eirlys Powell", 4, "friend", title="Retired music teacher", location="Llandrindod Wells",
      how_met="Gwen's piano and cerdd dant teacher since she moved here from Carmarthen", met_on="2025-09-10",
      interests={"welsh-choirs": 0.9, "eisteddfod": 1.0},
      offer=("eirlys-coaching", "eisteddfod-coaching",
             "Coaches children and adults in recitation and singing for eisteddfodau; has her evenings free since "
             "she retired", "2025-10-20"),
      notes="Coaching Gwen for the Urdd county eisteddfod on 7 March.",
      rhythm=[(14, "2025-09-10", "2026-02-24", ["meeting", "message"])],
      talk=["Gwen's piano", "Gwen's cerdd dant piece", "the Urdd", "moving from Carmarthen", "her old choir"])
    P("gethin", "Gethin Owen", 3, "friend", company="Llandrindod Wells RFC", title="Electrician; minis coach",
      location="Llandrindod Wells", how_met="Aled's best friend; coaches the minis with him", met_on="2013-05-01",
      interests={"rugby": 1.0},
      notes="Marrying Lucy Price on Saturday 14 March at the Metropole; Aled is best man.",
      rhythm=[(14, H, "2026-02-21", ["activity", "meal", "message"])],
      talk=["the minis", "the wedding plans", "the Six Nations", "Lucy's dress", "the stag do"])
    P("meinir", "Meinir Beddoes", 3, "friend", title="Teaching assistant", location="Llandrindod Wells",
      how_met="Neighbour; her girls are at Trefonnen with Gwen and Twm", met_on="2014-03-01",
      rhythm=[(10, H, "2026-02-25", ["message", "coffee", "activity"])],
      extra=[("2026-02-26", "message", "Messages: she'll have Gwen and Twm tonight; I'm stuck at a calving and "
              "Aled's on nights")],
      talk=["the school run", "the girls' eisteddfod pieces", "the Six Nations", "the PTA quiz"])
    P("sara", "Sara Bevan", 1, "advocate", company="Llandrindod Wells Medical Practice", title="GP",
      location="Llandrindod Wells", how_met="Llandrindod High School; best friends since we were eleven",
      met_on="1995-09-05", birthday="1984-11-28", interests={"running": 1.0},
      notes="Makes me run round the lake on Sunday mornings; told me in January I look exhausted. Running the "
            "Llanelli Half Marathon on 8 March, her first since her knee operation.",
      rhythm=[(6, H, "2026-03-01", ["activity", "coffee", "message"])],
      talk=["Sunday run round the lake", "her knee", "the half-marathon training", "the buy-in",
            "whether I'm sleeping", "her practice's rota", "our kids"])

    # --- people I was once close to ---
    P("mark", "Mark Fenwick", 5, "friend", peak=2, title="Vet", location="Toowoomba, Queensland",
      how_met="Liverpool vet school, class of 2008; we saw practice together", met_on="2003-10-01",
      extra=[("2011-03-12", "event", "At an event: he came over from Australia for our wedding", 480),
             ("2019-12-24", "message", "Messages: Christmas, and a photo of his cattle practice")])
    P("gillian", "Gillian Shaw", 5, "advocate", peak=3, company="Shaw Veterinary Centre",
      title="Vet and practice owner (retired 2022)", location="Cardiff",
      how_met="My first boss, in small-animal practice in Cardiff, 2008–2013", met_on="2008-08-01",
      extra=[("2013-03-29", "meal", "Dinner: my leaving do before I went home to farm practice", 180),
             ("2022-06-30", "message", "Messages: she's retired and sold the practice")])
    P("ian", "Ian Armstrong", 5, "advocate", peak=3, title="Retired farm vet", location="Brecon",
      how_met="Took me on for farm EMS as a student and talked me into farm work", met_on="2005-04-01",
      extra=[("2013-04-20", "call", "Call: he was pleased I'd gone to Ithon Vets", 30),
             ("2021-11-08", "letter", "Letter: a card when he retired")])

    # group contacts
    b.add("2025-12-25", "meal", ["emrys", "aled", "glenys"], "Dinner: Christmas at ours, with Dad and Aled's mum",
          300, "mutual")
    b.add("2026-03-01", "event", ["eleri", "sioned"],
          "At an event: Côr Ithon sang at the St David's Day concert in the Albert Hall", 180, "mutual")
    b.add("2025-10-08", "event", ["rhian", "gwyn", "dai"],
          "At an event: the flock health club evening at the Metropole", 150, "mutual")
    b.add("2026-01-23", "meeting", ["alun", "huw"],
          "Meeting: read the TB test at Penlan; nine reactors, the second breakdown in two years", 180, "mutual")
    b.add("2026-01-28", "meeting", ["gareth", "nerys", "mari"],
          "Meeting: partners' meeting; agreed the timetable for the buy-in", 120, "mutual")
    b.add("2026-02-13", "meeting", ["ffion", "marek", "nia", "mari"],
          "Meeting: practice meeting about the lambing rota", 60, "mutual")
    b.add("2025-09-20", "meal", ["jo", "hannah"], "Dinner: the Liverpool class of 2008 reunion in Chester", 240,
          "mutual")
    b.add("2025-07-22", "event", ["rhian", "geraint", "dylan"],
          "At an event: the Royal Welsh Show; the sheep lines and the YFC stand", 300, "mutual")
    b.add("2025-06-14", "meal", ["gethin", "aled"], "Dinner: Gethin and Lucy's engagement party at the rugby club",
          240, "mutual")
    b.add("2026-02-21", "event", ["gethin", "aled", "meinir"],
          "At an event: watched the Six Nations in the rugby club bar", 150, "mutual")

    # life events
    b.event("ev-hannah-job", "hannah", "2026-02-09", "new_job",
            "Started as a veterinary adviser on the Welsh Government's bovine TB programme, in Aberystwyth")
    b.event("ev-lowri-baby", "lowri", "2026-02-26", "baby",
            "Lowri and Iwan's daughter Elan was born at Hereford County Hospital")
    b.event("ev-catrin-promo", "catrin", "2026-03-03", "promotion",
            "Appointed clinical lead for musculoskeletal physiotherapy at Dunedin Hospital")
    b.event("ev-rhian-award", "rhian", "2026-03-05", "award",
            "Named Sheep Farmer of the Year at the Farming Wales awards in Aberystwyth")
    b.event("ev-sioned-shop", "sioned", "2026-03-07", "launch",
            "Opened her farm shop and café in the old granary at Penybont")
    b.event("ev-gethin-wedding", "gethin", "2026-03-14", "wedding", "Married Lucy Price at the Metropole")
    b.event("ev-huw-job", "huw", "2026-02-16", "job_loss",
            "Lost his job as herdsman at Penlan when Alun Lloyd sold the dairy herd after a second TB breakdown")
    b.event("ev-emrys-fall", "emrys", "2026-02-20", "illness",
            "Slipped on the ice in the yard and cracked two ribs; still trying to do the lambing")
    b.event("ev-dai-accident", "dai", "2026-02-25", "illness",
            "His quad bike rolled on the bank above the lambing shed; broken pelvis, in Hereford County Hospital")
    b.event("ev-elwyn-megan", "elwyn", "2026-03-04", "bereavement",
            "His wife Megan died at home; the funeral is at Bethel Chapel, Llanbister, on Wednesday 11 March")
    b.event("ev-alun-herd", "alun", "2026-02-14", "other", "Sold the Penlan dairy herd after a second TB breakdown")
    b.event("ev-carys-offer", "carys", "2026-02-06", "other",
            "Offered a place to study veterinary science at Liverpool")
    b.event("ev-catrin-move", "catrin", "2012-09-01", "move", "Moved to Dunedin, New Zealand")
    b.event("ev-jo-practice", "jo", "2019-04-01", "launch", "Bought her own practice in Chester")

    # favors
    b.favor("fv-owain-nights", "owain", "me", "2026-02-23", "favor",
            "Wye Vets took our farm calls on the nights of 22 and 23 February while Ffion was off with flu")
    b.favor("fv-meinir-kids", "meinir", "me", "2026-02-26", "favor",
            "Had Gwen and Twm overnight when I was stuck at a calving and Aled was on nights")
    b.favor("fv-gareth-vendor", "gareth", "me", "2025-12-05", "favor",
            "Agreed to leave £60,000 of the price in the practice as a loan over five years so the bank would lend "
            "the rest", "2025-12-05")
    b.favor("fv-dafydd-valuation", "dafydd", "me", "2025-11-20", "advice",
            "Went through the goodwill valuation with me line by line and halved his fee", "2025-11-21")
    b.favor("fv-jo-advice", "jo", "me", "2026-01-24", "advice",
            "Talked me through buying into a practice: what to ask the bank, what to put in the partnership deed",
            "2026-01-25")
    b.favor("fv-rhian-talk", "rhian", "me", "2025-10-08", "favor",
            "Spoke at our flock health club evening about her lamb-survival figures", "2025-10-09")
    b.favor("fv-elwyn-checks", "elwyn", "me", "2026-02-21", "favor",
            "Did Dad's night checks in the lambing shed for a week after his fall", "2026-02-24")
    b.favor("fv-hannah-notes", "hannah", "me", "2025-09-22", "share",
            "Sent me her CertAVP case book and her revision notes", "2025-09-22")
    b.favor("fv-me-huw", "me", "huw", "2026-02-24", "endorsement", "Wrote him a reference for herdsman jobs")
    b.favor("fv-me-carys", "me", "carys", "2025-10-10", "endorsement",
            "Wrote her vet-school reference after she saw practice with me")
    b.favor("fv-me-dai", "me", "dai", "2026-02-27", "favor",
            "Waived the call-out fees on Tyn-y-Berth's lambing calls while Dai's in hospital")
    b.favor("fv-me-gwawr", "me", "gwawr", "2025-11-12", "favor", "Gave her first-years a talk on flock health")

    # follow-ups
    b.follow_up("fu-rhodri-accounts", "rhodri", True,
                "Send Rhodri the 2025 management accounts and my statement of assets and liabilities for the credit "
                "committee", "2026-03-03")
    b.follow_up("fu-ffion-rota", "ffion", True,
                "Sit down with Ffion and redo the lambing night rota so she gets two clear nights a week",
                "2026-03-04")
    b.follow_up("fu-ieuan-package", "ieuan", True,
                "Send Ieuan the rota, the salary and the details of the house before his interview", "2026-03-05")
    b.follow_up("fu-helen-agreement", "helen", True, "Send Helen my comments on the draft partnership agreement",
                "2026-03-06")
    b.follow_up("fu-catrin-photos", "catrin", True,
                "Scan the old photos of Dad at Y Fron and send them to Catrin for his 75th slideshow", "2026-03-08")
    b.follow_up("fu-dylan-talk", "dylan", True, "Give the lambing first-aid talk at Ithon Valley YFC's club night",
                "2026-03-09")
    b.follow_up("fu-emrys-clinic", "emrys", True,
                "Take Dad to his falls-clinic appointment at Llandrindod Wells County Hospital (10.40am)",
                "2026-03-10")
    b.follow_up("fu-alys-casebook", "alys", True, "Send Alys the draft case book for the CertAVP sheep-health module",
                "2026-03-11")
    b.follow_up("fu-huw-interview", "huw", False, "Interview for an assistant herdsman job near Welshpool",
                "2026-03-05")
    b.follow_up("fu-marek-ceremony", "marek", False, "His British citizenship ceremony at Powys County Hall",
                "2026-03-06")
    b.follow_up("fu-eirlys-urdd", "eirlys", False,
                "Gwen's cerdd dant solo at the Urdd county eisteddfod in Builth Wells", "2026-03-07")
    b.follow_up("fu-sara-half", "sara", False, "Running the Llanelli Half Marathon", "2026-03-08")
    b.follow_up("fu-ieuan-interview", "ieuan", False,
                "Interview for the vet post: the morning in the practice, the afternoon on calls with me",
                "2026-03-09")
    b.follow_up("fu-rhodri-committee", "rhodri", False, "The bank's credit committee decides on my buy-in loan",
                "2026-03-11")
    b.follow_up("fu-dai-review", "dai", False,
                "Orthopaedic review at Hereford County Hospital; hopes to be allowed home", "2026-03-12")
    b.follow_up("fu-alys-deadline", "alys", False, "The CertAVP sheep-health case book is due", "2026-03-20")
    b.follow_up("fu-gareth-completion", "gareth", False,
                "Completion of the buy-in: Gareth retires and I become a partner", "2026-05-01")

    # goals
    b.goal("g-partnership", "Buy Gareth's half of Ithon Vets and become a partner on 1 May",
           ["practice-partnership", "practice-finance"], 1, ["gareth", "rhodri", "helen", "dafydd"])
    b.goal("g-recruit", "Recruit a farm vet by the summer so nobody does more than one night in four",
           ["vet-recruitment", "vet-wellbeing"], 1, ["mari", "ieuan", "ffion", "nerys"])
    b.goal("g-certavp", "Finish the CertAVP sheep-health module by 20 March", ["sheep-health", "cpd"], 2,
           ["alys", "hannah", "rhian"])

    # saved items
    b.item("it-buy-in", "Buying into a veterinary partnership: what the bank and your solicitor will ask",
           "https://example.org/vet-partnership-buy-in", ["practice-partnership", "practice-finance"], "2026-03-03")
    b.item("it-farm-vets", "Why rural Wales can't find farm vets, and what practices are doing about it",
           "https://example.org/wales-farm-vet-shortage", ["vet-recruitment"], "2026-03-04")
    b.item("it-lambing-nights", "Getting through lambing: looking after yourself and your team on nights",
           "https://example.org/lambing-nights-wellbeing", ["vet-wellbeing"], "2026-03-06")
    b.item("it-tb-wales", "Bovine TB in Wales: what the new testing rules mean for dairy farmers",
           "https://example.org/wales-tb-testing-2026", ["bovine-tb", "dairy-farming"], "2026-03-09")
    b.item("it-lamb-survival", "Colostrum, watery mouth and lamb survival: what the flock-health clubs found",
           "https://example.org/lamb-survival-flock-clubs", ["sheep-health", "lamb-survival"], "2026-03-10")
    b.item("it-farm-shops", "Farm shops in mid-Wales: the families turning lamb and beef into a shop counter",
           "https://example.org/mid-wales-farm-shops", ["farm-diversification"], "2026-03-11")
    b.item("it-choirs", "Wales's community choirs after the pandemic: fewer singers, fuller halls",
           "https://example.org/welsh-community-choirs", ["welsh-choirs"], "2025-11-18")
    return b


def gp():
    b = Book("gp", seed=61130)
    H = "2024-10-07"  # history starts: the autumn I told the practice I would retire at new year
    ILL = "2025-02-11"  # Per's diagnosis
    P = b.person

    # --- family ---
    P("kari", "Kari Solberg Vik", 1, "advocate", kin=True, location="Fyllingsdalen, Bergen",
      company="Haukeland University Hospital", title="Occupational therapist", how_met="My daughter",
      birthday="1987-05-19",
      notes="Married to Anders; Nora (9, plays the piano) and Emil (5, in barnehage). I pick them up on Tuesdays and "
            "Thursdays. Pappa's 70th birthday would have been Wednesday 11 March: we'll take the children to his "
            "grave at Møllendal after school, then supper at mine. Worried about money since Anders lost his job; "
            "she says not to mention it to him unless he does. Nora plays at the kulturskole's spring recital on "
            "Sunday 8 March.",
      rhythm=[(4, H, "2026-03-01", ["meal", "call", "activity", "call", "message"])],
      talk=["Nora's piano", "Emil's barnehage", "the school pick-ups", "Anders's job", "Sunday dinner",
            "Pappa's grave", "her shifts at Haukeland", "the cabin", "whether I'm eating properly"])
    P("eirik", "Eirik Solberg", 1, "advocate", kin=True, location="Oslo (Grünerløkka)", company="Nordlys Data",
      title="Lead developer", how_met="My son", birthday="1990-11-02",
      notes="Lives in Oslo with Camilla. Rings on Sunday evenings. Finds it hard to talk about Pappa and fixes "
            "things instead: he set up my new phone and the online banking in August. Flying home on Friday 13 "
            "March, after Camilla's PhD defence, for the memorial concert on the 15th.",
      rhythm=[(7, H, "2026-03-01", ["call", "video", "message", "call"])],
      talk=["his work", "Camilla's thesis", "the cabin", "his flight home", "Pappa", "the football",
            "the online banking", "whether I'm sleeping"])
    P("anders", "Anders Vik", 3, "friend", kin=True, location="Fyllingsdalen, Bergen",
      company="Ocean Subsea Services (until February)", title="Subsea technician",
      how_met="Kari's husband", birthday="1985-08-27",
      notes="Laid off on 16 February when Ocean Subsea cut sixty jobs at its Ågotnes base. Has an interview with "
            "another subsea company at Ågotnes on Friday 6 March. Proud; won't take money from me.",
      rhythm=[(14, H, "2026-02-22", ["meal", "message", "activity"])],
      talk=["the offshore market", "Emil's bike", "the Brann match", "the car", "his shift rota"])
    P("camilla", "Camilla Dahl", 3, "friend", location="Oslo", company="University of Oslo",
      title="PhD candidate in political science", how_met="Eirik's partner since 2019", met_on="2019-12-24",
      notes="Defends her PhD thesis (on trust in local government) at the University of Oslo on Thursday 12 March.",
      rhythm=[(30, H, "2026-02-15", ["video", "message"])],
      talk=["her thesis", "the disputas", "Oslo", "Eirik", "her parents in Drammen"])
    P("solveig", "Solveig Lunde", 1, "advocate", kin=True, location="Voss", title="Retired lower-secondary teacher",
      how_met="My little sister", birthday="1962-03-05",
      interests={"hurtigruten": 1.0},
      notes="Turns 64 on Thursday 5 March. In June we're taking the Hurtigruten from Bergen to Kirkenes and back: the "
            "voyage Per and I had booked for our 40th wedding anniversary and cancelled when he got ill. The "
            "early-booking price ends on 15 March, and I promised to book the cabins with her by the 13th.",
      rhythm=[(6, H, "2026-03-01", ["call", "call", "video", "meal"])],
      talk=["the Hurtigruten", "Terje's knee", "Mamma's old house in Voss", "her grandchildren", "the cabin",
            "how I'm doing", "the weather in Voss"])
    P("terje", "Terje Lunde", 4, "friend", kin=True, location="Voss", title="Retired electrician",
      how_met="Solveig's husband", birthday="1960-10-14",
      rhythm=[(45, H, "2026-01-18", ["call", "meal"])],
      talk=["his knee", "the skiing at Voss", "the cabin's wiring", "his fishing"])
    P("per", "Per Solberg", 1, "advocate", kin=True, status="deceased", location="Sandviken, Bergen",
      company="Institute of Marine Research", title="Chief engineer (retired 2021)",
      how_met="My husband; we met at a student choir party in Bergen in 1980", birthday="1956-03-11",
      notes="Died at home on 9 July 2025 of pancreatic cancer, aged 69. Would have been 70 on 11 March 2026.",
      extra=[("2025-02-11", "meeting", "Meeting: the oncologist at Haukeland; pancreatic cancer, not operable", 60),
             ("2025-06-21", "activity", "Outing: our last trip to the cabin at Ulvik", 600)])
    P("torunn", "Torunn Solberg Aase", 2, "advocate", kin=True, location="Fana, Bergen",
      title="Retired bank adviser", how_met="Per's older sister", birthday="1953-11-30",
      notes="Has rung every Sunday since Per died. The cabin at Ulvik was her and Per's parents'; she wants it kept "
            "in the family but can't afford to buy it. Helped me go through Per's clothes and papers in October.",
      rhythm=[(21, H, "2025-02-09", ["call", "meal"]),
              (10, ILL, "2025-07-08", ["call", "activity", "call"]),
              (7, "2025-07-13", "2026-03-01", ["call", "call", "meal"])],
      talk=["the cabin", "Per", "her grandchildren", "the Sunday call", "their parents", "the church",
            "Knut's plans for the cabin"])
    P("knut", "Knut Solberg", 3, "friend", kin=True, location="Stavanger", title="Retired petroleum engineer",
      how_met="Per's older brother", birthday="1951-06-02",
      notes="Thinks the cabin should be sold and is businesslike about it; Torunn doesn't. We agreed to talk it "
            "through, the three of us with Kari and Eirik, at Easter. I promised to send him and Torunn the "
            "estate agent's valuation first.",
      rhythm=[(30, H, "2026-02-20", ["call", "email", "call"])],
      talk=["the cabin", "the valuation", "his grandchildren", "Per", "the boat", "the property tax"])
    P("kristoffer", "Kristoffer Solberg", 4, "friend", kin=True, location="Stavanger",
      company="St. Svithun upper-secondary school", title="Teacher", how_met="Knut's son; Per's godson",
      birthday="1991-09-12",
      notes="He and Maria were expecting their first at the end of February. He read at Per's funeral.",
      rhythm=[(60, H, "2026-01-10", ["message", "call"])],
      extra=[("2026-02-14", "message", "Messages: Maria is due any day; he asked if they might call the baby Per")],
      talk=["his teaching", "the baby", "Per's old boat", "the Vikings match"])

    # --- Ragnhild and Olav ---
    P("ragnhild", "Ragnhild Fosse", 2, "advocate", location="Åsane, Bergen", title="Retired pharmacist",
      how_met="My best friend since Katedralskolen, 1974", met_on="1974-08-19", birthday="1958-10-03",
      dates=[("ragnhild-olav-wedding", "Ragnhild and Olav's wedding anniversary", "1981-03-07")],
      notes="Diagnosed with Alzheimer's in October 2024. At the memory clinic at Haraldsplass on 18 February they "
            "said it has moved on and she can't be left alone any more. Still knows me, and loves to walk along "
            "Fjellveien arm in arm singing the old songs. She and Olav have been married 45 years on Saturday 7 "
            "March.",
      rhythm=[(7, H, "2026-02-26", ["activity", "activity", "meal", "call"])],
      talk=["a walk along Fjellveien", "the old songs", "Katedralskolen", "her roses", "photos of the children",
            "coffee and skillingsboller", "the trio with Anne-Grete"])
    P("olav", "Olav Fosse", 3, "friend", location="Åsane, Bergen", title="Retired ferry captain (Fjord1)",
      how_met="Ragnhild's husband", met_on="1979-06-01",
      need=("olav-sitter", "dementia-companion",
            "Needs someone to be with Ragnhild on Wednesday evenings so he can keep going to the carers' course "
            "and his male-voice choir", "2026-02-20"),
      interests={"dementia-care": 0.9},
      notes="71. Worn out and won't say so. Has applied to the municipality for a day-centre place for Ragnhild; "
            "the meeting at the care office (tildelingskontoret) is on Monday 9 March at 13.00 and I promised to go "
            "with him.",
      rhythm=[(14, H, "2026-02-12", ["call", "activity", "message"])],
      extra=[("2026-02-18", "call", "Call: the memory clinic says she can't be left on her own any more", 30),
             ("2026-02-24", "coffee", "Coffee: at theirs; wrote the letter for the day-centre application together",
              60)],
      talk=["Ragnhild's nights", "the day-centre application", "his male-voice choir", "the ferries",
            "Ingunn moving home", "the carers' course"])
    P("ingunn", "Ingunn Fosse", 4, "friend", location="Bergen (moved home from Oslo in February)",
      company="Helse Bergen", title="Communications adviser", how_met="Ragnhild and Olav's daughter; my god-daughter",
      met_on="1985-04-14", interests={"dementia-care": 0.7},
      rhythm=[(45, H, "2025-12-20", ["message", "call"])],
      extra=[("2026-01-25", "call", "Call: she's got a job at Helse Bergen and is moving home in February to be "
              "near her mum and dad", 30)],
      talk=["her mum", "Oslo", "her flat", "her dad's tiredness"])

    # --- the young GPs I mentor, and my old practice ---
    P("jonas", "Jonas Eide", 3, "ally", company="Kleppestø legesenter, Askøy",
      title="GP in specialist training (ALIS)", location="Askøy",
      how_met="Paired with me in the Legeforening's mentoring scheme for new GPs", met_on="2025-09-08",
      interests={"general-practice": 1.0, "gp-mentoring": 0.8},
      notes="30; his first year with his own list of 1,100 patients. His first weekend alone on the Askøy "
            "out-of-hours service (legevakt) is 7–8 March and he's nervous about it; I promised to go through the "
            "difficult cases with him first.",
      rhythm=[(14, "2025-09-08", "2026-02-26", ["coffee", "call", "message", "video"])],
      talk=["a child with a fever at 2am", "his list", "saying no to patients", "the ALIS courses", "his supervision "
            "group", "chest pain he wasn't sure about", "his girlfriend in Trondheim", "the legevakt rota"])
    P("thea", "Thea Mjelde", 3, "ally", company="Nordnes legesenter", title="GP (fastlege)", location="Bergen",
      how_met="Took over my patient list when I retired on 1 January 2025", met_on="2024-11-15",
      interests={"general-practice": 1.0, "gp-mentoring": 0.6},
      notes="33. Knows my old patients better than I'd feared. A patient's family has complained to Statsforvalteren "
            "(the county governor) about a delayed cancer referral; her reply is due on Monday 9 March and she is "
            "shaken. I promised to read her draft and go through it with her.",
      rhythm=[(14, "2024-11-15", ILL, ["meeting", "coffee", "call"]),
              (30, "2025-08-15", "2026-02-27", ["coffee", "call", "message"])],
      talk=["my old patients", "the complaint", "her list", "the practice's rota", "a difficult home visit",
            "the handover notes", "her running"])
    P("magnus", "Magnus Haugland", 4, "ally", company="Nordnes legesenter", title="GP and practice head",
      location="Bergen", how_met="My colleague at Nordnes from 2003; practice head since 2016", met_on="2003-08-01",
      need=("magnus-locum", "gp-locum-cover",
            "Needs a locum GP for three months from 1 April while Dr Sofie Lind is on parental leave; the agencies "
            "have nobody", "2026-01-26"),
      interests={"general-practice": 0.9},
      rhythm=[(30, H, "2026-02-11", ["meeting", "email", "call"])],
      extra=[("2026-01-26", "call", "Call: he still can't find a locum for April", 15)],
      talk=["the practice", "the locum problem", "Thea", "the new journal system", "the fastlege crisis",
            "my farewell dinner"])
    P("randi", "Randi Kleppe", 4, "friend", company="Nordnes legesenter", title="Medical secretary",
      location="Bergen", how_met="Ran my days at Nordnes for 28 years", met_on="1996-02-01", birthday="1964-03-13",
      notes="Turns 62 on Friday 13 March.",
      rhythm=[(30, H, "2026-02-13", ["message", "coffee", "call"])],
      talk=["the practice gossip", "my old patients asking after me", "her grandson", "the new phone system"])
    P("hanne", "Hanne Strand", 4, "friend", company="Nordnes legesenter", title="GP (fastlege)", location="Bergen",
      how_met="My colleague at Nordnes for 25 years", met_on="1999-09-01",
      rhythm=[(40, H, "2026-02-04", ["coffee", "message", "call"])],
      talk=["the practice", "her garden", "Magnus", "retiring", "her daughter in London"])
    P("leif", "Leif Hammer", 4, "advocate", title="Retired GP", location="Kalfaret, Bergen",
      how_met="My first senior partner; took me on at Nordnes in 1991", met_on="1991-01-02", birthday="1944-12-05",
      notes="81. Had a stroke at home on 23 February; in the stroke unit at Haukeland, his right side weak and his "
            "speech affected. Else is with him every day. The doctors decide on 4 March whether he can go home or "
            "needs a rehabilitation place.",
      rhythm=[(45, H, "2026-01-13", ["call", "coffee", "letter"])],
      extra=[("2026-02-26", "activity", "Outing: visited him in the stroke unit at Haukeland; he knew me", 40)],
      talk=["the practice in the old days", "his grandchildren", "the Bergen weather", "medicine now", "Per"])
    P("else", "Else Hammer", 5, "friend", title="Retired nurse", location="Kalfaret, Bergen",
      how_met="Leif's wife", met_on="1991-01-02",
      rhythm=[(90, H, "2025-12-20", ["message", "call"])],
      extra=[("2026-02-23", "call", "Call: Leif has had a stroke; he's at Haukeland", 20),
             ("2026-02-28", "message", "Messages: they're talking about rehabilitation")],
      talk=["Leif", "their grandchildren", "Christmas"])
    P("sigrid", "Sigrid Vold", 5, "acquaintance", company="Legeforeningen, Hordaland",
      title="GP in Fana; coordinator of the mentoring scheme for new GPs", location="Bergen",
      how_met="Asked me to mentor in the scheme after I retired", met_on="2025-08-20",
      interests={"gp-mentoring": 1.0},
      rhythm=[(60, "2025-08-20", "2026-01-20", ["email", "meeting"])],
      talk=["the mentoring scheme", "Jonas", "the spring seminar", "recruiting mentors"])
    P("liv", "Liv Torsvik", 4, "ally", company="University of Bergen",
      title="Associate professor of general practice", location="Bergen",
      how_met="A GP at Nordnes 2000–2012; we wrote a paper on continuity of care together", met_on="2000-03-01",
      interests={"general-practice": 1.0, "gp-mentoring": 0.7},
      notes="Has asked me to teach communication skills to the fourth-year medical students in the autumn. Her "
            "application for a full professorship went to the committee last autumn.",
      rhythm=[(45, H, "2026-02-05", ["coffee", "email", "call"])],
      talk=["the students", "the professorship", "continuity of care", "teaching in the autumn", "her sailing"])
    P("arne", "Arne Skjold", 5, "friend", title="Retired GP", location="Bergen",
      how_met="Organises the monthly lunch of retired Bergen GPs at Bryggeloftet", met_on="1992-05-01",
      rhythm=[(30, "2025-01-14", "2026-02-10", ["event", "message"])],
      talk=["the Tuesday lunch", "who's retiring", "the fastlege crisis", "his boat"])

    # --- medical school friends ---
    P("bjorg", "Bjørg Hatlestad", 2, "advocate", title="Retired psychiatrist", location="Oslo",
      how_met="Medical school in Bergen, class of 1985; we shared a flat in Møhlenpris", met_on="1979-08-20",
      birthday="1959-03-09",
      notes="Turns 67 on Monday 9 March. Has rung me on the ninth of every month since Per died.",
      rhythm=[(45, H, "2025-02-01", ["call", "message"]),
              (14, ILL, "2025-07-06", ["call", "message"])],
      extra=[("2025-08-09", "call", "Call: her call on the ninth", 45),
             ("2025-09-09", "call", "Call: her call on the ninth; the reunion", 40),
             ("2025-10-09", "call", "Call: her call on the ninth", 35),
             ("2025-11-09", "call", "Call: her call on the ninth; her hip", 40),
             ("2025-12-09", "call", "Call: her call on the ninth; the first Christmas", 50),
             ("2026-01-09", "call", "Call: her call on the ninth", 30),
             ("2026-02-09", "call", "Call: her call on the ninth; the cabin", 45)],
      talk=["Møhlenpris", "Oslo", "her hip", "grief", "the reunion"])
    P("tove", "Tove Rasmussen", 2, "advocate", title="Retired GP", location="Tromsø",
      how_met="Medical school in Bergen, class of 1985", met_on="1979-08-20", birthday="1959-11-17",
      notes="Widowed in 2019 (Harald); she'd been there and knew what to say. Marrying Rolf Nilsen in Tromsø "
            "Cathedral on Saturday 14 March; I told her I couldn't come because of the memorial concert, and she "
            "understood.",
      rhythm=[(30, H, "2025-02-01", ["call", "video", "message"]),
              (14, ILL, "2025-07-05", ["call", "message"]),
              (21, "2025-08-01", "2026-02-10", ["call", "video", "message"])],
      talk=["Rolf", "the wedding", "Tromsø in the dark time", "Harald", "grief", "the reunion", "her grandchildren"])
    P("trond", "Trond Aasen", 4, "friend", title="Retired GP", location="Nordnes, Bergen",
      how_met="Medical school in Bergen, class of 1985; a GP in Voss for thirty years", met_on="1979-08-20",
      offer=("trond-locum", "gp-locum-cover",
             "Retired from his practice in Voss last summer but kept his licence; happy to take locum months in "
             "Bergen", "2026-02-03"),
      interests={"general-practice": 0.8},
      notes="Moved to Bergen in the autumn of 2025 to be near his grandchildren; bored already.",
      rhythm=[(35, "2025-09-20", "2026-02-19", ["coffee", "call", "message"])],
      extra=[("2026-02-03", "coffee", "Coffee: he's bored in retirement and would happily do locum work", 60)],
      talk=["Voss", "his grandchildren", "retirement", "locum work", "the reunion", "medicine now"])

    # --- the Eldrerådet (the municipal council for older people) ---
    P("gunnar", "Gunnar Lie", 4, "ally", power=True, company="Bergen kommune, Eldrerådet",
      title="Chair of the council for older people; retired union leader", location="Laksevåg, Bergen",
      how_met="Asked me to join the Eldrerådet in January 2025", met_on="2024-12-10",
      interests={"older-people": 1.0, "health-policy": 0.8},
      rhythm=[(21, "2024-12-10", "2026-02-24", ["meeting", "call", "email"])],
      talk=["the council's agenda", "the legevakt", "the nursing-home places", "the budget", "his union days",
            "the GP shortage"])
    P("siri", "Siri Mæland", 5, "acquaintance", company="Bergen kommune, health and care department",
      title="Adviser; secretary to the Eldrerådet", location="Bergen", how_met="The Eldrerådet's secretary",
      met_on="2025-01-20", interests={"health-policy": 0.9},
      notes="The Eldrerådet meets on Tuesday 10 March at 13.00 at the city hall; I present the council's "
            "consultation response on GP and out-of-hours access for older people, and she needs my draft for the "
            "papers.",
      rhythm=[(30, "2025-01-20", "2026-02-20", ["email", "meeting"])],
      talk=["the consultation response", "the agenda", "the minutes", "the deadlines"])
    P("arvid", "Arvid Helle", 5, "acquaintance", company="Pensjonistforbundet",
      title="Eldrerådet member; retired bus driver", location="Loddefjord, Bergen", how_met="The Eldrerådet",
      met_on="2025-01-20", interests={"older-people": 0.9},
      rhythm=[(40, "2025-02-01", "2026-02-10", ["meeting", "call"])],
      talk=["the bus routes", "the pensioners' association", "the legevakt queues"])

    # --- Per's last months, the grief group, the home-care team ---
    P("olena", "Olena Kovalenko", 4, "friend", company="Bergen kommune, home care (Sandviken)",
      title="Healthcare assistant; paediatrician from Kharkiv", location="Sandviken, Bergen",
      how_met="In the home-care team that nursed Per at home in his last weeks", met_on="2025-05-20",
      interests={"medical-authorisation": 1.0},
      need=("olena-norwegian", "norwegian-tutoring",
            "Needs someone to practise medical Norwegian with her every week before the oral language test for her "
            "authorisation as a doctor in May", "2026-02-12"),
      notes="41. In Bergen since 2022 with her son; working towards Norwegian authorisation as a doctor.",
      rhythm=[(30, "2025-08-20", "2026-02-05", ["coffee", "message"])],
      extra=[("2025-05-20", "meeting", "Meeting: her first visit to Per", 45),
             ("2025-06-12", "meeting", "Meeting: changed Per's dressing and stayed for coffee", 60),
             ("2025-07-05", "meeting", "Meeting: came on her day off to sit with Per so I could sleep", 300),
             ("2026-01-20", "coffee", "Coffee: went through her authorisation application; I'll write a reference",
              60),
             ("2026-02-12", "coffee", "Coffee: the oral test is in May and she has nobody to practise medical "
              "Norwegian with", 45)],
      talk=["her son's school", "the authorisation", "Kharkiv", "medical Norwegian", "her work in home care"])
    P("hege", "Hege Sandal", 5, "friend", company="Bergen kommune", title="Cancer nurse (kreftsykepleier)",
      location="Bergen", how_met="Coordinated Per's care at home", met_on="2025-03-04",
      extra=[("2025-03-04", "meeting", "Meeting: planning Per's care at home", 60),
             ("2025-05-15", "call", "Call: more morphine, and the hospital bed", 20),
             ("2025-07-10", "call", "Call: she rang the day after", 20),
             ("2025-12-20", "letter", "Letter: a Christmas card")])
    P("marianne", "Marianne Aarvik", 4, "friend", company="Sandviken kirke", title="Parish priest",
      location="Sandviken, Bergen", how_met="Took Per's funeral; runs the grief group I've gone to since September",
      met_on="2025-07-11",
      extra=[("2025-07-11", "meeting", "Meeting: planning Per's funeral", 90)],
      rhythm=[(7, "2025-09-08", "2026-02-23", ["event", "event", "message"])],
      talk=["the grief group", "the first Christmas", "the memorial concert", "the Sunday service"])
    P("kare", "Kåre Ljosland", 4, "friend", title="Retired harbour pilot", location="Sandviken, Bergen",
      how_met="The grief group; his wife Synnøve died in May 2025", met_on="2025-09-08",
      notes="72; lives alone, his daughter is in Houston. We have coffee after the group on Mondays. Having a hip "
            "replacement at Haraldsplass on Tuesday 10 March; I promised to drive him there for 7.00.",
      rhythm=[(7, "2025-09-15", "2026-02-23", ["coffee", "coffee", "call"])],
      talk=["Synnøve", "his daughter in Houston", "the ships in Vågen", "his hip", "cooking for one",
            "Sundays"])

    # --- the choir: Sandviken Kammerkor ---
    P("halvard", "Halvard Nygaard", 4, "friend", company="Sandviken kirke", title="Cantor; conductor of Sandviken "
      "Kammerkor", location="Bergen", how_met="My conductor since 2009", met_on="2009-08-20",
      interests={"choral-music": 1.0},
      notes="The choir's memorial concert is Fauré's Requiem on Sunday 15 March at 18.00 in Sandviken kirke, in "
            "memory of the four members who died in the past year, Per among them (he sang bass for 22 years). He "
            "asked me for a few lines about Per and a photo for the programme.",
      rhythm=[(7, H, "2025-02-06", ["activity", "message"]),
              (30, ILL, "2025-07-08", ["message", "call"]),
              (7, "2025-08-21", "2026-02-19", ["activity", "activity", "message"])],
      extra=[("2026-02-26", "activity", "Outing: rehearsal; he gave me a CD of Per singing the bass solo in 2012")],
      talk=["Thursday rehearsal", "the Requiem", "the sopranos", "the memorial concert", "Per's voice",
            "the Christmas concert"])
    P("gunnhild", "Gunnhild Berg", 3, "friend", title="Retired music teacher", location="Sandviken, Bergen",
      how_met="Sings soprano in the choir; sat with me the evening after Per died", met_on="2009-08-20",
      interests={"choral-music": 0.9},
      notes="Her husband Sverre has had ALS for three years; he has been at the Sunniva hospice at Haraldsplass since "
            "early February.",
      rhythm=[(14, H, "2026-02-26", ["activity", "coffee", "message"])],
      extra=[("2025-07-09", "meeting", "Meeting: she came and sat with me the evening Per died", 180)],
      talk=["the choir", "Sverre", "the hospice", "her grandchildren", "the Requiem", "Per"])
    P("astrid", "Astrid Vangen", 4, "friend", title="Retired Norwegian teacher (lektor), Bergen Katedralskole",
      location="Bergen", how_met="Sings alto next to me in the choir", met_on="2012-08-23",
      interests={"choral-music": 0.8},
      offer=("astrid-tutor", "norwegian-tutoring",
             "Tutors newcomers in Norwegian as a volunteer at the library's language café; has room for one more "
             "learner this spring", "2025-10-01"),
      rhythm=[(14, H, "2025-02-06", ["activity", "message"]),
              (14, "2025-08-21", "2026-02-26", ["activity", "message"])],
      talk=["the alto line", "the language café", "Ibsen", "her cat", "the Requiem"])
    P("marit", "Marit Vollset", 4, "friend", title="Accountant", location="Sandviken, Bergen",
      how_met="Sings alto in the choir; has driven me to rehearsals since Per died", met_on="2014-08-21",
      interests={"choral-music": 0.7},
      rhythm=[(10, "2025-08-21", "2026-02-26", ["activity", "message"])],
      talk=["the lift to rehearsal", "the Requiem", "her son's wedding", "her tax season"])

    # --- the dementia association ---
    P("wenche", "Wenche Dale", 5, "acquaintance", company="Nasjonalforeningen, Bergen dementia association",
      title="Retired nurse; volunteer visiting friend", location="Bergen",
      how_met="Ran the carers' course where I gave a talk on dementia and medicines", met_on="2025-11-20",
      interests={"dementia-care": 1.0},
      offer=("wenche-visits", "dementia-companion",
             "Visits people with dementia at home as a volunteer with Nasjonalforeningen; has her Wednesday evenings "
             "free since one of her visits ended", "2026-01-15"),
      extra=[("2025-11-20", "event", "At an event: gave my talk at the carers' course", 120),
             ("2025-12-03", "email", "Email: thanks for the talk, and my slides for the course folder"),
             ("2026-01-15", "coffee", "Coffee: one of her visits has ended and she has her Wednesday evenings free",
              45)])

    # --- neighbours, friends, the cabin ---
    P("lisbeth", "Lisbeth Mohn", 1, "advocate", title="Retired dentist", location="Sandviken, Bergen",
      how_met="Neighbour and friend for thirty years", met_on="1995-06-01", birthday="1960-06-22",
      notes="Made me eat in July. Every Saturday morning we walk up to Fløyen and have coffee at the top, whatever "
            "the weather. Thinks I take on too much.",
      rhythm=[(4, H, "2026-02-28", ["activity", "activity", "coffee", "call"])],
      talk=["the walk up Fløyen", "how I'm sleeping", "her husband's golf", "the cabin", "the grief group",
            "whether I'm doing too much", "the Hurtigruten"])
    P("oddvar", "Oddvar Nilsen", 5, "friend", title="Retired shipyard welder", location="Sandviken, Bergen",
      how_met="Neighbour across the road; clears my steps when it snows", met_on="1992-01-01",
      rhythm=[(30, H, "2026-02-14", ["activity", "message"])],
      talk=["the snow on the steps", "the ships", "his late wife Gerd", "the bins"])
    P("svein", "Svein Tangen", 3, "friend", company="Institute of Marine Research", title="Retired chief engineer",
      location="Laksevåg, Bergen", how_met="Per's best friend; they sailed together on the research vessels",
      met_on="1984-05-01",
      notes="Looks after Per's boat, the Måsen, in the boathouse at Ulvik; wants to help me sell it in the spring "
            "but hasn't pressed.",
      rhythm=[(30, H, "2026-02-08", ["call", "activity", "message"])],
      extra=[("2026-02-13", "call", "Call: Jostein says a pipe has burst at the cabin; he'll drive up tomorrow", 15)],
      talk=["the boat", "Per", "the research vessels", "the cabin", "his grandson", "the engine on the Måsen"])
    P("jostein", "Jostein Hus", 5, "friend", title="Fruit farmer", location="Ulvik, Hardanger",
      how_met="Our neighbour at the cabin; keeps an eye on it", met_on="1988-07-01",
      rhythm=[(60, H, "2026-02-13", ["call", "message"])],
      talk=["the cabin", "the snow", "the apple blossom", "the road", "the boathouse"])
    P("sindre", "Sindre Opheim", 5, "acquaintance", company="EiendomsMegler 1 Hardanger", title="Estate agent",
      location="Norheimsund", how_met="Valued the cabin at Ulvik", met_on="2026-01-29",
      notes="Valued the cabin at NOK 4.2 million; says May and June are the months to sell.",
      extra=[("2026-01-29", "call", "Call: asked him to value the cabin; no decision yet", 20),
             ("2026-02-21", "meeting", "Meeting: walked round the cabin at Ulvik with him", 90),
             ("2026-02-27", "email", "Email: the written valuation, NOK 4.2 million")])

    # --- people I was once close to ---
    P("hakon", "Håkon Wiik", 5, "advocate", peak=3, title="Retired chief physician", location="Førde",
      how_met="Supervised my internship at Førde hospital, 1985–86", met_on="1985-09-01",
      extra=[("2016-06-10", "letter", "Letter: a card when he turned eighty"),
             ("2021-03-02", "call", "Call: he'd heard Per retired", 20)])
    P("nils", "Nils Brattebø", 5, "friend", peak=2, title="Retired district doctor", location="Florø",
      how_met="We shared the district doctor's post on Solund, 1987–89", met_on="1987-01-05",
      extra=[("2012-07-14", "meal", "Dinner: a Solund reunion at the cabin with Per", 240),
             ("2020-12-20", "message", "Messages: Christmas, and a photo of the old doctor's house on Solund")])
    P("annegrete", "Anne-Grete Sæle", 5, "friend", peak=2, title="Retired architect", location="Copenhagen",
      how_met="Katedralskolen, class of 1977; she, Ragnhild and I were a trio", met_on="1974-08-19",
      extra=[("2018-05-12", "meal", "Dinner: the three of us in Copenhagen", 240),
             ("2022-12-22", "message", "Messages: Christmas greetings")])

    # group contacts
    b.add("2025-07-18", "event", ["kari", "eirik", "solveig", "torunn", "knut", "kristoffer", "lisbeth", "tove",
                                  "bjorg", "svein", "halvard", "gunnhild", "marianne", "leif", "randi", "magnus"],
          "At an event: Per's funeral in Sandviken kirke; the choir sang", 180, "mutual")
    b.add("2025-12-24", "meal", ["kari", "anders", "eirik", "camilla"],
          "Dinner: Christmas Eve at Kari's, the first without Per", 360, "mutual")
    b.add("2025-12-14", "event", ["halvard", "gunnhild", "astrid", "marit"],
          "At an event: the choir's Advent concert in Sandviken kirke; my first concert since Per died", 180,
          "mutual")
    b.add("2025-09-27", "meal", ["bjorg", "tove", "trond"],
          "Dinner: the class of 1985's 40th reunion at Bryggen", 300, "mutual")
    b.add("2026-02-10", "meeting", ["gunnar", "siri", "arvid"],
          "Meeting: the Eldrerådet; I'm drafting the consultation response on GP access", 150, "mutual")
    b.add("2026-01-13", "event", ["arne", "leif", "trond"], "At an event: the retired GPs' lunch at Bryggeloftet",
          120, "mutual")
    b.add("2025-10-11", "activity", ["ragnhild", "olav", "lisbeth"],
          "Outing: walked along Fjellveien and had waffles at Fløyen", 180, "mutual")
    b.add("2024-12-19", "meal", ["magnus", "randi", "hanne", "thea", "liv"],
          "Dinner: my farewell dinner from Nordnes legesenter", 240, "mutual")
    b.add("2026-01-22", "meeting", ["jonas", "sigrid"], "Meeting: the mentoring scheme's winter seminar", 180,
          "mutual")
    b.add("2025-08-16", "activity", ["svein", "kari", "eirik"],
          "Outing: took the Måsen out on the fjord at Ulvik, for Per", 300, "mutual")

    # life events
    b.event("ev-ingunn-job", "ingunn", "2026-02-09", "new_job",
            "Started as a communications adviser at Helse Bergen, moving home from Oslo to be near her parents")
    b.event("ev-kristoffer-baby", "kristoffer", "2026-02-27", "baby",
            "Kristoffer and Maria's son was born at Stavanger University Hospital; they've named him Per")
    b.event("ev-liv-professor", "liv", "2026-03-04", "promotion",
            "Promoted to professor of general practice at the University of Bergen")
    b.event("ev-gunnar-medal", "gunnar", "2026-03-06", "award",
            "Awarded the King's Medal of Merit at Bergen city hall for forty years of union and voluntary work")
    b.event("ev-camilla-phd", "camilla", "2026-03-12", "graduation",
            "Defended her PhD in political science at the University of Oslo")
    b.event("ev-tove-wedding", "tove", "2026-03-14", "wedding", "Married Rolf Nilsen in Tromsø Cathedral")
    b.event("ev-anders-layoff", "anders", "2026-02-16", "job_loss",
            "Laid off when Ocean Subsea Services cut sixty jobs at its Ågotnes base")
    b.event("ev-ragnhild-review", "ragnhild", "2026-02-18", "illness",
            "Memory-clinic review at Haraldsplass: her Alzheimer's has moved on and she can no longer be left alone")
    b.event("ev-leif-stroke", "leif", "2026-02-23", "illness",
            "A stroke at home; in the stroke unit at Haukeland, his right side weak and his speech affected")
    b.event("ev-gunnhild-sverre", "gunnhild", "2026-03-05", "bereavement",
            "Her husband Sverre died at the Sunniva hospice; the funeral is in Sandviken kirke on Thursday 12 March")
    b.event("ev-ragnhild-diagnosis", "ragnhild", "2024-10-15", "illness", "Diagnosed with Alzheimer's disease")
    b.event("ev-trond-move", "trond", "2025-09-15", "move", "Moved from Voss to Bergen")
    b.event("ev-olena-arrival", "olena", "2022-04-10", "move", "Came to Bergen from Kharkiv with her son")

    # favors
    b.favor("fv-svein-cabin", "svein", "me", "2026-02-14", "favor",
            "Drove up to Ulvik in the snow to fix a burst pipe at the cabin and clear the roof")
    b.favor("fv-halvard-cd", "halvard", "me", "2026-02-26", "gift",
            "Made me a CD of Per singing the bass solo at the 2012 spring concert")
    b.favor("fv-lisbeth-suppers", "lisbeth", "me", "2025-07-10", "favor",
            "Brought me supper every evening for three weeks after Per died", "2025-08-02")
    b.favor("fv-tove-funeral", "tove", "me", "2025-07-15", "favor",
            "Flew down from Tromsø and stayed the week of the funeral", "2025-07-28")
    b.favor("fv-olena-night", "olena", "me", "2025-07-05", "favor",
            "Came on her day off to sit with Per so I could sleep", "2025-07-25")
    b.favor("fv-torunn-clothes", "torunn", "me", "2025-10-12", "favor",
            "Went through Per's clothes and papers with me", "2025-10-13")
    b.favor("fv-magnus-farewell", "magnus", "me", "2024-12-19", "gift",
            "The practice's farewell dinner and a painting of Nordnes", "2024-12-20")
    b.favor("fv-gunnhild-evening", "gunnhild", "me", "2025-07-09", "favor", "Sat with me the evening Per died",
            "2025-08-20")
    b.favor("fv-me-olena", "me", "olena", "2026-01-27", "endorsement",
            "Wrote a reference for her application for Norwegian authorisation as a doctor")
    b.favor("fv-me-wenche", "me", "wenche", "2025-11-20", "favor",
            "Gave a talk on dementia and medicines at the Nasjonalforeningen carers' course")
    b.favor("fv-me-jonas", "me", "jonas", "2025-10-15", "gift", "Gave him my old textbooks and my otoscope")
    b.favor("fv-me-kari", "me", "kari", "2026-02-23", "favor",
            "Had Nora and Emil for the winter-holiday week while Kari worked")
    b.favor("fv-me-olav", "me", "olav", "2026-02-24", "endorsement",
            "Wrote to the care office in support of his application for a day-centre place for Ragnhild")

    # follow-ups
    b.follow_up("fu-knut-valuation", "knut", True,
                "Send Knut and Torunn the estate agent's valuation of the cabin before we talk at Easter",
                "2026-03-03")
    b.follow_up("fu-siri-response", "siri", True,
                "Send Siri my draft of the Eldrerådet's consultation response on GP and out-of-hours access for "
                "older people", "2026-03-04")
    b.follow_up("fu-jonas-cases", "jonas", True,
                "Go through the difficult out-of-hours cases with Jonas before his first weekend alone on legevakt",
                "2026-03-05")
    b.follow_up("fu-thea-draft", "thea", True,
                "Read Thea's draft reply to Statsforvalteren and go through it with her over coffee", "2026-03-06")
    b.follow_up("fu-halvard-programme", "halvard", True,
                "Send Halvard a few lines about Per and a photo for the memorial concert programme", "2026-03-07")
    b.follow_up("fu-olav-care-office", "olav", True,
                "Go with Olav to the care office about a day-centre place for Ragnhild (13.00)", "2026-03-09")
    b.follow_up("fu-kare-hospital", "kare", True,
                "Drive Kåre to Haraldsplass for his hip replacement (there by 7.00)", "2026-03-10")
    b.follow_up("fu-solveig-hurtigruten", "solveig", True,
                "Book the Hurtigruten cabins for June with Solveig before the early-booking price ends",
                "2026-03-13")
    b.follow_up("fu-leif-decision", "leif", False,
                "The stroke unit decides whether he can go home or needs a rehabilitation place", "2026-03-04")
    b.follow_up("fu-anders-interview", "anders", False, "Interview with a subsea company at Ågotnes", "2026-03-06")
    b.follow_up("fu-jonas-legevakt", "jonas", False, "His first weekend alone on the Askøy out-of-hours service",
                "2026-03-07")
    b.follow_up("fu-kari-recital", "kari", False, "Nora plays at the kulturskole's spring recital", "2026-03-08")
    b.follow_up("fu-thea-reply", "thea", False, "Her reply to Statsforvalteren about the complaint is due",
                "2026-03-09")
    b.follow_up("fu-camilla-disputas", "camilla", False, "Her PhD defence at the University of Oslo", "2026-03-12")
    b.follow_up("fu-halvard-concert", "halvard", False,
                "The memorial concert: Fauré's Requiem in Sandviken kirke, 18.00", "2026-03-15")
    b.follow_up("fu-olena-test", "olena", False, "The oral Norwegian test for her authorisation", "2026-05-20")
    b.follow_up("fu-knut-easter", "knut", True,
                "Talk about the cabin with Knut, Torunn, Kari and Eirik at Easter", "2026-04-04")

    # goals
    b.goal("g-cabin", "Decide with Per's family whether to sell the cabin at Ulvik, by the summer", ["cabin-sale"], 1,
           ["knut", "torunn", "kari", "eirik", "sindre"])
    b.goal("g-ragnhild", "Help Olav get Ragnhild the care she needs at home this spring",
           ["dementia-care"], 1, ["olav", "ragnhild", "ingunn", "wenche"])
    b.goal("g-mentor", "Help Jonas and Thea through their first years as GPs, and keep a hand in medicine",
           ["general-practice", "gp-mentoring"], 2, ["jonas", "thea", "liv", "magnus"])

    # saved items
    b.item("it-young-gps", "Why young doctors leave general practice, and what makes them stay",
           "https://example.org/young-gps-stay", ["general-practice", "gp-mentoring"], "2026-03-03")
    b.item("it-dementia-spouse", "Caring for a husband or wife with dementia at home: what helps the carer",
           "https://example.org/dementia-spouse-carers", ["dementia-care"], "2026-03-05")
    b.item("it-older-gp", "Older people and the GP shortage: what Norway's municipalities can do",
           "https://example.org/older-people-gp-shortage", ["older-people", "health-policy"], "2026-03-06")
    b.item("it-cabin", "Selling a family cabin without falling out: heirs, valuations and timing",
           "https://example.org/selling-family-cabin", ["cabin-sale"], "2026-03-09")
    b.item("it-faure", "Fauré's Requiem: the gentlest mass for the dead",
           "https://example.org/faure-requiem", ["choral-music"], "2026-03-10")
    b.item("it-authorisation", "Doctors trained abroad: Norway's language and knowledge tests for authorisation",
           "https://example.org/norway-doctor-authorisation", ["medical-authorisation"], "2026-03-11")
    b.item("it-hurtigruten", "The coastal voyage in June: Bergen to Kirkenes under the midnight sun",
           "https://example.org/coastal-voyage-june", ["hurtigruten"], "2026-01-28")
    return b


def chef():
    b = Book("chef", seed=70711)
    H = "2024-10-04"  # history starts: Comal's fifth birthday, the night I said out loud I wanted a second place
    HOSP = "2026-02-16"  # Mamá taken into Mount Sinai with an infected foot
    P = b.person

    # --- home and family ---
    P("tomas", "Tomás Reyes", 1, "advocate", kin=True, location="Pilsen, Chicago",
      company="Benito Juárez Community Academy", title="School counselor",
      how_met="My husband; we met at my cousin Betty's wedding in Cicero in 2013", birthday="1985-07-21",
      dates=[("us-wedding", "Our wedding anniversary", "2014-10-18")],
      notes="Luz is 10, in fifth grade at Jungman, and dances with Ballet Folklórico Quetzalli; their spring showcase "
            "is Saturday 14 March at Benito Juárez, and I've told Rosa I'm not in the kitchen that night. Tomás does "
            "the school runs and the evenings because I work nights Wednesday to Sunday; Mondays are ours. We put a "
            "second mortgage on the house behind the SBA loan, and he worries about it more than he says.",
      rhythm=[(4, H, "2026-03-01", ["meal", "activity", "call", "message", "meal"])],
      talk=["Luz's homework", "the SBA loan", "who picks Luz up", "a Monday off together", "Mamá's sugars",
            "Luz's folklórico", "his seniors' college essays", "Sunday breakfast", "the build-out",
            "the second mortgage", "whether I'm sleeping"])
    P("lupe", "Guadalupe Vega", 1, "advocate", kin=True, location="Pilsen (West 21st Place)",
      title="Retired; ran the tamal cart on 18th Street with Papá for thirty years", how_met="Mamá",
      birthday="1958-12-12",
      dates=[("papa-died", "Papá died (2021)", "2021-03-08")],
      notes="67. Type 2 diabetes since 2013, on insulin since last summer, and she still sneaks pan dulce. A sore on "
            "her left foot got infected; Rubén found her with a fever on 16 February and she was in Mount Sinai for "
            "five days. Home since the 21st with IV antibiotics through a line in her arm and Irma, a home-health "
            "nurse, every morning. The wound clinic at Mount Sinai sees her on Monday 9 March at 9.30 and decides "
            "whether the toe can be saved; I promised to take her. Papá died five years ago on 8 March: the "
            "anniversary Mass is at St. Pius V on Sunday the 8th at 11, then comida at hers with Rafa, Rubén and all "
            "the kids. Rubén lives upstairs in the two-flat.",
      rhythm=[(4, H, "2026-02-14", ["meal", "call", "activity", "call"]),
              (1, "2026-02-22", "2026-03-01", ["activity", "call", "meal"])],
      extra=[(HOSP, "activity", "Outing: took Mamá to the emergency room at Mount Sinai; they admitted her", 360),
             ("2026-02-17", "activity", "Outing: sat with Mamá at Mount Sinai; IV antibiotics, and they're watching "
              "the toe", 180),
             ("2026-02-18", "activity", "Outing: Mount Sinai before service; the fever's down", 90),
             ("2026-02-19", "activity", "Outing: Mount Sinai; the foot surgeon says wait and see", 120),
             ("2026-02-20", "call", "Call: she wants to go home; they say tomorrow", 15),
             ("2026-02-21", "activity", "Outing: brought Mamá home from Mount Sinai; Irma's first visit", 240)],
      talk=["her sugars", "her foot", "Papá's Mass", "Luz", "Rubén's exam", "the novela", "her insulin",
            "what she's allowed to eat", "Tía Chayo", "the mole for Sunday", "the Logan Square opening"])
    P("rafa", "Rafael Vega", 2, "advocate", kin=True, location="Berwyn", company="CTA",
      title="Bus operator, Archer garage", how_met="My big brother", birthday="1982-03-12",
      interests={"diabetes-care": 0.7},
      notes="Turns 44 on Thursday 12 March. Drives the 62 Archer, early runs; does Mamá's mornings before his shift "
            "when Irma can't. Married to Yesenia; three kids: Adrián (19, at Washburne like I was), Marisa (15) and "
            "Leo (9). He and I split Mamá's bills; he thinks I've taken on too much with Logan Square and says so.",
      rhythm=[(7, H, "2026-02-28", ["call", "meal", "message"])],
      talk=["Mamá's sugars", "who takes Mamá to which appointment", "the Sox", "his kids", "Papá's Mass",
            "the build-out", "his route", "Adrián at Washburne", "Mamá's bills"])
    P("ruben", "Rubén Vega", 2, "advocate", kin=True, location="Pilsen (upstairs at Mamá's)",
      company="Lakeside Ambulance", title="EMT; nursing graduate, Malcolm X College", how_met="My little brother",
      birthday="1991-09-04", interests={"diabetes-care": 0.8},
      notes="34. Went back to school at thirty: four years of nursing school at night at Malcolm X College while "
            "working ambulance shifts, and graduated in December. Sits the NCLEX, the nursing licence exam, on "
            "Thursday 5 March. Lives upstairs at Mamá's and checks her sugars at night; he's the one who found her "
            "with the fever. I paid for his review course.",
      rhythm=[(5, H, "2026-03-01", ["call", "meal", "message", "activity"])],
      talk=["the NCLEX", "Mamá's sugars", "his ambulance shifts", "his girlfriend Dani", "the Bulls",
            "nursing school", "Mamá's foot", "the jobs he'll apply for", "Papá"])
    P("yesenia", "Yesenia Vega", 4, "friend", kin=True, location="Berwyn", company="Esperanza Health Centers",
      title="Medical assistant", how_met="Rafa's wife", birthday="1983-11-02",
      rhythm=[(30, H, "2026-02-22", ["message", "meal", "call"])],
      talk=["Marisa's quinceañera plans", "Mamá's insulin", "the kids", "Sunday comida"])
    P("adrian", "Adrián Vega", 4, "friend", kin=True, location="Berwyn",
      company="Washburne Culinary & Hospitality Institute", title="Culinary student; Saturday brunch cook at Comal",
      how_met="Rafa's son; my nephew", birthday="2006-06-30",
      notes="19. Wants to cook at Logan Square this summer.",
      rhythm=[(7, "2025-01-11", "2026-02-28", ["meeting", "message"])],
      talk=["his knife skills", "brunch prep", "Washburne", "the chilaquiles", "his instructors",
            "cooking at Logan Square this summer"])
    P("carmen", "Carmen Reyes", 3, "friend", kin=True, location="Little Village", title="Retired seamstress",
      how_met="Tomás's mom", birthday="1957-08-15",
      notes="Has Luz on Wednesday and Friday afternoons.",
      rhythm=[(10, H, "2026-02-26", ["meal", "call", "message"])],
      talk=["Luz", "her church group", "her garden", "Tomás", "her blood pressure", "Luz's dance costume"])
    P("chayo", "Rosario Vega", 3, "advocate", kin=True, location="Ocotlán de Morelos, Oaxaca",
      title="Cook; runs a comedor in the Friday market", how_met="Papá's sister, my Tía Chayo; I lived with her in "
      "Ocotlán for two years", met_on="2009-09-01", birthday="1955-04-22",
      notes="Sends chilhuacles and Ocotlán chocolate every December for the Christmas moles. Rings Mamá every Sunday.",
      rhythm=[(14, H, "2026-02-24", ["video", "message", "call"])],
      talk=["Mamá's health", "the Friday market", "the chilhuacle harvest", "Papá", "her grandchildren",
            "the mole for Papá's Mass", "when I'll come to Oaxaca"])

    # --- friends ---
    P("yoli", "Yolanda Ávila", 1, "advocate", company="Mount Sinai Hospital", title="Labor and delivery nurse",
      location="Pilsen", how_met="Benito Juárez High School; best friends since freshman year", met_on="2001-09-04",
      birthday="1987-03-03",
      notes="Turns 39 on Tuesday 3 March. We walk round Harrison Park on Monday mornings, my one free morning. She "
            "came down to Mamá's room on her breaks all the week Mamá was in Mount Sinai, and had Luz after school.",
      rhythm=[(5, H, "2026-03-01", ["call", "activity", "meal", "message"])],
      talk=["a walk round Harrison Park", "her night shifts", "her son's baseball", "Mamá", "the build-out",
            "whether I'm doing too much", "her divorce", "the old days at Juárez"])
    P("marta", "Marta Jiménez", 4, "friend", company="Salón Marta", title="Hairdresser and salon owner",
      location="Pilsen", how_met="Her daughter Ximena is Luz's best friend; we share the folklórico runs",
      met_on="2021-09-01",
      rhythm=[(14, H, "2026-02-25", ["message", "activity", "coffee"])],
      talk=["the folklórico runs", "the girls' costumes", "the showcase", "her salon", "a sleepover"])

    # --- Comal, Pilsen: the kitchen and the floor ---
    P("karla", "Karla Méndez", 1, "advocate", company="Comal", title="Sous chef; chef de cuisine of Comal Pilsen "
      "from April", location="Little Village", how_met="Came to Comal as a line cook the month we opened",
      met_on="2019-10-01", interests={"kitchen-leadership": 0.9},
      notes="31. Runs the line better than I do. From April she's chef de cuisine at Pilsen while I open Logan "
            "Square; I promised we'd sit down and settle her salary, her days off and her share of Pilsen's profits "
            "by Friday 13 March. Ran the kitchen on her own the week Mamá was in hospital. Her son Mateo is 7.",
      rhythm=[(4, H, "2026-02-28", ["meeting", "meeting", "message", "call"])],
      talk=["the mole negro batch", "the weekend prep list", "the Logan Square menu", "a cook who didn't show",
            "her chef de cuisine job", "the produce order", "Mateo's soccer", "the brunch menu", "food costs",
            "the new tlayuda"])
    P("rosa", "Rosa Hernández", 2, "ally", company="Comal", title="General manager", location="Pilsen",
      how_met="Ran the floor at Comal since the week we opened", met_on="2019-09-20", birthday="1979-03-09",
      interests={"kitchen-hiring": 0.7},
      notes="Turns 47 on Monday 9 March. Running the sous chef hiring with me, and Logan Square's front of house too "
            "until we find a manager. Her daughter's quinceañera is in June.",
      rhythm=[(5, H, "2026-02-28", ["meeting", "message", "call"])],
      talk=["the reservations book", "the sous chef ad", "the server schedule", "the Beard semifinal rush",
            "payroll", "the Logan Square floor plan", "her daughter's quinceañera", "a one-star review",
            "the private-dining requests"])
    P("efrain", "Efraín Cruz", 3, "friend", company="Comal", title="Line cook (the comal and the grill)",
      location="Little Village", how_met="Has worked the comal station since we opened", met_on="2019-10-01",
      notes="44; from San Martín Texmelucan, Puebla; came in 2006 and hasn't been able to go home since. Wife "
            "Maribel, three kids. His mother, Doña Felicitas, 79, has been in hospital in Puebla with kidney failure "
            "since the middle of February; his sisters are with her and he rings every night after service. I "
            "advanced him two weeks' pay for her hospital bills.",
      rhythm=[(7, H, "2026-02-28", ["meeting", "message"])],
      extra=[("2026-02-18", "meeting", "Meeting: his mother's in hospital in Puebla; advanced him two weeks' pay", 20)],
      talk=["the comal station", "his kids", "his mother in Puebla", "the tlayudas", "his overtime",
            "Sunday soccer in Douglas Park", "the memelas"])
    P("aurelio", "Aurelio Santos", 4, "friend", company="Comal", title="Dishwasher and prep cook",
      location="Little Village", how_met="Walked in asking for work the week we opened", met_on="2019-10-08",
      notes="56; from San Juan Mixtepec in the Mixteca; speaks Mixteco and Spanish. Started English classes at "
            "Instituto del Progreso Latino in January, Tuesday and Thursday mornings, which I pay for. His level "
            "exam is Tuesday 10 March and he's nervous about the speaking part; I promised to practise with him "
            "before Saturday's service on the 7th. His daughter Nayeli is at university in Oaxaca.",
      rhythm=[(10, H, "2026-02-27", ["meeting", "meeting"])],
      extra=[("2026-01-12", "meeting", "Meeting: he wants to learn English; I'll pay for the classes", 20)],
      talk=["his English class", "Nayeli at university", "the dish machine", "the Mixteco names for the herbs",
            "the bus from Little Village", "the prep for the moles"])
    P("patricia", "Patricia Lugo", 5, "acquaintance", company="Instituto del Progreso Latino",
      title="Adult ESL teacher", location="Pilsen", how_met="Aurelio's English teacher; met her when I enrolled him",
      met_on="2026-01-12", interests={"adult-esl": 1.0},
      extra=[("2026-01-12", "meeting", "Meeting: enrolled Aurelio in her Tuesday and Thursday class", 30),
             ("2026-02-19", "email", "Email: Aurelio is doing well; the level exam is on 10 March")])
    P("gaby", "Gabriela Morales", 3, "friend", company="Comal", title="Bar manager", location="Logan Square",
      how_met="Came to Comal as a server in 2020; built our mezcal list", met_on="2020-06-15",
      interests={"mezcal": 0.9},
      notes="Building the mezcal bar for Logan Square; lives four blocks from the new place.",
      rhythm=[(7, H, "2026-02-27", ["meeting", "message"])],
      talk=["the mezcal list", "the Logan Square bar", "Lalo's new bottles", "the cocktail menu", "the bar stools",
            "her bartending shifts"])

    # --- Logan Square: the build-out, the bank, the landlord, the ward ---
    P("hector", "Héctor Villanueva", 3, "ally", company="Villanueva Builders", title="General contractor",
      location="Cicero", how_met="Built Victor's second taquería; Victor sent him", met_on="2025-08-12",
      expertise=["restaurant-construction"], interests={"restaurant-opening": 0.6},
      notes="Doing the Logan Square build-out on a $540,000 contract. About five weeks behind: Peoples Gas said in "
            "January the service had to be upsized for the kitchen, and the new gas line took a month and the "
            "contingency. The city's rough-in inspection of the plumbing and electrical is Wednesday 11 March; the "
            "final inspection is pencilled for 22 April, and we want to open on Friday 15 May.",
      rhythm=[(6, "2025-08-12", "2026-02-27", ["meeting", "call", "message"])],
      talk=["the gas line", "the hood", "the grease trap", "the permit drawings", "the schedule", "a change order",
            "the walk-in", "the dining-room floor", "the bar top", "the dish pit"])
    P("diane", "Diane Kowalski", 5, "acquaintance", power=True, company="Second City Community Bank",
      title="SBA lending officer", location="Archer Heights, Chicago", how_met="Our SBA lender; Marco sent me to her",
      met_on="2025-08-20", expertise=["small-business-lending"], interests={"small-business-lending": 1.0},
      notes="The SBA 7(a) loan for Logan Square: $650,000 over ten years, closed on 8 January and paid out in draws "
            "against Héctor's invoices. The gas line ate the contingency; she needs the revised budget and the "
            "signed change order before she releases the next draw.",
      rhythm=[(30, "2025-08-20", "2026-01-30", ["email", "meeting", "call"])],
      extra=[("2026-02-25", "call", "Call: no next draw until she has the revised budget and the change order", 20)],
      talk=["the loan application", "the projections", "the appraisal", "the draw schedule", "the closing"])
    P("teresa", "Teresa Nowak", 5, "acquaintance", title="Landlord; retired pharmacist", location="Park Ridge",
      how_met="Her father's bakery was in the Milwaukee Avenue space for forty-one years; I walked through it with "
      "her in September 2025", met_on="2025-09-06",
      notes="Ten-year lease from 1 January 2026. She gave us the first four months rent-free for the build-out, and "
            "two more when the gas line held us up. She wants to approve the sign for the front, which keeps the old "
            "'Nowak' tile in the doorway, before Héctor files for the sign permit. Gave me her father's wooden bread "
            "peel; it will hang over the pass.",
      rhythm=[(30, "2025-09-06", "2026-01-30", ["meeting", "call", "email"])],
      extra=[("2026-02-20", "call", "Call: she'll give us two more months rent-free for the delay", 20)],
      talk=["the lease", "her father's bakery", "the roof", "the sign", "the old ovens", "the parking"])
    P("julia", "Julia Cárdenas", 5, "acquaintance", power=True, company="35th Ward office", title="Chief of staff",
      location="Logan Square", how_met="The ward's community meeting on our liquor licence", met_on="2026-01-27",
      notes="Our stretch of Milwaukee has a liquor moratorium; she walked me through lifting it for our address and "
            "got the ward's letter of support out in a week.",
      extra=[("2026-01-27", "event", "At an event: the ward's community meeting on our liquor licence", 120),
             ("2026-02-05", "meeting", "Meeting: at the ward office; what lifting the moratorium takes", 45),
             ("2026-02-24", "email", "Email: the ward's letter of support, a week after we asked")])
    P("andrea", "Andrea Solís", 5, "acquaintance", company="Solís Law", title="Attorney (commercial leases)",
      location="Pilsen", how_met="Reviewed the Milwaukee Avenue lease", met_on="2025-10-20",
      expertise=["commercial-leases"],
      extra=[("2025-10-20", "meeting", "Meeting: went through Teresa's draft lease", 90),
             ("2025-11-18", "call", "Call: the personal guarantee and the exclusive-use clause", 30)])
    P("marco", "Marco Ruiz", 4, "ally", company="Ruiz & Associates", title="CPA", location="Pilsen",
      how_met="Comal's accountant since we opened", met_on="2019-07-01", expertise=["restaurant-accounting"],
      rhythm=[(30, H, "2026-02-20", ["meeting", "email", "call"])],
      talk=["the quarterly taxes", "food and labour costs", "the SBA projections", "Logan Square's opening budget",
            "payroll", "the sales-tax filing", "the investors' update"])
    P("ramon", "Ramón Iturbe", 4, "ally", power=True, company="Iturbe Family Dental", title="Dentist",
      location="Pilsen (18th Street)", how_met="A regular since our first month; the corner table every Friday",
      met_on="2019-10-11",
      notes="Put $75,000 into Logan Square as one of our five friends-and-family investors.",
      rhythm=[(14, H, "2026-02-27", ["meal", "message"])],
      talk=["his Friday table", "the investors' update", "his daughter at dental school", "the Sox", "the mole",
            "the build-out"])
    P("joaquin", "Joaquín Estrada", 5, "acquaintance", company="Vaca (Fulton Market)", title="Sous chef",
      location="Back of the Yards", how_met="Applied for the Logan Square sous chef job; Victor sent him",
      met_on="2026-02-11", interests={"kitchen-leadership": 0.6},
      notes="29; grew up in Back of the Yards; eight years in fine dining, and wants to cook his own food. Coming to "
            "stage on Friday 6 March: prep in the afternoon, the line through service. I promised to send him the "
            "prep list and the dishes by Thursday.",
      extra=[("2026-02-11", "email", "Email: his application, with a note from Victor"),
             ("2026-02-17", "call", "Call: a first talk; he wants to cook his own food", 30),
             ("2026-02-24", "coffee", "Coffee: at Comal; invited him to stage on Friday 6 March", 60)])
    P("sofia", "Sofía Navarro", 5, "acquaintance", company="Logan Square Chamber of Commerce",
      title="Executive director", location="Logan Square", how_met="Welcomed me to Logan Square",
      met_on="2026-01-14",
      extra=[("2026-01-14", "coffee", "Coffee: welcome to Logan Square; the Chamber's restaurant week in June", 45),
             ("2026-02-19", "email", "Email: the Chamber's new-business breakfast")])
    P("analucia", "Ana Lucía Fuentes", 5, "acquaintance", company="Parrilla Fuentes", title="Chef-owner",
      location="Logan Square (Milwaukee Avenue)", how_met="Our new neighbour three doors down on Milwaukee",
      met_on="2026-01-22",
      extra=[("2026-01-22", "meeting", "Meeting: came by the site with empanadas for Héctor's crew", 20)])

    # --- the magazine ---
    P("natalia", "Natalia Ibarra", 5, "acquaintance", power=True, company="Chicago magazine",
      title="Senior food writer", location="Chicago", how_met="Wrote about Comal when we opened in 2019",
      met_on="2019-11-14",
      notes="Writing a feature for the April issue on the second Comal, and on Papá's tamal cart where it all "
            "started. The photo shoot is Tuesday 10 March, when we're closed; she asked for Mamá's mole story and "
            "the old family photos by Friday 6 March.",
      extra=[("2019-11-14", "meeting", "Meeting: her first piece on Comal", 90),
             ("2026-01-29", "email", "Email: she wants to write about the second Comal for the April issue"),
             ("2026-02-12", "meeting", "Meeting: the interview, two hours at Comal", 120),
             ("2026-02-25", "email", "Email: the shoot is on 10 March; could I send the family photos by the 6th")])

    # --- suppliers ---
    P("paloma", "Paloma Reyna", 3, "ally", company="Molino Azul", title="Founder and miller",
      location="Little Village (26th Street)", how_met="Has milled Comal's masa since 2021", met_on="2021-03-15",
      interests={"masa": 1.0, "heirloom-corn": 1.0},
      notes="Stone-grinds nixtamal from heirloom corn she buys straight from farmers in the Mixteca, and from "
            "Araceli. Logan Square doubles our order; she needs a year's commitment on volume before she buys a "
            "second mill. Up for the Chicago Food Equity Fund's prize; the winner is announced on 4 March.",
      rhythm=[(10, H, "2026-02-25", ["meeting", "call", "message"])],
      talk=["the masa order", "the bolita corn from the Mixteca", "a second mill", "Logan Square's volumes",
            "the nixtamal", "her farmers in Oaxaca", "the prize", "the blue corn for the memelas"])
    P("araceli", "Araceli Torres", 4, "friend", company="Milpa Farm", title="Farmer",
      location="near Momence, Kankakee County", how_met="Met at Green City Market in 2023; grows our chiles, "
      "quelites and squash blossoms", met_on="2023-06-10", interests={"heirloom-corn": 0.8},
      notes="She and Memo farm twelve acres. Their first baby was due at the end of February. Starting the chile "
            "seedlings in the greenhouse now for the Logan Square order.",
      rhythm=[(21, H, "2026-02-19", ["call", "meeting", "message"])],
      talk=["the squash blossoms", "the chile order", "the quelites", "the baby", "the greenhouse",
            "the farmers' market", "Logan Square's order"])
    P("lalo", "Eduardo Pineda", 4, "friend", company="Espíritu de Oaxaca Imports", title="Founder; mezcal importer",
      location="Pilsen", how_met="Lalo to everyone; brought his first mezcals to Comal's bar in 2020",
      met_on="2020-08-15", interests={"mezcal": 1.0},
      need=("lalo-distributor", "spirits-distributor",
            "Needs an Illinois distributor for two small-batch mezcals from Sola de Vega he's bringing in this "
            "spring; his current distributor only wants the big brands", "2026-01-19"),
      notes="We've talked about a mezcal dinner with his producers at Logan Square after the opening; I said we'd "
            "plan it in April.",
      rhythm=[(21, H, "2026-02-18", ["meeting", "call", "message"])],
      extra=[("2026-01-19", "call", "Call: his distributor won't take the two little mezcals from Sola de Vega", 20)],
      talk=["the new mezcals from Sola de Vega", "the Logan Square mezcal list", "his distributor",
            "his trip to Oaxaca", "a mezcal dinner", "the price of espadín"])
    P("kevin", "Kevin Doyle", 5, "acquaintance", company="Calumet Wine & Spirits",
      title="Sales rep, agave and craft spirits", location="Chicago", how_met="Our spirits rep since 2022",
      met_on="2022-05-02", interests={"mezcal": 0.8},
      offer=("kevin-agave", "spirits-distributor",
             "Building a craft agave portfolio at Calumet and looking for small mezcal and raicilla producers to "
             "take on", "2026-02-02"),
      rhythm=[(30, H, "2026-01-20", ["meeting", "email"])],
      extra=[("2026-02-02", "meeting", "Meeting: the spring order; he's building a craft agave book and wants small "
              "producers", 30)],
      talk=["the spring order", "the tequila prices", "the Logan Square opening order", "the bar's back list"])

    # --- my mentor and the chefs ---
    P("lola", "Dolores Castañeda", 3, "advocate", company="Washburne Culinary & Hospitality Institute",
      title="Chef instructor (retired 2020)", location="Pilsen",
      how_met="My chef instructor at Washburne, 2006–07; Chef Lola to everyone", met_on="2006-08-28",
      birthday="1952-05-05", interests={"kitchen-leadership": 0.6},
      notes="73. Her first cookbook, Cocina de la Dieciocho (forty years of Mexican home cooking in Chicago), comes "
            "out on Tuesday 10 March. The launch party is at the National Museum of Mexican Art on Thursday 12 "
            "March, and I promised the tamales: two hundred, mole negro and rajas. Wrote a letter for my SBA "
            "application.",
      rhythm=[(30, H, "2026-02-22", ["call", "meal", "coffee"])],
      talk=["her cookbook", "Washburne", "the Beard semifinal", "the second restaurant", "her knees",
            "her grandchildren", "the old days in the Washburne kitchen", "Karla", "the launch party"])
    P("beto", "Alberto Sandoval", 3, "ally", company="Maíz y Mar (closed February)", title="Chef",
      location="Brighton Park", how_met="My first sous chef at Comal, 2019–2023", met_on="2019-08-01",
      need=("beto-popup", "pop-up-kitchen",
            "Wants a kitchen two nights a week to run pop-ups of his Jalisco birria and tortas ahogadas while he "
            "looks for his next chef job", "2026-02-26"),
      notes="Left Comal in May 2023 to run the kitchen at Maíz y Mar in the West Loop. The owners closed it without "
            "warning on 23 February, owing the staff a week's pay. Wife Lorena, two girls. Proud. Has an interview "
            "for the chef's job at a new hotel in the South Loop on Monday 9 March.",
      rhythm=[(21, H, "2026-02-10", ["message", "meal", "call"])],
      extra=[("2026-02-23", "call", "Call: Maíz y Mar closed this morning without warning; the whole kitchen's out",
              30),
             ("2026-02-26", "coffee", "Coffee: at Comal; he wants to run pop-ups while he looks; I'll write him a "
              "reference", 60)],
      talk=["Maíz y Mar", "his girls", "the West Loop", "his birria", "the old days at Comal", "his owners"])
    P("citlali", "Citlali Ruiz", 4, "friend", company="Panadería Concha Linda", title="Baker and owner",
      location="Little Village (26th Street)", how_met="Comal's pastry cook, 2020–2024", met_on="2020-01-15",
      notes="Left in 2024 to open her own panadería; I helped her cost the menu and lent her our mixer for test "
            "bakes. It opened on Valentine's Day; I haven't been yet.",
      rhythm=[(30, H, "2026-01-31", ["message", "coffee", "call"])],
      extra=[("2026-02-10", "message", "Messages: the panadería opens on Valentine's Day; come by")],
      talk=["the panadería", "her conchas", "the lease on 26th Street", "her oven", "the opening"])
    P("jaime", "Jaime Carrillo", 4, "friend", company="Mariscos El Puerto", title="Chef-owner",
      location="Pilsen (18th Street)", how_met="The mariscos place two blocks down 18th Street; we lend each other "
      "everything", met_on="2019-09-01",
      offer=("jaime-kitchen", "pop-up-kitchen",
             "Mariscos El Puerto is closed Mondays and Tuesdays; he'd rent the kitchen to a chef for pop-ups on those "
             "nights", "2026-01-20"),
      rhythm=[(21, H, "2026-02-20", ["coffee", "message", "event"])],
      extra=[("2025-08-09", "call", "Call: our walk-in died on a Saturday; he's lending us his", 10),
             ("2026-01-20", "coffee", "Coffee: he'd rent his kitchen to a chef for pop-ups on Mondays and Tuesdays",
              30)],
      talk=["the 18th Street rents", "the aguachile", "his walk-in", "the Pilsen chefs' softball", "the parking",
            "the new taquería on Blue Island"])
    P("chela", "Graciela Ortiz", 4, "friend", company="Panadería La Central", title="Baker and owner",
      location="Pilsen (18th Street)", how_met="Doña Chela, next door to Comal; has known me since I bought conchas "
      "with Papá", met_on="1993-06-01",
      notes="72; her bakery has been on 18th Street since 1981. Sent pan dulce and a pot of caldo to Mamá's every day "
            "she was in hospital.",
      rhythm=[(10, H, "2026-02-26", ["coffee", "message"])],
      talk=["Mamá", "the rosca orders", "18th Street", "her grandson", "Papá's cart", "the rent"])
    P("victor", "Victor Huerta", 4, "friend", company="Taquería Huerta", title="Chef-owner (Bridgeport and Avondale)",
      location="Bridgeport", how_met="Washburne, class of 2007", met_on="2006-08-28",
      interests={"restaurant-opening": 0.9}, expertise=["restaurant-opening"],
      notes="Opened his second taquería, in Avondale, in 2022 with Héctor as his builder; walked me through his "
            "numbers in October. Sent me Joaquín.",
      rhythm=[(45, H, "2026-02-10", ["message", "call", "meal"])],
      extra=[("2025-10-22", "meal", "Dinner: at his Avondale taquería; his second-location numbers line by line",
              150)],
      talk=["his second taquería", "Washburne days", "the Beard semifinal", "hiring cooks", "his kids"])

    # --- the neighbourhood: community groups and the parish ---
    P("monica", "Mónica Salinas", 4, "ally", company="Casa del Barrio", title="Executive director",
      location="Pilsen (Cermak Road)", how_met="Comal cooks Casa del Barrio's Día de Muertos dinner every year",
      met_on="2019-10-20", interests={"folklorico": 0.6, "adult-esl": 0.5},
      offer=("monica-room", "rehearsal-space",
             "Casa del Barrio's new community room on Cermak has a sprung floor and is free on Tuesday and Thursday "
             "evenings", "2025-11-10"),
      rhythm=[(30, H, "2026-02-12", ["meeting", "email", "event"])],
      extra=[("2025-11-10", "event", "At an event: the opening of Casa del Barrio's new community room on Cermak",
              120)],
      talk=["the Día de Muertos dinner", "the youth programme", "the new community room", "the grant reports",
            "the food pantry"])
    P("alma", "Alma Rosales", 4, "friend", company="Ballet Folklórico Quetzalli", title="Director and teacher",
      location="Pilsen", how_met="Luz's folklórico teacher since 2021", met_on="2021-09-01",
      interests={"folklorico": 1.0},
      need=("alma-room", "rehearsal-space",
            "The parish hall at St. Pius V closes for renovation after the spring showcase; needs a room for forty "
            "dancers on Tuesday and Thursday evenings from 17 March", "2026-02-09"),
      notes="The spring showcase is Saturday 14 March at Benito Juárez; Luz dances in the Jalisco and Veracruz "
            "suites. I catered their fundraiser at cost in November.",
      rhythm=[(21, H, "2026-02-21", ["message", "event", "call"])],
      extra=[("2026-02-09", "call", "Call: the parish hall closes for renovation after the showcase; nowhere to "
              "rehearse", 15)],
      talk=["Luz's dancing", "the costumes", "the showcase", "the Veracruz suite", "the fundraiser"])
    P("arturo", "Arturo Sierra", 5, "friend", company="St. Pius V Parish", title="Pastor", location="Pilsen",
      how_met="Father Arturo, our parish priest; said Papá's funeral Mass", met_on="2016-09-01",
      notes="Says Papá's anniversary Mass on Sunday 8 March at 11.",
      rhythm=[(45, H, "2026-02-01", ["event", "message"])],
      talk=["Sunday Mass", "Papá's anniversary Mass", "the parish hall renovation", "the food pantry"])
    P("irma", "Irma Delgado", 5, "acquaintance", company="Alivio Home Health", title="Home-health nurse (RN)",
      location="Pilsen", how_met="Comes every morning to do Mamá's IV antibiotics and dress her foot",
      met_on="2026-02-21",
      extra=[("2026-02-21", "meeting", "Meeting: her first visit to Mamá; the IV line and the dressing", 45),
             ("2026-02-26", "call", "Call: the wound looks cleaner; the clinic decides on the 9th", 10)])

    # --- people I was once close to ---
    P("eufrosina", "Eufrosina López", 5, "advocate", peak=2, title="Cocinera tradicional",
      location="Teotitlán del Valle, Oaxaca", how_met="Taught me mole in her kitchen, 2009–2011", met_on="2009-11-01",
      extra=[("2011-08-20", "meal", "Dinner: her goodbye comida before I left for New York", 300),
             ("2019-10-05", "call", "Call: she rang the day after Comal opened", 15)])
    P("leonel", "Leonel Ramírez", 5, "friend", peak=3, company="Casa Jacinta", title="Chef-owner",
      location="Oaxaca city", how_met="My first chef in Oaxaca; I cooked on his line 2009–2011", met_on="2009-10-01",
      extra=[("2011-08-12", "event", "At an event: my last night on his line at Casa Jacinta", 300),
             ("2017-02-20", "message", "Messages: he's opened a second Casa Jacinta")])
    P("ines", "Inés Quintero", 5, "friend", peak=2, title="Chef", location="Brooklyn, New York",
      how_met="We cooked side by side at Maizal in the East Village, 2011–2014, and shared a flat in Bushwick",
      met_on="2011-09-06",
      extra=[("2014-05-30", "meal", "Dinner: my going-away dinner in Bushwick", 240),
             ("2019-10-05", "message", "Messages: congratulations on Comal"),
             ("2021-03-12", "message", "Messages: she'd heard about Papá")])
    P("sarah", "Sarah Goldberg", 5, "advocate", peak=3, company="Maizal (closed 2020)", title="Chef",
      location="New York", how_met="My chef at Maizal in the East Village; made me her sous chef in 2013",
      met_on="2011-09-06",
      extra=[("2014-05-28", "meal", "Dinner: she took me out the week I left Maizal", 150),
             ("2020-06-15", "message", "Messages: she closed Maizal in the pandemic")])

    # group contacts
    b.add("2025-12-24", "meal", ["tomas", "lupe", "rafa", "yesenia", "ruben", "adrian", "carmen"],
          "Dinner: Nochebuena at Mamá's; tamales, ponche and the whole family", 360, "mutual")
    b.add("2025-11-02", "activity", ["lupe", "rafa", "ruben", "tomas"],
          "Outing: Día de Muertos at Resurrection Cemetery; cempasúchil on Papá's grave", 180, "mutual")
    b.add("2025-10-04", "event", ["karla", "rosa", "efrain", "aurelio", "gaby", "lola", "chela", "jaime", "citlali",
                                  "victor"],
          "At an event: Comal's sixth birthday party, out on 18th Street", 300, "mutual")
    b.add("2026-01-21", "event", ["karla", "rosa", "efrain", "aurelio", "gaby", "adrian"],
          "At an event: staff meal the night Comal was named a James Beard semifinalist", 90, "mutual")
    b.add("2025-12-15", "meeting", ["teresa", "andrea", "hector"], "Meeting: signed the Milwaukee Avenue lease", 90,
          "mutual")
    b.add("2026-01-08", "meeting", ["diane", "marco"], "Meeting: closed the SBA loan at Second City Community Bank",
          120, "mutual")
    b.add("2026-02-12", "meeting", ["hector", "diane"],
          "Meeting: the bank's site visit; the gas line has eaten the contingency", 60, "mutual")
    b.add("2025-07-26", "event", ["monica", "jaime", "marta"],
          "At an event: Fiesta del Sol on Cermak; Comal's tamal stand", 480, "mutual")
    b.add("2025-08-23", "activity", ["paloma", "araceli"],
          "Outing: drove down to Milpa Farm with Paloma to see Araceli's corn", 480, "mutual")
    b.add("2026-02-10", "meeting", ["rosa", "karla"], "Meeting: wrote the Logan Square sous chef ad", 60, "mutual")
    b.add("2025-11-22", "event", ["alma", "marta", "tomas"],
          "At an event: Quetzalli's fundraiser dinner; Comal cooked", 240, "mutual")
    b.add("2026-01-31", "meeting", ["gaby", "lalo"], "Meeting: tasting mezcals for the Logan Square bar", 120,
          "mutual")

    # life events
    b.event("ev-ines-job", "ines", "2026-02-05", "new_job",
            "Named executive chef of Ofrenda, a new Oaxacan restaurant in Sunset Park, Brooklyn")
    b.event("ev-citlali-bakery", "citlali", "2026-02-14", "launch",
            "Opened Panadería Concha Linda on 26th Street in Little Village")
    b.event("ev-araceli-baby", "araceli", "2026-02-26", "baby",
            "Araceli and Memo's daughter, Itzel, was born at Riverside Medical Center in Kankakee")
    b.event("ev-paloma-prize", "paloma", "2026-03-04", "award",
            "Molino Azul won the Chicago Food Equity Fund's $100,000 prize for its work with corn farmers in the "
            "Mixteca")
    b.event("ev-ruben-nclex", "ruben", "2026-03-07", "graduation",
            "Passed the NCLEX: a registered nurse, after four years of nursing school at night")
    b.event("ev-lola-book", "lola", "2026-03-10", "launch",
            "Her cookbook, Cocina de la Dieciocho, is published; the launch party is at the National Museum of "
            "Mexican Art on Thursday 12 March")
    b.event("ev-lupe-foot", "lupe", HOSP, "illness",
            "Admitted to Mount Sinai with an infected diabetic foot ulcer; home on 21 February with IV antibiotics "
            "and a nurse every morning")
    b.event("ev-beto-closed", "beto", "2026-02-23", "job_loss",
            "Maíz y Mar closed without warning; he and the whole kitchen are out of work, owed a week's pay")
    b.event("ev-efrain-mother", "efrain", "2026-03-06", "bereavement",
            "His mother, Doña Felicitas, died in hospital in Puebla; the funeral is in San Martín Texmelucan on "
            "Wednesday 11 March, and he can't go home for it")
    b.event("ev-lupe-diabetes", "lupe", "2013-05-20", "illness", "Diagnosed with type 2 diabetes")
    b.event("ev-beto-job", "beto", "2023-05-15", "new_job", "Left Comal to run the kitchen at Maíz y Mar")
    b.event("ev-victor-second", "victor", "2022-06-10", "launch", "Opened his second taquería, in Avondale")
    b.event("ev-ruben-graduation", "ruben", "2025-12-12", "graduation",
            "Graduated in nursing from Malcolm X College")

    # favors
    b.favor("fv-teresa-rent", "teresa", "me", "2026-02-20", "favor",
            "Gave us two more months rent-free when the gas line held up the build-out")
    b.favor("fv-julia-letter", "julia", "me", "2026-02-24", "favor",
            "Walked me through the liquor moratorium and got the ward's letter of support out in a week")
    b.favor("fv-chela-caldo", "chela", "me", "2026-02-21", "gift",
            "Sent pan dulce and caldo de pollo to Mamá's every day she was in hospital")
    b.favor("fv-yoli-luz", "yoli", "me", "2026-02-20", "favor",
            "Had Luz after school all week while I was at Mount Sinai with Mamá", "2026-02-22")
    b.favor("fv-karla-kitchen", "karla", "me", "2026-02-21", "favor",
            "Ran Comal's kitchen on her own the week Mamá was in hospital", "2026-02-22")
    b.favor("fv-jaime-walkin", "jaime", "me", "2025-08-09", "favor",
            "Lent us his walk-in the Saturday ours died", "2025-08-10")
    b.favor("fv-lola-letter", "lola", "me", "2025-11-14", "endorsement", "Wrote a letter for my SBA application",
            "2025-11-15")
    b.favor("fv-victor-numbers", "victor", "me", "2025-10-22", "advice",
            "Walked me through his second taquería's numbers and what he'd do differently", "2025-10-23")
    b.favor("fv-victor-joaquin", "victor", "me", "2026-02-11", "referral",
            "Sent me Joaquín for the Logan Square sous chef job", "2026-02-12")
    b.favor("fv-chayo-chiles", "chayo", "me", "2025-12-10", "gift",
            "Sent ten kilos of chilhuacles and Ocotlán chocolate for the Christmas moles", "2025-12-12")
    b.favor("fv-me-aurelio", "me", "aurelio", "2026-01-12", "favor",
            "Paying for his English classes at Instituto del Progreso Latino")
    b.favor("fv-me-beto", "me", "beto", "2026-02-27", "endorsement", "Wrote him a reference for chef jobs")
    b.favor("fv-me-efrain", "me", "efrain", "2026-02-18", "favor",
            "Advanced him two weeks' pay for his mother's hospital bills")
    b.favor("fv-me-citlali", "me", "citlali", "2025-11-05", "advice",
            "Helped her cost her menu and lent her Comal's mixer for test bakes")
    b.favor("fv-me-alma", "me", "alma", "2025-11-22", "favor", "Catered Quetzalli's fundraiser at cost")
    b.favor("fv-me-ruben", "me", "ruben", "2026-01-05", "gift", "Paid for his NCLEX review course")

    # follow-ups
    b.follow_up("fu-diane-budget", "diane", True,
                "Send Diane the revised build-out budget and the signed gas-line change order for the next draw",
                "2026-03-03")
    b.follow_up("fu-teresa-sign", "teresa", True,
                "Send Teresa the sign drawings for the Milwaukee Avenue front to approve before the sign permit",
                "2026-03-04")
    b.follow_up("fu-joaquin-prep", "joaquin", True,
                "Send Joaquín the prep list and the three dishes for his stage on Friday", "2026-03-05")
    b.follow_up("fu-natalia-photos", "natalia", True,
                "Send Natalia Mamá's mole story and the old photos of Papá's tamal cart for the feature",
                "2026-03-06")
    b.follow_up("fu-aurelio-practice", "aurelio", True,
                "Practise the speaking part of the English exam with Aurelio before Saturday service", "2026-03-07")
    b.follow_up("fu-lupe-clinic", "lupe", True, "Take Mamá to the wound clinic at Mount Sinai (9.30am)",
                "2026-03-09")
    b.follow_up("fu-lola-tamales", "lola", True,
                "Make two hundred tamales (mole negro and rajas) for Chef Lola's book party at the National Museum "
                "of Mexican Art", "2026-03-12")
    b.follow_up("fu-karla-terms", "karla", True,
                "Sit down with Karla and settle her chef de cuisine salary, days off and share of Pilsen's profits",
                "2026-03-13")
    b.follow_up("fu-ruben-nclex", "ruben", False, "Sits the NCLEX, the nursing licence exam", "2026-03-05")
    b.follow_up("fu-joaquin-stage", "joaquin", False,
                "His stage at Comal: afternoon prep, then the line through Friday service", "2026-03-06")
    b.follow_up("fu-beto-interview", "beto", False, "Interview for the chef's job at a new hotel in the South Loop",
                "2026-03-09")
    b.follow_up("fu-aurelio-exam", "aurelio", False, "His English level exam at Instituto del Progreso Latino",
                "2026-03-10")
    b.follow_up("fu-natalia-shoot", "natalia", False,
                "The photo shoot for the feature, at Comal and at the Logan Square site", "2026-03-10")
    b.follow_up("fu-hector-roughin", "hector", False,
                "The city's rough-in inspection of the plumbing and electrical at Milwaukee Avenue", "2026-03-11")
    b.follow_up("fu-tomas-showcase", "tomas", False,
                "Luz dances in Ballet Folklórico Quetzalli's spring showcase at Benito Juárez (6pm)", "2026-03-14")
    b.follow_up("fu-hector-final", "hector", False,
                "Final inspection at Milwaukee Avenue, for the certificate of occupancy", "2026-04-22")
    b.follow_up("fu-lalo-dinner", "lalo", True,
                "Plan the mezcal dinner with Lalo's producers at Logan Square", "2026-04-16")

    # goals
    b.goal("g-logan", "Open Comal Logan Square on 15 May, on budget", ["restaurant-opening", "small-business-lending"],
           1, ["hector", "diane", "teresa", "julia", "marco"])
    b.goal("g-kitchen", "Hire a sous chef for Logan Square and hand Pilsen's kitchen to Karla",
           ["kitchen-hiring", "kitchen-leadership"], 1, ["karla", "joaquin", "rosa", "lola"])
    b.goal("g-mama", "Get Mamá's foot healed and her sugars steady this spring, with Rafa and Rubén",
           ["diabetes-care"], 2, ["lupe", "rafa", "ruben", "irma"])

    # saved items
    b.item("it-sba-draws", "Construction draws on an SBA 7(a) loan: what your lender needs, and when",
           "https://example.org/sba-construction-draws", ["small-business-lending"], "2026-03-03")
    b.item("it-masa", "Heirloom corn and the new masa mills of the Midwest",
           "https://example.org/midwest-masa-mills", ["masa", "heirloom-corn"], "2026-03-04")
    b.item("it-second-restaurant", "The second restaurant: why chefs' expansions stumble, and the ones that didn't",
           "https://example.org/second-restaurant", ["restaurant-opening"], "2026-03-05")
    b.item("it-diabetic-foot", "Diabetic foot ulcers: what families can do at home",
           "https://example.org/diabetic-foot-care", ["diabetes-care"], "2026-03-06")
    b.item("it-mezcal", "Sola de Vega's small mezcal makers and the families behind them",
           "https://example.org/sola-de-vega-mezcal", ["mezcal"], "2026-03-09")
    b.item("it-esl", "English on the job: adult ESL classes built around restaurant shifts",
           "https://example.org/esl-restaurant-workers", ["adult-esl"], "2026-03-11")
    b.item("it-sous-chef", "What a great sous chef does that the chef never sees",
           "https://example.org/great-sous-chefs", ["kitchen-leadership"], "2026-03-12")
    b.item("it-folklorico", "Chicago's ballet folklórico companies and the children keeping the dances alive",
           "https://example.org/chicago-folklorico", ["folklorico"], "2026-01-30")
    return b


def engineer():
    b = Book("engineer", seed=83117)
    H = "2024-10-12"  # history starts: the Saturday Kojo's family came to knock for Esi
    OP = "2026-02-17"  # Dad's knee replacement at Brampton Civic
    P = b.person

    # --- Naomi, and family ---
    P("naomi", "Naomi Clarke", 1, "advocate", kin=True, location="Danforth, Toronto",
      company="Danforth Sport & Physio", title="Physiotherapist",
      how_met="My girlfriend; we met at Chidi and Ngozi's Pi Day games night in Kitchener in 2022",
      met_on="2022-03-14", birthday="1995-09-23", interests={"knee-rehab": 0.8, "running": 0.6},
      dates=[("us-anniversary", "Our anniversary (together since Pi Day 2022)", "2022-03-14")],
      notes="We're moving in together: signed for a two-bedroom on Carlaw Avenue in Leslieville from 1 April, moving "
            "day Saturday 28 March, and I've given notice on Liberty Village. Our anniversary is Saturday 14 March "
            "(four years); I've booked Alo for dinner. She wrote Dad his exercise sheet and checks his bend on "
            "FaceTime. Mum and Dad like her but aren't sure about us living together before we're married; she "
            "knows, and is coming to Accra.",
      rhythm=[(3, H, "2026-03-01", ["meal", "activity", "call", "message", "meal"])],
      talk=["the Carlaw apartment", "whose couch we keep", "Dad's knee", "her clinic", "the flights to Accra",
            "the Raptors", "her half-marathon training", "Sunday at Bethel", "my first weeks as lead",
            "what to cook this week", "the movers"])
    P("abena", "Abena Mensah", 1, "advocate", kin=True, location="Brampton", company="Brampton Civic Hospital",
      title="Registered practical nurse", how_met="Mum", birthday="1967-06-04",
      dates=[("parents-wedding", "Mum and Dad's wedding anniversary", "1993-08-21")],
      notes="58. Works nights on the medicine floor at Brampton Civic, three a week, and is doing Dad's care around "
            "them. Running Esi's wedding from this end with Auntie Akosua. Wants me at Bethel more often.",
      rhythm=[(4, H, "2026-03-01", ["call", "call", "meal", "message"])],
      talk=["Dad's knee", "Esi's wedding", "her night shifts", "the cloth for the wedding", "Kofi's match",
            "whether I'm eating", "Bethel", "Auntie Akosua's party", "Naomi", "the flights"])
    P("kwabena", "Kwabena Mensah", 1, "advocate", kin=True, location="Brampton", company="TTC",
      title="Retired bus mechanic (Mount Dennis garage)", how_met="Dad", birthday="1962-11-09",
      interests={"ghana": 0.9},
      notes="63. Came from Kumasi in 1991; thirty years fixing TTC buses. His right knee was replaced at Brampton "
            "Civic on 17 February; home on the 19th with a walker, physio three times a week, and he skips the "
            "exercises when nobody's watching. The surgeon sees him again on Monday 9 March at 10.40 and decides "
            "whether he can fly to Accra on 13 April; I promised to drive him and ask. He means to walk Esi down the "
            "aisle at Ridge Church without the walker.",
      rhythm=[(7, H, "2026-02-14", ["call", "meal", "call", "message"]),
              (2, "2026-02-23", "2026-03-01", ["call", "activity", "call"])],
      extra=[("2026-02-16", "call", "Call: the night before the operation; he says he's not nervous", 20),
             (OP, "activity", "Outing: waited with Mum at Brampton Civic through his knee replacement; it went well",
              480),
             ("2026-02-18", "activity", "Outing: Brampton Civic after work; he stood up with the physio", 120),
             ("2026-02-19", "activity", "Outing: brought Dad home from Brampton Civic with a walker", 180),
             ("2026-02-21", "activity", "Outing: the weekend in Brampton; his first stairs, and a lot of complaining",
              600)],
      talk=["his knee", "the exercises", "the Black Stars", "Accra", "his pension", "the Raptors", "Kofi's match",
            "the wedding", "the TTC", "Kumasi"])
    P("esi", "Esi Mensah", 1, "advocate", kin=True, location="Mississauga", company="Shoppers Drug Mart",
      title="Pharmacist", how_met="My little sister", birthday="1998-03-12",
      dates=[("esi-wedding", "Esi and Kojo's wedding (Accra)", "2026-04-18")],
      notes="Turns 28 on Thursday 12 March. Marrying Kojo in Accra: the traditional marriage at the Asante family "
            "house in East Legon on Thursday 16 April, the church wedding at Ridge Church on Saturday 18 April. She "
            "and Kojo fly out on 4 April. I'm organising the family's travel (eight of us on 13 April, via Brussels) "
            "and collecting the family's contribution. I built their wedding website.",
      rhythm=[(4, H, "2026-03-01", ["call", "message", "meal", "video"])],
      talk=["the wedding", "the RSVPs", "Kojo's family", "the kente", "the flights", "Dad's knee", "her shifts",
            "Mum's stress", "the Toronto reception in May", "the photographer in Accra"])
    P("kofi", "Kofi Mensah", 2, "advocate", kin=True, location="Hamilton", company="McMaster University",
      title="Fourth-year medical student", how_met="My little brother", birthday="1999-11-20",
      notes="26. CaRMS match day is Tuesday 3 March at noon: he ranked family medicine at Queen's in Kingston "
            "first. I paid his CaRMS fees in the autumn. He calls me before he calls Mum.",
      rhythm=[(7, H, "2026-02-28", ["call", "message", "video", "call"])],
      talk=["the match", "his rank list", "his electives", "Dad's knee", "the Raptors", "Esi's wedding",
            "Kingston", "his girlfriend", "money"])
    P("kojo", "Kojo Asante", 3, "friend", kin=True, location="Mississauga", company="Deloitte",
      title="Senior accountant", how_met="Esi's fiancé",
      rhythm=[(21, H, "2026-02-22", ["message", "meal", "call"])],
      talk=["the wedding", "his family in East Legon", "the Black Stars", "the Raptors", "the drinks list",
            "the knocking"])
    P("akosua", "Akosua Boateng", 2, "advocate", kin=True, location="Mississauga", title="Retired bank teller",
      how_met="Mum's big sister, Auntie Akosua", birthday="1966-03-03",
      notes="Turns 60 on Tuesday 3 March; the party is Saturday 7 March at the hall in Mississauga and I'm giving "
            "the toast. She's the treasurer of the family's contribution to Esi's wedding (our side's half of the "
            "Accra reception and the family's kente, about $14,000 from Mum and Dad, her family, me and the uncles "
            "in Montreal and London) and wires it to Accra on 16 March. Married to Uncle Kobby; Yaw is her son.",
      rhythm=[(10, H, "2026-02-28", ["call", "meal", "message"])],
      talk=["the contribution", "her party", "Esi's wedding", "Dad's knee", "who's flying when", "the uncles",
            "the cloth", "church"])
    P("yaw", "Yaw Boateng", 4, "friend", kin=True, location="Mississauga", company="Royal LePage",
      title="Realtor", how_met="Auntie Akosua's son; my cousin",
      rhythm=[(30, H, "2026-02-15", ["message", "call", "activity"])],
      talk=["the Leafs", "his listings", "his mum's party", "the flights", "the wedding"])
    P("efua", "Efua Mensah-Addo", 4, "friend", kin=True, location="Dzorwulu, Accra", title="Headmistress",
      how_met="Dad's little sister, Auntie Efua; we'll stay at hers in Accra",
      rhythm=[(21, H, "2026-02-21", ["video", "message"])],
      talk=["the wedding", "where everyone will sleep", "Dad's knee", "the drivers", "the harmattan",
            "her school"])
    P("marcia", "Marcia Clarke", 4, "friend", kin=True, location="Ajax", title="Retired letter carrier (Canada Post)",
      how_met="Naomi's mum",
      rhythm=[(30, H, "2026-02-15", ["meal", "message"])],
      talk=["her garden", "Naomi", "the move", "her church", "Jerome"])
    P("jerome", "Jerome Clarke", 4, "friend", kin=True, location="Scarborough", title="Apprentice electrician",
      how_met="Naomi's little brother; plays in the Thursday run", interests={"basketball": 0.8},
      rhythm=[(7, H, "2026-02-26", ["activity", "message"])],
      talk=["the Thursday run", "his apprenticeship", "the Raptors", "moving the couch"])

    # --- friends ---
    P("manny", "Emmanuel Adjei", 2, "advocate", location="Brampton", company="Adjei Electric",
      title="Electrician", how_met="Manny; best friends since grade 9 at Turner Fenton", met_on="2008-09-02",
      birthday="1994-05-30",
      notes="He and Efia close on their first house, a semi in Springdale, on 27 February. The wedding's in August; "
            "I'm his best man.",
      rhythm=[(7, H, "2026-02-24", ["call", "activity", "meal", "message"])],
      talk=["the house", "the Raptors", "Efia", "his business", "the mortgage", "his best-man plans",
            "Turner Fenton days", "Dad's knee"])
    P("comfort", "Comfort Adjei", 4, "friend", location="Brampton", title="Caterer (Comfort's Kitchen)",
      how_met="Manny's mum; Mum's friend from Bethel", met_on="2008-10-01",
      rhythm=[(45, H, "2026-02-20", ["meal", "message"])],
      talk=["Manny's house", "Dad's knee", "Bethel", "the wedding food"])
    P("fiifi", "Fiifi Quansah", 4, "friend", location="Brampton", title="Retired TTC mechanic",
      how_met="Uncle Fiifi, Dad's friend from the Mount Dennis garage", met_on="1998-01-01",
      interests={"ghana": 0.7},
      notes="Drives Dad to physio on Tuesdays and Thursdays.",
      rhythm=[(30, H, "2026-02-25", ["call", "activity"])],
      talk=["Dad's physio", "the garage", "the Black Stars", "his grandchildren"])
    P("chidi", "Chidi Okeke", 2, "advocate", location="Kitchener", company="OpenText", title="Staff engineer",
      how_met="Waterloo, software engineering class of 2017", met_on="2012-09-04",
      notes="Married to Ngozi; their first baby is due at the end of February. Their Pi Day party is where I met "
            "Naomi.",
      rhythm=[(21, H, "2026-02-14", ["call", "message", "video", "meal"])],
      talk=["the baby", "the nursery", "OpenText", "the Waterloo crew", "the cottage weekend", "his promo",
            "being a lead"])
    P("ngozi", "Ngozi Okeke", 4, "friend", location="Kitchener", company="Grand River Hospital",
      title="Registered nurse", how_met="Chidi's wife", met_on="2015-06-01",
      rhythm=[(60, H, "2026-01-10", ["message", "meal"])],
      talk=["the baby", "her shifts", "Naomi", "Pi Day"])
    P("ryan", "Ryan Cheng", 2, "advocate", location="Toronto (Leslieville)", company="Northfin (until February)",
      title="Senior Android engineer", how_met="Waterloo, software engineering class of 2017; my roommate for "
      "three years", met_on="2012-09-04", birthday="1994-03-13", interests={"android": 1.0}, expertise=["android"],
      offer=("ryan-android", "android-engineer",
             "Seven years of Android (Kotlin and Compose), most recently leading Northfin's mobile app; laid off on "
             "19 February and looking", "2026-02-19"),
      notes="Laid off on 19 February when Northfin cut a fifth of the company, mobile team first. Mortgage on a "
            "condo and a baby due in August with Joyce; he's calm on the surface. Turns 32 on Friday 13 March. Has a "
            "second-round interview for a senior Android role at Lakeshore Mutual on Monday 9 March.",
      rhythm=[(14, H, "2026-02-13", ["message", "coffee", "call", "activity"])],
      extra=[("2026-02-19", "call", "Call: Northfin laid off a fifth of the company this morning, him included", 40),
             ("2026-02-26", "coffee", "Coffee: he's looking at Android roles; I wrote him a LinkedIn recommendation",
              60)],
      talk=["Northfin", "Joyce and the baby", "the Raptors", "his condo", "the Waterloo crew", "Kotlin",
            "the cottage weekend"])
    P("tunde", "Tunde Bakare", 3, "friend", location="San Francisco", company="Stripe", title="Staff engineer",
      how_met="Waterloo, software engineering class of 2017", met_on="2012-09-04",
      notes="Has given more conference talks than anyone I know.",
      rhythm=[(30, H, "2026-02-12", ["video", "message"])],
      extra=[("2026-02-25", "video", "Video call: went through my meetup slides with me for an hour and a half", 90)],
      talk=["the Bay", "his talks", "the Waterloo crew", "being a lead", "Lagos", "coming home for Christmas"])
    P("andre", "Andre Thompson", 3, "friend", location="Parkdale, Toronto", company="Toronto Fire Services",
      title="Firefighter", how_met="Runs the Thursday-night pickup run at Wallace Emerson", met_on="2019-05-02",
      interests={"basketball": 1.0},
      notes="Sits the captain's promotional exam on Saturday 7 March; has been studying since the autumn.",
      rhythm=[(7, H, "2026-02-26", ["activity", "activity", "message"])],
      talk=["the Thursday run", "the captain's exam", "the Raptors", "his shifts", "his daughter", "the gym"])
    P("marcus", "Marcus Bailey", 4, "friend", location="Junction, Toronto", title="High-school gym teacher",
      how_met="The Thursday run", met_on="2021-09-09", interests={"basketball": 0.9},
      rhythm=[(14, H, "2026-02-19", ["activity", "message"])],
      talk=["the Thursday run", "his senior boys' team", "the Raptors", "his ankle"])
    P("tony", "Tony Graham", 5, "friend", location="Dundas West, Toronto", company="Kings Cutz",
      title="Barber", how_met="My barber since 2018", met_on="2018-04-01",
      rhythm=[(21, H, "2026-02-21", ["activity"])],
      talk=["a haircut and the Raptors", "a haircut and the shop's new chair", "a fade before the talk",
            "a haircut and his son's hockey"])

    # --- Kinora Health: my team and my managers ---
    P("renee", "Renée Tremblay", 3, "ally", company="Kinora Health", title="Engineering manager",
      location="Toronto", how_met="My manager since Sam left in September 2025", met_on="2022-04-11",
      interests={"engineering-leadership": 0.9},
      notes="Made me tech lead of the Referrals team from 12 January: Meera, Luis, Jordan, the open senior backend "
            "role, and Hannah as our PM. We have to ship the e-referral integration for the Ontario Health pilot in "
            "May. Weekly one-on-one on Tuesdays.",
      rhythm=[(45, H, "2025-09-01", ["message", "meeting"]),
              (7, "2025-09-16", "2026-02-24", ["meeting", "meeting", "video", "message"])],
      talk=["the pilot date", "Jordan", "the senior backend hire", "the Q2 plan", "my first weeks as lead",
            "Meera", "on-call", "the roadmap", "delegating"])
    P("nadia", "Nadia Farouk", 5, "acquaintance", power=True, company="Kinora Health",
      title="VP Engineering", location="Toronto", how_met="Kinora's VP Engineering; my skip-level",
      met_on="2022-04-11", interests={"engineering-leadership": 1.0},
      notes="Holds a skip-level one-on-one with every new lead in their first quarter; mine is Thursday 12 March at "
            "2pm, and I promised her the Referrals team's Q2 plan by the day before.",
      rhythm=[(60, H, "2026-01-20", ["meeting", "email"])],
      talk=["the all-hands", "the engineering ladder", "the Ontario Health pilot", "the board's priorities"])
    P("meera", "Meera Iyer", 3, "ally", company="Kinora Health", title="Senior software engineer",
      location="Mississauga", how_met="On the Referrals team with me since 2022", met_on="2022-04-11",
      notes="36. Has been at Kinora longer than me and went for the lead role too; she's been generous about it and "
            "carries the team's hardest code. Two kids, 8 and 5. Her father in Chennai has heart failure and has "
            "been in and out of hospital since January; she takes calls from her brother at odd hours.",
      rhythm=[(5, H, "2026-02-27", ["meeting", "message", "meeting"])],
      talk=["the FHIR mapping", "code review", "the pilot", "her kids", "her father in Chennai", "on-call",
            "the message queue", "the sprint"])
    P("jordan", "Jordan Kim", 3, "friend", company="Kinora Health", title="Junior software developer",
      location="North York", how_met="Joined the Referrals team from Juno College's bootcamp", met_on="2025-04-14",
      notes="24. Struggling since December: two sprint commitments missed, pull requests sitting for days, silent in "
            "stand-up. In our one-on-one on 20 February he told me his mum started chemotherapy for breast cancer "
            "at Princess Margaret in January and he drives her on Tuesdays; he asked me not to tell the team. I "
            "promised we'd agree a lighter sprint and a 30-day plan in our one-on-one on Thursday 5 March, and keep "
            "his Tuesdays free.",
      rhythm=[(7, "2025-04-14", "2026-02-27", ["meeting", "message", "meeting"])],
      extra=[("2026-02-20", "meeting", "Meeting: our one-on-one; he told me about his mum's chemo", 60)],
      talk=["his pull request", "the referral status page", "pairing on the tests", "the sprint",
            "his bootcamp days", "asking for help sooner"])
    P("luis", "Luis Ortega", 3, "friend", company="Kinora Health", title="Software developer",
      location="Little Portugal, Toronto", how_met="On the Referrals team; came from Bogotá in 2023",
      met_on="2023-06-05",
      rhythm=[(7, H, "2026-02-27", ["meeting", "message"])],
      talk=["the integration tests", "Bogotá", "his daughter", "on-call", "the sprint", "the coffee machine"])
    P("hannah", "Hannah Greer", 3, "ally", company="Kinora Health", title="Product manager, Referrals",
      location="Toronto", how_met="Our PM since 2024", met_on="2024-02-12",
      interests={"fhir": 0.9, "accessibility": 0.8},
      need=("hannah-a11y", "accessibility-audit",
            "Ontario Health wants an independent accessibility audit of the referral app, web and mobile, before "
            "the pilot goes live in May; procurement's vendor list has nobody who tests with screen-reader users",
            "2026-02-04"),
      rhythm=[(7, H, "2026-02-26", ["meeting", "message", "video"])],
      extra=[("2026-02-04", "meeting", "Meeting: Ontario Health wants an accessibility audit before the pilot", 45)],
      talk=["the pilot", "the roadmap", "the clinic interviews", "the referral form", "the Q2 plan",
            "Ontario Health's requirements"])
    P("wei", "Wei Zhang", 3, "ally", company="Kinora Health", title="Tech lead, Scheduling",
      location="Toronto", how_met="Kinora; a tech lead for three years, and my informal guide since I became one",
      met_on="2022-04-11", interests={"engineering-leadership": 1.0}, expertise=["engineering-leadership"],
      rhythm=[(21, H, "2026-02-18", ["coffee", "message", "meeting"])],
      talk=["one-on-ones", "saying no to product", "how she runs planning", "hiring", "the platform migration",
            "her first year as lead"])
    P("chloe", "Chloe Fournier", 4, "friend", company="Kinora Health", title="Talent partner, engineering",
      location="Toronto", how_met="Kinora's recruiter for engineering", met_on="2023-01-16",
      interests={"tech-hiring": 1.0},
      rhythm=[(30, "2025-11-01", "2026-02-25", ["meeting", "message", "email"])],
      extra=[("2026-02-25", "meeting", "Meeting: the senior backend shortlist; Farah is through to the final round",
              30)],
      talk=["the senior backend role", "the job ad", "the pipeline", "the interview loop"])
    P("farah", "Farah Haddad", 5, "acquaintance", title="Senior software engineer (Sun Life)",
      location="Toronto", how_met="A candidate for the senior backend role on my team", met_on="2026-02-18",
      notes="33; eight years on claims systems at Sun Life and wants to build for clinicians. Her final round is "
            "Wednesday 11 March: my system-design interview, then Renée and Hannah.",
      extra=[("2026-02-18", "video", "Video call: her technical screen; strong on event-driven systems", 60),
             ("2026-02-27", "email", "Email: her questions about the team and on-call; I answered")])
    P("olivia", "Olivia Grant", 4, "ally", company="Kinora Health", title="Clinical lead; family physician",
      location="Scarborough", how_met="Kinora's clinical lead; practises two days a week", met_on="2022-05-02",
      interests={"fhir": 0.7},
      rhythm=[(30, H, "2026-02-24", ["meeting", "email"])],
      talk=["the referral form", "what family doctors need", "the specialists' wait lists", "the pilot clinics"])
    P("sam", "Sam Lindqvist", 3, "advocate", power=True, company="Pillar Care", title="CTO and co-founder",
      location="Toronto", how_met="My manager at Kinora, 2022–2025; left to co-found Pillar Care",
      met_on="2022-04-11", interests={"android": 0.6, "engineering-leadership": 0.8},
      expertise=["engineering-leadership"],
      need=("sam-android", "android-engineer",
            "Hiring a senior Android engineer now Pillar Care's app is live (his launch post on LinkedIn)",
            "2026-02-05"),
      notes="Hired me at Kinora and put me forward for lead before he left in September.",
      rhythm=[(7, H, "2025-09-12", ["meeting", "message", "video"]),
              (30, "2025-09-26", "2026-01-22", ["coffee", "message", "call"])],
      talk=["Pillar Care", "fundraising", "my promotion", "the pharmacy app", "how to run a one-on-one",
            "Kinora gossip", "his kids"])

    # --- the meetup ---
    P("ben", "Ben Abrams", 4, "friend", company="Toronto Health Tech meetup", title="Organiser",
      location="Toronto", how_met="Runs the Toronto Health Tech meetup at MaRS; I've gone since 2024",
      met_on="2024-11-12", interests={"fhir": 0.8, "public-speaking": 0.7},
      notes="The meetup is Tuesday 10 March at 6.30 at MaRS, and I'm giving my first talk: 'FHIR without fear: "
            "shipping e-referrals to Ontario family doctors'. I promised him the title, abstract, bio and a headshot "
            "for the event page.",
      rhythm=[(30, "2024-11-12", "2026-02-20", ["event", "message", "email"])],
      extra=[("2026-01-28", "email", "Email: he asked me to speak at the March meetup")],
      talk=["the meetup", "the speakers for spring", "MaRS", "FHIR", "the sponsors"])
    P("tess", "Tess O'Brien", 5, "acquaintance", company="Clearpath Accessibility", title="Founder; accessibility "
      "consultant", location="Toronto", how_met="Spoke at the November meetup on screen readers and patient apps",
      met_on="2025-11-11", interests={"accessibility": 1.0}, expertise=["accessibility"],
      offer=("tess-audit", "accessibility-audit",
             "Clearpath audits web and mobile health apps against WCAG 2.2, testing with screen-reader users",
             "2025-11-11"),
      extra=[("2025-11-11", "event", "At an event: her meetup talk on screen readers and patient apps", 90),
             ("2025-11-20", "email", "Email: her slides, and how Clearpath runs an audit")])

    # --- Onyx: mentoring ---
    P("simone", "Simone Baptiste", 4, "ally", company="Onyx", title="Programme director",
      location="Toronto", how_met="Runs Onyx, the mentoring network for Black technologists I mentor with",
      met_on="2024-09-10", interests={"tech-mentoring": 1.0},
      offer=("simone-sprouts", "youth-coding-club",
             "Onyx's Code Sprouts sends trained volunteers to run a weekly Scratch and Python club for 10-to-16-year-"
             "olds in any community space with wifi and twenty kids", "2025-11-18"),
      rhythm=[(30, H, "2026-02-10", ["event", "email", "message"])],
      talk=["the mentor cohort", "Code Sprouts", "the spring mixer", "Destiny", "Jalen", "the sponsors"])
    P("keisha", "Keisha Brown", 4, "friend", company="Shopify", title="Senior staff engineer",
      location="Toronto", how_met="Brought me into Onyx as a mentor", met_on="2024-06-20",
      interests={"tech-mentoring": 0.9},
      rhythm=[(60, H, "2026-01-15", ["message", "coffee"])],
      talk=["Onyx", "staff engineering", "her mentees", "being the only Black engineer in the room"])
    P("destiny", "Destiny Campbell", 3, "friend", company="Toronto Metropolitan University",
      title="Fourth-year computer science student", location="Scarborough",
      how_met="My mentee through Onyx since February 2025", met_on="2025-02-06",
      notes="22; first in her family at university. Her final-round interview for a new-grad developer role at RBC "
            "is Thursday 5 March; I promised her a mock technical interview the night before.",
      rhythm=[(14, "2025-02-06", "2026-02-26", ["video", "message", "coffee"])],
      talk=["her résumé", "LeetCode", "her capstone", "the RBC interview", "imposter syndrome", "her part-time job",
            "offers and negotiation"])
    P("jalen", "Jalen Reid", 4, "friend", title="Warehouse associate; bootcamp student (Lighthouse Labs)",
      location="Malvern, Toronto", how_met="My second Onyx mentee, since September 2025", met_on="2025-09-20",
      notes="28; switching from the Amazon warehouse to software; doing the bootcamp at night on my old MacBook. "
            "Quieter than Destiny; goes weeks without writing.",
      rhythm=[(21, "2025-09-20", "2026-02-08", ["video", "message"])],
      talk=["his bootcamp project", "JavaScript", "his night shifts", "his portfolio", "his daughter"])

    # --- church ---
    P("daniel", "Daniel Asare", 4, "friend", company="Bethel Ghanaian Methodist Church", title="Minister",
      location="North York", how_met="Rev. Daniel, our minister at Bethel; I play bass in the praise band",
      met_on="2012-01-01",
      notes="Bethel's Ghana Independence Day thanksgiving service is Sunday 8 March.",
      rhythm=[(14, H, "2026-02-22", ["event", "message"])],
      extra=[("2026-02-18", "activity", "Outing: he came to Brampton Civic and prayed with Dad and Mum", 45)],
      talk=["Sunday service", "the praise band", "Dad's knee", "the Independence Day service", "Esi's wedding"])
    P("grace", "Grace Owusu", 4, "friend", company="Bethel Ghanaian Methodist Church",
      title="Youth ministry leader; primary teacher", location="North York", how_met="Runs Bethel's youth ministry",
      met_on="2015-05-01",
      need=("grace-coding", "youth-coding-club",
            "Wants a Saturday coding club for Bethel's teenagers: she has the hall and the kids, and no one to teach",
            "2026-01-25"),
      notes="Her youth choir sings at the Independence Day thanksgiving service on Sunday 8 March.",
      rhythm=[(14, H, "2026-02-22", ["event", "message"])],
      extra=[("2026-01-25", "event", "At an event: after service she asked if I knew anyone who'd run a coding club "
              "for the youth", 20)],
      talk=["the youth group", "the youth choir", "Sunday service", "her class", "the coding club"])

    # --- the wedding travel, the move ---
    P("kwesi", "Kwesi Osei", 5, "acquaintance", company="Sankofa Travel", title="Travel agent",
      location="Jane and Finch, Toronto", how_met="Books Bethel's trips home; Mum sent me to him",
      met_on="2025-11-29",
      notes="Holding eight seats to Accra on 13 April (Brussels Airlines, via Brussels) until Friday 6 March: Mum, "
            "Dad, Kofi, Naomi, me, Auntie Akosua, Uncle Kobby and Yaw. Dad needs a wheelchair at both airports.",
      extra=[("2025-11-29", "meeting", "Meeting: at Sankofa Travel; quotes for eight to Accra in April", 60),
             ("2026-02-06", "call", "Call: he's holding eight seats on the 13 April flight until 6 March", 20),
             ("2026-02-27", "message", "Messages: a reminder that the hold ends on the 6th")])
    P("alessandra", "Alessandra Costa", 5, "acquaintance", title="Landlord", location="Leslieville, Toronto",
      how_met="Our landlord on Carlaw Avenue", met_on="2026-01-24",
      extra=[("2026-01-24", "meeting", "Meeting: viewed the two-bedroom on Carlaw with Naomi", 45),
             ("2026-02-07", "meeting", "Meeting: signed the lease from 1 April", 60)])

    # --- people I was once close to ---
    P("genevieve", "Geneviève Roy", 5, "advocate", peak=3, company="Canadian Digital Service",
      title="Engineering manager", location="Ottawa", how_met="My co-op supervisor at Shopify in Ottawa, winter 2016",
      met_on="2016-01-04",
      extra=[("2016-04-22", "meal", "Dinner: the end of my co-op term; she took the team to the ByWard Market", 120),
             ("2017-06-15", "email", "Email: congratulations on graduating; come back to Ottawa any time"),
             ("2022-03-02", "call", "Call: she gave Kinora my reference", 20)])
    P("dawit", "Dawit Tesfaye", 5, "friend", peak=2, company="Ericsson", title="Software developer",
      location="Kanata, Ottawa", how_met="My roommate in Sandy Hill on the Ottawa co-op term, winter 2016",
      met_on="2016-01-03",
      extra=[("2016-03-12", "activity", "Outing: skating the Rideau Canal at midnight", 180),
             ("2019-02-16", "message", "Messages: Winterlude photos, and he got married")])
    P("lorraine", "Lorraine Fraser", 5, "friend", peak=4, title="Retired schoolteacher", location="Sandy Hill, Ottawa",
      how_met="Our landlady on the Ottawa co-op term; Sunday roast every week", met_on="2016-01-03",
      extra=[("2016-04-24", "meal", "Dinner: her last Sunday roast before we left Ottawa", 120),
             ("2018-12-15", "letter", "Letter: a Christmas card with a photo of her cat")])
    P("henry", "Dwayne Henry", 5, "advocate", peak=3, company="Turner Fenton Secondary School",
      title="Computer science teacher", location="Brampton",
      how_met="Mr Henry, my computer science teacher; got me to apply to Waterloo", met_on="2009-09-08",
      extra=[("2012-06-20", "meeting", "Meeting: graduation; he gave me his old algorithms book", 30),
             ("2017-06-16", "message", "Messages: I graduated from Waterloo; he said he knew I would"),
             ("2022-04-11", "message", "Messages: told him about the job at Kinora")])

    # group contacts
    b.add(H, "event", ["abena", "kwabena", "esi", "kofi", "kojo", "akosua", "yaw"],
          "At an event: Kojo's family came to knock; Esi and Kojo are engaged", 300, "mutual")
    b.add("2025-12-25", "meal", ["naomi", "abena", "kwabena", "esi", "kofi", "kojo", "akosua", "yaw"],
          "Dinner: Christmas at Mum and Dad's; jollof, and Naomi's first Christmas with all of us", 360, "mutual")
    b.add("2025-07-19", "activity", ["naomi", "chidi", "ngozi", "ryan", "tunde"],
          "Outing: the Waterloo crew's cottage weekend on Georgian Bay", 1440, "mutual")
    b.add("2025-09-12", "event", ["sam", "renee", "meera", "luis", "wei", "hannah"],
          "At an event: Sam's leaving drinks at the Spadina office", 180, "mutual")
    b.add("2026-01-12", "meeting", ["renee", "meera", "jordan", "luis", "hannah"],
          "Meeting: Renée told the team I'm their tech lead", 30, "mutual")
    b.add("2025-11-18", "event", ["simone", "keisha", "destiny", "jalen"],
          "At an event: Onyx's mentor night; Code Sprouts is looking for community partners", 150, "mutual")
    b.add("2025-12-14", "event", ["daniel", "grace", "abena", "kwabena", "comfort"],
          "At an event: Bethel's carol service; the praise band played", 150, "mutual")
    b.add("2026-01-31", "video", ["esi", "kojo", "akosua", "efua"],
          "Video call: the wedding plan, Accra and Toronto", 90, "mutual")
    b.add("2025-08-23", "activity", ["andre", "marcus", "jerome"],
          "Outing: the Thursday run's summer tournament at Christie Pits", 300, "mutual")
    b.add("2025-03-14", "meal", ["naomi", "chidi", "ngozi"], "Dinner: Pi Day again, three years on", 180, "mutual")
    b.add("2026-02-10", "meeting", ["renee", "chloe", "hannah"], "Meeting: the senior backend job description", 45,
          "mutual")

    # life events
    b.event("ev-sam-launch", "sam", "2026-02-05", "launch",
            "Pillar Care, where he is CTO, launched its app for Ontario community pharmacies: refills and video visits "
            "with a pharmacist")
    b.event("ev-genevieve-promotion", "genevieve", "2026-02-17", "promotion",
            "Promoted to Director of Engineering at the Canadian Digital Service")
    b.event("ev-chidi-baby", "chidi", "2026-02-21", "baby",
            "Chidi and Ngozi's first baby, a son, Kamsiyochukwu (Kamsi), born at Grand River Hospital in Kitchener")
    b.event("ev-manny-house", "manny", "2026-02-27", "move",
            "Manny and Efia got the keys to their first house, a semi in Springdale, Brampton")
    b.event("ev-kofi-match", "kofi", "2026-03-03", "new_job",
            "Matched to his first choice: family medicine residency at Queen's University in Kingston, from July")
    b.event("ev-destiny-offer", "destiny", "2026-03-12", "new_job",
            "Accepted an offer as a new-grad software developer on RBC's digital team, starting in July after she "
            "graduates")
    b.event("ev-kwabena-knee", "kwabena", OP, "illness",
            "Right knee replaced at Brampton Civic Hospital; home on the 19th on a walker, with physio three times a "
            "week")
    b.event("ev-ryan-layoff", "ryan", "2026-02-19", "job_loss",
            "Laid off when Northfin cut a fifth of the company, the mobile team first")
    b.event("ev-meera-father", "meera", "2026-03-05", "bereavement",
            "Her father died in hospital in Chennai; she had flown out on the 3rd. The cremation is on the 6th and "
            "the thirteenth-day ceremony on the 17th; she is away until about 23 March")
    b.event("ev-esi-engaged", "esi", H, "other", "Engaged to Kojo Asante")
    b.event("ev-sam-pillar", "sam", "2025-09-15", "new_job", "Left Kinora to co-found Pillar Care as CTO")
    b.event("ev-kofi-mcmaster", "kofi", "2022-08-22", "other", "Started medicine at McMaster")

    # favors
    b.favor("fv-luis-oncall", "luis", "me", "2026-02-22", "favor",
            "Took my on-call week (16 to 22 February) so I could be at the hospital with Dad")
    b.favor("fv-daniel-visit", "daniel", "me", "2026-02-18", "favor",
            "Came to Brampton Civic the day after Dad's operation and prayed with him and Mum")
    b.favor("fv-tunde-slides", "tunde", "me", "2026-02-25", "advice",
            "Went through my meetup talk with me for an hour and a half and rewrote my opening")
    b.favor("fv-comfort-soup", "comfort", "me", "2026-02-20", "gift",
            "Brought light soup and fufu to Mum and Dad's the week Dad came home", "2026-02-22")
    b.favor("fv-fiifi-physio", "fiifi", "me", "2026-02-24", "favor",
            "Drives Dad to physio on Tuesdays and Thursdays while I'm at work", "2026-02-25")
    b.favor("fv-sam-lead", "sam", "me", "2025-09-05", "endorsement",
            "Put me forward for tech lead in his last calibration before he left", "2025-09-06")
    b.favor("fv-wei-templates", "wei", "me", "2026-01-14", "advice",
            "Gave me her one-on-one templates and how she runs planning", "2026-01-15")
    b.favor("fv-keisha-onyx", "keisha", "me", "2024-06-20", "intro", "Brought me into Onyx as a mentor",
            "2024-06-21")
    b.favor("fv-genevieve-reference", "genevieve", "me", "2022-03-02", "endorsement",
            "Gave Kinora my reference", "2022-03-03")
    b.favor("fv-me-ryan", "me", "ryan", "2026-02-26", "endorsement",
            "Wrote him a LinkedIn recommendation for Android roles")
    b.favor("fv-me-kofi", "me", "kofi", "2025-09-15", "gift", "Paid his CaRMS application fees")
    b.favor("fv-me-destiny", "me", "destiny", "2026-01-20", "referral",
            "Passed her résumé to a friend on RBC's digital team")
    b.favor("fv-me-jalen", "me", "jalen", "2025-10-05", "gift", "Gave him my old MacBook for the bootcamp")
    b.favor("fv-me-esi", "me", "esi", "2025-12-06", "favor", "Built their wedding website and the RSVP form")
    b.favor("fv-me-kwabena", "me", "kwabena", "2026-02-22", "favor",
            "Stayed in Brampton the first weekend Dad was home")

    # follow-ups
    b.follow_up("fu-ben-abstract", "ben", True,
                "Send Ben the talk title, abstract, bio and a headshot for the meetup page", "2026-03-03")
    b.follow_up("fu-destiny-mock", "destiny", True,
                "Run a mock technical interview with Destiny the night before her final round at RBC", "2026-03-04")
    b.follow_up("fu-jordan-plan", "jordan", True,
                "Agree a lighter sprint and a 30-day plan with Jordan in our one-on-one, and keep his Tuesdays free",
                "2026-03-05")
    b.follow_up("fu-kwesi-flights", "kwesi", True,
                "Send Kwesi the eight names and passport numbers and pay the deposit on the Accra flights before the "
                "fare hold ends", "2026-03-06")
    b.follow_up("fu-kwabena-clinic", "kwabena", True,
                "Drive Dad to his follow-up at the Brampton Civic orthopaedic clinic (10.40am) and ask the surgeon "
                "about flying to Accra", "2026-03-09")
    b.follow_up("fu-chloe-panel", "chloe", True,
                "Send Chloe the system-design question and the scorecard for Farah's final round", "2026-03-10")
    b.follow_up("fu-nadia-plan", "nadia", True, "Send Nadia the Referrals team's Q2 plan before our skip-level",
                "2026-03-11")
    b.follow_up("fu-akosua-contribution", "akosua", True,
                "Send Auntie Akosua my share of the family's wedding contribution and the sheet of who has given",
                "2026-03-13")
    b.follow_up("fu-kofi-match", "kofi", False, "CaRMS match day: he finds out where he'll do residency (noon)",
                "2026-03-03")
    b.follow_up("fu-destiny-final", "destiny", False, "Her final-round interview for a new-grad developer role at RBC",
                "2026-03-05")
    b.follow_up("fu-andre-exam", "andre", False, "Sits the Toronto Fire captain's promotional exam", "2026-03-07")
    b.follow_up("fu-grace-choir", "grace", False,
                "The youth choir sings at Bethel's Ghana Independence Day thanksgiving service", "2026-03-08")
    b.follow_up("fu-ryan-interview", "ryan", False, "Second-round interview for a senior Android role at Lakeshore "
                "Mutual", "2026-03-09")
    b.follow_up("fu-ben-meetup", "ben", False,
                "The Toronto Health Tech meetup at MaRS: my talk on FHIR e-referrals (6.30pm)", "2026-03-10")
    b.follow_up("fu-farah-final", "farah", False,
                "Her final round at Kinora: my system-design interview, then Renée and Hannah", "2026-03-11")
    b.follow_up("fu-nadia-skip", "nadia", False, "My first skip-level one-on-one with Nadia (2pm)", "2026-03-12")
    b.follow_up("fu-naomi-movers", "naomi", True, "Book the movers for Saturday 28 March with Naomi", "2026-03-20")
    b.follow_up("fu-esi-knocking", "esi", False,
                "The traditional marriage at the Asante family house in East Legon; the church wedding is the 18th",
                "2026-04-16")

    # goals
    b.goal("g-lead", "Find my feet as tech lead: ship the e-referral pilot in May, hire a senior backend engineer and "
           "get Jordan back on track", ["engineering-leadership", "tech-hiring", "fhir"], 1,
           ["renee", "nadia", "meera", "jordan", "hannah", "farah", "wei"])
    b.goal("g-wedding", "Get the family to Accra for Esi and Kojo's wedding, with the contribution in on time",
           ["ghana"], 1, ["esi", "kojo", "akosua", "kwesi", "efua", "kwabena", "abena"])
    b.goal("g-mentor", "Give back: get Destiny and Jalen into their first tech jobs through Onyx, and speak at a "
           "meetup every quarter", ["tech-mentoring", "public-speaking"], 2, ["destiny", "jalen", "simone", "ben"])

    # saved items
    b.item("it-first-lead", "Your first 90 days as a tech lead: when you stop being the best coder in the room",
           "https://example.org/first-90-days-tech-lead", ["engineering-leadership"], "2026-03-03")
    b.item("it-fhir", "FHIR e-referrals in Ontario: what the first pilots learned",
           "https://example.org/ontario-fhir-ereferrals", ["fhir"], "2026-03-04")
    b.item("it-knee", "After a knee replacement: the first eight weeks, and when it's safe to fly",
           "https://example.org/knee-replacement-flying", ["knee-rehab"], "2026-03-05")
    b.item("it-ghana", "Ghana at 69: Toronto's Ghanaian community marks Independence Day",
           "https://example.org/ghana-independence-toronto", ["ghana"], "2026-03-06")
    b.item("it-sponsorship", "Sponsorship, not just mentorship: what early-career Black engineers say helps",
           "https://example.org/sponsorship-black-engineers", ["tech-mentoring"], "2026-03-09")
    b.item("it-interviews", "Scoring a system-design interview fairly: structured rubrics for senior engineers",
           "https://example.org/system-design-rubrics", ["tech-hiring"], "2026-03-10")
    b.item("it-compose", "Jetpack Compose in production: a year of building health apps",
           "https://example.org/compose-health-apps", ["android"], "2026-03-11")
    b.item("it-pickup", "Toronto's best pickup basketball runs, ranked by the people who play them",
           "https://example.org/toronto-pickup-runs", ["basketball"], "2026-01-29")
    return b


def physio():
    b = Book("physio", seed=90210)
    H = "2024-10-11"  # history starts: drinks in the clinic for Áine's first month, the night I said we'd need a third room
    DAD = "2025-03-12"  # Dad died
    STROKE = "2026-02-22"  # Eileen's stroke
    P = b.known

    # --- home and family ---
    P("conor", "Conor Walsh", 1, "advocate", kin=True, location="Rathgar, Dublin", company="ESB Networks",
      title="Senior project manager", how_met="My husband; we met at a friend's twenty-first in Galway in 2002",
      met_on="2002-11-16", birthday="1979-07-02",
      dates=[("us-wedding", "Our wedding anniversary", "2007-08-18")],
      notes="46. Running the Knockraha substation upgrade in Co. Cork, so he's in Cork Tuesday and Wednesday nights "
            "since January; the new transformer is energised on Thursday 12 March and he'll be down there all that "
            "week. His boss has asked him to think about the head of projects job for the southern region, which would "
            "mean more of Cork. He's nervous about the Ranelagh loan on top of the mortgage and Cian starting college in "
            "September, and says so, kindly. Minds the kids the weekend of my tendon course (7 and 8 March).",
      rhythm=[(3, H, "2026-03-01", ["meal", "call", "message", "activity", "meal"])],
      talk=["the Ranelagh numbers", "who's collecting Niamh", "Cian and the mocks", "Knockraha", "Mam",
            "the Cork nights", "the head of projects job", "the dinners for the week", "the anniversary Mass",
            "the car's NCT", "a walk in Bushy Park", "whether we can afford it"])
    P("cian", "Cian Walsh", 1, "advocate", kin=True, location="Rathgar, Dublin", company="Terenure College",
      title="Sixth-year student", how_met="My son", birthday="2008-09-21", interests={"leaving-cert": 0.9},
      notes="17. Leaving Cert in June; his mocks run from Monday 2 March to Thursday 12 March, Maths paper 1 on "
            "Thursday 5th is the one he's dreading. Wants Engineering at UCD (it went 533 points last year). Has given "
            "up minor hurling with Kimmage Óg until after the exams and is up till two most nights. Snappy; it's the "
            "mocks. Dad's golf clubs are in his room since Christmas.",
      rhythm=[(3, H, "2026-03-01", ["meal", "activity", "message", "meal"])],
      talk=["the mocks", "his grinds", "Engineering at UCD", "the CAO", "lifts", "the hurling", "sleep",
            "his Irish oral", "Tobi", "Grandad's golf clubs", "the Leinster match"])
    P("niamh", "Niamh Walsh", 1, "advocate", kin=True, location="Rathgar, Dublin", title="Second-year student",
      how_met="My daughter", birthday="2012-03-10",
      notes="Turns 14 on Tuesday 10 March; wants the Olivia Rodrigo tickets and four friends for pizza on the "
            "Saturday after (the 14th, the day of the semi and the drive to Galway, so it'll have to be Friday). "
            "Plays camogie with Rathmines Gaels. Misses Grandad most of all of us; she was his pet.",
      rhythm=[(3, H, "2026-03-01", ["meal", "activity", "message", "activity"])],
      talk=["camogie", "her birthday", "her friends", "Granny in Galway", "homework", "the school tour",
            "her phone", "Grandad", "the dog next door"])
    P("mam", "Bernadette Brennan", 1, "advocate", kin=True, location="Salthill, Galway",
      title="Retired national-school teacher", how_met="Mam", birthday="1951-10-27",
      dates=[("dad-died", "Dad died (2025)", DAD)],
      notes="74. Widowed since Dad died suddenly on 12 March last year. On her own in the house on Dalysfort Road; "
            "Peggy next door looks in. The first anniversary is Thursday 12 March, and the anniversary Mass is at "
            "Christ the King, Salthill, on Sunday 15 March at 11 (Mother's Day, as it falls). The grant of probate "
            "is still with the solicitor in Galway, and she hates the paperwork; I promised we'd go through it with "
            "him on a video call on Wednesday 11 March. Talks about selling Dad's car and not about selling the "
            "house. I drive down every third weekend; Darragh is ten minutes away but has a new baby coming.",
      rhythm=[(3, H, "2025-03-11", ["call", "call", "message", "call"]),
              (2, "2025-03-19", "2026-03-01", ["call", "call", "message", "call", "activity"])],
      extra=[(DAD, "call", "Call: Darragh rang at four; Dad collapsed on the ninth green at Galway Golf Club. Drove "
              "straight to Salthill", 30),
             ("2025-03-13", "activity", "Outing: with Mam at the house all day; the undertaker, Fr Hession, the "
              "sandwiches", 720),
             ("2026-02-14", "call", "Call: Valentine's Day, the first without Dad; Peggy was with her", 40),
             ("2026-02-21", "activity", "Outing: the weekend in Salthill; we cleared Dad's wardrobe together", 900)],
      talk=["Dad", "the probate", "the anniversary Mass", "Peggy", "the grandchildren", "Darragh's baby",
            "selling Dad's car", "her bridge club", "whether she's sleeping", "Clodagh", "the weather in Salthill",
            "Mass on Sunday", "the bereavement group"])
    P("paddy", "Pádraig Brennan", 1, "advocate", kin=True, status="deceased", location="Salthill, Galway",
      title="Retired ESB line foreman", how_met="Dad", birthday="1949-06-29",
      notes="Died suddenly of a heart attack on 12 March 2025, on the ninth green at Galway Golf Club. He was 75.",
      extra=[("2025-03-09", "call", "Call: his Sunday call; Galway United, the grandchildren, my back room")])
    P("darragh", "Darragh Brennan", 2, "advocate", kin=True, location="Knocknacarra, Galway",
      company="An Garda Síochána", title="Sergeant, Mill Street station", how_met="My little brother",
      birthday="1985-11-03",
      notes="40. Ten minutes from Mam and does the day-to-day: the bins, the boiler, the hospital appointments. He "
            "and Lisa's second is due mid-March (Rory is 3). Thinks I second-guess him from Dublin; he's not wrong. "
            "Doing a reading at the anniversary Mass.",
      rhythm=[(7, H, "2026-02-28", ["call", "message", "call", "video"])],
      extra=[("2025-03-15", "event", "At an event: Dad's funeral; he carried the coffin with Conor and the cousins",
              300)],
      talk=["Mam", "the probate", "the baby", "Rory", "his shifts", "Galway United", "the anniversary Mass",
            "Dad's car", "who does Christmas", "the house"])
    P("lisa", "Lisa Brennan", 4, "friend", kin=True, location="Knocknacarra, Galway",
      company="University Hospital Galway", title="Staff nurse, cardiology", how_met="Darragh's wife",
      birthday="1987-05-14",
      rhythm=[(30, H, "2026-02-21", ["message", "meal", "call"])],
      talk=["the baby", "Rory", "Mam", "her maternity leave", "the nursery"])
    P("clodagh", "Clodagh Brennan", 2, "advocate", kin=True, location="Clapham, London",
      company="Hartley Rowe LLP", title="Solicitor (property finance)", how_met="My big sister",
      birthday="1978-08-08",
      notes="47. In London since 2001; rings Mam every evening and feels it all falls on Darragh and me. Flying into "
            "Shannon on Friday 13 March for the anniversary Mass. Has offered to read the Ranelagh lease.",
      rhythm=[(7, H, "2026-02-27", ["call", "message", "video", "call"])],
      talk=["Mam", "the probate", "her flights", "the anniversary Mass", "the Ranelagh lease", "her work",
            "Darragh", "the kids", "London"])
    P("maura", "Maura Walsh", 3, "friend", kin=True, location="Clonskeagh, Dublin", title="Retired civil servant",
      how_met="Conor's mam", birthday="1948-03-04",
      notes="Turns 78 on Wednesday 4 March. Collects Niamh from school on Tuesdays and Wednesdays while Conor is in "
            "Cork. Sharp as a tack; bridge and the Clonskeagh active retirement.",
      rhythm=[(10, H, "2026-02-25", ["meal", "call", "message"])],
      talk=["Niamh", "Cian's mocks", "Conor's Cork nights", "her bridge", "her hip", "Sunday dinner",
            "her birthday"])

    # --- friends ---
    P("emer", "Emer Daly", 1, "advocate", location="Glasnevin, Dublin", company="Scoil Bhríde, Drumcondra",
      title="Deputy principal", how_met="Best friends since first year at the Jes in Galway", met_on="1993-09-01",
      birthday="1981-05-22",
      notes="Interviews for the principal's job at Scoil Bhríde on Tuesday 3 March; the board tells her the week "
            "after. Drove to Galway with me the night Dad died. We swim at the Forty Foot on the first Sunday of the "
            "month, rain or shine.",
      rhythm=[(6, H, "2026-02-28", ["call", "message", "meal", "activity", "call"])],
      extra=[(DAD, "activity", "Outing: she drove me to Galway the night Dad died", 180),
             ("2026-02-01", "activity", "Outing: the Forty Foot; she's going for principal", 90)],
      talk=["the principal's job", "the Forty Foot", "her board of management", "Mam", "the Ranelagh unit",
            "her girls", "whether I'm doing too much", "Galway", "the Jes reunion", "a glass of wine"])
    P("grainne", "Gráinne Ní Bhriain", 2, "advocate", location="Greystones, Co. Wicklow", company="Greystones Physio",
      title="Chartered physiotherapist; owner", how_met="Physiotherapy at Trinity, class of 2003",
      met_on="1999-10-04", birthday="1981-01-30", interests={"private-practice": 0.9},
      need=("grainne-locum", "locum-physio",
            "Needs an experienced MSK locum for six months from 13 April while Laura, one of her three physios, is on "
            "maternity leave; two agencies have sent her nobody", "2026-02-12"),
      notes="Set up in Greystones in 2016; the one I ring about anything to do with running a clinic. Told me not to "
            "sign Ranelagh without a break clause.",
      rhythm=[(14, H, "2026-02-26", ["call", "message", "coffee", "call"])],
      extra=[("2026-02-12", "call", "Call: Laura's pregnant; she needs a locum from April and the agencies have "
              "nobody", 35)],
      talk=["the Ranelagh lease", "break clauses", "her locum problem", "the ISCP", "Trinity days",
            "booking software", "her kids", "staff pay", "the price of insurance"])
    P("ronan", "Ronan Kielty", 4, "friend", peak=2, location="Naas, Co. Kildare",
      company="Kielty Sports Physio (closed February 2026)", title="Chartered physiotherapist",
      how_met="Physiotherapy at Trinity, class of 2003; we shared a flat in Ranelagh in fourth year",
      met_on="1999-10-04", birthday="1980-11-11", expertise=["sports-physio"],
      offer=("ronan-locum", "locum-physio",
             "Twenty years in MSK and sports physio, fifteen of them running his own clinic; free for locum work "
             "since he closed", "2026-02-27"),
      notes="Closed Kielty Sports Physio in Naas on Friday 27 February after his landlord sold the building and the "
            "bank wouldn't extend his overdraft; let his two staff go. Michelle and three kids, the eldest doing the "
            "Junior Cert. Proud, and he'll make a joke of it. We'd drifted since he moved to Naas; he rang me the "
            "day he closed.",
      rhythm=[(60, H, "2026-01-10", ["message", "call"])],
      extra=[("2026-02-27", "call", "Call: he closed the clinic today; the landlord sold and the bank said no", 50),
             ("2026-02-28", "call", "Call: an hour on what next; locum work to tide him over, then see", 60)],
      talk=["his clinic", "the Kildare GAA", "Trinity days", "his kids", "the bank", "the old flat in Ranelagh"])

    # --- Brennan Physio ---
    P("aine", "Áine Kehoe", 2, "ally", company="Brennan Physio", title="Chartered physiotherapist",
      location="Portobello, Dublin", how_met="My first hire, from September 2024", met_on="2024-08-12",
      birthday="1996-03-13", interests={"sports-physio": 1.0, "acl-rehab": 0.8},
      notes="Turns 30 on Friday 13 March. From Enniscorthy; MSc in sports physio at UL. Wants to run the Ranelagh "
            "site if we take it, and I think she could. Sits in on Rachel's interview on Friday 6 March. Took my "
            "Saturday list on 21 February so I could be in Galway. Doing her dry-needling course on my tab.",
      rhythm=[(3, "2024-09-02", "2026-02-28", ["meeting", "message", "meeting", "meeting"])],
      extra=[("2024-08-12", "meeting", "Meeting: interviewed her; offered her the job in the car park after", 60)],
      talk=["the diary", "an ACL patient's return to running", "Ranelagh", "the second physio", "the U20s",
            "a tricky shoulder", "her dry-needling course", "the Saturday list", "Rachel's interview",
            "the new plinth", "the waiting list"])
    P("sinead", "Sinéad Rafferty", 3, "friend", company="Brennan Physio", title="Receptionist (part-time)",
      location="Harold's Cross, Dublin", how_met="Answered my ad in the Rathmines Gazette in 2023",
      met_on="2023-02-20", birthday="1973-12-01",
      notes="52. Mornings Monday, Wednesday and Thursday and Saturday mornings. Runs the diary and chases the "
            "insurers. Her son Darren is doing his apprenticeship as an electrician.",
      rhythm=[(4, H, "2026-02-28", ["meeting", "message", "meeting"])],
      talk=["the diary", "the VHI claims", "no-shows", "the card machine", "Darren's apprenticeship",
            "the waiting room", "the phones"])

    # --- who refers: GPs, the consultant, the surgeon's rooms, the clubs, the studio ---
    P("paul", "Paul Hennessy", 4, "ally", company="Rathmines Medical Centre", title="GP (Dr Hennessy)",
      location="Rathmines, Dublin", how_met="Sent me patients from my first month; knew me from St Vincent's",
      met_on="2014-05-01", interests={"golf": 0.8},
      notes="61. My biggest GP referrer: backs, knees and the over-sixties. Old school; prefers a letter to an email.",
      rhythm=[(30, H, "2026-02-19", ["email", "letter", "call", "coffee"])],
      talk=["a patient's back", "a discharge letter", "the waiting lists at Vincent's", "golf at Milltown",
            "a knee he's worried about", "his retirement, someday"])
    P("fionnuala", "Fionnuala Keane", 4, "ally", company="Rathgar Family Practice", title="GP (Dr Keane)",
      location="Rathgar, Dublin", how_met="Her practice started sending me patients in 2024", met_on="2024-03-11",
      interests={"pelvic-health": 0.9, "running": 0.6},
      need=("fionnuala-pelvic", "pelvic-health-physio",
            "Has a waiting list of postnatal women with pelvic-floor problems and nowhere private nearby to send "
            "them; the Coombe's list is nine months", "2026-02-09"),
      notes="39. Big list of young families and runners. Asked me on 9 February if I knew a pelvic-health physio; "
            "I don't do it, and I said I'd think.",
      rhythm=[(30, H, "2026-02-09", ["email", "call", "coffee"])],
      extra=[("2026-02-09", "call", "Call: she's stuck for a pelvic-health physio for her postnatal women", 20)],
      talk=["a runner's knee", "her postnatal patients", "the Rathgar 5k", "a referral", "a discharge letter"])
    P("conall", "Conall Ryan", 3, "advocate", power=True, company="Sandyford Sports Medicine",
      title="Consultant in sport and exercise medicine; team doctor, Portobello RFC", location="Sandyford, Dublin",
      how_met="Worked together on the sports injury clinic at St Vincent's", met_on="2011-09-05",
      interests={"acl-rehab": 0.9, "concussion": 0.9, "sports-physio": 0.8}, expertise=["sports-medicine"],
      notes="48. Sends me return-to-play rehab, most of my ACLs before Mr Moore's did. Put me forward as the "
            "Portobello U20s' physio last August. Blunt, kind, always late.",
      rhythm=[(14, H, "2026-02-26", ["message", "call", "coffee", "email"])],
      extra=[("2026-02-21", "event", "At an event: the U20s' quarter-final in Navan; he saw the hamstring", 240)],
      talk=["an ACL at five months", "the U20s", "concussion protocols", "Leinster's injuries", "a referral",
            "the sports medicine conference", "his twins", "the Six Nations"])
    P("declan", "Declan Moore", 5, "acquaintance", power=True, company="St Vincent's Private Hospital",
      title="Consultant orthopaedic surgeon (knees and shoulders)", location="Dublin 4",
      how_met="Operated on many of my patients at St Vincent's; I did his post-op knees for years",
      met_on="2008-02-01", interests={"acl-rehab": 1.0},
      rhythm=[(90, H, "2026-01-15", ["email", "letter"])],
      talk=["a post-op ACL", "his rehab protocol", "a shoulder that's slow"])
    P("helen", "Helen Kavanagh", 4, "friend", company="St Vincent's Private Hospital",
      title="Medical secretary to Mr Declan Moore", location="Booterstown, Dublin",
      how_met="Mr Moore's secretary for twenty years; we go back to my Vincent's days", met_on="2008-02-01",
      interests={"gaa": 0.7},
      notes="Runs Mr Moore's rooms. On 19 February she put Brennan Physio on the sheet he hands every ACL patient "
            "at discharge; three have booked since. Dublin football season-ticket holder.",
      rhythm=[(30, H, "2026-02-19", ["call", "email", "message"])],
      extra=[("2026-02-19", "call", "Call: she's put us on Mr Moore's post-op sheet for ACLs", 15)],
      talk=["a post-op patient", "Mr Moore's clinic list", "the Dubs", "her grandchildren", "the rooms' fax"])
    P("gerry", "Gerry Fitzpatrick", 4, "friend", company="Rathmines Gaels GAA", title="Club chairman",
      location="Rathmines, Dublin", how_met="Niamh's camogie; he asked me to look at their injuries in 2023",
      met_on="2023-04-15", interests={"gaa": 1.0},
      notes="Sends me the club's hamstrings and ankles. I promised a talk on injury prevention for the ladies' "
            "football and camogie squads on Monday 9 March at 7.30 in the clubhouse.",
      rhythm=[(21, H, "2026-02-23", ["message", "event", "call"])],
      extra=[("2026-02-23", "call", "Call: fixed the date for the injury-prevention talk", 15)],
      talk=["the ladies' squad", "a hamstring", "the club lotto", "the new pitch", "the juvenile coaches",
            "the talk"])
    P("tadhg", "Tadhg Ó Murchú", 4, "friend", company="Kimmage Óg GAA", title="Senior hurling manager",
      location="Kimmage, Dublin", how_met="Cian's minor hurling; his lads come to me for hamstrings",
      met_on="2023-08-20", interests={"gaa": 1.0, "hamstring": 0.8},
      rhythm=[(30, H, "2026-02-16", ["message", "call", "event"])],
      talk=["a hamstring", "the league", "Cian's hurling", "the county championship", "sprint training"])
    P("mick", "Mick Fahy", 3, "ally", company="Portobello RFC", title="Head coach, under-20s",
      location="Terenure, Dublin", how_met="I'm the U20s' physio since last August, on Conall's word",
      met_on="2025-08-20", interests={"concussion": 0.8, "rugby": 1.0},
      need=("mick-psych", "sports-psychology",
            "Wants a sports psychologist for two sessions with the U20s before the cup semi-final: they nearly threw "
            "away a seventeen-point lead in the quarter-final and the out-half hasn't kicked well since",
            "2026-02-23"),
      notes="A secondary teacher in Templeogue by day. The U20s beat Navan in the Leinster U20 Cup quarter-final on "
            "21 February (by two points, having led by seventeen); the semi-final is Saturday 14 March at 2.30 at "
            "Energia Park, Donnybrook. I promised him the injury and availability report before he picks the team on "
            "Thursday 12 March. Training Tuesdays and Thursdays at 7.",
      rhythm=[(4, "2025-08-26", "2026-02-28", ["event", "message", "event", "call"])],
      extra=[("2026-02-21", "event", "At an event: the quarter-final in Navan; won by two after leading by "
              "seventeen", 240),
             ("2026-02-23", "call", "Call: the lads' heads went in the second half; he wants a sports psychologist",
              25)],
      talk=["the injury list", "training", "the out-half's hamstring", "the semi-final", "a concussion return",
            "the team sheet", "strapping", "the bus to away games"])
    P("kate", "Kate Molloy", 3, "ally", company="Core Pilates Studio", title="Owner; clinical Pilates instructor",
      location="Ranelagh, Dublin", how_met="Her studio sends me backs; I send her people leaving rehab",
      met_on="2023-06-01", interests={"pilates": 1.0, "clinic-expansion": 0.6},
      notes="Opens her second studio, in Terenure, on Saturday 7 March at 11 (I'm at my course all that day). The "
            "Ranelagh unit is next door to her studio on Charleston Road: she told me about it before it was "
            "advertised and wants us as neighbours.",
      rhythm=[(14, H, "2026-02-27", ["coffee", "message", "activity"])],
      extra=[("2026-01-27", "coffee", "Coffee: the unit next door is coming up; she told me before the agent did",
              45)],
      talk=["the Terenure studio", "the Ranelagh unit", "a referral", "her reformer classes", "her builder",
            "sharing clients", "the launch"])

    # --- Ranelagh: the unit, the money ---
    P("peter", "Peter Gaffney", 5, "acquaintance", company="Gaffney Commercial", title="Commercial letting agent",
      location="Ranelagh, Dublin", how_met="Letting the Ranelagh unit", met_on="2026-01-30",
      notes="The ground-floor unit at 14 Charleston Road: two rooms and a small gym, ten-year lease with a break at "
            "five, €32,000 a year. Another party (a physio chain, he says) is looking; he wants my answer by Friday 13 "
            "March.",
      extra=[("2026-01-30", "meeting", "Meeting: first viewing of the Charleston Road unit with Áine", 45),
             ("2026-02-18", "meeting", "Meeting: second viewing with Conor and Oisín; the back room is damp", 60),
             ("2026-02-26", "email", "Email: the heads of terms, and he wants an answer by 13 March")])
    P("noreen", "Noreen Clarke", 5, "acquaintance", title="Landlord, Upper Rathmines Road",
      location="Terenure, Dublin", how_met="Owns the building my clinic is in", met_on="2022-11-10",
      notes="Lease to 2033; rent review in June.",
      rhythm=[(90, H, "2026-01-20", ["email", "call"])],
      talk=["the rent review", "the damp in the back hall", "the bins", "the sign"])
    P("oisin", "Oisín Geraghty", 4, "ally", company="Geraghty & Co.", title="Chartered accountant",
      location="Rathmines, Dublin", how_met="My accountant since I set up", met_on="2023-01-12",
      expertise=["practice-finance"], interests={"practice-finance": 1.0},
      notes="Ran the Ranelagh projection on a Saturday and won't bill it: breakeven in about fourteen months if a "
            "second physio starts by June. Needs my 2025 figures and the fit-out quotes before the bank meeting.",
      rhythm=[(45, H, "2026-02-10", ["meeting", "email", "call"])],
      extra=[("2026-02-18", "meeting", "Meeting: came to the second viewing in Ranelagh", 60),
             ("2026-02-25", "email", "Email: his projection for Ranelagh; he did it on his Saturday")],
      talk=["the VAT return", "the 2025 accounts", "preliminary tax", "the Ranelagh projection", "pension",
            "the fit-out loan"])
    P("alan", "Alan Byrne", 5, "acquaintance", power=True, company="AIB, Rathmines", title="Business adviser",
      location="Rathmines, Dublin", how_met="Arranged my start-up loan in 2023", met_on="2023-01-25",
      notes="Meeting on Tuesday 10 March at 10 about a €50,000 fit-out loan for Ranelagh and a bigger overdraft.",
      rhythm=[(120, H, "2026-02-04", ["email", "meeting"])],
      extra=[("2026-02-04", "call", "Call: booked the meeting for the fit-out loan", 15)],
      talk=["the start-up loan", "the overdraft", "the annual review", "the fit-out loan"])

    # --- hiring, teaching, the profession ---
    P("rachel", "Rachel Okafor", 5, "acquaintance", company="Tallaght University Hospital",
      title="Senior physiotherapist, MSK outpatients", location="Firhouse, Dublin",
      how_met="Applied for the second physio post through the ISCP jobs board", met_on="2026-02-16",
      notes="31. Seven years in the HSE, the last three as a senior in MSK outpatients at Tallaght; wants private "
            "practice and more sports. Interview at the clinic on Friday 6 March at 1, with Áine. I promised her the "
            "job spec and the salary range before it.",
      extra=[("2026-02-16", "email", "Email: her application and CV"),
             ("2026-02-24", "call", "Call: a first chat; good on tendons, asked the right questions about the "
              "caseload", 30)])
    P("louise", "Louise Kenny", 4, "friend", company="Irish Society of Chartered Physiotherapists",
      title="Education and CPD officer", location="Dublin", how_met="The ISCP; I've taught on its courses since 2019",
      met_on="2019-02-01", interests={"tendinopathy": 0.7},
      notes="I'm course lead on 'Tendinopathy in practice: assessment, loading and return to sport', Saturday 7 and "
            "Sunday 8 March, 9 to 5 in Ballsbridge, twenty-four physios booked. I promised her the slides, handouts "
            "and the practical stations by Tuesday 3 March for printing.",
      rhythm=[(45, H, "2026-02-20", ["email", "call", "meeting"])],
      extra=[("2026-02-06", "meeting", "Meeting: the course plan with Louise and Niall", 60)],
      talk=["the tendon course", "bookings", "the venue", "the CPD points", "the feedback forms",
            "next autumn's courses"])
    P("niall", "Niall Brophy", 4, "friend", company="Trinity College Dublin",
      title="Assistant professor in physiotherapy", location="Stoneybatter, Dublin",
      how_met="My junior at St Vincent's in 2012; co-tutor on the tendon course", met_on="2012-07-02",
      interests={"tendinopathy": 1.0},
      rhythm=[(30, H, "2026-02-24", ["email", "message", "coffee"])],
      talk=["the tendon course", "the loading studies", "his PhD students", "the practical stations",
            "Trinity politics", "cycling"])
    P("brid", "Bríd Halloran", 4, "advocate", peak=2, power=True, company="St James's Hospital",
      title="Physiotherapy manager", location="Dundrum, Dublin",
      how_met="My manager at St Vincent's for eleven years", met_on="2012-01-09",
      expertise=["physio-recruitment"],
      notes="Told me to go private and wrote my reference for AIB in 2023. Moved to St James's as physiotherapy "
            "manager in February. Knows every physio in Dublin worth hiring.",
      rhythm=[(60, H, "2025-12-19", ["message", "coffee", "email"])],
      talk=["the department", "who's leaving the HSE", "recruitment", "her garden", "St Vincent's gossip",
            "my clinic"])
    P("orla", "Orla Dunne", 3, "friend", company="St Vincent's University Hospital", title="Senior physiotherapist",
      location="Booterstown, Dublin", how_met="Side by side in outpatients at St Vincent's for fifteen years",
      met_on="2008-09-01",
      notes="Her dad, Jimmy, 84, in Mullingar, has been failing since Christmas (COPD); she's up and down the M4 "
            "every weekend.",
      rhythm=[(30, H, "2026-02-21", ["coffee", "message", "meal"])],
      talk=["her dad in Mullingar", "Vincent's", "the outpatient list", "her boys", "Bríd's new job",
            "a walk on Sandymount Strand"])
    P("siobhan", "Siobhán Moran", 4, "friend", company="Harold's Cross Pelvic Health",
      title="Chartered physiotherapist (women's health); founder", location="Harold's Cross, Dublin",
      how_met="St Vincent's, then twelve years in women's health at the Coombe", met_on="2009-03-01",
      expertise=["pelvic-health"], interests={"pelvic-health": 1.0},
      offer=("siobhan-pelvic", "pelvic-health-physio",
             "Opened her own pelvic-health practice in Harold's Cross and is taking GP referrals, postnatal and "
             "menopause, with appointments within two weeks", "2026-02-16"),
      notes="Left the Coombe in December to set up on her own, three years after me. I gave her my set-up list.",
      rhythm=[(45, H, "2026-01-22", ["coffee", "message", "call"])],
      extra=[("2026-01-22", "coffee", "Coffee: she's got the keys in Harold's Cross; opening mid-February", 60)],
      talk=["setting up", "the Coombe", "insurance", "booking software", "her kids", "leaving the HSE"])
    P("nuala", "Nuala Brady", 4, "friend", company="National Rehabilitation Hospital",
      title="Senior physiotherapist, stroke unit", location="Dún Laoghaire, Dublin",
      how_met="Physiotherapy at Trinity, class of 2003", met_on="1999-10-04",
      rhythm=[(60, H, "2026-02-25", ["message", "call"])],
      extra=[("2026-02-25", "call", "Call: asked her about the wait for an NRH bed for Eileen", 20)],
      talk=["the NRH", "the class WhatsApp", "her triathlons", "stroke rehab", "the reunion"])
    P("deirdre", "Deirdre Lynch", 5, "acquaintance", company="Dublin City University",
      title="Sport psychologist; lecturer, School of Health and Human Performance", location="Glasnevin, Dublin",
      how_met="On a panel with me at the sports medicine conference at the Aviva", met_on="2025-10-04",
      expertise=["sports-psychology"], interests={"sports-psychology": 1.0},
      offer=("deirdre-psych", "sports-psychology",
             "Runs short mental-skills blocks for club and underage teams: pressure, routines, goal-kicking under "
             "pressure; has worked with two county panels", "2025-10-04"),
      extra=[("2025-10-04", "event", "At an event: our panel on return to play after ACL; she was very good on fear "
              "of reinjury", 90),
             ("2025-10-09", "email", "Email: her slides on fear of reinjury, and she'd love to work with a club")])

    # --- neighbours, parish, community ---
    P("maureen", "Maureen Kinsella", 4, "friend", location="Rathgar, Dublin", title="Retired nurse",
      how_met="Next door; keeps our spare key", met_on="2010-06-01", birthday="1944-09-09",
      rhythm=[(10, H, "2026-02-28", ["activity", "message", "activity"])],
      talk=["her knee", "the bins", "the hedge", "Niamh", "her nephew in Boston", "the parish newsletter"])
    P("deborah", "Deborah Nwosu", 4, "friend", location="Rathgar, Dublin", company="Beaumont Hospital",
      title="Pharmacist", how_met="Her son Tobi is Cian's best friend; we share the lifts", met_on="2019-09-01",
      interests={"leaving-cert": 0.9},
      rhythm=[(10, H, "2026-02-27", ["message", "activity", "coffee"])],
      talk=["lifts", "the mocks", "Tobi and Cian", "grinds", "the CAO", "the debs"])
    P("jacinta", "Jacinta Quirke", 5, "friend", company="Rathmines Active Retirement", title="Organiser",
      location="Rathmines, Dublin", how_met="I give a falls-prevention talk to the group each term",
      met_on="2023-09-20",
      rhythm=[(90, H, "2026-01-21", ["event", "message"])],
      talk=["the falls talk", "the group's outing", "chair exercises"])
    P("liam", "Liam Hession", 4, "friend", company="Salthill parish", title="Parish priest (Fr Hession)",
      location="Salthill, Galway", how_met="Buried Dad; says the anniversary Mass", met_on="2015-01-01",
      notes="The anniversary Mass for Dad is Sunday 15 March at 11 at Christ the King.",
      rhythm=[(90, "2025-04-01", "2026-02-17", ["call", "message"])],
      extra=[("2025-03-13", "activity", "Outing: he came to the house to plan the funeral with us", 90),
             ("2026-02-17", "call", "Call: booked the anniversary Mass for the 15th", 10)],
      talk=["the anniversary Mass", "Mam", "the readings", "the month's mind"])
    P("peggy", "Peggy Coyne", 5, "friend", location="Salthill, Galway", title="Retired",
      how_met="Mam's next-door neighbour for forty years", met_on="1985-01-01",
      notes="Looks in on Mam every morning and brings her to the bereavement group on Thursdays.",
      rhythm=[(45, H, "2026-02-15", ["call", "message"])],
      extra=[("2026-02-15", "call", "Call: she sat with Mam on Valentine's night and rang me after", 15)],
      talk=["Mam", "the bereavement group", "her hip", "the parish"])

    # --- patients who became friends ---
    P("eileen", "Eileen Cassidy", 3, "friend", location="Rathmines, Dublin", title="Retired bank official",
      how_met="A patient after her hip replacement in 2023; we've walked the canal on Saturday mornings since",
      met_on="2023-05-10", birthday="1954-07-18",
      notes="71, widowed, her daughter Claire is in Toronto. Had a stroke at home on Sunday 22 February: weakness "
            "down her left side, speech grand. In the stroke unit at St Vincent's, waiting on a bed at the National "
            "Rehabilitation Hospital. Claire flew home. I promised to visit on Monday 2 March and bring her Jim's "
            "canal book; she was meant to come to the launch with me.",
      rhythm=[(7, H, "2026-02-21", ["activity", "activity", "message"])],
      extra=[("2026-02-24", "activity", "Outing: visited her in the stroke unit at Vincent's; tired, but herself",
              60),
             ("2026-02-28", "activity", "Outing: St Vincent's again; Claire's home from Toronto", 45)],
      talk=["a walk along the canal", "her hip", "Claire in Toronto", "her bridge", "Jim's book",
            "the swans at Portobello"])
    P("jim", "Jim Lawlor", 4, "friend", location="Portobello, Dublin", title="Retired RTÉ cameraman",
      how_met="A patient with a frozen shoulder in 2023; took the photos for the clinic's website",
      met_on="2023-10-02", interests={"photography": 1.0},
      notes="66. Spent two years photographing every lock on the Grand Canal.",
      rhythm=[(21, H, "2026-02-12", ["message", "coffee", "activity"])],
      talk=["his canal photographs", "the book", "his shoulder", "RTÉ stories", "the canal walk with Eileen"])

    # --- people I was once close to ---
    P("karen", "Karen O'Neill", 5, "friend", peak=2, location="Melbourne", company="Epworth Richmond",
      title="Physiotherapist", how_met="Physiotherapy at Trinity, class of 2003; my bridesmaid",
      met_on="1999-10-04",
      extra=[("2007-08-18", "event", "At an event: my wedding; she was bridesmaid", 720),
             ("2013-01-05", "video", "Video call: Skype on her birthday, from a beach in Melbourne", 45),
             ("2021-12-20", "message", "Messages: Christmas photos; we said we'd do better")])
    P("ciara", "Ciara Fox", 5, "friend", peak=2, location="Boston", title="Nurse practitioner",
      how_met="Shared a house on Leinster Road in my first years qualified", met_on="2003-09-01",
      extra=[("2006-06-30", "meal", "Dinner: the night before she left for Boston", 180),
             ("2019-07-14", "coffee", "Coffee: home for a wedding; an hour in Rathmines", 60)])
    P("mary", "Mary Tobin", 5, "advocate", peak=3, location="Oranmore, Co. Galway",
      title="Retired physiotherapy manager, University Hospital Galway",
      how_met="My first senior, on my basic-grade rotation at UHG in 2003", met_on="2003-10-01",
      extra=[("2004-09-30", "meeting", "Meeting: the end of my rotation; she told me to go to London", 30),
             ("2015-06-26", "event", "At an event: her retirement do in Galway", 180),
             ("2020-12-18", "letter", "Letter: a Christmas card; she'd heard about the clinic idea")])
    P("tom", "Tom Furlong", 5, "ally", peak=3, location="Rathmines, Dublin",
      title="Retired GP (Dr Furlong)", how_met="Sent me my very first patients in March 2023",
      met_on="2023-02-01",
      extra=[("2023-03-06", "letter", "Letter: his first referral, with a note wishing me luck"),
             ("2024-06-28", "event", "At an event: his retirement drinks at the Bowery", 120)])

    # group contacts
    b.add("2025-03-15", "event", ["mam", "darragh", "clodagh", "lisa", "conor", "cian", "niamh", "maura", "emer",
                                  "liam", "peggy"],
          "At an event: Dad's funeral Mass at Christ the King, Salthill; burial at Bohermore", 360, "mutual")
    b.add("2025-04-12", "event", ["mam", "darragh", "clodagh", "liam", "peggy"],
          "At an event: Dad's month's mind Mass", 150, "mutual")
    b.add("2025-03-14", "event", ["grainne", "orla", "brid", "conall"],
          "At an event: they drove to Galway for Dad's removal", 120, "them")
    b.add("2025-12-26", "meal", ["mam", "darragh", "lisa", "clodagh", "conor", "cian", "niamh"],
          "Dinner: St Stephen's Day in Salthill, the first Christmas without Dad", 300, "mutual")
    b.add("2025-08-20", "meeting", ["mick", "conall"],
          "Meeting: Conall brought me in to meet Mick about the U20s", 60, "them")
    b.add("2025-10-04", "event", ["conall", "niall"],
          "At an event: the sports medicine conference at the Aviva", 420, "mutual")
    b.add("2025-12-12", "meal", ["grainne", "nuala", "ronan"],
          "Dinner: Trinity physio class Christmas drinks at Kehoe's", 240, "mutual")
    b.add("2026-01-16", "meal", ["aine", "sinead"], "Dinner: the clinic's Christmas night out, in January", 180,
          "mutual")
    b.add("2026-02-06", "meeting", ["louise", "niall"], "Meeting: planning the tendon course", 60, "mutual")
    b.add("2026-01-30", "meeting", ["peter", "aine"], "Meeting: first viewing of the Charleston Road unit", 45,
          "mutual")
    b.add("2026-02-18", "meeting", ["peter", "conor", "oisin"], "Meeting: second viewing of the Ranelagh unit", 60,
          "mutual")
    b.add("2025-06-08", "activity", ["eileen", "jim"], "Outing: the canal walk to the Robert Emmet bridge, with Jim "
          "taking photographs", 120, "mutual")
    b.add("2025-10-12", "activity", ["emer", "grainne"], "Outing: the Forty Foot, then breakfast in Sandycove", 150,
          "mutual")

    # life events
    b.event("ev-brid-promotion", "brid", "2026-02-09", "promotion",
            "Started as physiotherapy manager at St James's Hospital, the biggest physio department in the country")
    b.event("ev-siobhan-launch", "siobhan", "2026-02-16", "launch",
            "Opened Harold's Cross Pelvic Health, her own women's-health physiotherapy practice")
    b.event("ev-jim-book", "jim", "2026-02-26", "launch",
            "Launched his book of photographs, 'The Grand Canal, Lock by Lock', at Rathmines Library")
    b.event("ev-darragh-baby", "darragh", "2026-03-05", "baby",
            "Darragh and Lisa's daughter born at University Hospital Galway, a sister for Rory; they're calling her "
            "Pádraigín, after Dad")
    b.event("ev-kate-terenure", "kate", "2026-03-07", "launch",
            "Opened her second Pilates studio, on Terenure Road East")
    b.event("ev-emer-principal", "emer", "2026-03-10", "new_job",
            "Appointed principal of Scoil Bhríde, Drumcondra, from September")
    b.event("ev-eileen-stroke", "eileen", STROKE, "illness",
            "A stroke at home: weakness down her left side; in the stroke unit at St Vincent's, waiting on a bed at "
            "the National Rehabilitation Hospital")
    b.event("ev-ronan-clinic", "ronan", "2026-02-27", "job_loss",
            "Closed Kielty Sports Physio in Naas after his landlord sold the building and the bank wouldn't extend "
            "the overdraft; let his two staff go")
    b.event("ev-orla-father", "orla", "2026-03-04", "bereavement",
            "Her father, Jimmy Dunne, died at home in Mullingar; reposing at home on Thursday 5 March from 4pm, "
            "funeral Mass on Friday 6 March at 11 at the Cathedral of Christ the King, Mullingar")
    b.event("ev-mam-widowed", "mam", DAD, "bereavement",
            "Dad (Pádraig Brennan) died suddenly of a heart attack at Galway Golf Club, aged 75")
    b.event("ev-aine-joined", "aine", "2024-09-02", "new_job", "Joined Brennan Physio as our first employed physio")
    b.event("ev-siobhan-left", "siobhan", "2025-12-19", "other", "Left the Coombe after twelve years")

    # favors
    b.favor("fv-helen-sheet", "helen", "me", "2026-02-19", "referral",
            "Put Brennan Physio on the post-op sheet Mr Moore hands every ACL patient at discharge")
    b.favor("fv-oisin-projection", "oisin", "me", "2026-02-25", "advice",
            "Ran the Ranelagh projection on his Saturday and won't bill it")
    b.favor("fv-peggy-mam", "peggy", "me", "2026-02-14", "favor",
            "Sat with Mam on Valentine's night, her first without Dad, and rang me after")
    b.favor("fv-aine-saturday", "aine", "me", "2026-02-21", "favor",
            "Took my Saturday list so I could be in Galway with Mam", "2026-02-23")
    b.favor("fv-maura-niamh", "maura", "me", "2026-01-13", "favor",
            "Collects Niamh from school on Tuesdays and Wednesdays while Conor is in Cork", "2026-01-14")
    b.favor("fv-kate-unit", "kate", "me", "2026-01-27", "share",
            "Told me about the Ranelagh unit before it was advertised", "2026-01-27")
    b.favor("fv-conall-u20", "conall", "me", "2025-08-20", "endorsement",
            "Put me forward as the Portobello U20s' physio", "2025-08-21")
    b.favor("fv-brid-reference", "brid", "me", "2023-01-20", "endorsement",
            "Wrote my reference for the AIB start-up loan and told me to go for it", "2023-01-22")
    b.favor("fv-jim-photos", "jim", "me", "2024-11-20", "gift",
            "Took the photographs for the clinic's new website and wouldn't take a cent", "2024-11-21")
    b.favor("fv-emer-galway", "emer", "me", DAD, "favor", "Drove me to Galway the night Dad died", "2025-03-20")
    b.favor("fv-grainne-lease", "grainne", "me", "2026-02-26", "advice",
            "Went through the Ranelagh heads of terms with me and spotted there was no rent-free period",
            "2026-02-26")
    b.favor("fv-me-siobhan", "me", "siobhan", "2025-12-10", "advice",
            "Gave her my set-up list: the insurance broker, the booking system, the accountant")
    b.favor("fv-me-ronan", "me", "ronan", "2026-02-28", "advice",
            "An hour on the phone the day after he closed, going through his options")
    b.favor("fv-me-gerry", "me", "gerry", "2025-11-17", "favor",
            "Gave a free injury-prevention evening for the club's juvenile coaches")
    b.favor("fv-me-aine", "me", "aine", "2026-01-10", "gift", "Paid for her dry-needling course")
    b.favor("fv-me-darragh", "me", "darragh", "2025-12-22", "favor",
            "Had Mam up to Dublin for the week before Christmas so Darragh and Lisa could have a break")

    # follow-ups
    b.follow_up("fu-eileen-visit", "eileen", True,
                "Visit Eileen in the stroke unit at St Vincent's and bring her a copy of Jim's canal book",
                "2026-03-02")
    b.follow_up("fu-louise-slides", "louise", True,
                "Send Louise the slides, handouts and practical-station plan for the tendon course, for printing",
                "2026-03-03")
    b.follow_up("fu-rachel-spec", "rachel", True,
                "Send Rachel the job spec, the salary range and directions for Friday's interview", "2026-03-04")
    b.follow_up("fu-oisin-figures", "oisin", True,
                "Send Oisín the 2025 figures and the two fit-out quotes so he can finish the projection before the "
                "bank", "2026-03-05")
    b.follow_up("fu-gerry-talk", "gerry", True,
                "Give the injury-prevention talk to the ladies' football and camogie squads (7.30, the clubhouse)",
                "2026-03-09")
    b.follow_up("fu-mam-probate", "mam", True,
                "Go through the probate papers with Mam and the solicitor in Galway on a video call (4pm)",
                "2026-03-11")
    b.follow_up("fu-mick-report", "mick", True,
                "Send Mick the U20s' injury and availability report before he picks the team for the semi-final",
                "2026-03-12")
    b.follow_up("fu-peter-answer", "peter", True, "Give Peter my answer on the Charleston Road unit", "2026-03-13")
    b.follow_up("fu-rachel-decision", "rachel", True, "Let Rachel know either way after her interview",
                "2026-03-18")
    b.follow_up("fu-cian-mocks", "cian", False,
                "His mocks start (to Thursday 12 March); Maths paper 1 is Thursday 5th", "2026-03-02")
    b.follow_up("fu-emer-interview", "emer", False, "Her interview for principal of Scoil Bhríde", "2026-03-03")
    b.follow_up("fu-rachel-interview", "rachel", False, "Her interview at the clinic, 1pm, with Áine",
                "2026-03-06")
    b.follow_up("fu-kate-opening", "kate", False, "The opening of her Terenure studio (11am)", "2026-03-07")
    b.follow_up("fu-louise-course", "louise", False,
                "The tendon course I'm leading, Saturday and Sunday, 9 to 5 in Ballsbridge", "2026-03-07")
    b.follow_up("fu-alan-meeting", "alan", False, "Meeting at AIB about the Ranelagh fit-out loan (10am)",
                "2026-03-10")
    b.follow_up("fu-conor-energise", "conor", False, "The new transformer at Knockraha is energised",
                "2026-03-12")
    b.follow_up("fu-mick-semi", "mick", False,
                "The U20 Cup semi-final, 2.30 at Energia Park, Donnybrook; then the drive to Galway", "2026-03-14")
    b.follow_up("fu-liam-mass", "liam", False, "Dad's anniversary Mass at Christ the King, Salthill (11am)",
                "2026-03-15")

    # goals
    b.goal("g-ranelagh", "Decide on the Ranelagh unit by 13 March, and open a second site only if the numbers stand up "
           "without the house behind them", ["clinic-expansion", "practice-finance"], 1,
           ["peter", "oisin", "alan", "kate", "conor", "aine", "grainne", "clodagh"])
    b.goal("g-hire", "Hire a second physio by the summer, so Áine and I aren't running two rooms on twelve-hour days",
           ["physio-recruitment"], 1, ["rachel", "aine", "brid", "louise", "grainne"])
    b.goal("g-referrals", "Keep the referrals healthy: look after the GPs, Conall, Mr Moore's rooms, the clubs and the "
           "studio", ["sports-physio", "acl-rehab"], 2,
           ["paul", "fionnuala", "conall", "helen", "declan", "gerry", "tadhg", "mick", "kate"])
    b.goal("g-mam", "Get Mam through the first year without Dad, and share it fairly with Darragh and Clodagh", ["family-care"], 1,
           ["mam", "darragh", "clodagh", "peggy", "liam"])

    # saved items
    b.item("it-acl", "Return to sport after ACL reconstruction: the 2026 consensus update",
           "https://example.org/acl-return-to-sport-2026", ["acl-rehab"], "2026-03-03")
    b.item("it-tendon", "Loading the persistent Achilles tendon: what ten years of trials say",
           "https://example.org/achilles-loading-trials", ["tendinopathy"], "2026-03-04")
    b.item("it-pelvic", "Pelvic-floor physiotherapy after birth: why GPs should refer early",
           "https://example.org/postnatal-pelvic-floor-referral", ["pelvic-health"], "2026-03-05")
    b.item("it-rates", "Dublin City Council's 2026 rates relief for small businesses, explained",
           "https://example.org/dcc-rates-relief-2026", ["practice-finance"], "2026-03-06")
    b.item("it-mocks", "After the mocks: how to read the results without panicking",
           "https://example.org/after-the-mocks", ["leaving-cert"], "2026-03-09")
    b.item("it-concussion", "The IRFU's updated graduated return to play for underage rugby",
           "https://example.org/irfu-underage-concussion", ["concussion", "rugby"], "2026-03-11")
    b.item("it-hamstring", "Hurling's hamstring problem: sprint exposure through the league",
           "https://example.org/hurling-hamstrings", ["hamstring", "gaa"], "2026-03-02")
    b.item("it-pilates", "Clinical Pilates after hip replacement: a practical guide",
           "https://example.org/pilates-after-hip", ["pilates"], "2026-02-25")
    b.hand_first()
    return b


def violinist():
    b = Book("violinist", seed=36912)
    H = "2024-10-04"  # history starts: Judith's first rehearsal with the quartet, in Miriam's flat in the Lindengasse
    OP = "2026-03-04"  # Mum's hip replacement in Graz
    P = b.known

    # --- home and family ---
    P("jonas", "Jonas Leitner", 1, "advocate", kin=True, location="Josefstadt, Vienna",
      company="ORF (Ö1 and the Radio Symphony Orchestra)", title="Tonmeister (recording engineer)",
      how_met="My partner; he was the engineer on a film session at Klangwerk where I sat at the back of the seconds",
      met_on="2019-03-14", birthday="1986-08-21", interests={"recording": 1.0, "string-quartet": 0.5},
      dates=[("us-together", "Our anniversary (together since the Klangwerk session, 2019)", "2019-03-14")],
      notes="39, from Linz. Records the RSO and Ö1's concerts. Shortlisted for head of music production at Ö1: the "
            "final interview is Tuesday 3 March. More office, fewer sessions, a proper salary, and he isn't sure he "
            "wants it as much as everyone thinks he should. Recording the quartet's festival video for us on Monday 9 "
            "March in the Ehrbar Saal, on his evening off. Goes to his mum in Linz on 10 March, the day his dad died. "
            "Our anniversary is Saturday 14 March, the night of the St John Passion; he says he'll come and listen.",
      rhythm=[(3, H, "2026-03-01", ["meal", "activity", "message", "call", "meal"])],
      talk=["the Ö1 job", "the audition", "what to cook", "the quartet video", "my mum's hip", "his RSO sessions",
            "a walk in the Augarten", "whether we can go to Linz at Easter", "the microphones for the Ehrbar Saal",
            "the flat's heating", "his mum", "the Tonkünstler and what a permanent job would mean",
            "a Heuriger in Nussdorf", "my practice hours"])
    P("mum", "Brigitte Hofer", 1, "advocate", kin=True, location="Geidorf, Graz",
      title="Retired piano teacher (Johann-Joseph-Fux-Konservatorium)", how_met="Mum", birthday="1958-09-30",
      dates=[("parents-wedding", "Mum and Dad's wedding anniversary", "1984-06-16")],
      notes="67. Taught me the piano before anyone gave me a violin. Her right hip has been bad for two years; the "
            "replacement is on Wednesday 4 March at 7.30, first on the list at the Barmherzige Brüder in Eggenberg; "
            "about eight days in hospital, then three weeks' rehab at Laßnitzhöhe. Frightened of the anaesthetic, "
            "not the operation. I promised to come down on Sunday 8 March and sit with her. Worries more about Dad "
            "coping alone, and about Oma Resi, whom she visits every Tuesday, than about herself.",
      rhythm=[(4, H, "2026-03-01", ["call", "call", "message", "video", "call"])],
      extra=[("2026-03-01", "call", "Call: Sunday evening; she's packed for the hospital and pretending she's calm",
              40)],
      talk=["her hip", "the operation", "Dad", "Oma Resi", "the audition", "her pupils' old concerts",
            "Katrin's kids", "the rehab at Laßnitzhöhe", "what to pack", "Dad's 70th", "the weather in Graz",
            "my practising", "Jonas"])
    P("dad", "Werner Hofer", 1, "advocate", kin=True, location="Geidorf, Graz",
      company="AVL List (retired)", title="Retired engine-test engineer", how_met="Dad", birthday="1956-03-11",
      notes="Turns 70 on Wednesday 11 March, the day before my audition. The party at the Gasthaus in Mariatrost is "
            "off because of Mum's hip; we'll do it in the summer. Can't cook and won't say he's worried; Katrin has "
            "him for dinner. Phones on Sundays and asks about the audition the way he asked about school exams.",
      rhythm=[(9, H, "2026-02-28", ["call", "message", "call"])],
      talk=["Mum's hip", "his 70th", "the audition", "Sturm Graz", "his garden", "the car", "Oma Resi",
            "who's cooking", "his walking group", "the AVL pensioners' lunch"])
    P("katrin", "Katrin Resch", 1, "advocate", kin=True, location="St. Peter, Graz",
      company="Apotheke am Schillerplatz", title="Pharmacist", how_met="My big sister", birthday="1986-11-19",
      interests={"hip-rehab": 0.7},
      notes="39; Georg and two kids, Lotte (9) and Max (6). Ten minutes from Mum and Dad; does the hospital days, "
            "the pre-op appointments and Dad's dinners while I'm in Vienna, and feels it falls on her because I'm "
            "'always playing somewhere'. She's right more often than I like. Takes Mum in on Wednesday morning.",
      rhythm=[(5, H, "2026-03-01", ["call", "message", "call", "video"])],
      extra=[("2026-02-27", "call", "Call: she's taken two days off for the op and will do the hospital; she sounded "
              "tired", 35)],
      talk=["Mum's hip", "Dad", "Lotte and Max", "the hospital rota", "who's driving", "Oma Resi",
            "Dad's 70th", "her pharmacy", "Florian", "my audition", "Easter"])
    P("florian", "Florian Hofer", 3, "friend", kin=True, location="Zurich", company="Swiss Re",
      title="Software developer", how_met="My little brother", birthday="1993-07-08",
      notes="32. In Zurich since 2019 with Nadine. Can't come home until Easter; sends money and messages, and Katrin "
            "counts that against him.",
      rhythm=[(21, H, "2026-02-22", ["message", "video", "call"])],
      talk=["Mum's hip", "Dad's 70th", "Zurich", "his climbing", "Easter in Graz", "Katrin", "the audition"])
    P("oma", "Theresia Hofer", 4, "advocate", kin=True, location="Andritz, Graz",
      title="Retired (Pflegeheim Andritz)", how_met="Oma Resi, Dad's mother", birthday="1934-05-02",
      notes="91, in a care home in Andritz since 2023. Mum visits every Tuesday; with Mum in hospital nobody will. "
            "Deaf, sharp, and asks about 'the fiddle'. I ring her on Sunday afternoons.",
      rhythm=[(10, H, "2026-03-01", ["call", "call", "letter"])],
      talk=["the fiddle", "the food in the home", "Mum", "the old days in Leoben", "her hearing aid",
            "the Sunday Mass on the TV"])
    P("gertraud", "Gertraud Leitner", 3, "friend", kin=True, location="Urfahr, Linz",
      title="Retired secondary-school teacher", how_met="Jonas's mum", birthday="1958-03-02",
      dates=[("helmut-died", "Jonas's dad Helmut died (2021)", "2021-03-10")],
      notes="Turns 68 on Monday 2 March. Widowed five years on 10 March; Helmut died of Covid in the second wave "
            "and she couldn't sit with him. Jonas goes to Linz every 10 March. Kind to me; sends Linzer Torte.",
      rhythm=[(30, H, "2026-02-15", ["call", "meal", "message"])],
      extra=[("2025-03-10", "meal", "Dinner: in Linz with her and Jonas on the fourth anniversary of Helmut's death",
              180)],
      talk=["Jonas's job", "her garden", "Helmut", "my concerts", "Barbara's kids", "Easter", "the Brucknerhaus"])
    P("barbara", "Barbara Leitner", 4, "friend", kin=True, location="Urfahr, Linz", company="BG Dametzstraße",
      title="Secondary-school teacher (English and music)", how_met="Jonas's sister",
      rhythm=[(45, H, "2026-01-25", ["message", "meal", "call"])],
      talk=["her school choir", "their mum", "Jonas's job", "the kids", "Linz"])

    # --- friends ---
    P("julia", "Julia Brandstetter", 1, "advocate", location="Ottakring, Vienna",
      company="Volksschule Grundsteingasse", title="Primary-school teacher",
      how_met="Best friends since the first week at the music gymnasium in Graz", met_on="2000-09-11",
      birthday="1989-06-25",
      notes="36. The only friend I have who isn't a musician and says so. Runs by the Danube canal with me on "
            "Sunday mornings. Was there the night I didn't get the Volksoper job in 2021.",
      rhythm=[(6, H, "2026-02-28", ["call", "message", "meal", "activity", "coffee"])],
      talk=["the audition", "her class", "running on the Donaukanal", "her new flat", "my mum",
            "whether I practise too much", "the Graz years", "a glass of Grüner", "her boyfriend Tom",
            "Jonas's job"])
    P("verena", "Verena Fink", 2, "advocate", location="Hernals, Vienna", company="Gruppenpraxis Hernals",
      title="GP (Ärztin für Allgemeinmedizin)", how_met="School in Graz; we moved to Vienna the same autumn",
      met_on="2001-09-10", birthday="1989-01-14",
      notes="Explains Mum's hip to me in plain words and tells me what questions to ask the surgeon.",
      rhythm=[(14, H, "2026-02-26", ["coffee", "call", "message", "meal"])],
      extra=[("2026-02-26", "call", "Call: walked me through the hip op and the rehab, and told me to stop googling",
              30)],
      talk=["Mum's hip", "her practice", "her twins", "the audition nerves", "beta blockers, and why not",
            "Graz", "a swim at the Jörgerbad"])

    # --- the Lindengasse Quartett ---
    P("miriam", "Miriam Sommer", 2, "advocate", location="Neubau, Vienna",
      company="Lindengasse Quartett; Musik und Kunst Privatuniversität (MUK)",
      title="First violin; violin lecturer", how_met="Founded the quartet with me in 2019", met_on="2012-10-01",
      interests={"string-quartet": 1.0, "chamber-music-funding": 0.7},
      notes="38. We rehearse in her flat in the Lindengasse on Tuesdays and Fridays. Wants the festival more than any "
            "of us; she'd rather I didn't take a permanent orchestra job and has said so once. I promised the draft "
            "application (programme, bios, our text) to the three of them by Friday 6 March.",
      rhythm=[(4, H, "2026-02-27", ["meeting", "message", "meeting", "call"])],
      talk=["rehearsing the Haydn", "the Webern", "the Schulhoff", "the festival application", "the CD grant",
            "our bios", "bowings for op. 76/4", "Susanne's bookings", "the video", "Tobias", "the MUK",
            "her students"])
    P("tobias", "Tobias Gruber", 2, "advocate", location="Vienna (on a friend's sofa)",
      company="Lindengasse Quartett; freelance", title="Viola", how_met="The quartet's violist since 2019",
      met_on="2015-04-01", birthday="1983-10-02",
      dates=[("tobias-wedding", "Tobias and Sabine's wedding anniversary", "2014-03-07")],
      need=("tobias-flat", "flat-to-rent",
            "Needs a small flat in Vienna from April, near the girls' school in Hernals if he can, at a freelance's "
            "rent; he's on a friend's sofa", "2026-02-24"),
      notes="42. He and Sabine have separated after twelve years; he moved out of the flat in Hernals on 24 February "
            "and slept three nights on our sofa. The girls, Lea (10) and Nora (7), stay with Sabine; he has them "
            "every other weekend and nowhere to have them. Their wedding anniversary would be Saturday 7 March. "
            "Plays as if nothing's happened, and his intonation says otherwise.",
      rhythm=[(5, H, "2026-02-27", ["meeting", "message", "meeting", "call"])],
      extra=[("2026-02-24", "meal", "Dinner: he turned up with a suitcase; Sabine and he have separated. Our sofa",
              180),
             ("2026-02-26", "message", "Messages: found a friend's sofa in Meidling until he finds a flat")],
      talk=["rehearsing the Haydn", "the Webern", "the girls", "the festival", "his Volksoper extras",
            "the viola part of the Schulhoff", "Rapid Wien", "the CD", "where he's sleeping"])
    P("judith", "Judith Weber", 2, "advocate", location="Wieden, Vienna",
      company="Lindengasse Quartett; Barockensemble Wien 1700", title="Cello", how_met="Joined the quartet in "
      "October 2024, after Clemens's successor left", met_on="2024-10-04", birthday="1992-03-06",
      interests={"baroque": 0.9},
      notes="Turns 34 on Friday 6 March. Also plays continuo in Ines's Baroque ensemble, so we're both in the St "
            "John Passion. Keeps the quartet's spreadsheet and is the only one of us who reads contracts.",
      rhythm=[(5, H, "2026-02-27", ["meeting", "message", "meeting"])],
      extra=[(H, "meeting", "Meeting: her first rehearsal with us; the Haydn slow movement was already better", 180)],
      talk=["rehearsing the Haydn", "the Webern", "the CD budget", "the St John Passion", "gut strings",
            "her cello's crack", "the festival", "her climbing", "the spreadsheet"])
    P("mira", "Mira Kovačević", 2, "advocate", location="Alsergrund, Vienna",
      company="University of Music and Performing Arts Vienna (mdw)", title="Pianist and répétiteur",
      how_met="Accompanied my diploma recital at the mdw in 2014", met_on="2013-11-01", birthday="1988-12-03",
      notes="37, from Split. Plays the first round of my audition with me (the orchestra lets you bring your own "
            "pianist) and won't take a fee; three rehearsals and a mock audition on Monday 9 March at 10 in her room "
            "at the mdw. I promised her the Mozart D major with my cuts, the Joachim cadenza and my tempi by Tuesday "
            "3 March. Also playing at Eva's concert.",
      rhythm=[(10, H, "2026-02-28", ["meeting", "coffee", "message", "call"])],
      extra=[("2026-02-20", "coffee", "Coffee: she'll play the audition with me and won't hear of a fee", 60),
             ("2026-02-28", "meeting", "Meeting: first rehearsal of the Mozart; my opening is too careful", 120)],
      talk=["the Mozart", "the audition", "her students at the mdw", "Eva's concert", "Split in summer",
            "the Brahms sonata we never finish", "tempi", "her flat"])

    # --- the orchestras, the fixers, the conductors ---
    P("herbert", "Herbert Mayr", 3, "advocate", power=True, company="Volksoper Wien",
      title="Orchestra manager (Orchesterinspektor)", location="Währing, Vienna",
      how_met="Rang me for my first extra at the Volksoper in 2014 and has rung ever since", met_on="2014-09-01",
      birthday="1960-11-30",
      notes="65. Thirty-one years booking the Volksoper's extras; the first call I get for any operetta run. Retires "
            "on 31 March; his farewell is after the Sunday matinee on 15 March, in the canteen. Sonja is collecting "
            "pages for a farewell book he mustn't know about. I owe a good part of my last ten years to his phone.",
      rhythm=[(21, H, "2026-02-19", ["call", "message", "call", "event"])],
      extra=[("2025-12-01", "call", "Call: the whole New Year Fledermaus run is mine if I want it", 10),
             ("2026-02-19", "call", "Call: no extras for me in March, and he's off at the end of the month", 15)],
      talk=["a Lustige Witwe run", "the Fledermaus at New Year", "who's sick in the seconds", "his garden in "
            "Währing", "his retirement", "the schedule for April", "the Volksoper canteen", "his grandson"])
    P("sonja", "Sonja Reiter", 4, "ally", power=True, company="Volksoper Wien",
      title="Deputy orchestra manager; takes over from Herbert on 1 April", location="Favoriten, Vienna",
      how_met="Herbert's deputy since 2019", met_on="2019-09-01",
      notes="Collecting pages for Herbert's farewell book; I promised mine by Monday 9 March. From April she books "
            "the extras, and she doesn't know my playing the way Herbert does.",
      rhythm=[(35, H, "2026-02-24", ["email", "call", "message"])],
      extra=[("2026-02-24", "email", "Email: a farewell book for Herbert, a page each, by 9 March")],
      talk=["the schedule", "the extras list", "a contract", "Herbert's farewell", "the April run"])
    P("bernhard", "Bernhard Kainz", 4, "ally", power=True, company="Tonkünstler-Orchester Niederösterreich",
      title="Orchestra manager (Orchestermanager)", location="St. Pölten",
      how_met="Has booked me as an extra in the seconds since 2017", met_on="2017-03-01",
      notes="Runs the Tonkünstler's auditions. The audition for a permanent tutti post in the second violins is "
            "Thursday 12 March at 10 in the Festspielhaus St. Pölten: Mozart behind a screen in the first round, a "
            "Romantic concerto and excerpts in the second, excerpts and section playing in the final. A trial year "
            "if I win. I'm not booked as an extra until after it.",
      rhythm=[(40, H, "2026-01-28", ["call", "email", "event"])],
      extra=[("2026-02-02", "email", "Email: the audition invitation and the excerpt list")],
      talk=["a Grafenegg date", "the extras' schedule", "a Musikverein concert", "a tour to Japan",
            "the contract"])
    P("lukas", "Lukas Frank", 3, "friend", company="Tonkünstler-Orchester Niederösterreich",
      title="Violinist (second violins)", location="Leopoldstadt, Vienna",
      how_met="Stand partners in the Gustav Mahler Jugendorchester in 2009", met_on="2009-07-20",
      notes="Told me the tutti post was coming before it was advertised. He sits on the audition committee, so we "
            "keep off the subject and talk about his kids.",
      rhythm=[(21, H, "2026-02-21", ["message", "coffee", "event"])],
      extra=[("2026-01-25", "coffee", "Coffee: there'll be a tutti post in the seconds; he thinks I should go for it",
              60)],
      talk=["his kids", "the GMJO summers", "the Tonkünstler tour", "a Grafenegg gig", "football", "his bow"])
    P("sebastian", "Sebastian Kraus", 3, "friend", location="Margareten, Vienna", title="Freelance violinist",
      how_met="The mdw, a year below me", met_on="2010-10-01", interests={"orchestra-audition": 1.0},
      notes="33. Going for the same Tonkünstler post. We've played excerpts to each other every Friday since "
            "February and are careful with each other about it.",
      rhythm=[(14, H, "2026-02-27", ["meeting", "message", "coffee"])],
      talk=["the Don Juan excerpt", "the Mozart 39 excerpt", "the audition", "a Klangwerk session",
            "his girlfriend in Munich", "fixers", "the Volksoper"])
    P("ines", "Ines Brückner", 4, "ally", power=True, company="Barockensemble Wien 1700",
      title="Artistic director and harpsichordist", location="Innere Stadt, Vienna",
      how_met="Asked me for a Bach cantata in 2018 when her leader was ill", met_on="2018-11-01",
      interests={"baroque": 1.0},
      notes="The St John Passion is Saturday 14 March at 19.30 in the Minoritenkirche; rehearsals Friday 13 March "
            "from 18.00 and the dress at 14.00 on the Saturday. Gut strings and a lower pitch, so I need two days on "
            "the baroque fiddle around the audition.",
      rhythm=[(30, H, "2026-02-23", ["call", "email", "event"])],
      talk=["the St John Passion", "the Minoritenkirche", "gut strings", "a cantata series", "the fee",
            "the continuo", "next season"])
    P("raphael", "Raphael Eder", 3, "advocate", location="Landstraße, Vienna",
      company="Landestheater Linz; Wiener Jeunesse Orchester", title="Conductor (Kapellmeister)",
      how_met="The mdw; he was in the conducting class and needed an orchestra, and I found him one",
      met_on="2009-10-12", birthday="1984-08-02", interests={"orchestra-audition": 0.5},
      notes="41, from Steyr. Conducting a Rusalka at the Landestheater Linz this spring. Has given me more work than "
            "any fixer but Herbert. His dad, Franz, 79, a retired master baker in Steyr, has been in the hospital in "
            "Steyr with heart failure since January; Raphael drives there after every rehearsal.",
      rhythm=[(21, H, "2026-02-25", ["message", "call", "meal", "coffee"])],
      extra=[("2026-01-14", "call", "Call: his dad's in hospital in Steyr; heart failure", 30),
             ("2026-02-25", "call", "Call: his dad's not eating; the doctors talk about weeks", 30)],
      talk=["his Rusalka", "his dad", "the Jeunesse orchestra", "the audition", "Steyr", "conductors we can't "
            "stand", "his mother", "Linz"])
    P("thomas", "Thomas Berger", 3, "ally", power=True, company="Volksoper Wien",
      title="Concertmaster", location="Hietzing, Vienna", how_met="My first concertmaster at the Volksoper",
      met_on="2014-09-01",
      notes="58. Coached me on the Don Juan and the Mozart excerpts after a Lustige Witwe in January. Has always "
            "wanted to teach.",
      rhythm=[(14, H, "2026-02-14", ["event", "message", "coffee"])],
      extra=[("2026-01-17", "coffee", "Coffee: after the Lustige Witwe, an hour on the Don Juan and the Mozart 39 "
              "excerpts", 60)],
      talk=["a Lustige Witwe", "the excerpts", "the Volksoper", "his students", "the concertmaster's solo in the "
            "Fledermaus", "his violin"])

    # --- teaching ---
    P("renate", "Renate Eichinger", 4, "ally", power=True, company="Musikschule Wien (Josefstadt)",
      title="Director", location="Josefstadt, Vienna", how_met="Gave me the Thursday string class in 2021",
      met_on="2021-02-01", interests={"music-education": 1.0},
      need=("renate-cello", "cello-teacher",
            "Needs a cello teacher to cover Bettina's maternity leave from 13 April: eleven pupils and the junior "
            "ensemble, two afternoons a week; the city's substitute list has nobody", "2026-02-16"),
      notes="I teach the string class (ten- to fourteen-year-olds) on Thursdays at 16.00. The Easter class concert is "
            "Thursday 26 March; I promised her the programme by Friday 13 March.",
      rhythm=[(30, H, "2026-02-16", ["meeting", "email", "message"])],
      extra=[("2026-02-16", "meeting", "Meeting: Bettina's going on maternity leave; she has nobody for the cellos",
              30)],
      talk=["the string class", "the Easter concert", "the timetable", "the school's pianos", "a new pupil",
            "the budget from the city"])
    P("bettina", "Bettina Kurz", 4, "friend", company="Musikschule Wien (Josefstadt)", title="Cello teacher",
      location="Alsergrund, Vienna", how_met="Colleague at the music school since 2021", met_on="2021-02-01",
      notes="Her first baby is due mid-April; worried about who gets her pupils.",
      rhythm=[(14, H, "2026-02-26", ["meeting", "message", "coffee"])],
      talk=["the string class", "her pupils", "the baby", "the staff room", "the junior ensemble"])
    P("sophie", "Sophie Wagner", 4, "friend", location="Döbling, Vienna", title="Student (15), BRG 19",
      how_met="My private student since she was nine", met_on="2019-09-01", interests={"youth-competition": 1.0},
      notes="15, the most gifted student I've had. Plays the prima la musica Vienna round on Saturday 7 March at "
            "10.40 (the Bruch G minor, first movement, and the Bach E major Gavotte); a first prize with distinction "
            "would send her to the national round in May. Has a lesson every Wednesday at five; bites her nails.",
      rhythm=[(7, H, "2026-02-25", ["meeting", "meeting", "message"])],
      talk=["her lesson: the Bruch", "her lesson: the Bach Gavotte", "her lesson: scales", "prima la musica",
            "stage nerves", "her school", "her new strings"])
    P("claudia", "Claudia Wagner", 4, "friend", location="Döbling, Vienna", company="Wagner & Puchner",
      title="Lawyer", how_met="Sophie's mum", met_on="2019-09-01", interests={"youth-competition": 0.8},
      notes="Organised, anxious for Sophie, generous. I promised to send her the warm-up room time and the running "
            "order for Saturday by Wednesday 4 March.",
      rhythm=[(30, H, "2026-02-27", ["message", "call"])],
      talk=["Sophie's practising", "prima la musica", "the lesson fees", "Sophie's school", "a better violin"])
    P("jakob", "Jakob Neumann", 4, "friend", location="Penzing, Vienna", title="Student (17), Musikgymnasium Wien",
      how_met="My private student since 2022", met_on="2022-09-01",
      notes="17. Wants to study at the mdw and applies for its pre-college course this spring; I promised his "
            "reference by Tuesday 10 March. He has my second bow until his is rehaired.",
      rhythm=[(7, H, "2026-02-25", ["meeting", "meeting", "message"])],
      talk=["his lesson: the Wieniawski", "his lesson: Kreutzer 2", "his lesson: the Bach", "the mdw",
            "the pre-college", "his bow", "his band"])
    P("heinz", "Heinz Wallner", 4, "friend", location="Josefstadt, Vienna",
      title="Retired orthopaedic surgeon; adult student", how_met="Started lessons with me when he retired in 2023",
      met_on="2023-04-01", expertise=["hip-surgery"],
      notes="71. Took up the violin at 68 and practises more than my teenagers. Did hips for thirty years and told me "
            "what Mum's rehab will really be like.",
      rhythm=[(14, H, "2026-02-24", ["meeting", "meeting", "message"])],
      talk=["his lesson: the Bach double", "his lesson: vibrato", "hips", "his grandchildren", "the Musikverein",
            "his amateur orchestra"])

    # --- the instrument, the work, the money ---
    P("andreas", "Andreas Schuster", 4, "friend", company="Geigenbau Schuster", title="Violin maker (Geigenbauer)",
      location="Neubau, Vienna", how_met="Has looked after my violin since the mdw", met_on="2009-11-01",
      notes="Looks after my violin (a Mittenwald instrument from 1893) and my bows. On 25 February he reset the "
            "soundpost, dressed the fingerboard and rehaired my bow in a day for the audition, and wouldn't charge "
            "for the soundpost.",
      rhythm=[(60, H, "2026-02-25", ["meeting", "message"])],
      extra=[("2026-02-25", "meeting", "Meeting: soundpost, fingerboard and a rehair in a day, for the audition", 60)],
      talk=["the soundpost", "a rehair", "the open strings in winter", "a bow he's restoring", "Jakob's bow"])
    P("susanne", "Susanne Hartl", 4, "ally", power=True, company="Hartl Artists", title="Agent",
      location="Wieden, Vienna", how_met="Took on the quartet in January 2025", met_on="2024-11-20",
      interests={"string-quartet": 1.0},
      notes="A small agency, mostly chamber music. Books the quartet's concerts and pushed us to apply for the "
            "festival; writes us a letter of support.",
      rhythm=[(30, "2024-11-20", "2026-02-18", ["email", "call", "meeting"])],
      talk=["the season's dates", "the festival", "our fee", "the CD", "a tour to Slovenia", "our photos"])
    P("petra", "Petra Lang", 3, "ally", power=True, company="Klangwerk Filmmusik", title="Producer",
      location="Liesing, Vienna", how_met="Has booked me for film sessions since 2016", met_on="2016-05-01",
      interests={"film-music": 1.0},
      need=("petra-choir", "chamber-choir",
            "Needs a chamber choir of sixteen who can sight-read for a film session in April (a German period drama); "
            "the choir she used has disbanded", "2026-02-18"),
      notes="Booked me to lead the second violins on a series score. Recording session on Tuesday 3 March, 10 to 5.",
      rhythm=[(30, H, "2026-02-18", ["email", "call", "event"])],
      extra=[("2026-02-18", "call", "Call: the booking for 3 March; and she's lost her choir for April", 20)],
      talk=["a session", "the series score", "the click track", "the session fee", "the string section",
            "a composer who writes too high"])
    P("elias", "Elias Moser", 4, "friend", location="Wieden, Vienna", title="Film composer",
      how_met="I've played in most of his scores at Klangwerk", met_on="2016-05-01",
      interests={"film-music": 1.0},
      notes="Scored 'Nebelgrund', the thriller we recorded at Klangwerk last autumn.",
      rhythm=[(45, H, "2026-02-10", ["event", "email", "message"])],
      extra=[("2025-10-21", "event", "At an event: the Nebelgrund sessions at Klangwerk, two days", 480)],
      talk=["a session", "his score", "the album", "the string writing", "the mix"])
    P("ulrike", "Ulrike Stadler", 5, "acquaintance", power=True, company="Kammermusikfest Schloss Kirchstetten",
      title="Artistic director", location="Kirchstetten, Lower Austria",
      how_met="Heard the quartet at a Haydn matinee in Eisenstadt", met_on="2025-07-12",
      interests={"string-quartet": 1.0},
      notes="Her festival's young-ensemble series in August: three concerts, a fee and a radio recording. "
            "Applications (programme, bios, a twenty-minute video) close on Sunday 15 March; I'm submitting ours.",
      extra=[("2025-07-12", "event", "At an event: she came up after our Haydn matinee in Eisenstadt", 20),
             ("2026-02-10", "email", "Email: the call for applications, with a line saying she hopes we'll apply")])
    P("gerhard", "Gerhard Pichler", 5, "acquaintance", power=True, company="Stiftung Klangzeit",
      title="Programme officer (recording grants)", location="Innere Stadt, Vienna",
      how_met="The foundation's information evening for young ensembles", met_on="2025-11-12",
      interests={"chamber-music-funding": 1.0},
      notes="The foundation funds debut recordings. We're asking for €12,000 for a CD (Haydn op. 76/4, Webern, "
            "Schulhoff); deadline 31 March. A call with him on Thursday 5 March at 11; I promised the revised "
            "budget and the recording dates by Wednesday 11 March.",
      extra=[("2025-11-12", "event", "At an event: the foundation's information evening; he said to send a draft "
              "early", 90),
             ("2026-02-16", "email", "Email: sent our draft; he booked a call for 5 March")])
    P("helga", "Helga Hartmann", 3, "advocate", peak=2, location="Hietzing, Vienna",
      company="University of Music and Performing Arts Vienna (mdw), emerita", title="Professor of violin (retired)",
      how_met="My teacher at the mdw, 2008 to 2014", met_on="2008-10-01", birthday="1953-04-17",
      notes="72. Still teaches a few in her flat. On 21 February she heard my whole audition programme for two hours "
            "and wouldn't take money. She wants me in an orchestra; she never liked me 'scattering'.",
      rhythm=[(30, H, "2026-02-22", ["call", "coffee", "letter", "meal"])],
      extra=[("2026-02-21", "meeting", "Meeting: two hours in her flat on the whole audition programme", 120),
             ("2026-02-22", "call", "Call: thanked her for yesterday; she says my Mozart is 'too polite'", 15)],
      talk=["the Mozart", "her students", "the mdw then and now", "her late husband", "her garden",
            "orchestra versus freelancing", "her knees"])

    # --- conservatory friends ---
    P("anna", "Anna Brunner", 4, "friend", peak=2, location="Bamberg", company="Bamberger Symphoniker",
      title="Co-principal viola", how_met="The mdw; we shared a practice room and a flat in the Kaiserstraße",
      met_on="2008-10-01", birthday="1987-12-09", interests={"orchestra-audition": 0.7},
      notes="Moved to Bamberg for a tutti job in 2016 and has been working towards a principal's chair ever since. "
            "I played her a mock audition on video in November.",
      rhythm=[(50, H, "2026-01-18", ["message", "video", "call"])],
      talk=["Bamberg", "her audition", "the Kaiserstraße flat", "her partner", "the orchestra's tour",
            "my audition"])
    P("sarah", "Sarah Lechner", 4, "friend", peak=2, location="London", company="London Philharmonic Orchestra",
      title="Violinist (first violins)", how_met="The mdw; my desk partner in the university orchestra",
      met_on="2008-10-01", birthday="1988-04-04",
      notes="In London since 2013, with Tom, a cellist. Their first baby is due in early March.",
      rhythm=[(45, H, "2026-02-08", ["message", "video"])],
      talk=["the baby", "London", "the LPO", "Tom", "the mdw days", "the Proms"])
    P("paul", "Paul Krenn", 4, "friend", location="Alsergrund, Vienna", title="Cellist (baroque and modern)",
      how_met="The mdw; he went to Basel for early music in 2016", met_on="2009-10-01", interests={"baroque": 0.9},
      expertise=["cello-teaching"],
      offer=("paul-cello", "cello-teacher",
             "Back in Vienna from the Schola Cantorum in Basel; taught cello at a Basel music school for six years and "
             "is looking for teaching, two or three afternoons a week", "2026-02-10"),
      notes="Came home from Basel in January; playing in Ines's ensemble and looking for steady teaching.",
      rhythm=[(60, H, "2025-12-20", ["message", "video"]),
              (21, "2026-01-08", "2026-02-10", ["coffee", "message"])],
      extra=[("2026-02-10", "coffee", "Coffee: he'd like two or three afternoons of teaching; I sent him my list",
              60)],
      talk=["Basel", "the Schola", "finding a flat", "gut strings", "teaching", "Ines's ensemble"])

    # --- neighbours, the parish, the concert for Eva ---
    P("karl", "Karl Novak", 4, "friend", location="Josefstadt, Vienna", title="Retired tram driver (Wiener Linien)",
      how_met="Downstairs neighbour in the Lange Gasse", met_on="2017-06-01", birthday="1951-08-14",
      offer=("karl-flat", "flat-to-rent",
             "Letting his late sister's flat in the Piaristengasse from April: one room and a kitchen, furnished, at a "
             "fair rent to someone he can trust", "2026-02-20"),
      notes="74, widower. Likes the practising, he says; takes our parcels. His sister Hilde died in January and he "
            "wants her flat let to someone decent rather than through an agent.",
      rhythm=[(10, H, "2026-02-26", ["activity", "message", "activity"])],
      extra=[("2026-02-20", "activity", "Outing: on the stairs; he's letting Hilde's flat and doesn't want an agent",
              20)],
      talk=["the stairwell", "his sister Hilde", "the parcels", "the practising", "the tram strikes",
            "the courtyard chestnut"])
    P("dragana", "Dragana Petrović", 4, "friend", location="Josefstadt, Vienna", company="AKH Wien",
      title="Nurse (orthopaedics)", how_met="Across the landing", met_on="2020-08-01",
      rhythm=[(14, H, "2026-02-25", ["activity", "message"])],
      talk=["her daughter Mila", "the night shifts", "the house meeting", "my mum's hip", "the parcels"])
    P("martin", "Martin Hölzl", 4, "friend", company="Pfarre Breitenfeld", title="Church musician; conductor of "
      "the Kammerchor Breitenfeld", location="Josefstadt, Vienna",
      how_met="I've led his Bach cantata band since 2020", met_on="2020-10-01",
      offer=("martin-choir", "chamber-choir",
             "His Kammerchor Breitenfeld (twenty trained voices, good sight-readers) wants paid session and concert "
             "work to fund a tour", "2026-01-15"),
      notes="Hosts Eva's concert in the church on Sunday 29 March at 18.00, and the choir sings. I promised him the "
            "programme and poster text by Monday 9 March for the parish newsletter and the printer.",
      rhythm=[(40, H, "2026-02-20", ["email", "call", "meeting"])],
      extra=[("2026-01-15", "meeting", "Meeting: the church for Eva's concert; the choir wants paid work", 60)],
      talk=["a cantata", "Eva's concert", "the organ", "the choir's tour", "the parish hall", "the posters"])
    P("eva", "Eva Winkler", 3, "advocate", location="Ottakring, Vienna", title="Freelance violist and teacher",
      how_met="Sat next to her in the Tonkünstler violas and seconds for years", met_on="2013-05-01",
      birthday="1980-05-28",
      notes="45. Breast cancer, found in October: surgery in November, chemotherapy until April. As a freelancer she "
            "has no work and very little money coming in, and hates the word 'benefit'; we call it the 'Konzert für "
            "Eva': Sunday 29 March, 18.00, in the Pfarrkirche Breitenfeld, with the quartet, Mira and Martin's choir, "
            "donations at the door.",
      rhythm=[(14, H, "2025-10-10", ["coffee", "message", "event"]),
              (7, "2025-10-20", "2026-02-28", ["call", "message", "activity", "call"])],
      extra=[("2025-10-14", "call", "Call: the biopsy came back; breast cancer", 45),
             ("2026-01-24", "activity", "Outing: tea at hers; she agreed to the concert if it isn't called a "
              "benefit", 90)],
      talk=["the chemo", "her students", "the concert", "her cat", "the Tonkünstler days", "money",
            "a walk on the Wilhelminenberg", "her wig", "films"])

    # --- people I was once close to ---
    P("yuki", "Yuki Nakamura", 5, "friend", peak=2, location="Tokyo", company="NHK Symphony Orchestra",
      title="Violinist", how_met="The mdw; we practised the Bartók duos together for two years",
      met_on="2008-10-01",
      extra=[("2014-06-30", "meal", "Dinner: the night before she flew home to Tokyo", 180),
             ("2019-11-10", "coffee", "Coffee: the NHK on tour at the Konzerthaus; an hour after", 60)])
    P("marek", "Marek Novotný", 5, "friend", peak=3, location="Prague", company="Czech Philharmonic",
      title="Violinist", how_met="Stand partner in the Gustav Mahler Jugendorchester, 2009 and 2010",
      met_on="2009-07-20",
      extra=[("2010-08-28", "event", "At an event: the last GMJO concert of the tour, in Lucerne", 240),
             ("2018-05-12", "message", "Messages: he saw me in the Tonkünstler on a Prague tour")])
    P("lisi", "Elisabeth Haas", 5, "advocate", peak=3, location="Leoben", title="Retired violin teacher",
      how_met="My first violin teacher, at the music school in Graz", met_on="1995-09-01",
      extra=[("2008-07-01", "letter", "Letter: a card when I got into the mdw"),
             ("2016-12-15", "letter", "Letter: a Christmas card; she'd heard me on Ö1")])
    P("clemens", "Clemens Auer", 5, "friend", peak=2, location="Frankfurt", company="Deutsche Bank",
      title="Risk analyst", how_met="The cellist of my first student quartet; gave up the cello in 2015",
      met_on="2010-10-01",
      extra=[("2015-06-20", "meal", "Dinner: he told us he was giving up and going to business school", 150),
             ("2021-09-04", "message", "Messages: he'd seen the quartet's first video")])

    # group contacts
    b.add("2024-12-24", "meal", ["mum", "dad", "katrin", "florian", "jonas"],
          "Dinner: Christmas Eve in Geidorf", 300, "mutual")
    b.add("2025-03-10", "meal", ["gertraud", "barbara", "jonas"],
          "Dinner: in Linz on the anniversary of Helmut's death", 180, "mutual")
    b.add("2025-05-18", "event", ["miriam", "tobias", "judith", "susanne", "jonas"],
          "At an event: the quartet's spring concert in the Ehrbar Saal; Jonas recorded it", 150, "mutual")
    b.add("2025-07-12", "event", ["miriam", "tobias", "judith"],
          "At an event: our Haydn matinee in Eisenstadt", 180, "mutual")
    b.add("2025-08-16", "event", ["tobias", "jonas"],
          "At an event: Tobias and Sabine's summer party in Hernals; the girls played us a duet", 240, "them")
    b.add("2025-09-20", "event", ["martin", "judith", "paul"],
          "At an event: a Bach cantata at Breitenfeld; Paul over from Basel for it", 150, "mutual")
    b.add("2025-11-23", "event", ["miriam", "tobias", "judith", "susanne", "helga"],
          "At an event: the quartet in the Schubert-Saal; Prof. Hartmann came", 150, "mutual")
    b.add("2025-12-24", "meal", ["mum", "dad", "katrin", "florian", "jonas", "oma"],
          "Dinner: Christmas Eve in Geidorf; Oma Resi came out of the home, and Mum limped to the piano for Stille "
          "Nacht", 300, "mutual")
    b.add("2025-12-31", "event", ["herbert", "thomas", "tobias"],
          "At an event: the New Year's Eve Fledermaus at the Volksoper", 240, "mutual")
    b.add("2026-01-24", "meeting", ["martin", "mira", "miriam"],
          "Meeting: planning the Konzert für Eva in the parish hall", 90, "mutual")
    b.add("2026-02-07", "activity", ["mum", "katrin"],
          "Outing: the weekend in Graz; the pre-op appointment at the Barmherzige Brüder with Mum and Katrin", 180,
          "mutual")
    b.add("2026-02-21", "event", ["ines", "judith", "paul"],
          "At an event: a cantata with Barockensemble Wien 1700 at the Minoritenkirche", 180, "mutual")
    b.add("2026-02-27", "meeting", ["miriam", "tobias", "judith"],
          "Meeting: quartet rehearsal; we chose the festival programme, Tobias barely spoke", 180, "mutual")

    # life events
    b.event("ev-anna-bamberg", "anna", "2026-02-13", "new_job",
            "Won the co-principal viola chair of the Bamberger Symphoniker after ten years in the section")
    b.event("ev-thomas-professor", "thomas", "2026-02-20", "new_job",
            "Appointed university professor of violin at the mdw from October; stays on as concertmaster part-time")
    b.event("ev-elias-album", "elias", "2026-02-27", "launch",
            "Released the soundtrack album of 'Nebelgrund', with the strings we recorded at Klangwerk")
    b.event("ev-jonas-oe1", "jonas", "2026-03-06", "promotion",
            "Appointed head of music production at ORF's Ö1, from 1 May")
    b.event("ev-sophie-prize", "sophie", "2026-03-07", "award",
            "First prize with distinction at prima la musica Vienna, and a place in the national round in May")
    b.event("ev-sarah-baby", "sarah", "2026-03-10", "baby",
            "Sarah and Tom's son, Felix, born in London")
    b.event("ev-mum-hip", "mum", OP, "illness",
            "A total hip replacement (right) at the Barmherzige Brüder in Graz-Eggenberg; about eight days in "
            "hospital, then three weeks' rehab at Laßnitzhöhe")
    b.event("ev-raphael-father", "raphael", "2026-03-05", "bereavement",
            "His father, Franz Eder, died in the hospital in Steyr, aged 79; the funeral Mass is on Friday 13 March "
            "at 11 in the Stadtpfarrkirche Steyr, then the burial")
    b.event("ev-tobias-separated", "tobias", "2026-02-24", "other",
            "He and Sabine have separated after twelve years; he moved out of the family flat in Hernals and the "
            "girls stay with Sabine")
    b.event("ev-eva-cancer", "eva", "2025-10-14", "illness",
            "Diagnosed with breast cancer; surgery in November, chemotherapy until April; can't play")
    b.event("ev-herbert-retires", "herbert", "2026-03-31", "other",
            "Retires as the Volksoper's orchestra manager after thirty-one years")
    b.event("ev-paul-home", "paul", "2026-01-05", "move", "Moved back to Vienna from Basel")

    # favors
    b.favor("fv-mira-audition", "mira", "me", "2026-02-20", "favor",
            "Playing the first round of my audition with me, and three rehearsals, for no fee")
    b.favor("fv-andreas-setup", "andreas", "me", "2026-02-25", "favor",
            "Reset the soundpost, dressed the fingerboard and rehaired my bow in a day for the audition, and "
            "wouldn't charge for the soundpost")
    b.favor("fv-katrin-hospital", "katrin", "me", "2026-02-27", "favor",
            "Took two days off to take Mum in for the operation and do the hospital, and has Dad for dinner")
    b.favor("fv-helga-programme", "helga", "me", "2026-02-21", "advice",
            "Heard my whole audition programme for two hours and wouldn't take money", "2026-02-22")
    b.favor("fv-lukas-vacancy", "lukas", "me", "2026-01-25", "share",
            "Told me about the tutti post in the seconds before it was advertised", "2026-01-25")
    b.favor("fv-thomas-excerpts", "thomas", "me", "2026-01-17", "advice",
            "Coached me on the Don Juan and Mozart 39 excerpts after a Lustige Witwe", "2026-01-18")
    b.favor("fv-herbert-fledermaus", "herbert", "me", "2025-12-01", "referral",
            "Gave me the whole New Year Fledermaus run at the Volksoper", "2025-12-02")
    b.favor("fv-petra-lead", "petra", "me", "2025-11-10", "referral",
            "Booked me to lead the second violins on the series score", "2025-11-11")
    b.favor("fv-verena-hip", "verena", "me", "2026-02-26", "advice",
            "Walked me through Mum's operation and rehab and what to ask the surgeon", "2026-02-26")
    b.favor("fv-me-tobias", "me", "tobias", "2026-02-24", "favor",
            "Had him on our sofa for three nights when he moved out")
    b.favor("fv-me-eva", "me", "eva", "2025-11-24", "favor",
            "Took her private students through to Christmas while she had her surgery")
    b.favor("fv-me-anna", "me", "anna", "2025-11-05", "advice",
            "Played her a mock audition on video and sent her my notes")
    b.favor("fv-me-paul", "me", "paul", "2026-02-10", "advice",
            "Sent him my list of music schools and private-student agencies when he came back from Basel")
    b.favor("fv-me-jakob", "me", "jakob", "2026-02-11", "gift", "Lent him my second bow until his is rehaired")
    b.favor("fv-me-raphael", "me", "raphael", "2025-06-14", "favor",
            "Found him six players for the Jeunesse orchestra's summer project at two days' notice")

    # follow-ups
    b.follow_up("fu-mira-parts", "mira", True,
                "Send Mira the Mozart D major with my cuts, the Joachim cadenza and my tempi for the first round",
                "2026-03-03")
    b.follow_up("fu-claudia-times", "claudia", True,
                "Send Claudia the warm-up room time and the running order for Sophie's round on Saturday",
                "2026-03-04")
    b.follow_up("fu-miriam-draft", "miriam", True,
                "Send Miriam, Tobias and Judith the draft festival application: programme, bios and our text",
                "2026-03-06")
    b.follow_up("fu-mum-visit", "mum", True, "Go down to Graz and sit with Mum in hospital", "2026-03-08")
    b.follow_up("fu-sonja-page", "sonja", True, "Give Sonja my page for Herbert's farewell book", "2026-03-09")
    b.follow_up("fu-martin-poster", "martin", True,
                "Send Martin the programme and poster text for the Konzert für Eva, for the parish newsletter and "
                "the printer",
                "2026-03-09")
    b.follow_up("fu-jakob-reference", "jakob", True, "Write Jakob's reference for the mdw pre-college course",
                "2026-03-10")
    b.follow_up("fu-gerhard-budget", "gerhard", True,
                "Send Gerhard the revised budget and the recording dates for the CD grant", "2026-03-11")
    b.follow_up("fu-renate-programme", "renate", True, "Send Renate the string class's Easter concert programme",
                "2026-03-13")
    b.follow_up("fu-ulrike-application", "ulrike", True,
                "Submit the quartet's application and video to the Kirchstetten festival", "2026-03-15")
    b.follow_up("fu-petra-session", "petra", False, "Session at Klangwerk, 10 to 5: the series score",
                "2026-03-03")
    b.follow_up("fu-jonas-interview", "jonas", False, "His final interview for head of music production at Ö1",
                "2026-03-03")
    b.follow_up("fu-mum-op", "mum", False,
                "Her hip operation, 7.30, first on the list at the Barmherzige Brüder in Eggenberg", "2026-03-04")
    b.follow_up("fu-gerhard-call", "gerhard", False, "Call about the CD grant (11am)", "2026-03-05")
    b.follow_up("fu-sophie-round", "sophie", False, "Her prima la musica round, 10.40", "2026-03-07")
    b.follow_up("fu-jonas-video", "jonas", False, "Recording the quartet's festival video in the Ehrbar Saal (7pm)",
                "2026-03-09")
    b.follow_up("fu-mira-mock", "mira", False, "Mock audition in her room at the mdw (10am)", "2026-03-09")
    b.follow_up("fu-bernhard-audition", "bernhard", False,
                "The audition for the tutti post in the second violins, 10am, Festspielhaus St. Pölten",
                "2026-03-12")
    b.follow_up("fu-ines-passion", "ines", False,
                "St John Passion at the Minoritenkirche, 19.30 (rehearsal Friday 18.00, dress Saturday 14.00)",
                "2026-03-14")
    b.follow_up("fu-herbert-farewell", "herbert", False,
                "His farewell after the matinee, in the Volksoper canteen", "2026-03-15")
    b.follow_up("fu-eva-concert", "eva", False, "The Konzert für Eva, 18.00, Pfarrkirche Breitenfeld",
                "2026-03-29")

    # goals
    b.goal("g-audition", "Win the Tonkünstler tutti post on 12 March, and a trial year after it",
           ["orchestra-audition"], 1, ["mira", "helga", "thomas", "andreas", "sebastian", "bernhard", "jonas"])
    b.goal("g-quartet", "Get the Lindengasse Quartett into Kirchstetten and fund our first CD",
           ["string-quartet", "chamber-music-funding"], 1,
           ["miriam", "tobias", "judith", "susanne", "ulrike", "gerhard", "jonas"])
    b.goal("g-eva", "Put on the Konzert für Eva on 29 March and raise enough to cover her rent until she can play",
           ["benefit-concert"], 2, ["eva", "martin", "mira", "miriam", "tobias", "judith"])
    b.goal("g-work", "Keep the freelance work coming whatever happens on the 12th: the Volksoper after Herbert, "
           "Klangwerk, the Baroque ensemble and the music school", ["film-music", "baroque", "music-education"], 2,
           ["herbert", "sonja", "petra", "elias", "ines", "raphael", "renate"])
    b.goal("g-mum", "Be there for Mum's hip without leaving it all to Katrin", ["hip-rehab"], 1,
           ["mum", "dad", "katrin", "florian", "oma"])

    # saved items
    b.item("it-screen", "Behind the screen: what orchestra audition panels actually listen for",
           "https://example.org/behind-the-screen-auditions", ["orchestra-audition"], "2026-03-02")
    b.item("it-grants", "Recording grants for young chamber ensembles in Austria, 2026",
           "https://example.org/chamber-recording-grants-2026", ["chamber-music-funding"], "2026-03-03")
    b.item("it-hip", "After a hip replacement: the first six weeks at home",
           "https://example.org/hip-replacement-six-weeks", ["hip-rehab"], "2026-03-05")
    b.item("it-scoring", "How Vienna became a city for film scoring",
           "https://example.org/vienna-film-scoring", ["film-music"], "2026-02-27")
    b.item("it-passion", "The St John Passion on gut strings: what changes for the violins",
           "https://example.org/st-john-passion-gut", ["baroque"], "2026-03-09")
    b.item("it-nerves", "Stage nerves in young players: what helps before a competition",
           "https://example.org/young-players-stage-nerves", ["youth-competition"], "2026-03-04")
    b.item("it-practise", "Teaching children to practise: ten ideas that work",
           "https://example.org/teaching-children-to-practise", ["music-education"], "2026-03-11")
    b.item("it-quartets", "Young string quartets and the summer festivals: how programmers choose",
           "https://example.org/quartets-summer-festivals", ["string-quartet"], "2026-03-10")
    b.hand_first()
    return b


def photographer():
    b = Book("photographer", seed=47113)
    H = "2024-10-05"  # history starts: the first dinner with Laura, after Saturday's under-13 game
    FAIR = "2026-03-07"  # Wedding Days Bologna at Palazzo Re Enzo, Saturday 7 and Sunday 8 March
    P = b.known

    # --- home and family ---
    P("laura", "Laura Ferri", 1, "advocate", kin=True, location="Saragozza, Bologna",
      company="Farmacia San Mamolo", title="Pharmacist (deputy director)",
      how_met="Tommaso's mum; he plays on the under-13s I coach at Pallacanestro Saragozza", met_on="2024-09-14",
      birthday="1981-09-22",
      dates=[("simone-died", "Simone, Tommaso's father, died (2021)", "2021-03-10"),
             ("us-laura", "Our first dinner (2024)", H)],
      interests={"pharmacy": 0.9, "youth-basketball": 0.4},
      notes="44. Together since the autumn of 2024; she and Tommaso (12) still live in their flat in via Andrea Costa "
            "and we talk about moving in together after the summer. Widowed: Simone, Tommaso's father, died in a "
            "motorbike accident on the Futa pass on 10 March 2021. The fifth anniversary is Tuesday 10 March; she "
            "takes the day off, goes to the Certosa with Tommaso and then to Simone's parents in Casalecchio. She "
            "wants the day quiet and has asked me to cook that night, nothing more. Works Saturdays at the pharmacy; "
            "laughs at my 'artistic' shopping lists.",
      rhythm=[(3, H, "2026-03-01", ["meal", "message", "call", "activity", "meal"])],
      extra=[(H, "meal", "Dinner: the first one, at the Osteria dell'Orsa after Saturday's game; Tommaso at his "
              "grandparents'", 150),
             ("2026-03-01", "meal", "Dinner: at hers; she asked me to keep the 10th free for the evening and to cook",
              150)],
      talk=["Tommaso's school", "the pharmacy's Saturday rota", "the exhibition", "the fair", "Giulia's trip",
            "moving in together after the summer", "a walk up to San Luca", "my father's trattoria", "the 10th",
            "what to cook", "her mother in Imola", "Tommaso's basketball", "a film at the Lumière"])
    P("giulia", "Giulia Benedetti", 1, "advocate", kin=True, location="Santo Stefano, Bologna (with her mother)",
      company="Liceo Galvani (international section, French)", title="Student (16)", how_met="My daughter",
      birthday="2009-11-18", interests={"school-exchange": 1.0},
      notes="16. Lives mostly with Elena in via Santo Stefano; with me on Wednesdays and every other weekend. Goes to "
            "Lyon on the school exchange from Sunday 8 March (the coach leaves the school at 6.30) to Saturday 14 "
            "March, staying with Camille Moreau's family, who stayed with Elena in November. Nervous about the "
            "French and the family, excited about everything else. Wants a proper camera, not my old one.",
      rhythm=[(4, H, "2026-03-01", ["meal", "message", "activity", "message", "call"])],
      extra=[("2026-02-25", "meal", "Dinner: Wednesday at mine; the Lyon packing list and whether Camille's brother "
              "is annoying", 90)],
      talk=["the Lyon exchange", "Camille", "her French", "school", "her friends", "the camera she wants",
            "Nonno's trattoria", "Laura and Tommaso", "volleyball", "her marks", "a pizza on a Wednesday"])
    P("elena", "Elena Marchi", 2, "ally", location="Santo Stefano, Bologna", company="Comune di Bologna",
      title="Architect, urban planning department", how_met="Giulia's mother; we were married from 2007 to 2018",
      met_on="2003-05-10", interests={"school-exchange": 0.7},
      notes="46. Cordial; we worked hard at it and it works. Lives with Fabio, a sound engineer. Giulia is mostly "
            "with her. Takes Giulia to the coach on Sunday 8 March because I'm at the fair. I promised her Giulia's "
            "signed consent form and my half of the trip (€340) by Tuesday 3 March; she's paid the whole thing.",
      rhythm=[(9, H, "2026-02-27", ["message", "call", "message", "coffee"])],
      extra=[("2026-02-27", "message", "Messages: the consent form and my half of the Lyon trip, by Tuesday please")],
      talk=["Giulia's week", "the Lyon exchange", "Giulia's marks", "who has Giulia at Easter", "the dentist",
            "Giulia's phone bill", "the summer", "Camille's visit"])
    P("chiara", "Chiara Benedetti", 1, "advocate", kin=True, location="Costa Saragozza, Bologna",
      company="Studio Benedetti", title="Albums, books and the studio's accounts", how_met="My little sister",
      birthday="1982-03-05", interests={"commercial-lease": 0.6, "weddings": 0.8},
      notes="Turns 44 on Thursday 5 March. Runs the other half of the studio: the albums, the books, the website, the "
            "invoices. Designed and built our stand for the fair and the new sample albums over two weekends in "
            "February, which I haven't thanked her for properly. Married to Davide; Pietro is 15. Closer to Papà than "
            "I am, and angrier about the landlord.",
      rhythm=[(2, H, "2026-02-28", ["meeting", "message", "meeting", "call"])],
      extra=[("2026-02-22", "meeting", "Meeting: a Sunday in the studio building the fair stand; she did the whole "
              "thing", 420)],
      talk=["the albums", "the fair stand", "the Tenuta pitch", "the price book", "Papà and the landlord",
            "the 2026 bookings", "the new website", "a late album for the Rossi couple", "Federico leaving",
            "Pietro", "the invoices", "the exhibition frames"])
    P("davide", "Davide Rinaldi", 3, "friend", kin=True, location="Costa Saragozza, Bologna",
      company="Ospedale Maggiore", title="Nurse (emergency department)", how_met="Chiara's husband",
      birthday="1979-10-12",
      rhythm=[(21, H, "2026-02-15", ["meal", "message", "activity"])],
      talk=["Pietro", "the Virtus game", "his night shifts", "Papà's trattoria", "Sunday lunch"])
    P("papa", "Franco Benedetti", 1, "advocate", kin=True, location="Bolognina, Bologna",
      company="Trattoria da Franco (via Tibaldi)", title="Owner and host", how_met="Papà", birthday="1948-11-02",
      notes="77. Opened the Trattoria da Franco in via Tibaldi in 1979; Mamma cooks. The building was sold last year "
            "to a property company, and on 10 February the landlord's letter came: the rent goes from €2,100 to €3,400 "
            "a month when the lease renews on 1 July. He says he'll close rather than pay it and doesn't mean it. "
            "Meeting with the landlord's agent on Thursday 5 March at 3 in the trattoria, with Bruno Cocchi from "
            "Confesercenti; I promised to be there. He is in my exhibition, behind his counter, and pretends not to "
            "care.",
      rhythm=[(5, H, "2026-02-28", ["call", "meal", "call", "message"])],
      extra=[("2026-02-10", "meal", "Dinner: at the trattoria after closing; the landlord's letter on the table", 120)],
      talk=["the landlord", "the rent", "the trattoria's Sunday", "Bologna's football", "Mamma's knees",
            "the regulars", "the exhibition", "Giulia", "the lease", "Zia Carmela", "the anniversary lunch",
            "his blood pressure"])
    P("mamma", "Rosa Lanzillotti", 1, "advocate", kin=True, location="Bolognina, Bologna",
      company="Trattoria da Franco", title="Cook", how_met="Mamma", birthday="1951-07-20",
      dates=[("parents-wedding", "Mamma and Papà's wedding anniversary (married 1976)", "1976-03-14")],
      notes="74, from Ostuni. Has cooked in the trattoria since the day it opened in 1979 and wants to fight the "
            "landlord. Their fiftieth wedding anniversary is Saturday 14 March; they won't hear of a party, so it's "
            "lunch for the family in the closed trattoria on Sunday 15 March at 1.30. Rings her sister Carmela in "
            "Ostuni every day.",
      rhythm=[(4, H, "2026-03-01", ["call", "call", "meal", "message"])],
      talk=["the landlord", "the trattoria", "Zia Carmela", "Giulia", "Laura", "the anniversary lunch", "her knees",
            "the tortellini for Christmas", "Papà's blood pressure", "Ostuni"])
    P("zia", "Carmela Lanzillotti", 4, "advocate", kin=True, location="Ostuni, Puglia",
      title="Retired primary-school teacher", how_met="Mamma's older sister; I spent my childhood summers at her "
      "masseria", birthday="1946-03-15",
      notes="Turns 80 on Sunday 15 March. Widowed, still in the masseria outside Ostuni with her olive trees. Mamma "
            "can't go down because of the trattoria. She sends oil at Christmas and asks when I'm coming.",
      rhythm=[(30, H, "2026-02-08", ["call", "call", "letter"])],
      talk=["the olives", "the summer", "Mamma", "Giulia", "her hip", "the masseria's roof", "Ostuni"])

    # --- friends ---
    P("paolo", "Paolo Zucchini", 1, "advocate", location="Murri, Bologna", company="Liceo Minghetti",
      title="Teacher of history and philosophy", how_met="Best friends since the liceo (Righi, 1992)",
      met_on="1992-09-15", birthday="1978-06-03",
      notes="47. Plays five-a-side with me on Monday nights and bass in a band that never gigs. Divorced a year after "
            "me; the one who talks me down. Says I should stop pitching to 'people with helipads'.",
      rhythm=[(6, H, "2026-02-28", ["activity", "message", "call", "meal", "activity"])],
      talk=["five-a-side on Monday", "the Tenuta pitch", "his students", "the band", "my dad's trattoria",
            "Laura", "Bologna's season", "his daughter in Padua", "a beer in the Pratello", "the exhibition"])
    P("andrea", "Andrea Lolli", 2, "advocate", location="Bolognina, Bologna", company="Cineteca di Bologna",
      title="Archivist (photo archive)", how_met="DAMS; we shared a darkroom and a flat in via del Pratello",
      met_on="1997-10-06", birthday="1977-12-01", interests={"portrait-exhibition": 0.8},
      notes="Got me into the Cineteca's photo archive for the Bolognina of the 1970s, which is half the idea of the "
            "exhibition. Lives three streets from the trattoria and eats there on Fridays.",
      rhythm=[(14, H, "2026-02-20", ["coffee", "message", "meal", "call"])],
      extra=[("2025-12-10", "meeting", "Meeting: an afternoon in the Cineteca archive, boxes of 1970s Bolognina", 180)],
      talk=["the archive", "the exhibition", "old Bolognina", "the DAMS years", "the Cineteca's summer cinema",
            "your dad's tortellini", "a film", "his partner Marco"])

    # --- the studio's people ---
    P("federico", "Federico Monti", 2, "advocate", location="San Donato, Bologna",
      company="Freelance; Studio Brera 9, Milan, from 1 April", title="Photographer; my second shooter since 2019",
      how_met="Assisted me at a wedding in 2018 and never left", met_on="2018-06-09", birthday="1991-08-27",
      interests={"fashion-photography": 1.0, "second-shooter": 0.5},
      need=("federico-flat", "milan-flat", "Needs a room or a small flat in Milan, near Brera or Isola, from the end "
            "of March", "2026-01-20"),
      notes="34. My second shooter at something like a hundred and thirty weddings. In January he took a staff job at "
            "Studio Brera 9, a fashion studio in Milan, from 1 April; moves on 28 March. I wrote his reference and I'm "
            "glad for him and dreading the season. He's working the fair stand both days for nothing, his last job "
            "for us. Booked on nine of our weddings between April and June that now need someone else: I promised we'd "
            "go through them together by Friday 13 March.",
      rhythm=[(7, H, "2025-04-10", ["message", "call", "meeting"]),
              (5, "2025-04-12", "2025-10-25", ["event", "message", "event", "call"]),
              (8, "2025-10-28", "2026-02-27", ["message", "meeting", "call"])],
      extra=[("2026-01-15", "call", "Call: Studio Brera 9 have offered him the job; he starts 1 April", 40),
             ("2026-02-25", "meeting", "Meeting: he'll do the fair stand both days and won't be paid for it", 60)],
      talk=["the Rinaldi–Costa wedding", "the Ferrari–Lodi wedding", "a villa in the hills", "the second camera",
            "the Milan job", "the 2026 weddings", "the fair", "the drone", "his girlfriend Marta", "the edit",
            "the light at Ca' del Vento", "a flat in Milan"])
    P("nicolo", "Nicolò Ghedini", 2, "ally", location="Bolognina, Bologna",
      company="Studio Benedetti (apprentice); Accademia di Belle Arti di Bologna",
      title="Apprentice photographer; final-year photography student", how_met="Took my course at Porta Lame in "
      "2024 and asked to carry my bags", met_on="2024-10-08", birthday="2002-07-14",
      interests={"wedding-video": 0.8, "portrait-photography": 0.6},
      offer=("nicolo-video", "wedding-videographer",
             "Shoots and edits video (he did the Accademia's film course) and wants paid weekend work this season: "
             "ceremonies, receptions and same-day edits", "2026-01-20"),
      notes="23. My apprentice since September 2025: retouching, lights, the second body at portrait sessions. "
            "Defends his thesis for the diploma in photography at the Accademia on Tuesday 10 March at 10 (a series on "
            "night workers at the Interporto). I promised him my notes on the thesis portfolio by Friday 6 March. I "
            "want him as second shooter by the summer; he isn't ready for a ceremony on his own yet and knows it. He "
            "has my old Canon body and the 35mm.",
      rhythm=[(30, "2024-10-08", "2025-06-20", ["meeting", "message"]),
              (3, "2025-09-08", "2026-02-28", ["meeting", "message", "meeting", "activity"])],
      talk=["retouching the Ferrari album", "the lights for a portrait", "his thesis", "the Interporto series",
            "video", "the second body", "a corporate shoot", "the fair stand", "what he'll charge",
            "the exhibition prints", "his flat in Bolognina"])
    P("elisa", "Elisa Cremonini", 5, "acquaintance", location="San Vitale, Bologna", title="Photographer",
      how_met="Wrote to me in February; back in Bologna after five years second-shooting for a big studio in Florence",
      met_on="2026-02-02", interests={"weddings": 0.9},
      offer=("elisa-second", "second-shooter",
             "Back from five years second-shooting weddings for a studio in Florence; wants second-shooting for "
             "Bologna studios this season, with her own kit", "2026-02-02"),
      notes="31. Her portfolio is good, her ceremony coverage better than mine at her age. Coffee on 13 February; I "
            "said I'd think about it after the fair.",
      extra=[("2026-02-02", "email", "Email: her portfolio and a note; she's back from Florence and wants to "
              "second-shoot"),
             ("2026-02-13", "coffee", "Coffee: went through her Florence weddings; steady, quiet, good with "
              "families", 60)])

    # --- planners, venues, florist, DJ ---
    P("sofia", "Sofia Guidi", 2, "advocate", power=True, location="Castiglione, Bologna",
      company="Sofia Guidi Weddings", title="Wedding planner", how_met="Her second wedding as a planner, 2013",
      met_on="2013-05-25", birthday="1983-11-09", interests={"weddings": 1.0, "luxury-venues": 0.7},
      notes="42. Sends us close to half our weddings. On 16 February she put my name to Alessandro Venturi for Tenuta "
            "Ca' Bianca's supplier list, and I thanked her. Then off to a destination wedding in Puglia and a "
            "fortnight away. Has a stand at the fair two aisles from ours.",
      rhythm=[(14, H, "2025-03-31", ["call", "message", "meeting", "coffee"]),
              (7, "2025-04-08", "2025-10-20", ["event", "message", "call", "event"]),
              (18, "2025-11-05", "2026-02-16", ["call", "message", "coffee"])],
      extra=[("2026-02-16", "call", "Call: she's given my name to Alessandro Venturi for Tenuta Ca' Bianca's supplier "
              "list; thanked her", 25)],
      talk=["the Bassi–Reggiani wedding", "a couple from Milan", "the Rinaldi–Costa timeline", "the fair",
            "her 2026 couples", "a difficult mother of the bride", "Villa Le Querce", "Tenuta Ca' Bianca",
            "the rain plan", "her new assistant"])
    P("beatrice", "Beatrice Casadei", 3, "ally", power=True, location="Centro storico, Bologna",
      company="Casadei Destination Weddings", title="Destination wedding planner",
      how_met="Hired me for an American couple at Ca' del Vento in 2019", met_on="2019-04-02",
      interests={"weddings": 1.0},
      need=("beatrice-makeup", "bridal-makeup",
            "Needs a bridal hair-and-makeup artist who speaks good English for fourteen destination weddings from "
            "May; hers has moved to Rome", "2026-02-05"),
      notes="Brings American and British couples to the hills; pays on time and wants everything in writing. Her "
            "makeup artist moved to Rome in January and she has fourteen weddings from May.",
      rhythm=[(25, H, "2025-04-01", ["email", "call", "message"]),
              (12, "2025-04-15", "2025-10-15", ["event", "email", "message"]),
              (25, "2025-11-01", "2026-02-20", ["email", "call", "coffee"])],
      extra=[("2026-02-05", "call", "Call: her makeup artist has gone to Rome; she needs someone with English by May",
              20)],
      talk=["a Texan couple", "the London couple at Villa Le Querce", "the rain plan", "the contract",
            "her 2026 list", "the fair", "shot lists in English", "the Ca' del Vento weekend"])
    P("matteo", "Matteo Zanardi", 3, "ally", location="Monteveglio, Valsamoggia",
      company="Agriturismo Ca' del Vento", title="Owner", how_met="My first wedding at Ca' del Vento, 2011",
      met_on="2011-06-18",
      notes="50. Runs the agriturismo his father, Giorgio, built from a ruin in 1985. We've done thirty weddings "
            "there. Giorgio, 81, has been failing since a fall at Christmas; I photographed his 80th in May and gave "
            "them the prints.",
      rhythm=[(30, H, "2025-04-01", ["call", "message"]),
              (14, "2025-04-19", "2025-10-11", ["event", "message", "event"]),
              (30, "2025-11-01", "2026-02-18", ["call", "message", "coffee"])],
      extra=[("2025-05-18", "event", "At an event: Giorgio's 80th at Ca' del Vento; I photographed it", 240),
             ("2026-02-18", "call", "Call: Giorgio is in bed most of the day now; he asked after me", 20)],
      talk=["a wedding at Ca' del Vento", "the new pergola", "his father", "the olive grove", "the 2026 dates",
            "the road after the landslide", "the Lambrusco"])
    P("ludovica", "Ludovica Serra", 3, "ally", power=True, location="Sasso Marconi",
      company="Villa Le Querce", title="Events manager", how_met="The villa's first open day, 2016",
      met_on="2016-03-12", interests={"weddings": 0.9},
      notes="Villa Le Querce is our other big venue; she keeps two photographers on her list and I'm one.",
      rhythm=[(30, H, "2025-04-01", ["email", "call"]),
              (14, "2025-04-12", "2025-10-18", ["event", "message", "event"]),
              (35, "2025-11-01", "2026-02-12", ["email", "coffee", "call"])],
      talk=["a wedding at the villa", "the orangery", "the supplier list", "the 2026 calendar", "the new chef",
            "the fair"])
    P("alessandro", "Alessandro Venturi", 5, "acquaintance", power=True, location="Valsamoggia",
      company="Tenuta Ca' Bianca", title="Owner", how_met="Sofia gave him my name in February",
      met_on="2026-02-19", interests={"luxury-venues": 1.0},
      notes="58. Made his money in packaging machinery and spent it restoring a hamlet in the hills above "
            "Valsamoggia: Tenuta Ca' Bianca, twenty suites, a chapel, opens for weddings on 18 April. He is choosing "
            "two photographers for the preferred-supplier list. My pitch is Wednesday 11 March at 11 at the Tenuta; "
            "Dario Pellacani pitches the same week. Wants 'a look, not a catalogue'.",
      extra=[("2026-02-19", "call", "Call: twenty minutes; he's seen my Ca' del Vento work and wants a proposal", 20)])
    P("valentina", "Valentina Sarti", 5, "acquaintance", power=True, location="Valsamoggia",
      company="Tenuta Ca' Bianca", title="Events director", how_met="Alessandro's events director; set up my pitch",
      met_on="2026-02-19", interests={"luxury-venues": 1.0},
      need=("valentina-florist", "venue-florist",
            "Needs a local florist for Tenuta Ca' Bianca's preferred-supplier list before the opening on 18 April; "
            "the Milan florist they'd agreed with has pulled out", "2026-02-20"),
      notes="Ex-Four Seasons in Florence; precise and friendly. I promised her the proposal (packages, a sample album "
            "and the Ca' del Vento portfolio) by Monday 9 March, ahead of the pitch.",
      extra=[("2026-02-19", "email", "Email: the pitch on 11 March at 11; proposal by the 9th please"),
             ("2026-02-20", "call", "Call: the Milan florist has pulled out; she needs someone local before April",
              15)])
    P("francesca", "Francesca Gamberini", 3, "friend", location="Saragozza, Bologna", company="Fiori Gamberini",
      title="Florist", how_met="Did the flowers at my first Villa Le Querce wedding, 2016", met_on="2016-06-04",
      interests={"wedding-flowers": 1.0, "weddings": 0.7},
      offer=("francesca-venues", "venue-florist",
             "Wants preferred-florist contracts with venues in the hills; has a new cold room and a second van since "
             "January", "2026-01-12"),
      notes="Her shop in via Sant'Isaia is five minutes from the studio. Did the flowers on my stand at the fair for "
            "the cost of the stems.",
      rhythm=[(21, H, "2025-04-01", ["coffee", "message"]),
              (14, "2025-04-12", "2025-10-18", ["event", "message", "event"]),
              (20, "2025-11-01", "2026-02-26", ["coffee", "message", "call"])],
      extra=[("2026-01-12", "coffee", "Coffee: the new cold room and van; she wants a venue contract in the hills",
              45)],
      talk=["a wedding in the hills", "peonies in May", "her new van", "the fair stand", "the Rinaldi–Costa "
            "arch", "the cold room", "her daughter"])
    P("sandro", "Sandro Baldini", 3, "friend", location="Casalecchio di Reno", company="Sandro B. Music & Events",
      title="Wedding DJ", how_met="Twenty weddings in the same barns since 2014", met_on="2014-07-12",
      interests={"wedding-video": 0.9},
      need=("sandro-video", "wedding-videographer",
            "Needs a videographer for the same-day-edit packages he sells with his DJ sets, from April; his has "
            "moved to Lisbon", "2026-02-11"),
      notes="Loud, kind, always the last to leave. Sells a DJ-plus-video package and his videographer has moved to "
            "Lisbon; he has eight booked from April.",
      rhythm=[(30, H, "2025-04-01", ["message", "call"]),
              (14, "2025-04-12", "2025-10-18", ["event", "message", "event"]),
              (30, "2025-11-01", "2026-02-11", ["message", "call", "coffee"])],
      extra=[("2026-02-11", "call", "Call: his videographer's gone to Lisbon; eight same-day edits booked", 20)],
      talk=["a wedding at Ca' del Vento", "the first dance", "his speakers", "Bologna's season", "the fair",
            "a bride who wanted Vasco at 2am"])

    # --- printing, repairs, the gallery, the course ---
    P("luca", "Luca Morandi", 3, "ally", location="Pratello, Bologna", company="Fotolab Morandi",
      title="Fine-art printer", how_met="Has printed my work since 2005", met_on="2005-02-01",
      interests={"portrait-exhibition": 0.7},
      notes="Printed the twenty-four exhibition prints on Hahnemühle Photo Rag at cost and jumped his own queue to do "
            "it; I haven't thanked him as I should. The prints are ready to collect on Monday 9 March.",
      rhythm=[(25, H, "2026-02-27", ["meeting", "email", "message"])],
      extra=[("2026-02-27", "meeting", "Meeting: the test prints for the exhibition; he's doing all 24 at cost, "
              "this week", 90)],
      talk=["the album prints", "the paper", "the exhibition prints", "the profiles", "a test strip",
            "his new printer", "the invoice"])
    P("gianni", "Gianni Cavazza", 4, "friend", location="San Felice, Bologna",
      company="Cavazza Riparazioni Fotografiche", title="Camera repairer", how_met="Has fixed my cameras since 1999",
      met_on="1999-03-01", birthday="1955-09-09",
      notes="70. The last proper camera repairer in Bologna. On 28 January he fixed the 85mm's autofocus overnight "
            "and charged only for the part. Had a heart attack on 20 February; a bypass at Sant'Orsola on the 24th. "
            "The shop is shut until April; his wife Anna answers his phone. My 70–200 is on his bench, and it can "
            "wait.",
      rhythm=[(45, H, "2026-01-29", ["meeting", "call"])],
      extra=[("2026-01-28", "meeting", "Meeting: the 85mm's autofocus, fixed overnight; he charged only the part", 30),
             ("2026-01-29", "call", "Call: thanked him; he told me to stop dropping things", 10),
             ("2026-02-23", "call", "Call: Anna; he had a heart attack on Friday and has a bypass tomorrow", 15)],
      talk=["a lens", "the shutter", "old Hasselblads", "his apprentice years", "the shop", "spare parts"])
    P("ornella", "Ornella Fabbri", 3, "ally", power=True, location="San Vitale, Bologna",
      company="Galleria Spazio Fabbri", title="Gallery owner", how_met="Bought a print at a group show in 2012",
      met_on="2012-11-20", interests={"portrait-exhibition": 1.0},
      notes="Shows photography in two rooms in via San Vitale. My first solo show there: 'Bolognina a tavola', "
            "twenty-four portraits of the cooks, hosts and regulars of the Bolognina's trattorias, Papà's included; "
            "the opening is Thursday 12 March at 6.30, running to 11 April. She gave me the March slot and waived "
            "the wall fee. I promised her the captions and the price list by Wednesday 4 March.",
      rhythm=[(30, H, "2026-02-26", ["meeting", "email", "call"])],
      extra=[("2025-11-20", "meeting", "Meeting: she offered me the March slot and won't take the wall fee", 60),
             ("2026-02-26", "meeting", "Meeting: the hang plan; captions and prices by the 4th", 90)],
      talk=["the exhibition", "the hang", "the invitations", "the prices", "the captions", "a collector",
            "her next show"])
    P("nadia", "Nadia Bertocchi", 3, "ally", power=True, location="Lame, Bologna",
      company="Associazione Culturale Porta Lame", title="Director", how_met="Gave me the portrait course in 2022",
      met_on="2022-06-01", interests={"portrait-photography": 0.6},
      notes="Runs the association's courses and the little theatre. I teach the portrait course on Tuesdays, 7 to "
            "9.30, October to May. I promised her the programme for the April module by Friday 13 March.",
      rhythm=[(21, H, "2026-02-24", ["meeting", "email", "message"])],
      talk=["the course", "the April module", "the room", "the students' show", "the association's budget",
            "the projector"])
    P("irene", "Irene Tosi", 4, "friend", location="San Donato, Bologna", company="Policlinico Sant'Orsola",
      title="Nurse (paediatrics); student on my course", how_met="The portrait course, since October 2024",
      met_on="2024-10-08", interests={"portrait-photography": 1.0},
      notes="38. The best eye on the course. Entered the Premio Fotografico Città di Bologna (amateur section) with a "
            "portrait of her grandmother shelling peas; I went through her portfolio with her in January.",
      rhythm=[(7, "2024-10-08", "2025-05-27", ["meeting"]),
              (7, "2025-10-07", "2026-02-24", ["meeting", "meeting", "message"])],
      talk=["window light", "her grandmother's portrait", "the Premio", "the course", "her night shifts",
            "printing", "her portfolio"])
    P("ettore", "Ettore Gualandi", 4, "friend", location="Bolognina, Bologna",
      title="Retired railwayman; student on my course", how_met="The portrait course, since October 2023",
      met_on="2023-10-03", interests={"portrait-photography": 0.8},
      notes="68. Photographs the Bolognina with a Leica his father bought in 1962. One of the twenty-four portraits in "
            "the exhibition, and he's brought half the neighbourhood to sit for it.",
      rhythm=[(7, H, "2025-05-27", ["meeting"]),
              (7, "2025-10-07", "2026-02-24", ["meeting", "message", "meeting"])],
      talk=["the Leica", "the Bolognina", "the exhibition", "his grandchildren", "the railway", "the course"])

    # --- couples who became friends, and the corporate work ---
    P("alice", "Alice Ferrari", 4, "friend", location="Casalecchio di Reno", company="Unipol", title="Actuary",
      how_met="Her wedding to Giacomo Lodi at Ca' del Vento, June 2024", met_on="2023-11-10",
      notes="32. One of the weddings I'm proudest of. I did her maternity shoot in the Giardini Margherita on 24 "
            "January; the baby is due in mid-March, a girl. I said the first newborn session was on me.",
      rhythm=[(60, "2024-07-01", "2025-12-20", ["message", "message", "coffee"])],
      extra=[("2024-06-15", "event", "At an event: her wedding to Giacomo at Ca' del Vento", 660),
             ("2026-01-24", "meeting", "Meeting: her maternity shoot in the Giardini Margherita; a girl, due mid-March",
              90)],
      talk=["the album", "Giacomo", "the baby", "the Ca' del Vento photos", "a print for his parents"])
    P("serena", "Serena Poggi", 4, "friend", location="Santo Stefano, Bologna",
      company="Serena Poggi Bridal Beauty", title="Bridal hair and makeup artist",
      how_met="Her wedding at Villa Le Querce, September 2023; she did her own makeup and everyone else's",
      met_on="2023-02-14",
      offer=("serena-makeup", "bridal-makeup",
             "Bridal hair and makeup, her own studio since February; fluent English from four years in London; "
             "taking bookings for the 2026 season", "2026-02-12"),
      notes="33. Did bridal makeup for a London agency for four years before she married Luca. Was planning her own "
            "studio when we last spoke in January.",
      rhythm=[(60, "2023-10-15", "2026-01-22", ["message", "coffee", "message"])],
      extra=[("2023-09-16", "event", "At an event: her wedding to Luca Mingardi at Villa Le Querce", 660),
             ("2026-01-22", "message", "Messages: she's signed the lease in via Santo Stefano; opening in February")],
      talk=["her album", "her London years", "makeup for the cameras", "her studio plans", "Villa Le Querce"])
    P("lorenzo", "Lorenzo Bassi", 4, "friend", location="Borgo Panigale, Bologna", company="Salvi Automazione",
      title="Mechanical engineer", how_met="His wedding to Martina Reggiani at Villa Le Querce, June 2025",
      met_on="2024-09-20",
      notes="Introduced me to Cinzia Bellei at Salvi Automazione in September; the annual-report portraits came from "
            "that.",
      rhythm=[(40, "2024-09-20", "2026-01-30", ["message", "coffee", "email"])],
      extra=[("2025-09-15", "email", "Email: introduced me to Cinzia Bellei for Salvi's annual-report portraits")],
      talk=["the wedding album", "Martina", "Salvi", "the Bologna game", "the honeymoon photos"])
    P("cinzia", "Cinzia Bellei", 4, "ally", power=True, location="Casalecchio di Reno",
      company="Salvi Automazione", title="Head of communications", how_met="Lorenzo Bassi's introduction, 2025",
      met_on="2025-09-22",
      notes="Commissioned the board portraits and the factory pictures for the 2025 annual report; wants the same "
            "for 2026, with the new plant, in April. The studio's best-paying client per hour.",
      rhythm=[(30, "2025-09-22", "2026-02-17", ["email", "meeting", "call"])],
      talk=["the annual report", "the board portraits", "the new plant", "the invoice", "the April shoot",
            "the brand guidelines"])

    # --- money and the trattoria ---
    P("cristina", "Cristina Pasquali", 4, "ally", location="Marconi, Bologna", company="Studio Pasquali",
      title="Accountant (commercialista)", how_met="The studio's accountant since 2010", met_on="2010-01-15",
      notes="Does the studio's books with Chiara and Papà's as a favour. I promised her the 2025 invoices and receipts "
            "for the tax return by Friday 13 March. Thinks Papà should ask for a graduated rise.",
      rhythm=[(40, H, "2026-02-19", ["email", "call", "meeting"])],
      talk=["the VAT", "the tax return", "the invoices", "the equipment loan", "the trattoria's numbers",
            "the F24"])
    P("marcello", "Marcello Vignoli", 5, "acquaintance", power=True, location="Centro storico, Bologna",
      company="Banca Felsinea", title="Small-business adviser", how_met="The studio's bank since 2015",
      met_on="2015-06-01",
      notes="A loan of €9,000 for two new mirrorless bodies before the season; a meeting on Tuesday 10 March at 9.30.",
      rhythm=[(90, H, "2026-02-12", ["email", "meeting", "call"])],
      extra=[("2026-02-12", "email", "Email: the equipment loan; a meeting on 10 March with the 2025 accounts")],
      talk=["the overdraft", "the equipment loan", "the card machine", "the studio's account"])
    P("bruno", "Bruno Cocchi", 4, "ally", location="Navile, Bologna", company="Confesercenti Bologna",
      title="Adviser on commercial leases", how_met="Cristina sent us to him in February", met_on="2026-02-17",
      interests={"commercial-lease": 1.0}, expertise=["commercial-lease"],
      notes="Read Papà's lease and the landlord's letter for nothing. Says the rise is legal at renewal but there's "
            "room to negotiate a step-up over three years, and that Papà mustn't say the word 'close' in the room. "
            "Coming to the meeting with the landlord's agent on Thursday 5 March.",
      extra=[("2026-02-17", "meeting", "Meeting: with Papà at Confesercenti; he read the lease and the letter", 60),
             ("2026-02-19", "call", "Call: thanked him; the meeting with the agent is set for 5 March", 10)])

    # --- via Saragozza ---
    P("gino", "Gino Tassinari", 4, "friend", location="Saragozza, Bologna", company="Barberia Tassinari",
      title="Barber", how_met="The barber's next door to the studio since 2008", met_on="2008-04-01",
      rhythm=[(14, H, "2026-02-26", ["activity", "message", "activity"])],
      talk=["the portico", "Bologna's game", "the road works", "the studio's sign", "his grandson", "a haircut"])
    P("adele", "Adele Monari", 4, "friend", location="Saragozza, Bologna", title="Retired seamstress",
      how_met="Lives above the studio; keeps our spare keys", met_on="2008-04-01", birthday="1939-12-08",
      notes="86. Takes in our deliveries and tells me when I look tired. Her son is in Turin.",
      rhythm=[(10, H, "2026-02-27", ["activity", "activity", "message"])],
      talk=["the deliveries", "her son in Turin", "the stairs", "the cat", "the old via Saragozza"])

    # --- the basketball club ---
    P("walter", "Walter Bonfiglioli", 4, "ally", location="Saragozza, Bologna", company="Pallacanestro Saragozza",
      title="Youth director", how_met="Asked me to coach the under-11s when Giulia played, 2018", met_on="2018-09-10",
      interests={"youth-basketball": 1.0},
      notes="Runs the club's youth sector. I coach the under-13s, Tuesdays and Thursdays at 5.30 and a game on "
            "Saturday. The Torneo di Primavera is Sunday 15 March from 9.30 at the PalaSaragozza; I promised him the "
            "team list and the medical certificates by Wednesday 11 March.",
      rhythm=[(10, H, "2026-02-28", ["activity", "message", "event"])],
      talk=["the under-13s", "the Saturday game", "the gym times", "the tournament", "the medical certificates",
            "the club calendar", "the referees"])
    P("simona", "Simona Rizzi", 4, "friend", location="Saragozza, Bologna",
      title="Team manager, under-13s (a player's mum)", how_met="Team manager since her son Matteo joined, 2024",
      met_on="2024-09-14", interests={"youth-basketball": 0.8},
      rhythm=[(10, H, "2026-02-28", ["message", "activity", "message"])],
      talk=["the lifts to away games", "the kit", "the team's chat", "the snacks rota", "the tournament"])

    # --- other photographers, the press ---
    P("stefano", "Stefano Righi", 3, "friend", location="Modena", company="Foto Righi (closed)",
      title="Wedding and portrait photographer", how_met="Shared a stand at the Modena wedding fair in 2009",
      met_on="2009-02-07",
      notes="55. Ran Foto Righi in Modena for twenty-two years and closed it on 27 February: the rent, fewer weddings, "
            "couples who want phone pictures. I sent him two weddings I couldn't take in 2025. Proud; rings me when "
            "he's down and never says so.",
      rhythm=[(30, H, "2026-02-27", ["call", "message", "call"])],
      extra=[("2026-02-27", "call", "Call: he closed the studio today; twenty-two years. He sounded flat", 45)],
      talk=["the trade", "the Modena fair", "couples and phones", "his son", "prices", "film", "the old days"])
    P("dario", "Dario Pellacani", 5, "acquaintance", location="Reggio Emilia",
      company="Pellacani Luxury Weddings", title="Wedding photographer", how_met="The trade; we've pitched for the "
      "same villas for ten years", met_on="2014-03-01",
      notes="Slick, a team of six, drone and video. Pitching to Tenuta Ca' Bianca the same week I am. We nod at "
            "fairs.",
      extra=[("2025-03-09", "event", "At an event: the spring fair; a polite coffee at his stand", 20),
             ("2025-11-14", "message", "Messages: he asked if I had a date free for a second shooter; I hadn't")])
    P("valeria", "Valeria Orsi", 4, "friend", location="Bolognina, Bologna", company="Corriere di Bologna",
      title="Journalist (culture)", how_met="Interviewed me about the trattoria portraits in 2023",
      met_on="2023-05-12", interests={"portrait-exhibition": 0.9},
      notes="Wrote the best piece anyone has written about my work. Grew up in the Bolognina.",
      rhythm=[(45, H, "2026-01-30", ["email", "coffee", "message"])],
      extra=[("2026-01-30", "email", "Email: sent her the invitation to the opening; she'll try")],
      talk=["the exhibition", "the Bolognina", "her piece on the trattorias", "the culture pages", "the city"])

    # --- Giulia's exchange ---
    P("donatella", "Donatella Minarini", 5, "acquaintance", location="Bologna", company="Liceo Galvani",
      title="French teacher; leads the Lyon exchange", how_met="Giulia's French teacher", met_on="2024-09-20",
      interests={"school-exchange": 1.0},
      notes="Takes eighteen students to Lyon from 8 to 14 March; sends the parents' group a message every evening.",
      rhythm=[(60, "2024-09-20", "2026-02-23", ["email", "message"])],
      extra=[("2026-02-23", "email", "Email: the parents' meeting; coach at 6.30 on Sunday 8 March, back on the 14th "
              "around nine")],
      talk=["Giulia's French", "the exchange", "the parents' meeting", "the host families"])

    # --- people I was once close to ---
    P("tiziano", "Tiziano Ruggeri", 5, "advocate", peak=2, location="Rimini", title="Retired photographer",
      how_met="My master: I assisted him at Studio Ruggeri in Rimini from 1998 to 2003", met_on="1998-06-01",
      extra=[("2003-09-30", "meal", "Dinner: my last day at the studio; he gave me his Rolleiflex", 180),
             ("2019-12-20", "call", "Call: Christmas; he'd seen my Ca' del Vento weddings in a magazine", 20)])
    P("marta", "Marta Ghini", 5, "friend", peak=2, location="Paris", company="a Paris weekly",
      title="Photo editor", how_met="DAMS; the three of us with Andrea in the Pratello flat", met_on="1997-10-06",
      extra=[("2011-04-02", "meal", "Dinner: before she left for Paris", 180),
             ("2020-05-14", "video", "Video call: the lockdown; she'd been laid off and hired back", 45)])
    P("gigi", "Luigi Pancaldi", 5, "friend", peak=2, location="Melbourne", title="Physiotherapist",
      how_met="Played point guard next to me in Virtus's youth teams", met_on="1990-09-01",
      extra=[("2009-08-20", "meal", "Dinner: the night before he emigrated", 180),
             ("2018-06-03", "message", "Messages: photos of his kids in Virtus shirts")])
    P("roberta", "Roberta Sala", 5, "friend", peak=3, location="Toronto", title="Architect",
      how_met="A bride in 2012 who became a friend", met_on="2011-10-01",
      extra=[("2012-06-23", "event", "At an event: her wedding at Villa Le Querce", 600),
             ("2017-03-05", "message", "Messages: she'd moved to Toronto; photos of the snow")])

    # group contacts
    b.add("2024-12-24", "meal", ["papa", "mamma", "chiara", "davide", "giulia"],
          "Dinner: Christmas Eve at the trattoria, closed for us", 240, "mutual")
    b.add("2025-03-08", "event", ["chiara", "federico", "sofia", "francesca"],
          "At an event: the spring wedding fair; our old stand, three bookings", 480, "mutual")
    b.add("2025-05-18", "event", ["matteo", "chiara"],
          "At an event: Giorgio Zanardi's 80th at Ca' del Vento", 240, "mutual")
    b.add("2025-06-14", "event", ["lorenzo", "ludovica", "sofia", "francesca", "sandro", "federico"],
          "At an event: Lorenzo and Martina's wedding at Villa Le Querce", 660, "mutual")
    b.add("2025-06-28", "event", ["matteo", "beatrice", "francesca", "federico"],
          "At an event: a Texan couple's wedding at Ca' del Vento", 660, "mutual")
    b.add("2025-09-13", "event", ["matteo", "sofia", "sandro", "federico"],
          "At an event: the Rinaldi–Costa wedding at Ca' del Vento; rain, then the best light of the year", 660,
          "mutual")
    b.add("2025-11-12", "meal", ["elena", "giulia"],
          "Dinner: at Elena's with Giulia and Camille, the French exchange student", 120, "them")
    b.add("2025-12-24", "meal", ["papa", "mamma", "chiara", "davide", "giulia", "laura"],
          "Dinner: Christmas Eve at the trattoria; Laura and Tommaso's first with us", 240, "mutual")
    b.add("2026-01-20", "meeting", ["chiara", "federico", "nicolo"],
          "Meeting: the 2026 season in the studio; who covers what when Federico goes", 120, "mutual")
    b.add("2026-02-10", "meal", ["papa", "mamma", "chiara"],
          "Dinner: at the trattoria after closing; the landlord's letter", 120, "mutual")
    b.add("2026-02-24", "meeting", ["nadia", "irene", "ettore"],
          "Meeting: the Tuesday course; window light and the students' show in May", 150, "mutual")
    b.add("2026-02-28", "event", ["walter", "simona", "laura"],
          "At an event: the under-13s lost by four to Castel Maggiore; Laura kept the score", 120, "mutual")

    # life events
    b.event("ev-serena-studio", "serena", "2026-02-12", "launch",
            "Opened her own bridal hair-and-makeup studio, Serena Poggi Bridal Beauty, in via Santo Stefano")
    b.event("ev-valeria-editor", "valeria", "2026-02-23", "promotion",
            "Appointed head of the culture pages of the Corriere di Bologna")
    b.event("ev-sofia-award", "sofia", "2026-02-25", "award",
            "Named wedding planner of the year for Emilia-Romagna at the Italian Wedding Industry Awards in Rimini")
    b.event("ev-alice-baby", "alice", "2026-03-04", "baby", "Alice and Giacomo's daughter, Bianca, born at the "
            "Maggiore")
    b.event("ev-irene-prize", "irene", "2026-03-06", "award",
            "First prize in the amateur section of the Premio Fotografico Città di Bologna, for the portrait of her "
            "grandmother shelling peas")
    b.event("ev-nicolo-diploma", "nicolo", "2026-03-10", "graduation",
            "Diploma in photography from the Accademia di Belle Arti di Bologna, 110 with honours, for his series on "
            "the night workers of the Interporto")
    b.event("ev-federico-milan", "federico", "2026-01-15", "new_job",
            "Staff photographer at Studio Brera 9 in Milan from 1 April")
    b.event("ev-giorgio-died", "matteo", "2026-03-04", "bereavement",
            "His father, Giorgio Zanardi, who built Ca' del Vento, died at home, aged 81; the funeral is on Saturday 7 "
            "March at 10.30 in the Abbazia di Monteveglio")
    b.event("ev-gianni-heart", "gianni", "2026-02-20", "illness",
            "A heart attack; a bypass at Sant'Orsola on 24 February; the shop is shut until April")
    b.event("ev-stefano-closed", "stefano", "2026-02-27", "job_loss",
            "Closed Foto Righi, his studio in Modena, after twenty-two years")
    b.event("ev-papa-rent", "papa", "2026-02-10", "other",
            "The landlord's letter: the trattoria's rent goes from €2,100 to €3,400 a month when the lease renews on "
            "1 July")
    b.event("ev-giulia-lyon", "giulia", "2026-03-08", "other",
            "Goes to Lyon on the school exchange until 14 March, staying with Camille Moreau's family")

    # favors
    b.favor("fv-luca-prints", "luca", "me", "2026-02-27", "favor",
            "Printing the twenty-four exhibition prints on Hahnemühle at cost, ahead of his own queue")
    b.favor("fv-chiara-stand", "chiara", "me", "2026-02-22", "favor",
            "Designed and built the fair stand, the new sample albums and the price book over two weekends")
    b.favor("fv-federico-fair", "federico", "me", "2026-02-25", "favor",
            "Working the fair stand both days for nothing, his last job for the studio")
    b.favor("fv-sofia-tenuta", "sofia", "me", "2026-02-16", "referral",
            "Put my name to Alessandro Venturi for Tenuta Ca' Bianca's preferred-supplier list", "2026-02-16")
    b.favor("fv-andrea-archive", "andrea", "me", "2025-12-10", "share",
            "Got me into the Cineteca's photo archive for the Bolognina of the 1970s", "2025-12-12")
    b.favor("fv-lorenzo-cinzia", "lorenzo", "me", "2025-09-15", "intro",
            "Introduced me to Cinzia Bellei at Salvi Automazione; the annual-report portraits", "2025-09-16",
            "The 2025 annual-report job, and the 2026 one in April")
    b.favor("fv-gianni-lens", "gianni", "me", "2026-01-28", "favor",
            "Fixed the 85mm's autofocus overnight before a shoot and charged only for the part", "2026-01-29")
    b.favor("fv-ornella-slot", "ornella", "me", "2025-11-20", "favor",
            "Gave me the March slot for a solo show and waived the wall fee", "2025-11-21")
    b.favor("fv-bruno-lease", "bruno", "me", "2026-02-17", "advice",
            "Read Papà's lease and the landlord's letter and told us where there is room, for nothing", "2026-02-19")
    b.favor("fv-francesca-stems", "francesca", "me", "2026-02-26", "favor",
            "Doing the flowers for our fair stand for the cost of the stems", "2026-02-26")
    b.favor("fv-me-federico", "me", "federico", "2025-12-05", "endorsement",
            "Wrote his reference for Studio Brera 9")
    b.favor("fv-me-nicolo", "me", "nicolo", "2025-09-08", "gift",
            "Lent him my old Canon body and the 35mm for the season")
    b.favor("fv-me-matteo", "me", "matteo", "2025-05-18", "gift",
            "Photographed Giorgio's 80th at Ca' del Vento and gave the family the prints")
    b.favor("fv-me-irene", "me", "irene", "2026-01-27", "advice",
            "Went through her portfolio with her for the Premio Città di Bologna")
    b.favor("fv-me-stefano", "me", "stefano", "2025-04-20", "referral",
            "Sent him two weddings I couldn't take")
    b.favor("fv-me-walter", "me", "walter", "2025-12-15", "gift",
            "Photographed every youth team for the club's calendar, for nothing")
    b.favor("fv-me-alice", "me", "alice", "2026-01-24", "gift", "Her maternity shoot, as a present")

    # follow-ups
    b.follow_up("fu-elena-trip", "elena", True,
                "Send Elena Giulia's signed consent form and my half of the Lyon trip (€340)", "2026-03-03")
    b.follow_up("fu-ornella-captions", "ornella", True,
                "Send Ornella the captions and the price list for 'Bolognina a tavola'", "2026-03-04")
    b.follow_up("fu-papa-meeting", "papa", True,
                "Be at the trattoria with Papà and Bruno Cocchi for the meeting with the landlord's agent (3pm)",
                "2026-03-05")
    b.follow_up("fu-nicolo-notes", "nicolo", True, "Give Nicolò my notes on his thesis portfolio", "2026-03-06")
    b.follow_up("fu-valentina-proposal", "valentina", True,
                "Send Valentina the proposal for Tenuta Ca' Bianca: packages, a sample album and the Ca' del Vento "
                "portfolio", "2026-03-09")
    b.follow_up("fu-walter-list", "walter", True,
                "Send Walter the under-13s' team list and the medical certificates for the Torneo di Primavera",
                "2026-03-11")
    b.follow_up("fu-federico-handover", "federico", True,
                "Go through Federico's nine booked weddings with him and agree who covers each", "2026-03-13")
    b.follow_up("fu-cristina-invoices", "cristina", True,
                "Send Cristina the 2025 invoices and receipts for the tax return", "2026-03-13")
    b.follow_up("fu-nadia-module", "nadia", True, "Send Nadia the programme for the April module of the course",
                "2026-03-13")
    b.follow_up("fu-chiara-setup", "chiara", False,
                "Setting up the stand for Wedding Days Bologna at Palazzo Re Enzo (from 2pm)", "2026-03-06")
    b.follow_up("fu-sofia-fair", "sofia", False,
                "Wedding Days Bologna at Palazzo Re Enzo, 10 to 8, Saturday and Sunday; her stand is two aisles "
                "from ours", FAIR)
    b.follow_up("fu-giulia-coach", "giulia", False, "Leaves for Lyon: the coach goes from the school at 6.30",
                "2026-03-08")
    b.follow_up("fu-luca-prints", "luca", False, "The exhibition prints are ready to collect (after 4pm)",
                "2026-03-09")
    b.follow_up("fu-nicolo-thesis", "nicolo", False, "His thesis defence at the Accademia (10am)", "2026-03-10")
    b.follow_up("fu-marcello-loan", "marcello", False, "Meeting at the bank about the equipment loan (9.30)",
                "2026-03-10")
    b.follow_up("fu-alessandro-pitch", "alessandro", False,
                "The pitch for the preferred-supplier list at Tenuta Ca' Bianca (11am)", "2026-03-11")
    b.follow_up("fu-ornella-opening", "ornella", False,
                "The opening of 'Bolognina a tavola' at Galleria Spazio Fabbri (6.30pm)", "2026-03-12")
    b.follow_up("fu-giulia-back", "giulia", False, "Back from Lyon, around 9pm at the school", "2026-03-14")
    b.follow_up("fu-walter-tournament", "walter", False, "The under-13s' Torneo di Primavera at the PalaSaragozza "
                "(9.30)", "2026-03-15")
    b.follow_up("fu-mamma-lunch", "mamma", False,
                "Lunch for their fiftieth anniversary in the closed trattoria (1.30)", "2026-03-15")

    # goals
    b.goal("g-tenuta", "Get Studio Benedetti onto Tenuta Ca' Bianca's preferred-supplier list at the pitch on 11 March",
           ["luxury-venues"], 1, ["alessandro", "valentina", "sofia", "chiara", "federico"])
    b.goal("g-season", "Fill the 2026 season (twenty-four weddings) from the fair and the planners",
           ["weddings"], 1, ["sofia", "beatrice", "matteo", "ludovica", "francesca", "sandro", "chiara"])
    b.goal("g-show", "Open 'Bolognina a tavola' well: sell prints, get it written about, take it to the Quartiere "
           "Navile afterwards", ["portrait-exhibition"], 2, ["ornella", "luca", "valeria", "andrea", "ettore", "papa"])
    b.goal("g-second", "Replace Federico before the first wedding on 18 April, and make Nicolò a second shooter by "
           "the summer", ["second-shooter", "wedding-video"], 1, ["federico", "nicolo", "elisa"])
    b.goal("g-trattoria", "Help Papà and Mamma keep the trattoria, or decide together how to let it go",
           ["commercial-lease"], 1, ["papa", "mamma", "chiara", "bruno", "cristina"])
    b.goal("g-family", "Be there for Giulia in Lyon and for Laura on the 10th, and keep things easy with Elena",
           ["school-exchange"], 2, ["giulia", "laura", "elena"])

    # saved items
    b.item("it-suppliers", "What luxury wedding venues want from their preferred suppliers",
           "https://example.org/luxury-venue-preferred-suppliers", ["luxury-venues"], "2026-03-03")
    b.item("it-rents", "Bolognina: shop rents up a fifth since the tram works began",
           "https://example.org/bolognina-commercial-rents", ["commercial-lease"], "2026-03-04")
    b.item("it-window", "Window light: ten portrait exercises for a grey March",
           "https://example.org/window-light-portraits", ["portrait-photography"], "2026-03-05")
    b.item("it-milan", "The new staff photographers of Milan's fashion studios",
           "https://example.org/milan-fashion-studios", ["fashion-photography"], "2026-03-06")
    b.item("it-sde", "Same-day edits: how wedding video moved into the reception",
           "https://example.org/same-day-edit-wedding-video", ["wedding-video"], "2026-03-02")
    b.item("it-u13", "Coaching twelve-year-olds: minutes matter more than the score",
           "https://example.org/coaching-under-13", ["youth-basketball"], "2026-03-09")
    b.item("it-exchange", "A week with a host family: what exchange students wish their parents knew",
           "https://example.org/exchange-host-family", ["school-exchange"], "2026-03-08")
    b.item("it-flowers", "Spring 2026 wedding flowers: the hill venues go wild",
           "https://example.org/spring-2026-wedding-flowers", ["wedding-flowers"], "2026-03-10")
    b.hand_first()
    return b


def recruiter():
    b = Book("recruiter", seed=52719)
    H = "2024-10-14"  # history starts: the Open Doors director shortlist, the search I ran for the charity for nothing
    P = b.known

    # --- home and family ---
    P("declan", "Declan Walsh", 1, "advocate", kin=True, location="Chorlton, Manchester",
      company="St Anselm's RC High School, Wythenshawe", title="Head teacher",
      how_met="My husband; we met at a ceilidh at the Irish World Heritage Centre in 1996", met_on="1996-11-16",
      birthday="1970-03-07",
      dates=[("us-wedding", "Our wedding anniversary", "1998-08-22"),
             ("ruth-day", "Ruth, our first baby, stillborn (2000)", "2000-03-13")],
      interests={"education": 0.9, "hurling": 0.5},
      notes="Turns 56 on Saturday 7 March, the morning after the Open Doors supper; he wants a quiet curry at "
            "the Rose and nothing else. Born in Cobh; head of St Anselm's since 2019, and the school is waiting for "
            "its Ofsted call any day now, so he sleeps badly. Ruth, our first, was stillborn on 13 March 2000. Every "
            "year we go to Southern Cemetery together in the morning and light a candle at home in the evening; "
            "we don't talk about it with anyone else. This year it's the morning after Femi's graduation, so we'll "
            "drive back from London early. Thinks I take on too much and says so over the washing-up.",
      rhythm=[(2, H, "2026-03-01", ["meal", "message", "meal", "activity", "call", "meal"])],
      extra=[("2026-02-20", "call", "Call: from Wakefield; Bukola rang, Mama's been admitted. He said go to Lagos "
              "if you need to, we'll manage", 25),
             ("2026-03-01", "meal", "Dinner: the week ahead on the fridge calendar; Ofsted, the board, Jo, "
              "the graduation", 90)],
      talk=["the Ofsted call", "Mama", "Femi's graduation", "Temi's exams", "the school budget", "Jo and Pete",
            "the drive to London", "his mother in Cobh", "a walk round Chorlton Ees", "the Halden board",
            "his birthday", "the car's MOT", "the boiler", "Munster's season", "what to do at Easter"])
    P("femi", "Femi Adeyemi-Walsh", 1, "advocate", kin=True, location="Kennington, London",
      company="St Thomas' Hospital (acute medical unit)", title="Staff nurse (newly qualified)",
      how_met="My son", birthday="2002-06-12", interests={"nursing": 1.0},
      notes="23. Qualified as an adult nurse at King's College London last summer, got his PIN in October and "
            "started as a band 5 staff nurse on the acute medical unit at St Thomas' in November. Long shifts, "
            "nights every third week, and he loves it more than he says. His graduation is Thursday 12 March at 3 at "
            "the Royal Festival Hall; we're all going down and staying with Kunle and Ronke. Rings me on the bus "
            "home from a night shift, which is the only time I get him talking. Wants to do the Nigeria trip at "
            "Easter with me if Mama's not right.",
      rhythm=[(7, H, "2025-09-20", ["call", "message", "video", "message"]),
              (4, "2025-09-25", "2026-02-28", ["call", "message", "message", "video"])],
      extra=[("2025-11-10", "call", "Call: his first shift on the acute medical unit; terrified and thrilled", 40),
             ("2026-02-28", "call", "Call: from the bus after a night; he's got the 12th off for the graduation "
              "and is trying to get the 13th", 30)],
      talk=["his night shifts", "the acute medical unit", "the graduation", "his flatmates", "Grandma in Lagos",
            "his preceptor", "his rota", "Uncle Kunle's", "money", "whether he's eating", "the gown and the "
            "tickets", "a patient who died on his shift"])
    P("temi", "Temi Adeyemi-Walsh", 1, "advocate", kin=True, location="Marchmont, Edinburgh",
      company="University of Edinburgh", title="Second-year student (social anthropology)", how_met="My daughter",
      birthday="2005-10-30",
      notes="20. In her second year at Edinburgh; a flat in Marchmont with three friends. Exams in May, an essay "
            "on migration and kinship she's proud of. Coming down for Femi's graduation: I promised to book her "
            "train from Waverley to King's Cross for Wednesday 11 March by the 4th, before the fares go up. Closer "
            "to Mama than the rest of us; she's the one who video-calls her in Lagos.",
      rhythm=[(4, H, "2026-02-27", ["message", "video", "message", "call"])],
      extra=[("2026-02-27", "video", "Video call: she'd just rung Grandma; she wants to come down for the graduation "
              "on the 11th, can I book the train", 35)],
      talk=["her essay on kinship", "the flat in Marchmont", "Grandma", "Femi's graduation", "her exams",
            "the train", "money", "her friends", "whether she's coming home at Easter", "Edinburgh weather"])
    P("mama", "Adunni Adeyemi", 1, "advocate", kin=True, location="Surulere, Lagos",
      title="Retired head of a girls' secondary school", how_met="Mama", birthday="1945-07-19",
      notes="80. Widowed since Papa died in 2011; still in the family house in Surulere with Mercy, who lives in and "
            "helps. We flew the whole family out for her 80th in July. Heart failure: admitted to the Ikeja Heart "
            "Centre on Friday 20 February, breathless and her ankles swollen; home on the 27th on new tablets and a "
            "salt-free diet she ignores. Her review with the cardiologist is Thursday 5 March; Bukola takes her. She "
            "tells me she's fine and to mind my work. I ring most mornings before my first call.",
      rhythm=[(2, H, "2026-03-01", ["call", "call", "video", "call"])],
      extra=[("2025-07-19", "event", "At an event: Mama's 80th birthday thanksgiving at St Jude's, Ebute Metta, "
              "then the party in the garden in Surulere", 600),
             ("2026-02-21", "call", "Call: in the ward; she said not to fly, she's only tired", 20),
             ("2026-02-27", "call", "Call: home from the hospital; Mercy has the list of tablets", 30)],
      talk=["her breathing", "the tablets", "Mercy", "Bukola", "church in Surulere", "the grandchildren",
            "Femi's graduation", "the salt", "Papa", "the generator", "the rainy season", "what she's eating",
            "when I'm coming"])
    P("bukola", "Bukola Ogundipe", 2, "advocate", kin=True, location="Ikeja GRA, Lagos",
      company="Little Acorns Nursery and Primary School", title="Proprietor", how_met="My big sister",
      birthday="1969-11-02", interests={"heart-failure": 0.8},
      notes="56. Runs her own nursery and primary school in Ikeja and lives ten minutes from Mama; she does "
            "everything for Mama and I do the money and the worrying from Manchester. Took two weeks off the "
            "school to be with Mama in the hospital and since, which I haven't thanked her for properly; she'd "
            "say family doesn't thank. The hospital bill came to ₦3.2 million: Kunle and I said we'd pay it between "
            "us, and I promised her my half by Tuesday 3 March.",
      rhythm=[(6, H, "2026-02-19", ["call", "message", "video", "message"])],
      extra=[("2026-02-20", "call", "Call: Mama's been admitted to the Ikeja Heart Centre; her ankles, her "
              "breathing", 30),
             ("2026-02-24", "call", "Call: the consultant says heart failure, manageable if she takes the tablets; "
              "Bukola's off the school till March", 45),
             ("2026-02-28", "message", "Messages: the hospital bill, ₦3.2 million; I said half by Tuesday")],
      talk=["Mama", "the hospital", "her school", "the bill", "Mercy", "her husband Gbenga", "the naira",
            "the grandchildren", "Lagos traffic", "who goes to Mama at Easter"])
    P("kunle", "Kunle Adeyemi", 2, "advocate", kin=True, location="Lewisham, London",
      company="Transport for London", title="Principal civil engineer", how_met="My little brother",
      birthday="1978-05-23",
      notes="47. Came over to join me in 1998 and never left. Femi's uncle in London: Femi eats there on Sundays. "
            "Putting the four of us up for the graduation. Splitting Mama's hospital bill with me.",
      rhythm=[(10, H, "2026-02-25", ["call", "message", "call", "video"])],
      extra=[("2026-02-25", "call", "Call: Mama's bill, half each; and of course we stay with them for the "
              "graduation", 30)],
      talk=["Mama", "the bill", "Femi on Sundays", "Ronke", "his boys", "Arsenal", "the graduation",
            "the Elizabeth line", "Lagos"])
    P("ronke", "Ronke Adeyemi", 3, "friend", kin=True, location="Lewisham, London",
      company="University Hospital Lewisham", title="Midwife", how_met="Kunle's wife", birthday="1980-09-14",
      notes="Has been Femi's second mother in London, and his nursing agony aunt. Made up the spare room for the "
            "graduation before I'd asked.",
      rhythm=[(30, H, "2026-02-22", ["message", "call", "meal"])],
      extra=[("2026-02-22", "message", "Messages: the spare room's ready for the 11th to the 13th; jollof on the "
              "Wednesday night")],
      talk=["Femi", "her shifts", "the boys", "the graduation", "Mama", "the spare room"])
    P("nora", "Nora Walsh", 3, "advocate", kin=True, location="Cobh, Co. Cork", title="Retired postmistress",
      how_met="Declan's mother", birthday="1941-12-08",
      notes="84. Widowed, still in the house above the harbour in Cobh. Declan rings her every Sunday; I write at "
            "Christmas and ring when she's had a fall. We're over at the end of July.",
      rhythm=[(40, H, "2026-02-15", ["call", "letter", "call"])],
      extra=[("2025-07-27", "meal", "Dinner: the family in Cobh; she made the trifle", 180)],
      talk=["the harbour", "her hip", "Mass", "Femi's graduation", "Temi", "the weather in Cobh", "Siobhan"])
    P("siobhan", "Siobhan O'Leary", 4, "friend", kin=True, location="Kinsale, Co. Cork",
      company="Harbour View Guesthouse", title="Runs a guesthouse", how_met="Declan's sister",
      birthday="1973-06-28",
      rhythm=[(50, H, "2026-01-30", ["message", "call", "video"])],
      talk=["Nora", "the guesthouse", "the summer bookings", "Declan", "her kids"])

    # --- friends ---
    P("funke", "Funke Balogun", 1, "advocate", location="Whalley Range, Manchester",
      company="Moss Side Community Pharmacy", title="Pharmacist and owner",
      how_met="The choir at New Covenant; best friends since 2001", met_on="2001-09-09", birthday="1976-03-14",
      notes="Turns 50 on Saturday 14 March: a proper party at hers from seven, aso ebi in gold, and I'm doing the "
            "toast. Owns the pharmacy in Moss Side. While I was in Wakefield and Preston last week she took my "
            "evenings sitting with Jo after Pete died, and cooked for her, and I haven't thanked her. Explains "
            "Mama's tablets to me in words I can pass on.",
      rhythm=[(4, H, "2026-02-28", ["call", "message", "meal", "activity", "call"])],
      extra=[("2026-02-28", "call", "Call: she's been at Jo's three nights running; Jo's sister arrives Monday", 35)],
      talk=["the choir", "her 50th", "the aso ebi", "Mama's tablets", "Jo", "her pharmacy", "the pastor",
            "her son at Leeds", "my work", "the Mothering Sunday anthem", "Lagos", "a walk round Chorlton Water Park"])
    P("jo", "Jo Fairclough", 2, "advocate", location="Chorlton, Manchester", company="Trafford Council",
      title="Library manager", how_met="Our boys were in Reception together at Chorlton Park Primary, 2007",
      met_on="2007-09-05", birthday="1971-11-20",
      notes="54. Pete, her husband, a retired firefighter, was diagnosed with pancreatic cancer in October and died "
            "at St Ann's Hospice on Friday 27 February, aged 58. The funeral is Tuesday 10 March at 12.30 at the "
            "crematorium in Blackley, then the Lloyds in Chorlton. She's asked me to do a reading, and I promised "
            "to send her which one by Friday 6 March for the order of service. Her son Sam (Femi's age) is home "
            "from Bristol. My oldest friend in Chorlton who isn't from church.",
      rhythm=[(8, H, "2025-10-14", ["coffee", "meal", "activity", "message"]),
              (4, "2025-10-20", "2026-03-01", ["call", "message", "coffee", "meal"])],
      extra=[("2025-10-20", "coffee", "Coffee: Pete's diagnosis; pancreatic, they can't operate", 90),
             ("2026-02-22", "activity", "Outing: sat with Pete at St Ann's so Jo could sleep at home", 240),
             ("2026-02-27", "call", "Call: Pete died at twenty past four; I went straight round", 20),
             ("2026-03-01", "call", "Call: the funeral's the 10th; would I do a reading", 30)],
      talk=["Pete", "the hospice", "Sam", "the library", "her garden", "Chorlton", "sleep",
            "the funeral director", "Pete's fire-station mates", "the boys when they were small"])

    # --- clients: Halden Group, Wakefield (the CFO search, shortlist stage) ---
    P("richard", "Richard Ainsworth", 3, "ally", power=True, location="Harrogate", company="Halden Group",
      title="Chair", how_met="Chair of Aire Valley Plastics, where I placed his finance director in 2017",
      met_on="2017-03-01", interests={"manufacturing": 0.8},
      notes="67. Ex-CFO of a FTSE 100 engineering group; exacting, reads every page and rings at 7am. Hired me in "
            "November for Halden's CFO search (the CFO retires in June). I promised him the shortlist pack — three "
            "candidates, the assessment reports, references taken — by Monday 2 March; I present it to the board "
            "on Wednesday 4 March at 2 at Halden's head office in Wakefield.",
      rhythm=[(60, H, "2025-10-30", ["email", "call", "meal"]),
              (9, "2025-11-06", "2026-02-26", ["call", "email", "meeting", "email"])],
      extra=[("2025-11-06", "meeting", "Meeting: the brief for Halden's CFO; he wants someone who'll stand up to "
              "the family", 90),
             ("2026-02-26", "call", "Call: the board on the 4th; pack by Monday, and he'll read it on the train", 20)],
      talk=["the Halden shortlist", "the board", "the family shareholders", "Rachel Sutcliffe", "the longlist",
            "the assessment centre", "Aire Valley", "the fee", "the CFO's retirement", "his grandson"])
    P("clare", "Clare Pemberton", 4, "ally", power=True, location="Wakefield", company="Halden Group",
      title="Chief executive", how_met="The Halden CFO search, November 2025", met_on="2025-11-06",
      notes="First non-family CEO of a family firm that makes roof tiles and bricks; the CFO will be her partner "
            "in the room with the family. Wants someone warmer than Richard would choose.",
      rhythm=[(21, "2025-11-06", "2026-02-19", ["meeting", "call", "email"])],
      talk=["the shortlist", "the family", "the new kiln", "the CFO's first year", "Richard"])
    P("lorraine", "Lorraine Beck", 4, "ally", location="Wakefield", company="Halden Group",
      title="HR director", how_met="The Halden CFO search, November 2025", met_on="2025-11-06",
      rhythm=[(10, "2025-11-06", "2026-02-27", ["email", "call", "email", "meeting"])],
      talk=["interview logistics", "the assessment centre", "references", "the package", "the board papers"])
    P("rachel", "Rachel Sutcliffe", 4, "ally", location="Halifax", company="Calder Valve Company",
      title="Finance director", how_met="Sarah Whitehead put her name forward for the Halden longlist",
      met_on="2025-12-02",
      notes="44. The strongest of the three on the Halden shortlist, and she knows it; a single mother with a "
            "daughter doing GCSEs, so the Wakefield commute matters. I promised to ring her with the board's "
            "feedback by Thursday 5 March. The second interviews are on 18 March.",
      rhythm=[(14, "2025-12-02", "2026-02-25", ["call", "meeting", "call", "email"])],
      extra=[("2025-12-02", "coffee", "Coffee: first conversation in Halifax; she'd never thought of leaving "
              "Calder", 75),
             ("2026-02-25", "call", "Call: her references are done; she'll hear after the board on the 4th", 20)],
      talk=["Halden", "the shortlist", "her daughter's GCSEs", "the commute", "Calder's owners", "the package"])

    # --- clients: Northbeck Foods, Preston (the FD search, offer stage) ---
    P("gareth", "Gareth Pryce", 3, "ally", power=True, location="Preston", company="Northbeck Foods",
      title="Chief executive", how_met="Second search for him; I placed his commercial director's predecessor "
      "in 2019", met_on="2019-01-15",
      notes="Runs the family's chilled-ready-meals business (supermarket own-label, £310m). Decisive, impatient, "
            "loyal once you've delivered. Final interview for Daniel Harte with him and the chair on Tuesday 3 "
            "March at 10.",
      rhythm=[(50, H, "2025-11-10", ["call", "email", "meal"]),
              (10, "2025-11-17", "2026-02-26", ["call", "email", "meeting"])],
      talk=["the FD search", "Daniel Harte", "the supermarkets", "the chair", "the new line at Walton-le-Dale",
            "the offer", "Preston North End"])
    P("sunita", "Sunita Mistry", 4, "ally", location="Preston", company="Northbeck Foods", title="HR director",
      how_met="The Northbeck FD search", met_on="2025-11-17",
      notes="Straight and quick. I promised her Daniel's two references and our counter-proposal on his notice "
            "period by Thursday 5 March, so the offer can go out on the Friday.",
      rhythm=[(9, "2025-11-17", "2026-02-27", ["email", "call", "email"])],
      talk=["the offer letter", "references", "the notice period", "the bonus scheme", "the start date",
            "the relocation policy"])
    P("daniel", "Daniel Harte", 4, "ally", location="Bury", company="Lomax Packaging, Bolton",
      title="Finance director", how_met="I headhunted him for Northbeck in December", met_on="2025-12-09",
      notes="46. Eight years at Lomax; the one Gareth wants. Final interview with Gareth and the chair on Tuesday "
            "3 March at 10 in Preston. If it goes well, the offer comes on the 6th and the fight is over his six "
            "months' notice and the bonus he'd leave behind at Lomax. Careful with money, and his wife is unsure "
            "about the drive to Preston.",
      rhythm=[(10, "2025-12-09", "2026-02-27", ["call", "call", "meeting", "message"])],
      extra=[("2025-12-09", "coffee", "Coffee: in Bury; I told him about Northbeck and he didn't say no", 60),
             ("2026-02-27", "call", "Call: prepping the final; what Gareth will push on, and his notice", 45)],
      talk=["Northbeck", "the final interview", "his notice", "his wife", "the drive to Preston", "Lomax",
            "the bonus he'd lose", "the numbers"])

    # --- private equity and the pitch ---
    P("hannah", "Hannah Lister", 5, "acquaintance", power=True, location="Spinningfields, Manchester",
      company="Kestrel Capital", title="Partner",
      how_met="Simon Crowther's introduction, February 2026", met_on="2026-02-13",
      interests={"private-equity": 1.0},
      notes="Leads Kestrel's healthcare deals. Arden Dental Partners, a Kestrel portfolio company, needs a CFO for "
            "the next three years of buy-and-build and the exit. My pitch is Wednesday 11 March at 10 at Kestrel's "
            "office, with Imran Siddiqui; Alistair Grant of Sterling Hale pitches on the 12th. I promised her the "
            "proposal — approach, fee, timeline and three comparable placements — by Monday 9 March.",
      extra=[("2026-02-13", "coffee", "Coffee: forty minutes in Spinningfields; she's testing whether a "
              "one-woman firm can handle a PE search", 40),
             ("2026-02-18", "video", "Video call: with Imran; the brief, and the pitch on 11 March", 45)])
    P("imran", "Imran Siddiqui", 5, "acquaintance", power=True, location="Manchester",
      company="Arden Dental Partners", title="Chief executive",
      how_met="Hannah's brief for the Arden CFO search", met_on="2026-02-18", interests={"private-equity": 0.8},
      notes="A dentist turned CEO; sixty-four practices across the North, backed by Kestrel since 2023. His CFO is "
            "leaving for a bigger job in the summer. Wants someone who has done a buy-and-build and an exit, 'and "
            "who'll still like dentists'.",
      extra=[("2026-02-23", "email", "Email: Arden's acquisition plan and the CFO's current job description")])
    P("simon", "Simon Crowther", 3, "advocate", power=True, location="Altrincham",
      company="Mosley Street Equity", title="Operating partner",
      how_met="I placed two of his portfolio FDs, 2019 and 2022", met_on="2018-06-12",
      interests={"private-equity": 0.9},
      notes="Put my name to Hannah Lister at Kestrel for the Arden search on 11 February; thanked him that day. "
            "Plays golf with half the PE partners in Manchester and tells me who's hiring.",
      rhythm=[(35, H, "2026-02-11", ["coffee", "call", "meal", "email"])],
      extra=[("2026-02-11", "call", "Call: he's given my name to Hannah at Kestrel for Arden's CFO; thanked him", 20)],
      talk=["the mid-market", "his portfolio", "Kestrel", "who's hiring", "golf", "a CFO who didn't work out",
            "exits this year"])
    P("margaret", "Margaret Holt", 3, "advocate", power=True, location="Prestbury, Cheshire",
      title="Retired chair and non-executive director", how_met="She chaired the board of my first big search at "
      "Harrison Kerr, 2009; my mentor since", met_on="2009-05-01",
      notes="71. Chaired two building societies and a listed engineer; the person I ring before a board. Rang "
            "Hannah Lister on 20 February to vouch for me; thanked her the next day.",
      rhythm=[(30, H, "2026-02-21", ["call", "meal", "coffee"])],
      extra=[("2026-02-21", "call", "Call: she's spoken to Hannah; thanked her. 'Pitch the work, not the firm'", 30)],
      talk=["the board", "the pitch", "how chairs think", "her garden", "her grandchildren", "boards and family "
            "firms", "my fees"])

    # --- placed CFOs and candidates ---
    P("mark", "Mark Haslam", 4, "ally", location="Lymm, Cheshire", company="Brindle Logistics, Warrington",
      title="Chief financial officer", how_met="I placed him as Brindle's CFO in 2023", met_on="2023-01-20",
      need=("mark-contract", "executive-employment-law",
            "Needs an employment lawyer to read his service agreement and its change-of-control terms before he "
            "meets the buyer's CFO on 9 March", "2026-02-26"),
      notes="52. Brindle's PE owners agreed to sell it to Tristar Freight of Ohio, announced on 25 February; "
            "completion by the end of April. Tristar has its own CFO for Europe, and Mark doesn't know whether he "
            "stays. Meets Tristar's CFO in Warrington on Monday 9 March. Has some equity; his contract was written in "
            "a hurry in 2023.",
      rhythm=[(45, H, "2026-01-15", ["call", "coffee", "email"])],
      extra=[("2026-02-26", "call", "Call: the Tristar sale; does he stay, and what does his contract say about "
              "it", 40)],
      talk=["Brindle", "the PE owners", "the board", "his equity", "his kids", "Warrington", "the audit"])
    P("tom", "Tom Brierley", 4, "ally", location="Ilkley", company="Calverley Homes, Leeds (until May); Redfern "
      "plc from June", title="Chief financial officer", how_met="I placed him at Calverley Homes in 2022",
      met_on="2021-11-03",
      offer=("tom-mba", "part-time-mba",
             "Did the Alliance Manchester part-time MBA while working full time (2014–16) and is glad to talk it "
             "through with anyone applying", "2025-06-01"),
      notes="47. Appointed CFO of Redfern plc, the FTSE 250 builders' merchant, announced to the market on 17 "
            "February; starts in June. His first plc job. We last spoke in January, when he was still 'just "
            "talking to them'.",
      rhythm=[(50, H, "2026-01-21", ["call", "coffee", "email", "meal"])],
      extra=[("2026-01-21", "call", "Call: he's 'just talking to' a plc; he wouldn't say which", 25)],
      talk=["Calverley", "housebuilding", "the plc", "his MBA", "his running", "his board", "the City"])
    P("priya", "Priya Nair", 4, "friend", location="Sale, Cheshire", company="Corrigan's Home Stores (until "
      "February)", title="Finance director", how_met="I placed her at Corrigan's in 2021", met_on="2021-02-08",
      notes="45. Corrigan's, the homewares chain (forty stores), went into administration on 16 February and the "
            "administrators made her redundant the same day, with most of head office. She'd warned the board for "
            "a year. Two teenagers in Sale. When I rang she said she wasn't ready to think about 'next' yet, and "
            "that I'd be the first call when she was.",
      rhythm=[(60, H, "2026-01-09", ["coffee", "call", "message"])],
      extra=[("2026-02-18", "call", "Call: the administrators, the last day, the staff; not ready to talk about "
              "next", 35)],
      talk=["Corrigan's", "the high street", "her boys", "the board", "her allotment", "the banks"])
    P("geoff", "Geoff Barlow", 4, "ally", location="Didsbury, Manchester",
      company="Pennine Water Services (retired in December)", title="Former chief financial officer",
      how_met="I placed him twice: at Pennine Water in 2014 and, years before, at a Bury engineer",
      met_on="2004-06-15",
      offer=("geoff-treasurer", "charity-treasurer",
             "Recently retired CFO who wants a trustee role with a Manchester charity, ideally as treasurer",
             "2026-01-10"),
      notes="64. Retired in December after eleven years as Pennine Water's CFO. Over lunch on 10 January he said "
            "golf won't be enough and he wants to be useful: a trustee role, ideally treasurer. He's coming to the "
            "Open Doors supper on my table.",
      rhythm=[(70, H, "2026-01-10", ["meal", "call", "email"])],
      extra=[("2026-01-10", "meal", "Lunch: he wants a charity trustee role, ideally treasurer; golf won't be "
              "enough", 90)],
      talk=["retirement", "Pennine Water", "his grandchildren", "golf", "the water regulator", "charities"])

    # --- the professionals around the business ---
    P("helen", "Helen Marsh", 4, "ally", power=True, location="King Street, Manchester", company="Marsh Quayle LLP",
      title="Partner, employment law", how_met="Acted for a candidate of mine in 2016; we've traded referrals since",
      met_on="2016-04-12",
      offer=("helen-exec", "executive-employment-law",
             "Advises senior executives on service agreements, change of control, exits and restrictive covenants",
             "2024-10-14"),
      notes="Read my terms of business over last summer for nothing. Sharp, funny, charges like a barrister.",
      rhythm=[(45, H, "2026-02-05", ["coffee", "email", "call", "meal"])],
      talk=["restrictive covenants", "a CFO's exit", "my terms of business", "the Employment Rights Act",
            "her daughter", "gardening leave"])
    P("raj", "Raj Chauhan", 4, "ally", location="Stockport", company="Chauhan & Co", title="Accountant",
      how_met="Does my company's books and our tax since 2016", met_on="2016-03-01",
      notes="Sorted a corporation-tax query with HMRC in January and wouldn't charge; thanked. I promised him the "
            "invoices and bank statements for the December–February VAT quarter by Friday 13 March.",
      rhythm=[(40, H, "2026-02-10", ["email", "call", "meeting"])],
      talk=["VAT", "corporation tax", "the dividend", "my pension", "HMRC", "the year end"])
    P("zoe", "Zoe Kirkham", 2, "advocate", location="Hebden Bridge", company="Freelance",
      title="Executive-search researcher", how_met="My researcher at Harrison Kerr; I subcontract her three days a "
      "week since 2016", met_on="2011-09-05",
      notes="36. Does the research, the longlists and the first calls, and is better at it than I was. Two small "
            "children. Worked all of last weekend (28 February and 1 March) finishing the Halden shortlist pack so "
            "it would go on Monday, and I haven't thanked her. Wants more client-facing work.",
      rhythm=[(3, H, "2026-03-01", ["call", "message", "video", "email", "call"])],
      extra=[("2026-03-01", "message", "Messages: the Halden pack's done, ten at night; she's going to bed")],
      talk=["the Halden longlist", "the Arden research", "Northbeck references", "her kids", "the database",
            "a candidate who ghosted", "her invoice", "sector maps", "LinkedIn", "the pitch deck"])
    P("sarah", "Sarah Whitehead", 4, "ally", power=True, location="Manchester", company="Hollins Platt",
      title="Audit partner", how_met="We met on a panel about women in finance, 2018", met_on="2018-03-08",
      interests={"women-in-finance": 0.9},
      notes="Trained half the finance directors in the North West; sent me Rachel Sutcliffe's name for Halden "
            "(thanked).",
      rhythm=[(40, H, "2026-02-03", ["coffee", "email", "event"])],
      extra=[("2025-12-01", "email", "Email: Rachel Sutcliffe's name for the Halden longlist; thanked her")],
      talk=["her alumni", "who's restless", "audit season", "women in finance", "the profession"])

    # --- other recruiters ---
    P("alistair", "Alistair Grant", 5, "acquaintance", location="Manchester", company="Sterling Hale",
      title="Partner, CFO practice", how_met="The trade; we've pitched against each other since 2016",
      met_on="2016-09-01",
      notes="Polished, national firm, a team of researchers. Pitching for the Arden search the day after me.",
      extra=[("2025-06-12", "event", "At an event: the ICAEW North West dinner; a polite drink", 20),
             ("2025-11-27", "message", "Messages: he asked whether I'd share a candidate; I didn't")])
    P("bev", "Bev Coates", 3, "friend", location="Leeds", company="Coates Search", title="Founder",
      how_met="Both went independent in 2016; a one-woman firm like mine", met_on="2016-10-20",
      notes="We swap overflow and gossip. I passed her a Leeds FD search in September that I couldn't take.",
      rhythm=[(28, H, "2026-02-20", ["call", "meal", "message"])],
      talk=["the market", "fees", "PE clients", "Sterling Hale", "her dog", "working alone", "a candidate we "
            "both know"])

    # --- Open Doors Manchester (the refugee charity) ---
    P("anne", "Anne Kershaw", 3, "ally", power=True, location="Levenshulme, Manchester",
      company="Open Doors Manchester", title="Chair of trustees; retired GP",
      how_met="She asked me onto the board in 2022", met_on="2022-03-15",
      interests={"refugee-charity": 1.0},
      need=("anne-treasurer", "charity-treasurer",
            "Needs a qualified treasurer for the board before the accounts are signed in June; the last one moved "
            "to Devon in January", "2026-01-22"),
      notes="69. Chairs the trustees; I chair the people committee. The treasurer stood down on 22 January when he "
            "moved to Devon, and the accounts have to be signed in June. The trustee meeting is Monday 9 March at "
            "6; I promised her the people committee's paper (Samira's appraisal and the staff pay review) by Friday "
            "6 March. She went to the charity awards in Liverpool for the board when I couldn't.",
      rhythm=[(21, H, "2026-02-26", ["email", "call", "meeting", "email"])],
      extra=[("2026-01-22", "email", "Email: the treasurer's resigned, moving to Devon; do I know anyone"),
             ("2026-02-26", "call", "Call: back from the awards in Liverpool; the paper for the 9th", 20)],
      talk=["the trustee meeting", "the treasurer", "the accounts", "the supper", "Samira", "the Home Office",
            "the hardship fund", "the people committee"])
    P("samira", "Samira Haddad", 3, "ally", location="Longsight, Manchester", company="Open Doors Manchester",
      title="Director", how_met="The director search I ran for Open Doors, autumn 2024", met_on="2024-10-21",
      interests={"refugee-charity": 1.0},
      notes="41. Came from Homs in 2014, taught English at Open Doors as a volunteer, and became director in January "
            "2025 after the search I ran for the charity for nothing. On 26 February she was named Charity Leader "
            "of the Year at the North West Charity Awards in Liverpool; I couldn't go. The Spring Supper, Friday 6 "
            "March at Hallé St Peter's in Ancoats, 160 guests, target £40,000.",
      rhythm=[(14, "2024-10-21", "2026-02-24", ["meeting", "email", "call", "message"])],
      extra=[("2024-11-18", "meeting", "Meeting: the final interview; the panel chose her unanimously", 120),
             ("2026-02-24", "call", "Call: the supper's sold out; she's nervous about her speech and the awards "
              "on Thursday", 25)],
      talk=["the supper", "the hardship fund", "the drop-in", "the English classes", "the Home Office backlog",
            "her team", "her speech", "the awards", "funding bids"])
    P("lucy", "Lucy Hargreaves", 4, "friend", location="Manchester", company="Open Doors Manchester",
      title="Fundraising and events manager", how_met="Open Doors", met_on="2023-02-01",
      notes="Running the Spring Supper. I promised her my table's names (ten) and the details of my auction lot — "
            "a day's career coaching — by Tuesday 3 March.",
      rhythm=[(21, H, "2026-02-24", ["email", "message", "call"])],
      extra=[("2026-02-24", "email", "Email: table names and the auction lot by Tuesday 3rd please")],
      talk=["the supper", "the auction", "the table plan", "sponsors", "the raffle", "the Hallé St Peter's"])

    # --- church ---
    P("tunde", "Tunde Olatunji", 4, "friend", location="Whalley Range, Manchester",
      company="New Covenant Church", title="Pastor", how_met="My pastor since 2003", met_on="2003-01-12",
      notes="Has prayed for Mama by name every Sunday since she went in. Mothering Sunday, 15 March, is his "
            "favourite service of the year.",
      rhythm=[(21, H, "2026-02-22", ["event", "message", "call"])],
      talk=["Mama", "the choir", "the church roof", "Mothering Sunday", "the youth", "Femi"])
    P("marcia", "Marcia Campbell", 3, "friend", location="Moss Side, Manchester", company="New Covenant Church",
      title="Director of music (and a music teacher)", how_met="The choir, since 2003", met_on="2003-01-12",
      interests={"choir": 1.0},
      notes="Runs the choir with a firm hand and a big laugh; rehearsals Thursdays at 7.30. We sing at the "
            "Mothering Sunday service on 15 March at 10.30, 'The Lord Bless You and Keep You' and a Yoruba hymn she "
            "asked me to lead.",
      rhythm=[(7, H, "2026-02-26", ["event", "event", "message"])],
      talk=["the Mothering Sunday anthem", "the altos", "the Yoruba hymn", "rehearsal", "the Easter cantata",
            "her pupils"])
    P("bisi", "Bisi Akande", 3, "friend", location="Old Trafford, Manchester", title="Retired nursing sister",
      how_met="Sings alto next to me in the choir, since 2003", met_on="2003-01-12",
      interests={"choir": 0.8},
      notes="64. Her daughter Toyin's first baby is due in early March, Bisi's first grandchild; she's knitted for "
            "a year.",
      rhythm=[(7, H, "2026-02-26", ["event", "message", "event", "call"])],
      talk=["Toyin's baby", "the altos", "her knitting", "her knees", "Mama", "the Lagos news"])

    # --- mentees ---
    P("funmi", "Funmi Adebayo", 3, "ally", location="Stockport", company="Mersey Vale Housing",
      title="Finance director", how_met="Women in Finance North West mentoring scheme, 2024", met_on="2024-11-05",
      interests={"women-in-finance": 1.0},
      notes="34. A chartered accountant from Abeokuta; I've mentored her monthly since November 2024. I coached her "
            "for the interview in January and wrote to her CEO; on 9 February the board made her finance director, "
            "the first Black woman FD of a housing association in Greater Manchester. I saw it on LinkedIn and "
            "haven't said a word yet.",
      rhythm=[(30, "2024-11-05", "2026-02-03", ["video", "coffee", "video", "message"])],
      extra=[("2026-01-19", "video", "Video call: a mock interview for the FD job; she's ready", 75),
             ("2026-02-03", "video", "Video call: the board decides next week; we talked about the first 90 days",
              60)],
      talk=["the FD interview", "her board", "imposter syndrome", "her first 90 days", "her team",
            "the housing regulator", "her husband's job", "saying no"])
    P("aisha", "Aisha Rahman", 4, "friend", location="Levenshulme, Manchester",
      company="Manchester University NHS Foundation Trust", title="Finance business partner",
      how_met="Women in Finance North West mentoring scheme, 2025", met_on="2025-05-14",
      interests={"part-time-mba": 1.0, "women-in-finance": 0.8},
      need=("aisha-mba", "part-time-mba",
            "Wants to talk to someone who did the Alliance Manchester part-time MBA while working full time before "
            "she applies by the April deadline", "2026-02-12"),
      notes="29. Sharp and underselling herself. Applying for the part-time MBA at Alliance Manchester Business "
            "School (the Trust will pay half); the deadline is 10 April. I promised her my comments on her "
            "personal statement by Sunday 8 March.",
      rhythm=[(30, "2025-05-14", "2026-02-12", ["video", "coffee", "message"])],
      extra=[("2025-11-20", "video", "Video call: two mock interviews for the band 8a job; she got it", 60),
             ("2026-02-12", "video", "Video call: she wants to do the MBA; would love to talk to someone who's done "
              "it alongside a job", 50)],
      talk=["the MBA", "the Trust's finances", "her manager", "her band 8a", "her mum", "the personal statement",
            "Ramadan"])

    # --- neighbours ---
    P("pat", "Pat Greenhalgh", 4, "friend", location="Chorlton, Manchester", title="Retired dinner lady",
      how_met="Next door since we moved in, 2004", met_on="2004-07-01", birthday="1946-09-03",
      notes="79. Widowed; feeds the cat when we're away and takes in the parcels. Her son is in Australia.",
      rhythm=[(9, H, "2026-02-28", ["activity", "message", "activity"])],
      talk=["the cat", "the parcels", "her son in Perth", "the bins", "her hip", "the street"])
    P("steve", "Steve Ogden", 5, "acquaintance", location="Chorlton, Manchester", title="Electrician",
      how_met="Across the road; runs the street's WhatsApp", met_on="2010-05-01",
      rhythm=[(30, H, "2026-02-14", ["message", "activity"])],
      talk=["the street party", "the potholes", "City", "the parking"])

    # --- people I was once close to ---
    P("sade", "Sade Williams", 5, "advocate", peak=2, location="Tavira, Algarve", title="Retired recruiter",
      how_met="My first manager, at Hays in Manchester, 1997", met_on="1997-02-03",
      extra=[("2016-05-10", "call", "Call: I'd gone independent; she said 'about time'", 30),
             ("2021-12-20", "message", "Messages: Christmas; a photo of her terrace in the Algarve")])
    P("kemi", "Kemi Lawal", 5, "friend", peak=1, location="Houston, Texas", title="Petroleum engineer",
      how_met="Queen's College, Yaba; best friends from JSS1", met_on="1984-09-10",
      extra=[("2015-08-15", "meal", "Dinner: in Lagos, the first time in years; we laughed until two", 180),
             ("2020-07-19", "video", "Video call: Mama's 75th; she joined from Houston", 40)])
    P("fiona", "Fiona McAllister", 5, "friend", peak=2, location="Edinburgh", title="Solicitor",
      how_met="My flatmate at UMIST, 1992–95", met_on="1992-10-01",
      extra=[("2012-06-30", "meal", "Dinner: at hers in Stockbridge on a work trip", 150),
             ("2019-10-02", "message", "Messages: she'd seen Temi's school had a trip to Edinburgh")])
    P("patrick", "Patrick Nolan", 5, "ally", peak=3, location="Dubai", company="Harrison Kerr Middle East",
      title="Managing partner", how_met="Colleagues at Harrison Kerr, 2006–2016", met_on="2006-02-01",
      extra=[("2016-03-31", "meal", "Dinner: my leaving do from Harrison Kerr", 180),
             ("2022-01-14", "email", "Email: would I consider a Gulf CFO search; I said no")])

    # group contacts
    b.add("2024-12-25", "meal", ["declan", "femi", "temi"], "Dinner: Christmas at home; Femi on a placement "
          "late shift the day before", 240, "mutual")
    b.add("2025-03-20", "meeting", ["anne", "samira", "lucy"],
          "Meeting: the trustee meeting; the new hardship fund", 120, "mutual")
    b.add("2025-06-19", "meeting", ["anne", "samira"], "Meeting: the trustee meeting; the Home Office backlog", 120,
          "mutual")
    b.add("2025-07-19", "event", ["mama", "bukola", "kunle", "declan", "femi", "temi"],
          "At an event: Mama's 80th in Surulere; all of us", 600, "mutual")
    b.add("2025-07-27", "meal", ["nora", "siobhan", "declan", "temi"],
          "Dinner: Sunday in Cobh with Nora and Siobhan", 180, "mutual")
    b.add("2025-09-18", "meeting", ["anne", "samira", "lucy"],
          "Meeting: the trustee meeting; the Spring Supper agreed", 120, "mutual")
    b.add("2025-12-08", "meeting", ["anne", "samira"], "Meeting: the trustee meeting; the budget and the "
          "treasurer's notice", 120, "mutual")
    b.add("2025-12-14", "event", ["marcia", "bisi", "funke", "tunde"],
          "At an event: the carol service; I sang the descant and cried", 150, "mutual")
    b.add("2025-12-25", "meal", ["declan", "femi", "temi"], "Dinner: Christmas at home; Femi on the ward till "
          "three, then ours", 240, "mutual")
    b.add("2026-01-28", "meeting", ["richard", "clare", "lorraine"],
          "Meeting: the Halden longlist at Wakefield; twelve names down to six", 120, "mutual")
    b.add("2026-02-10", "meeting", ["gareth", "sunita", "daniel"],
          "Meeting: Daniel's first interview at Northbeck; Gareth liked him in ten minutes", 120, "mutual")
    b.add("2026-02-19", "meeting", ["clare", "lorraine", "zoe"],
          "Meeting: the Halden assessment day for the shortlist", 420, "mutual")
    b.add("2026-02-26", "event", ["marcia", "bisi", "funke"],
          "At an event: Thursday rehearsal; the Mothering Sunday anthem, Bisi checking her phone for Toyin", 120,
          "mutual")

    # life events
    b.event("ev-funmi-fd", "funmi", "2026-02-09", "promotion",
            "Appointed finance director of Mersey Vale Housing, the first Black woman FD of a housing association "
            "in Greater Manchester")
    b.event("ev-tom-redfern", "tom", "2026-02-17", "new_job",
            "Appointed chief financial officer of Redfern plc, the FTSE 250 builders' merchant, from June")
    b.event("ev-samira-award", "samira", "2026-02-26", "award",
            "Named Charity Leader of the Year at the North West Charity Awards in Liverpool")
    b.event("ev-bisi-grandchild", "bisi", "2026-03-05", "baby",
            "Her daughter Toyin's first baby, a boy, Ayomide, born at St Mary's: Bisi's first grandchild")
    b.event("ev-daniel-northbeck", "daniel", "2026-03-11", "new_job",
            "Accepted Northbeck Foods' offer to be its finance director, from 1 July after Lomax agreed to "
            "shorten his notice")
    b.event("ev-femi-graduation", "femi", "2026-03-12", "graduation",
            "Graduates BSc (Hons) Nursing (Adult) from King's College London at the Royal Festival Hall")
    b.event("ev-mama-heart", "mama", "2026-02-20", "illness",
            "Admitted to the Ikeja Heart Centre with heart failure; home on 27 February on new tablets, a "
            "cardiology review on 5 March")
    b.event("ev-pete-died", "jo", "2026-02-27", "bereavement",
            "Her husband, Pete Fairclough, died of pancreatic cancer at St Ann's Hospice, aged 58; the funeral is "
            "on Tuesday 10 March at 12.30 at Manchester Crematorium, Blackley")
    b.event("ev-priya-redundant", "priya", "2026-02-16", "job_loss",
            "Made redundant when Corrigan's Home Stores went into administration")
    b.event("ev-brindle-sale", "mark", "2026-02-25", "other",
            "Brindle Logistics' owners agreed to sell it to Tristar Freight of Ohio; completion by the end of "
            "April, his own role unclear")

    # favors
    b.favor("fv-zoe-weekend", "zoe", "me", "2026-03-01", "favor",
            "Worked all weekend to finish the Halden shortlist pack so it could go to Richard on Monday")
    b.favor("fv-bukola-mama", "bukola", "me", "2026-02-20", "favor",
            "Took two weeks off her school to be with Mama in hospital and at home since")
    b.favor("fv-funke-jo", "funke", "me", "2026-02-28", "favor",
            "Took my evenings sitting with Jo after Pete died, and cooked for her, while I was in Wakefield and "
            "Preston")
    b.favor("fv-simon-kestrel", "simon", "me", "2026-02-11", "referral",
            "Put my name to Hannah Lister at Kestrel Capital for the Arden Dental CFO search", "2026-02-11")
    b.favor("fv-margaret-hannah", "margaret", "me", "2026-02-20", "endorsement",
            "Rang Hannah Lister to vouch for me before the Arden pitch", "2026-02-21")
    b.favor("fv-sarah-rachel", "sarah", "me", "2025-12-01", "referral",
            "Sent me Rachel Sutcliffe's name for the Halden longlist", "2025-12-01",
            "Rachel is on the shortlist")
    b.favor("fv-raj-hmrc", "raj", "me", "2026-01-27", "favor",
            "Sorted a corporation-tax query with HMRC and wouldn't charge", "2026-01-28")
    b.favor("fv-helen-terms", "helen", "me", "2025-07-15", "advice",
            "Read and tightened my terms of business for nothing", "2025-07-16")
    b.favor("fv-ronke-room", "ronke", "me", "2026-02-22", "favor",
            "Putting the four of us up in Lewisham for Femi's graduation", "2026-02-22")
    b.favor("fv-me-samira", "me", "samira", "2024-11-18", "favor",
            "Ran the Open Doors director search for nothing; it found Samira")
    b.favor("fv-me-funmi", "me", "funmi", "2026-01-19", "advice",
            "Coached her for the FD interview and wrote to her CEO")
    b.favor("fv-me-aisha", "me", "aisha", "2025-11-20", "advice",
            "Two mock interviews for her band 8a finance business partner job")
    b.favor("fv-me-bev", "me", "bev", "2025-09-10", "referral",
            "Passed her a Leeds FD search I couldn't take")
    b.favor("fv-me-jo", "me", "jo", "2026-02-22", "favor", "Sat with Pete at the hospice so she could sleep")
    b.favor("fv-me-priya", "me", "priya", "2025-04-02", "endorsement",
            "Spoke up for her to Corrigan's chair when the bank wanted a new FD")

    # follow-ups
    b.follow_up("fu-richard-pack", "richard", True,
                "Send Richard and the Halden board the shortlist pack: three candidates, assessment reports, "
                "references", "2026-03-02")
    b.follow_up("fu-bukola-bill", "bukola", True, "Send Bukola my half of Mama's hospital bill (₦1.6 million)",
                "2026-03-03")
    b.follow_up("fu-lucy-table", "lucy", True,
                "Send Lucy my table's ten names and the details of my auction lot for the Spring Supper",
                "2026-03-03")
    b.follow_up("fu-temi-train", "temi", True,
                "Book Temi's train from Edinburgh to King's Cross for Wednesday 11 March", "2026-03-04")
    b.follow_up("fu-rachel-feedback", "rachel", True, "Ring Rachel with the Halden board's feedback",
                "2026-03-05")
    b.follow_up("fu-sunita-references", "sunita", True,
                "Send Sunita Daniel's two references and our counter-proposal on his notice period", "2026-03-05")
    b.follow_up("fu-anne-paper", "anne", True,
                "Send Anne the people committee's paper (Samira's appraisal and the staff pay review) for the "
                "trustee meeting", "2026-03-06")
    b.follow_up("fu-jo-reading", "jo", True, "Tell Jo which reading I'll do at Pete's funeral, for the order of "
                "service", "2026-03-06")
    b.follow_up("fu-aisha-statement", "aisha", True, "Send Aisha my comments on her MBA personal statement",
                "2026-03-08")
    b.follow_up("fu-hannah-proposal", "hannah", True,
                "Send Hannah the proposal for the Arden CFO search: approach, fee, timeline and three comparable "
                "placements", "2026-03-09")
    b.follow_up("fu-raj-vat", "raj", True,
                "Send Raj the invoices and bank statements for the December–February VAT quarter", "2026-03-13")
    b.follow_up("fu-daniel-final", "daniel", False, "His final interview at Northbeck with Gareth and the chair "
                "(10am, Preston)", "2026-03-03")
    b.follow_up("fu-richard-board", "richard", False, "The Halden board: I present the CFO shortlist (2pm, "
                "Wakefield)", "2026-03-04")
    b.follow_up("fu-mama-review", "mama", False, "Her review with the cardiologist; Bukola takes her",
                "2026-03-05")
    b.follow_up("fu-samira-supper", "samira", False,
                "The Open Doors Spring Supper at Hallé St Peter's, Ancoats (7pm)", "2026-03-06")
    b.follow_up("fu-anne-trustees", "anne", False, "The trustee meeting (6pm)", "2026-03-09")
    b.follow_up("fu-mark-tristar", "mark", False, "Meets Tristar's CFO in Warrington", "2026-03-09")
    b.follow_up("fu-jo-funeral", "jo", False,
                "Pete's funeral, 12.30 at Manchester Crematorium, Blackley, then the Lloyds in Chorlton",
                "2026-03-10")
    b.follow_up("fu-hannah-pitch", "hannah", False, "The Arden Dental pitch at Kestrel, with Imran (10am)",
                "2026-03-11")
    b.follow_up("fu-femi-graduation", "femi", False, "His graduation at the Royal Festival Hall (3pm)",
                "2026-03-12")
    b.follow_up("fu-funke-party", "funke", False, "Her 50th birthday party at hers (from 7)", "2026-03-14")
    b.follow_up("fu-marcia-service", "marcia", False,
                "Mothering Sunday: the choir sings at the 10.30 service; I lead the Yoruba hymn", "2026-03-15")
    b.follow_up("fu-rachel-second", "rachel", False, "Second interviews for the Halden shortlist", "2026-03-18")

    # goals
    b.goal("g-arden", "Win the Arden Dental CFO search at the pitch on 11 March: my first search for Kestrel",
           ["private-equity"], 1, ["hannah", "imran", "simon", "margaret", "zoe"])
    b.goal("g-halden", "Get Halden's board to a CFO from my shortlist, and Rachel through the second interviews",
           ["manufacturing"], 1, ["richard", "clare", "lorraine", "rachel", "zoe", "sarah"])
    b.goal("g-northbeck", "Close Northbeck: Daniel signed, his notice shortened and a start date agreed",
           ["finance-director-search"], 1, ["daniel", "gareth", "sunita"])
    b.goal("g-mama", "Look after Mama from Manchester without leaving it all to Bukola, and decide about Easter in "
           "Lagos", ["heart-failure"], 1, ["mama", "bukola", "kunle", "femi", "temi"])
    b.goal("g-opendoors", "See Open Doors through the spring: £40,000 from the supper and a treasurer before June",
           ["refugee-charity"], 2, ["anne", "samira", "lucy", "geoff"])
    b.goal("g-mentoring", "Bring on the women coming up behind me", ["women-in-finance", "part-time-mba"], 2,
           ["funmi", "aisha", "sarah"])
    b.goal("g-family", "Be there for Femi's graduation, for Jo, and for Declan on the 13th", ["nursing"], 2,
           ["femi", "declan", "temi", "jo", "funke"])

    # saved items
    b.item("it-pe-cfo", "What private-equity investors want from a portfolio CFO in 2026",
           "https://example.org/pe-portfolio-cfo-2026", ["private-equity"], "2026-03-03")
    b.item("it-heart", "Living with heart failure: the first months after discharge",
           "https://example.org/heart-failure-after-discharge", ["heart-failure"], "2026-03-04")
    b.item("it-refugee-accountants", "Refugee accountants: routes back into the profession in the UK",
           "https://example.org/refugee-accountants-uk", ["refugee-charity"], "2026-03-05")
    b.item("it-mba", "The part-time MBA at thirty: what graduates say five years on",
           "https://example.org/part-time-mba-five-years", ["part-time-mba"], "2026-03-09")
    b.item("it-nqn", "Newly qualified nurses: getting through the first year on the wards",
           "https://example.org/newly-qualified-nurse-first-year", ["nursing"], "2026-03-10")
    b.item("it-anthem", "Singing Rutter with a community choir: the breath before 'and give you peace'",
           "https://example.org/rutter-community-choir", ["choir"], "2026-03-02")
    b.item("it-women-fd", "Still too few: women finance directors in the North West, 2026",
           "https://example.org/women-finance-directors-nw", ["women-in-finance"], "2026-03-08")
    b.item("it-family-firms", "Family firms and their first outside CFO",
           "https://example.org/family-firms-outside-cfo", ["manufacturing"], "2026-03-02")
    b.hand_first()
    return b


def farmer():
    b = Book("farmer", seed=63901)
    H = "2024-10-19"  # history starts: the co-op's fifth harvest supper in Kilpeck village hall
    P = b.known

    # --- home and family ---
    P("catrin", "Catrin Ferreira", 1, "advocate", kin=True, location="Cwm Farm, Kilpeck, Herefordshire",
      company="Moorfield Surgery, Hereford", title="GP partner",
      how_met="My wife; we met in Aberystwyth in 2010, when she was a junior doctor at Bronglais and I was doing "
              "my MSc", met_on="2010-02-13", birthday="1988-07-19",
      dates=[("us-wedding", "Our wedding anniversary (Llandovery, 2015)", "2015-05-30")],
      interests={"general-practice": 1.0, "family": 0.9},
      notes="37. A GP partner at Moorfield Surgery in Hereford since 2019. On maternity leave since Rafael was born "
            "on 3 September; she goes back on Monday 9 March, three days a week (Monday, Tuesday, Thursday), and is "
            "more nervous about it than she lets on: six months of new guidance, a new practice system and a "
            "baby who won't take a bottle. Her mother comes to stay for the first two weeks, then Rafael starts at "
            "the nursery in Kingstone in April. Rafael's christening is Sunday 15 March at Kilpeck church, which "
            "falls on Mothering Sunday. Says I say yes to everyone but her, which is fair in March.",
      rhythm=[(2, H, "2026-03-01", ["meal", "activity", "meal", "message", "call", "meal"])],
      extra=[("2025-09-03", "activity", "Outing: Rafael born at the County Hospital at ten past six in the "
              "morning; 3.6 kg, my father's chin", 720),
             ("2026-02-14", "meal", "Dinner: untouched; Ana had rung from Braga, Pai's had a stroke. Catrin "
              "booked my flight while I packed", 60),
             ("2026-03-01", "meal", "Dinner: the fortnight on the kitchen whiteboard; her first day back, the "
              "inspection, the grant, the christening", 90)],
      talk=["her going back on the 9th", "Rafael's bottle", "Inês's birthday", "the christening", "Pai",
            "the grant", "the inspection", "her mother coming to stay", "the nursery in Kingstone", "money",
            "the surgery's new system", "a walk up to the castle mound", "sleep", "Easter in Braga",
            "the new workers"])
    P("ines", "Inês Ferreira", 1, "advocate", kin=True, location="Cwm Farm, Kilpeck",
      company="Wormbridge Primary School", title="Year 4 pupil", how_met="My daughter", birthday="2017-03-05",
      interests={"family": 0.6},
      notes="Turns 9 on Thursday 5 March; her party is Sunday 8 March at the village hall (a pizza oven, eleven "
            "friends, the hens must be visited). Has her own bed in the polytunnel for radishes. Video-calls Avó "
            "Rosa in Portuguese and wants to know whether Avô will be able to talk properly again.",
      rhythm=[(4, H, "2026-03-01", ["activity", "meal", "activity", "meal"])],
      extra=[("2026-02-20", "activity", "Outing: home from Braga; she'd drawn Avô a card with the hens on it", 60)],
      talk=["her radish bed", "the hens", "her birthday party", "school", "Avô in Braga", "Rafael", "swimming in "
            "Hereford", "reading at bedtime", "her Portuguese", "the christening dress", "the new lambs at Dad-cu's"])
    P("pai", "Joaquim Ferreira", 1, "advocate", kin=True, location="Lomar, Braga, Portugal",
      title="Retired stonemason; keeps the family smallholding", how_met="Pai", birthday="1953-08-14",
      interests={"stroke-recovery": 0.6},
      notes="72. Built half the walls in our parish and still keeps the vines and the vegetable plot behind the "
            "house, which is where I learned everything. A stroke on Saturday 14 February: weakness down his "
            "right side and his words come slowly. I flew out on the 15th and stayed till the 19th. Moved from "
            "the Hospital de Braga to the rehabilitation unit; he comes home on Friday 6 March, with physio at "
            "home three times a week. Hates being helped; cried when I left, which he has never done.",
      rhythm=[(4, H, "2026-02-13", ["call", "video", "call", "call"]),
              (4, "2026-02-20", "2026-03-01", ["video", "call"])],
      extra=[("2026-02-16", "activity", "Outing: at his bedside on the stroke ward; he squeezed my hand and said "
              "'as couves', the cabbages", 300),
             ("2026-02-19", "activity", "Outing: the rehab unit before the airport; he walked six steps with the "
              "frame", 120),
             ("2026-03-01", "video", "Video call: Mãe held the phone; he said 'Inês' clearly and was proud of it",
              15)],
      talk=["the vines", "the cabbages", "Benfica", "his physio", "the walls he built", "Inês", "Rafael",
            "the farm in Kilpeck", "the rain in Minho", "coming home"])
    P("mae", "Rosa Ferreira", 1, "advocate", kin=True, location="Lomar, Braga, Portugal",
      title="Retired seamstress", how_met="Mãe", birthday="1957-03-10",
      dates=[("parents-wedding", "Mãe and Pai's wedding anniversary (1979)", "1979-09-22")],
      interests={"stroke-recovery": 0.8},
      notes="Turns 69 on Tuesday 10 March; the first birthday in fifty years she'll spend nursing Pai. Wanted "
            "Rafael baptised in the Sé in Braga, at least Catholic; has made her peace with Kilpeck but can't "
            "travel for it now, and I promised to set up a video link so she and Pai can watch the christening. "
            "I ring her every evening at seven, eight her time.",
      rhythm=[(4, H, "2026-02-13", ["call", "call", "video", "call"]),
              (2, "2026-02-14", "2026-03-01", ["call", "call", "video"])],
      extra=[("2026-02-17", "meal", "Dinner: at home in Lomar; she hadn't eaten properly since Saturday", 90)],
      talk=["Pai", "the physio", "the hospital", "Ana", "Miguel's wine", "the christening", "Inês", "her "
            "birthday", "the neighbours", "the price of everything", "Mass", "what Pai will eat"])
    P("ana", "Ana Ferreira Sousa", 2, "advocate", kin=True, location="Braga, Portugal",
      company="Escola Básica de Gualtar", title="Primary-school teacher", how_met="My big sister",
      birthday="1983-06-02", interests={"stroke-recovery": 1.0},
      notes="42. Lives ten minutes from our parents. Took unpaid leave from her school the Monday after Pai's "
            "stroke and has been at the hospital or the rehab unit every day since, with two teenagers at home; "
            "goes back to school on 9 March. I haven't thanked her properly, and she'd say I'm the one who left. "
            "We agreed I'd pay for the physio at home and the handrails; I promised her €600 by Friday 6 March, "
            "the day he comes home.",
      rhythm=[(10, H, "2026-02-13", ["call", "message", "video"]),
              (3, "2026-02-14", "2026-02-28", ["call", "message"])],
      extra=[("2026-02-14", "call", "Call: Pai's had a stroke, he's in the Hospital de Braga, come", 15),
             ("2026-02-28", "call", "Call: the rehab unit's discharge plan; the handrails, the physio, the €600",
              40)],
      talk=["Pai", "the rehab unit", "the discharge plan", "her boys", "her school", "Mãe", "Miguel", "the "
            "handrails", "money", "Easter"])
    P("miguel", "Miguel Ferreira", 2, "friend", kin=True, location="Monção, Minho, Portugal",
      company="Quinta da Ponte Velha", title="Winemaker", how_met="My little brother", birthday="1990-12-08",
      notes="35. Makes Alvarinho for a quinta in Monção and, on the side, his own first wine from two hectares he "
            "rents on the Minho. He launches it, 'Ponte Velha Alvarinho 2024', at Essência do Vinho in Porto on "
            "Thursday 5 March; nearly pulled out after Pai's stroke and Pai told him not to be stupid. We were "
            "closer as boys than we have been since I left.",
      rhythm=[(21, H, "2026-02-13", ["call", "message", "video"]),
              (5, "2026-02-14", "2026-03-01", ["message", "call"])],
      extra=[("2026-02-18", "meal", "Dinner: the three of us at Ana's; he poured his wine and didn't say what it "
              "was", 120),
             ("2026-03-01", "call", "Call: he's going ahead with the launch; labels arrived, three hundred cases", 30)],
      talk=["his wine", "the launch", "Pai", "Mãe", "the vines", "Ana", "football", "his girlfriend Joana",
            "the quinta", "my hens"])
    P("eluned", "Eluned Morgan", 2, "advocate", kin=True, location="Cilycwm, near Llandovery, Carmarthenshire",
      title="Retired primary head teacher", how_met="Catrin's mother", birthday="1959-11-27",
      notes="66. Offered, the moment Catrin fixed her date, to come and live with us for Catrin's first two weeks "
            "back and look after Rafael; arrives Sunday 8 March. Thanked her that day and will again. Runs the "
            "chapel's Sunday school and Gareth.",
      rhythm=[(12, H, "2026-02-22", ["call", "message", "video", "meal"])],
      extra=[("2026-02-22", "call", "Call: she'll come on the 8th and stay two weeks; thanked her", 30)],
      talk=["Rafael", "Inês", "Catrin going back", "the chapel", "Gareth's lambing", "the christening",
            "Christmas in Cilycwm", "the drive over", "her knees"])
    P("gareth", "Gareth Morgan", 3, "friend", kin=True, location="Cilycwm, near Llandovery",
      title="Sheep farmer", how_met="Catrin's father", birthday="1957-05-04",
      notes="68. Six hundred ewes on the hill above Cilycwm; lambing starts the week of the christening, so he'll "
            "come for the day and drive straight back. Thinks vegetables are something you grow for the house. "
            "We talk rain and subsidies.",
      rhythm=[(30, H, "2026-02-08", ["call", "meal", "call"])],
      extra=[("2025-12-26", "activity", "Outing: Boxing Day on the hill with him and the dogs", 180)],
      talk=["lambing", "the rain", "SFI payments", "the price of lamb", "the dogs", "Rafael", "my tractor"])

    # --- friends ---
    P("ollie", "Ollie Bright", 1, "advocate", location="Much Marcle, Herefordshire", company="Bright's Cider",
      title="Cider and perry maker", how_met="He sold cider at the next pitch at Hereford market, 2014",
      met_on="2014-06-07", birthday="1986-03-14", interests={"cider": 1.0},
      offer=("ollie-cider", "herefordshire-cider",
             "Bright's Cider got its premises licence in October and wants restaurant listings for its single-"
             "variety ciders and perry", "2025-10-20"),
      notes="Turns 40 on Saturday 14 March: a party in the cider barn from seven, a hog roast and a band, the "
            "night before the christening. Rafael's godfather. Spent all of Sunday 8 February with me re-skinning "
            "the big polytunnel after the gales tore it, and wouldn't take a penny; I haven't thanked him "
            "properly. Went commercial in October after ten years of making it for friends.",
      rhythm=[(5, H, "2026-02-28", ["activity", "message", "meal", "call", "activity"])],
      extra=[("2026-02-08", "activity", "Outing: all day re-skinning the polytunnel in the wind; pizza after", 540),
             ("2026-02-28", "message", "Messages: the party's on, the band's booked; he wants me to say a few "
              "words, and he'll do the same at the christening lunch")],
      talk=["his cider", "the perry", "the premises licence", "his 40th", "the christening", "the polytunnel",
            "orchards", "the pub quiz", "his girlfriend Hattie", "restaurants", "pressing", "Hereford United"])
    P("rob", "Rob Hughes", 3, "friend", location="Hereford", company="Wye Vets", title="Vet (mixed practice)",
      how_met="The pub-quiz team at the Red Lion, Kilpeck; he also vets our hens", met_on="2016-01-14",
      birthday="1983-10-04",
      notes="42. Farm and small-animal vet at Wye Vets; our quiz team's science round. Looks at the hens when "
            "they're off colour and bills me in cider. His wife Beth teaches at Inês's school.",
      rhythm=[(10, H, "2026-02-26", ["event", "message", "event", "call"])],
      talk=["the quiz", "the hens", "TB testing", "Beth", "his kids", "lambing calls", "the christening",
            "bird flu", "Pai"])
    P("ffion", "Ffion Rees", 4, "friend", location="Pontcanna, Cardiff", company="Llandaff North Medical Centre",
      title="GP", how_met="Catrin's best friend from medical school", met_on="2011-05-01",
      interests={"general-practice": 0.8},
      notes="Rafael's godmother. Went back to work after her own two; Catrin rings her more than she rings me.",
      rhythm=[(40, H, "2026-02-15", ["message", "meal", "call"])],
      talk=["the christening", "Catrin", "Cardiff", "her kids", "the godparents' bit"])

    # --- Aberystwyth, the MSc in organic agriculture, 2009-10 ---
    P("huw", "Huw Jenkins", 3, "advocate", location="near Tregaron, Ceredigion", title="Dairy farmer (organic)",
      how_met="The MSc in organic agriculture at Aberystwyth, 2009-10", met_on="2009-09-28",
      birthday="1985-01-22",
      notes="40. Took on his father's organic dairy near Tregaron; married to Non. Their second baby is due at "
            "the start of March. Every year on 9 March he and I walk up Hergest Ridge for Will and ring Sian; this "
            "year he'll have a newborn, and I've told him to stay home.",
      rhythm=[(21, H, "2026-02-20", ["call", "message", "call", "meal"])],
      extra=[("2026-02-20", "call", "Call: Non's fine, the baby's head down; he won't make the ridge this year", 30)],
      talk=["the milk price", "Non and the baby", "Will", "the herd", "Aber days", "Sian", "the ridge",
            "organic dairy", "his tractor"])
    P("ellie", "Ellie Thorne", 4, "ally", location="Stroud, Gloucestershire",
      company="Organic Research Centre; Hawkwood Estate from April", title="Senior researcher (horticulture)",
      how_met="The MSc at Aberystwyth", met_on="2009-09-28", interests={"cold-store": 0.5},
      notes="Researches horticulture at the Organic Research Centre; read my cold-store business case over "
            "Christmas and rewrote half of it (thanked). On 16 February she was named farm director of the "
            "Hawkwood Estate in the Cotswolds, 400 hectares going regenerative, from April; I saw it on the "
            "estate's post and haven't said anything.",
      rhythm=[(45, H, "2026-01-12", ["email", "call", "video"])],
      extra=[("2026-01-12", "call", "Call: her notes on the cold-store case; 'put the school in the first "
              "paragraph'", 40)],
      talk=["trials", "the cold store", "Will", "Aber days", "funding", "soil", "her allotment"])
    P("will", "Will Pritchard", 3, "advocate", peak=1, status="deceased", location="near New Radnor, Radnorshire",
      title="Sheep farmer", how_met="The MSc at Aberystwyth; my best friend there", met_on="2009-09-28",
      dates=[("will-died", "Will died (2021)", "2021-03-09")],
      notes="Died on 9 March 2021, aged 34, in the middle of lambing and lockdown; he took his own life. Huw and "
            "I walk up Hergest Ridge every year on the day and ring Sian. I didn't see it coming and still go over "
            "it.",
      extra=[("2021-02-21", "call", "Call: his last call to me; the ewes and the weather and nothing else")])
    P("sian", "Sian Pritchard", 4, "friend", location="near New Radnor, Radnorshire", title="Sheep farmer",
      how_met="Will's wife", met_on="2011-06-18",
      notes="Farms on with their two boys, now 12 and 14. I drove up and helped with the shearing in June. I ring "
            "her on 9 March every year; she says it helps that someone remembers the day, not just the death.",
      rhythm=[(60, H, "2026-01-18", ["call", "message", "activity"])],
      extra=[("2025-03-09", "call", "Call: the fourth year; the boys went up to the ridge with Huw and me", 40),
             ("2025-06-21", "activity", "Outing: shearing at hers with Huw; three hundred ewes", 600)],
      talk=["the boys", "the ewes", "shearing", "Will", "the farm", "the boys' school"])

    # --- the restaurants ---
    P("kit", "Kit Marsden", 2, "ally", location="Hereford", company="Wyeside, Hereford; Larder, Ludlow",
      title="Chef-owner", how_met="Came to the farm in 2016 to see where his chard came from",
      met_on="2016-05-11", birthday="1984-08-30", interests={"cider": 0.6, "restaurant-supply": 1.0},
      need=("kit-cider", "herefordshire-cider",
            "Wants a list of single-variety Herefordshire ciders and perries for Larder; his drinks supplier only "
            "has the big names", "2026-02-18"),
      notes="41. Our biggest restaurant customer, Wyeside, since 2016, and a friend. Opens his second restaurant, "
            "Larder, in Ludlow on Thursday 12 March: forty covers, a menu built on what's in our fields. I grew "
            "trial rows of agretti and cavolo nero for him last year. Wrote a letter of support for the cold-store "
            "grant (thanked). I promised him the price list and availability for Larder's opening menu by Thursday "
            "5 March.",
      rhythm=[(8, H, "2026-02-27", ["meeting", "message", "call", "meal"])],
      extra=[("2026-02-18", "meeting", "Meeting: walked the fields for Larder's menu; he wants local cider on "
              "the list, not the big names", 90),
             ("2026-02-27", "message", "Messages: the fit-out's late, the opening isn't moving")],
      talk=["Larder", "the Ludlow opening", "the menu", "agretti", "purple sprouting", "the fit-out", "his "
            "sous chef", "prices", "Wyeside", "the cold store", "the hungry gap", "wild garlic"])
    P("lena", "Lena Brandt", 3, "ally", location="Fownhope, Herefordshire", company="The Green Man, Fownhope",
      title="Head chef", how_met="She rang in 2021 asking for salad leaves nobody else grew", met_on="2021-04-06",
      interests={"restaurant-supply": 0.9},
      notes="From Freiburg; head chef at the Green Man since 2020. Takes salad leaves, roots and herbs every week. "
            "On Thursday 26 February the Green Man was named Sustainable Restaurant of the Year at the Marches Food "
            "and Drink Awards in Shrewsbury; our farm is on the menu by name.",
      rhythm=[(7, H, "2026-02-24", ["message", "call", "message", "meeting"])],
      extra=[("2026-02-24", "call", "Call: the spring salad order; she's going to the awards on Thursday and "
              "expects to lose", 15)],
      talk=["the salad order", "micro-herbs", "the awards", "her kitchen team", "the spring menu",
            "edible flowers", "Freiburg", "invoices"])
    P("sadie", "Sadie Quinn", 4, "ally", location="Ross-on-Wye", company="Quinn's", title="Chef-owner",
      how_met="Kit's recommendation, 2022", met_on="2022-03-15",
      notes="A small restaurant in Ross; a bad January, and two of our invoices (£1,140) are six weeks overdue. "
            "She's honest about it; I'd rather keep her than chase her.",
      rhythm=[(14, H, "2026-02-19", ["message", "call", "email"])],
      extra=[("2026-02-19", "call", "Call: January was dead; she'll pay the two invoices in March", 15)],
      talk=["the order", "January", "the invoices", "her staff", "the tourists at Easter", "the menu"])

    # --- the school ---
    P("dilys", "Dilys Parry", 4, "ally", location="Wormbridge, Herefordshire", company="Wormbridge Primary School",
      title="School cook", how_met="The school's lunches have used our veg since 2018", met_on="2018-09-03",
      interests={"school-food": 1.0},
      notes="Cooks 140 lunches a day at Inês's school and puts our farm's name on the board. On 11 February she won "
            "the West Midlands final of the School Cook of the Year with a leek and potato pie made with our leeks; "
            "the national final is in June. I heard it from Inês. I hosted Year 4 for a farm day last June. I "
            "promised her the summer-term crop list for the menus by Friday 13 March.",
      rhythm=[(14, H, "2026-02-05", ["message", "meeting", "call"])],
      extra=[("2025-06-18", "activity", "Outing: Year 4's farm day; Dilys cooked carrot soup in the yard", 300),
             ("2026-02-05", "message", "Messages: she's off to the regional final next week with the leek pie")],
      talk=["the school menus", "the leeks", "the regional final", "the children", "portion costs", "the spring "
            "term", "the summer crops"])

    # --- Golden Valley Growers (the co-op) ---
    P("gwen", "Gwen Price", 3, "ally", location="Pontrilas, Herefordshire", company="Golden Valley Growers",
      title="Grower (4 ha); co-op founder member", how_met="We founded the co-op together in 2019",
      met_on="2017-10-14",
      need=("gwen-tractor", "compact-tractor",
            "Lost her tractor in the barn fire and needs a small second-hand tractor with a loader before she can "
            "plant in April", "2026-02-24"),
      notes="61. Widowed, grows four hectares at Pontrilas and supplies potatoes, squash and onions to the box. On "
            "the night of Sunday 22 February her barn burned down: the old tractor, the potato store, three tonnes "
            "of seed potatoes. Nobody hurt; the fire brigade thinks an electrical fault. The insurance assessor comes "
            "on Tuesday 3 March. The co-op's clear-up day at hers is Saturday 7 March. We've taken her sixty box "
            "customers onto our round for now. She says she's fine and isn't.",
      rhythm=[(12, H, "2026-02-21", ["meeting", "call", "message", "activity"])],
      extra=[("2026-02-23", "activity", "Outing: walked round what's left of the barn with her; still smoking", 120),
             ("2026-02-24", "call", "Call: the insurance will be months; she needs a small tractor with a loader "
              "before April", 30),
             ("2026-02-28", "message", "Messages: the assessor's coming Tuesday; she's not sleeping")],
      talk=["the box", "her potatoes", "the co-op", "the barn", "the insurance", "her grandchildren", "squash",
            "the weather", "the seed potatoes"])
    P("martin", "Martin Beavan", 3, "ally", location="Abbey Dore, Herefordshire", company="Golden Valley Growers",
      title="Beef and vegetable farmer; co-op treasurer", how_met="The co-op, 2019", met_on="2019-01-22",
      interests={"cold-store": 0.7},
      notes="55. Keeps the co-op's books and its temper. Organising Saturday's clear-up day at Gwen's with me. Wants "
            "the co-op to share the cold store if I get the grant.",
      rhythm=[(14, H, "2026-02-25", ["meeting", "call", "email", "message"])],
      extra=[("2026-02-25", "call", "Call: the clear-up day on the 7th; who brings what, the skip", 25)],
      talk=["the co-op's accounts", "the clear-up day", "Gwen", "the cold store", "beef prices", "the box "
            "margins", "the spring rota"])
    P("aisling", "Aisling Byrne", 3, "friend", location="Kingstone, Herefordshire", company="Golden Valley Growers",
      title="Salad grower; co-op secretary", how_met="Joined the co-op in 2020", met_on="2020-03-03",
      notes="44. From Wexford. Grows salad under glass at Kingstone and writes the box newsletter. Set up the "
            "co-op's fund for Gwen.",
      rhythm=[(12, H, "2026-02-26", ["message", "meeting", "call"])],
      talk=["the newsletter", "the fund for Gwen", "salad", "the co-op meeting", "the box recipes", "her kids"])
    P("jake", "Jake Hollis", 4, "friend", location="Vowchurch, Herefordshire", company="Golden Valley Growers",
      title="Grower (1 ha, in organic conversion)", how_met="Came to a co-op open day in 2023 wanting to grow",
      met_on="2023-09-16", interests={"new-growers": 1.0, "organic-certification": 0.9},
      notes="27. The co-op's youngest member: one hectare at Vowchurch, rented, second year of organic conversion. "
            "I lent him the bed-former and set his beds up with him last April. Worries about his first full season "
            "and his first inspection.",
      rhythm=[(14, H, "2026-02-22", ["message", "activity", "call"])],
      extra=[("2025-04-10", "activity", "Outing: two days forming his beds at Vowchurch", 720)],
      talk=["his beds", "conversion", "the inspection", "his first season", "the box", "money", "slugs",
            "green manures"])

    # --- the farm's people ---
    P("dave", "Dave Preece", 2, "advocate", location="Wormbridge, Herefordshire", company="Cwm Farm",
      title="Farm foreman", how_met="Answered my first advert, 2017", met_on="2017-02-20", birthday="1967-07-11",
      notes="58. Drives the tractor better than I do and knows every field. Ran the farm on his own from 15 to 19 "
            "February while I was in Braga, did the Saturday market and rang me every night; I haven't thanked him "
            "properly. Sorting the field records for the inspection.",
      rhythm=[(4, H, "2026-02-28", ["meeting", "message", "call", "meeting"])],
      extra=[("2026-02-19", "call", "Call: from the airport; all fine, the leeks are in, go home to bed", 10)],
      talk=["the field records", "the leeks", "the tractor", "the polytunnels", "the spring planting", "the "
            "new workers", "the market", "the rain", "his grandson", "the inspection"])
    P("leanne", "Leanne Watkins", 2, "ally", location="Kingstone, Herefordshire", company="Cwm Farm",
      title="Veg-box manager", how_met="A box customer who asked for a job, 2019", met_on="2019-05-04",
      notes="34. Runs the box scheme: 400 households, the packing shed, the website and every complaint about "
            "kohlrabi. Took on Gwen's sixty customers in a weekend.",
      rhythm=[(5, H, "2026-02-27", ["meeting", "message", "call"])],
      talk=["the box", "Gwen's customers", "the packing rota", "the website", "the hungry gap", "her daughter",
            "the vans", "complaints"])
    P("bogdan", "Bogdan Ionescu", 3, "ally", location="near Suceava, Romania (March to October at Cwm Farm)",
      company="Cwm Farm", title="Seasonal worker (his fifth season)", how_met="Came with a friend for the "
      "harvest, 2021", met_on="2021-04-12",
      notes="44. The best planter I've had; back every March. His father died in Romania on Thursday 26 February; "
            "the funeral was on 1 March. I advanced him a month's wages for the flight home. Was due back on 9 "
            "March; now the 23rd.",
      rhythm=[(30, H, "2025-10-31", ["message", "call"]),
              (14, "2025-11-01", "2026-02-20", ["message", "call"])],
      extra=[("2025-10-31", "meal", "Dinner: end of season at the Red Lion; he said see you in March", 120),
             ("2026-02-26", "call", "Call: his father died this morning; I told him to go and not to worry about "
              "March", 15),
             ("2026-02-28", "message", "Messages: he's home; the funeral is Sunday")],
      talk=["the season", "his father", "his daughter", "the flights", "the caravan", "March"])
    P("joana", "Joana Martins", 5, "acquaintance", location="Hereford", title="Applicant, seasonal field worker",
      how_met="Tiago sent her to me", met_on="2026-02-16",
      notes="31. From Viana do Castelo, three years in Hereford working at the chicken plant; grew up on a farm "
            "and wants to work outside. Interview at the farm on Wednesday 4 March at 10. I promised her an answer "
            "by Thursday 5 March so she can give notice.",
      extra=[("2026-02-16", "call", "Call: in Portuguese; she'd heard about the job from Tiago", 20),
             ("2026-02-24", "message", "Messages: the interview on Wednesday 4th at 10")])
    P("ryan", "Ryan Bowen", 5, "acquaintance", location="Hereford",
      company="Herefordshire and Ludlow College, Holme Lacy", title="Level 3 horticulture student",
      how_met="Applied for the seasonal job", met_on="2026-02-23",
      notes="19. Final year of his Level 3 at Holme Lacy; shy on the phone, good answers on paper. Interview on "
            "Wednesday 4 March at 2. I promised him an answer by Thursday 5 March.",
      extra=[("2026-02-23", "email", "Email: his application and a reference from his tutor"),
             ("2026-02-25", "call", "Call: the interview on Wednesday at 2", 10)])
    P("tiago", "Tiago Mendes", 3, "friend", location="Hereford", company="Hereford Tyres", title="Mechanic",
      how_met="The Portuguese futsal on Thursdays in Hereford", met_on="2014-02-06",
      notes="From Barcelos. Knows every Portuguese in Herefordshire. Sent me Joana for the seasonal job "
            "(thanked). Fixes my van at cost.",
      rhythm=[(7, H, "2026-02-26", ["activity", "message", "activity", "call"])],
      extra=[("2026-02-16", "message", "Messages: Joana's number; a good worker, he says; thanked him")],
      talk=["futsal", "the van", "Benfica", "Portugal", "Joana", "Pai", "bacalhau at his", "the Portuguese in "
            "Hereford"])

    # --- suppliers ---
    P("tony", "Tony Marsh", 4, "ally", location="Bridgnorth, Shropshire", company="Severn Organic Seeds",
      title="Sales manager", how_met="Our seed supplier since 2014", met_on="2014-01-20",
      notes="Replaced a failed lot of onion seed for nothing in May 2025 (thanked). Knows which varieties "
            "restaurants are asking for.",
      rhythm=[(30, H, "2026-02-12", ["call", "email", "meeting"])],
      talk=["the seed order", "onions", "new varieties", "the weather", "organic seed rules"])
    P("kate", "Kate Sinclair", 4, "ally", location="Craven Arms, Shropshire", company="Marches Plants",
      title="Owner", how_met="Plug plants since 2016", met_on="2016-02-01",
      notes="Raises our organic brassica, lettuce and leek plugs. I promised to confirm the spring order by Tuesday "
            "3 March or lose the slot.",
      rhythm=[(30, H, "2026-02-23", ["email", "call"])],
      extra=[("2026-02-23", "email", "Email: confirm the spring plug order by Tuesday 3rd, or she gives the "
              "slot away")],
      talk=["the plug order", "brassicas", "leeks", "the delivery dates", "her glasshouse"])
    P("nell", "Nell Ashby", 4, "friend", location="Leominster, Herefordshire", company="Ashby's Bakehouse",
      title="Baker (micro-bakery)", how_met="Bakes the sourdough add-on for our boxes since 2025",
      met_on="2025-03-10",
      offer=("nell-market", "market-baker",
             "Wants a regular Saturday pitch at a farmers' market for her sourdough and pastries", "2026-01-20"),
      notes="A one-woman bakery in a converted garage in Leominster; her bread is the most popular add-on in the "
            "box. Told me in January she wants a regular Saturday market pitch.",
      rhythm=[(14, "2025-03-10", "2026-02-23", ["message", "call", "meeting"])],
      extra=[("2026-01-20", "call", "Call: she wants a Saturday market pitch; the add-on isn't enough", 20)],
      talk=["the sourdough", "the box add-on", "her oven", "markets", "flour prices", "early mornings"])

    # --- the markets ---
    P("kath", "Kath Morris", 4, "ally", location="Hereford", company="Hereford Farmers' Market",
      title="Market manager", how_met="My first pitch, 2014", met_on="2014-05-03",
      need=("kath-baker", "market-baker",
            "Needs a baker for the Saturday market since hers retired at the end of January", "2026-02-09"),
      notes="Runs the Saturday market in High Town. Her baker retired in January and the customers ask every "
            "week.",
      rhythm=[(7, H, "2026-02-28", ["event", "message", "event"])],
      extra=[("2026-02-09", "message", "Messages: the baker's gone for good; does anyone know a baker")],
      talk=["the market", "the pitches", "the baker", "footfall", "the council", "the Easter market"])
    P("alan", "Alan Sharp", 4, "friend", location="Ludlow, Shropshire", company="Teme Valley Cheese",
      title="Cheesemaker", how_met="The pitch next to ours at the Thursday market in Ludlow", met_on="2018-04-12",
      notes="Sells his cheese at the next pitch in Ludlow; keeps an eye on our stall when Dave nips off. Knows "
            "everyone in Ludlow, including Kit's landlord.",
      rhythm=[(14, H, "2026-02-26", ["event", "message"])],
      talk=["the Ludlow market", "his cheese", "Kit's new place", "Ludlow", "the weather", "his goats"])

    # --- certification, the grant, the bank ---
    P("alison", "Alison Reeve", 4, "ally", power=True, location="Worcester",
      company="Soil Association Certification", title="Organic inspector",
      how_met="Our annual inspection since 2022", met_on="2022-03-16",
      interests={"organic-certification": 1.0},
      notes="Fair and thorough; finds the one invoice you can't. The annual inspection is Wednesday 11 March at 9, "
            "the first since Gwen's produce started coming through our packing shed, so she'll want the buying-in "
            "records. I promised her the pre-inspection pack (field records, input receipts and the buying-in "
            "records for the box) by Wednesday 4 March.",
      rhythm=[(120, H, "2026-02-18", ["email", "call"])],
      extra=[("2025-03-12", "meeting", "Meeting: last year's inspection; one minor non-compliance on the manure "
              "records", 300),
             ("2026-02-18", "email", "Email: the date, 11 March, and the pre-inspection pack by the 4th")],
      talk=["the inspection", "the records", "the buying-in rules", "the certificate", "manure records"])
    P("claire", "Claire Whitfield", 4, "ally", power=True, location="Hereford", company="Herefordshire Council",
      title="Rural investment officer", how_met="The Rural Growth Fund's workshop for growers, 2025",
      met_on="2025-09-24", interests={"cold-store": 0.9},
      notes="Runs the council's Rural Growth Fund. My application for 40% of a £52,000 cold store (so we can hold "
            "roots through the hungry gap and supply the school and the restaurants all year) closes at noon on "
            "Friday 13 March. I promised her the three contractors' quotes and the planning reference by Friday 6 "
            "March so she can check the application before it goes in.",
      rhythm=[(30, "2025-09-24", "2026-02-20", ["email", "call", "meeting"])],
      extra=[("2026-02-20", "meeting", "Meeting: went through the draft; she wants three quotes and the planning "
              "reference by the 6th", 60)],
      talk=["the application", "the quotes", "match funding", "planning", "the scoring", "the deadline"])
    P("andrew", "Andrew Prosser", 4, "ally", power=True, location="Hereford", company="Lloyds Bank",
      title="Agricultural relationship manager", how_met="Lent us the money to buy the farm, 2021",
      met_on="2021-01-11",
      notes="Lent us the mortgage to buy Cwm Farm from the estate in 2021. Will lend the other 60% of the cold store "
            "(£31,000) if the grant comes through; I promised him the cashflow forecast and the updated budget by "
            "Tuesday 10 March.",
      rhythm=[(60, H, "2026-02-17", ["meeting", "email", "call"])],
      extra=[("2026-02-17", "call", "Call: yes in principle to the cold-store loan; the cashflow by the 10th", 20)],
      talk=["the loan", "the cold store", "the mortgage", "the cashflow", "the overdraft", "interest rates"])
    P("rhian", "Rhian Probert", 4, "ally", location="Leominster", company="Probert & Co",
      title="Accountant (farms)", how_met="Our accountant since 2015", met_on="2015-04-20",
      notes="Built the cashflow model for the grant and the bank in an evening on 25 February and won't charge "
            "for it (thanked).",
      rhythm=[(45, H, "2026-02-25", ["meeting", "email", "call"])],
      extra=[("2026-02-25", "meeting", "Meeting: the cashflow model for the cold store; she did it in an "
              "evening; thanked her", 120)],
      talk=["the year end", "VAT", "the cashflow", "the cold store", "tax", "the co-op's accounts"])
    P("geraint", "Geraint Lewis", 4, "acquaintance", location="Kilpeck", company="Kilpeck Parish Council",
      title="Chair of the parish council", how_met="The parish", met_on="2014-06-01",
      notes="Retired haulier; careful about anything that puts lorries on the lane. The parish council considers "
            "our planning application for the cold store at its meeting on Tuesday 10 March, 7.30 in the village "
            "hall; I've said I'll come and answer questions.",
      rhythm=[(60, H, "2026-02-10", ["message", "event", "call"])],
      extra=[("2026-02-10", "call", "Call: the cold store's on the agenda for the 10th; lorries on the lane", 20)],
      talk=["the lane", "the village hall", "planning", "the parish", "the church roof"])

    # --- the parish ---
    P("jenny", "Jenny Holloway", 4, "friend", location="Kilpeck", company="Church of England, the Kilpeck "
      "benefice", title="Vicar", how_met="Took Ollie's sister's wedding; christened Inês in 2017", met_on="2017-05-14",
      notes="Vicar of six parishes including Kilpeck's Norman church. Christens Rafael on Sunday 15 March at "
            "noon, Mothering Sunday, in a service of its own. I promised her the godparents' names and the two "
            "readings by Sunday 8 March.",
      rhythm=[(45, H, "2026-02-21", ["event", "message", "meeting"])],
      extra=[("2026-02-21", "meeting", "Meeting: the christening plan at the vicarage; Ollie and Ffion as "
              "godparents, a Portuguese reading for Mãe", 60)],
      talk=["the christening", "the church", "the harvest festival", "the godparents", "Inês", "Pai"])

    # --- neighbours ---
    P("dennis", "Dennis Powell", 3, "friend", location="Upper Cwm, Kilpeck", title="Farmer (beef, retiring)",
      how_met="The farm next door", met_on="2014-03-01",
      offer=("dennis-tractor", "compact-tractor",
             "Selling his Massey Ferguson 135 with a loader and his small implements, and would rather they went to "
             "a local grower than to the dispersal sale", "2026-02-12"),
      notes="74. Has farmed Upper Cwm for fifty-two years; his wife Mair died in 2023 and no one in the family "
            "wants it. Selling up: the farm goes on the market with the land agents on Wednesday 4 March and the "
            "dispersal sale is 28 March. Lent me his telehandler when the polytunnel went in February (thanked). "
            "Wants his old Massey to go to someone who'll use it.",
      rhythm=[(10, H, "2026-02-27", ["activity", "message", "activity", "call"])],
      extra=[("2026-02-07", "activity", "Outing: he brought the telehandler over for the polytunnel; thanked him",
              120),
             ("2026-02-12", "activity", "Outing: over the gate; he's selling up, the agents in March, and he "
              "wants the Massey to go to someone local", 40),
             ("2026-02-27", "activity", "Outing: a cup of tea in his kitchen; the agent's photographer came", 60)],
      talk=["the sale", "his cattle", "the Massey", "the weather", "Mair", "the lane", "the old days in "
            "Kilpeck", "who'll buy it"])
    P("pam", "Pam Gittins", 5, "friend", location="Kilpeck", title="Retired postwoman",
      how_met="Our neighbour on the lane, and a box customer", met_on="2014-03-15", birthday="1945-09-09",
      notes="80. Walks her spaniel past the farm gate every morning and feeds the hens when we're away.",
      rhythm=[(12, H, "2026-02-26", ["activity", "message"])],
      talk=["the hens", "her spaniel", "the lane", "the box", "Inês", "the church"])

    # --- people I was once close to ---
    P("joao", "João Carvalho", 5, "friend", peak=1, location="Luxembourg", title="Civil engineer",
      how_met="Best friends at school in Braga", met_on="1992-09-15",
      extra=[("2016-08-14", "meal", "Dinner: in Braga at the festa; we said we'd keep in touch", 180),
             ("2022-12-24", "message", "Messages: Christmas; a photo of his kids in the snow")])
    P("marianne", "Marianne Dubois", 5, "friend", peak=3, location="near Saumur, Anjou, France",
      title="Market gardener", how_met="I worked on her farm as a WWOOFer in 2007", met_on="2007-06-01",
      extra=[("2014-05-03", "letter", "Letter: I'd taken my own farm; she sent seeds and a recipe"),
             ("2020-01-06", "message", "Messages: New Year; her son has taken on the farm")])
    P("ian", "Ian Hodge", 5, "ally", peak=2, location="Totnes, Devon", title="Head grower (retired)",
      how_met="My first boss in England, at a Devon veg-box farm, 2010-13", met_on="2010-10-04",
      extra=[("2016-09-10", "call", "Call: he'd heard we'd started a box scheme; 'don't grow kohlrabi'", 30),
             ("2021-04-02", "email", "Email: congratulations on buying the farm")])
    P("priya", "Priya Raman", 5, "friend", peak=3, location="Bengaluru, India", title="Agronomist",
      how_met="The MSc at Aberystwyth", met_on="2009-09-28",
      extra=[("2015-05-30", "message", "Messages: a message on the wedding day from Bengaluru"),
             ("2021-03-12", "message", "Messages: she'd heard about Will")])

    # group contacts
    b.add(H, "event", ["gwen", "martin", "aisling", "jake"],
          "At an event: the co-op's fifth harvest supper in Kilpeck village hall", 240, "mutual")
    b.add("2024-12-25", "meal", ["catrin", "ines", "eluned", "gareth"],
          "Dinner: Christmas in Cilycwm", 300, "mutual")
    b.add("2025-03-09", "activity", ["huw", "sian"],
          "Outing: up Hergest Ridge for Will, the fourth year; the boys came", 240, "mutual")
    b.add("2025-03-12", "meeting", ["alison", "dave"],
          "Meeting: the annual inspection; one minor non-compliance", 300, "mutual")
    b.add("2025-06-21", "activity", ["huw", "sian"], "Outing: shearing at Sian's", 600, "mutual")
    b.add("2025-08-09", "meal", ["mae", "pai", "ana", "miguel", "catrin", "ines"],
          "Dinner: the summer in Lomar; Pai's sardines in the yard, Catrin eight months gone", 240, "mutual")
    b.add("2025-09-20", "event", ["ollie", "rob", "tiago"],
          "At an event: wetting Rafael's head at the Red Lion", 180, "mutual")
    b.add("2025-10-18", "event", ["gwen", "martin", "aisling", "jake"],
          "At an event: the co-op's sixth harvest supper; Gwen's squash soup", 240, "mutual")
    b.add("2025-12-25", "meal", ["catrin", "ines", "eluned", "gareth"],
          "Dinner: Christmas in Cilycwm with Rafael; Gareth carved", 300, "mutual")
    b.add("2026-01-21", "meeting", ["gwen", "martin", "aisling", "jake"],
          "Meeting: the co-op's January meeting; the spring crop plan and the cold store", 150, "mutual")
    b.add("2026-02-15", "activity", ["mae", "ana"],
          "Outing: the stroke ward at the Hospital de Braga; straight from the airport", 360, "mutual")
    b.add("2026-02-18", "meal", ["mae", "ana", "miguel"],
          "Dinner: at Ana's, the four of us, who does what", 150, "mutual")
    b.add("2026-02-25", "meeting", ["gwen", "martin", "aisling", "jake"],
          "Meeting: an emergency co-op meeting about Gwen's fire; the fund and the clear-up day", 120, "mutual")

    # life events
    b.event("ev-ellie-hawkwood", "ellie", "2026-02-16", "new_job",
            "Named farm director of the Hawkwood Estate in the Cotswolds, from April")
    b.event("ev-dilys-award", "dilys", "2026-02-11", "award",
            "Won the West Midlands final of the School Cook of the Year with a leek and potato pie")
    b.event("ev-lena-award", "lena", "2026-02-26", "award",
            "The Green Man named Sustainable Restaurant of the Year at the Marches Food and Drink Awards")
    b.event("ev-huw-baby", "huw", "2026-03-04", "baby",
            "Non had their second baby, a girl, Elin, at Bronglais Hospital in Aberystwyth")
    b.event("ev-miguel-launch", "miguel", "2026-03-05", "launch",
            "Launches his own first wine, Ponte Velha Alvarinho 2024, at Essência do Vinho in Porto")
    b.event("ev-kit-larder", "kit", "2026-03-12", "launch",
            "Opens his second restaurant, Larder, in Ludlow")
    b.event("ev-pai-stroke", "pai", "2026-02-14", "illness",
            "A stroke: weakness down his right side and his speech affected; in the Hospital de Braga, then the "
            "rehabilitation unit, home on 6 March")
    b.event("ev-bogdan-father", "bogdan", "2026-02-26", "bereavement",
            "His father died at home near Suceava; the funeral was on 1 March")
    b.event("ev-gwen-fire", "gwen", "2026-02-22", "other",
            "Her barn burned down in the night with her tractor, the potato store and three tonnes of seed "
            "potatoes; nobody hurt")
    b.event("ev-dennis-sale", "dennis", "2026-03-04", "other",
            "Upper Cwm Farm goes on the market after fifty-two years; the dispersal sale is on 28 March")

    # favors
    b.favor("fv-ana-pai", "ana", "me", "2026-02-16", "favor",
            "Took unpaid leave from her school to be with Pai every day in hospital and the rehab unit")
    b.favor("fv-ollie-tunnel", "ollie", "me", "2026-02-08", "favor",
            "Spent a whole Sunday re-skinning the big polytunnel with me after the gales, for nothing")
    b.favor("fv-dave-farm", "dave", "me", "2026-02-19", "favor",
            "Ran the farm on his own and did the Saturday market while I was in Braga, 15 to 19 February")
    b.favor("fv-eluned-stay", "eluned", "me", "2026-02-22", "favor",
            "Coming to live with us for Catrin's first two weeks back at work to look after Rafael", "2026-02-22")
    b.favor("fv-dennis-telehandler", "dennis", "me", "2026-02-07", "favor",
            "Lent his telehandler and drove it himself when the polytunnel blew down", "2026-02-07")
    b.favor("fv-kit-letter", "kit", "me", "2026-02-20", "endorsement",
            "Wrote a letter of support for the cold-store grant application", "2026-02-21")
    b.favor("fv-ellie-case", "ellie", "me", "2025-12-29", "advice",
            "Read and rewrote my cold-store business case over Christmas", "2026-01-12")
    b.favor("fv-rhian-model", "rhian", "me", "2026-02-25", "favor",
            "Built the cashflow model for the grant and the bank in an evening and wouldn't charge", "2026-02-25")
    b.favor("fv-tiago-joana", "tiago", "me", "2026-02-16", "referral",
            "Sent me Joana Martins for the seasonal job", "2026-02-16")
    b.favor("fv-tony-onions", "tony", "me", "2025-05-14", "gift",
            "Replaced a failed lot of onion seed for nothing", "2025-05-15")
    b.favor("fv-me-gwen", "me", "gwen", "2026-02-23", "favor",
            "Took her sixty box customers onto our round after the fire")
    b.favor("fv-me-bogdan", "me", "bogdan", "2026-02-26", "favor",
            "Advanced him a month's wages for the flight home to his father's funeral")
    b.favor("fv-me-kit", "me", "kit", "2025-05-20", "favor",
            "Grew trial rows of agretti and cavolo nero for his menus")
    b.favor("fv-me-jake", "me", "jake", "2025-04-10", "advice",
            "Lent him the bed-former and spent two days setting up his beds")
    b.favor("fv-me-dilys", "me", "dilys", "2025-06-18", "favor", "Hosted Year 4 for a farm day")
    b.favor("fv-me-sian", "me", "sian", "2025-06-21", "favor", "Drove up and helped with her shearing")

    # follow-ups
    b.follow_up("fu-kate-plugs", "kate", True,
                "Confirm the spring plug-plant order with Kate (brassicas, lettuce, leeks)", "2026-03-03")
    b.follow_up("fu-alison-pack", "alison", True,
                "Send Alison the pre-inspection pack: field records, input receipts and the buying-in records for "
                "the box", "2026-03-04")
    b.follow_up("fu-kit-prices", "kit", True,
                "Send Kit the price list and availability for Larder's opening menu", "2026-03-05")
    b.follow_up("fu-joana-answer", "joana", True, "Give Joana an answer after her interview", "2026-03-05")
    b.follow_up("fu-ryan-answer", "ryan", True, "Give Ryan an answer after his interview", "2026-03-05")
    b.follow_up("fu-claire-quotes", "claire", True,
                "Send Claire the three cold-store quotes and the planning reference", "2026-03-06")
    b.follow_up("fu-ana-money", "ana", True, "Send Ana €600 for Pai's physio at home and the handrails",
                "2026-03-06")
    b.follow_up("fu-jenny-names", "jenny", True,
                "Send Jenny the godparents' names and the two readings for the christening", "2026-03-08")
    b.follow_up("fu-andrew-cashflow", "andrew", True,
                "Send Andrew the cashflow forecast and the updated budget for the cold-store loan", "2026-03-10")
    b.follow_up("fu-claire-submit", "claire", True,
                "Submit the Rural Growth Fund application for the cold store (closes at noon)", "2026-03-13")
    b.follow_up("fu-dilys-crops", "dilys", True, "Send Dilys the summer-term crop list for the school menus",
                "2026-03-13")
    b.follow_up("fu-mae-video", "mae", True,
                "Set up the video link so Mãe and Pai can watch the christening from Braga", "2026-03-14")
    b.follow_up("fu-gwen-assessor", "gwen", False, "The insurance assessor comes to see the barn", "2026-03-03")
    b.follow_up("fu-joana-interview", "joana", False, "Her interview at the farm (10am)", "2026-03-04")
    b.follow_up("fu-ryan-interview", "ryan", False, "His interview at the farm (2pm)", "2026-03-04")
    b.follow_up("fu-pai-home", "pai", False, "Comes home from the rehabilitation unit", "2026-03-06")
    b.follow_up("fu-gwen-clearup", "gwen", False, "The co-op's clear-up day at her barn (from 9)", "2026-03-07")
    b.follow_up("fu-catrin-back", "catrin", False, "Her first day back at Moorfield Surgery", "2026-03-09")
    b.follow_up("fu-geraint-council", "geraint", False,
                "The parish council considers the cold-store planning application (7.30, the village hall)",
                "2026-03-10")
    b.follow_up("fu-alison-inspection", "alison", False, "The Soil Association inspection at Cwm Farm (9am)",
                "2026-03-11")
    b.follow_up("fu-kit-opening", "kit", False, "Larder's opening night in Ludlow", "2026-03-12")
    b.follow_up("fu-ollie-party", "ollie", False, "His 40th in the cider barn (from 7)", "2026-03-14")
    b.follow_up("fu-jenny-christening", "jenny", False, "Rafael's christening at Kilpeck church (noon)",
                "2026-03-15")
    b.follow_up("fu-bogdan-back", "bogdan", False, "Back at Cwm Farm for the season", "2026-03-23")
    b.follow_up("fu-dennis-dispersal", "dennis", False, "The dispersal sale at Upper Cwm", "2026-03-28")

    # goals
    b.goal("g-inspection", "Come through the organic inspection on 11 March clean, with Gwen's produce in the "
           "shed", ["organic-certification"], 1, ["alison", "dave", "leanne", "gwen", "kate", "tony"])
    b.goal("g-coldstore", "Win the cold-store grant (closes 13 March) and the loan, and get it past the parish",
           ["cold-store"], 1, ["claire", "andrew", "rhian", "geraint", "kit", "ellie", "martin"])
    b.goal("g-season", "Start the season with a full crew: two new workers hired and Bogdan back",
           ["seasonal-work"], 1, ["joana", "ryan", "bogdan", "dave", "tiago"])
    b.goal("g-family", "Get Catrin back to work well, Rafael christened, and be a son to Pai from Kilpeck",
           ["family", "stroke-recovery"], 1, ["catrin", "ines", "pai", "mae", "ana", "miguel", "eluned", "jenny"])
    b.goal("g-coop", "Hold the co-op together through Gwen's fire and the hungry gap", ["co-op"], 2,
           ["gwen", "martin", "aisling", "jake", "leanne"])
    b.goal("g-restaurants", "Grow the restaurant and school trade: Larder from its first night, and keep the "
           "Green Man, Quinn's and the school", ["restaurant-supply", "school-food"], 2,
           ["kit", "lena", "sadie", "dilys"])

    # saved items
    b.item("it-coldstore", "Cold stores for small growers: sizing, costs and grants",
           "https://example.org/cold-stores-small-growers", ["cold-store"], "2026-03-02")
    b.item("it-inspection", "Organic inspection day: what inspectors ask for in 2026",
           "https://example.org/organic-inspection-2026", ["organic-certification"], "2026-03-03")
    b.item("it-stroke", "After a stroke: the first three months at home",
           "https://example.org/stroke-first-three-months", ["stroke-recovery"], "2026-03-04")
    b.item("it-gp-return", "Back to general practice after parental leave: what helps",
           "https://example.org/gp-return-after-leave", ["general-practice"], "2026-03-05")
    b.item("it-school-veg", "Local vegetables in school kitchens: making the numbers work",
           "https://example.org/school-kitchens-local-veg", ["school-food"], "2026-03-06")
    b.item("it-perry", "The perry revival in the Three Counties",
           "https://example.org/three-counties-perry", ["cider"], "2026-03-09")
    b.item("it-new-growers", "The first five years: what new growers wish they'd known",
           "https://example.org/new-growers-first-five-years", ["new-growers"], "2026-03-10")
    b.item("it-hungry-gap", "Menus for the hungry gap: chefs on cooking March and April",
           "https://example.org/hungry-gap-menus", ["restaurant-supply"], "2026-03-03")
    b.hand_first()
    return b


def realtor():
    b = Book("realtor", seed=78541)
    H = "2024-10-26"  # history starts: the team's first client-appreciation fall festival in the brokerage lot
    P = b.known

    # --- home and family ---
    P("nate", "Nate Brennan", 1, "advocate", kin=True, location="Windsor Park, Austin",
      company="Austin Fire Department, Station 27", title="Fire lieutenant (captain from 9 March)",
      how_met="My husband; we met at Tere's sister's wedding in New Braunfels in 2006", met_on="2006-06-17",
      birthday="1980-10-11",
      dates=[("us-wedding", "Our wedding anniversary (St. Julia's, 2009)", "2009-03-14")],
      interests={"firefighting": 0.8, "fishing": 0.6},
      notes="45. Grew up in Round Rock. Lieutenant at Station 27; came third on the captain's list in January and "
            "gets pinned as captain at the ceremony at the fire academy on Monday 9 March at 10. Works 24 on, 48 "
            "off; on shift Tuesday 10 March, the night of the Drake presentation, so his mom keeps the kids. Our "
            "17th anniversary is Saturday 14 March; he's booked somewhere and won't tell me where. Says I answer "
            "my phone at dinner like it's a 911 call, which is true this month.",
      rhythm=[(2, H, "2026-03-01", ["meal", "message", "meal", "activity", "call", "meal"])],
      extra=[("2026-01-16", "call", "Call: the captain's list is out; he's third, and they pin him on 9 March", 20),
             ("2026-02-10", "meal", "Dinner: Mom's biopsy results; he said go down whenever you need, he'll "
              "swap shifts", 60),
             ("2026-03-01", "meal", "Dinner: the fortnight on the fridge calendar: Mom's surgery, Dot's closing, "
              "Don Chuy's funeral, the pinning, the Drake presentation, the Robinsons", 90)],
      talk=["his shifts", "the captain's list", "the pinning ceremony", "Mom's surgery", "Sofía's volleyball",
            "Mateo's science fair", "money", "the kitchen faucet", "our anniversary", "the Robinsons' loan",
            "a walk round the park", "his mom", "fishing at Lake Travis", "who's driving who", "the station's "
            "chili cook-off"])
    P("sofia", "Sofía Brennan", 1, "advocate", kin=True, location="Windsor Park, Austin",
      company="Mesa Verde Middle School", title="Eighth grader", how_met="My daughter", birthday="2011-08-19",
      interests={"volleyball": 1.0},
      notes="14. Eighth grade; club volleyball three nights a week and a tournament in San Marcos on Saturday "
            "14 March. Chose the high-school magnet for next year and is scared of it. Close to Mom (her Buela); "
            "wants to come to San Antonio for the surgery and has a math test that day.",
      rhythm=[(4, H, "2026-03-01", ["activity", "meal", "message", "activity"])],
      talk=["volleyball", "her math grade", "high school next year", "Buela", "her friends", "her phone",
            "driving to practice", "the tournament", "her quinceañera plans", "Mateo"])
    P("mateo", "Mateo Brennan", 1, "advocate", kin=True, location="Windsor Park, Austin",
      company="Cedar Hollow Elementary", title="Fourth grader", how_met="My son", birthday="2016-05-03",
      interests={"science": 0.9},
      notes="9. Fourth grade, the grade I taught for nine years. His science-fair project is which Austin soil holds "
            "water best (three jars of dirt on the porch since January); the fair is Thursday 5 March at 6 in "
            "the school gym. I promised to finish the board with him before I drive to San Antonio on Tuesday.",
      rhythm=[(3, H, "2026-03-01", ["activity", "meal", "activity"])],
      extra=[("2026-02-28", "activity", "Outing: Home Depot for the tri-fold board and the soil; he labeled "
              "every jar", 90)],
      talk=["the science fair", "soil jars", "his reading log", "soccer", "Minecraft", "Buela", "bedtime",
            "his loose tooth", "Dad's new helmet"])
    P("irma", "Irma Garza", 1, "advocate", kin=True, location="West Side, San Antonio",
      title="Retired cafeteria manager (Edgewood ISD)", how_met="Mom", birthday="1954-09-15",
      interests={"breast-cancer": 0.6},
      notes="71. A routine mammogram in January; the biopsy on 10 February came back early-stage breast cancer, "
            "small, stage 1. Lumpectomy on Wednesday 4 March at 7am at the cancer center in the Medical Center; "
            "I drive down Tuesday night and stay. The post-op visit with the pathology results is Thursday 12 "
            "March at 2, and I promised to take her to that one so Vero doesn't have to. Tells everyone she's "
            "fine and worries about Dad eating. I call her every day on the drive home.",
      rhythm=[(5, H, "2026-02-09", ["call", "call", "video", "meal"]),
              (2, "2026-02-11", "2026-03-01", ["call", "call", "video"])],
      extra=[("2026-02-10", "call", "Call: the biopsy came back; small, early, 'and don't you dare cancel "
              "work'", 40),
             ("2026-02-21", "meal", "Dinner: in San Antonio; menudo, and she wouldn't talk about the surgery", 120),
             ("2026-03-01", "call", "Call: the pre-op list on the fridge; she's ironing what she'll wear to the "
              "hospital", 30)],
      talk=["the surgery", "Dad", "her garden", "the grandkids", "Vero", "church", "the surgeon", "what she'll "
            "cook", "her sugar", "Ruben", "her comadres", "novelas"])
    P("rogelio", "Rogelio Garza", 1, "advocate", kin=True, location="West Side, San Antonio",
      title="Retired aircraft mechanic (Kelly Field)", how_met="Dad", birthday="1951-06-20",
      notes="74. Thirty years on the flight line at Kelly. Cataracts; doesn't drive the highway any more, so "
            "Vero and I do Mom's appointments. Doesn't say he's scared; fixes things instead. Re-did Mom's back "
            "steps the week after the biopsy.",
      rhythm=[(7, H, "2026-03-01", ["call", "meal", "call"])],
      talk=["the Spurs", "his truck", "Mom", "the back steps", "his eyes", "the grandkids", "the weather"])
    P("vero", "Verónica Garza Treviño", 1, "advocate", kin=True, location="Alamo Heights, San Antonio",
      company="Alamo Heights Family Dental", title="Dental hygienist", how_met="My little sister",
      birthday="1986-03-08", interests={"breast-cancer": 0.9},
      notes="Turns 40 on Sunday 8 March; cancelled her party because of Mom's surgery and says she doesn't mind. "
            "Lives twenty minutes from our parents with Gabe and their three. Took Mom to the biopsy, the surgeon "
            "and the pre-op, and has been the one on the phone with the nurses, while I was showing houses. I "
            "haven't thanked her properly, and she'd say that's what sisters do.",
      rhythm=[(6, H, "2026-02-09", ["message", "call", "video", "meal"]),
              (3, "2026-02-11", "2026-03-01", ["call", "message"])],
      extra=[("2026-02-24", "call", "Call: the pre-op went fine; she's taking the 4th and 5th off", 30)],
      talk=["Mom", "the surgeon", "her kids", "Gabe", "her birthday", "Ruben", "Dad's eyes", "the pre-op",
            "work", "Easter"])
    P("ruben", "Rubén Garza", 3, "friend", kin=True, location="The Woodlands, near Houston",
      company="Halvorsen Energy", title="Petroleum engineer", how_met="My big brother", birthday="1979-11-02",
      notes="46. Calls Mom on Sundays and sends money; Vero and I do the rest. Coming for the surgery on the "
            "4th and flying to Midland on the 5th.",
      rhythm=[(25, H, "2026-02-22", ["call", "message", "video"])],
      talk=["Mom", "his kids", "the Astros", "his job", "Thanksgiving", "Dad"])
    P("gabe", "Gabe Treviño", 4, "friend", kin=True, location="Alamo Heights, San Antonio",
      title="HVAC technician", how_met="Vero's husband",
      rhythm=[(45, H, "2026-02-21", ["meal", "message"])])
    P("maureen", "Maureen Brennan", 3, "advocate", kin=True, location="Round Rock", title="Retired school nurse",
      how_met="Nate's mom", birthday="1953-04-27",
      notes="72. Keeps the kids whenever Nate's on shift and I'm out; offered to have them overnight on "
            "Tuesday 10 March so I can do the Drake presentation (thanked).",
      rhythm=[(14, H, "2026-02-26", ["meal", "call", "message"])],
      extra=[("2026-02-26", "call", "Call: she'll take the kids on the 10th, overnight; thanked her", 15)],
      talk=["the kids", "Nate's promotion", "her garden", "her knees", "Sunday lunch", "Mom's surgery"])

    # --- friends ---
    P("tere", "Teresa Alvarado", 2, "advocate", location="Dove Springs, Austin", company="Ascension Seton",
      title="HR manager", how_met="Roommates at Texas State, 2001; Sofía's godmother", met_on="2001-08-24",
      birthday="1983-12-12", interests={"grief": 0.6},
      notes="My comadre. Her dad, Don Chuy, died at home on Friday 27 February after years of COPD; she nursed "
            "him for the last two. The rosary is Thursday 5 March at 7 at Mission Funeral Home and the funeral "
            "Mass Friday 6 March at 10 at Santa Cecilia. I'm running the meal train and promised two dozen "
            "tamales and the paper goods for the reception after the Mass.",
      rhythm=[(7, H, "2026-02-26", ["meal", "message", "call", "coffee"])],
      extra=[("2026-02-27", "call", "Call: Dad's gone, this morning, at home; I went straight over", 20),
             ("2026-02-28", "activity", "Outing: at her mom's house with food; the funeral plans at the "
              "kitchen table", 240)],
      talk=["her dad", "the hospice nurses", "work", "Sofía", "Texas State days", "her mom", "the meal train",
            "Lent", "margaritas at Polvos"])
    P("kathy", "Kathy Morales", 3, "friend", location="Windsor Park, Austin", title="Retired AISD bus driver",
      how_met="Across the street since we moved in, 2012", met_on="2012-07-01",
      notes="68. Drives Mateo to school on my early closing mornings and won't take gas money (thanked). "
            "Knows everything on the street before it happens.",
      rhythm=[(8, H, "2026-02-28", ["activity", "message"])],
      talk=["the street", "Mateo", "her grandkids", "the HOA", "her roses", "the new neighbors"])
    P("joe", "Joe Villarreal", 3, "friend", location="Montopolis, Austin", company="Eastside Early College High "
      "School", title="Baseball coach and history teacher", how_met="Carmen's husband", met_on="2005-09-10",
      notes="Carmen's husband. Raising Ana on his own; she's 17 and applying to UT. Every 11 March since 2023 "
            "I bring pan dulce and we go to the cemetery at five, the three of us.",
      rhythm=[(40, H, "2026-02-08", ["message", "call", "meal"])],
      extra=[("2025-11-15", "meal", "Dinner: helped Ana with her UT essay at their kitchen table", 120)],
      talk=["Ana", "baseball season", "Carmen", "Ana's UT application", "the house", "school"])
    P("carmen", "Carmen Villarreal", 4, "advocate", peak=1, status="deceased", location="Montopolis, Austin",
      title="Fourth-grade bilingual teacher", how_met="My teaching partner in fourth grade at Las Palomas "
      "Elementary, 2008-17", met_on="2005-08-15",
      dates=[("carmen-died", "Carmen died (2023)", "2023-03-11")],
      notes="Died of ovarian cancer on 11 March 2023, aged 44. She's the one who told me to get my license. "
            "I keep the day with Joe and Ana.",
      extra=[("2023-02-26", "activity", "Outing: the last afternoon at her house; she made me promise to keep "
              "teaching the class")])

    # --- the team and the brokerage ---
    P("diego", "Diego Salinas", 2, "ally", location="Govalle, Austin", company="Garza Home Group (Hill Country "
      "Realty Partners)", title="Buyer's agent", how_met="My fifth-grade student at Las Palomas, 2006-07; joined "
      "my team in 2024", met_on="2006-08-21", birthday="1996-06-21",
      notes="29. Was in my fifth-grade class; licensed in 2024 and on my team since. His first solo closing is "
            "Wednesday 11 March at 2 at Colorado River Title: Ben and Hailey Schultz's condo in Mueller. I "
            "promised to go through the closing file with him by Tuesday 10 March. Hosts open houses better "
            "than I do.",
      rhythm=[(2, H, "2026-02-26", ["meeting", "message", "call", "meeting"])],
      extra=[("2026-02-18", "meeting", "Meeting: the Schultzes cleared the appraisal; his first deal without "
              "me in the room", 45)],
      talk=["his buyers", "the Schultzes", "showings", "the CRM", "offers", "the open house", "his mom",
            "contracts", "his first closing", "lead follow-up", "the team meeting"])
    P("brenda", "Brenda Nguyen", 2, "ally", location="Pflugerville", company="Garza Home Group",
      title="Transaction coordinator", how_met="Hired her in 2022 from a title company", met_on="2022-05-09",
      birthday="1987-03-03",
      notes="Turns 39 on Tuesday 3 March. Runs every file from contract to keys; two kids and a calendar "
            "nobody else understands. Chasing the Robinsons' documents daily.",
      rhythm=[(2, H, "2026-02-26", ["message", "meeting", "call", "message"])],
      talk=["the Robinsons' file", "Dot's closing", "deadlines", "the option period", "her kids", "the "
            "shared drive", "DocuSign", "the Drake package", "title"])
    P("sharon", "Sharon Whitaker", 3, "ally", power=True, location="Austin",
      company="Hill Country Realty Partners", title="Managing broker", how_met="Joined her brokerage in 2018",
      met_on="2018-03-12",
      notes="Runs the brokerage. My team agreement is up for renewal at the end of March; I promised her the "
            "signed renewal by Friday 13 March. Coached me on the Drake presentation and put $1,500 of "
            "brokerage co-marketing behind it (thanked).",
      rhythm=[(14, H, "2026-02-25", ["meeting", "message", "call"])],
      extra=[("2026-02-25", "meeting", "Meeting: rehearsed the Drake presentation with her; 'lead with the "
              "pricing, not the brochure'", 60)],
      talk=["the team agreement", "splits", "the Drake listing", "market stats", "the brokerage's spring "
            "meeting", "compliance", "recruiting"])
    P("patty", "Patty Schaefer", 4, "advocate", peak=2, location="Fredericksburg",
      title="Realtor (retired)", how_met="Sponsored me at the brokerage in 2018 and taught me everything",
      met_on="2018-03-12",
      notes="68. Retired to Fredericksburg in 2024. Told me I'd never win a luxury listing by acting grateful "
            "to be in the room.",
      rhythm=[(75, H, "2026-01-08", ["call", "message"])],
      talk=["her peach trees", "the market", "my team", "her grandson", "the old days at the brokerage"])
    P("blake", "Blake Harrington", 5, "acquaintance", location="Westlake, Austin",
      company="The Harrington Group (Summit Luxury Realty)", title="Team lead",
      how_met="Across the table on a Tarrytown deal, 2022", met_on="2022-06-01",
      notes="Lists half of Barton Hills. Pitching Allison Drake the day before me.",
      rhythm=[(90, H, "2026-01-22", ["event"])],
      talk=["ran into him at the board's market update", "the luxury market", "a broker open"])

    # --- lender, title, the people I send clients to ---
    P("carla", "Carla Benavides", 2, "ally", power=True, location="Austin", company="Lone Star Home Lending",
      title="Senior loan officer", how_met="My go-to lender since my second year", met_on="2019-02-05",
      birthday="--04-18", interests={"mortgage-lending": 1.0},
      notes="Has closed most of my buyers since 2019 and picks up at 9pm. Fighting for the Robinsons' loan: "
            "Jamal changed jobs in January and the underwriter wants his offer letter, a letter of explanation "
            "and thirty days of stubs; the decision should come Tuesday 3 March. The rate lock runs out on the "
            "16th. She re-ran their whole file on Saturday 28 February and got the underwriting manager on the "
            "phone; I haven't thanked her.",
      rhythm=[(6, H, "2026-02-26", ["call", "message", "email", "coffee"])],
      extra=[("2026-02-28", "call", "Call: she spent her Saturday on the Robinsons; the letter of explanation "
              "and the stubs by Monday and she thinks it goes", 35)],
      talk=["the Robinsons' file", "rates", "the underwriter", "pre-approvals", "her son's baseball",
            "down-payment assistance", "appraisals", "the Schultzes", "Jordan and Sam's pre-approval"])
    P("renee", "Renee Fischer", 3, "ally", location="Austin", company="Colorado River Title",
      title="Escrow officer", how_met="Closes my deals since 2018", met_on="2018-09-20",
      notes="Closes almost everything I do. Found a 1998 mechanic's lien on Dot's title and got it released in "
            "two days (thanked). Dot's closing is hers on the 5th, Diego's on the 11th, the Robinsons' on the "
            "13th.",
      rhythm=[(10, H, "2026-02-25", ["email", "call", "meeting"])],
      talk=["title commitments", "Dot's lien", "the closing schedule", "wire fraud warnings", "her dogs"])
    P("omar", "Omar Haddad", 3, "friend", location="Cedar Park", company="Haddad Mortgage",
      title="Mortgage broker (owner)", how_met="Sat next to each other in pre-licensing class, 2017; he went "
                                             "into lending", met_on="2017-10-02",
      interests={"new-construction": 0.8, "mortgage-lending": 1.0},
      offer=("omar-builder", "builder-financing",
             "Brokers builder rate-buydown and forward-commitment programs with a dozen wholesale lenders and "
             "wants a small Austin builder to partner with", "2026-01-28"),
      notes="Brokers loans on his own since 2021; from Houston, Lebanese family, loud and generous. Looked over "
            "the Robinsons' file on 26 February as a second opinion (thanked). Told me in January he wants a "
            "small builder to run a buydown program with.",
      rhythm=[(14, H, "2026-02-26", ["coffee", "meal", "call", "message"])],
      extra=[("2026-01-28", "coffee", "Coffee: he wants a small builder to run a buydown program with; "
              "forward commitments, twelve lenders", 60),
             ("2026-02-26", "call", "Call: a second look at the Robinsons' file; he thinks Carla can get it "
              "through; thanked him", 25)],
      talk=["rates", "his brokerage", "the Robinsons", "his kids' soccer", "Houston", "builders",
            "lunch at Phoenicia"])
    P("ray", "Ray Domínguez", 3, "ally", location="Del Valle", company="Domínguez Home Repair",
      title="Handyman and contractor", how_met="Fixed a past client's foundation in 2019; I send him everyone",
      met_on="2019-06-03",
      notes="Does every pre-listing repair I need. Did Renata's fence, the back door and the paint in three "
            "days, at cost, so the photos could happen on the 3rd; I haven't thanked him.",
      rhythm=[(12, H, "2026-02-27", ["call", "message", "meeting"])],
      extra=[("2026-02-27", "meeting", "Meeting: walked Renata's house with him; fence, paint and the back "
              "door done in three days", 40)],
      talk=["Renata's repairs", "paint colors", "his crew", "a foundation bid", "his daughter's quince",
            "the price of lumber"])
    P("luis", "Luis Ybarra", 4, "ally", location="Austin", company="Ybarra Home Inspections",
      title="Home inspector", how_met="Inspected my first buyers' house, 2018", met_on="2018-05-14",
      rhythm=[(30, H, "2026-02-12", ["meeting", "call", "message"])],
      talk=["an inspection", "a roof report", "foundation readings"])
    P("ty", "Ty Nakamura", 4, "ally", location="Austin", company="Nakamura Listing Media",
      title="Real-estate photographer", how_met="Shoots my listings since 2020", met_on="2020-02-11",
      notes="Shoots Renata's house on Tuesday 3 March. Will shoot the Drake house if I win it.",
      rhythm=[(30, H, "2026-02-27", ["meeting", "message"])],
      talk=["a listing shoot", "drone shots", "twilight photos", "the video tour"])

    # --- clients now ---
    P("allison", "Allison Drake", 4, "acquaintance", power=True, location="Barton Hills, Austin",
      company="Dell Children's Medical Center", title="Pediatric anesthesiologist",
      how_met="Denise's referral (she does her hair)", met_on="2026-02-20", interests={"relocation": 0.9},
      notes="Moving to Denver in June for a job at Children's Colorado. Selling her Barton Hills house: four "
            "bedrooms, a pool, rebuilt in 2009, about $1.35 million, the biggest listing I'd ever have. "
            "Interviewing three agents, Blake among them. My presentation is Tuesday 10 March at 6 at her "
            "house; I promised her the pre-listing package (the CMA, the marketing plan, a net sheet) by "
            "Monday 9 March. Precise, busy, reads everything.",
      extra=[("2026-02-21", "call", "Call: Denise gave her my name; Denver in June, three agents", 20),
             ("2026-02-24", "meeting", "Meeting: walked the house with her; the pool, the permits, what she "
              "needs to net", 75),
             ("2026-02-27", "email", "Email: the presentation is the 10th at 6; the package by the 9th")])
    P("dot", "Dorothy Hargrove", 4, "friend", location="Heritage Oaks, Georgetown (was Allandale)",
      title="Retired church secretary", how_met="Kathy's friend from church; I listed her house in January",
      met_on="2025-11-20", birthday="1944-07-02",
      notes="81. Sold the Allandale house she and Frank lived in for fifty-two years; moved into Heritage Oaks "
            "in Georgetown on 21 February. Closing is Thursday 5 March at 10 at Colorado River Title; she doesn't "
            "drive any more, so I promised to pick her up and bring the garage remotes and the mailbox key for "
            "the buyers. Sends me thank-you cards for everything.",
      rhythm=[(6, "2025-11-20", "2026-02-27", ["call", "meeting", "call"])],
      extra=[("2026-02-21", "activity", "Outing: moving day to Heritage Oaks; she cried over Frank's "
              "workbench", 240)],
      talk=["the house", "Frank", "the movers", "Heritage Oaks", "her church", "the buyers", "the closing",
            "her grandson in Dallas", "what to keep"])
    P("keisha", "Keisha Robinson", 4, "ally", location="Pflugerville (renting)", company="Bright Smiles Dental",
      title="Dental assistant", how_met="Denise's referral; first-time buyers", met_on="2025-09-15",
      interests={"first-time-buyers": 0.9},
      notes="She and Jamal are buying their first home, a three-bedroom in Pflugerville for $389,000, FHA with "
            "down-payment assistance. Closing is Friday 13 March at 3. The loan's wobbling because Jamal "
            "changed jobs in January. She carries the paperwork and the worry; their two girls have already "
            "picked their rooms.",
      rhythm=[(12, "2025-09-15", "2026-01-31", ["call", "message", "meeting"]),
              (3, "2026-02-01", "2026-02-28", ["call", "message"])],
      extra=[("2026-02-20", "call", "Call: the underwriter flagged Jamal's new job; she was crying in her car",
              30)],
      talk=["the loan", "the underwriter", "the house", "the girls' rooms", "the appraisal", "the inspection",
            "pay stubs", "the closing date", "their lease"])
    P("jamal", "Jamal Robinson", 4, "ally", location="Pflugerville (renting)", company="City of Austin",
      title="Solid-waste equipment operator", how_met="Keisha's husband", met_on="2025-09-15",
      notes="Left the Amazon warehouse for a city job in January: better pay and a pension, and the reason the "
            "underwriter wants everything twice. Quiet; feels it's his fault.",
      rhythm=[(20, "2025-09-15", "2026-02-27", ["call", "message", "meeting"])],
      talk=["his offer letter", "the city job", "the house", "pay stubs", "the garage"])
    P("jordan", "Jordan Ellis", 4, "ally", location="North Loop, Austin (renting)", company="Fieldnote",
      title="Software engineer", how_met="Met at my open house in Crestview, October 2025", met_on="2025-10-05",
      interests={"austin-housing": 0.9},
      notes="He and Sam have lost three houses since October, each to cash or a waived appraisal. Offers on the "
            "Crestview house on Ridgewell Drive are due Monday 9 March at 5; the listing agent is Lisa Chen. I "
            "promised them the escalation addendum and my read of the seller's disclosure by Sunday 8 March.",
      rhythm=[(8, "2025-10-05", "2026-02-25", ["meeting", "message", "call"])],
      talk=["the Ridgewell house", "escalation clauses", "the three they lost", "their budget", "school zones",
            "the appraisal gap", "showings"])
    P("sam", "Sam Ortega", 4, "ally", location="North Loop, Austin (renting)", company="Dell Seton Medical "
      "Center", title="ICU nurse", how_met="Jordan's partner", met_on="2025-10-05",
      interests={"austin-housing": 0.8},
      notes="Works nights; reads listings at 3am and texts me at 3:05. Wants a yard for the dog more than "
            "anything.",
      rhythm=[(12, "2025-10-05", "2026-02-24", ["message", "meeting"])],
      talk=["the dog", "a yard", "listings at 3am", "night shifts", "the Ridgewell house"])
    P("lisa", "Lisa Chen", 5, "acquaintance", location="Austin", company="Keystone Realty",
      title="Listing agent", how_met="The listing agent on the Ridgewell house", met_on="2025-11-03",
      extra=[("2025-11-03", "call", "Call: a Brentwood deal we lost to cash; she was decent about it", 10),
             ("2026-02-27", "call", "Call: Ridgewell; multiple offers, highest and best by Monday 9 March at 5",
              10)])
    P("renata", "Renata Solís", 3, "friend", location="Cherrywood, Austin", title="Bookkeeper (returning to "
      "work)", how_met="Her son Adrián was in my fourth-grade class in 2015; I sold them the Cherrywood house in "
      "2019", met_on="2015-08-24",
      interests={"divorce": 0.7, "bookkeeping": 0.9},
      offer=("renata-books", "bookkeeping",
             "Kept the books for Kevin's contracting business for twelve years (QuickBooks); wants part-time "
             "bookkeeping work she can do around the kids", "2026-02-22"),
      notes="42. Her divorce from Kevin was final on 28 January; the decree says the Cherrywood house sells by "
            "June. Kevin's in Houston and has to sign everything, which he does slowly. Ray finished the repairs, "
            "Ty shoots it on Tuesday 3 March, it goes live Thursday 5 March and the open house is Saturday 7 "
            "March, 1 to 4. I promised her the listing agreement for her and Kevin to sign by Tuesday 3 March. "
            "Needs part-time work now; she kept Kevin's books for twelve years.",
      rhythm=[(75, H, "2025-09-15", ["message", "coffee"]),
              (10, "2025-10-01", "2026-01-31", ["coffee", "call", "message"]),
              (4, "2026-02-01", "2026-03-01", ["call", "message", "meeting"])],
      extra=[("2025-10-02", "coffee", "Coffee: Kevin's moved out; she didn't know who else to tell", 90),
             ("2026-02-22", "coffee", "Coffee: the list price, the decree, and she needs work, bookkeeping, "
              "part-time", 75)],
      talk=["the house", "Kevin", "the kids", "the decree", "the list price", "money", "the repairs", "work",
            "where she'll live next", "Adrián's soccer"])
    P("hailey", "Hailey Schultz", 5, "acquaintance", location="Mueller, Austin", title="Graphic designer",
      how_met="Diego's buyer", met_on="2026-01-28",
      extra=[("2026-01-28", "meeting", "Meeting: their inspection in Mueller; Diego ran it, I watched", 90)])

    # --- past clients ---
    P("denise", "Denise Carter", 2, "advocate", power=True, location="East Austin", company="Curl Theory Salon",
      title="Salon owner (two salons)", how_met="Sold her her first house in 2019, then the salon building in "
      "2022", met_on="2019-01-14", birthday="--09-05",
      interests={"small-business": 1.0},
      need=("denise-books", "bookkeeping",
            "Needs a part-time bookkeeper for her two salons since hers moved to Dallas in February",
            "2026-02-12"),
      notes="Sends me a client a month from her chair. Sent me the Robinsons, Marisa, and on 20 February "
            "Allison Drake (all thanked). A finalist for the East Austin Chamber's Small Business of the Year; "
            "the award is at the chamber luncheon on Tuesday 3 March, which I can't make. Her bookkeeper moved "
            "to Dallas and she's doing the books at midnight.",
      rhythm=[(9, H, "2026-02-27", ["message", "coffee", "call", "meal"])],
      extra=[("2026-02-12", "coffee", "Coffee: her bookkeeper's gone to Dallas; she needs someone part-time",
              45),
             ("2026-02-20", "call", "Call: she's sending me Allison Drake; 'don't be humble with her'", 15)],
      talk=["the salon", "her clients", "the chamber award", "the second salon", "her daughter at Prairie "
            "View", "referrals", "her books", "East Austin"])
    P("marcus", "Marcus Bell", 3, "advocate", location="Montopolis, Austin", company="Bell's Smokehouse",
      title="Pitmaster and owner", how_met="Sold him his first house in 2020", met_on="2020-04-18",
      interests={"barbecue": 1.0},
      notes="Ran Bell's BBQ out of a trailer for six years; opens his first restaurant, Bell's Smokehouse on "
            "East Cesar Chavez, on Friday 6 March. I put him onto the commercial agent who found the space. "
            "Feeds my client parties at cost and refers his customers.",
      rhythm=[(28, H, "2026-02-22", ["meal", "message", "call"])],
      extra=[("2026-02-22", "message", "Messages: the health inspection passed; opening 6 March")],
      talk=["the restaurant", "brisket", "the lease", "the build-out", "his kids", "the pit", "referrals"])
    P("priya", "Priya Mehta", 4, "friend", location="Mueller, Austin", company="University of Texas at Austin",
      title="Assistant professor of architecture", how_met="Sold her and Rohan their Mueller house in 2023",
      met_on="2023-01-20", interests={"newborns": 1.0},
      notes="Their first baby was due at the end of February. Sends me every friend who moves to Austin.",
      rhythm=[(60, H, "2026-02-10", ["message", "coffee"])],
      extra=[("2026-02-10", "message", "Messages: thirty-seven weeks and done; Rohan's built the crib twice")],
      talk=["the baby", "the house", "UT", "Rohan", "Mueller", "her studio course"])
    P("marisa", "Marisa Delgado", 4, "friend", location="Hutto", title="Bilingual teacher (nine years, El Paso "
      "ISD)", how_met="Denise's cousin; I sold her and Luis their house in Hutto", met_on="2025-10-20",
      interests={"bilingual-education": 1.0},
      offer=("marisa-teaching", "bilingual-teachers",
             "Certified bilingual and ESL teacher, nine years in El Paso ISD, wants a bilingual classroom in "
             "the Austin area from August", "2026-02-26"),
      notes="Moved from El Paso in November for her husband's job at the Samsung plant in Taylor. Closed on "
            "their house in Hutto on 20 February. Wants a classroom again in August.",
      rhythm=[(7, "2025-10-20", "2026-02-26", ["meeting", "message", "call"])],
      extra=[("2026-02-20", "meeting", "Meeting: the keys in Hutto; her girls ran straight to the backyard",
              60),
             ("2026-02-26", "message", "Messages: boxes unpacked; now she wants a bilingual classroom for "
              "August")],
      talk=["the house", "El Paso", "teaching", "her girls", "Taylor", "the commute", "the closing"])
    P("greg", "Greg Holland", 4, "friend", location="Brentwood, Austin", title="Retired engineer",
      how_met="Sold his house in 2021", met_on="2021-05-10",
      rhythm=[(150, H, "2025-11-20", ["message", "email", "coffee"])])
    P("monica", "Mónica Reyes", 5, "friend", location="Round Rock", title="Office manager",
      how_met="Bought her townhouse with me in 2020", met_on="2020-09-02",
      rhythm=[(120, H, "2025-12-15", ["message", "email"])])
    P("travis", "Travis Kline", 4, "acquaintance", power=True, location="Austin", company="Kline Homes",
      title="Builder and owner", how_met="A new-construction panel at the Austin Board of Realtors",
      met_on="2025-11-13", interests={"new-construction": 1.0},
      need=("travis-financing", "builder-financing",
            "Needs a lender partner for a rate-buydown program so his twelve Tillery Street townhomes sell "
            "at today's rates", "2026-02-19"),
      notes="Small infill builder: twelve townhomes on Tillery Street in East Austin, ready in June. Hasn't "
            "picked a listing agent; I want it to be us. Site walk Thursday 12 March at 9; I promised him a "
            "report on new-construction comps on the east side by Wednesday 11 March. Said on 19 February he "
            "needs a lender who'll run a buydown program for his buyers.",
      rhythm=[(30, "2025-11-13", "2026-01-30", ["coffee", "email", "call"])],
      extra=[("2026-02-19", "coffee", "Coffee: the townhomes, June delivery; he needs a lender for a buydown "
              "program before he prices", 60)],
      talk=["the Tillery Street townhomes", "pricing", "June delivery", "his framer", "the east side",
            "listing agents"])

    # --- the class and the old school ---
    P("lorena", "Lorena Ruiz", 3, "ally", location="East Austin", company="Casa Comunidad Austin",
      title="Program director (housing counseling)", how_met="I started teaching her Spanish homebuyer class "
      "in 2019", met_on="2019-08-05", interests={"homebuyer-education": 1.0},
      notes="Runs the nonprofit's housing counseling. I teach the Spanish first-time homebuyer class the "
            "first Saturday of the month, 9 to 12, for free; the next is Saturday 7 March. I promised her the "
            "updated slides (the new down-payment assistance limits) by Thursday 5 March.",
      rhythm=[(21, H, "2026-02-20", ["meeting", "event", "email", "message"])],
      talk=["the class", "down-payment assistance", "the families", "grant money", "the slides", "her "
            "volunteers"])
    P("hector", "Héctor Ramírez", 4, "ally", peak=3, location="East Austin", company="Reyes Middle School (AISD)",
      title="Principal", how_met="Taught fifth grade next door to me at Las Palomas", met_on="2005-08-15",
      interests={"bilingual-education": 1.0},
      need=("hector-teachers", "bilingual-teachers",
            "Has three bilingual teaching posts to fill for August and not enough certified applicants",
            "2026-02-16"),
      notes="Principal of Reyes Middle School since 2021. Comes to the cemetery for Carmen most years. Posted "
            "on 16 February that he's three bilingual teachers short for August.",
      rhythm=[(120, H, "2025-10-22", ["message", "event", "call"])],
      extra=[("2026-02-16", "message", "Messages: three bilingual posts for August and nobody certified; "
              "'send me anyone'")],
      talk=["his school", "Carmen", "the district", "the old days at Las Palomas", "teachers leaving"])
    P("janelle", "Janelle Price", 5, "friend", peak=2, location="Austin", company="Las Palomas Elementary",
      title="Principal (from 19 February)", how_met="Taught third grade across the hall at Las Palomas",
      met_on="2006-08-14", interests={"bilingual-education": 0.9},
      notes="Stayed at Las Palomas when I left; assistant principal since 2022. The board named her principal "
            "of Las Palomas on 19 February; I saw it in the district newsletter.",
      rhythm=[(90, H, "2025-11-08", ["message", "event"])],
      talk=["Las Palomas", "the kids we had", "her mom", "Christmas"])
    P("beverly", "Beverly Tate", 5, "friend", peak=3, location="Bastrop", title="Retired teacher",
      how_met="My mentor teacher my first year at Las Palomas", met_on="2005-08-15",
      extra=[("2019-12-20", "letter", "Letter: a card; she'd heard I'd left teaching and said good"),
             ("2023-03-20", "message", "Messages: she'd heard about Carmen")])
    P("dana", "Dana Whitcomb", 5, "friend", peak=2, location="Portland, Oregon", title="Reading specialist",
      how_met="Taught fifth grade with me at Las Palomas, 2005-08; my first team", met_on="2005-08-15",
      extra=[("2021-07-04", "video", "Video call: her wedding in Portland, we watched from Austin"),
             ("2023-12-24", "message", "Messages: Christmas; a photo of her twins")])
    P("yesenia", "Yesenia Cantú", 5, "friend", peak=1, location="McAllen", title="Pediatric dentist",
      how_met="My roommate freshman year at Texas State, with Tere", met_on="2001-08-24",
      extra=[("2019-06-15", "meal", "Dinner: Tere, Yesenia and me in San Marcos; our last reunion", 180),
             ("2022-11-20", "message", "Messages: she'd seen my listing sign on Facebook")])

    # group contacts
    b.add(H, "event", ["denise", "marcus", "priya", "greg", "monica", "kathy"],
          "At an event: the team's first client-appreciation fall festival; pumpkins and Marcus's brisket", 240,
          "mutual")
    b.add("2024-11-28", "meal", ["irma", "rogelio", "vero", "gabe", "ruben", "nate", "sofia", "mateo"],
          "Dinner: Thanksgiving in San Antonio; Dad carved, Ruben came", 300, "mutual")
    b.add("2024-12-24", "meal", ["irma", "rogelio", "vero", "gabe", "nate", "sofia", "mateo"],
          "Dinner: Nochebuena at Mom's; tamalada all afternoon", 360, "mutual")
    b.add("2025-03-11", "activity", ["joe", "hector", "janelle"],
          "Outing: pan dulce at Joe's and the cemetery for Carmen, the second year; Ana brought sunflowers", 120,
          "mutual")
    b.add("2025-06-12", "event", ["diego", "brenda", "sharon"],
          "At an event: the brokerage's mid-year awards; the team took top small team", 180, "mutual")
    b.add("2025-10-25", "event", ["denise", "marcus", "priya", "greg", "kathy", "marisa"],
          "At an event: the second client-appreciation fall festival; Priya five months along", 240, "mutual")
    b.add("2025-11-27", "meal", ["irma", "rogelio", "vero", "gabe", "ruben", "nate", "sofia", "mateo"],
          "Dinner: Thanksgiving in San Antonio", 300, "mutual")
    b.add("2025-12-12", "event", ["hector", "joe", "janelle"],
          "At an event: the Las Palomas old-teachers' Christmas happy hour", 150, "mutual")
    b.add("2025-12-24", "meal", ["irma", "rogelio", "vero", "gabe", "nate", "sofia", "mateo", "maureen"],
          "Dinner: Nochebuena at Mom's; Maureen came down for the first time", 360, "mutual")
    b.add("2026-01-09", "meeting", ["diego", "brenda"],
          "Meeting: the team's 2026 plan; forty-eight closings and a builder", 180, "mutual")
    b.add("2026-02-10", "call", ["irma", "rogelio", "vero", "ruben"],
          "Call: the family call after Mom's biopsy; who drives, who pays, who stays", 50, "mutual")
    b.add("2026-02-16", "meeting", ["keisha", "jamal"],
          "Meeting: the inspection walk-through in Pflugerville; the girls picked their rooms", 90, "mutual")
    b.add("2026-02-28", "meeting", ["jordan", "sam"],
          "Meeting: the Ridgewell house, second showing; they want to go in strong", 60, "mutual")
    b.add("2026-02-27", "meeting", ["diego", "brenda"],
          "Meeting: next week's board: Dot, Renata's launch, the Robinsons, the Schultzes, the Drake package", 60,
          "mutual")

    # life events
    b.event("ev-janelle-principal", "janelle", "2026-02-19", "promotion",
            "Named principal of Las Palomas Elementary by the AISD board")
    b.event("ev-priya-baby", "priya", "2026-02-24", "baby",
            "Their first baby, a girl, Anika, born at St. David's Medical Center")
    b.event("ev-denise-award", "denise", "2026-03-03", "award",
            "Curl Theory Salon named Small Business of the Year at the East Austin Chamber luncheon")
    b.event("ev-marcus-opening", "marcus", "2026-03-06", "launch",
            "Opens Bell's Smokehouse, his first restaurant, on East Cesar Chavez")
    b.event("ev-nate-captain", "nate", "2026-03-09", "promotion",
            "Pinned as captain at the Austin Fire Department promotion ceremony")
    b.event("ev-robinsons-keys", "keisha", "2026-03-13", "move",
            "Closed on their first home, in Pflugerville, and got the keys")
    b.event("ev-irma-cancer", "irma", "2026-02-10", "illness",
            "Diagnosed with early-stage breast cancer after a routine mammogram; lumpectomy on 4 March")
    b.event("ev-tere-father", "tere", "2026-02-27", "bereavement",
            "Her father, Jesús 'Don Chuy' Alvarado, died at home after years of COPD; the funeral Mass is 6 March "
            "at Santa Cecilia")
    b.event("ev-renata-divorce", "renata", "2026-01-28", "other",
            "Her divorce from Kevin was final; the decree says the Cherrywood house sells by June")
    b.event("ev-jordan-offer", "jordan", "2026-03-10", "other",
            "Their offer on the Ridgewell Drive house in Crestview was accepted over seven others")
    b.event("ev-diego-closing", "diego", "2026-03-11", "other",
            "His first solo closing: Ben and Hailey Schultz's condo in Mueller")

    # favors
    b.favor("fv-vero-mom", "vero", "me", "2026-02-24", "favor",
            "Took Mom to the biopsy, the surgeon and the pre-op, and handled the nurses, while I was working")
    b.favor("fv-carla-saturday", "carla", "me", "2026-02-28", "favor",
            "Spent her Saturday re-running the Robinsons' file and got the underwriting manager on the phone")
    b.favor("fv-ray-renata", "ray", "me", "2026-02-27", "favor",
            "Did Renata's fence, back door and paint in three days, at cost, before the photos")
    b.favor("fv-denise-allison", "denise", "me", "2026-02-20", "referral",
            "Sent me Allison Drake for the Barton Hills listing", "2026-02-21")
    b.favor("fv-denise-robinsons", "denise", "me", "2025-09-15", "referral",
            "Sent me Keisha and Jamal Robinson, first-time buyers", "2025-09-16", "Under contract; closing 13 March")
    b.favor("fv-denise-marisa", "denise", "me", "2025-10-20", "referral",
            "Sent me her cousin Marisa Delgado, moving from El Paso", "2025-10-21",
            "Closed on a house in Hutto on 20 February")
    b.favor("fv-renee-lien", "renee", "me", "2026-02-18", "favor",
            "Found and cleared a 1998 mechanic's lien on Dot's title in two days", "2026-02-19")
    b.favor("fv-sharon-coaching", "sharon", "me", "2026-02-25", "advice",
            "Rehearsed the Drake presentation with me and put $1,500 of brokerage co-marketing behind it",
            "2026-02-25")
    b.favor("fv-maureen-kids", "maureen", "me", "2026-02-26", "favor",
            "Keeping the kids overnight on 10 March so I can do the Drake presentation", "2026-02-26")
    b.favor("fv-omar-second", "omar", "me", "2026-02-26", "advice",
            "A second opinion on the Robinsons' loan file", "2026-02-26")
    b.favor("fv-kathy-mateo", "kathy", "me", "2026-01-20", "favor",
            "Drives Mateo to school on my early closing mornings", "2026-01-20")
    b.favor("fv-me-tere", "me", "tere", "2026-02-28", "favor",
            "Set up the meal train for her family and took the funeral-home calls")
    b.favor("fv-me-marcus", "me", "marcus", "2025-08-12", "intro",
            "Introduced him to the commercial agent who found his East Cesar Chavez space")
    b.favor("fv-me-diego", "me", "diego", "2025-12-15", "advice",
            "Walked him through his first twelve contracts line by line")
    b.favor("fv-me-renata", "me", "renata", "2025-10-06", "recommendation",
            "Found her a mediator, and sat with her when Kevin moved out")
    b.favor("fv-me-hector", "me", "hector", "2025-10-22", "favor",
            "Spoke at his school's career day about leaving teaching for real estate")
    b.favor("fv-me-joe", "me", "joe", "2025-11-15", "advice", "Helped Ana with her UT admissions essay")
    b.favor("fv-me-lorena", "me", "lorena", "2025-09-06", "favor",
            "Teach the Spanish homebuyer class every month for free")

    # follow-ups
    b.follow_up("fu-carla-docs", "carla", True,
                "Get the Robinsons' letter of explanation, Jamal's offer letter and his new pay stubs to Carla",
                "2026-03-02")
    b.follow_up("fu-renata-agreement", "renata", True,
                "Send Renata the listing agreement for her and Kevin to sign, and the photo schedule",
                "2026-03-03")
    b.follow_up("fu-mateo-board", "mateo", True,
                "Finish Mateo's science-fair board with him before I drive to San Antonio", "2026-03-03")
    b.follow_up("fu-dot-remotes", "dot", True,
                "Pick Dot up in Georgetown for the closing and bring the garage remotes and mailbox key",
                "2026-03-05")
    b.follow_up("fu-lorena-slides", "lorena", True,
                "Send Lorena the updated class slides with the new down-payment assistance limits", "2026-03-05")
    b.follow_up("fu-tere-tamales", "tere", True,
                "Bring two dozen tamales and the paper goods for the reception after the funeral Mass",
                "2026-03-06")
    b.follow_up("fu-jordan-escalation", "jordan", True,
                "Send Jordan and Sam the escalation addendum and my read of the Ridgewell seller's disclosure",
                "2026-03-08")
    b.follow_up("fu-allison-package", "allison", True,
                "Send Allison the pre-listing package: the CMA, the marketing plan and a net sheet",
                "2026-03-09")
    b.follow_up("fu-diego-file", "diego", True,
                "Go through the Schultz closing file with Diego before his closing", "2026-03-10")
    b.follow_up("fu-travis-comps", "travis", True,
                "Send Travis the report on east-side new-construction comps", "2026-03-11")
    b.follow_up("fu-irma-postop", "irma", True,
                "Drive Mom to her post-op visit and the pathology results (2pm, San Antonio)", "2026-03-12")
    b.follow_up("fu-sharon-renewal", "sharon", True, "Send Sharon the signed team agreement renewal",
                "2026-03-13")
    b.follow_up("fu-ty-shoot", "ty", False, "Shoots Renata's house (10am)", "2026-03-03")
    b.follow_up("fu-carla-decision", "carla", False, "The underwriter's decision on the Robinsons' loan",
                "2026-03-03")
    b.follow_up("fu-irma-surgery", "irma", False,
                "Her lumpectomy at the cancer center in the Medical Center, San Antonio (7am)", "2026-03-04")
    b.follow_up("fu-dot-closing", "dot", False, "Her closing at Colorado River Title (10am)", "2026-03-05")
    b.follow_up("fu-mateo-fair", "mateo", False, "The science fair in the school gym (6pm)", "2026-03-05")
    b.follow_up("fu-tere-rosary", "tere", False, "Don Chuy's rosary at Mission Funeral Home (7pm)",
                "2026-03-05")
    b.follow_up("fu-tere-funeral", "tere", False, "Don Chuy's funeral Mass at Santa Cecilia (10am)",
                "2026-03-06")
    b.follow_up("fu-marcus-opening", "marcus", False, "Opening night at Bell's Smokehouse", "2026-03-06")
    b.follow_up("fu-lorena-class", "lorena", False, "The Spanish homebuyer class at Casa Comunidad (9 to 12)",
                "2026-03-07")
    b.follow_up("fu-renata-open", "renata", False, "The open house at Renata's (1 to 4)", "2026-03-07")
    b.follow_up("fu-nate-pinning", "nate", False, "His pinning ceremony at the fire academy (10am)",
                "2026-03-09")
    b.follow_up("fu-jordan-offers", "jordan", False, "Offers due on the Ridgewell house (5pm)", "2026-03-09")
    b.follow_up("fu-allison-presentation", "allison", False, "My listing presentation at her house (6pm)",
                "2026-03-10")
    b.follow_up("fu-diego-closing", "diego", False, "His first solo closing, the Schultzes (2pm)", "2026-03-11")
    b.follow_up("fu-travis-site", "travis", False, "Site walk at the Tillery Street townhomes (9am)",
                "2026-03-12")
    b.follow_up("fu-keisha-closing", "keisha", False, "The Robinsons' closing at Colorado River Title (3pm)",
                "2026-03-13")
    b.follow_up("fu-sofia-tournament", "sofia", False, "Volleyball tournament in San Marcos (all day)",
                "2026-03-14")

    # goals
    b.goal("g-drake", "Win the Drake listing in Barton Hills at the presentation on 10 March",
           ["luxury-listings", "relocation"], 1, ["allison", "denise", "sharon", "brenda", "ty", "patty"])
    b.goal("g-closings", "Get the spring closings over the line: Dot on the 5th, Diego's Schultzes on the 11th, "
           "the Robinsons on the 13th", ["mortgage-lending", "first-time-buyers"], 1,
           ["dot", "renee", "keisha", "jamal", "carla", "omar", "brenda", "diego"])
    b.goal("g-clients", "Get Jordan and Sam a house at last, and sell Renata's house well and kindly",
           ["austin-housing", "divorce"], 2, ["jordan", "sam", "lisa", "renata", "ray", "ty"])
    b.goal("g-team", "Grow the team: Diego standing on his own, and Kline Homes' townhomes as our first "
           "new-construction listing", ["new-construction"], 2, ["diego", "travis", "omar", "sharon", "brenda"])
    b.goal("g-family", "Be with Mom through the surgery and the results without leaving it all to Vero, and "
           "keep the kids' and Nate's fortnight", ["breast-cancer"], 1,
           ["irma", "rogelio", "vero", "ruben", "nate", "sofia", "mateo", "maureen"])
    b.goal("g-class", "Keep teaching the Spanish homebuyer class and help more first-generation families buy",
           ["homebuyer-education", "first-time-buyers"], 3, ["lorena", "keisha", "marisa", "denise"])
    b.goal("g-friends", "Be there for Tere after her dad, and for Joe and Ana on the 11th", ["grief"], 2,
           ["tere", "joe"])

    # saved items
    b.item("it-spring-market", "Austin's spring market: bidding wars are back under $600,000",
           "https://example.org/austin-spring-market-2026", ["austin-housing"], "2026-03-02")
    b.item("it-newborn", "The fourth trimester: sleep and sanity with a newborn",
           "https://example.org/fourth-trimester-newborn", ["newborns"], "2026-03-02")
    b.item("it-lumpectomy", "After a lumpectomy: recovery, pathology and what comes next",
           "https://example.org/after-lumpectomy", ["breast-cancer"], "2026-03-03")
    b.item("it-relocation", "Selling from a distance: relocating doctors and the spring market",
           "https://example.org/relocating-sellers-spring", ["relocation"], "2026-03-03")
    b.item("it-salon-books", "When a small business outgrows doing its own books",
           "https://example.org/small-business-bookkeeping", ["small-business"], "2026-03-04")
    b.item("it-divorce-sale", "Selling the family home in a divorce: keeping it civil and getting it done",
           "https://example.org/divorce-home-sale", ["divorce"], "2026-03-04")
    b.item("it-buydowns", "Builder rate buydowns in 2026: what buyers actually get",
           "https://example.org/builder-buydowns-2026", ["new-construction"], "2026-03-05")
    b.item("it-bbq", "From trailer to dining room: Austin's pitmasters go brick and mortar",
           "https://example.org/austin-pitmasters-brick-and-mortar", ["barbecue"], "2026-03-06")
    b.item("it-grief", "When a parent dies: the first months of grief",
           "https://example.org/grief-after-a-parent", ["grief"], "2026-03-09")
    b.item("it-bilingual", "Texas's bilingual teacher shortage, district by district",
           "https://example.org/texas-bilingual-teacher-shortage", ["bilingual-education"], "2026-03-10")
    b.hand_first()
    return b


def interpreter():
    b = Book("interpreter", seed=88807)
    H = "2024-10-05"  # history starts: the AIIC Canada region's autumn meeting in Ottawa, where I became vice-chair
    P = b.known

    # --- home and family ---
    P("genevieve", "Geneviève Tremblay", 1, "advocate", kin=True, location="Villeray, Montréal",
      company="BAnQ (Grande Bibliothèque)", title="Youth-services librarian",
      how_met="My wife; we met at a Latin-American film night at the Cinémathèque in 2006", met_on="2006-11-10",
      birthday="1979-06-22",
      dates=[("us-wedding", "Our wedding anniversary (Saint-Jean-Baptiste church, 2011)", "2011-03-07")],
      interests={"children-books": 0.9, "libraries": 0.8},
      notes="46. From Sainte-Foy, in Québec City. Runs the children's section at the Grande Bibliothèque. Our 15th "
            "anniversary is Saturday 7 March, the same day as Marc-André's father's funeral; I promised to book "
            "dinner at Le Petit Alep by Wednesday and ask Santi to babysit. Her mother comes down for the relâche "
            "week so I can do the trial and the ICAO test. Says that in March I'm in the booth even at the dinner "
            "table, which is true.",
      rhythm=[(2, H, "2026-03-01", ["meal", "message", "meal", "activity", "call", "meal"])],
      extra=[("2026-02-20", "meal", "Dinner: Mamá fainted at Mass this morning; she said go to Bogotá if you "
              "need to, we'll manage the congress somehow", 60),
             ("2026-02-22", "meal", "Dinner: the March calendar on the fridge: the trial, the ICAO test, the "
              "congress, Mamá's pacemaker, Léa's show and her birthday; she said pick one thing to drop", 90),
             ("2026-03-01", "meal", "Dinner: Marc-André's father; we'll go to the visitation together on Friday "
              "night and keep Saturday evening for us", 75)],
      talk=["the kids", "her mother coming for the relâche", "Mamá's heart", "money", "the congress", "our "
            "anniversary", "Léa's birthday party", "Santi's marks", "a walk in Parc Jarry", "her library's March "
            "reading club", "the Bogotá trip in the summer", "the roof", "who picks up Léa", "Marc-André and "
            "Josée", "a film at the Cinéma Beaubien"])
    P("santi", "Santiago Cárdenas Tremblay", 1, "advocate", kin=True, location="Villeray, Montréal",
      company="École secondaire de la Petite-Patrie", title="Secondaire 3", how_met="My son",
      birthday="2010-11-05", interests={"soccer": 1.0},
      notes="15. Secondaire 3. Plays on the U15 indoor team I coach at the Club de soccer Villeray-Parc; the winter "
            "tournament's semi-final is Saturday 14 March and the final Sunday 15 March at 10 at Claude-Robillard. "
            "Babysits Léa on the 7th for twenty dollars and a pizza. Answers me in French, and his grandmother in "
            "Spanish only when she insists.",
      rhythm=[(3, H, "2026-03-01", ["activity", "meal", "message", "activity"])],
      talk=["futsal", "his math mark", "the tournament", "Abuela", "his friends", "his phone", "the Habs",
            "a driving-lesson joke", "Léa", "the Barça game", "his school trip", "what he wants to do later"])
    P("lea", "Léa Cárdenas Tremblay", 1, "advocate", kin=True, location="Villeray, Montréal",
      company="École primaire du Parc-Jarry", title="Grade 1", how_met="My daughter", birthday="2019-03-13",
      interests={"drawing": 0.9},
      notes="Turns 7 on Friday 13 March, the last day of the congress; the party, six friends, is Saturday 14 March "
            "at home, and I promised to make a piñata with her, like the ones at Abuela's. Her class's spring "
            "show is Thursday 12 March at 6:30 (she's a snowflake who melts). Off school for the relâche, 2 to 6 "
            "March.",
      rhythm=[(3, H, "2026-03-01", ["activity", "meal", "activity"])],
      talk=["her drawings", "the piñata", "her birthday", "Abuela", "school", "her snowflake costume",
            "bedtime stories in Spanish", "the skating rink", "her loose tooth", "the library with Mamá"])
    P("cecilia", "Cecilia Villegas de Cárdenas", 1, "advocate", kin=True, location="Chapinero, Bogotá",
      title="Retired Spanish and literature teacher", how_met="Mamá", birthday="1945-08-15",
      interests={"heart-health": 0.5},
      notes="80. Widowed since Papá died on 12 March 2020. Fainted at the seven o'clock Mass on Friday 20 February; "
            "the cardiologist at the Cardioinfantil found a complete heart block. A pacemaker goes in on Tuesday "
            "10 March at 7am Bogotá time (8am here once the clocks change on the 8th), in the middle of the "
            "congress; I can't fly down before the 16th. Juliana has done everything. I promised to video-call "
            "her the night before, Monday 9 March. Says she isn't afraid of the operation, only of the hospital "
            "food.",
      rhythm=[(4, H, "2026-02-19", ["call", "call", "video", "message"]),
              (2, "2026-02-21", "2026-03-01", ["call", "video"])],
      extra=[("2026-02-20", "call", "Call: from the emergency room; she apologised for the fuss", 20),
             ("2026-02-26", "video", "Video call: the cardiologist says a pacemaker on 10 March; she wanted to talk "
              "about Léa's birthday", 40),
             ("2026-03-01", "video", "Video call: Sunday with the kids; Léa showed her the piñata plans", 30)],
      talk=["her heart", "the cardiologist", "Juliana", "Felipe", "the grandchildren", "Mass", "her neighbours",
            "Papá", "the novels she's reading", "the Bogotá rain", "what Léa wants for her birthday", "my work"])
    P("juliana", "Juliana Cárdenas Villegas", 1, "advocate", kin=True, location="Usaquén, Bogotá",
      title="Clinical psychologist (private practice)", how_met="My little sister", birthday="1980-03-04",
      interests={"heart-health": 0.9},
      notes="Turns 46 on Wednesday 4 March. Lives fifteen minutes from Mamá and has done everything since the "
            "fainting: the emergency room, the Holter, the cardiologist, the pre-op, sleeping at Mamá's, while I "
            "sent voice notes from the booth. I haven't thanked her properly; she'd say that's what being the one "
            "who stayed means. We agreed on a night nurse for the first week after the pacemaker, and I promised "
            "to send the money for it by Friday 6 March.",
      rhythm=[(6, H, "2026-02-19", ["message", "call", "video", "message"]),
              (2, "2026-02-21", "2026-03-01", ["call", "message"])],
      extra=[("2026-02-27", "call", "Call: the pre-op is done; a night nurse for the first week, we split it", 35)],
      talk=["Mamá", "the cardiologist", "the night nurse", "her patients", "her boys", "Felipe", "money",
            "the pre-op", "her birthday", "Papá's anniversary"])
    P("felipe", "Felipe Cárdenas Villegas", 2, "friend", kin=True, location="Lavapiés, Madrid",
      company="Estudio Cárdenas Ibarra", title="Architect (partner)", how_met="My little brother",
      birthday="1982-01-30", interests={"architecture": 1.0, "libraries": 0.7},
      notes="In Madrid since 2008. His studio is a finalist in the city's competition for a new public library in "
            "Vallecas; the jury decides on Tuesday 10 March, the morning of Mamá's pacemaker. Flies to Bogotá on "
            "the 12th for two weeks so Juliana can breathe.",
      rhythm=[(9, H, "2026-03-01", ["call", "message", "video", "message"])],
      talk=["Mamá", "the library competition", "Madrid rents", "Real Madrid", "his partner Ibarra", "Juliana",
            "flights to Bogotá", "our cousins"])
    P("hernando", "Hernando Cárdenas Rueda", 4, "advocate", peak=1, kin=True, status="deceased",
      location="Bogotá", title="Civil engineer (Bogotá water company, retired)", how_met="Papá",
      birthday="1941-05-02", dates=[("papa-died", "Papá died (2020)", "2020-03-12")],
      notes="Died of a stroke on 12 March 2020, aged 78, as the borders were closing; I got to Bogotá on one of the "
            "last flights for the funeral. Every 12 March I call Mamá in the morning and light a candle with the "
            "kids at night. Read three newspapers a day and made me read them too.",
      extra=[("2020-02-23", "video", "Video call: his last Sunday call; he asked about Santi's goals")])
    P("louise", "Louise Tremblay", 3, "advocate", kin=True, location="Sainte-Foy, Québec",
      title="Retired notary's clerk", how_met="Geneviève's mother", birthday="1952-10-09",
      notes="73. A widow; Mathieu lives near her. Comes down on the train for the relâche, Monday 2 to Friday 6 "
            "March, to mind Santi and Léa while I'm at the Palais de justice and the ICAO test (thanked).",
      rhythm=[(12, H, "2026-02-27", ["call", "meal", "message"])],
      extra=[("2026-02-15", "call", "Call: she'll come for the whole relâche week; thanked her", 20)],
      talk=["the kids", "her train", "the relâche", "her church choir", "Mathieu", "her garden in summer"])
    P("mathieu", "Mathieu Tremblay", 4, "friend", kin=True, location="Limoilou, Québec",
      title="Paramedic", how_met="Geneviève's brother",
      rhythm=[(50, H, "2026-02-01", ["message", "meal", "call"])],
      talk=["the Nordiques coming back (never)", "his shifts", "Louise", "the cabin at Lac-Beauport"])

    # --- friends and the neighbourhood ---
    P("marcandre", "Marc-André Lavoie", 2, "advocate", location="Rosemont, Montréal", company="STM",
      title="Metro maintenance supervisor",
      how_met="Josée's husband; Geneviève and Josée work together, and we've played Sunday soccer since 2008",
      met_on="2007-09-15", birthday="1976-09-14", interests={"soccer": 0.8, "grief": 0.6},
      notes="49. His father, Gilles, died on Thursday 26 February at the CHSLD in Saint-Jérôme after years of "
            "Alzheimer's; Marc-André visited every day for two years. The visitation is Friday 6 March at the "
            "funeral home on Jean-Talon (2 to 5 and 7 to 9), the funeral Saturday 7 March at 11 at église "
            "Saint-Édouard, and he asked me to be a pallbearer. I promised a pot of ajiaco for him and Josée by "
            "Wednesday. The first friend I made here who wasn't Latin American.",
      rhythm=[(7, H, "2026-02-25", ["activity", "message", "meal", "call", "activity"])],
      extra=[("2026-02-26", "call", "Call: his father died this morning; I went over after my court prep", 30)],
      talk=["Sunday soccer", "his father", "the CHSLD visits", "the Habs", "his girls", "the cottage in the "
            "Laurentians", "the metro's old cars", "beer after soccer", "Josée's garden"])
    P("josee", "Josée Caron", 3, "friend", location="Rosemont, Montréal", company="BAnQ", title="Archivist",
      how_met="Geneviève's colleague at BAnQ; Marc-André's wife", met_on="2007-09-15",
      rhythm=[(30, H, "2026-02-14", ["meal", "message"])],
      talk=["Marc-André's father", "the library", "their girls", "a dinner at theirs"])
    P("sergio", "Sergio Patiño", 2, "friend", location="Ahuntsic, Montréal",
      company="an aerospace parts plant in Saint-Laurent", title="Quality engineer",
      how_met="Sunday soccer at Parc Jarry; from Cali", met_on="2008-05-11", birthday="1974-07-27",
      interests={"soccer": 1.0, "salsa": 0.8},
      rhythm=[(8, H, "2026-02-22", ["activity", "message", "meal", "activity", "call"])],
      talk=["Sunday soccer", "América de Cali", "his daughter at McGill", "the plant's layoffs", "salsa at "
            "the Club Balattou", "Colombian politics", "Marc-André", "his knee"])
    P("etienne", "Étienne Bouchard", 3, "friend", location="Plateau-Mont-Royal, Montréal",
      company="Radio-Canada (until 17 February)", title="Radio documentary producer",
      how_met="He interviewed me in 2012 for a documentary on court interpreters; friends since",
      met_on="2012-04-18", birthday="--08-08", interests={"audio-production": 1.0, "public-broadcasting": 0.8},
      need=("etienne-work", "audio-production",
            "Looking for producer work after eighteen years of radio documentaries at Radio-Canada; wants a "
            "contract where he can keep making long-form audio", "2026-02-20"),
      notes="52. Cut on 17 February with forty others in the latest round, after eighteen years of documentaries. "
            "Divorced, two kids at cégep. Says he's fine and sends me jokes at two in the morning.",
      rhythm=[(21, H, "2026-02-14", ["meal", "coffee", "message", "call"])],
      extra=[("2026-02-17", "call", "Call: he's been cut; eighteen years and a fifteen-minute meeting", 45),
             ("2026-02-20", "meal", "Dinner: beers at Dieu du Ciel; he wants to keep making long-form audio, "
              "for anyone who'll pay", 120),
             ("2026-02-27", "message", "Messages: he sent his CV; I said I'd read it properly after the congress")],
      talk=["his documentaries", "Radio-Canada gossip", "his kids", "books", "the cuts", "a show at the "
            "Rialto", "his podcast idea", "Québec politics"])
    P("nicole", "Nicole Pelletier", 4, "friend", location="Villeray (next door)", title="Retired school "
      "secretary", how_met="Next door since we bought the house in 2013", met_on="2013-06-01",
      notes="71. Takes Léa after school on my long booth days and won't take money (thanked); I bring her "
            "Colombian coffee.",
      rhythm=[(10, H, "2026-02-27", ["activity", "message"])],
      talk=["Léa", "the street", "the snow-removal trucks", "her cat", "her grandson in Gatineau", "the coffee"])
    P("hernan", "Hernán Giraldo", 3, "ally", location="Saint-Michel, Montréal",
      company="Casa Colombia Montréal", title="President (volunteer); owns a print shop",
      how_met="Casa Colombia; I've been on the board as secretary since 2019", met_on="2009-07-20",
      interests={"community-organising": 0.9},
      notes="From Pereira. Runs the association on goodwill and toner. The City's community-grant application is "
            "due on 20 March; I promised to revise the French by Tuesday 3 March. I interpret at the association's "
            "monthly legal clinic for free.",
      rhythm=[(21, H, "2026-02-24", ["meeting", "event", "message", "call"])],
      talk=["the grant application", "the legal clinic", "the July festival", "his print shop", "the board",
            "newcomers from Venezuela", "the consulate"])
    P("karim", "Karim Mansour", 3, "ally", location="Villeray, Montréal", company="Club de soccer Villeray-Parc",
      title="Technical coordinator", how_met="Santi's club; I've coached with him since 2022", met_on="2022-04-10",
      interests={"youth-soccer": 1.0},
      notes="From Algiers. Runs the club's youth programme. Taking my U15 practices on the congress week, Tuesday "
            "and Thursday; not thanked yet. Wants me to coach again next season.",
      rhythm=[(6, H, "2026-02-26", ["activity", "activity", "message", "meeting"])],
      talk=["the U15 team", "practice plans", "the tournament", "the boys' playing time", "referees",
            "parents in the stands", "the club's budget", "next season"])
    P("camilo", "Camilo Duarte", 4, "friend", location="Bogotá", title="Internist",
      how_met="School in Bogotá; we sat together from sixth grade", met_on="1988-02-01",
      notes="Explained Mamá's heart block to me on the phone at midnight and recommended her cardiologist "
            "(thanked).",
      rhythm=[(60, H, "2026-02-14", ["message", "call"])],
      extra=[("2026-02-21", "call", "Call: at midnight his time; what a heart block is, and the cardiologist he'd "
              "choose; thanked him", 40)],
      talk=["school friends", "Millonarios", "his clinic", "the reunion we keep not having"])

    # --- booths and colleagues ---
    P("claudine", "Claudine Morel", 2, "advocate", power=True, location="Outremont, Montréal",
      company="Freelance (AIIC)", title="Conference interpreter (French booth) and consultant interpreter",
      how_met="She recruited me for my first big congress in Montréal, in 2007", met_on="2007-05-14",
      birthday="--05-12", interests={"interpreter-training": 0.7, "remote-interpreting": 0.6},
      expertise=["conference-interpreting", "team-recruiting"],
      notes="62. Recruits the interpreting teams for half the big congresses in Montréal and has put me on most of "
            "them since 2007; the reason I never went back to Bogotá. Recruited the team for the world mining-"
            "safety congress (9 to 13 March at the Palais des congrès) and put Pilar and me in the Spanish booth. "
            "Recommended me to Sophie at the museum in 2024 (thanked). Receives the OTTIAQ's Prix d'excellence "
            "on Thursday 5 March at the Marché Bonsecours, the evening of my ICAO test. I promised her the signed "
            "contract and my invoice details for the congress by Tuesday 3 March.",
      rhythm=[(6, H, "2026-02-28", ["call", "message", "coffee", "event", "email"])],
      extra=[("2025-11-10", "call", "Call: the mining-safety congress, five days, Pilar and me in the Spanish "
              "booth; thanked her", 25),
             ("2026-02-19", "event", "At an event: her newcomers' evening for AIIC; she told me about the prize "
              "and made me promise not to make a speech", 150)],
      talk=["the congress team", "who's free in March", "rates and the agencies", "the remote-interpreting "
            "fight", "her grandchildren", "the OTTIAQ", "her garden in Knowlton", "booth manners of the young",
            "the papers that never arrive", "the ICAO roster"])
    P("pilar", "Pilar Aranguren", 2, "ally", location="Mile End, Montréal", company="Freelance (AIIC)",
      title="Conference interpreter (Spanish booth)", how_met="Booth partners since a trade-union congress in "
      "2010", met_on="2010-10-04", birthday="--10-03", interests={"remote-interpreting": 0.8, "mining": 0.5},
      notes="58. From Bilbao; Spanish A, English B, French C, so she takes the speakers from English and I take "
            "the French. I've shared a booth with her more than with anyone. Spent February building a forty-page "
            "mining-safety glossary for the congress and sent it on 24 February; not thanked yet. I promised her "
            "my half (the ventilation and rock-mechanics terms from the French papers) by Wednesday 4 March. "
            "Worries about her hearing and won't do more than four days of remote interpreting a month.",
      rhythm=[(4, H, "2026-02-27", ["meeting", "message", "call", "coffee", "meeting"])],
      extra=[("2026-02-24", "email", "Email: her glossary, forty pages, with the Chilean and Peruvian variants")],
      talk=["the glossary", "the congress papers", "whose turn it is on the Chilean minister", "her hearing",
            "remote-interpreting platforms", "Bilbao", "her son in Barcelona", "a pharma meeting",
            "rates", "the booth at the Palais", "a union congress", "Ignacio"])
    P("simon", "Simon Dubé", 3, "friend", location="Verdun, Montréal", company="Freelance",
      title="Conference interpreter (English booth)", how_met="Claudine's teams since 2015", met_on="2015-09-21",
      interests={"newborns": 0.9},
      notes="38. English A, French B. Was on the congress team until their due date moved up; their first baby is "
            "due around 6 March, and Claudine replaced him with Thomas.",
      rhythm=[(25, H, "2026-02-26", ["message", "coffee", "event"])],
      talk=["the baby coming", "the booth", "remote platforms", "his partner Audrey", "rates", "Verdun's "
            "beach", "his paternity leave"])
    P("valentina", "Valentina Ospina", 3, "friend", location="Parc-Extension, Montréal", company="Freelance",
      title="Conference interpreter (Spanish booth)", how_met="AIIC Canada's mentoring programme paired us",
      met_on="2025-02-08", birthday="--09-27", interests={"interpreter-training": 0.9, "freelancing": 0.8},
      need=("valentina-accountant", "freelance-accounting",
            "Needs an accountant who knows freelancers: GST/QST registration and her first self-employed tax "
            "return before 30 April", "2026-02-22"),
      notes="27. Born in Medellín, in Montréal since she was twelve; Glendon MCI 2024; freelance full-time since "
            "January. Her first big assignment: two days in the Spanish booth at the Forum d'affaires Québec–"
            "Amérique latine at the Reine Elizabeth, Wednesday 11 and Thursday 12 March, with Ignacio as her booth "
            "partner. I promised her a mock session in my home booth on Sunday 8 March with the forum's "
            "speeches. Doesn't know how to do her taxes and is scared of it.",
      rhythm=[(14, "2025-02-08", "2026-02-28", ["coffee", "video", "message", "meeting"])],
      extra=[("2026-02-22", "coffee", "Coffee: the forum contract is signed; and she has no idea how to do her "
              "taxes as a freelancer", 60)],
      talk=["her first contracts", "rates", "the forum", "practice speeches", "her décalage", "Glendon",
            "her mother in Medellín", "agencies", "booth etiquette", "invoicing", "her taxes"])
    P("luana", "Luana Ferreira", 4, "acquaintance", location="Côte-des-Neiges, Montréal", company="Freelance (AIIC)",
      title="Conference interpreter (Portuguese booth)", how_met="AIIC Canada's newcomers' evening at Claudine's",
      met_on="2026-02-19",
      offer=("luana-portuguese", "portuguese-interpreting",
             "Brazilian conference interpreter (Portuguese A, English B, French C), twelve years of medical and "
             "pharma meetings in São Paulo; free from April and looking for work in Montréal", "2026-02-19"),
      notes="Moved from São Paulo in January; her husband has a postdoc at McGill. Knows nobody in the Montréal "
            "market yet.",
      extra=[("2026-02-19", "event", "At an event: the AIIC newcomers' evening at Claudine's; twelve years of "
              "pharma meetings in São Paulo, free from April", 60),
             ("2026-02-23", "email", "Email: she sent her CV and asked how the agencies work here; I told her "
              "the rates and who's who")])
    P("ignacio", "Ignacio Barceló", 5, "acquaintance", location="Plateau-Mont-Royal, Montréal",
      company="Freelance", title="Conference interpreter (Spanish booth)",
      how_met="Came from Madrid in 2021; we go after the same jobs", met_on="2021-09-15",
      notes="Quotes twenty per cent under the AIIC rate and took the Hydro-Québec job I'd done for six years. "
            "Also sitting the ICAO test on the 5th. Valentina's booth partner at the forum.",
      rhythm=[(100, H, "2026-01-15", ["event", "message"])],
      talk=["ran into him at an AIIC evening", "a job he got", "the ICAO roster"])
    P("margaret", "Margaret O'Neill", 3, "ally", power=True, location="Ottawa", company="AIIC Canada region",
      title="Regional chair; conference interpreter (English booth)",
      how_met="AIIC Canada; I've been vice-chair under her since October 2024", met_on="2011-06-03",
      interests={"remote-interpreting": 1.0, "interpreter-health": 0.9},
      expertise=["international-organisations", "conference-interpreting"],
      notes="Runs the region from her kitchen in the Glebe. I chair the working group on remote interpreting and "
            "promised her our report for the regional assembly by Wednesday 11 March; the assembly is Saturday 14 "
            "March, 10 to 1, on Zoom. Wrote one of my two references for the ICAO roster (thanked).",
      rhythm=[(20, H, "2026-02-26", ["video", "email", "call", "message"])],
      extra=[("2026-02-12", "call", "Call: she'll write my ICAO reference; and the report by the 11th, please",
              30)],
      talk=["the regional assembly", "the remote-interpreting report", "sound quality and hearing",
            "new members", "the Translation Bureau", "her booth at the House of Commons", "dues"])
    P("nicolas", "Nicolás Ferrer", 3, "ally", power=True, location="Côte-Saint-Luc, Montréal", company="ICAO",
      title="Staff interpreter (Spanish booth)", how_met="Classmate at the interpreting school in Geneva, 2002–04",
      met_on="2002-10-14", interests={"aviation": 0.9, "tango": 0.7},
      notes="From Rosario. At ICAO since 2012. Told me in December the Spanish section was opening its freelance "
            "roster, put my name in front of Laura Méndez and lent me a folder of old Assembly speeches to "
            "practise on (thanked).",
      rhythm=[(30, H, "2026-02-25", ["coffee", "meal", "message", "call"])],
      extra=[("2025-12-11", "meal", "Dinner: the ICAO roster is opening; he'll talk to Laura", 120)],
      talk=["ICAO", "the roster", "Geneva days", "tango on Saturdays", "his daughters", "Rosario Central",
            "aviation jargon", "the Assembly"])
    P("laura", "Laura Méndez", 4, "acquaintance", power=True, location="Montréal", company="ICAO",
      title="Chief, Spanish Interpretation Section", how_met="Nicolás's introduction", met_on="2026-01-14",
      expertise=["international-organisations"],
      notes="From Mexico City; hard to impress, fair. The freelance test is Thursday 5 March at 9 at ICAO "
            "headquarters: two speeches from English, two from French, one consecutive. I promised her the signed "
            "roster application and my two references by Monday 2 March.",
      extra=[("2026-01-14", "coffee", "Coffee: Nicolás introduced us; the roster opens, the test is in March", 40),
             ("2026-02-11", "email", "Email: she confirmed the test slot (5 March, 9am) and the forms to return "
              "by the 2nd")])
    P("helene", "Hélène Baumann", 5, "friend", peak=2, location="Geneva", company="World Trade Organization",
      title="Chief, French interpretation (from 16 February)",
      how_met="Classmate at the interpreting school in Geneva; we shared a flat in Plainpalais", met_on="2002-10-14",
      notes="We were inseparable for two years, then twenty years of Christmas emails. Named chief of the WTO's "
            "French booth on 16 February; I saw it on LinkedIn.",
      extra=[("2024-12-22", "email", "Email: Christmas; her son's at EPFL and she's tired of night meetings"),
             ("2025-05-20", "message", "Messages: she was in Montréal for a meeting at ICAO and we missed each "
              "other by a day")])
    P("rodrigo", "Rodrigo Salas", 5, "friend", peak=2, location="New York", company="United Nations",
      title="Staff interpreter (Spanish booth)", how_met="Classmate at the interpreting school in Geneva",
      met_on="2002-10-14",
      extra=[("2023-04-02", "message", "Messages: he's back in New York after two years in Nairobi")])
    P("mireille", "Mireille Fontaine", 5, "friend", peak=3, location="Brussels", company="Freelance",
      title="Conference interpreter (French booth)", how_met="Classmate at the interpreting school in Geneva",
      met_on="2002-10-14",
      extra=[("2022-12-20", "email", "Email: Christmas; her twins started school")])
    P("raymond", "Raymond Ouellet", 4, "advocate", peak=2, location="Magog", title="Conference interpreter "
      "(retired)", how_met="Took me into his booth on my first Montréal job in 2006 and taught me the market",
      met_on="2006-03-20", birthday="1951-03-11",
      notes="Turns 75 on Wednesday 11 March. Retired to Magog in 2019; still reads Le Devoir with a pencil. Told me "
            "never to quote under the rate, whatever anyone else does.",
      rhythm=[(80, H, "2026-01-10", ["call", "message", "letter"])],
      talk=["the old days at the Palais", "Le Devoir", "his grandchildren", "the lake", "the market now",
            "remote interpreting, which he hates"])
    P("thomas", "Thomas Wright", 4, "friend", location="Toronto", company="Glendon College, York University",
      title="Conference interpreter (English booth); teaches in the MCI", how_met="AIIC Canada",
      met_on="2013-06-01", interests={"interpreter-training": 1.0},
      notes="Taught Valentina at Glendon. Replacing Simon in the English booth at the congress.",
      rhythm=[(75, H, "2026-02-20", ["email", "video", "message"])],
      talk=["his students", "the congress", "Valentina", "Toronto rents", "the MCI exams"])
    P("julien", "Julien Fortin", 4, "friend", location="Longueuil", company="Palais des congrès de Montréal",
      title="Audiovisual technician (interpretation systems)", how_met="Runs the booths at the Palais",
      met_on="2012-05-01",
      rhythm=[(45, H, "2026-02-18", ["event", "message"])],
      talk=["the consoles", "the booth in room 517", "a headset that crackles", "his band"])

    # --- agencies, clients, the court and the hospital ---
    P("melanie", "Mélanie Gagnon", 3, "ally", power=True, location="Old Montréal", company="Traductions Boréal",
      title="Project manager (interpreting and translation)", how_met="Sends me work since 2014",
      met_on="2014-02-03", expertise=["agencies"],
      need=("melanie-portuguese", "portuguese-interpreting",
            "Needs two Portuguese-booth interpreters for a pharma client's meeting of Brazilian clinical "
            "investigators in Montréal, 21 and 22 April; her usual Brazilian interpreter has moved back to "
            "São Paulo", "2026-02-25"),
      notes="Sends me about a third of my translation work and most of my pharma meetings. Sent me the Novexa "
            "consent forms in February (thanked); I promised them back, translated, by Thursday 5 March. Said on "
            "25 February she has no Portuguese booth for an April meeting.",
      rhythm=[(8, H, "2026-02-26", ["email", "call", "email", "coffee"])],
      extra=[("2026-02-09", "email", "Email: the Novexa consent forms, thirty-two pages, for the 5th; thanked "
              "her"),
             ("2026-02-25", "call", "Call: the April pharma meeting has Brazilian investigators and she has "
              "no Portuguese booth", 20)],
      talk=["a pharma meeting", "a translation deadline", "the Novexa forms", "rates", "her clients",
            "a remote job", "her twins", "invoices"])
    P("nathalie", "Nathalie Roy", 4, "ally", location="Montréal",
      company="Ministère de la Justice du Québec (Palais de justice de Montréal)",
      title="Coordinator, court interpreting", how_met="On her list of court interpreters since 2009",
      met_on="2009-01-12",
      notes="Books me for Spanish-speaking witnesses. A fraud trial on Tuesday 3 and Wednesday 4 March, room "
            "5.13 at 9:30: a Honduran witness who will testify for two days.",
      rhythm=[(40, H, "2026-02-24", ["email", "call", "meeting"])],
      talk=["a trial", "a witness", "the court schedule", "payment delays", "the new rates"])
    P("amelie", "Amélie Bergeron", 4, "acquaintance", location="Montréal",
      company="Banque interrégionale d'interprètes", title="Scheduler (medical interpreting)",
      how_met="On their medical-interpreting list since 2016", met_on="2016-01-20",
      notes="Books me for family meetings at Sainte-Justine: a Honduran family whose boy has leukaemia, every few "
            "weeks since November. I said no to 10 March because of the congress.",
      rhythm=[(30, "2025-11-04", "2026-02-17", ["call", "email"])],
      talk=["a family meeting at Sainte-Justine", "the oncology team", "next week's schedule"])
    P("catalina", "Catalina Rojas", 3, "ally", power=True, location="La Macarena, Bogotá",
      company="Ediciones Tres Ríos", title="Publisher and editor", how_met="Met at the Bogotá book fair in 2019",
      met_on="2019-04-27", interests={"literary-translation": 1.0, "quebec-literature": 0.9},
      expertise=["publishing"],
      notes="Publishing my translation of Marie-Ève Lachance's novel 'Le Temps des glaces' (El tiempo del hielo) "
            "for the Guadalajara book fair in November. Under contract since September: chapters 1 to 12 by "
            "Friday 6 March (I moved it up, before the congress), the whole book by 31 March. Wants more Québec "
            "titles if this one works.",
      rhythm=[(60, H, "2025-08-30", ["email", "video"]),
              (12, "2025-09-05", "2026-02-27", ["email", "video", "message", "email"])],
      extra=[("2025-09-05", "video", "Video call: the contract is signed; Guadalajara in November", 45)],
      talk=["the translation", "Abitibi slang", "the cover", "Guadalajara", "the next Québec title",
            "the advance", "Bogotá publishing", "chapter deadlines"])
    P("marieeve", "Marie-Ève Lachance", 4, "friend", location="Rosemont, Montréal", title="Novelist",
      how_met="Catalina introduced us for the translation", met_on="2025-09-12",
      interests={"literary-translation": 0.8, "quebec-literature": 1.0},
      notes="Grew up in Val-d'Or; the novel is set in a mining town in Abitibi, which helps with the congress too. "
            "Answers my questions about Abitibi slang within an hour.",
      rhythm=[(18, "2025-09-12", "2026-02-25", ["email", "coffee", "message"])],
      talk=["her slang", "chapter 7's dialogue", "Val-d'Or", "the mine in her novel", "her next book"])
    P("sylvie", "Sylvie Côté", 4, "ally", location="Villeray, Montréal", company="Côté CPA",
      title="Chartered professional accountant", how_met="My accountant since I went freelance in 2008",
      met_on="2008-03-01",
      offer=("sylvie-clients", "freelance-accounting",
             "Taking on a few new self-employed clients this spring; most of hers are freelance translators, "
             "interpreters and musicians", "2026-01-20"),
      notes="Does my taxes and the GST/QST; told me to incorporate in 2023 and did the paperwork (thanked). Tax "
            "season: I promised her the 2025 invoices, the T4As and the home-office receipts by Friday 13 March.",
      rhythm=[(60, H, "2025-12-10", ["email", "meeting", "call"])],
      extra=[("2026-01-20", "email", "Email: tax season; and she's taking on a few new self-employed clients "
              "this spring")],
      talk=["my instalments", "the GST/QST return", "the home office", "the corporation", "receipts"])
    P("isabel", "Isabel Fuentes", 3, "ally", power=True, location="Westmount, Montréal",
      company="Minéralis (from 23 February)", title="Vice-president, Latin America",
      how_met="Hired me for a negotiation in Arequipa in 2019; a direct client since", met_on="2019-05-06",
      interests={"mining": 1.0}, expertise=["mining"],
      notes="Peruvian-Canadian, a mining engineer. Takes me to Peru and Chile for site negotiations and board "
            "meetings, two or three weeks a year, with no agency in between. Left Groupe Alteris and started as "
            "VP Latin America at Minéralis on 23 February (I saw it on LinkedIn). Minéralis sponsors the congress "
            "and she chairs a panel on the Wednesday.",
      rhythm=[(40, H, "2026-01-22", ["meeting", "email", "coffee", "call"])],
      extra=[("2026-02-10", "coffee", "Coffee: she's leaving Alteris and couldn't yet say for where; 'you'll "
              "come with me'", 50)],
      talk=["the Arequipa negotiation", "a board meeting in Santiago", "community consultations", "her "
            "daughters", "Lima", "the congress", "lithium"])
    P("sophie", "Sophie Laroche", 4, "ally", power=True, location="Montréal",
      company="Fondation Fleuve Vivant (from 9 February)", title="Director of communications",
      how_met="Claudine's referral: the Latin-American museum directors' forum at Pointe-à-Callière, 2024",
      met_on="2024-04-15", interests={"audio-production": 0.7, "st-lawrence": 0.9},
      offer=("sophie-producer", "audio-production",
             "Hiring a bilingual audio producer on a one-year contract to make the foundation's podcast on the "
             "St. Lawrence", "2026-02-12"),
      notes="Hired me direct for the museum's directors' forum and two galas since. Left the museum for the "
            "Fondation Fleuve Vivant on 9 February; I haven't written since she started. Posted on 12 February "
            "that she's hiring an audio producer for a podcast.",
      rhythm=[(60, H, "2025-12-03", ["email", "coffee", "meeting"])],
      extra=[("2026-01-28", "meal", "Lunch: she's leaving the museum for the Fondation Fleuve Vivant on 9 "
              "February and wants a podcast", 60)],
      talk=["the museum's galas", "a directors' forum", "the river", "her kids' hockey"])
    P("jeanphilippe", "Jean-Philippe Morin", 4, "ally", location="Montréal",
      company="Fédération des travailleurs du rail", title="Director of international relations",
      how_met="Interpreted their Pan-American rail unions' meeting in 2023", met_on="2023-05-15",
      notes="Wants a quote for the federation's Pan-American meeting in May (Spanish and English booths, three "
            "days, in Montréal), direct, no agency. I promised the quote by Wednesday 4 March.",
      rhythm=[(90, H, "2025-12-01", ["email", "call"])],
      extra=[("2026-02-16", "call", "Call: the May meeting; two booths, three days, and a quote by the 4th", 25)],
      talk=["the May meeting", "the union's Latin-American partners", "a quote"])
    P("bernard", "Bernard Lefebvre", 4, "acquaintance", power=True, location="Montréal",
      company="World Congress on Mining Safety 2026", title="Executive director of the congress",
      how_met="Claudine's client; met at the team's site visit", met_on="2025-11-18",
      notes="Runs the congress: 9 to 13 March at the Palais des congrès, 2,400 delegates, sixty from Latin "
            "America. Wants the Spanish booth on every plenary and on the Chilean minister's speech on Tuesday.",
      extra=[("2025-11-18", "meeting", "Meeting: the site visit at the Palais with Claudine's team; the programme "
              "and the booths", 90),
             ("2026-02-18", "email", "Email: the speakers' papers will come 'as they arrive'")])
    P("daniela", "Daniela Ríos", 4, "ally", location="Montréal", company="Ríos Avocats",
      title="Immigration lawyer", how_met="Casa Colombia's legal clinic", met_on="2017-03-04",
      notes="Sends her clients' refugee hearings my way; we do the Casa Colombia clinic together for free.",
      rhythm=[(45, H, "2026-02-12", ["event", "email", "call"])],
      talk=["a hearing at the IRB", "the legal clinic", "the new asylum rules", "a client from Venezuela"])
    P("andrea", "Andrea Vélez", 5, "acquaintance", location="Montréal", company="Consulate General of Colombia",
      title="Cultural attaché", how_met="Casa Colombia's July festival",
      rhythm=[(120, H, "2025-12-06", ["event", "email"])],
      talk=["the July festival", "a film week", "the consulate's Christmas party"])
    P("patrice", "Patrice Gauthier", 5, "acquaintance", location="Laval", company="Événements Gauthier",
      title="Conference organiser", how_met="Hired our booth once for a dental congress",
      extra=[("2025-06-10", "meeting", "Meeting: a dental congress in Laval; he paid late", 30),
             ("2025-09-03", "email", "Email: he asked for a rate without the AIIC conditions; I said no")])
    P("caroline", "Caroline Dufour", 5, "acquaintance", location="Villeray, Montréal",
      company="École primaire du Parc-Jarry", title="Léa's grade 1 teacher",
      rhythm=[(60, "2025-08-28", "2026-02-05", ["message", "meeting"])],
      talk=["Léa's reading", "the class show", "the parent-teacher meeting"])

    # group contacts
    b.add(H, "event", ["margaret", "claudine", "simon", "pilar", "thomas"],
          "At an event: the AIIC Canada region's autumn meeting in Ottawa; I was elected vice-chair", 360, "mutual")
    b.add("2024-12-24", "meal", ["genevieve", "santi", "lea", "louise", "mathieu"],
          "Dinner: réveillon at Louise's in Sainte-Foy; tourtière and Colombian buñuelos side by side", 300,
          "mutual")
    b.add("2024-12-31", "video", ["cecilia", "juliana", "felipe"],
          "Video call: New Year's Eve, three countries, twelve grapes", 60, "mutual")
    b.add("2025-03-12", "video", ["cecilia", "juliana", "felipe"],
          "Video call: five years since Papá; Mamá read his favourite poem", 50, "mutual")
    b.add("2025-06-14", "meal", ["claudine", "pilar", "simon", "julien"],
          "Dinner: the team dinner after the hydrogen congress; Julien brought his guitar", 180, "mutual")
    b.add("2025-07-12", "meal", ["cecilia", "juliana", "genevieve", "santi", "lea"],
          "Dinner: Bogotá, the whole family at Mamá's; ajiaco and Santi's first tinto", 240, "mutual")
    b.add("2025-07-19", "meal", ["camilo", "genevieve"],
          "Dinner: Camilo and his wife in Usaquén; thirty-seven years of friendship", 180, "mutual")
    b.add("2025-07-26", "event", ["hernan", "sergio", "valentina", "andrea", "daniela", "genevieve", "santi", "lea"],
          "At an event: Casa Colombia's Independence Day festival at Parc Jarry; I emceed in three languages", 300,
          "mutual")
    b.add("2025-10-04", "event", ["margaret", "claudine", "pilar", "thomas", "valentina"],
          "At an event: the AIIC Canada region's autumn meeting in Montréal; Valentina's first", 360, "mutual")
    b.add("2025-12-24", "meal", ["genevieve", "santi", "lea", "louise", "mathieu"],
          "Dinner: réveillon at Louise's", 300, "mutual")
    b.add("2025-12-31", "video", ["cecilia", "juliana", "felipe"],
          "Video call: New Year's Eve; Mamá said her legs felt heavy lately", 60, "mutual")
    b.add("2026-02-20", "call", ["juliana", "felipe"],
          "Call: the three of us after Mamá's fainting; Juliana at the Cardioinfantil, Felipe looking at flights",
          45, "mutual")
    b.add("2026-02-27", "video", ["claudine", "pilar", "thomas"],
          "Video call: the congress team; Thomas replaces Simon, the papers are late, who takes the minister", 60,
          "mutual")
    b.add("2026-02-28", "meal", ["marcandre", "josee", "genevieve"],
          "Dinner: at Marc-André and Josée's; he asked me to be a pallbearer", 150, "mutual")

    # life events
    b.event("ev-helene-chief", "helene", "2026-02-16", "promotion",
            "Named chief of the French interpretation section at the World Trade Organization")
    b.event("ev-sophie-foundation", "sophie", "2026-02-09", "new_job",
            "Started as director of communications at the Fondation Fleuve Vivant")
    b.event("ev-isabel-mineralis", "isabel", "2026-02-23", "new_job",
            "Started as vice-president, Latin America, at Minéralis")
    b.event("ev-simon-baby", "simon", "2026-03-04", "baby",
            "Their first baby, a boy, Félix, born at the Jewish General")
    b.event("ev-claudine-prize", "claudine", "2026-03-05", "award",
            "Receives the OTTIAQ's Prix d'excellence for thirty-five years in the booth and in training interpreters")
    b.event("ev-felipe-library", "felipe", "2026-03-10", "award",
            "His studio wins Madrid's competition for the new public library in Vallecas")
    b.event("ev-cecilia-heart", "cecilia", "2026-02-20", "illness",
            "Fainted at Mass; a complete heart block; a pacemaker on 10 March at the Cardioinfantil in Bogotá")
    b.event("ev-marcandre-father", "marcandre", "2026-02-26", "bereavement",
            "His father, Gilles Lavoie, died in a CHSLD in Saint-Jérôme after years of Alzheimer's; the funeral is "
            "7 March at Saint-Édouard")
    b.event("ev-etienne-cut", "etienne", "2026-02-17", "job_loss",
            "Cut from Radio-Canada after eighteen years as a documentary producer")
    b.event("ev-valentina-forum", "valentina", "2026-03-11", "other",
            "Her first big assignment: two days in the Spanish booth at the Forum d'affaires Québec–Amérique "
            "latine")

    # favors
    b.favor("fv-pilar-glossary", "pilar", "me", "2026-02-24", "share",
            "Built the forty-page mining-safety glossary for the congress and sent it to me")
    b.favor("fv-juliana-mama", "juliana", "me", "2026-02-27", "favor",
            "Took Mamá to the emergency room, the Holter, the cardiologist and the pre-op, and has slept at her flat "
            "since the fainting")
    b.favor("fv-karim-practices", "karim", "me", "2026-02-25", "favor",
            "Taking my U15 practices on the congress week")
    b.favor("fv-claudine-congress", "claudine", "me", "2025-11-10", "referral",
            "Put Pilar and me in the Spanish booth of the world mining-safety congress, five days", "2025-11-10")
    b.favor("fv-claudine-sophie", "claudine", "me", "2024-04-10", "referral",
            "Recommended me to Sophie Laroche for the museum's Latin-American directors' forum", "2024-04-12",
            "Sophie has hired me direct three times since")
    b.favor("fv-nicolas-roster", "nicolas", "me", "2026-01-14", "intro",
            "Put my name in front of Laura Méndez for the ICAO freelance roster and lent me his practice speeches",
            "2026-01-15")
    b.favor("fv-margaret-reference", "margaret", "me", "2026-02-12", "endorsement",
            "Wrote one of my two references for the ICAO roster", "2026-02-12")
    b.favor("fv-melanie-novexa", "melanie", "me", "2026-02-09", "referral",
            "Sent me the Novexa consent forms to translate", "2026-02-09")
    b.favor("fv-louise-relache", "louise", "me", "2026-02-15", "favor",
            "Coming down for the whole relâche week to mind the kids", "2026-02-15")
    b.favor("fv-nicole-lea", "nicole", "me", "2025-11-03", "favor",
            "Takes Léa after school on my long booth days", "2025-11-03")
    b.favor("fv-camilo-heart", "camilo", "me", "2026-02-21", "advice",
            "Explained Mamá's heart block at midnight and recommended her cardiologist", "2026-02-21")
    b.favor("fv-daniela-hearings", "daniela", "me", "2025-11-20", "referral",
            "Sent me two refugee hearings at the IRB", "2025-11-21")
    b.favor("fv-sylvie-incorporate", "sylvie", "me", "2023-04-14", "advice",
            "Told me to incorporate and did the paperwork", "2023-04-14")
    b.favor("fv-me-valentina", "me", "valentina", "2025-12-06", "advice",
            "Went through her rates, her contract template and her first agency quotes")
    b.favor("fv-me-pilar", "me", "pilar", "2025-12-09", "favor",
            "Took her two days at a pharma meeting when she had the flu")
    b.favor("fv-me-hernan", "me", "hernan", "2025-10-18", "favor",
            "Interpret at Casa Colombia's monthly legal clinic for free")
    b.favor("fv-me-simon", "me", "simon", "2026-01-22", "favor",
            "Covered his day at a union congress when Audrey had a scare")
    b.favor("fv-me-luana", "me", "luana", "2026-02-23", "advice",
            "Told her how the agencies and Claudine's teams work here, and the rates")
    b.favor("fv-me-marcandre", "me", "marcandre", "2026-02-27", "favor",
            "Went with him to the funeral home to make the arrangements")
    b.favor("fv-me-isabel", "me", "isabel", "2025-09-22", "recommendation",
            "Found her a Quechua interpreter for the community meeting in Apurímac")

    # follow-ups
    b.follow_up("fu-laura-forms", "laura", True,
                "Send Laura Méndez the signed roster application and my two references", "2026-03-02")
    b.follow_up("fu-claudine-contract", "claudine", True,
                "Send Claudine the signed congress contract and my invoice details", "2026-03-03")
    b.follow_up("fu-hernan-grant", "hernan", True,
                "Revise the French of Casa Colombia's grant application to the City", "2026-03-03")
    b.follow_up("fu-pilar-glossary", "pilar", True,
                "Send Pilar my half of the glossary: the ventilation and rock-mechanics terms from the French papers",
                "2026-03-04")
    b.follow_up("fu-genevieve-dinner", "genevieve", True,
                "Book our anniversary dinner at Le Petit Alep and ask Santi to babysit", "2026-03-04")
    b.follow_up("fu-jp-quote", "jeanphilippe", True,
                "Send Jean-Philippe the quote for the May meeting (Spanish and English booths, three days)",
                "2026-03-04")
    b.follow_up("fu-marcandre-ajiaco", "marcandre", True,
                "Bring a pot of ajiaco to Marc-André and Josée", "2026-03-04")
    b.follow_up("fu-melanie-novexa", "melanie", True,
                "Send Mélanie the translated Novexa consent forms", "2026-03-05")
    b.follow_up("fu-catalina-chapters", "catalina", True,
                "Send Catalina chapters 1 to 12 of the translation", "2026-03-06")
    b.follow_up("fu-juliana-nurse", "juliana", True,
                "Send Juliana the money for Mamá's night nurse", "2026-03-06")
    b.follow_up("fu-valentina-mock", "valentina", True,
                "Mock session with Valentina in my home booth, with the forum's speeches", "2026-03-08")
    b.follow_up("fu-cecilia-call", "cecilia", True,
                "Video-call Mamá the night before the pacemaker", "2026-03-09")
    b.follow_up("fu-margaret-report", "margaret", True,
                "Send Margaret the remote-interpreting working group's report for the assembly", "2026-03-11")
    b.follow_up("fu-lea-pinata", "lea", True, "Make the piñata with Léa for her party", "2026-03-13")
    b.follow_up("fu-sylvie-docs", "sylvie", True,
                "Send Sylvie the 2025 invoices, the T4As and the home-office receipts", "2026-03-13")
    b.follow_up("fu-nathalie-trial", "nathalie", False,
                "The fraud trial at the Palais de justice, room 5.13 (9:30), two days", "2026-03-03")
    b.follow_up("fu-laura-test", "laura", False,
                "The ICAO freelance test, Spanish booth (9am, ICAO headquarters)", "2026-03-05")
    b.follow_up("fu-claudine-gala", "claudine", False,
                "The OTTIAQ awards evening at the Marché Bonsecours, her Prix d'excellence (6pm)", "2026-03-05")
    b.follow_up("fu-marcandre-visitation", "marcandre", False,
                "The visitation for his father at the funeral home on Jean-Talon (2 to 5, 7 to 9)", "2026-03-06")
    b.follow_up("fu-marcandre-funeral", "marcandre", False,
                "His father's funeral at église Saint-Édouard (11am); I'm a pallbearer", "2026-03-07")
    b.follow_up("fu-claudine-briefing", "claudine", False,
                "The congress team's briefing at the Palais des congrès (4pm)", "2026-03-08")
    b.follow_up("fu-bernard-congress", "bernard", False,
                "The congress opens at the Palais des congrès, Spanish booth from 8:30, until Friday", "2026-03-09")
    b.follow_up("fu-cecilia-pacemaker", "cecilia", False,
                "Her pacemaker at the Cardioinfantil in Bogotá (7am there, 8am here)", "2026-03-10")
    b.follow_up("fu-felipe-jury", "felipe", False,
                "The jury's decision on the Vallecas library competition", "2026-03-10")
    b.follow_up("fu-isabel-panel", "isabel", False,
                "Her panel at the congress on community consultation in the Andes (2pm)", "2026-03-11")
    b.follow_up("fu-valentina-forum", "valentina", False,
                "Her first big assignment: the Forum d'affaires Québec–Amérique latine (11 and 12 March)",
                "2026-03-11")
    b.follow_up("fu-lea-show", "lea", False, "Her class's spring show at school (6:30pm)", "2026-03-12")
    b.follow_up("fu-margaret-assembly", "margaret", False,
                "AIIC Canada's regional assembly on Zoom (10 to 1)", "2026-03-14")
    b.follow_up("fu-santi-final", "santi", False,
                "The U15 winter tournament final at Claude-Robillard (10am); I'm coaching", "2026-03-15")

    # goals
    b.goal("g-congress", "Interpret the world mining-safety congress (9 to 13 March) well with Pilar, so Claudine "
           "keeps putting me on her teams", ["mining", "conference-interpreting"], 1,
           ["pilar", "claudine", "thomas", "bernard", "julien", "isabel", "marieeve"])
    b.goal("g-icao", "Pass the ICAO freelance test on 5 March and get on the Spanish roster",
           ["international-organisations", "aviation"], 1, ["laura", "nicolas", "margaret", "helene", "rodrigo"])
    b.goal("g-book", "Deliver the translation of 'Le Temps des glaces' to Catalina: chapters 1 to 12 by 6 March, "
           "the whole book by 31 March", ["literary-translation", "quebec-literature"], 2,
           ["catalina", "marieeve"])
    b.goal("g-direct", "Depend less on agencies: more direct clients, and keep the ones I have",
           ["direct-clients", "mining"], 2, ["isabel", "sophie", "jeanphilippe", "melanie", "sylvie", "daniela"])
    b.goal("g-next", "Help the next Spanish booth come up: Valentina's first big assignment, and newcomers like "
           "Luana finding work", ["interpreter-training"], 2, ["valentina", "luana", "claudine", "thomas", "margaret"])
    b.goal("g-family", "Be there for Mamá through the pacemaker from Montréal without leaving it all to Juliana, "
           "and keep Geneviève's and the kids' fortnight", ["heart-health"], 1,
           ["cecilia", "juliana", "felipe", "genevieve", "santi", "lea", "louise"])
    b.goal("g-friends", "Stand by Marc-André after his father, and Étienne after Radio-Canada", ["grief"], 2,
           ["marcandre", "josee", "etienne", "sergio"])

    # saved items
    b.item("it-pacemaker", "Pacemakers after eighty: the first weeks at home",
           "https://example.org/pacemaker-after-eighty", ["heart-health"], "2026-03-02")
    b.item("it-audio-jobs", "After the cuts: where public-radio producers are landing",
           "https://example.org/public-radio-producers-after-cuts", ["audio-production"], "2026-03-02")
    b.item("it-remote-hearing", "Remote interpreting and acoustic shock: what the new studies say",
           "https://example.org/remote-interpreting-acoustic-shock", ["remote-interpreting"], "2026-03-03")
    b.item("it-newborn", "The first month with a newborn, for the partner who isn't recovering",
           "https://example.org/first-month-newborn-partner", ["newborns"], "2026-03-04")
    b.item("it-lithium", "Canada's miners and the Andean lithium triangle",
           "https://example.org/canada-miners-lithium-triangle", ["mining"], "2026-03-04")
    b.item("it-slang", "Translating Québec French for Latin-American readers",
           "https://example.org/translating-quebec-french-latin-america", ["literary-translation"], "2026-03-05")
    b.item("it-grief", "When a parent with dementia dies: the grief that came before",
           "https://example.org/grief-after-dementia", ["grief"], "2026-03-06")
    b.item("it-libraries", "The new public libraries of Madrid's outer districts",
           "https://example.org/madrid-new-libraries", ["architecture", "libraries"], "2026-03-09")
    b.item("it-u15", "Keeping fifteen-year-olds in the game: youth soccer after puberty",
           "https://example.org/keeping-teens-in-soccer", ["youth-soccer"], "2026-03-10")
    b.item("it-freelance-tax", "Your first year freelance in Québec: GST, QST and instalments",
           "https://example.org/first-year-freelance-quebec-tax", ["freelance-accounting", "freelancing"],
           "2026-03-11")
    b.hand_first()
    return b


def director():
    b = Book("director", seed=94321)
    H = "2024-10-19"  # history starts: Funda Sonke's tenth-birthday reading festival at Zondi Primary in Soweto
    P = b.known

    # --- home and family ---
    P("sipho", "Sipho Mkhize", 1, "advocate", kin=True, location="Orlando West, Soweto",
      company="Mkhize Pharmacy, Jabavu", title="Pharmacist (owner)",
      how_met="My husband; we met at a youth retreat at Regina Mundi in 1991", met_on="1991-07-06",
      birthday="1969-08-23",
      dates=[("us-wedding", "Our wedding anniversary (Regina Mundi, 1996)", "1996-03-09")],
      interests={"soccer": 0.8, "gardening": 0.6},
      notes="56. Has run the pharmacy in Jabavu since 2001. Our 30th anniversary is Monday 9 March; I promised to "
            "book the table at the place in Melville where he proposed, by Thursday 5 March, and not to bring the "
            "laptop. Says I married him and Funda Sonke in the same breath. Kaizer Chiefs, always. Drives me to "
            "the airport and never complains.",
      rhythm=[(2, H, "2026-03-01", ["meal", "message", "meal", "activity", "call", "meal"])],
      extra=[("2026-02-15", "meal", "Dinner: he asked what I want for our 30th; I said a week without a phone, "
              "and we both laughed", 90),
             ("2026-03-01", "meal", "Dinner: the fortnight on the calendar in the kitchen: the site visit, the "
              "interviews, Mr Mahlangu's funeral, the board, the breakfast, Amahle's party", 75)],
      talk=["the pharmacy", "Mama in Eshowe", "the children", "Amahle", "money", "Chiefs", "our anniversary",
            "the garden", "church", "the geyser", "Sbu in Cape Town", "load-shedding", "a walk to the Hector "
            "Pieterson memorial", "Zanele", "his brother in Newcastle"])
    P("lindiwe", "Lindiwe Molefe", 1, "advocate", kin=True, location="Midrand",
      company="Mashaba Khoza Attorneys, Sandton", title="Senior associate (attorney)",
      how_met="My daughter", birthday="1997-01-24", interests={"law": 0.8, "parenting": 0.9},
      notes="29. Married to Kagiso; Amahle turns one on Saturday 14 March and the party is at their house in "
            "Midrand at 1. I promised to bake the cake (my mother's vanilla sponge, with a pink '1'). Back at the "
            "firm since September; tired.",
      rhythm=[(3, H, "2026-03-01", ["call", "message", "meal", "call", "activity"])],
      extra=[("2026-02-22", "meal", "Lunch: Sunday in Midrand; the party list for Amahle, and she asked me to "
              "do the cake", 150)],
      talk=["Amahle", "the firm", "Kagiso", "the party", "her sleep", "the crèche", "Sbu", "Gogo in Eshowe",
            "a case she can't talk about", "church on Sunday"])
    P("sbu", "Sibusiso Mkhize", 1, "advocate", kin=True, location="Observatory, Cape Town",
      company="Tshimologo Pay", title="Software engineer", how_met="My son", birthday="2000-06-17",
      interests={"software": 1.0, "soccer": 0.7},
      notes="25. Moved to Cape Town in 2023 for the job. Flies up for Amahle's party on Friday 13 March. Calls "
            "on Sundays when he remembers; sends memes in between.",
      rhythm=[(5, H, "2026-03-01", ["call", "message", "video", "message"])],
      talk=["his work", "Cape Town rent", "Chiefs", "his flatmates", "whether he's eating", "Amahle",
            "his flight up", "a girl he won't tell me about", "Gogo"])
    P("nokuthula", "Nokuthula Ngcobo", 1, "advocate", kin=True, location="Eshowe, KwaZulu-Natal",
      title="Retired nurse", how_met="Mama", birthday="1944-12-02", interests={"dementia": 0.5},
      notes="81. Vascular dementia, diagnosed in 2022; some days she knows me, some days she asks for Baba. Lives "
            "in the family house in Eshowe with Zanele, and a day carer, Thembeka, comes on weekdays; I pay for "
            "her and promised the March money by Tuesday 3 March. I call at five, when she's clearest.",
      rhythm=[(3, H, "2026-03-01", ["call", "call", "call", "video"])],
      extra=[("2025-12-27", "meal", "Lunch: Christmas week in Eshowe; she sang 'Lizalis' idinga lakho' with me "
              "and then asked who I was", 180)],
      talk=["the weather in Eshowe", "Baba", "the hymns", "her chickens that died years ago", "Zanele", "the "
            "grandchildren", "whether she's eaten", "the church", "her nursing days"])
    P("zanele", "Zanele Ngcobo", 1, "advocate", kin=True, location="Eshowe, KwaZulu-Natal",
      company="Eshowe High School", title="Head of department, languages", how_met="My younger sister",
      birthday="1976-03-11", interests={"dementia": 0.9},
      notes="Turns 50 on Wednesday 11 March, the night of my board meeting. Never married; moved back into Mama's "
            "house in 2022 and has carried her ever since, around a full teaching load. I send money and call; "
            "she does everything else, and I have never properly thanked her. We talk about frail care and don't "
            "decide.",
      rhythm=[(4, H, "2026-03-01", ["call", "message", "call", "video"])],
      extra=[("2026-02-18", "call", "Call: Mama wandered to the gate at night; Zanele is exhausted and said "
              "so", 45)],
      talk=["Mama", "the day carer", "frail care", "her school", "her matrics", "money", "Baba's tenth "
            "anniversary", "Musa", "her 50th", "the roof in Eshowe"])
    P("amahle", "Amahle Molefe", 2, "advocate", kin=True, location="Midrand", how_met="My granddaughter",
      birthday="2025-03-14",
      notes="Turns one on Saturday 14 March. Walking, just; says 'Gogo' first, I am told.",
      rhythm=[(9, "2025-03-20", "2026-03-01", ["activity", "activity", "video"])],
      talk=["bath time", "her first steps", "a story book", "Sunday visit", "feeding her pap"])
    P("kagiso", "Kagiso Molefe", 3, "friend", kin=True, location="Midrand", company="Eskom",
      title="Electrical engineer", how_met="Lindiwe's husband", birthday="--09-04",
      rhythm=[(30, H, "2026-02-22", ["meal", "message"])],
      talk=["load-shedding", "Amahle", "his parents in Rustenburg", "the braai"])
    P("musa", "Musa Ngcobo", 3, "friend", kin=True, location="Durban", company="SAPS",
      title="Police captain", how_met="My younger brother", birthday="1979-01-15",
      rhythm=[(25, H, "2026-02-19", ["call", "message"])],
      talk=["Mama", "Zanele", "his boys", "the Sharks", "money for Mama", "Baba's tenth anniversary"])
    P("mfanafuthi", "Mfanafuthi Ngcobo", 4, "advocate", peak=1, kin=True, status="deceased",
      location="Eshowe, KwaZulu-Natal", title="School principal (retired)", how_met="Baba",
      birthday="1940-05-30", dates=[("baba-died", "Baba died (2016)", "2016-03-08")],
      notes="A principal for thirty years; the reason I became a teacher. Died on 8 March 2016. Every 8 March I "
            "call Mama and Zanele and light a candle; this is the tenth year, and the family umsebenzi at the "
            "homestead is Saturday 21 March.",
      extra=[("2016-03-06", "call", "Call: his last Sunday call; he asked about my reading clubs")])

    # --- friends, church and neighbours ---
    P("dudu", "Dudu Nhlapo", 2, "advocate", location="Dube, Soweto",
      company="Chris Hani Baragwanath Hospital", title="Nursing sister (paediatrics)",
      how_met="We sing alto side by side in the Regina Mundi choir", met_on="2002-02-10", birthday="1970-03-06",
      interests={"choral-music": 1.0, "dementia": 0.5},
      notes="55; turns 56 on Friday 6 March. My closest friend; the one I call from the car park after a hard "
            "meeting. Her own mother had dementia; she's the one who told me to stop apologising to Zanele and "
            "start asking her what she needs.",
      rhythm=[(5, H, "2026-03-01", ["call", "activity", "message", "meal", "event"])],
      talk=["choir practice", "Mama", "her ward", "her son at varsity", "the funeral songs", "a walk in the "
            "Kliptown park", "Zanele", "church gossip", "the Easter music", "my diary, which she hates"])
    P("jabulani", "Jabulani Zwane", 3, "ally", location="Rockville, Soweto",
      company="Regina Mundi Catholic Church", title="Choir director (volunteer); music teacher",
      how_met="Choir, since I joined in 2002", met_on="2002-02-10", interests={"choral-music": 1.0},
      notes="Agreed on 26 February that the choir will sing at the Readers' Breakfast for nothing, and at Mr "
            "Mahlangu's funeral; not thanked yet. Thursday rehearsals at 7.",
      rhythm=[(7, H, "2026-02-26", ["event", "event", "message"])],
      extra=[("2026-02-26", "event", "At an event: choir practice; he said the choir will sing at the breakfast, "
              "and at the funeral", 120)],
      talk=["Thursday practice", "the Easter programme", "the altos", "the breakfast songs", "his school choir",
            "the funeral hymns"])
    P("bheki", "Bheki Mthethwa", 4, "friend", location="Rockville, Soweto", company="Regina Mundi Catholic Church",
      title="Parish priest", how_met="Regina Mundi", met_on="2017-01-15",
      notes="Will bury Mr Mahlangu on Saturday 7 March.",
      rhythm=[(40, H, "2026-02-22", ["event", "message"])],
      talk=["Sunday Mass", "the parish council", "the funeral", "the youth group"])
    P("mavis", "Mavis Tshabalala", 4, "friend", location="Orlando West, Soweto", title="Retired seamstress",
      how_met="Our neighbour since 1998", met_on="1998-04-01",
      notes="78. Keeps an eye on the house when I'm away and takes in the parcels.",
      rhythm=[(12, H, "2026-02-28", ["activity", "message"])],
      talk=["the street", "her grandchildren", "the parcels", "her knees", "the tuck shop", "Mama"])
    P("gugu", "Gugu Ndaba", 3, "advocate", power=True, location="Parktown, Johannesburg",
      title="Founder of Thuthuka Early Learning (retired); mentor", how_met="The NGO leaders' programme at Wits "
      "in 2015; she became my mentor", met_on="2015-05-04", interests={"nonprofit-leadership": 1.0},
      expertise=["nonprofit-leadership", "fundraising"],
      notes="71. Ran an early-learning NGO for thirty years. Lunch every six weeks; tells me to delegate and "
            "laughs when I say I will.",
      rhythm=[(42, H, "2026-02-12", ["meal", "call", "meal"])],
      talk=["board relations", "delegating", "the programme manager hire", "Khanyisa's renewal", "her "
            "grandsons", "succession", "burnout", "the breakfast"])

    # --- Funda Sonke: staff and volunteers ---
    P("mpho", "Mpho Tau", 2, "ally", location="Diepkloof, Soweto", company="Funda Sonke Literacy Trust",
      title="Volunteer coordinator", how_met="She was a volunteer in our first club in 2014; staff since 2017",
      met_on="2014-05-10", birthday="1991-03-03", interests={"volunteering": 1.0},
      notes="Turns 35 on Tuesday 3 March, the day of the Khanyisa site visit. Runs the thirty volunteers and "
            "knows each one's grandchildren. Organising the volunteers for Mr Mahlangu's funeral.",
      rhythm=[(3, H, "2026-02-27", ["meeting", "message", "call", "meeting"])],
      talk=["the volunteer rota", "the Saturday clubs", "Mrs Mahlangu", "the site visit", "stipends", "the "
            "Alexandra clubs", "her daughter", "the breakfast tables", "training new volunteers"])
    P("naledi", "Naledi Sithole", 3, "ally", location="Meadowlands, Soweto", company="Funda Sonke Literacy Trust",
      title="Literacy facilitator", how_met="Hired her in 2023 from the volunteer pool", met_on="2021-08-14",
      interests={"teacher-training": 0.9, "early-grade-reading": 1.0},
      notes="27. Finishing a BEd part-time. Her first solo workshop, training twelve new volunteers, is Saturday "
            "14 March at Sankopano Primary in Alexandra; I promised to go through her slides with her on "
            "Tuesday 10 March. Good with children, nervous with adults.",
      rhythm=[(5, "2024-10-19", "2026-02-27", ["meeting", "message", "meeting", "call"])],
      extra=[("2026-02-24", "meeting", "Meeting: her workshop plan for the new volunteers; she wants to do it "
              "alone, and she should", 60)],
      talk=["the phonics games", "her workshop", "the Grade 2 club", "her BEd assignments", "reading "
            "assessments", "the new volunteers", "the Zondi club"])
    P("karabo", "Karabo Mokoena", 3, "ally", location="Braamfontein, Johannesburg",
      company="Funda Sonke Literacy Trust", title="Communications and fundraising officer",
      how_met="Hired him in 2024", met_on="2024-01-15", interests={"newborns": 0.9, "photography": 0.6},
      notes="31. Runs the breakfast ticketing, the sponsors' logos and the social media. His wife Keabetswe is "
            "due on 10 March with their first; he goes on paternity leave from the birth, so the breakfast "
            "logistics are on me and Mpho for the last week.",
      rhythm=[(4, H, "2026-02-27", ["meeting", "message", "meeting", "call"])],
      extra=[("2026-02-27", "meeting", "Meeting: the breakfast handover in case the baby comes early; table "
              "plan, sponsors, the programme", 90)],
      talk=["the breakfast tickets", "the sponsors' logos", "Instagram", "the annual report", "the baby",
            "the journalist", "the photos from the clubs"])
    P("nthabiseng", "Nthabiseng Rapoo", 3, "ally", location="Soweto", company="Funda Sonke Literacy Trust",
      title="Finance and administration officer", how_met="Hired her in 2019", met_on="2019-06-03",
      notes="Keeps the books with Faizel; pulling the audit file together for fieldwork on 9 March.",
      rhythm=[(5, H, "2026-02-27", ["meeting", "message", "meeting"])],
      talk=["the audit file", "the stipend register", "petty cash", "the bank reconciliations", "payroll",
            "the budget"])
    P("tumelo", "Tumelo Maake", 4, "ally", location="Alexandra", company="Funda Sonke Literacy Trust",
      title="Literacy facilitator (Alexandra clubs)", how_met="Hired him in 2022", met_on="2022-02-01",
      rhythm=[(8, H, "2026-02-26", ["meeting", "message", "call"])],
      talk=["the Alexandra clubs", "Sankopano's new Grade 1s", "the site visit", "taxi strikes", "the Sepedi "
            "readers"])
    P("agnes", "Agnes Mahlangu", 3, "advocate", location="Zola, Soweto", title="Retired nurse; volunteer "
      "reading-club leader", how_met="Volunteer at the Zondi club since 2017", met_on="2017-02-04",
      interests={"grief": 0.6},
      notes="66. Has run the Saturday Grade 3 club at Zondi for nine years and never missed one. Her husband Jabu "
            "died on Friday 27 February after a stroke. The night vigil is Friday 6 March at the house in Zola; "
            "the funeral Saturday 7 March at 8 at Regina Mundi, burial at Avalon. I promised to take the staff's "
            "contribution and the groceries to the house by Thursday 5 March.",
      rhythm=[(10, H, "2026-02-21", ["event", "message", "call"])],
      extra=[("2026-02-27", "call", "Call: Jabu died this afternoon at Bara; she was calm and asked who would "
              "take her club tomorrow", 20),
             ("2026-02-28", "activity", "Outing: sat with her and the family at the house in Zola; the prayers "
              "had started", 120)],
      talk=["the Grade 3 club", "her grandchildren", "the Saturday readers", "her husband's stroke", "church",
            "her garden", "a child who finally read a whole page"])
    P("tshepo", "Tshepo Mabaso", 4, "friend", location="Pimville, Soweto", title="Volunteer; BEd student at UJ",
      how_met="Volunteer at the Zondi club since he was in matric", met_on="2019-03-02",
      interests={"teaching": 1.0},
      notes="23. First in his family to go to university. Graduates BEd (Foundation Phase) at UJ's Soweto campus on "
            "Tuesday 10 March. I wrote him a reference for the Gauteng teaching posts in February.",
      rhythm=[(14, H, "2026-02-21", ["event", "message", "event"])],
      extra=[("2026-02-10", "message", "Messages: he asked for a reference for the district posts; sent it the "
              "same night")],
      talk=["his teaching practice", "the Zondi club", "his graduation", "job applications", "his granny"])
    P("sello", "Sello Mathebula", 4, "friend", location="Alexandra", title="Retired postman; volunteer",
      how_met="Volunteer at the Sankopano club since 2020", met_on="2020-02-08",
      rhythm=[(21, H, "2026-02-14", ["event", "message"])],
      talk=["the Saturday club", "the boys who won't sit still", "his pension", "Alex's taxis"])

    # --- board, funders, money ---
    P("nandi", "Nandi Sibiya", 2, "advocate", power=True, location="Houghton, Johannesburg",
      company="Johannesburg Bar", title="Senior counsel; chair of the Funda Sonke board",
      how_met="Joined the board in 2018 after she read to a club on Mandela Day", met_on="2017-07-18",
      interests={"governance": 0.9, "children-books": 0.7}, expertise=["governance", "law"],
      notes="Chairs the board; the meeting is Wednesday 11 March at 5:30 at her chambers. I promised her the board "
            "pack (budget, audit timeline, the hiring) by Wednesday 4 March. Speaks at the breakfast. Tells me "
            "the truth, kindly.",
      rhythm=[(10, H, "2026-02-27", ["call", "meeting", "message", "email", "meal"])],
      extra=[("2026-02-20", "meal", "Lunch: the board agenda, the Khanyisa risk, and whether we can afford the "
              "programme manager", 75)],
      talk=["the board agenda", "Khanyisa", "the budget", "the audit", "the programme manager", "the breakfast",
            "her cases", "her daughter at Wits", "governance", "succession"])
    P("ayesha", "Ayesha Patel", 3, "ally", location="Lenasia", company="Patel & Moodley Chartered Accountants",
      title="Chartered accountant; board treasurer", how_met="Joined the board in 2021", met_on="2021-03-10",
      expertise=["npo-finance"], interests={"npo-finance": 1.0},
      notes="Went through the 2026/27 budget with me line by line in February (thanked). Presents the audit "
            "timeline at the board.",
      rhythm=[(21, H, "2026-02-25", ["meeting", "email", "call"])],
      extra=[("2026-02-17", "meeting", "Meeting: the 2026/27 budget line by line at her office; thanked her", 120)],
      talk=["the budget", "the audit", "reserves", "the stipends", "SARS and the section 18A certificates"])
    P("lwazi", "Lwazi Nxumalo", 4, "ally", location="Sandton", company="Bophelo Platinum",
      title="HR director; board member", how_met="Joined the board in 2023", met_on="2023-04-12",
      expertise=["hiring"],
      notes="Sits on the interview panel for the programme manager. Wants my recommendation by Tuesday 10 March so "
            "the board can approve it on the 11th.",
      rhythm=[(30, H, "2026-02-23", ["email", "meeting", "call"])],
      talk=["the programme manager job", "the interview questions", "salary bands", "the board"])
    P("refilwe", "Refilwe Sebego", 3, "ally", power=True, location="Rosebank, Johannesburg",
      company="Khanyisa Foundation", title="Senior programme officer, education",
      how_met="Our programme officer since Khanyisa's first grant in 2022", met_on="2022-05-16",
      interests={"early-grade-reading": 0.9, "literacy-research": 0.7}, expertise=["grantmaking"],
      notes="Khanyisa funds 40% of our budget; the three-year grant ends in June and the renewal (R1.8 million "
            "over three years) goes to their grants committee on Thursday 12 March. Her site visit is Tuesday "
            "3 March, 9:30, at the Sankopano club in Alexandra. I promised her the visit programme and the "
            "learners' reading scores by Monday 2 March. Put the renewal on the March agenda early and gave me "
            "notes on the draft (thanked).",
      rhythm=[(21, H, "2026-02-26", ["email", "meeting", "call", "email"])],
      extra=[("2026-01-28", "meeting", "Meeting: the renewal draft at Khanyisa; she'll push it onto the March "
              "committee; thanked her", 60),
             ("2026-02-26", "call", "Call: the site visit plan; she wants to see a club and speak to a "
              "principal", 25)],
      talk=["the renewal", "the reading scores", "the site visit", "Khanyisa's new strategy", "the reports",
            "her son's school"])
    P("hannah", "Hannah Levin", 4, "ally", power=True, location="London", company="Reading Bridges Trust",
      title="Grants manager, Southern Africa", how_met="Applied to them in 2021; they've funded us since",
      met_on="2021-09-20", expertise=["grantmaking"],
      notes="Funds 20% of the budget. The six-month report is due Friday 13 March; I promised it to her.",
      rhythm=[(45, H, "2026-02-05", ["email", "video"])],
      talk=["the six-month report", "the exchange rate", "their trustees", "the volunteer numbers"])
    P("michelle", "Michelle Naidoo", 4, "ally", power=True, location="Sandton", company="Mzansi Mutual",
      title="CSI manager", how_met="Precious introduced us in 2024", met_on="2024-02-14",
      expertise=["csi-fundraising"],
      notes="Mzansi Mutual is the breakfast's headline sponsor (R150,000) for the second year.",
      rhythm=[(30, "2024-10-19", "2026-02-24", ["email", "meeting", "call"])],
      talk=["the sponsorship", "their logo on the banners", "the employee volunteers", "the tables"])
    P("faizel", "Faizel Essop", 4, "ally", location="Fordsburg, Johannesburg", company="Essop & Co",
      title="Accountant (our bookkeeper since 2018)", how_met="Ayesha's recommendation", met_on="2018-04-05",
      notes="Year-end was 28 February. I promised him the signed bank reconciliations and the volunteer stipend "
            "register by Friday 6 March; the auditors start on Monday 9 March and the audited statements go to "
            "Khanyisa by 31 March.",
      rhythm=[(21, H, "2026-02-25", ["email", "call", "meeting"])],
      talk=["the year-end", "the reconciliations", "the stipend register", "VAT", "the auditors"])
    P("imraan", "Imraan Moosa", 5, "acquaintance", location="Johannesburg", company="Moosa & Partners",
      title="Audit partner", how_met="Our auditors since 2020",
      rhythm=[(120, H, "2026-01-20", ["email", "meeting"])],
      talk=["the engagement letter", "fieldwork dates", "last year's management letter"])

    # --- schools ---
    P("ndlovu", "Themba Ndlovu", 2, "advocate", location="Orlando East, Soweto", company="Zondi Primary School",
      title="Principal (retires 31 March)", how_met="My deputy principal when I taught Grade 3 at Zondi, 1995 to "
      "2010", met_on="1995-01-16", birthday="1961-05-18", interests={"school-libraries": 0.7},
      notes="Principal since 2004. Gave Funda Sonke its first classroom in 2014 and never asked for anything "
            "(thanked, for years). Retires on 31 March after 41 years in schools; his farewell at the school is "
            "Thursday 12 March at 11, and he asked me to speak. I promised to write a tribute by Wednesday 11 "
            "March. Worries what happens to the clubs after him.",
      rhythm=[(12, H, "2026-02-26", ["meeting", "call", "event", "message"])],
      extra=[("2026-02-26", "meeting", "Meeting: in his office; he asked me to speak at his farewell, and "
              "whether Grace will keep the clubs", 45)],
      talk=["the clubs at Zondi", "his retirement", "Grace", "the district", "the old staffroom", "his "
            "grandchildren", "the school fees", "the Grade 4 results"])
    P("grace", "Grace Khumalo", 4, "ally", location="Soweto", company="Zondi Primary School",
      title="Deputy principal (principal from 1 April)", how_met="Zondi Primary; she was a young teacher when I "
      "left", met_on="2008-01-14", interests={"school-libraries": 1.0, "early-grade-reading": 0.8},
      need=("grace-library", "library-books",
            "Wants to turn the empty Grade 7 classroom into the school's first library when she takes over; needs "
            "books, above all graded readers in isiZulu and Sesotho", "2026-02-20"),
      notes="Takes over from Mr Ndlovu on 1 April. Told me on 20 February her first project will be a library "
            "and she has no books.",
      rhythm=[(35, H, "2026-02-20", ["meeting", "message", "event"])],
      extra=[("2026-02-20", "meeting", "Meeting: she'll keep the clubs; her first project is a library in the "
              "empty Grade 7 classroom, and she has no books", 40)],
      talk=["the clubs", "the Grade 1 intake", "the library idea", "the timetable"])
    P("kgomo", "Peter Kgomo", 4, "ally", location="Alexandra", company="Sankopano Primary School",
      title="Principal", how_met="The Alexandra clubs since 2020", met_on="2020-01-20",
      notes="Hosts the Khanyisa site visit on Tuesday 3 March and will speak to Refilwe.",
      rhythm=[(30, H, "2026-02-24", ["meeting", "call", "message"])],
      talk=["the site visit", "the Alexandra clubs", "the library corner", "overcrowded classes", "taxi "
            "violence"])
    P("busi", "Busisiwe Radebe", 4, "friend", peak=2, location="Johannesburg",
      company="Gauteng Department of Education",
      title="District director, Johannesburg Central (from 16 February)",
      how_met="We taught Grade 3 side by side at Zondi for eleven years", met_on="1997-01-13",
      interests={"early-grade-reading": 0.8}, expertise=["education-policy"],
      notes="Was my closest colleague at Zondi; we shared a classroom wall and a flask. Appointed district "
            "director of Johannesburg Central on 16 February, Soweto's district (it was in the Sowetan).",
      rhythm=[(90, H, "2025-12-12", ["message", "call", "meal"])],
      extra=[("2025-12-12", "message", "Messages: Christmas wishes; she was acting district director and tired")],
      talk=["the old Zondi days", "her grandchildren", "the district", "Mr Ndlovu"])
    P("rose", "Rose Letsoalo", 5, "friend", peak=2, location="Polokwane", title="Retired teacher",
      how_met="Taught at Zondi with me in the nineties", met_on="1995-01-16",
      extra=[("2023-12-20", "call", "Call: Christmas; she's retired to Polokwane and keeps chickens"),
             ("2024-07-18", "message", "Messages: Mandela Day photos from the clubs; she said 'you did it'")])

    # --- partners, the sector and the breakfast ---
    P("lerato", "Lerato Phiri", 3, "ally", location="Alexandra", company="Bokamoso Youth Arts",
      title="Founder and director", how_met="We share volunteers and a hall in Alexandra", met_on="2019-09-12",
      interests={"youth-arts": 1.0, "csi-fundraising": 0.8},
      need=("lerato-funding", "csi-fundraising",
            "Lost the National Lotteries grant that paid half her budget; needs someone who knows corporate social "
            "investment to help her rebuild her funding before she has to let staff go in June", "2026-02-25"),
      notes="Her after-school arts programme shares our hall in Alexandra. Heard on 18 February the Lotteries "
            "grant won't be renewed; half her budget. I sent her our funder list (she hasn't asked for more) "
            "and promised we'd have lunch and go through her budget by Monday 9 March.",
      rhythm=[(25, H, "2026-02-25", ["meeting", "coffee", "message", "call"])],
      extra=[("2026-02-19", "call", "Call: the Lotteries said no; she's furious and frightened", 40),
             ("2026-02-25", "coffee", "Coffee: she needs a fundraiser who knows CSI; half her budget, eight "
              "staff", 60)],
      talk=["the shared hall", "her dance programme", "the Lotteries", "funders", "her staff", "Alexandra"])
    P("precious", "Precious Zulu", 3, "ally", power=True, location="Randburg", company="Zulu Fundraising "
      "Partners", title="Fundraising consultant", how_met="Ran the fundraising course I did in 2018",
      met_on="2018-08-20", expertise=["csi-fundraising", "events"], interests={"csi-fundraising": 1.0},
      offer=("precious-probono", "csi-fundraising",
             "Gives two pro bono strategy sessions a quarter to small NGOs that have lost a big funder; knows every "
             "CSI manager in Johannesburg", "2026-01-20"),
      notes="Introduced me to Michelle at Mzansi Mutual. Went through the breakfast's sponsorship pack for free "
            "on 20 February; not thanked yet.",
      rhythm=[(35, H, "2026-02-20", ["coffee", "email", "call"])],
      extra=[("2026-01-20", "email", "Email: her pro bono slots for small NGOs this year; two a quarter"),
             ("2026-02-20", "coffee", "Coffee: she tore up and rebuilt the sponsorship pack in an hour", 75)],
      talk=["the sponsorship pack", "CSI budgets", "the breakfast", "donor fatigue", "her clients"])
    P("mbali", "Mbali Dube", 4, "friend", location="Yeoville, Johannesburg", title="Children's author",
      how_met="She read at our clubs on World Book Day 2022", met_on="2022-04-23",
      interests={"children-books": 1.0, "african-language-publishing": 0.9},
      notes="Keynote at the Readers' Breakfast. Launched her new isiZulu picture book, 'uNandi noMfula', at "
            "Exclusive Books in Rosebank on 21 February; I couldn't go.",
      rhythm=[(45, H, "2026-02-09", ["email", "message", "event"])],
      extra=[("2026-02-09", "call", "Call: her keynote for the breakfast; ten minutes, and she'll read", 20)],
      talk=["the keynote", "her new book", "isiZulu children's books", "the clubs", "her publisher"])
    P("thabo", "Thabo Nkuna", 4, "acquaintance", location="Kliptown, Soweto", company="Soweto Hotel",
      title="Events manager", how_met="Ran our breakfast in 2025", met_on="2025-01-20",
      notes="The breakfast is Friday 13 March at 7 at the hotel; 220 guests. I promised him the final numbers and "
            "the table plan by Tuesday 10 March.",
      rhythm=[(30, "2025-01-20", "2026-02-23", ["email", "call", "meeting"])],
      talk=["the menu", "the table plan", "the sound system", "the deposit"])
    P("kabelo", "Kabelo Mahlaba", 4, "acquaintance", location="Johannesburg", company="The Sunday Reporter",
      title="Senior features writer", how_met="He interviewed me for a feature on township reading clubs",
      met_on="2026-02-24", interests={"literacy-research": 0.8},
      need=("kabelo-expert", "literacy-research",
            "Needs an academic who will explain, on the record, why eight in ten Grade 4s can't read for meaning, "
            "before his deadline on 11 March", "2026-02-24"),
      notes="Writing a long feature on reading clubs for Sunday 15 March. Comes with a photographer to the Zondi "
            "club on Tuesday 10 March at 2; I promised the parents' photo consent forms by Wednesday 4 March.",
      extra=[("2026-02-24", "meeting", "Meeting: the interview at our office, an hour and a half; he needs an "
              "academic on the PIRLS numbers", 90),
             ("2026-02-27", "email", "Email: the visit date and the consent forms")])
    P("nomsa", "Nomsa Mthembu", 4, "friend", peak=3, location="Westdene, Johannesburg",
      company="University of the Witwatersrand", title="Professor of literacy education",
      how_met="Classmates in the Wits MEd, 2004 to 2006", met_on="2004-02-09",
      interests={"literacy-research": 1.0, "early-grade-reading": 1.0}, expertise=["literacy-research"],
      offer=("nomsa-press", "literacy-research",
             "Wants more of the PIRLS and early-grade reading research in the newspapers; happy to talk to "
             "journalists on the record", "2025-11-18"),
      notes="We wrote our MEd theses in the same corner of the library. Spoke at the literacy indaba in November "
            "and said researchers should talk to the press more.",
      rhythm=[(120, H, "2025-11-18", ["event", "email", "message"])],
      extra=[("2025-11-18", "event", "At an event: the literacy indaba at Wits; her talk on the PIRLS numbers, "
              "and tea after", 45)],
      talk=["the PIRLS results", "her students", "our MEd days", "the reading indaba"])
    P("zodwa", "Zodwa Hlongwane", 4, "friend", peak=2, location="Pinetown, Durban",
      company="Siyaphambili Books", title="Managing director (from 2 February)",
      how_met="Roommates at the University of Zululand, 1991 to 1994", met_on="1991-02-11",
      interests={"african-language-publishing": 1.0, "children-books": 0.8},
      offer=("zodwa-books", "library-books",
             "Her publisher is giving 3,000 graded readers in isiZulu, Sesotho and English to township schools "
             "that are starting libraries this year", "2026-02-10"),
      notes="My roommate at Ongoye; we were bridesmaids at each other's weddings. Started as MD of Siyaphambili "
            "Books on 2 February (she posted it); on 10 February she posted that they're donating readers to "
            "new school libraries.",
      rhythm=[(100, H, "2026-01-05", ["call", "message"])],
      extra=[("2026-01-05", "call", "Call: New Year; she was about to start somewhere new and wouldn't say "
              "where", 40)],
      talk=["Ongoye days", "her children", "publishing", "Durban", "our old lecturers"])
    P("mpumi", "Mpumi Cele", 5, "friend", peak=2, location="Umhlanga", title="Social worker",
      how_met="University of Zululand", met_on="1991-02-11",
      extra=[("2024-06-16", "message", "Messages: Youth Day, a photo of us in 1992 in our Ongoye T-shirts")])

    # --- the programme manager candidates ---
    P("palesa", "Palesa Mokgosi", 5, "acquaintance", location="Soweto", company="Room to Read (contract ends "
      "March)", title="Literacy programme officer", how_met="Applied for the programme manager post",
      extra=[("2026-02-18", "email", "Email: shortlisted; interview on 4 March at 10")])
    P("bongani", "Bongani Khoza", 5, "acquaintance", location="Tembisa", company="Gauteng Department of "
      "Education", title="Subject advisor, Foundation Phase", how_met="Applied for the programme manager post",
      extra=[("2026-02-18", "email", "Email: shortlisted; interview on 4 March at 2")])
    P("ruth", "Ruth Adeyemi", 5, "acquaintance", location="Johannesburg", company="Freelance",
      title="Literacy consultant", how_met="Applied for the programme manager post; Gugu knows her",
      extra=[("2026-02-23", "email", "Email: shortlisted late; interview on 9 March at 10")])

    # group contacts
    b.add(H, "event", ["ndlovu", "mpho", "naledi", "agnes", "tshepo", "nandi", "karabo"],
          "At an event: Funda Sonke's tenth-birthday reading festival at Zondi Primary; four hundred children",
          300, "mutual")
    b.add("2024-12-25", "meal", ["sipho", "lindiwe", "kagiso", "sbu"],
          "Dinner: Christmas at home in Orlando West", 300, "mutual")
    b.add("2024-12-28", "meal", ["nokuthula", "zanele", "musa"],
          "Dinner: Eshowe, the family; Mama sang and then asked when Baba is coming", 240, "mutual")
    b.add("2025-03-08", "call", ["zanele", "musa"],
          "Call: nine years since Baba; the three of us and Mama on speaker", 30, "mutual")
    b.add("2025-03-14", "activity", ["lindiwe", "kagiso", "sipho"],
          "Outing: Amahle is born at Netcare Waterfall; I held her at four hours old", 240, "mutual")
    b.add("2025-03-07", "event", ["mpho", "karabo", "nandi", "precious", "michelle", "mbali"],
          "At an event: the Readers' Breakfast 2025 at the Soweto Hotel; R410,000 raised", 240, "mutual")
    b.add("2025-07-18", "event", ["mpho", "naledi", "tumelo", "agnes", "tshepo", "sello", "kgomo"],
          "At an event: Mandela Day, 67 minutes of reading in every club", 180, "mutual")
    b.add("2025-09-20", "event", ["dudu", "jabulani", "bheki"],
          "At an event: the choir sang at the Heritage Day Mass", 150, "mutual")
    b.add("2025-11-27", "meeting", ["nandi", "ayesha", "lwazi"],
          "Meeting: the November board; the programme manager post approved if Khanyisa renews", 150, "mutual")
    b.add("2025-12-25", "meal", ["sipho", "lindiwe", "kagiso", "amahle"],
          "Dinner: Christmas in Midrand, Amahle's first", 300, "mutual")
    b.add("2025-12-28", "meal", ["nokuthula", "zanele", "musa"],
          "Dinner: Eshowe; Zanele cooked for twelve and Mama didn't know Musa", 240, "mutual")
    b.add("2026-02-03", "meeting", ["mpho", "naledi", "karabo", "nthabiseng", "tumelo"],
          "Meeting: staff planning day: the site visit, the breakfast, the audit, who does what", 240, "mutual")
    b.add("2026-02-28", "call", ["zanele", "musa"],
          "Call: the three of us about Mama's nights and frail care; no decision again", 50, "mutual")

    # life events
    b.event("ev-zodwa-md", "zodwa", "2026-02-02", "new_job", "Started as managing director of Siyaphambili Books")
    b.event("ev-busi-district", "busi", "2026-02-16", "promotion",
            "Appointed district director of Johannesburg Central (Soweto) at the Gauteng Department of Education")
    b.event("ev-mbali-book", "mbali", "2026-02-21", "launch",
            "Launched her isiZulu picture book 'uNandi noMfula' at Exclusive Books, Rosebank")
    b.event("ev-lerato-grant", "lerato", "2026-02-18", "other",
            "Bokamoso Youth Arts lost its National Lotteries grant, half its budget")
    b.event("ev-agnes-husband", "agnes", "2026-02-27", "bereavement",
            "Her husband, Jabu Mahlangu, died of a stroke at Chris Hani Baragwanath; the funeral is 7 March at "
            "Regina Mundi")
    b.event("ev-nokuthula-fall", "nokuthula", "2026-03-05", "illness",
            "Fell at night in the house in Eshowe and broke her hip; admitted to Ngwelezane Hospital in Empangeni "
            "for an operation")
    b.event("ev-karabo-baby", "karabo", "2026-03-06", "baby",
            "Their first baby, a girl, Oratile, born at Rahima Moosa hospital")
    b.event("ev-sbu-lead", "sbu", "2026-03-09", "promotion", "Made lead engineer of the payments team at Tshimologo Pay")
    b.event("ev-tshepo-graduation", "tshepo", "2026-03-10", "graduation",
            "Graduates BEd (Foundation Phase) at the University of Johannesburg, the first in his family")
    b.event("ev-ndlovu-farewell", "ndlovu", "2026-03-12", "other",
            "His farewell at Zondi Primary after 22 years as principal; retires on 31 March")

    # favors
    b.favor("fv-refilwe-agenda", "refilwe", "me", "2026-01-28", "advice",
            "Put our renewal on the March grants committee early and gave me notes on the draft", "2026-01-28")
    b.favor("fv-precious-pack", "precious", "me", "2026-02-20", "advice",
            "Rebuilt the breakfast's sponsorship pack for free")
    b.favor("fv-precious-michelle", "precious", "me", "2024-02-14", "intro",
            "Introduced me to Michelle Naidoo at Mzansi Mutual", "2024-02-15",
            "Mzansi Mutual has sponsored the breakfast two years running")
    b.favor("fv-jabulani-choir", "jabulani", "me", "2026-02-26", "favor",
            "The choir will sing at the Readers' Breakfast for nothing, and at Mr Mahlangu's funeral")
    b.favor("fv-ayesha-budget", "ayesha", "me", "2026-02-17", "advice",
            "Went through the 2026/27 budget with me line by line", "2026-02-17")
    b.favor("fv-ndlovu-classroom", "ndlovu", "me", "2014-03-03", "favor",
            "Gave Funda Sonke its first classroom at Zondi, rent-free, for twelve years", "2014-03-10")
    b.favor("fv-zanele-mama", "zanele", "me", "2025-11-01", "favor",
            "Looks after Mama every day and night in Eshowe, around her teaching")
    b.favor("fv-mavis-house", "mavis", "me", "2025-10-10", "favor",
            "Watches the house and takes in the parcels when I travel", "2025-10-12")
    b.favor("fv-gugu-ruth", "gugu", "me", "2026-02-21", "referral",
            "Told Ruth Adeyemi to apply for the programme manager post", "2026-02-22")
    b.favor("fv-me-tshepo", "me", "tshepo", "2026-02-10", "recommendation",
            "Wrote his reference for the Gauteng district teaching posts")
    b.favor("fv-me-lerato", "me", "lerato", "2026-02-19", "share",
            "Sent her our funder list and the Khanyisa application as a template")
    b.favor("fv-me-kabelo", "me", "kabelo", "2026-02-27", "favor",
            "Arranged his visit to the Zondi club with Mr Ndlovu")
    b.favor("fv-me-naledi", "me", "naledi", "2025-11-15", "advice",
            "Coached her through her first volunteer training as my assistant")
    b.favor("fv-me-agnes", "me", "agnes", "2026-02-28", "favor",
            "Found a volunteer to take her Saturday club until after the funeral")

    # follow-ups
    b.follow_up("fu-refilwe-programme", "refilwe", True,
                "Send Refilwe the site-visit programme and the learners' reading scores", "2026-03-02")
    b.follow_up("fu-zanele-carer", "zanele", True, "Send Zanele the March money for Thembeka, Mama's day carer",
                "2026-03-03")
    b.follow_up("fu-nandi-pack", "nandi", True,
                "Send Nandi the board pack: the budget, the audit timeline, the programme manager", "2026-03-04")
    b.follow_up("fu-kabelo-consent", "kabelo", True, "Send Kabelo the parents' photo consent forms",
                "2026-03-04")
    b.follow_up("fu-sipho-table", "sipho", True, "Book the table in Melville for our 30th", "2026-03-05")
    b.follow_up("fu-agnes-groceries", "agnes", True,
                "Take the staff contribution and the groceries to Mrs Mahlangu's house in Zola", "2026-03-05")
    b.follow_up("fu-faizel-recons", "faizel", True,
                "Send Faizel the signed bank reconciliations and the volunteer stipend register", "2026-03-06")
    b.follow_up("fu-lerato-lunch", "lerato", True, "Lunch with Lerato and go through her budget", "2026-03-09")
    b.follow_up("fu-lwazi-recommendation", "lwazi", True,
                "Send Lwazi my recommendation for the programme manager", "2026-03-10")
    b.follow_up("fu-naledi-slides", "naledi", True, "Go through Naledi's workshop slides with her",
                "2026-03-10")
    b.follow_up("fu-thabo-numbers", "thabo", True, "Send Thabo the final numbers and the table plan",
                "2026-03-10")
    b.follow_up("fu-ndlovu-tribute", "ndlovu", True, "Write my tribute for Mr Ndlovu's farewell", "2026-03-11")
    b.follow_up("fu-hannah-report", "hannah", True, "Send Hannah the six-month report for Reading Bridges",
                "2026-03-13")
    b.follow_up("fu-lindiwe-cake", "lindiwe", True, "Bake Amahle's first-birthday cake", "2026-03-14")
    b.follow_up("fu-refilwe-visit", "refilwe", False,
                "Khanyisa's site visit at the Sankopano club in Alexandra (9:30)", "2026-03-03")
    b.follow_up("fu-palesa-interview", "palesa", False, "Her interview for programme manager (10am, our office)",
                "2026-03-04")
    b.follow_up("fu-bongani-interview", "bongani", False, "His interview for programme manager (2pm, our office)",
                "2026-03-04")
    b.follow_up("fu-agnes-vigil", "agnes", False, "The night vigil for Jabu at the house in Zola", "2026-03-06")
    b.follow_up("fu-agnes-funeral", "agnes", False,
                "Jabu's funeral at Regina Mundi (8am), burial at Avalon; the choir sings", "2026-03-07")
    b.follow_up("fu-ruth-interview", "ruth", False, "Her interview for programme manager (10am, our office)",
                "2026-03-09")
    b.follow_up("fu-imraan-fieldwork", "imraan", False, "The auditors start fieldwork at our office",
                "2026-03-09")
    b.follow_up("fu-kabelo-visit", "kabelo", False, "His visit to the Zondi club with a photographer (2pm)",
                "2026-03-10")
    b.follow_up("fu-tshepo-graduation", "tshepo", False, "His graduation at UJ's Soweto campus", "2026-03-10")
    b.follow_up("fu-nandi-board", "nandi", False, "The board meeting at her chambers (5:30pm)", "2026-03-11")
    b.follow_up("fu-refilwe-committee", "refilwe", False, "Khanyisa's grants committee decides on our renewal",
                "2026-03-12")
    b.follow_up("fu-ndlovu-farewell", "ndlovu", False, "His farewell at Zondi Primary (11am); I'm speaking",
                "2026-03-12")
    b.follow_up("fu-mbali-breakfast", "mbali", False, "Her keynote at the Readers' Breakfast, Soweto Hotel (7am)",
                "2026-03-13")
    b.follow_up("fu-sbu-flight", "sbu", False, "He flies up from Cape Town for Amahle's party", "2026-03-13")
    b.follow_up("fu-naledi-workshop", "naledi", False,
                "Her first solo workshop: training twelve new volunteers at Sankopano (9am)", "2026-03-14")
    b.follow_up("fu-lindiwe-party", "lindiwe", False, "Amahle's first birthday party in Midrand (1pm)",
                "2026-03-14")
    b.follow_up("fu-kabelo-feature", "kabelo", False, "His feature on the reading clubs runs in The Sunday Reporter",
                "2026-03-15")

    # goals
    b.goal("g-khanyisa", "Get Khanyisa's three-year renewal (R1.8 million) through the grants committee on 12 "
           "March", ["grantmaking", "early-grade-reading"], 1, ["refilwe", "kgomo", "tumelo", "naledi", "nandi"])
    b.goal("g-breakfast", "Raise R500,000 at the Readers' Breakfast on 13 March", ["csi-fundraising", "events"],
           1, ["michelle", "precious", "mbali", "jabulani", "thabo", "karabo", "mpho", "nandi"])
    b.goal("g-audit", "A clean audit, and the audited statements to Khanyisa by 31 March", ["npo-finance"], 2,
           ["faizel", "nthabiseng", "ayesha", "imraan"])
    b.goal("g-team", "Hire a programme manager by April, and let Naledi and Mpho grow into more", ["hiring",
           "teacher-training"], 2, ["lwazi", "palesa", "bongani", "ruth", "naledi", "mpho", "gugu"])
    b.goal("g-schools", "Keep the clubs strong at Zondi through Mr Ndlovu's retirement and Grace's first year",
           ["school-libraries", "early-grade-reading"], 2, ["ndlovu", "grace", "busi", "kgomo"])
    b.goal("g-family", "Be there for Mama and Zanele from Johannesburg, and keep Sipho's 30th and Amahle's "
           "first birthday", ["dementia"], 1,
           ["nokuthula", "zanele", "musa", "sipho", "lindiwe", "amahle", "sbu"])
    b.goal("g-people", "Stand by Mrs Mahlangu after Jabu, and by Lerato and Bokamoso", ["grief", "csi-fundraising"],
           2, ["agnes", "lerato", "mpho"])

    # saved items
    b.item("it-pirls", "Eight in ten: what PIRLS says about Grade 4 reading in South Africa",
           "https://example.org/pirls-grade-4-reading", ["literacy-research", "early-grade-reading"], "2026-03-02")
    b.item("it-csi", "Corporate social investment in 2026: where the money is going",
           "https://example.org/csi-trends-2026", ["csi-fundraising"], "2026-03-03")
    b.item("it-library", "Starting a school library from an empty classroom",
           "https://example.org/school-library-from-nothing", ["school-libraries"], "2026-03-04")
    b.item("it-npo-audit", "NPO year-end: what auditors ask small nonprofits for",
           "https://example.org/npo-audit-year-end", ["npo-finance"], "2026-03-05")
    b.item("it-hip-dementia", "A hip fracture when your parent has dementia: the hospital and after",
           "https://example.org/hip-fracture-dementia", ["dementia"], "2026-03-06")
    b.item("it-widow", "The first year of widowhood, in a township church community",
           "https://example.org/first-year-widowhood", ["grief"], "2026-03-08")
    b.item("it-isizulu-books", "The boom in isiZulu children's books, and who is reading them",
           "https://example.org/isizulu-childrens-books", ["african-language-publishing", "children-books"],
           "2026-03-09")
    b.item("it-newborn-dads", "Paternity leave in South Africa: the ten days and after",
           "https://example.org/paternity-leave-sa", ["newborns"], "2026-03-10")
    b.item("it-choirs", "Soweto's church choirs and the music of funerals",
           "https://example.org/soweto-choirs-funerals", ["choral-music"], "2026-03-11")
    b.hand_first()
    return b


def journalist():
    b = Book("journalist", seed=25817)
    H = "2024-10-19"  # history starts: the launch of season one of Dawa, my health podcast, at the network's studio
    P = b.known

    # --- home and family ---
    P("mwangi", "Mwangi Karanja", 1, "advocate", kin=True, location="Kileleshwa, Nairobi",
      company="Kamili Construction", title="Quantity surveyor",
      how_met="My husband; we met at a friend's wedding in Limuru in 2012", met_on="2012-08-18",
      birthday="1984-09-22",
      dates=[("us-wedding", "Our wedding anniversary (PCEA Limuru, International Women's Day 2014)", "2014-03-08")],
      interests={"football": 0.8, "architecture": 0.5},
      notes="41. Our 12th anniversary is Sunday 8 March (we married on International Women's Day; he says that was "
            "my idea, and it was). I promised to book lunch at the garden restaurant in Karen where we had our first "
            "date, by Thursday 5 March, and to leave the phone in the car. Does the school run when I'm away "
            "reporting; Arsenal, always; says once a month that I take on too much, and is right.",
      rhythm=[(2, H, "2026-03-01", ["meal", "message", "meal", "activity", "call", "meal"])],
      extra=[("2025-03-08", "meal", "Dinner: our eleventh anniversary, in Karen; no phones, nearly", 150),
             ("2026-02-22", "meal", "Dinner: he asked where for our twelfth; the garden place in Karen again, and I "
              "said I'd book it", 80),
             ("2026-03-01", "meal", "Dinner: the fortnight on the fridge calendar: the legal read, the funeral in "
              "Kangema, Nyeri for Baba's operation, the story going out, Kari's birthday, Wairimu's graduation, Mama "
              "Wanjiku's 70th", 75)],
      talk=["the children", "Baba", "money", "Arsenal", "his site in Ruaka", "the school fees", "the car",
            "Limuru", "my deadlines", "a walk in Karura", "the water bill", "his mother"])
    P("shiku", "Wanjiku Mwangi", 1, "advocate", kin=True, location="Kileleshwa, Nairobi",
      company="Mvule Primary School, Lavington", title="Grade 5 pupil",
      how_met="My daughter; named for Mwangi's mother, and Shiku to everyone", birthday="2015-11-04",
      interests={"drama": 0.9, "reading": 0.8},
      notes="10. Grade 5 at Mvule Primary. She is the narrator in her class play at Parents' Day on Saturday 7 March "
            "at 10, the morning after the funeral, and has rehearsed on me every night. Wants to be a news anchor, "
            "'not a journalist who's never home'.",
      rhythm=[(3, H, "2026-03-01", ["activity", "activity", "meal", "activity"])],
      extra=[("2026-02-28", "activity", "Outing: ran her narrator lines for Parents' Day in the car to swimming; "
              "word perfect", 60)],
      talk=["her homework", "school", "swimming", "her friends", "a book before bed", "Kari", "Shosho in "
            "Othaya", "why I'm on the phone"])
    P("kari", "Karanja Mwangi", 1, "advocate", kin=True, location="Kileleshwa, Nairobi",
      company="Mvule Primary School, Lavington", title="Grade 1 pupil",
      how_met="My son; named for Mwangi's father, and Kari to everyone", birthday="2019-03-11",
      interests={"football": 1.0},
      notes="Turns 7 on Wednesday 11 March, the day the story goes out. Wants a football cake and his friends round "
            "after school, Kui's two included; I promised to order the cake and be home by six.",
      rhythm=[(3, H, "2026-03-01", ["activity", "activity", "meal", "activity"])],
      extra=[("2025-03-11", "activity", "Outing: his sixth birthday; a cake shaped like a lion and six boys in the "
              "flat", 180),
             ("2026-02-25", "activity", "Outing: football in the park after school; he listed the cake, the friends "
              "and the ball he wants for his birthday", 60)],
      talk=["football", "his reading", "Grade 1", "his birthday", "bath time", "Shiku", "Guka in Limuru",
            "a loose tooth"])
    P("mama", "Margaret Wangui Kamau", 1, "advocate", kin=True, location="Othaya, Nyeri",
      title="Retired agricultural extension officer; runs the family shamba", how_met="Mama",
      birthday="1961-10-02", interests={"prostate-cancer": 0.8, "farming": 0.7},
      notes="64. Ran the coffee and the dairy cows while Baba ran the school; leads the women's group at PCEA "
            "Othaya. Since Baba's diagnosis on 16 February she has been very calm, which means she isn't. She will "
            "stay with him at Outspan; I call every evening after the nine o'clock news.",
      rhythm=[(4, H, "2026-03-01", ["call", "call", "message", "video"])],
      extra=[("2026-02-16", "call", "Call: Baba's biopsy: prostate cancer, caught early; the surgeon at Outspan "
              "wants to operate. Mama very calm", 40)],
      talk=["Baba", "the coffee prices", "the cows", "the women's group", "the grandchildren", "church",
            "Wairimu's studies", "the rain", "Ndirangu's boys", "whether I'm eating"])
    P("baba", "Joseph Kamau Ndirangu", 1, "advocate", kin=True, location="Othaya, Nyeri",
      title="Retired headteacher; coffee farmer", how_met="Baba", birthday="1956-08-14",
      interests={"farming": 0.8},
      notes="69. A headteacher for 28 years, who read the paper aloud to us at breakfast and made me a journalist. "
            "Diagnosed with prostate cancer on 16 February, caught early. The operation is Tuesday 10 March at 8 at "
            "Outspan Hospital in Nyeri, admission Monday 9 March; I'm driving up on the Monday evening and coming "
            "back on the Wednesday for Kari's birthday. Ndirangu and I are splitting the deposit. Asked me not to "
            "'put it on the radio'.",
      rhythm=[(5, H, "2026-02-15", ["call", "call", "message"]),
              (2, "2026-02-16", "2026-03-01", ["call", "call", "video"])],
      extra=[("2026-02-28", "call", "Call: the surgery is confirmed for Tuesday 10 March at 8, admission on the "
              "Monday; he asked me not to put it on the radio", 20)],
      talk=["the coffee", "the news", "my stories", "his old pupils", "the church roof", "his knees", "the "
            "grandchildren", "his health", "the county roads"])
    P("wairimu", "Wairimu Kamau", 2, "advocate", kin=True, location="Nyeri", company="Nyeri County Referral "
      "Hospital", title="Clinical officer; MPH student at Mount Kenya University", how_met="My younger sister",
      birthday="1994-06-19", interests={"public-health": 1.0, "prostate-cancer": 0.9},
      notes="31. Lives twenty minutes from our parents and carries them: explained the biopsy to all of us and takes "
            "Baba to every appointment (never properly thanked). Graduates Master of Public Health at Mount Kenya "
            "University in Thika on Friday 13 March at 9; she wants Baba there, and three days after the operation "
            "he can't be. Mama and I will go.",
      rhythm=[(5, H, "2026-03-01", ["call", "message", "video", "message"])],
      extra=[("2026-02-16", "call", "Call: she explained the biopsy and the options to me slowly, twice", 45),
             ("2026-02-26", "message", "Messages: her graduation is 13 March in Thika; she wants Baba there and "
              "knows he can't be")],
      talk=["Baba", "her thesis", "the hospital", "Mama", "her boyfriend Mama doesn't know "
            "about", "her master's", "Ndirangu", "my stories"])
    P("ndirangu", "Ndirangu Kamau", 3, "ally", kin=True, location="Nyeri", company="Kamau Agrovet, Nyeri",
      title="Owner, agrovet shop", how_met="My elder brother", birthday="1983-12-01",
      interests={"farming": 0.9, "prostate-cancer": 0.6},
      notes="42. Runs an agrovet shop in Nyeri town with his wife Muthoni; three boys. We're splitting the deposit for "
            "Baba's operation; he'll do the nights at the hospital. Thinks journalists make trouble for a living, "
            "and reads everything I write.",
      rhythm=[(14, H, "2026-02-22", ["call", "message"])],
      extra=[("2026-02-22", "call", "Call: the deposit at Outspan; he pays half, I pay half; he'll sleep at the "
              "hospital", 25)],
      talk=["Baba", "the shop", "his boys", "fertiliser prices", "Mama", "politics, briefly"])
    P("wanjiku", "Wanjiku Karanja", 3, "friend", kin=True, location="Limuru, Kiambu",
      title="Retired primary school teacher", how_met="Mwangi's mother", birthday="1956-03-15",
      notes="Turns 70 on Sunday 15 March; lunch at the family home in Limuru at 1, forty guests. Says she doesn't want "
            "a fuss; Njeri is making one, and I'm making the photo slideshow. Takes the children for a week every "
            "August and spoils them.",
      rhythm=[(14, H, "2026-02-22", ["meal", "call", "call"])],
      extra=[("2026-02-22", "meal", "Lunch: Sunday in Limuru; she says no fuss for her seventieth, and asked after "
              "Baba", 150)],
      talk=["the children", "her church", "the tea", "Njeri", "her knees", "her garden"])
    P("karanja", "Karanja Gitau", 4, "friend", kin=True, location="Limuru, Kiambu",
      title="Retired civil servant (Ministry of Agriculture); tea farmer", how_met="Mwangi's father",
      birthday="1951-05-27",
      notes="74. Tea and dairy on three acres in Limuru. Calls me 'mwandishi' and cuts out anything of mine the "
            "Courier prints.",
      rhythm=[(30, H, "2026-02-15", ["meal", "call"])],
      talk=["the tea", "my stories", "Kari's football", "the county", "his cows"])
    P("njeri", "Njeri Karanja", 3, "friend", kin=True, location="Westlands, Nairobi", company="Tana Bank",
      title="HR business partner", how_met="Mwangi's younger sister", birthday="1990-07-09",
      notes="35. Organising Mama Wanjiku's 70th lunch on Sunday 15 March. I promised the photo slideshow, old photos "
            "scanned from the albums in Limuru, by Saturday 14 March.",
      rhythm=[(12, H, "2026-02-25", ["message", "call"])],
      extra=[("2026-02-25", "call", "Call: the 70th lunch, forty guests, a tent in the compound; the slideshow is "
              "mine", 30)],
      talk=["Mama Wanjiku", "her job", "her flat", "the children", "Mwangi", "her boyfriend"])

    # --- friends, chama, running ---
    P("nyambura", "Nyambura Githinji", 1, "advocate", location="Kilimani, Nairobi", company="Mkulima Bank",
      title="Relationship manager, SME banking",
      how_met="Same hall at the University of Nairobi, first year, 2005", met_on="2005-09-12",
      birthday="1987-05-21", interests={"grief": 0.7, "running": 0.6},
      notes="38. My best friend for twenty years; the one I call from the car after a bad interview. Her father died "
            "of a heart attack on Thursday 26 February at home in Kangema. She asked me to write the eulogy; I "
            "promised the final text by Monday 2 March for the printer, and my contribution to the funeral fund "
            "before the committee meeting on Tuesday 3 March. The funeral is Friday 6 March at 10, at home in "
            "Kangema. She had my children for three nights in February while I was in Kisumu.",
      rhythm=[(4, H, "2026-03-01", ["call", "message", "meal", "coffee", "call"])],
      extra=[("2026-02-20", "call", "Call: back from Kisumu; thanked her for having the children three nights", 20),
             ("2026-02-26", "call", "Call: her father collapsed and died this morning in Kangema; she could hardly "
              "speak", 30),
             ("2026-02-27", "activity", "Outing: sat with her at her flat all evening; she asked me to write the "
              "eulogy and I said yes", 240),
             ("2026-03-01", "call", "Call: read her the draft eulogy; she cried at the part about the tea roads and "
              "asked for one more story", 50)],
      talk=["her father", "her boss", "my stories", "the children", "men", "Kangema", "a run in "
            "Karura", "her mother", "our university days", "money"])
    P("githinji", "Samuel Githinji", 4, "friend", peak=3, status="deceased", location="Kangema, Murang'a",
      title="Retired tea factory manager", how_met="Nyambura's father; he fed me most Easters at university",
      met_on="2006-04-14", dates=[("githinji-died", "Mzee Githinji died (2026)", "2026-02-26")],
      notes="Died of a heart attack at home on 26 February, at 76. Taught me to drive in his old Peugeot on the tea "
            "roads. The funeral is Friday 6 March at home in Kangema.")
    P("wambui", "Wambui Githinji", 4, "friend", location="Kangema, Murang'a",
      title="Dairy farmer; church women's group", how_met="Nyambura's mother", met_on="2006-04-14",
      notes="Widowed on 26 February. Calls me her second daughter; has asked me to read the last paragraph of the "
            "eulogy at the funeral.",
      rhythm=[(60, H, "2026-01-01", ["call", "message"])],
      extra=[("2026-02-28", "call", "Call: condolences; she remembered me at nineteen, eating her githeri every "
              "Easter, and asked me to read at the funeral", 20)],
      talk=["Nyambura", "the cows", "church", "Mzee's health", "the grandchildren"])
    P("jane", "Jane Mueni Musyoka", 3, "friend", location="South C, Nairobi", company="Kilonzo & Partners",
      title="Accountant", how_met="The Tuinuane chama since 2018; she's its secretary", met_on="2018-02-10",
      interests={"parenting": 0.8},
      need=("jane-speech", "speech-therapy",
            "Her son Ethan, four, hardly talks yet; the school says see a speech therapist, and the waiting list at "
            "the big hospital is four months", "2026-02-14"),
      notes="Secretary of the Tuinuane chama; the March meeting is at her house in South C on Saturday 14 March at 2. "
            "Told us on 14 February that Ethan, four, still hardly talks and she can't get him seen before June.",
      rhythm=[(14, H, "2026-02-10", ["message", "call"])],
      talk=["the chama's plot in Kitengela", "Ethan", "her audit season", "the minutes", "school fees"])
    P("rose", "Rose Chepkemoi", 4, "friend", location="Lang'ata, Nairobi", company="Lang'ata High School",
      title="Deputy principal", how_met="The Tuinuane chama; its treasurer", met_on="2018-02-10",
      notes="Treasurer of the chama. My March contribution, KSh 10,000, is due to her before the meeting on 14 March.",
      rhythm=[(30, H, "2026-02-20", ["message"])],
      talk=["contributions", "the Kitengela plot", "the chama's account", "her students"])
    P("salma", "Salma Hussein", 4, "friend", location="Kilimani, Nairobi", company="Maneno Speech & Language "
      "Clinic", title="Speech and language therapist (founder)", how_met="The Saturday runners in Karura Forest",
      met_on="2023-01-14", expertise=["speech-therapy"], interests={"running": 1.0},
      offer=("salma-clinic", "speech-therapy",
             "Opened her own speech and language clinic in Kilimani in February; has assessment slots for under-fives "
             "within a fortnight", "2026-02-01"),
      notes="Runs the 10k with me most Saturdays. Opened her own clinic in Kilimani on 1 February after eight years "
            "at a hospital; says she has room for little ones now.",
      rhythm=[(7, "2024-10-26", "2026-02-28", ["activity", "activity", "message"])],
      extra=[("2026-02-07", "activity", "Outing: the Karura run; she's opened her own clinic in Kilimani and has "
              "slots for under-fives", 80)],
      talk=["the 10k", "her patients", "her nephews", "the hills in Karura"])
    P("daniel", "Daniel Kiprotich", 4, "acquaintance", location="Gigiri, Nairobi",
      title="Running coach; captain of the Karura Saturday runners", how_met="The Karura runners",
      met_on="2023-01-14", interests={"running": 1.0},
      rhythm=[(7, H, "2026-02-28", ["activity", "activity", "message"])],
      talk=["the Saturday route", "my splits", "the group's WhatsApp", "hill repeats", "the half marathon in May"])
    P("kui", "Kui Mwaura", 3, "friend", location="Kileleshwa, Nairobi", title="Interior designer",
      how_met="Neighbours in our block since 2020; our children are at the same school", met_on="2020-06-01",
      notes="We split the school run. Offered on 28 February to have the children after school on Friday 6 March so "
            "I can go to the funeral (not thanked yet). Her two are coming to Kari's birthday.",
      rhythm=[(4, H, "2026-02-28", ["activity", "message", "activity"])],
      extra=[("2026-02-28", "message", "Messages: she'll have the children after school on Friday 6 March for the "
              "funeral; told me not to argue")],
      talk=["the school run", "the children", "the caretaker", "her clients", "the water rationing"])
    P("ruth", "Ruth Ngugi", 5, "acquaintance", location="Lavington, Nairobi", company="Mvule Primary School",
      title="Grade 5 class teacher", how_met="Shiku's class teacher since January 2025", met_on="2025-01-08",
      notes="Parents' Day is Saturday 7 March at 10; Shiku narrates the class play.",
      rhythm=[(45, "2025-01-08", "2026-01-30", ["message", "event"])],
      extra=[("2026-01-30", "message", "Messages: Parents' Day on Saturday 7 March; Shiku will narrate the play")],
      talk=["Shiku's reading", "the homework", "the school trip"])
    P("lydia", "Lydia Wangeci", 5, "friend", peak=2, location="Othaya, Nyeri", company="Othaya Township Primary",
      title="Teacher", how_met="My deskmate at Othaya Girls, 2001 to 2004", met_on="2001-01-15",
      notes="Teaches in Othaya and sits two pews behind Baba at church. We wrote each other letters every holiday.",
      extra=[("2024-12-24", "call", "Call: Christmas Eve; she'd seen Baba at church, 'still reading the notices "
              "like a headmaster'", 20),
             ("2025-04-20", "message", "Messages: Easter; a photo of our Form Four class in 2004")])
    P("patricia", "Patricia Awino", 5, "friend", peak=2, location="Washington, DC", company="World Bank",
      title="Communications officer, health", how_met="Reporters together at the Courier, 2010 to 2018",
      met_on="2010-01-11", interests={"health-financing": 0.9, "hospital-detentions": 0.7},
      notes="Sent me the paper on hospital detentions in 2024 that started 'Held for the bill'; she doesn't know "
            "it's coming out.",
      extra=[("2024-11-12", "email", "Email: a World Bank paper on hospital detentions in Africa; 'you should do this "
              "story'"),
             ("2025-06-01", "message", "Messages: Madaraka Day; photos of her boys at a baseball game")])
    P("tunde", "Tunde Bakare", 5, "friend", peak=3, location="Lagos", company="Verity Desk",
      title="Editor (fact-checking)", how_met="The health-journalism fellowship in Johannesburg, 2017",
      met_on="2017-05-08", interests={"podcasting": 0.7},
      extra=[("2025-03-15", "message", "Messages: he'd binged Dawa season one; asked how we fund it")])

    # --- the investigation: editors, lawyers, sources ---
    P("claire", "Claire Whitfield", 3, "ally", power=True, location="London", company="The Meridian",
      title="Global health editor", how_met="Joyce recommended me to her in 2024", met_on="2024-05-10",
      interests={"hospital-detentions": 1.0, "health-financing": 0.8},
      notes="Commissioned 'Held for the bill', my investigation into Nairobi and Kisumu clinics that hold new mothers "
            "over unpaid bills, in September 2025. It publishes Wednesday 11 March at 9, Nairobi time. I promised her "
            "the right-of-reply letters to the three clinics and the Ministry out by Monday 2 March (copied to her), "
            "and the final draft with Kevin's changes by Thursday 5 March. Edits hard and fast; defends her writers.",
      rhythm=[(21, H, "2025-09-01", ["email", "video"]),
              (5, "2025-09-08", "2026-02-27", ["email", "email", "video", "message"])],
      extra=[("2025-09-04", "video", "Video call: she commissioned the detentions investigation; four months, three "
              "clinics, two cities", 60),
             ("2026-02-27", "video", "Video call: publication Wednesday 11 March; the right-of-reply letters go out "
              "Monday with five working days", 45)],
      talk=["the draft", "the structure", "the photos", "the headline", "the fee",
            "the numbers", "the right of reply", "the top of the story"])
    P("hirst", "Simon Hirst", 5, "acquaintance", location="London", company="The Meridian",
      title="In-house legal counsel", how_met="Claire's lawyer; reads after Kevin", met_on="2025-04-01",
      notes="Does the UK-side legal read after Kevin. The call is Monday 9 March at noon, Nairobi time.",
      rhythm=[(60, "2025-04-01", "2026-01-20", ["email", "video"])],
      extra=[("2026-02-20", "email", "Email: he'll read after Kevin; a call on Monday 9 March at noon")],
      talk=["the legal read", "Kenyan defamation law", "the documents"])
    P("kevin", "Kevin Ochieng", 3, "advocate", power=True, location="Upper Hill, Nairobi",
      company="Ochieng & Wekesa Advocates", title="Advocate (media law)",
      how_met="Joyce sent me to him when I went freelance in 2019", met_on="2019-04-03",
      interests={"media-freedom": 0.9}, expertise=["media-law"],
      offer=("kevin-docs", "media-law-review",
             "His firm now does pre-broadcast legal reviews of documentaries for independent producers, at reduced "
             "rates", "2026-01-15"),
      notes="Has read every story of mine before publication since 2019; read last year's SHA story for no fee "
            "(thanked). The legal read of 'Held for the bill' is Wednesday 4 March at 10 at his office; he wants the "
            "paperwork on each clinic. Advising the freelancers' network on Hassan's case.",
      rhythm=[(30, H, "2026-02-24", ["email", "call", "meeting"])],
      extra=[("2025-06-20", "meeting", "Meeting: read my SHA story line by line and wouldn't send a bill; thanked "
              "him", 90),
             ("2026-01-15", "email", "Email: his firm's new-year note: pre-broadcast reviews of documentaries for "
              "independents, at reduced rates"),
             ("2026-02-24", "call", "Call: booked the legal read for Wednesday 4 March at 10; bring the paperwork on "
              "all three clinics", 20)],
      talk=["the legal read", "defamation", "the cybercrimes act", "his daughters",
            "the right of reply"])
    P("joyce", "Joyce Wafula", 2, "ally", power=True, location="Nairobi", company="The Nairobi Courier",
      title="Sunday editor", how_met="My features editor at the Courier, 2012 to 2019", met_on="2010-01-11",
      interests={"health-financing": 0.6},
      notes="Recommended me to Claire at The Meridian in 2024 (thanked; three commissions since). The Courier runs "
            "a Kenyan cut of 'Held for the bill' on Sunday 15 March; I promised it to her by Friday 13 March. Fought "
            "the layoffs that took Atieno, and lost. Offered me a piece on rejected SHA claims I can't take; I said "
            "I'd pass it to Lilian.",
      rhythm=[(8, H, "2026-02-26", ["email", "call", "meeting", "message"])],
      extra=[("2024-05-10", "call", "Call: she's given Claire Whitfield at The Meridian my name", 20),
             ("2026-02-20", "call", "Call: the layoffs; forty gone, Atieno among them; she fought it and lost", 30),
             ("2026-02-26", "call", "Call: the Courier will run the Kenyan cut on Sunday 15 March, filed by Friday "
              "13; and a piece on SHA claims I can't take", 25)],
      talk=["the Sunday edition", "pitches", "the Courier's owners", "SHA", "her son at Strathmore",
            "my invoices"])
    P("michael", "Michael Njoroge", 4, "acquaintance", power=True, location="Nairobi",
      company="The Nairobi Courier", title="Managing editor",
      how_met="The Courier; he was news editor when I left in 2019", met_on="2012-03-01",
      notes="Ran the February restructuring that laid off forty, Atieno among them.",
      rhythm=[(60, H, "2026-02-06", ["email", "event", "meeting"])],
      talk=["the Courier's digital plans", "freelance rates", "the editors' breakfast"])
    P("esther", "Esther Moraa", 4, "ally", no_intros=True, location="Embakasi, Nairobi", title="Nurse (suspended)",
      how_met="She wrote to me on Signal in August 2025 about the clinic where she works", met_on="2025-08-09",
      notes="A source; her name is in none of my drafts. Suspended without pay on 23 February pending an 'inquiry "
            "into leaks'. Frightened, and a single mother of two. I promised to call her after the legal read on 4 "
            "March and tell her exactly what will and won't be published.",
      rhythm=[(20, "2025-08-09", "2026-02-18", ["call", "message"])],
      extra=[("2026-02-23", "call", "Call: suspended this morning pending an inquiry into leaks; she's frightened; "
              "her name is nowhere, I promised", 40),
             ("2026-02-25", "message", "Messages: the clinic has called her to a hearing; no date yet")],
      talk=["the clinic", "the ward", "the billing office", "her children", "her safety", "the night shifts"])
    P("purity", "Purity Kerubo", 4, "friend", no_intros=True, location="Kayole, Nairobi", title="Market trader",
      how_met="A community health promoter in Kayole introduced us in July 2025", met_on="2025-07-19",
      notes="Held for five weeks with her newborn at a Kayole clinic in 2025 over a KSh 86,000 bill. The heart of "
            "the story; she agreed to her real first name. I promised to read her every passage about her before "
            "publication, by Monday 9 March.",
      rhythm=[(30, "2025-07-19", "2026-01-25", ["call", "message", "meeting"])],
      extra=[("2026-02-20", "meeting", "Meeting: at her house in Kayole; she agreed to her first name; I promised to "
              "read her the passages about her before it runs", 90)],
      talk=["her baby", "the clinic", "her stall", "the bill", "her husband's work", "the story"])
    P("abdi", "Abdi Noor", 4, "ally", location="Nairobi", company="Nairobi Health Policy Institute",
      title="Health economist", how_met="An on-the-record expert since my SHA story in 2025", met_on="2025-03-12",
      interests={"health-financing": 1.0, "hospital-detentions": 0.8}, expertise=["health-financing"],
      rhythm=[(45, "2025-03-12", "2026-01-20", ["email", "call", "coffee"])],
      extra=[("2026-02-11", "call", "Call: on the record on what detentions cost the health system; he'll check my "
              "numbers", 35)],
      talk=["SHA claims", "the numbers", "health financing", "his new paper"])
    P("dennis", "Dennis Kimani", 5, "acquaintance", location="Nairobi", company="Ministry of Health",
      title="Communications officer", how_met="The Ministry's press office", met_on="2023-05-02",
      notes="Gets my questions on Monday 2 March; the Ministry's written response is due Friday 6 March.",
      extra=[("2025-11-20", "email", "Email: asked the Ministry for complaint figures on detentions; no reply"),
             ("2026-02-27", "email", "Email: told him the questions come on Monday, with five working days")])
    P("moses", "Moses Onyango", 4, "ally", location="Kisumu", company="Kisumu Community Radio",
      title="Reporter; fixer", how_met="My fixer in western Kenya since a malaria-vaccine story in Siaya in 2021",
      met_on="2021-06-07",
      notes="Found me two Kisumu families who'd been held at a clinic, and drove me, for half his rate (thanked). "
            "His wife Auma is due in early March with their first.",
      rhythm=[(30, H, "2026-02-10", ["call", "message"])],
      extra=[("2026-02-17", "activity", "Outing: Nyalenda, two families held at a clinic last year; Moses "
              "translated and drove", 420),
             ("2026-02-20", "call", "Call: my last morning in Kisumu; thanked him; Auma is due any day from early "
              "March and he's nervous", 15)],
      talk=["the families", "Kisumu", "his radio show", "Auma", "the fee", "the lake"])

    # --- podcast, documentary, fellowships, teaching ---
    P("efua", "Efua Mensah", 3, "ally", power=True, location="Accra", company="Sauti Africa Podcast Network",
      title="Executive producer", how_met="She commissioned Dawa in 2024 after hearing my pilot", met_on="2024-03-18",
      interests={"podcasting": 1.0},
      notes="Commissioned Dawa, my health podcast; season two opens with the detentions story, out Thursday 12 March "
            "with a listening session at the network's Nairobi studio at 6. I promised to sign off the final mix of "
            "episode one by Monday 9 March.",
      rhythm=[(14, H, "2026-02-12", ["video", "email", "message"])],
      extra=[("2026-02-26", "video", "Video call: episode one goes out Thursday 12 March; final mix signed off by "
              "Monday 9", 40)],
      talk=["season two", "the download numbers", "the budget", "the trailer", "Accra", "the network's new shows"])
    P("tevin", "Tevin Omondi", 2, "ally", location="South B, Nairobi", company="Freelance",
      title="Audio producer and sound engineer", how_met="He mixed a radio piece of mine in 2022; co-produces Dawa",
      met_on="2022-07-11", birthday="1998-03-03", interests={"podcasting": 1.0, "music": 0.8},
      notes="Turns 28 on Tuesday 3 March. Co-produces Dawa and mixes every episode; re-cut episode one over a "
            "weekend in February and wouldn't take money (not thanked properly). Makes beats at night.",
      rhythm=[(3, H, "2026-02-27", ["meeting", "message", "call", "meeting"])],
      extra=[("2026-02-15", "meeting", "Meeting: he'd re-cut episode one over the weekend, unpaid; it's much "
              "better", 120),
             ("2026-02-27", "meeting", "Meeting: the season plan and the launch night; he'll run the sound at the "
              "listening session", 90)],
      talk=["the mix", "the music bed", "the studio booking", "episode one", "his beats", "the trailer", "the "
            "interviews' sound"])
    P("sheila", "Sheila Achieng Owino", 3, "ally", location="Lavington, Nairobi", company="Tatu Films",
      title="Documentary producer", how_met="A documentary lab in Nairobi in 2023", met_on="2023-08-21",
      interests={"documentary": 1.0, "hospital-detentions": 0.8},
      need=("sheila-legal", "media-law-review",
            "Her film on illegal sand harvesting in Machakos is finished, but the broadcaster won't look at it "
            "without a Kenyan media lawyer's pre-broadcast review", "2026-02-18"),
      notes="We're applying together to the East African Documentary Fund for a film of 'Held for the bill'; it "
            "closes Monday 9 March at 5. I promised her the story outline and character list for the treatment by "
            "Wednesday 4 March. Her sand-harvesting film is stuck: the broadcaster wants a media lawyer's review "
            "first. Her last film won best documentary at the Kalasha awards in November.",
      rhythm=[(21, H, "2026-02-25", ["coffee", "message", "meeting"])],
      extra=[("2026-02-18", "coffee", "Coffee: the fund closes 9 March; and her sand film is stuck until a media "
              "lawyer reviews it", 75),
             ("2026-02-25", "message", "Messages: the treatment draft; she needs my outline and characters by "
              "Wednesday")],
      talk=["the treatment", "the fund", "her sand film", "broadcasters", "the budget"])
    P("baraka", "Baraka Mutua", 2, "ally", location="Ngara, Nairobi", company="Freelance",
      title="Documentary photographer", how_met="We pitched our first story together in 2020, on oxygen shortages",
      met_on="2020-05-12", interests={"photography": 1.0, "documentary": 0.7},
      notes="35. We pitch together; he shot the mothers and the clinics for 'Held for the bill'. Let me use his "
            "pictures in my fellowship portfolio for nothing on 21 February (not thanked). Launches his first "
            "photobook, 'Waiting Room', at the Goethe-Institut on Saturday 14 March at 6.",
      rhythm=[(6, H, "2026-02-27", ["message", "meeting", "call", "activity"])],
      extra=[("2026-02-21", "meeting", "Meeting: chose the pictures for my fellowship portfolio; he said use any, no "
              "fee; his book launches 14 March", 90)],
      talk=["the pictures", "the next pitch", "his photobook", "the printer in Ngara", "the edit",
            "Kisumu"])
    P("faith", "Faith Wanjala", 3, "ally", power=True, location="Nairobi", company="Habari Health Media Trust",
      title="Programme manager, fellowships and grants", how_met="The Trust's health-reporting workshop in 2022",
      met_on="2022-09-05", expertise=["journalism-funding"], interests={"journalism-funding": 1.0},
      offer=("faith-grants", "reporting-grant",
             "The Trust's spring round of reporting grants for Kenyan freelancers under 30: up to KSh 400,000 a story, "
             "closes 31 March", "2026-02-02"),
      notes="Runs the Trust's six-month investigative fellowship; I'm applying with a proposal on substandard cancer "
            "medicines in private pharmacies, planned since last year. Applications close Friday 6 March at midnight. "
            "Scrupulously fair; won't discuss an application once it's in.",
      rhythm=[(45, H, "2026-01-20", ["email", "event", "meeting"])],
      extra=[("2026-02-02", "email", "Email: the Trust's newsletter: spring reporting grants for freelancers under "
              "thirty"),
             ("2026-02-10", "event", "At an event: the Trust's info session on the investigative fellowship; closes "
              "6 March", 90)],
      talk=["the fellowship", "the Trust's trainings", "reporting grants", "the donors", "safety training"])
    P("beatrice", "Beatrice Chebet", 3, "ally", location="Nairobi",
      company="University of Nairobi, Department of Journalism", title="Lecturer, investigative reporting",
      how_met="Classmates in journalism at the University of Nairobi, 2005 to 2009", met_on="2005-09-12",
      interests={"journalism-education": 1.0},
      notes="Dr Chebet now. I guest-teach her third-years every semester; this one is Thursday 5 March at 2, on "
            "following the money in health stories; I promised her my slides by Wednesday 4 March. Agreed on 25 "
            "February to write my fellowship reference by Thursday 5 March (not thanked yet).",
      rhythm=[(30, H, "2026-02-25", ["message", "call", "coffee"])],
      extra=[("2026-02-25", "call", "Call: she'll write my fellowship reference by Thursday; my lecture is Thursday "
              "5 March at 2", 25)],
      talk=["her students", "the curriculum", "our class of 2009", "the guest lecture", "her PhD students",
            "the department"])
    P("brian", "Brian Kiprono", 3, "friend", location="Nairobi", title="Freelance reporter",
      how_met="A student in Beatrice's class when I guest-taught in 2021; I've mentored him since",
      met_on="2021-10-14", birthday="1999-10-30", interests={"journalism-funding": 1.0},
      need=("brian-grant", "reporting-grant",
            "Needs a small grant to spend a month in Turkana on the cholera outbreaks around Kakuma; no outlet will "
            "pay his costs", "2026-02-12"),
      notes="26. From Eldoret; hungry and careful. Wants to spend a month in Turkana on the cholera outbreaks around "
            "Kakuma, and no outlet will pay his travel. I promised him notes on his pitch by 27 February and haven't "
            "sent them.",
      rhythm=[(10, H, "2026-02-20", ["message", "coffee", "call"])],
      extra=[("2026-02-12", "coffee", "Coffee: his Turkana pitch; he needs a grant to travel; I promised notes by "
              "the 27th", 60),
             ("2026-02-20", "message", "Messages: he asked, politely, about the notes")],
      talk=["his pitches", "his rent", "an editor who won't pay", "his Turkana idea", "ledes", "his mother in "
            "Eldoret"])
    P("zawadi", "Zawadi Mwakio", 5, "acquaintance", location="Nairobi",
      company="Aga Khan University, Graduate School of Media and Communications",
      title="Events lead, Africa Health Journalism Forum", how_met="Invited me to speak at the forum",
      met_on="2026-02-10",
      notes="The panel, 'Reporting on patients who can't pay', is Thursday 12 March at 10; she needs my bio and photo "
            "by Tuesday 3 March.",
      extra=[("2026-02-10", "email", "Email: the invitation to the detentions panel on 12 March"),
             ("2026-02-24", "call", "Call: the panel brief; bio and photo by 3 March", 20)])

    # --- the freelancers, the newsroom, old ties ---
    P("atieno", "Atieno Odhiambo", 2, "advocate", location="Lang'ata, Nairobi",
      company="The Nairobi Courier (until 20 February)", title="Chief sub-editor (laid off)",
      how_met="The Courier's subs desk; she fixed my copy from my first week in 2009", met_on="2009-06-01",
      birthday="1986-03-07", interests={"media-jobs": 1.0},
      notes="Turns 40 on Saturday 7 March, two weeks after the Courier laid her off with forty others on 20 February "
            "(two months' pay). Edited my fellowship application with tracked changes on 24 February, the week "
            "after (not thanked properly). Wants freelance editing work, print or audio; I promised lunch and a look "
            "at her CV on Tuesday 3 March. Proud; won't ask.",
      rhythm=[(7, H, "2026-02-28", ["coffee", "message", "call"])],
      extra=[("2026-02-20", "call", "Call: laid off this morning with forty others; two months' pay; angry and calm "
              "by turns", 45),
             ("2026-02-24", "email", "Email: my fellowship application back with her tracked changes, four days after "
              "losing her job"),
             ("2026-02-28", "coffee", "Coffee: she wants editing work, print or audio; lunch on Tuesday and her CV",
              75)],
      talk=["the Courier", "her daughter", "commas", "the subs desk", "newsroom gossip", "a headline "
            "she's proud of"])
    P("lilian", "Lilian Nanjala", 4, "ally", location="Ngong Road, Nairobi", title="Freelance health reporter",
      how_met="The freelancers' WhatsApp group in 2019; we pass work to each other", met_on="2019-06-15",
      interests={"journalism-funding": 0.8},
      notes="Passed me a radio documentary commission in January (thanked). Short of work in March; I promised by "
            "Tuesday 3 March to pass her the Courier's piece on rejected SHA claims that I can't take.",
      rhythm=[(14, H, "2026-02-26", ["coffee", "message", "call"])],
      extra=[("2026-01-12", "call", "Call: she passed me the radio documentary she couldn't take; thanked her", 15),
             ("2026-02-26", "coffee", "Coffee: she's short of work in March; the SHA piece would suit her, and I said "
              "I'd pass it", 60)],
      talk=["rates", "late invoices", "the freelancers' group", "editors", "her twins", "SHA"])
    P("hassan", "Hassan Abdullahi", 4, "ally", location="Mombasa", title="Freelance investigative reporter",
      how_met="A regional investigative training in Arusha in 2022; we pass each other Coast and Nairobi stories",
      met_on="2022-11-07", interests={"media-freedom": 1.0},
      notes="Arrested in Mombasa on 27 February over a post about a county tender; released on cash bail that night "
            "and charged under the Computer Misuse and Cybercrimes Act. His mention at the Mombasa Law Courts is "
            "Thursday 12 March. I promised to write the freelancers' letter of support for the court by Tuesday 10 "
            "March. Fasting for Ramadan.",
      rhythm=[(14, H, "2026-02-28", ["call", "message"])],
      extra=[("2026-02-27", "call", "Call: released on bail at eleven at night; charged under the cybercrimes act; "
              "mention 12 March", 25),
             ("2026-02-28", "message", "Messages: the freelancers' statement has forty signatures; he said 'asante "
              "dada'")],
      talk=["the county tenders", "a Coast story", "Mombasa", "a story swap", "his kids"])
    P("halima", "Halima Bakari", 4, "friend", location="Mombasa", company="Coast Weekly", title="Reporter",
      how_met="My intern at the Courier in 2018", met_on="2018-06-04",
      notes="29. Sharp on land and the courts. I recommended her for the Mombasa job in 2021. Married Yusuf Omar in "
            "Mombasa on 14 February; I couldn't go and told her so in January.",
      rhythm=[(45, H, "2026-01-20", ["message", "call"])],
      extra=[("2026-01-20", "message", "Messages: her wedding invitation for 14 February in Mombasa; I can't get "
              "there and told her so")],
      talk=["her land stories", "Mombasa", "her editor", "Yusuf", "a court case"])
    P("collins", "Collins Ouma", 4, "friend", peak=2, location="Johannesburg", company="Horizon News Agency",
      title="Africa editor (from 9 February)",
      how_met="Classmates in journalism at the University of Nairobi, 2005 to 2009", met_on="2005-09-12",
      notes="We ran the campus paper together. Moved to Johannesburg in 2018. Started as Africa editor at Horizon News "
            "Agency on 9 February (he posted it); we last spoke at Christmas.",
      rhythm=[(90, H, "2025-12-20", ["message", "call"])],
      extra=[("2025-12-20", "message", "Messages: Christmas; he hinted at a move and wouldn't say where")],
      talk=["the campus paper", "Johannesburg", "his kids", "freelance rates", "our class"])
    P("kadenge", "Joseph Kadenge", 4, "advocate", peak=2, power=True, location="Karen, Nairobi",
      title="Retired managing editor, The Nairobi Courier", how_met="My first editor; took me on as an intern in 2009",
      met_on="2009-06-01",
      notes="67. Took me on as an intern, taught me to read a budget and to ring back everyone I write about. Given a "
            "lifetime achievement award at the Kenya Media Excellence Awards on 20 February; I was on the road back "
            "from Kisumu and missed it. Writing a memoir of forty years in newsrooms.",
      rhythm=[(40, H, "2026-01-24", ["meal", "call", "message"])],
      extra=[("2026-01-24", "meal", "Lunch: he's writing his memoir; asked about the detentions story and told me "
              "to ring back every clinic", 100)],
      talk=["the old newsroom", "his memoir", "my stories", "the Courier's decline", "his roses", "ethics"])

    # group contacts
    b.add(H, "event", ["efua", "tevin", "joyce", "baraka", "atieno", "nyambura", "mwangi", "lilian"],
          "At an event: the launch of Dawa season one at the network's Nairobi studio; Efua flew in from Accra",
          180, "mutual")
    b.add("2024-12-25", "meal", ["mama", "baba", "wairimu", "ndirangu", "mwangi", "shiku", "kari"],
          "Dinner: Christmas in Othaya; Baba carved the goat and gave a speech about coffee prices", 300, "mutual")
    b.add("2024-12-26", "meal", ["wanjiku", "karanja", "njeri"], "Lunch: Boxing Day in Limuru", 240, "mutual")
    b.add("2025-03-15", "meal", ["wanjiku", "karanja", "njeri", "mwangi"],
          "Lunch: Mama Wanjiku's 69th in Limuru; 'next year, no fuss'", 180, "mutual")
    b.add("2025-06-10", "intro", ["brian", "hassan"],
          "Intro: put Brian in touch with Hassan for a Coast story he wanted to do", None, "me")
    b.add("2025-11-22", "event", ["sheila", "baraka"],
          "At an event: the Kalasha awards; Sheila's film won best documentary", 240, "mutual")
    b.add("2025-12-25", "meal", ["wanjiku", "karanja", "njeri", "mwangi", "shiku", "kari"],
          "Dinner: Christmas in Limuru", 300, "mutual")
    b.add("2025-12-27", "meal", ["mama", "baba", "wairimu", "ndirangu"],
          "Lunch: Othaya; Baba said he's 'slow in the mornings' and laughed it off", 240, "mutual")
    b.add("2025-12-28", "activity", ["nyambura", "githinji", "wambui"],
          "Outing: the Christmas visit to Kangema with Nyambura; Mzee Githinji walked us through the tea and asked "
          "after Baba", 180, "mutual")
    b.add("2026-02-21", "activity", ["mama", "baba"],
          "Outing: the weekend in Othaya; walked the coffee with Baba; he's not afraid of the knife, he says, only of "
          "the bill", 480, "mutual")
    b.add("2026-02-28", "call", ["wairimu", "ndirangu", "mama"],
          "Call: the four of us on Baba's operation: the deposit, who sleeps at the hospital, Wairimu's leave", 40,
          "mutual")
    # the chama meets on the second Saturday of the month, at a different member's house each time
    hosts = ["Jane's in South C", "Rose's in Lang'ata", "Mercy's in Buruburu", "mine in Kileleshwa",
             "Akinyi's in Kilimani", "Wangari's in Ruaka"]
    topics = ["contributions and the Kitengela plot", "the plot's title deed", "a loan for Mercy's shop",
              "the Christmas party", "the dividend", "whether to buy a second plot"]
    month = dt.date(2024, 11, 1)
    n = 0
    while month < dt.date(2026, 3, 1):
        day = month + dt.timedelta(days=(5 - month.weekday()) % 7 + 7)
        if month.month == 2 and month.year == 2026:
            summary = ("At an event: the chama at Rose's in Lang'ata; Jane said Ethan, four, still hardly talks, and "
                       "the speech-therapy waiting list is four months")
        else:
            summary = f"At an event: the Tuinuane chama at {hosts[n % len(hosts)]}; {topics[n % len(topics)]}"
        b.add(day.isoformat(), "event", ["jane", "rose"], summary, 180, "mutual")
        month = (month + dt.timedelta(days=32)).replace(day=1)
        n += 1

    # life events
    b.event("ev-sheila-kalasha", "sheila", "2025-11-22", "award",
            "Her film 'Mchanga' won best documentary at the Kalasha awards")
    b.event("ev-collins-editor", "collins", "2026-02-09", "new_job",
            "Started as Africa editor at Horizon News Agency in Johannesburg")
    b.event("ev-halima-wedding", "halima", "2026-02-14", "wedding", "Married Yusuf Omar in Mombasa")
    b.event("ev-baba-diagnosis", "baba", "2026-02-16", "illness",
            "Diagnosed with prostate cancer, caught early; the operation is 10 March at Outspan Hospital, Nyeri")
    b.event("ev-kadenge-award", "kadenge", "2026-02-20", "award",
            "Lifetime achievement award at the Kenya Media Excellence Awards")
    b.event("ev-atieno-layoff", "atieno", "2026-02-20", "job_loss",
            "Laid off as chief sub-editor in the Courier's restructuring, with forty others")
    b.event("ev-esther-suspended", "esther", "2026-02-23", "other",
            "Suspended without pay by the clinic pending an 'inquiry into leaks'")
    b.event("ev-nyambura-father", "nyambura", "2026-02-26", "bereavement",
            "Her father, Samuel Githinji, died of a heart attack at home in Kangema; the funeral is Friday 6 March")
    b.event("ev-hassan-arrest", "hassan", "2026-02-27", "other",
            "Arrested in Mombasa over a post about a county tender; released on cash bail and charged under the "
            "Computer Misuse and Cybercrimes Act")
    b.event("ev-moses-baby", "moses", "2026-03-05", "baby",
            "Their first child, a girl, Adhiambo, born in the evening at Jaramogi Oginga Odinga hospital in Kisumu")
    b.event("ev-tevin-typhoid", "tevin", "2026-03-08", "illness",
            "Admitted to Nairobi West Hospital with typhoid, four days before the season launch")
    b.event("ev-wairimu-graduation", "wairimu", "2026-03-13", "graduation",
            "Graduates Master of Public Health at Mount Kenya University, Thika")
    b.event("ev-baraka-book", "baraka", "2026-03-14", "launch",
            "Launches his first photobook, 'Waiting Room', at the Goethe-Institut Nairobi")

    # favors
    b.favor("fv-joyce-meridian", "joyce", "me", "2024-05-10", "referral",
            "Recommended me to Claire Whitfield at The Meridian", "2024-05-10",
            "The Meridian has commissioned three pieces since, 'Held for the bill' among them")
    b.favor("fv-kevin-sha", "kevin", "me", "2025-06-20", "advice",
            "Read my SHA story before publication and wouldn't send a bill", "2025-06-20")
    b.favor("fv-lilian-radio", "lilian", "me", "2026-01-12", "referral",
            "Passed me a radio documentary commission she couldn't take", "2026-01-12")
    b.favor("fv-tevin-recut", "tevin", "me", "2026-02-15", "favor", "Re-cut Dawa's episode one over a weekend, unpaid")
    b.favor("fv-wairimu-baba", "wairimu", "me", "2026-02-16", "favor",
            "Takes Baba to every appointment in Nyeri and explained his diagnosis to all of us")
    b.favor("fv-nyambura-kids", "nyambura", "me", "2026-02-17", "favor",
            "Had the children for three nights while I was reporting in Kisumu", "2026-02-20")
    b.favor("fv-moses-kisumu", "moses", "me", "2026-02-17", "favor",
            "Found two families held at a Kisumu clinic and drove me, for half his rate", "2026-02-20")
    b.favor("fv-baraka-portfolio", "baraka", "me", "2026-02-21", "share",
            "Let me use his detention photographs in my fellowship portfolio, no fee")
    b.favor("fv-atieno-edit", "atieno", "me", "2026-02-24", "advice",
            "Edited my fellowship application, four days after she was laid off")
    b.favor("fv-beatrice-reference", "beatrice", "me", "2026-02-25", "endorsement",
            "Agreed to write my reference for the Habari Health fellowship")
    b.favor("fv-kui-children", "kui", "me", "2026-02-28", "favor",
            "Will have the children after school on Friday 6 March so I can go to the funeral")
    b.favor("fv-me-halima", "me", "halima", "2021-03-15", "recommendation",
            "Recommended her for the reporting job at Coast Weekly")
    b.favor("fv-me-brian", "me", "brian", "2025-09-10", "advice", "Edited his first long-form story line by line")
    b.favor("fv-me-atieno", "me", "atieno", "2026-02-22", "share",
            "Sent her the names of three editors who use freelance sub-editors")
    b.favor("fv-me-nyambura", "me", "nyambura", "2026-02-27", "favor", "Took on writing the eulogy for her father")
    b.favor("fv-me-hassan", "me", "hassan", "2026-02-28", "share",
            "Circulated the freelancers' statement on his arrest; forty signatures")

    # follow-ups
    b.follow_up("fu-brian-notes", "brian", True, "Send Brian notes on his Turkana pitch", "2026-02-27")
    b.follow_up("fu-claire-letters", "claire", True,
                "Send the right-of-reply letters to the three clinics and the Ministry, copied to Claire", "2026-03-02")
    b.follow_up("fu-nyambura-eulogy", "nyambura", True, "Send Nyambura the final eulogy for the funeral programme",
                "2026-03-02")
    b.follow_up("fu-nyambura-fund", "nyambura", True, "Send my contribution to Mzee Githinji's funeral fund",
                "2026-03-03")
    b.follow_up("fu-atieno-lunch", "atieno", True, "Lunch with Atieno and go through her CV", "2026-03-03")
    b.follow_up("fu-lilian-sha", "lilian", True, "Pass Lilian the Courier's SHA-claims piece I can't take",
                "2026-03-03")
    b.follow_up("fu-zawadi-bio", "zawadi", True, "Send Zawadi my bio and photo for the panel", "2026-03-03")
    b.follow_up("fu-sheila-outline", "sheila", True,
                "Send Sheila the story outline and the character list for the treatment", "2026-03-04")
    b.follow_up("fu-esther-call", "esther", True,
                "Call Esther after the legal read: what will and won't be published", "2026-03-04")
    b.follow_up("fu-beatrice-slides", "beatrice", True, "Send Beatrice my lecture slides", "2026-03-04")
    b.follow_up("fu-claire-final", "claire", True, "Send Claire the final draft with Kevin's changes", "2026-03-05")
    b.follow_up("fu-faith-application", "faith", True, "Submit the fellowship application", "2026-03-05")
    b.follow_up("fu-mwangi-lunch", "mwangi", True, "Book the anniversary lunch at the garden restaurant in Karen",
                "2026-03-05")
    b.follow_up("fu-efua-mix", "efua", True, "Sign off the final mix of Dawa's season two, episode one",
                "2026-03-09")
    b.follow_up("fu-purity-readback", "purity", True, "Read Purity every passage about her before publication",
                "2026-03-09")
    b.follow_up("fu-hassan-letter", "hassan", True, "Write the freelancers' letter of support for Hassan's court "
                "mention", "2026-03-10")
    b.follow_up("fu-kari-cake", "kari", True, "Order Kari's football cake and be home by six", "2026-03-11")
    b.follow_up("fu-joyce-cut", "joyce", True, "File the Kenyan cut of the investigation for the Sunday Courier",
                "2026-03-13")
    b.follow_up("fu-rose-contribution", "rose", True, "Pay my March chama contribution (KSh 10,000)", "2026-03-13")
    b.follow_up("fu-njeri-slideshow", "njeri", True, "Finish the photo slideshow for Mama Wanjiku's 70th",
                "2026-03-14")
    b.follow_up("fu-nyambura-committee", "nyambura", False,
                "The funeral committee meeting for Mzee Githinji at the church hall in Kileleshwa (6pm)", "2026-03-03")
    b.follow_up("fu-kevin-read", "kevin", False, "The legal read of the investigation at his office (10am)",
                "2026-03-04")
    b.follow_up("fu-beatrice-lecture", "beatrice", False, "My guest lecture to her third-years (2pm)", "2026-03-05")
    b.follow_up("fu-beatrice-reference", "beatrice", False, "Her reference letter for my fellowship application",
                "2026-03-05")
    b.follow_up("fu-dennis-response", "dennis", False, "The Ministry's written response to my questions",
                "2026-03-06")
    b.follow_up("fu-faith-deadline", "faith", False, "Fellowship applications close at midnight", "2026-03-06")
    b.follow_up("fu-nyambura-funeral", "nyambura", False, "Mzee Githinji's funeral at home in Kangema (10am)",
                "2026-03-06")
    b.follow_up("fu-ruth-parents-day", "ruth", False, "Parents' Day at Mvule; Shiku narrates the class play (10am)",
                "2026-03-07")
    b.follow_up("fu-hirst-call", "hirst", False, "The Meridian's legal call on the investigation (noon)",
                "2026-03-09")
    b.follow_up("fu-sheila-fund", "sheila", False, "The East African Documentary Fund closes (5pm)", "2026-03-09")
    b.follow_up("fu-baba-operation", "baba", False, "Baba's operation at Outspan Hospital, Nyeri (8am)",
                "2026-03-10")
    b.follow_up("fu-claire-publication", "claire", False, "'Held for the bill' publishes in The Meridian (9am)",
                "2026-03-11")
    b.follow_up("fu-zawadi-panel", "zawadi", False,
                "The panel at the Africa Health Journalism Forum, Aga Khan University (10am)", "2026-03-12")
    b.follow_up("fu-hassan-mention", "hassan", False, "His mention at the Mombasa Law Courts", "2026-03-12")
    b.follow_up("fu-efua-launch", "efua", False,
                "Dawa season two, episode one goes out; listening session at the network's Nairobi studio (6pm)",
                "2026-03-12")
    b.follow_up("fu-wairimu-graduation", "wairimu", False, "Her graduation at Mount Kenya University, Thika (9am)",
                "2026-03-13")
    b.follow_up("fu-jane-chama", "jane", False, "The chama meeting at her house in South C (2pm)", "2026-03-14")
    b.follow_up("fu-baraka-launch", "baraka", False, "His photobook launch at the Goethe-Institut (6pm)",
                "2026-03-14")
    b.follow_up("fu-wanjiku-lunch", "wanjiku", False, "Mama Wanjiku's 70th birthday lunch in Limuru (1pm)",
                "2026-03-15")
    b.follow_up("fu-joyce-sunday", "joyce", False, "The Sunday Courier runs the Kenyan cut of the investigation",
                "2026-03-15")

    # goals
    b.goal("g-investigation", "Publish 'Held for the bill' in The Meridian on 11 March, legally watertight, with "
           "every source protected", ["hospital-detentions", "health-financing"], 1,
           ["claire", "kevin", "hirst", "esther", "purity", "abdi", "dennis", "moses", "baraka", "joyce"])
    b.goal("g-fellowship", "Win the Habari Health investigative fellowship (applications close 6 March)",
           ["journalism-funding"], 1, ["faith", "beatrice", "atieno", "baraka"])
    b.goal("g-podcast", "Launch Dawa season two on 12 March and double its listeners",
           ["podcasting"], 2, ["efua", "tevin", "zawadi"])
    b.goal("g-documentary", "Get the film of the investigation funded, with Sheila", ["documentary"], 2,
           ["sheila", "baraka", "claire"])
    b.goal("g-family", "Be there for Baba through his operation, and keep our anniversary, Kari's birthday, "
           "Wairimu's graduation and Mama Wanjiku's 70th", ["prostate-cancer"], 1,
           ["baba", "mama", "wairimu", "ndirangu", "mwangi", "shiku", "kari", "wanjiku", "njeri"])
    b.goal("g-people", "Stand by Nyambura, Atieno and Hassan through a hard month, and keep passing work on",
           ["media-freedom", "media-jobs", "grief"], 2,
           ["nyambura", "wambui", "atieno", "hassan", "esther", "brian", "lilian"])

    # saved items
    b.item("it-detentions", "Held for the bill: hospital detentions across Africa, a review of the evidence",
           "https://example.org/hospital-detentions-review", ["hospital-detentions", "health-financing"],
           "2026-03-03")
    b.item("it-prostate", "Prostate surgery after 65: the questions to ask, and the weeks after",
           "https://example.org/prostate-surgery-after-65", ["prostate-cancer"], "2026-03-04")
    b.item("it-freelance-money", "Where the money is for African freelance journalists in 2026",
           "https://example.org/freelance-journalism-funding-2026", ["journalism-funding"], "2026-03-05")
    b.item("it-podcasts", "African podcasting in 2026: listeners, money and what works",
           "https://example.org/african-podcasting-2026", ["podcasting"], "2026-03-06")
    b.item("it-grief", "Grieving a parent when the funeral is over",
           "https://example.org/grief-after-the-funeral", ["grief"], "2026-03-08")
    b.item("it-cybercrime", "Journalists and Kenya's cybercrimes act: the cases so far",
           "https://example.org/kenya-cybercrimes-act-journalists", ["media-freedom"], "2026-03-09")
    b.item("it-subeditors", "After the layoffs: where Kenya's sub-editors went next",
           "https://example.org/kenya-subeditors-after-layoffs", ["media-jobs"], "2026-03-10")
    b.hand_first()
    return b


def architect():
    b = Book("architect", seed=57203)
    H = "2024-10-17"  # history starts: the tenants' open day at the Crow Road tenements, Clydeview's first deep retrofit
    P = b.known

    # --- home and family ---
    P("ruaridh", "Ruaridh Grant", 1, "advocate", kin=True, location="Hyndland, Glasgow",
      company="Scottish Ambulance Service", title="Paramedic (West Glasgow station)",
      how_met="My husband; we met at a cèilidh at the Glasgow Highland Club in 2004", met_on="2004-11-20",
      birthday="1978-09-30",
      dates=[("our-wedding", "Our wedding anniversary (Portree, 2009)", "2009-03-14")],
      interests={"hill-walking": 0.9, "heart-health": 0.5},
      notes="47. Four on, four off, days and nights. Our 17th anniversary is Saturday 14 March, after Rory's "
            "semi-final; I promised to book the Ubiquitous Chip, where we had our first date, by Monday 9 March. His "
            "dad has his heart valve done on Tuesday 10 March, the morning of my hearing; he's taken the day to drive "
            "his mum and dad to the Golden Jubilee. Cooks when I'm late, which in a tender week is every night.",
      rhythm=[(2, H, "2026-03-01", ["meal", "message", "meal", "activity", "call", "meal"])],
      extra=[("2025-03-14", "meal", "Dinner: our 16th at the Chip; he made me promise no work talk and I lasted "
              "until pudding", 150),
             ("2026-02-22", "meal", "Dinner: he's taking Tuesday 10th off to take his mum and dad to the Golden "
              "Jubilee; I'm at committee that morning and I hate it", 75),
             ("2026-03-01", "meal", "Dinner: the fortnight on the fridge: the tender, Archie's funeral, Sorcha's "
              "wedding, Rory's party, the site start, the hearing and his dad's valve on the same Tuesday, Isla's "
              "exam, the crits, our anniversary", 60)],
      talk=["his shifts", "the kids", "his dad's valve", "a Munro in the spring", "the flat's windows", "money",
            "Isla's exam", "Rory's football", "Mum on Skye", "a bad call-out he didn't want to talk about",
            "our anniversary", "the tender", "a walk in the Botanics", "his mum's nerves"])
    P("isla", "Isla Grant", 1, "advocate", kin=True, location="Hyndland, Glasgow",
      company="Hyndland Secondary School", title="S5 pupil", how_met="My daughter", birthday="2009-11-27",
      interests={"music": 1.0, "gaelic-song": 0.6},
      notes="16. Five Highers this year. Her Higher Music performance exam, fiddle and piano in front of a visiting "
            "examiner, is Wednesday 11 March at 1.30 at school; she's been sick with nerves over it since January. "
            "Wants to apply to the Royal Conservatoire for traditional music next year. Plays in the school cèilidh "
            "band; Mum on Skye cries when she plays Dad's tunes.",
      rhythm=[(2, H, "2026-03-01", ["meal", "activity", "message", "meal", "activity"])],
      extra=[("2026-02-26", "activity", "Outing: drove her to her fiddle lesson in Partick; she played her "
              "strathspey for me in the car park and said she'll freeze in front of the examiner", 60)],
      talk=["her exam pieces", "the Conservatoire", "her pals", "homework", "her fiddle lesson", "Seanair's tunes",
            "her phone", "the cèilidh band", "prelim results", "a lift into town", "her Saturday job at the café"])
    P("rory", "Rory Grant", 1, "advocate", kin=True, location="Hyndland, Glasgow", company="Hyndland Primary School",
      title="P7 pupil", how_met="My son", birthday="2015-03-08", interests={"football": 1.0},
      notes="Turns 11 on Sunday 8 March: five-a-side and pizza at Scotstoun with eight pals. Wants the Partick "
            "Thistle away top; I promised to get it by Saturday 7 March. Plays for Broomhill Boys Club under-11s; the "
            "cup semi-final is Saturday 14 March at 10 at Scotstoun. Starts at Hyndland Secondary in August.",
      rhythm=[(2, H, "2026-03-01", ["meal", "activity", "activity", "meal"])],
      extra=[("2026-02-28", "activity", "Outing: his match at Scotstoun; they won 4-2 and are in the cup semi-final "
              "on 14 March; he scored and hasn't stopped talking", 120)],
      talk=["football", "his birthday party", "Thistle", "his homework", "the semi-final", "the P7 residential",
            "his pals", "Minecraft", "the big school in August", "a swim at the Western Baths"])
    P("morag", "Morag MacLeod", 1, "advocate", kin=True, location="Portree, Isle of Skye",
      title="Retired Gaelic teacher (Portree High School)", how_met="Mum", birthday="1949-03-12",
      interests={"gaelic-song": 1.0},
      need=("morag-tapes", "tape-digitisation",
            "Found a box of Dad's reel-to-reel tapes in the loft (cèilidhs in Braes in the 1970s, him singing); "
            "wants them copied before they crumble, and knows nobody who can", "2026-01-18"),
      notes="76; turns 77 on Thursday 12 March. Taught Gaelic at Portree High for thirty years. Has lived alone in "
            "the house in Portree since Dad died in 2019; Iain is ten minutes away. In January, clearing the loft "
            "for the new insulation, Iain found a box of Dad's reel-to-reel tapes: cèilidhs in Braes in the seventies, "
            "Dad singing. She wants them saved and has no idea who could do it. I call on Sunday nights and most "
            "Wednesdays. Her present is my drawing of the croft house at Braes, framed; I promised to post it by "
            "Monday 9 March so it's there on the 12th. Mothering Sunday is the 15th.",
      rhythm=[(4, H, "2026-03-01", ["call", "call", "call", "video"])],
      extra=[("2026-01-18", "call", "Call: Iain found Dad's tapes in the loft; she cried, and asked how anyone "
              "could play them now", 45),
             ("2026-03-01", "call", "Call: the Sunday call; she asked again about Dad's tapes, and whether Kirsty's "
              "baby will come on her birthday", 40)],
      talk=["the weather on Skye", "Dad", "the church", "her knee", "Kirsty's baby", "Isla's fiddle", "the new "
            "boiler", "Dad's tapes", "Iain's boat", "the Gaelic news", "her neighbour Peigi", "the ferry prices"])
    P("kirsty", "Kirsty MacLeod", 1, "advocate", kin=True, location="Walthamstow, London",
      company="Tidal Films", title="Series producer (documentaries)", how_met="My younger sister",
      birthday="1985-10-05", interests={"gaelic-song": 0.4},
      notes="40. Lives in Walthamstow with Tom Baxter, a sound recordist. Their first baby is due on Thursday 12 "
            "March, Mum's birthday, which Mum thinks is a sign; on maternity leave since 20 February and bored. I'm "
            "going down for a week on 27 March.",
      rhythm=[(4, H, "2026-03-01", ["call", "message", "video", "message"])],
      extra=[("2025-08-10", "call", "Call: she's pregnant, due in March; we both cried", 60),
             ("2026-03-01", "video", "Video call: 37 weeks; the bag's packed, Tom has built the cot twice, she's "
              "bored and enormous", 40)],
      talk=["the baby", "her scans", "Tom", "her series", "London rents", "Mum", "names", "her maternity leave",
            "the cot", "Skye at Easter"])
    P("iain", "Iain MacLeod", 2, "advocate", kin=True, location="Portree, Isle of Skye",
      company="Portree Sea Eagle Trips", title="Skipper and owner; crofter at Braes", how_met="My older brother",
      birthday="1977-06-02",
      notes="48. Runs sea-eagle boat trips out of Portree harbour from April to October, and the croft at Braes "
            "the rest of the year. Married to Mairi; Seonaidh and Lachlan, 15 and 12. Sees Mum every day, and "
            "sorted her new boiler and the loft insulation in January. My third of the boiler is £1,400; I promised "
            "it by Friday 6 March. Never asks for thanks, and hardly gets it.",
      rhythm=[(7, H, "2026-02-22", ["call", "message", "call"])],
      talk=["Mum", "the boat", "the bookings for the season", "the croft", "the boiler", "his kids", "the "
            "weather", "Dad's tapes", "the ferry", "the sheep"])
    P("hamish", "Hamish Grant", 2, "advocate", kin=True, location="Bridge of Allan",
      title="Retired bank manager (Bank of Scotland)", how_met="Ruaridh's dad", birthday="1947-07-19",
      interests={"golf": 0.9, "heart-health": 0.6},
      notes="78. Golf, the Herald crossword, and a pint at the Westerton Arms. Breathless on our stairs at "
            "Christmas; in January the cardiologist at Forth Valley found severe aortic stenosis. A TAVI, a new valve "
            "through the groin, at the Golden Jubilee in Clydebank on Tuesday 10 March; three nights in if it goes "
            "well. I promised to visit him on Wednesday 11th after Isla's exam. Took me under his wing when Dad died.",
      rhythm=[(10, H, "2026-02-22", ["call", "meal", "call"])],
      extra=[("2026-01-21", "call", "Call: the cardiologist says his aortic valve is badly narrowed; a TAVI at the "
              "Golden Jubilee; he told it like a golf story", 30),
             ("2026-01-25", "meal", "Lunch: Sunday in Bridge of Allan; he showed us the valve on a leaflet and "
              "Jean left the room", 150),
             ("2026-02-22", "call", "Call: the date's come through, Tuesday 10 March; he's more worried about "
              "missing the golf club AGM", 20)],
      talk=["golf", "the crossword", "his valve", "the grandchildren", "Isla's exam", "Rory's football", "the "
            "bank in the old days", "his garden", "Jean's nerves"])
    P("jean", "Jean Grant", 3, "advocate", kin=True, location="Bridge of Allan", title="Retired school secretary",
      how_met="Ruaridh's mum", birthday="1950-05-14",
      notes="75. Not sleeping for worry about Hamish, and not saying so to him. Mothering Sunday is the 15th.",
      rhythm=[(14, H, "2026-02-28", ["call", "meal", "message"])],
      extra=[("2026-02-28", "call", "Call: she's not sleeping; Hamish is making jokes about the valve and she "
              "wants to throttle him", 30)],
      talk=["Hamish", "the grandchildren", "her church guild", "Shona", "the garden", "Isla's exam", "the "
            "hospital"])
    P("shona", "Shona Grant", 3, "friend", kin=True, location="Dunblane", company="Dunblane primary school",
      title="Head teacher", how_met="Ruaridh's sister",
      notes="44. Ten minutes from her parents; carries the day-to-day of Hamish's appointments and the lists.",
      rhythm=[(30, H, "2026-02-24", ["message", "call", "meal"])],
      talk=["Hamish's appointments", "her school", "her boys", "Jean", "the Golden Jubilee"])
    P("donald", "Donald MacLeod", 4, "advocate", peak=1, kin=True, status="deceased", location="Portree, Isle of Skye",
      title="Postman and crofter", how_met="Dad", birthday="1944-04-22",
      dates=[("dad-died", "Dad died (2019)", "2019-11-14")],
      notes="Postman in Portree for 35 years and crofter at Braes; sang at every cèilidh on the island. Died on 14 "
            "November 2019. His voice is on the tapes in Mum's loft.",
      extra=[("2019-11-10", "call", "Call: his last Sunday call; he sang me the first verse of 'Eilean a' Cheò' "
              "down the phone")])

    # --- friends, the choir, the hills ---
    P("eilidh", "Eilidh Nicolson", 2, "advocate", location="Shawlands, Glasgow", company="Nicolson Family Law",
      title="Solicitor (family law), principal", how_met="Best friends since first year at Portree High",
      met_on="1992-08-18", birthday="1980-03-03", expertise=["family-law"],
      notes="Turns 46 on Tuesday 3 March. Has her own family-law firm in Shawlands; divorced in 2022; her son Finn "
            "is 14. Moved to Shawlands last August. We're going out on Friday 6 March for her birthday, once the "
            "tender's in. Had Rory overnight in February when I was in Inverness and Ruaridh was on nights "
            "(thanked). The one I ring from the car.",
      rhythm=[(6, H, "2026-02-27", ["meal", "call", "message", "activity", "coffee"])],
      extra=[("2026-02-27", "call", "Call: she's dreading 46; we'll go out on Friday after the tender goes in, "
              "and she made me promise not to bring my phone to the table", 35)],
      talk=["Finn", "her clients' divorces", "Portree days", "her ex", "dating, God help her", "Mum", "the "
            "studio", "a walk round Queen's Park", "her birthday", "Skye at Easter"])
    P("sorcha", "Sorcha Morrison", 3, "friend", location="Partick, Glasgow", company="Glasgow Gaelic School",
      title="Primary teacher (P4)", how_met="Sings alto beside me in Còisir an Iar", met_on="2017-09-05",
      interests={"gaelic-song": 0.8},
      notes="34. Marries Jen Lafferty on Saturday 7 March at Òran Mór at 2; the choir sings 'Chì mi na mòrbheanna' "
            "and 'Mo rùn geal dìleas' at the ceremony. Twelve years younger than me and mothers me anyway.",
      rhythm=[(7, H, "2025-06-24", ["event", "event", "message"]),
              (7, "2025-08-26", "2026-02-24", ["event", "event", "message"])],
      extra=[("2026-02-24", "event", "At an event: choir; she handed out the words for the two songs at her "
              "wedding, and cried at the first run-through", 120)],
      talk=["rehearsal", "the wedding", "Jen", "her P4s", "the Mòd", "the altos", "the wedding songs"])
    P("calum", "Calum Mackay", 4, "friend", location="Dennistoun, Glasgow", company="Tobar an Dualchais",
      title="Digitisation officer (sound archive)", how_met="Sings bass in Còisir an Iar", met_on="2017-09-05",
      interests={"gaelic-song": 1.0}, expertise=["sound-archives", "gaelic-song"],
      offer=("calum-tapes", "tape-digitisation",
             "Tobar an Dualchais will digitise old home recordings of Gaelic singers, reel-to-reel tapes and "
             "cassettes, for free, and give the family copies", "2026-02-10"),
      notes="58. Works on the digitisation team at Tobar an Dualchais, the Gaelic and Scots song archive. On 10 "
            "February he asked the whole choir for old home recordings of Gaelic singers from the sixties to the "
            "eighties: they digitise reel-to-reel and cassette for free and give the family copies.",
      rhythm=[(7, H, "2025-06-24", ["event", "event", "message"]),
              (7, "2025-08-26", "2026-02-24", ["event", "event"])],
      extra=[("2026-02-10", "event", "At an event: choir; Calum asked everyone for old home recordings of Gaelic "
              "singers: Tobar an Dualchais will digitise reel-to-reel tapes for nothing", 120)],
      talk=["rehearsal", "the basses", "the archive", "the Mòd", "a song he found from Braes", "his allotment"])
    P("finlay", "Finlay Macrae", 4, "ally", location="Partick, Glasgow", company="Còisir an Iar",
      title="Musical director (and a music teacher at Hillhead High)", how_met="Joined his choir in 2017",
      met_on="2017-09-05", interests={"gaelic-song": 1.0},
      notes="Runs Còisir an Iar, the West End Gaelic choir: Tuesday rehearsals at 7.30 in Partick. Has the choir "
            "singing at Sorcha's wedding on 7 March.",
      rhythm=[(7, H, "2025-06-24", ["event", "event", "message"]),
              (7, "2025-08-26", "2026-02-24", ["event", "event", "message"])],
      talk=["rehearsal", "the Mòd programme", "the wedding songs", "the altos, again", "his pupils"])
    P("mhairi", "Mhairi Stewart", 3, "advocate", location="Broomhill, Glasgow", company="Partick Medical Practice",
      title="GP", how_met="A friend of Eilidh's; we started walking together in 2016", met_on="2016-04-09",
      interests={"hill-walking": 1.0, "heart-health": 0.5}, expertise=["medicine"],
      notes="50. My hill-walking partner: a Munro a month since 2016. Explained Hamish's TAVI to me and Ruaridh in "
            "January, and what the Golden Jubilee is like (thanked). Her practice is short of two GPs. Next hill "
            "Saturday 21 March.",
      rhythm=[(30, H, "2026-02-14", ["activity", "activity", "message"])],
      extra=[("2026-01-24", "call", "Call: she walked me and Ruaridh through what a TAVI is; home in days, not "
              "weeks; thanked her", 40),
             ("2026-02-14", "activity", "Outing: Ben Vorlich in snow; Hamish, her locum crisis, Isla's nerves", 420)],
      talk=["the next Munro", "the weather forecast", "her practice", "Hamish", "her daughters", "the kit",
            "a hill in Glen Coe", "burnout"])

    # --- MacLeod Studio ---
    P("kenny", "Kenny Docherty", 2, "advocate", location="Dennistoun, Glasgow", company="MacLeod Studio",
      title="Associate architect", how_met="Hired him in 2016; associate since 2021", met_on="2016-08-22",
      birthday="1987-10-11", interests={"school-design": 0.8},
      notes="38. The best detailer I know. Leading the Broomhill tender with me; I owe him my quality answers "
            "(approach, social value, the team) by Wednesday 4 March. Claire, two girls under six, no sleep. Wants "
            "to talk about becoming a director once the tender's in.",
      rhythm=[(2, H, "2026-02-27", ["meeting", "message", "meeting", "call"])],
      extra=[("2026-02-27", "meeting", "Meeting: the Broomhill tender is eighty per cent there; my quality answers "
              "still owed to him by Wednesday; he asked, carefully, about a directorship", 90)],
      talk=["the Broomhill tender", "the Westmoreland Street drawings", "the Crow Road phase 2", "his girls",
            "the Part 2 hire", "details for the mews", "Revit", "the office heating", "a directorship"])
    P("priya", "Priya Nair", 3, "ally", location="Finnieston, Glasgow", company="MacLeod Studio", title="Architect",
      how_met="Joined as a Part 2 in 2021; registered in 2023", met_on="2021-09-06",
      interests={"community-buildings": 0.9},
      notes="31. From Kochi in Kerala. Runs the Wyndford Community Hall: the pre-start meeting is Friday 6 March, "
            "the site start Monday 9 March. Her parents are in Kochi; her dad had a scare with his heart last year "
            "and she worries from five thousand miles.",
      rhythm=[(3, H, "2026-02-27", ["meeting", "message", "meeting"])],
      extra=[("2026-02-26", "meeting", "Meeting: the Wyndford pre-start list; she's ready, and nervous about "
              "running her first site on her own", 60)],
      talk=["the hall", "Bernie's programme", "the building warrant", "her parents in Kochi", "the trust", "the "
            "Broomhill structure", "the welfare cabins", "her flat"])
    P("aga", "Agnieszka Wójcik", 3, "ally", location="Dennistoun, Glasgow", company="MacLeod Studio",
      title="Practice manager (three days a week)", how_met="Hired her in 2018", met_on="2018-05-14",
      expertise=["bookkeeping"],
      notes="44. Mondays, Wednesdays and Fridays: fees, invoices, payroll, the VAT. The VAT return is due on "
            "Saturday 7 March; I promised to approve it and the February invoices by Thursday 5 March. Clydeview's "
            "January invoice is still unpaid.",
      rhythm=[(5, H, "2026-02-27", ["meeting", "message", "email"])],
      extra=[("2026-02-25", "meeting", "Meeting: the VAT return due on the 7th; Clydeview's January invoice still "
              "unpaid; Anna's last one paid", 45)],
      talk=["the VAT", "invoices", "payroll", "the fee forecast", "Clydeview's late payment", "the insurance "
            "renewal", "her son's exams", "cash flow"])
    P("hannah", "Hannah Lowe", 5, "acquaintance", location="Hamilton",
      company="a volume housebuilder in Hamilton", title="Architectural assistant (Part 2)",
      how_met="Applied for the Part 2 post", interests={"retrofit": 0.6},
      notes="Part 2 from the Mac in 2024; two years of house types and bored. Interview Wednesday 4 March at 10.",
      extra=[("2026-02-20", "email", "Email: shortlisted; interview on 4 March at 10")])
    P("seun", "Oluwaseun Adebayo", 5, "acquaintance", location="Edinburgh",
      company="an Edinburgh practice", title="Architectural assistant (Part 2)",
      how_met="Applied for the Part 2 post",
      notes="Part 2 from Strathclyde in 2024; from Lagos; his visa needs a sponsoring employer, and we've never "
            "sponsored anyone. Interview Wednesday 4 March at 2.",
      extra=[("2026-02-20", "email", "Email: shortlisted; interview on 4 March at 2")])
    P("ewan", "Ewan Matheson", 5, "acquaintance", location="Glasgow", title="Architectural assistant (Part 2)",
      how_met="My Stage 4 student at the Mac in 2023-24; applied for the Part 2 post", met_on="2023-09-21",
      notes="Part 2 from the Mac in 2025; spent the summer at a practice in Copenhagen. Shortlisted late; interview "
            "Monday 9 March at 4.",
      extra=[("2025-06-20", "message", "Messages: congratulated him on his degree show; he's off to Copenhagen"),
             ("2026-02-23", "email", "Email: shortlisted late; interview on 9 March at 4")])

    # --- clients ---
    P("tariq", "Tariq Hussain", 2, "ally", power=True, location="Govanhill, Glasgow",
      company="Clydeview Housing Association", title="Development manager",
      how_met="Clydeview's first retrofit feasibility study, 2019", met_on="2019-03-12",
      interests={"affordable-housing": 1.0, "retrofit": 0.9}, expertise=["affordable-housing"],
      notes="49. Our biggest client: the Crow Road retrofits and Westmoreland Street (14 new homes on the gap site "
            "and the retrofit of the corner tenement), which goes to the Planning Applications Committee on Tuesday "
            "10 March with a hearing: 23 objections, mostly parking and the loss of the gap-site garden. I speak for "
            "the design. His board wants 10% off our fee for Crow Road phase 2; I promised him the fee proposal by "
            "Wednesday 11 March, and we meet on Friday 13 March. Recommended us to Southside Housing Co-op (thanked).",
      rhythm=[(10, H, "2026-02-26", ["meeting", "email", "call", "meeting"])],
      extra=[("2026-02-19", "meeting", "Meeting: his board wants 10% off the phase 2 fee; I said I'd come back "
              "with a proposal; fee meeting on 13 March", 75),
             ("2026-02-26", "call", "Call: the committee report recommends approval, but 23 objections means a "
              "hearing on 10 March; he wants me to speak", 25)],
      talk=["Westmoreland Street", "the Crow Road phase 2", "the tenants' heating bills", "his board", "the "
            "objectors", "fees", "the housing budget", "his boys' football"])
    P("anna", "Anna Lindqvist", 3, "ally", location="Hyndland, Glasgow",
      company="Queen Elizabeth University Hospital", title="Consultant anaesthetist",
      how_met="Client: the retrofit of her mews house in Hyndland", met_on="2024-05-08",
      interests={"retrofit": 0.9},
      notes="52. Swedish, precise. Her mews house is a deep retrofit to near-Passivhaus; McCallum & Ross went under "
            "with it 60% built: roof on, windows half in, no heating. Her rented flat ends in June. I promised her "
            "options and a programme for finishing by Monday 2 March, and a letter about my fee for re-tendering and "
            "running a new contract by Tuesday 10 March; we speak on Wednesday 11 March at 6. Not angry at me, yet.",
      rhythm=[(21, H, "2026-02-20", ["meeting", "email", "call"])],
      extra=[("2026-02-20", "call", "Call: told her McCallum & Ross went into administration this morning; she "
              "was silent, then furious, not at me", 30),
             ("2026-02-27", "email", "Email: she asked what finishing will cost, and whether my fee goes up too; "
              "promised her options and a programme by Monday")],
      talk=["the mews", "the windows", "the airtightness test", "the heat pump", "her rent", "the programme",
            "McCallum & Ross", "her shifts", "the kitchen"])
    P("maggie", "Maggie Boyle", 3, "ally", location="Wyndford, Maryhill, Glasgow", company="Wyndford Community Trust",
      title="Chair (volunteer); retired home help", how_met="The trust asked us to look at their hall in 2022",
      met_on="2022-06-14", interests={"community-buildings": 1.0, "community-asset-transfer": 0.9},
      need=("maggie-pavilion", "community-asset-transfer",
            "The council wants rid of the old bowling pavilion next to the hall; she wants the trust to take it on "
            "by community asset transfer, and nobody on the committee knows how to start", "2026-02-12"),
      notes="67. Fought eight years for the hall; the site start is Monday 9 March. I promised her the construction "
            "programme and a letter for the neighbours by Friday 6 March. On 12 February she told the committee the "
            "council wants rid of the bowling pavilion next door and she wants the trust to have it.",
      rhythm=[(14, H, "2026-02-26", ["meeting", "call", "message"])],
      extra=[("2026-02-12", "meeting", "Meeting: the trust committee; the bowling pavilion next door, an asset "
              "transfer, and nobody knows how", 120),
             ("2026-02-26", "call", "Call: she's baking for the site start and wants the neighbours told about "
              "the lorries", 25)],
      talk=["the hall", "the committee", "the funders", "the neighbours", "the bowling pavilion", "her "
            "grandweans", "the lunch club", "the site start"])
    P("martin", "Martin Ogilvie", 4, "friend", location="Milngavie", title="Retired oil engineer",
      how_met="Client: his house in Milngavie, 2023-25", met_on="2023-02-17",
      notes="58. Sends photos of his garden room in every season. Sent me his sister's house in Bearsden in "
            "November (thanked); its planning application is in with East Dunbartonshire.",
      rhythm=[(60, H, "2026-01-16", ["message", "email", "coffee"])],
      talk=["the garden room", "his sister's house", "his heat pump bills", "his grandson"])
    P("lesley", "Lesley Craig", 4, "ally", power=True, location="Glasgow",
      company="Glasgow City Council, Education Services", title="Schools estates officer",
      how_met="Client: the Hyndland Primary nursery extension, 2022-23", met_on="2022-01-19",
      interests={"school-design": 1.0},
      notes="Our client for the nursery extension at Hyndland Primary, Rory's school. The Broomhill Primary extension "
            "(four classrooms and a dining hall) is out to tender; it closes at noon on Friday 6 March on Public "
            "Contracts Scotland, and until the award we speak only through the portal.",
      rhythm=[(60, H, "2025-12-09", ["meeting", "email"])],
      extra=[("2025-12-09", "meeting", "Meeting: the nursery's post-occupancy review at Hyndland Primary; she said "
              "Broomhill was coming out and she can't talk to anyone once it's out", 60)],
      talk=["the nursery", "the school roll", "the post-occupancy review", "the capital programme"])

    # --- consultants, builders, planning ---
    P("neil", "Neil Henderson", 3, "ally", location="Glasgow", company="Brodie Kerr Partnership",
      title="Quantity surveyor (associate)", how_met="QS on Crow Road, 2019", met_on="2019-05-20",
      expertise=["cost-planning"],
      notes="Doing the Broomhill tender cost plan at risk, no fee unless we win (20 February; not thanked yet). I "
            "promised him the final drawings by Monday 2 March. Also QS on the hall.",
      rhythm=[(14, H, "2026-02-24", ["email", "meeting", "call"])],
      extra=[("2026-02-20", "meeting", "Meeting: the Broomhill cost plan; he'll do it at risk, no fee unless we "
              "win", 60)],
      talk=["the cost plan", "tender prices", "the hall's budget", "inflation", "Clydeview's cost limits"])
    P("yasmin", "Yasmin Qureshi", 3, "ally", location="Glasgow", company="Qureshi Baird Associates",
      title="Structural engineer; director", how_met="Engineer on my first job of my own, 2014", met_on="2014-06-03",
      expertise=["structural-engineering"],
      notes="Every tenement in the West End has been through her hands. Broomhill's structure, the mews steels, "
            "the hall. Surveyed the hall's roof trusses for free in 2024 for the trust's funding bid (thanked).",
      rhythm=[(21, H, "2026-02-25", ["email", "meeting", "call"])],
      talk=["the Broomhill structure", "the mews steels", "the hall trusses", "timber frame", "her practice"])
    P("bernie", "Bernie Quinn", 3, "ally", location="Possilpark, Glasgow", company="Quinn Building Ltd",
      title="Managing director", how_met="Built the Possilpark library refit for us, 2019", met_on="2019-01-28",
      interests={"construction": 1.0, "community-buildings": 0.6}, expertise=["construction"],
      offer=("bernie-sitemanagers", "site-manager",
             "Quinn Building needs two experienced site managers from April, for its new housing framework "
             "contracts", "2026-02-10"),
      notes="52. Forty staff, good at community jobs. Builds the Wyndford hall from Monday 9 March (34 weeks); the "
            "welfare cabins arrive the Friday before. On 10 February she emailed that Quinn is on the West of "
            "Scotland Housing Partnership framework and needs two experienced site managers from April.",
      rhythm=[(21, H, "2026-02-24", ["email", "call", "meeting"])],
      extra=[("2026-02-10", "email", "Email: Quinn's on the housing framework; she needs two site managers from "
              "April and can't find them"),
             ("2026-02-24", "call", "Call: the site start on 9 March; the cabins arrive on the 6th", 20)],
      talk=["the hall", "the programme", "subcontractors", "the framework", "materials prices", "the site start"])
    P("davie", "Davie McCallum", 3, "ally", location="Clydebank", company="McCallum & Ross Builders (in "
      "administration)", title="Builder; co-owner", how_met="Built my first house extension in 2014",
      met_on="2014-09-15", interests={"construction": 1.0}, expertise=["construction"],
      need=("davie-job", "site-manager",
            "Needs a site manager's job after McCallum & Ross went under: thirty years of tenement repairs, "
            "extensions and small housing", "2026-02-23"),
      notes="56. Ran McCallum & Ross in Clydebank with Tam Ross for 22 years; my builder of choice for tenements "
            "and houses since 2014. Went into administration on 20 February when Bellgrove Homes didn't pay "
            "£380,000; fourteen men laid off. Anna's mews was 60% built. Brought me the keys, his site diary and his "
            "subcontractors' numbers three days later (not thanked). I wrote him a reference on 26 February and "
            "promised to ask around for a site manager's job by Friday 13 March. Karen, two grown sons, a mortgage.",
      rhythm=[(18, H, "2026-02-26", ["call", "meeting", "message"])],
      extra=[("2026-02-20", "call", "Call: the administrators are in; Bellgrove never paid the £380,000; fourteen "
              "men laid off at nine this morning", 40),
             ("2026-02-23", "meeting", "Meeting: he brought the mews keys, his site diary and the subbies' numbers "
              "to the studio; grey and polite; he needs a site manager's job", 45),
             ("2026-02-26", "call", "Call: sent him the reference; 'anything, Fiona'", 20)],
      talk=["the mews", "his lads", "the Clydebank job", "Bellgrove Homes", "subcontractors", "the weather on "
            "site", "his sons", "Karen"])
    P("jim", "Jim Rafferty", 3, "ally", location="Govan, Glasgow", company="Rafferty Joinery",
      title="Joiner (sash and case windows, tenement joinery)", how_met="The Crow Road windows, 2023",
      met_on="2023-04-17", interests={"joinery": 1.0}, expertise=["joinery"],
      notes="61. Works with his son Paul. Restored every sash window at Crow Road; was doing the mews. Came out on a "
            "Saturday to board up the mews after McCallum & Ross left site (thanked). I nominated him in December "
            "for the craft award at the Glasgow Institute of Architects' awards; the dinner is Friday 13 March.",
      rhythm=[(30, H, "2026-02-25", ["call", "meeting", "message"])],
      extra=[("2026-02-21", "activity", "Outing: Saturday at the mews with Jim, boarding up the open windows in the "
              "rain; thanked him with a bacon roll and a bottle", 180)],
      talk=["the mews windows", "the Crow Road sashes", "Paul", "timber prices", "his apprentice", "Rangers"])
    P("gordon", "Gordon Laird", 3, "ally", location="Glasgow", company="Laird Planning",
      title="Planning consultant", how_met="Clydeview's planning consultant since 2019", met_on="2019-10-02",
      expertise=["planning"], interests={"planning": 1.0},
      notes="Preparing the Westmoreland Street hearing at half his rate because it's social housing (thanked). "
            "Wants my slides (ten slides, five minutes) by Wednesday 4 March. Calls the committee 'the theatre'.",
      rhythm=[(21, H, "2026-02-27", ["email", "call", "meeting"])],
      extra=[("2026-02-18", "meeting", "Meeting: the hearing: five minutes each side; he'll do it at half rate; "
              "thanked him", 60),
             ("2026-02-27", "email", "Email: the committee report is out; my slides by Wednesday, please")],
      talk=["the hearing", "the objectors", "the committee", "conditions", "the parking study", "the report"])
    P("stuart", "Stuart Mair", 4, "acquaintance", location="Glasgow", company="Glasgow City Council",
      title="Planning officer (case officer, Westmoreland Street)", how_met="Case officer on our Glasgow schemes "
      "since 2021", met_on="2021-04-20",
      notes="His report on Westmoreland Street, published on 27 February, recommends approval with conditions. We "
            "don't talk before the committee except about facts.",
      rhythm=[(45, H, "2026-02-06", ["email", "meeting", "call"])],
      talk=["conditions", "the parking study", "the daylight report", "the committee date"])
    P("gillian", "Gillian Lyons", 4, "ally", location="Kirkintilloch", company="East Dunbartonshire Council",
      title="Team leader, development management (from 23 February)",
      how_met="Case officer for Martin's house in Milngavie", met_on="2023-06-05",
      notes="Handled Martin's house and now his sister's in Bearsden; straight and quick. LinkedIn says she was "
            "made team leader, development management, on 23 February.",
      rhythm=[(60, H, "2026-01-28", ["email", "call", "meeting"])],
      extra=[("2026-01-28", "call", "Call: the Bearsden application is valid; she's taking it herself", 15)],
      talk=["the Bearsden application", "the Milngavie conditions", "her caseload"])

    # --- the profession and the school ---
    P("heather", "Heather Muir", 3, "ally", power=True, location="Glasgow",
      company="Mackintosh School of Architecture, Glasgow School of Art", title="Stage 4 year leader",
      how_met="Brought me in as a studio tutor in 2019", met_on="2019-08-26",
      interests={"architecture-education": 1.0}, expertise=["architecture-education"],
      notes="I tutor Stage 4 on Thursdays. The Year 4 interim crits are Thursday 12 March, all day; I promised her "
            "the crit schedule and Sanjay's travel by Friday 6 March.",
      rhythm=[(7, H, "2024-12-12", ["meeting", "meeting", "email"]),
              (7, "2025-01-16", "2025-03-27", ["meeting", "meeting", "email"]),
              (7, "2025-04-24", "2025-05-29", ["meeting", "email"]),
              (7, "2025-09-18", "2025-12-11", ["meeting", "meeting", "email"]),
              (7, "2026-01-15", "2026-02-26", ["meeting", "meeting", "email"])],
      talk=["the Year 4 studio", "the crits", "the students' housing projects", "the school's budget",
            "external examiners", "a student in trouble"])
    P("leila", "Leila Haddad", 4, "acquaintance", location="Glasgow",
      company="Mackintosh School of Architecture", title="Stage 4 student", how_met="My Stage 4 student since "
      "September", met_on="2025-09-18", interests={"retrofit": 0.8},
      notes="24. Her project retrofits a Maryhill tenement block into housing for older people. Bright, behind, and "
            "her structure is wrong and she knows it. I promised to read her draft design report by Tuesday 10 March, "
            "before the crits.",
      rhythm=[(7, "2025-09-18", "2025-12-11", ["meeting", "meeting", "email"]),
              (7, "2026-01-15", "2026-02-19", ["meeting", "meeting", "email"])],
      extra=[("2026-02-26", "meeting", "Meeting: an extra tutorial on her structure; I promised to read her report "
              "before the crit", 60)],
      talk=["her tenement project", "the structure", "her section drawings", "the older residents she "
            "interviewed", "her part-time job"])
    P("douglas", "Douglas Niven", 4, "ally", power=True, location="Glasgow", company="RIAS",
      title="Architect (retired from practice); chairs the RIAS design review panel in Glasgow",
      how_met="Asked me onto the design review panel in 2022", met_on="2022-02-01",
      expertise=["design-review"],
      notes="71. The panel meets on the first Tuesday of the month at the Lighthouse; I promised him my written "
            "comments from the 3 March panel by Thursday 5 March, and Archie's obituary for the RIAS Quarterly by 20 "
            "March. He and Archie were friends for fifty years.",
      rhythm=[(30, H, "2026-02-03", ["meeting", "meeting", "email"])],
      extra=[("2026-02-27", "email", "Email: the 3 March agenda (two student housing blocks and a distillery "
              "visitor centre), and would I write Archie's obituary for the Quarterly")],
      talk=["the panel", "the schemes on the agenda", "the RIAS", "Archie", "design quality in housing"])
    P("archie", "Archie Buchanan", 4, "advocate", peak=2, status="deceased", location="Kelvinside, Glasgow",
      company="Buchanan Kerr Architects", title="Architect; founding partner (retired)",
      how_met="Took me on straight out of the Mac in 2005; my first boss", met_on="2005-07-04", birthday="1946-06-08",
      notes="Founded Buchanan Kerr Architects in 1978; taught me everything I know about tenements; let me go with "
            "his blessing in 2014 and sent me my first client. Died at home on 25 February, aged 79.",
      rhythm=[(120, H, "2025-12-20", ["call", "letter", "activity"])],
      extra=[("2025-12-20", "activity", "Outing: visited him in Kelvinside; frail, still sharp, marked up my Crow "
              "Road photographs in red pen", 90)],
      talk=["the old office", "tenements", "my practice", "his roses", "the RIAS"])
    P("elspeth", "Elspeth Buchanan", 4, "friend", location="Kelvinside, Glasgow", title="Retired music teacher",
      how_met="Archie's wife; I've known her since 2005", met_on="2005-07-04",
      notes="74. Archie's wife of fifty years. Asked me to speak for the practice years at his funeral, Thursday 5 "
            "March at 11 at the University Memorial Chapel; I promised her my words by Tuesday 3 March for the "
            "minister.",
      rhythm=[(90, H, "2025-12-20", ["call", "letter"])],
      extra=[("2026-02-25", "call", "Call: Archie died this morning at home; she asked if I'd speak for the "
              "practice years at the funeral", 30),
             ("2026-02-28", "call", "Call: the funeral is Thursday 5 March at 11 at the Memorial Chapel; she "
              "needs my words by Tuesday for the minister", 20)],
      talk=["Archie", "her choir", "their grandchildren", "Christmas"])
    P("fraser", "Fraser Gillies", 4, "ally", location="Shawlands, Glasgow", company="Gillies Architects",
      title="Architect; director", how_met="We were both at Buchanan Kerr, 2006-10", met_on="2006-01-09",
      notes="50. We pass each other work. I gave him the Pollokshields church conversion in May 2025 (he won it); on "
            "17 February he passed me a couple in Strathbungo who want their main-door flat retrofitted (not thanked "
            "yet). Will be at Archie's funeral.",
      rhythm=[(45, H, "2026-02-17", ["coffee", "call", "message"])],
      extra=[("2026-02-17", "call", "Call: he's passing me the Strathbungo couple; too small for him now", 15)],
      talk=["work", "fees", "the church conversion", "Archie", "the old office", "tenders"])
    P("colette", "Colette Brennan", 4, "ally", location="Glasgow", company="Brennan Sloan Architects",
      title="Conservation architect; partner", how_met="The RIAS design review panel", met_on="2022-02-01",
      interests={"hiring": 0.6},
      notes="48. Hiring too; on 11 February asked me to send her whichever good Part 2 I don't take.",
      rhythm=[(60, H, "2026-02-11", ["coffee", "email", "event"])],
      extra=[("2026-02-11", "coffee", "Coffee: she's hiring too; send her whichever good Part 2 I don't take", 45)],
      talk=["the panel", "lime mortar", "hiring", "fees", "her listed buildings"])
    P("ruth", "Ruth Kerr", 4, "friend", peak=2, power=True, location="Edinburgh",
      company="Architecture and Design Scotland", title="Head of design (from 9 February)",
      how_met="In my year at the Mackintosh School; flatmates in fourth year", met_on="1998-09-28",
      expertise=["design-review"],
      notes="45. We drew through the night in the Mackintosh Building. A director at a big Edinburgh practice for ten "
            "years; started on 9 February as head of design at Architecture and Design Scotland, the national design "
            "agency (I saw it on LinkedIn). Last spoke at Christmas.",
      rhythm=[(120, H, "2025-12-19", ["message", "email", "coffee"])],
      extra=[("2025-12-19", "message", "Messages: Christmas; she hinted at 'a change in the new year'")],
      talk=["the Mac days", "her practice", "Edinburgh", "her kids", "the fire at the Mac"])
    P("sanjay", "Sanjay Mehta", 4, "friend", peak=2, location="London", company="a London housing practice",
      title="Architect; director", how_met="In my year at the Mackintosh School", met_on="1998-09-28",
      notes="46. Does big housing schemes in London. Guest critic at the Year 4 crits on 12 March, coming up at his "
            "own cost (not thanked); arrives Wednesday 11 March and stays with us.",
      rhythm=[(90, H, "2026-02-19", ["email", "message", "call"])],
      extra=[("2026-02-19", "email", "Email: yes to the Year 4 crits on 12 March; he'll come up on the Wednesday "
              "and stay with us")],
      talk=["London housing", "the Mac days", "his partner Dev", "the crits", "his practice"])
    P("marisa", "Marisa Costa", 4, "friend", peak=3, location="Dundee", company="Costa Studio",
      title="Architect; founder (from 18 February)", how_met="Our Part 2, then architect, 2019-22",
      met_on="2019-09-02",
      notes="33. I signed off her Part 3 in 2022. Moved to Dundee for a bigger practice; launched her own, Costa "
            "Studio, on 18 February (LinkedIn).",
      rhythm=[(90, H, "2025-11-21", ["message", "email"])],
      extra=[("2025-11-21", "message", "Messages: she's leaving her job in Dundee; 'something of my own, maybe'")],
      talk=["Dundee", "her practice", "the studio gossip", "her Part 3 days"])
    P("alan", "Alan Cowie", 5, "friend", peak=3, location="Glasgow",
      company="Development Trusts Association Scotland", title="Community ownership adviser",
      how_met="In my year at the Mackintosh School", met_on="1998-09-28",
      expertise=["community-asset-transfer"], interests={"community-asset-transfer": 1.0},
      offer=("alan-cat", "community-asset-transfer",
             "Has funded adviser days for community groups taking on a council building by community asset "
             "transfer", "2025-11-20"),
      notes="46. Left architecture in 2010 for community development. In November his newsletter said DTAS has "
            "funded adviser days for community groups taking on a council building by asset transfer.",
      rhythm=[(180, H, "2025-11-20", ["email", "message"])],
      extra=[("2025-11-20", "email", "Email: his DTAS newsletter; funded adviser days for groups taking on a "
              "building")],
      talk=["community ownership", "the Mac days", "his kids"])
    P("jo", "Jo Kelly", 5, "friend", peak=2, location="Vancouver", title="Architect",
      how_met="My flatmate in first and second year at the Mac", met_on="1998-09-28",
      notes="In Vancouver since 2006. Birthday messages, mostly.",
      extra=[("2024-12-23", "message", "Messages: Christmas; photos of snow on the North Shore"),
             ("2025-08-19", "message", "Messages: she remembered my birthday; I'd forgotten hers in June")])

    # group contacts
    b.add(H, "event", ["tariq", "kenny", "priya", "jim", "yasmin", "neil"],
          "At an event: the tenants' open day at Crow Road, Clydeview's first deep retrofit; the heating bills "
          "have halved", 180, "mutual")
    b.add("2024-12-25", "meal", ["ruaridh", "isla", "rory", "hamish", "jean", "shona"],
          "Dinner: Christmas in Bridge of Allan", 300, "mutual")
    b.add("2024-12-30", "meal", ["morag", "iain"], "Dinner: Hogmanay week in Portree; Mum's clootie dumpling",
          180, "mutual")
    b.add("2025-05-16", "event", ["maggie", "bernie", "priya"],
          "At an event: the hall's funding announced at the trust's AGM; Maggie cried", 120, "mutual")
    b.add("2025-07-19", "activity", ["morag", "iain", "kirsty"],
          "Outing: the three of us with Mum at the croft at Braes; Kirsty sick in the mornings and not saying "
          "why", 240, "mutual")
    b.add("2025-10-11", "event", ["sorcha", "calum", "finlay"],
          "At an event: the Mòd in Fort William; fourth in our competition and a great night after", 600, "mutual")
    b.add("2025-11-14", "call", ["morag", "iain", "kirsty"],
          "Call: six years since Dad; the four of us on speaker", 30, "mutual")
    b.add("2025-12-25", "meal", ["ruaridh", "isla", "rory", "hamish", "jean", "shona"],
          "Dinner: Christmas at ours; Hamish breathless on the stairs, which we all noticed and nobody said", 300,
          "mutual")
    b.add("2025-12-29", "meal", ["morag", "iain"], "Dinner: Portree between Christmas and New Year; the boiler's "
          "on its last legs", 180, "mutual")
    b.add("2026-01-22", "meeting", ["maggie", "bernie", "priya"],
          "Meeting: signing the building contract for the hall; 34 weeks from 9 March", 90, "mutual")
    b.add("2026-02-16", "meeting", ["kenny", "priya", "neil", "yasmin"],
          "Meeting: the Broomhill tender workshop: structure, cost plan, programme", 180, "mutual")
    b.add("2026-02-25", "meeting", ["anna", "jim", "yasmin"],
          "Meeting: walked the half-built mews with Anna, Jim and Yasmin: roof on, windows half in, no heating; "
          "Anna very quiet", 90, "mutual")
    b.add("2026-02-28", "call", ["iain", "kirsty"],
          "Call: the three of us: my third of Mum's boiler, her birthday present, Dad's tapes", 40, "mutual")

    # life events
    b.event("ev-hamish-valve", "hamish", "2026-01-21", "illness",
            "Severe aortic stenosis; a TAVI valve replacement booked at the Golden Jubilee for 10 March")
    b.event("ev-ruth-ads", "ruth", "2026-02-09", "new_job", "Started as head of design at Architecture and Design "
            "Scotland")
    b.event("ev-marisa-studio", "marisa", "2026-02-18", "launch", "Launched her own practice, Costa Studio, in Dundee")
    b.event("ev-davie-firm", "davie", "2026-02-20", "job_loss",
            "McCallum & Ross Builders went into administration after a client failed to pay £380,000; fourteen "
            "laid off")
    b.event("ev-gillian-lead", "gillian", "2026-02-23", "promotion",
            "Made team leader, development management, at East Dunbartonshire Council")
    b.event("ev-elspeth-archie", "elspeth", "2026-02-25", "bereavement",
            "Her husband, Archie Buchanan, died at home; the funeral is 5 March at the University Memorial Chapel")
    b.event("ev-kirsty-baby", "kirsty", "2026-03-04", "baby",
            "A boy, Alasdair Donald, born at Whipps Cross eight days early; both well")
    b.event("ev-priya-father", "priya", "2026-03-04", "illness",
            "Her father had a heart attack in Kochi; she flies home on the 5th")
    b.event("ev-sorcha-wedding", "sorcha", "2026-03-07", "wedding", "Married Jen Lafferty at Òran Mór")
    b.event("ev-jim-award", "jim", "2026-03-13", "award",
            "Won the craft award at the Glasgow Institute of Architects' awards for the Crow Road sash windows")

    # favors
    b.favor("fv-neil-costplan", "neil", "me", "2026-02-20", "favor",
            "Doing the Broomhill tender cost plan at risk, no fee unless we win")
    b.favor("fv-davie-handover", "davie", "me", "2026-02-23", "favor",
            "Brought me the mews keys, his site diary and his subcontractors' numbers, three days after his firm "
            "went under")
    b.favor("fv-jim-boardup", "jim", "me", "2026-02-21", "favor",
            "Came out on a Saturday to board up the mews after McCallum & Ross left site", "2026-02-21")
    b.favor("fv-fraser-strathbungo", "fraser", "me", "2026-02-17", "referral",
            "Passed me a couple in Strathbungo who want their main-door flat retrofitted")
    b.favor("fv-me-fraser", "me", "fraser", "2025-05-12", "referral",
            "Passed him the Pollokshields church conversion I had no room for", outcome="He won it")
    b.favor("fv-tariq-southside", "tariq", "me", "2025-09-08", "referral",
            "Recommended us to Southside Housing Co-op for their retrofit pilot", "2025-09-09",
            "A feasibility study, commissioned in November")
    b.favor("fv-gordon-hearing", "gordon", "me", "2026-02-18", "favor",
            "Preparing the Westmoreland Street hearing at half his rate", "2026-02-18")
    b.favor("fv-yasmin-trusses", "yasmin", "me", "2024-11-12", "advice",
            "Surveyed the hall's roof trusses for free for the trust's funding bid", "2024-11-13")
    b.favor("fv-martin-sister", "martin", "me", "2025-11-10", "referral", "Sent me his sister's house in Bearsden",
            "2025-11-10", "Planning application submitted in January")
    b.favor("fv-iain-mum", "iain", "me", "2026-01-15", "favor",
            "Looks in on Mum every day, and sorted her new boiler and the loft insulation")
    b.favor("fv-eilidh-rory", "eilidh", "me", "2026-02-05", "favor",
            "Had Rory overnight when I was in Inverness and Ruaridh was on nights", "2026-02-06")
    b.favor("fv-mhairi-tavi", "mhairi", "me", "2026-01-24", "advice",
            "Explained Hamish's TAVI to me and Ruaridh", "2026-01-24")
    b.favor("fv-sanjay-crit", "sanjay", "me", "2026-02-19", "favor",
            "Coming up from London at his own cost to be guest critic at the Year 4 crits")
    b.favor("fv-archie-client", "archie", "me", "2014-03-10", "referral",
            "Let me go with his blessing and sent me my first client", "2014-03-11")
    b.favor("fv-me-davie", "me", "davie", "2026-02-26", "recommendation",
            "Wrote him a reference for site manager jobs")
    b.favor("fv-me-maggie", "me", "maggie", "2024-11-20", "favor",
            "Did the hall's feasibility study at cost for the trust's funding bid")
    b.favor("fv-me-marisa", "me", "marisa", "2022-06-30", "recommendation",
            "Signed off her Part 3 experience and wrote her reference")
    b.favor("fv-me-jim", "me", "jim", "2025-12-05", "endorsement",
            "Nominated him for the craft award at the Glasgow Institute of Architects' awards")
    b.favor("fv-me-leila", "me", "leila", "2026-02-26", "advice", "An extra tutorial on her structure")

    # follow-ups
    b.follow_up("fu-anna-options", "anna", True, "Send Anna the options and a programme for finishing the mews",
                "2026-03-02")
    b.follow_up("fu-neil-drawings", "neil", True, "Send Neil the final Broomhill drawings for the cost plan",
                "2026-03-02")
    b.follow_up("fu-elspeth-words", "elspeth", True, "Send Elspeth my words about Archie for the funeral",
                "2026-03-03")
    b.follow_up("fu-kenny-answers", "kenny", True,
                "Finish my quality answers for the Broomhill tender (approach, social value, the team)", "2026-03-04")
    b.follow_up("fu-gordon-slides", "gordon", True, "Send Gordon my hearing slides (ten slides, five minutes)",
                "2026-03-04")
    b.follow_up("fu-douglas-comments", "douglas", True, "Send Douglas my written comments from the design review "
                "panel", "2026-03-05")
    b.follow_up("fu-aga-vat", "aga", True, "Approve the VAT return and the February invoices with Aga", "2026-03-05")
    b.follow_up("fu-iain-boiler", "iain", True, "Send Iain my third of Mum's new boiler (£1,400)", "2026-03-06")
    b.follow_up("fu-maggie-programme", "maggie", True,
                "Send Maggie the construction programme and the letter for the neighbours", "2026-03-06")
    b.follow_up("fu-heather-schedule", "heather", True, "Send Heather the crit schedule and Sanjay's travel",
                "2026-03-06")
    b.follow_up("fu-rory-top", "rory", True, "Get Rory's Partick Thistle away top for his birthday", "2026-03-07")
    b.follow_up("fu-morag-present", "morag", True,
                "Post Mum's birthday present (my drawing of the croft house at Braes, framed)", "2026-03-09")
    b.follow_up("fu-ruaridh-table", "ruaridh", True, "Book the Ubiquitous Chip for our anniversary", "2026-03-09")
    b.follow_up("fu-anna-fee", "anna", True, "Send Anna the fee letter for re-tendering and running a new contract",
                "2026-03-10")
    b.follow_up("fu-leila-report", "leila", True, "Read Leila's draft design report before the crit", "2026-03-10")
    b.follow_up("fu-tariq-fee", "tariq", True, "Send Tariq the phase 2 fee proposal", "2026-03-11")
    b.follow_up("fu-hamish-visit", "hamish", True, "Visit Hamish at the Golden Jubilee after Isla's exam",
                "2026-03-11")
    b.follow_up("fu-davie-jobs", "davie", True, "Ask around for a site manager's job for Davie", "2026-03-13")
    b.follow_up("fu-hannah-outcome", "hannah", True, "Let Hannah know the outcome of her interview", "2026-03-13")
    b.follow_up("fu-seun-outcome", "seun", True, "Let Seun know the outcome of his interview", "2026-03-13")
    b.follow_up("fu-ewan-outcome", "ewan", True, "Let Ewan know the outcome of his interview", "2026-03-13")
    b.follow_up("fu-douglas-obituary", "douglas", True, "Write Archie's obituary for the RIAS Quarterly",
                "2026-03-20")
    b.follow_up("fu-douglas-panel", "douglas", False, "RIAS design review panel at the Lighthouse (9.30)",
                "2026-03-03")
    b.follow_up("fu-hannah-interview", "hannah", False, "Her interview for the Part 2 post (10am, the studio)",
                "2026-03-04")
    b.follow_up("fu-seun-interview", "seun", False, "His interview for the Part 2 post (2pm, the studio)",
                "2026-03-04")
    b.follow_up("fu-elspeth-funeral", "elspeth", False,
                "Archie's funeral at the University Memorial Chapel (11am); I'm speaking", "2026-03-05")
    b.follow_up("fu-lesley-tender", "lesley", False,
                "The Broomhill Primary tender closes at noon on Public Contracts Scotland", "2026-03-06")
    b.follow_up("fu-maggie-prestart", "maggie", False, "Pre-start meeting at the hall with Quinn and the trust "
                "(2pm)", "2026-03-06")
    b.follow_up("fu-sorcha-wedding", "sorcha", False, "Her wedding to Jen at Òran Mór (2pm); the choir sings",
                "2026-03-07")
    b.follow_up("fu-rory-party", "rory", False, "His eleventh: five-a-side and pizza at Scotstoun", "2026-03-08")
    b.follow_up("fu-bernie-start", "bernie", False, "Site start at the Wyndford Community Hall (8am)", "2026-03-09")
    b.follow_up("fu-ewan-interview", "ewan", False, "His interview for the Part 2 post (4pm, the studio)",
                "2026-03-09")
    b.follow_up("fu-tariq-hearing", "tariq", False,
                "Planning Applications Committee hearing on Westmoreland Street, City Chambers (10am); I speak",
                "2026-03-10")
    b.follow_up("fu-hamish-tavi", "hamish", False, "His TAVI at the Golden Jubilee; Ruaridh and Jean take him in",
                "2026-03-10")
    b.follow_up("fu-isla-exam", "isla", False, "Her Higher Music performance exam (1.30, fiddle and piano)",
                "2026-03-11")
    b.follow_up("fu-anna-call", "anna", False, "Call with Anna about finishing the mews and my fee (6pm)",
                "2026-03-11")
    b.follow_up("fu-sanjay-arrives", "sanjay", False, "He arrives from London and stays with us", "2026-03-11")
    b.follow_up("fu-kirsty-due", "kirsty", False, "Her due date", "2026-03-12")
    b.follow_up("fu-heather-crits", "heather", False, "The Year 4 interim crits, all day; Sanjay is guest critic",
                "2026-03-12")
    b.follow_up("fu-tariq-shortlist", "tariq", False,
                "The RIAS Awards shortlist is announced; the Crow Road retrofit is entered", "2026-03-12")
    b.follow_up("fu-tariq-feemeeting", "tariq", False, "Phase 2 fee meeting at Clydeview (10am)", "2026-03-13")
    b.follow_up("fu-jim-dinner", "jim", False, "The Glasgow Institute of Architects' awards dinner; Jim is up for "
                "the craft award", "2026-03-13")
    b.follow_up("fu-rory-semi", "rory", False, "His cup semi-final at Scotstoun (10am)", "2026-03-14")

    # goals
    b.goal("g-broomhill", "Win the Broomhill Primary extension tender (closes noon, Friday 6 March)",
           ["school-design", "public-procurement"], 1, ["kenny", "neil", "yasmin", "priya", "lesley"])
    b.goal("g-westmoreland", "Get Westmoreland Street through committee on 10 March, and keep Clydeview for phase "
           "2 at a fee we can live on", ["affordable-housing", "planning"], 1,
           ["tariq", "gordon", "stuart", "kenny", "aga"])
    b.goal("g-hall", "Start the Wyndford Community Hall on 9 March and keep it on programme", ["community-buildings"],
           2, ["maggie", "bernie", "priya", "yasmin", "neil"])
    b.goal("g-mews", "Finish Anna's mews after McCallum & Ross, and see Davie right", ["retrofit", "construction"],
           2, ["anna", "davie", "jim", "yasmin"])
    b.goal("g-team", "Hire a Part 2 by April, and keep Kenny, Priya and Aga", ["hiring", "architecture-education"], 2,
           ["hannah", "seun", "ewan", "kenny", "priya", "aga", "colette", "heather"])
    b.goal("g-family", "Be there for Hamish through his valve and for Mum on Skye; keep Rory's birthday, Isla's "
           "exam and our anniversary", ["heart-health", "gaelic-song"], 1,
           ["hamish", "jean", "shona", "ruaridh", "morag", "iain", "kirsty", "isla", "rory"])
    b.goal("g-archie", "Do right by Archie, and teach the Year 4s well", ["architecture-education"], 3,
           ["elspeth", "douglas", "heather", "leila", "sanjay", "fraser"])

    # saved items
    b.item("it-part2-pay", "What Scottish practices are paying Part 2s in 2026",
           "https://example.org/part-2-pay-scotland-2026", ["hiring"], "2026-03-02")
    b.item("it-tavi", "TAVI: a new heart valve through the groin, and home in three days",
           "https://example.org/tavi-explained", ["heart-health"], "2026-03-03")
    b.item("it-tenement-retrofit", "Deep retrofit of Glasgow's tenements: what the first blocks have taught us",
           "https://example.org/glasgow-tenement-retrofit", ["retrofit", "affordable-housing"], "2026-03-04")
    b.item("it-builders", "Why Scotland's small builders are going under",
           "https://example.org/scotland-small-builders-insolvency", ["construction"], "2026-03-05")
    b.item("it-cat", "Ten years of community asset transfer in Scotland: the buildings and the lessons",
           "https://example.org/community-asset-transfer-ten-years", ["community-asset-transfer",
           "community-buildings"], "2026-03-09")
    b.item("it-attic-tapes", "The attic tapes: how families are saving Gaelic song",
           "https://example.org/gaelic-song-attic-tapes", ["gaelic-song"], "2026-03-10")
    b.item("it-school-extensions", "Extending the Victorian primary school: daylight, dining halls and decant",
           "https://example.org/primary-school-extensions", ["school-design"], "2026-03-12")
    b.hand_first()
    return b


def pharmacist():
    b = Book("pharmacist", seed=44116)
    H = "2024-10-01"  # history starts: my first day as owner of Oadby Pharmacy on The Parade
    P = b.known

    # --- home and family ---
    P("anjali", "Anjali Shah", 1, "advocate", kin=True, location="Stoneygate, Leicester",
      company="Evington Park Academy", title="Head of chemistry",
      how_met="My wife; we met at a friend's wedding in Nairobi in 2006", met_on="2006-08-12",
      birthday="1983-06-19",
      dates=[("our-wedding", "Our wedding anniversary (Nairobi, 2008)", "2008-03-08")],
      interests={"chemistry-teaching": 0.9, "cooking": 0.6},
      notes="42. Grew up in Nairobi; came to Leicester when we married. Head of chemistry at a secondary academy in "
            "Evington. Our 18th anniversary is Sunday 8 March, the day of the Holi colours in Abbey Park; I promised "
            "to collect the framed print of our wedding photo from the framers on Queens Road by Saturday 7 March. "
            "Her father had a biopsy in Nairobi on 23 February; the results come this week and she is pretending not "
            "to wait for them. She is taking Ba in for her knee on Monday 9 March because I have the interview.",
      rhythm=[(2, H, "2026-03-01", ["meal", "message", "meal", "activity", "call", "meal"])],
      extra=[("2026-02-22", "meal", "Dinner: the calendar: the inspection, Ba's knee, the bid, Arjun's party; she'll "
              "take Ba in on the 9th so I can do the interview", 90),
             ("2026-03-01", "meal", "Sunday lunch: her dad's results due this week; she says she's fine; Ba says "
              "she isn't", 80)],
      talk=["the children", "Ba's knee", "her department", "Papa's biopsy", "Priya's GCSE options", "money",
            "the Oadby refit", "Arjun's party", "the temple", "a walk in Victoria Park", "Nairobi", "her Year 11s",
            "our anniversary"])
    P("priya", "Priya Shah", 1, "advocate", kin=True, location="Stoneygate, Leicester",
      company="Beaumont Park School (Year 10)", title="Student", how_met="My daughter",
      birthday="2010-09-21", interests={"science": 1.0, "cricket": 0.6},
      notes="15. Year 10; wants to be a doctor, which pleases her mother and worries me. Her project on the "
            "antibacterial properties of turmeric, garlic and honey is in the Leicestershire Schools' Science Fair; "
            "the finals and prizes are Friday 6 March at 6 at the National Space Centre and she made me promise to "
            "be there, not at the shop.",
      rhythm=[(3, H, "2026-03-01", ["meal", "activity", "message", "meal"])],
      extra=[("2026-02-28", "activity", "Outing: helped her print the science-fair poster at the library; the "
              "honey plates came out best", 120)],
      talk=["her science project", "school", "her friends", "GCSE options", "cricket nets", "her phone",
            "Ba", "the mock exams", "a film", "driving lessons she's not old enough for"])
    P("arjun", "Arjun Shah", 1, "advocate", kin=True, location="Stoneygate, Leicester",
      title="Year 5 pupil", how_met="My son", birthday="2016-03-14", interests={"cricket": 1.0, "lego": 0.8},
      notes="Turns ten on Saturday 14 March. Party at the trampoline park on Saturday at 2, eleven boys. Wants a "
            "proper cricket bat, a Gray-Nicolls, size 6; I said I'd get it.",
      rhythm=[(3, H, "2026-03-01", ["activity", "meal", "activity", "message"])],
      talk=["cricket", "Lego", "his homework", "his party", "Minecraft", "Ba's stories", "the walk to school",
            "football at lunch", "his spelling test"])
    P("kusum", "Kusum Shah", 1, "advocate", kin=True, location="Stoneygate, Leicester (lives with us)",
      title="Retired (machinist, then ran the corner shop with Bapuji)", how_met="Ba, my mother",
      birthday="1951-08-04", interests={"bhajans": 0.9, "gardening": 0.5},
      dates=[("bapuji-died", "Bapuji died (2019)", "2019-11-02")],
      notes="74. Came from Kampala in 1972, via a camp in Wales, to Belgrave. Widowed since 2019; has lived with us "
            "since. Left knee replacement at Leicester General on Monday 9 March (admitted at 7); home two or three "
            "days later, and on a frame for weeks. Frightened of the anaesthetic, brave about everything else. "
            "Mothering Sunday is the 15th.",
      rhythm=[(2, H, "2026-03-01", ["meal", "activity", "meal", "call"])],
      extra=[("2026-02-17", "activity", "Outing: her pre-op assessment at Leicester General; the knee is booked for "
              "9 March", 180)],
      talk=["her knee", "the temple", "the bhajan group", "Bapuji", "the grandchildren", "what she's cooking",
            "her friends from Kampala", "her tablets", "Sanjay", "the garden"])
    P("sanjay", "Sanjay Shah", 1, "advocate", kin=True, location="Pinner, London",
      company="Harcourt Bank", title="Solutions architect", how_met="My younger brother", birthday="1984-12-09",
      interests={"technology": 0.8, "cricket": 0.9},
      notes="41. Moved out to Pinner last summer with Reena and the girls. Phones Ba every night. Coming up with "
            "Reena on Saturday 14 March for Arjun's birthday and to see Ba after her knee.",
      rhythm=[(5, H, "2026-03-01", ["call", "message", "video", "call"])],
      talk=["Ba's knee", "his work", "the girls", "the Pinner house", "Leicester Tigers", "cricket",
            "Bapuji's anniversary", "money for Ba", "his commute"])
    P("vik", "Vikram Parmar", 1, "advocate", location="Oadby", company="Parmar & Co Solicitors",
      title="Solicitor (property)", how_met="Best friend since the first form at City of Leicester College",
      met_on="1993-09-06", birthday="1981-10-14", interests={"cricket": 1.0, "property": 0.7},
      expertise=["property-law"],
      notes="44. My oldest friend; opens the batting for the seconds; godfather to Arjun. Did the Oadby lease "
            "variation for the refit for nothing (thanked him over a curry). The one I tell when it's bad.",
      rhythm=[(6, H, "2026-03-01", ["meal", "message", "activity", "call", "event"])],
      extra=[("2026-02-27", "meal", "Curry on Belgrave Road: thanked him for the lease; talked about Dean, Farhan, "
              "and whether I've bought one shop too many", 120)],
      talk=["cricket", "the lease", "his kids", "Dean", "Tigers", "the club bar", "the Oadby shop", "his mum",
            "property prices", "winter nets"])
    P("reena", "Reena Shah", 3, "friend", kin=True, location="Pinner, London", company="NHS North West London",
      title="Physiotherapist", how_met="Sanjay's wife", birthday="--05-30",
      notes="Has sent Ba the exercises for after the knee, with drawings.",
      rhythm=[(30, H, "2026-02-20", ["message", "call", "meal"])],
      talk=["Ba's knee exercises", "the girls", "Pinner", "her clinic"])
    P("pravin", "Pravin Patel", 2, "advocate", kin=True, location="Parklands, Nairobi",
      title="Retired engineer (Kenya Power)", how_met="Anjali's father", birthday="1953-01-27",
      interests={"cricket": 0.9},
      notes="73. Had a prostate biopsy at the Aga Khan in Nairobi on 23 February after a raised PSA; says it's "
            "nothing; the results are due in the first week of March. Calls me for drug advice his own doctors "
            "should give him.",
      rhythm=[(14, H, "2026-02-25", ["video", "call", "message"])],
      extra=[("2026-02-25", "video", "Video call: the biopsy on Monday; he asked me what tamsulosin does and "
              "then said it's nothing", 30)],
      talk=["his PSA", "Kenyan politics", "the grandchildren", "cricket", "his tablets", "Jyoti's garden",
            "the Nairobi traffic"])
    P("jyoti", "Jyoti Patel", 2, "advocate", kin=True, location="Parklands, Nairobi",
      title="Retired teacher", how_met="Anjali's mother", birthday="1956-11-11",
      rhythm=[(12, H, "2026-02-28", ["video", "call", "message"])],
      talk=["Pravin's tests", "the grandchildren", "her garden", "Anjali", "Diwali plans", "her sister in Mumbai"])
    P("deepak", "Deepak Shah", 3, "friend", kin=True, location="Belgrave, Leicester",
      company="Shah's Sweet Mart, Belgrave Road", title="Owner", how_met="My cousin (my father's brother's son)",
      birthday="--07-02",
      notes="Makes the Holi sweets for the temple; next door but three to the Belgrave pharmacy.",
      rhythm=[(14, H, "2026-02-26", ["activity", "message", "event", "meal"])],
      talk=["the sweet shop", "Belgrave Road parking", "Diwali orders", "the Holi sweets", "his dad", "business "
            "rates"])

    # --- the Belgrave pharmacy ---
    P("harpreet", "Harpreet Gill", 2, "ally", location="Rushey Mead, Leicester", company="Shah's Pharmacy, "
      "Belgrave Road", title="Pharmacist (independent prescriber)", how_met="Hired her in 2019", met_on="2019-05-07",
      birthday="1992-03-03", interests={"cardiovascular-prevention": 1.0, "prescribing": 0.9},
      expertise=["cardiovascular-prevention"],
      notes="Turns 34 on Tuesday 3 March. My second pharmacist at Belgrave and the best clinician I have; did her "
            "prescribing course in 2024. Leads the blood-pressure clinics and would lead the Know Your Numbers "
            "pilot if we win it.",
      rhythm=[(3, H, "2026-02-28", ["meeting", "message", "meeting", "call"])],
      extra=[("2026-02-19", "meeting", "Meeting: the bid's clinical pathway; she'd run it, and wants two evenings "
              "a week", 90)],
      talk=["the BP clinics", "the bid", "Pharmacy First", "the rota", "Aisha", "her wedding plans", "the "
            "controlled drugs", "the hypertension referrals", "shortages"])
    P("hansa", "Hansa Pandya", 2, "advocate", location="Belgrave, Leicester", company="Shah's Pharmacy, Belgrave "
      "Road", title="Senior dispenser", how_met="Came with the shop when I bought it from Mr Mistry in 2012",
      met_on="2012-04-02", birthday="1966-03-13",
      notes="Turns 60 on Friday 13 March. Has dispensed on Belgrave Road since 1991 and knows every family by name; "
            "runs the Brookfield House monthly cycle. Went to Oadby on her Saturday off on 28 February to cover "
            "Kelly's shift while Mason settled at home; I haven't properly thanked her. I promised to sort the "
            "cake and the staff gift for her 60th lunch.",
      rhythm=[(3, H, "2026-02-28", ["meeting", "message", "meeting"])],
      extra=[("2026-02-28", "message", "Messages: she went to Oadby on her day off and did the Saturday; said "
              "'don't mention it'")],
      talk=["the Brookfield cycle", "the dispensary", "the shortages", "her grandson", "her 60th", "the "
            "customers", "the MDS trays", "Mr Mistry's day", "the delivery rounds"])
    P("aisha", "Aisha Begum", 3, "ally", location="Highfields, Leicester", company="Shah's Pharmacy, Belgrave Road",
      title="Foundation trainee pharmacist", how_met="My trainee since July 2025; I'm her designated supervisor",
      met_on="2025-07-28", birthday="2001-10-02", interests={"pharmacy-calculations": 0.8},
      need=("aisha-calcs", "pharmacy-calculations",
            "Failing the calculations paper in her mock registration assessments (19 of 40 in February); needs "
            "structured calculations practice, more than I can give her at the counter", "2026-02-14"),
      notes="24. Leicester-born, DMU MPharm. Good with patients; freezes at the calculations paper. Sits a "
            "provider's mock registration assessment on Saturday 7 March; the real one is in June. I promised to go "
            "through her mock paper with her, calculations first, by Wednesday 11 March.",
      rhythm=[(4, "2025-07-28", "2026-02-27", ["meeting", "message", "meeting"])],
      extra=[("2026-02-14", "meeting", "Meeting: her first mock back: fine on the clinical paper, 19 of 40 on the "
              "calculations; she's rattled", 60)],
      talk=["her portfolio", "the calculations", "her progress review", "a tricky prescription", "the BP clinic",
            "the June assessment", "counselling patients", "her learning log"])
    P("yusuf", "Yusuf Patel", 4, "ally", location="Belgrave, Leicester", company="Shah's Pharmacy",
      title="Delivery driver", how_met="Hired him in 2017", met_on="2017-03-01",
      notes="Does both shops' home deliveries and the Brookfield run.",
      rhythm=[(10, H, "2026-02-26", ["message", "meeting", "call"])],
      talk=["the delivery rounds", "the van", "Brookfield", "the housebound patients", "his daughter's exams"])
    P("obi", "Obinna Eze", 4, "ally", location="Loughborough", title="Locum pharmacist",
      how_met="Regular locum for both shops since 2023", met_on="2023-06-10",
      notes="Covered Belgrave at a day's notice on Friday 20 February when Harpreet was off sick and I was at "
            "Arjun's class assembly; not thanked yet. Booked for Oadby on the inspection day so Colin can be with the inspector.",
      rhythm=[(21, H, "2026-02-20", ["message", "call"])],
      extra=[("2026-02-20", "call", "Call: could he do Belgrave today; he was there by ten", 5)],
      talk=["locum dates", "the rate", "Oadby", "his masters", "the inspection day"])
    P("ck", "Chandrakant Mistry", 3, "advocate", location="Evington, Leicester",
      title="Retired pharmacist; sold me Shah's Pharmacy (then Mistry's) in 2012", how_met="Did my summer "
      "placement in his shop in 2002", met_on="2002-07-01", birthday="1945-06-06",
      interests={"community-pharmacy-funding": 0.8}, expertise=["pharmacy-business"],
      notes="80. Ran the Belgrave Road pharmacy from 1978. Talked me through buying Oadby in 2024. Still comes in "
            "on a Thursday to talk to the old customers. Knew Kantibhai Lakhani for fifty years.",
      rhythm=[(21, H, "2026-02-19", ["coffee", "call", "activity"])],
      talk=["the old days on Belgrave Road", "Oadby", "his health", "the funding", "Kantibhai", "his grandsons",
            "the drug tariff"])

    # --- Oadby ---
    P("colin", "Colin Marsh", 2, "ally", location="Wigston", company="Oadby Pharmacy, The Parade",
      title="Pharmacist manager (retires 30 April)", how_met="Came with the Oadby shop; its manager since 2004",
      met_on="2024-07-15", birthday="1962-11-28", interests={"pharmacy-inspection": 0.8, "golf": 0.7},
      notes="63. Retires on 30 April after 22 years at Oadby; the GPhC inspection on Tuesday 10 March is his last "
            "big thing and he's anxious about it. We promised each other the inspection file and the SOP sign-offs "
            "done by Monday 9 March. I promised to sort Kelly's hours with him by Tuesday 3 March.",
      rhythm=[(4, H, "2026-02-27", ["meeting", "call", "message", "meeting"])],
      extra=[("2026-02-26", "meeting", "Meeting: inspection prep at Oadby: the SOPs, the CD register, the fridge "
              "logs; he's anxious, it's his last", 120)],
      talk=["the inspection", "the SOPs", "Kelly", "his retirement", "the refit", "the CD register", "the "
            "Parade Surgery", "recruiting his successor", "golf", "the fridge logs"])
    P("kelly", "Kelly Barnes", 3, "ally", location="Wigston", company="Oadby Pharmacy, The Parade",
      title="Accuracy checking pharmacy technician", how_met="Came with the Oadby shop", met_on="2024-07-15",
      interests={"type-1-diabetes": 1.0},
      notes="36. Single mum. Her son Mason, 6, was diagnosed with type 1 diabetes on 24 February and spent three "
            "nights on the children's ward at the LRI. I gave her the week on full pay. She needs to do school "
            "runs and injections for a while; I promised to sort her hours with Colin by Tuesday 3 March. Mason's "
            "first diabetes clinic is Thursday 5 March.",
      rhythm=[(6, H, "2026-02-27", ["meeting", "message", "call"])],
      extra=[("2026-02-24", "call", "Call: Mason's in the LRI, type 1; told her to take the week, full pay", 15),
             ("2026-02-27", "message", "Messages: Mason's home; she's terrified of the night-time checks; back "
              "Monday, shorter days please")],
      talk=["the checking", "Mason", "the rota", "the inspection", "the MDS trays", "her shifts", "school pick-ups"])
    P("lorraine", "Lorraine Dixon", 4, "ally", location="Oadby", company="The Parade Surgery, Oadby",
      title="Practice manager", how_met="The surgery next to the Oadby shop", met_on="2024-10-01",
      notes="Sends us most of Oadby's prescriptions; complained in January about repeat-prescription turnaround.",
      rhythm=[(21, H, "2026-02-23", ["email", "call", "meeting"])],
      talk=["repeat prescriptions", "EPS nominations", "Pharmacy First referrals", "the new GP", "the phone lines"])
    P("rachel", "Rachel Kemp", 4, "ally", location="Oadby", company="The Parade Surgery, Oadby",
      title="GP partner", how_met="The surgery next to the Oadby shop", met_on="2024-10-08",
      interests={"cardiovascular-prevention": 0.6},
      rhythm=[(45, H, "2026-02-10", ["meeting", "email"])],
      talk=["Pharmacy First", "the hypertension list", "shortages", "care-home patients"])
    P("daniel", "Daniel Okafor", 5, "acquaintance", location="Loughborough", company="Boots, Loughborough",
      title="Store pharmacist", how_met="Applied for the Oadby pharmacist manager post",
      extra=[("2026-02-19", "email", "Email: shortlisted; interview at Oadby on Wednesday 4 March at 2")])
    P("shreya", "Shreya Nair", 5, "acquaintance", location="Hinckley", title="Locum pharmacist",
      how_met="Applied for the Oadby pharmacist manager post; Obi knows her",
      extra=[("2026-02-20", "email", "Email: shortlisted; interview at Oadby on Monday 9 March at 10")])
    P("helen", "Helen Marsden", 5, "acquaintance", location="Nottingham",
      company="General Pharmaceutical Council", title="Inspector",
      how_met="She wrote to book Oadby's routine inspection",
      extra=[("2026-02-24", "email", "Email: notice of a routine inspection at Oadby Pharmacy on Tuesday 10 March "
              "at 9:30")])

    # --- GPs, the care home and the NHS ---
    P("anil", "Anil Mehta", 3, "ally", power=True, location="Belgrave, Leicester",
      company="Belgrave Medical Centre", title="GP partner; clinical director of the Belgrave & Rushey Mead PCN",
      how_met="The surgery across the road; we've shared patients since 2012", met_on="2012-05-14",
      interests={"cardiovascular-prevention": 0.9}, expertise=["general-practice"],
      need=("anil-pharmacist", "gp-clinical-pharmacist",
            "The PCN has the money for a second clinical pharmacist and has advertised twice without a single good "
            "applicant; needs an experienced pharmacist, ideally a prescriber, by the summer", "2026-02-12"),
      notes="Sends us half of Belgrave's prescriptions and most of its Pharmacy First referrals. Agreed on 12 "
            "February his practice will refer into the Know Your Numbers pilot and put his name to the bid "
            "(thanked). Fasting for Ramadan this month.",
      rhythm=[(14, H, "2026-02-24", ["meeting", "call", "message", "email"])],
      extra=[("2026-02-12", "meeting", "Meeting: at his surgery; he'll refer into the pilot and sign the bid; and "
              "the PCN can't find a clinical pharmacist for love or money", 45)],
      talk=["Pharmacy First", "the bid", "the hypertension list", "shortages", "the PCN", "his daughter at "
            "medical school", "Ramadan", "the walk-in centre"])
    P("sharon", "Sharon Reid", 4, "ally", location="Wigston", company="Oadby & Wigston PCN",
      title="Business manager (from 2 February)", how_met="Practice manager at Belgrave Medical Centre, 2014–2026",
      met_on="2014-02-03", interests={"primary-care": 0.9},
      notes="Ran the Belgrave Medical Centre for twelve years; sorted our EPS nominations mess in December "
            "(thanked). Left in January and wouldn't say where; started on 2 February as business manager of the "
            "Oadby & Wigston PCN, which covers the Oadby shop (it was on LinkedIn).",
      rhythm=[(30, H, "2026-01-23", ["meeting", "email", "call"])],
      extra=[("2026-01-23", "event", "At an event: her leaving do at the Belgrave Medical Centre; she's going "
              "somewhere 'nearer home' and won't say where", 90)],
      talk=["the surgery", "EPS", "her grandchildren", "the PCN", "the phones"])
    P("jo", "Jo Pritchard", 3, "ally", location="Evington, Leicester", company="Brookfield House Care Home",
      title="Registered manager", how_met="Brookfield has been our care home since 2015", met_on="2015-09-01",
      interests={"care-homes": 1.0},
      notes="Runs a 58-bed home in Evington; we supply all the residents and do the medication reviews with the "
            "GP. Brookfield was bought by Castlegate Care in January and the new group wants electronic MAR charts "
            "and a better price or it will tender. Jo wants to keep us and can't say so.",
      rhythm=[(10, H, "2026-02-25", ["meeting", "call", "email", "message"])],
      extra=[("2026-02-13", "meeting", "Meeting: at Brookfield; the new owners want eMAR, a cheaper deal, and a "
              "proposal by 3 March", 60)],
      talk=["the monthly cycle", "the new owners", "eMAR", "residents' medication reviews", "the deliveries",
            "end-of-life meds", "the CQC", "her staff"])
    P("mark", "Mark Ellis", 4, "acquaintance", power=True, location="Nottingham", company="Castlegate Care",
      title="Regional operations director", how_met="Castlegate bought Brookfield House in January",
      met_on="2026-01-20", interests={"care-homes": 0.8},
      notes="Wants eMAR at no cost to the home and 10% off, or he'll tender to a national supplier. I promised him "
            "and Jo the revised proposal by Tuesday 3 March; the meeting at Brookfield is Friday 6 March at 2.",
      extra=[("2026-01-20", "email", "Email: introducing himself; Castlegate will 'review all supplier "
              "arrangements'"),
             ("2026-02-13", "meeting", "Meeting: at Brookfield with Jo; eMAR at no cost and 10% off, or a "
              "tender", 60)])
    P("claire", "Claire Whitworth", 4, "ally", power=True, location="Leicester",
      company="NHS Leicester, Leicestershire & Rutland ICB", title="Senior commissioning manager, pharmacy",
      how_met="An ICB market-engagement event for community pharmacy", met_on="2025-06-10",
      interests={"cardiovascular-prevention": 1.0}, expertise=["nhs-commissioning"],
      notes="Commissioning 'Know Your Numbers': a two-year pilot of blood pressure, cholesterol and HbA1c checks in "
            "community pharmacies in the city's South Asian neighbourhoods, £180,000 a year. The clarification "
            "session is Tuesday 3 March at 10; bids close Thursday 12 March at noon.",
      rhythm=[(40, "2025-06-10", "2026-02-05", ["email", "meeting", "call"])],
      extra=[("2026-02-05", "email", "Email: the tender is out; bids by noon on 12 March, clarification session "
              "3 March")],
      talk=["the pilot", "the tender", "Pharmacy First data", "hypertension case-finding", "the ICB's budget"])
    P("dilip", "Dilip Vaghela", 4, "ally", power=True, location="Belgrave, Leicester",
      company="Leicester City Council", title="Councillor (Belgrave ward)", how_met="Temple; he's a trustee",
      met_on="2010-04-11",
      notes="Promised on 23 February a letter of support for the bid from the ward, by Monday 9 March.",
      rhythm=[(45, H, "2026-02-23", ["event", "meeting", "message"])],
      extra=[("2026-02-23", "meeting", "Meeting: at his surgery in the library; he'll write the ward's letter of "
              "support by the 9th", 30)],
      talk=["the ward", "the temple", "Belgrave Road parking", "the bid", "the Diwali lights"])

    # --- the LPC, the wholesaler, money ---
    P("bhavna", "Bhavna Lad", 3, "ally", power=True, location="Loughborough",
      company="Leicestershire & Rutland LPC", title="Chair; owner of Lad's Pharmacy, Loughborough",
      how_met="The LPC, since I joined the committee in 2020", met_on="2020-01-15",
      interests={"community-pharmacy-funding": 1.0}, expertise=["pharmacy-contract"],
      notes="Chairs the LPC; the committee meets Wednesday 11 March at 7. I promised her a note on Oadby's "
            "Pharmacy First numbers for the meeting by Monday 9 March.",
      rhythm=[(21, H, "2026-02-25", ["meeting", "email", "call", "video"])],
      talk=["the LPC agenda", "the funding settlement", "Pharmacy First", "closures", "the ICB", "her shop",
            "the bid"])
    P("tom", "Tom Aldridge", 3, "ally", location="Leicester", company="Leicestershire & Rutland LPC",
      title="Chief officer", how_met="Hired by the LPC in 2022; I was on the panel", met_on="2022-03-01",
      interests={"community-pharmacy-funding": 0.9, "cardiovascular-prevention": 0.7},
      notes="36. Pulled the LPC's blood-pressure check data for our bid (thanked). His wife Jess is due in "
            "mid-March with their first; he'll miss the LPC meeting if it comes.",
      rhythm=[(14, H, "2026-02-25", ["email", "call", "meeting", "video"])],
      extra=[("2026-02-18", "meeting", "Meeting: the LPC's BP-check numbers for the bid; Jess is due mid-March "
              "and he's painted the nursery twice", 60)],
      talk=["the bid data", "the LPC agenda", "the ICB", "the baby", "closures", "Pharmacy First numbers"])
    P("stuart", "Stuart Gill", 4, "ally", location="Hinckley", company="Midshires Pharma Wholesale",
      title="Account manager", how_met="Our wholesaler's rep since 2016", met_on="2016-01-11",
      offer=("stuart-depot", "warehouse-operations",
             "Midshires' Hinckley depot is hiring an operations shift manager and can't find anyone who has run a "
             "big warehouse floor; he asked me to send anyone good", "2026-02-04"),
      notes="Got us three packs of Elvanse on 18 February when nobody in Leicester had any; not thanked yet.",
      rhythm=[(14, H, "2026-02-18", ["meeting", "call", "email", "coffee"])],
      extra=[("2026-02-04", "coffee", "Coffee: the terms for next year; their Hinckley depot can't find a shift "
              "operations manager, 'send me anyone good'", 45),
             ("2026-02-18", "call", "Call: found three packs of Elvanse when nobody had any", 10)],
      talk=["the terms", "shortages", "the discount", "the depot", "Leicester City", "the credit limit"])
    P("gareth", "Gareth Hughes", 4, "ally", power=True, location="Leicester", company="Midland Commercial Bank",
      title="Relationship manager", how_met="Lent me the money for Belgrave in 2012 and for Oadby in 2024",
      met_on="2012-01-20", expertise=["business-lending"],
      notes="The Oadby loan's annual review is Friday 13 March at 10; the refit (£60,000) needs his sign-off. I "
            "promised him the refit costs and the management accounts by Wednesday 11 March.",
      rhythm=[(45, H, "2026-02-16", ["meeting", "email", "call"])],
      talk=["the Oadby loan", "the covenants", "the refit", "cash flow", "the NHS payment delays"])
    P("hitesh", "Hitesh Vadgama", 3, "ally", location="Leicester", company="Vadgama & Co Chartered Accountants",
      title="Accountant", how_met="Our accountant since 2012; temple", met_on="2009-06-01",
      expertise=["pharmacy-accounts"],
      notes="Year-end is 31 March. I promised him the February NHS payment schedules and the Oadby sales figures "
            "by Friday 6 March, for the bank.",
      rhythm=[(21, H, "2026-02-24", ["email", "meeting", "call"])],
      talk=["the management accounts", "VAT", "the NHS schedules", "the bank", "the refit", "year-end"])

    # --- temple and cricket ---
    P("nilesh", "Nilesh Lakhani", 2, "advocate", location="Belgrave, Leicester", company="Lakhani Opticians",
      title="Optometrist; temple committee treasurer", how_met="Temple youth group, 1995", met_on="1995-10-20",
      birthday="1979-04-22",
      notes="46. My friend since the youth group; treasurer of the temple committee while I'm secretary. His "
            "father, Kantibhai, died at home on Thursday 26 February. The prayers (besna) are at the house every "
            "evening; the funeral is Thursday 5 March: the body at home at 9, Gilroes crematorium at 11. I "
            "promised to bring the committee's condolence book and the meal rota to the house by Monday 2 March.",
      rhythm=[(9, H, "2026-02-28", ["event", "meeting", "message", "call"])],
      extra=[("2026-02-26", "call", "Call: his father died this afternoon, at home, as he wanted", 15),
             ("2026-02-28", "activity", "Outing: sat with the family at the house; the prayers; I said the "
              "committee will do the meals", 120)],
      talk=["the temple accounts", "Holi", "his father", "his shop", "the committee", "cricket", "his boys"])
    P("kantibhai", "Kantibhai Lakhani", 4, "advocate", peak=3, status="deceased", location="Belgrave, Leicester",
      title="Retired (temple president 1988–2005)", how_met="Nilesh's father; a customer since 1978",
      birthday="1939-02-14",
      notes="Came from Kampala in 1972 like Ba. A customer of the Belgrave pharmacy since it opened; I took his "
            "tablets round myself on Thursdays. Frail since a fall before Christmas; died at home on 26 "
            "February, as he wanted.",
      extra=[("2026-01-29", "activity", "Outing: took his tablets round and stayed for tea; he told me about the "
              "temple in a front room in 1975", 40)])
    P("jash", "Jashvant Kotecha", 3, "ally", location="Belgrave, Leicester", title="Temple president; retired "
      "accountant", how_met="Temple committee", met_on="2015-04-01",
      notes="Holika Dahan, the bonfire, is Tuesday 3 March at 7 in the temple car park; I'm organising the "
            "marshals and the first-aid cover and promised them confirmed by Monday 2 March. The Holi colours are "
            "Sunday 8 March in Abbey Park.",
      rhythm=[(14, H, "2026-02-26", ["meeting", "event", "message", "call"])],
      extra=[("2026-02-26", "meeting", "Meeting: committee; Holi with Kantibhai's death hanging over it; we'll "
              "keep it simple and hold a minute's silence", 90)],
      talk=["the committee", "Holi", "the temple roof", "the accounts", "the youth", "the kitchen"])
    P("ketan", "Ketan Chauhan", 3, "friend", location="Belgrave, Leicester",
      company="Khaman House, Melton Road", title="Owner; chef", how_met="Temple kitchen volunteers, 2011",
      met_on="2011-10-26", interests={"food": 1.0},
      notes="Ran the temple kitchen for years; opened his own Gujarati street-food place, Khaman House, on Melton "
            "Road on 20 February. I meant to go to the opening and didn't.",
      rhythm=[(30, H, "2026-02-08", ["event", "message", "meal"])],
      extra=[("2026-02-08", "event", "At an event: temple Sunday; he's been painting the shop till midnight", 30)],
      talk=["the temple kitchen", "his menu", "the shop", "Diwali food", "his kids"])
    P("dean", "Dean Walsh", 3, "friend", location="Birstall", company="(until 16 February) Corran Logistics, "
      "Enderby", title="Warehouse operations manager", how_met="Rushey Fields Cricket Club; keeps wicket for the "
      "seconds", met_on="2012-04-21", interests={"cricket": 1.0},
      need=("dean-job", "warehouse-operations",
            "Made redundant after 22 years running a warehouse floor; needs an operations job within driving "
            "distance of Birstall before the redundancy money runs out", "2026-02-20"),
      notes="52. Made redundant on 16 February when Corran closed the Enderby site; two teenagers and a mortgage. "
            "Proud; hasn't told many people. I promised to go through his CV with him by Friday 6 March.",
      rhythm=[(14, H, "2026-02-20", ["event", "activity", "message"])],
      extra=[("2026-02-16", "call", "Call: made redundant today after 22 years; the whole site's going", 30),
             ("2026-02-20", "activity", "Outing: pint at the club; he wants an operations job, there's nothing "
              "in Leicester, he hates his CV", 90)],
      talk=["cricket", "winter nets", "the club bar", "his kids", "Corran", "the season", "Leicester City"])

    # --- pharmacy-school friends and dormant ties ---
    P("meera", "Meera Joshi", 3, "friend", location="Knighton, Leicester", company="Leicester Royal Infirmary",
      title="Lead pharmacist, acute medicine; independent prescriber", how_met="MPharm at Aston, 2000–04",
      met_on="2000-10-02", interests={"prescribing": 0.9}, expertise=["clinical-pharmacy"],
      offer=("meera-move", "gp-clinical-pharmacist",
             "Twenty years in hospital and a prescriber; wants to move into a clinical pharmacist job in general "
             "practice in Leicester, days and no weekends", "2026-01-15"),
      notes="We did our MPharm together at Aston. Tired of the wards and the weekends; told me at New Year she "
            "wants a GP-practice job.",
      rhythm=[(40, H, "2026-01-15", ["coffee", "message", "meal"])],
      extra=[("2026-01-15", "coffee", "Coffee: she's done with ward rounds and weekends; wants a GP-practice role "
              "in Leicester", 60)],
      talk=["the LRI", "her kids", "Aston days", "prescribing", "her rota"])
    P("nisha", "Nisha Raval", 4, "friend", location="Leicester", company="De Montfort University",
      title="Senior lecturer in pharmacy practice", how_met="MPharm at Aston, 2000–04", met_on="2000-10-02",
      interests={"pharmacy-education": 1.0}, expertise=["pharmacy-calculations"],
      offer=("nisha-clinics", "pharmacy-calculations",
             "Runs free Saturday calculations clinics at DMU for foundation trainees in Leicestershire, January to "
             "May, and has places left", "2026-01-12"),
      notes="Teaches at DMU, where Aisha did her degree. Emailed in January about her calculations clinics.",
      rhythm=[(60, H, "2026-01-12", ["email", "message", "event"])],
      extra=[("2026-01-12", "email", "Email: her free Saturday calculations clinics for foundation trainees, "
              "January to May; places left")],
      talk=["the MPharm", "trainees", "Aston days", "the registration assessment"])
    P("farhan", "Farhan Qureshi", 3, "friend", peak=2, location="Derby", company="(until 28 February) Qureshi "
      "Pharmacy, Normanton", title="Pharmacist", how_met="MPharm at Aston, 2000–04; shared a house in "
      "Selly Oak", met_on="2000-10-02", interests={"community-pharmacy-funding": 1.0},
      notes="Closed his pharmacy in Normanton, Derby, on 28 February after fourteen years: the funding, the "
            "rent, the staff costs. I went through his figures in January when he was deciding. Promised to call "
            "him about locum days at Oadby while we recruit, by Wednesday 4 March.",
      rhythm=[(30, H, "2026-02-28", ["call", "message", "call"])],
      extra=[("2026-01-20", "call", "Call: went through his figures; it doesn't work any more", 75),
             ("2026-02-28", "call", "Call: his last day; he handed the keys back and sat in the car", 40)],
      talk=["his shop", "the funding", "Aston days", "his kids", "Derby County", "the landlord"])
    P("nikhil", "Nikhil Bhatt", 5, "friend", peak=2, location="Burton upon Trent",
      company="University Hospitals of Derby and Burton", title="Chief pharmacist (from 9 February)",
      how_met="MPharm at Aston, 2000–04; best man at his wedding", met_on="2000-10-02",
      notes="Was deputy chief pharmacist; appointed chief pharmacist of the Derby and Burton hospitals on 9 "
            "February (the trust's announcement). We haven't spoken since Christmas.",
      rhythm=[(120, H, "2025-12-20", ["message", "call"])],
      extra=[("2025-12-20", "message", "Messages: Christmas wishes; he's 'up for something' and wouldn't say "
              "what")],
      talk=["Aston days", "his kids", "the hospital", "cricket"])
    P("zainab", "Zainab Karim", 5, "friend", location="Birmingham", company="Queen Elizabeth Hospital "
      "Birmingham", title="Pharmacist", how_met="My pre-registration trainee, 2021–22", met_on="2021-07-26",
      notes="My trainee before Aisha; passed first time. I wrote her reference for the QE. Married in Lahore on 22 "
            "February (photos on Instagram).",
      rhythm=[(90, H, "2025-11-15", ["message", "email"])],
      extra=[("2025-11-15", "message", "Messages: she's engaged; the nikah will be in Lahore in February")],
      talk=["her hospital job", "the QE", "her old mocks", "Birmingham"])
    P("graham", "Graham Fenton", 5, "friend", peak=3, location="Market Harborough",
      title="Retired pharmacist (Boots store manager)", how_met="My pre-registration tutor, then my manager, at Boots in Leicester, 2004–2011",
      met_on="2004-08-02",
      extra=[("2024-12-22", "message", "Messages: Christmas card; he's grown a beard"),
             ("2025-09-30", "call", "Call: his 70th; he still asks when I'll give up and come back to Boots", 20)])
    P("owen", "Owen Price", 5, "friend", peak=3, location="Cardiff", company="Cardiff and Vale UHB",
      title="Pharmacist", how_met="Housemate in Selly Oak, 2001–03", met_on="2001-09-20",
      extra=[("2025-04-12", "message", "Messages: Wales beat England; he sent one word")])

    # group contacts
    b.add(H, "meeting", ["colin", "kelly"], "Meeting: my first morning as owner at Oadby; Colin made tea and "
          "showed me the fridge logs", 180, "mutual")
    b.add("2024-11-01", "event", ["kusum", "anjali", "priya", "arjun", "deepak", "nilesh", "jash"],
          "At an event: Diwali at the temple; the fireworks on Cossington Park", 240, "mutual")
    b.add("2024-12-25", "meal", ["kusum", "anjali", "priya", "arjun", "sanjay", "reena"],
          "Dinner: Christmas at ours; Sanjay carved, badly", 300, "mutual")
    b.add("2025-03-14", "event", ["anjali", "priya", "arjun", "kusum", "nilesh", "jash", "ketan"],
          "At an event: Holi colours in Abbey Park; Arjun's ninth birthday too", 240, "mutual")
    b.add("2025-03-14", "activity", ["arjun", "priya", "anjali"], "Outing: Arjun's ninth, bowling", 150, "mutual")
    b.add("2025-05-18", "event", ["vik", "dean"], "At an event: first game of the season; Dean stumped two",
          300, "mutual")
    b.add("2025-08-10", "meal", ["pravin", "jyoti", "anjali", "priya", "arjun"],
          "Dinner: the summer in Nairobi; Papa took us to the Carnivore", 180, "mutual")
    b.add("2025-09-10", "meeting", ["bhavna", "tom"], "Meeting: the LPC's September committee; the funding "
          "settlement and the closures", 150, "mutual")
    b.add("2025-10-20", "event", ["kusum", "anjali", "priya", "arjun", "deepak", "nilesh", "jash", "ketan",
                                  "dilip"],
          "At an event: Diwali on Belgrave Road; the lights and the temple", 240, "mutual")
    b.add("2025-12-25", "meal", ["kusum", "anjali", "priya", "arjun", "sanjay", "reena"],
          "Dinner: Christmas at Sanjay's new house in Pinner", 300, "mutual")
    b.add("2026-01-14", "meeting", ["bhavna", "tom", "anil"], "Meeting: the LPC and the PCN on the ICB's "
          "Know Your Numbers pilot", 90, "mutual")
    b.add("2026-02-09", "meeting", ["harpreet", "hansa", "aisha", "yusuf"],
          "Meeting: Belgrave staff meeting: the bid, the Brookfield contract, Aisha's mocks", 60, "mutual")

    # life events
    b.event("ev-sanjay-move", "sanjay", "2025-07-19", "move", "Moved from Harrow to a house in Pinner")
    b.event("ev-aisha-start", "aisha", "2025-07-28", "new_job", "Started her foundation training year with me")
    b.event("ev-sharon-pcn", "sharon", "2026-02-02", "new_job",
            "Started as business manager of the Oadby & Wigston Primary Care Network")
    b.event("ev-nikhil-chief", "nikhil", "2026-02-09", "promotion",
            "Appointed chief pharmacist of University Hospitals of Derby and Burton")
    b.event("ev-dean-redundant", "dean", "2026-02-16", "job_loss",
            "Made redundant when Corran Logistics closed its Enderby warehouse, after 22 years")
    b.event("ev-ketan-launch", "ketan", "2026-02-20", "launch",
            "Opened Khaman House, his Gujarati street-food kitchen on Melton Road")
    b.event("ev-zainab-wedding", "zainab", "2026-02-22", "wedding", "Married Bilal Ahmed in Lahore")
    b.event("ev-kelly-mason", "kelly", "2026-02-24", "illness",
            "Her son Mason, 6, diagnosed with type 1 diabetes; three nights on the children's ward at the LRI")
    b.event("ev-nilesh-father", "nilesh", "2026-02-26", "bereavement",
            "His father, Kantibhai Lakhani, died at home aged 87; the funeral is 5 March at Gilroes")
    b.event("ev-farhan-closure", "farhan", "2026-02-28", "job_loss",
            "Closed Qureshi Pharmacy in Normanton, Derby, after fourteen years")
    b.event("ev-tom-baby", "tom", "2026-03-04", "baby", "Their first baby, a boy, Alfie, born at the LRI")
    b.event("ev-pravin-diagnosis", "pravin", "2026-03-06", "illness",
            "The biopsy shows prostate cancer, caught early; seeing the oncologist at the Aga Khan in Nairobi")
    b.event("ev-priya-award", "priya", "2026-03-06", "award",
            "Won a gold award at the Leicestershire Schools' Science Fair for her project on honey, garlic and "
            "turmeric against bacteria")
    b.event("ev-kusum-knee", "kusum", "2026-03-09", "other", "Left knee replacement at Leicester General Hospital")

    # favors
    b.favor("fv-vik-lease", "vik", "me", "2026-02-10", "advice",
            "Did the Oadby lease variation for the refit, no fee", "2026-02-27")
    b.favor("fv-stuart-elvanse", "stuart", "me", "2026-02-18", "favor",
            "Found us three packs of Elvanse when nobody in Leicester had any")
    b.favor("fv-obi-cover", "obi", "me", "2026-02-20", "favor",
            "Covered Belgrave at a day's notice when Harpreet was off sick")
    b.favor("fv-hansa-oadby", "hansa", "me", "2026-02-28", "favor",
            "Went to Oadby on her Saturday off to cover Kelly's shift")
    b.favor("fv-tom-data", "tom", "me", "2026-02-18", "share",
            "Pulled the LPC's blood-pressure check numbers for our bid", "2026-02-18")
    b.favor("fv-anil-bid", "anil", "me", "2026-02-12", "endorsement",
            "His practice will refer into the pilot, and he put his name to our bid", "2026-02-12")
    b.favor("fv-sharon-eps", "sharon", "me", "2025-12-10", "favor",
            "Sorted out the EPS nominations muddle between the surgery and us", "2025-12-12")
    b.favor("fv-ck-oadby", "ck", "me", "2024-07-10", "advice",
            "Talked me through the numbers on buying Oadby", "2024-07-12", "Bought it; completed 1 October 2024")
    b.favor("fv-reena-exercises", "reena", "me", "2026-02-20", "advice",
            "Wrote out Ba's exercises for after the knee replacement, with drawings", "2026-02-21")
    b.favor("fv-me-kelly", "me", "kelly", "2026-02-24", "favor", "Gave her the week off on full pay")
    b.favor("fv-me-farhan", "me", "farhan", "2026-01-20", "advice",
            "Went through his figures when he was deciding whether to close")
    b.favor("fv-me-zainab", "me", "zainab", "2022-07-15", "recommendation",
            "Wrote her reference for the Queen Elizabeth")
    b.favor("fv-me-nilesh", "me", "nilesh", "2026-02-28", "favor",
            "Set up the temple's meal rota for the family's mourning week")
    b.favor("fv-me-aisha", "me", "aisha", "2025-11-20", "advice",
            "Extra evening sessions on her clinical cases before her progress review")

    # follow-ups
    b.follow_up("fu-nilesh-book", "nilesh", True,
                "Take the committee's condolence book and the meal rota to the Lakhanis' house", "2026-03-02")
    b.follow_up("fu-jash-marshals", "jash", True,
                "Confirm the marshals and the first-aid cover for Holika Dahan", "2026-03-02")
    b.follow_up("fu-mark-proposal", "mark", True,
                "Send Mark and Jo the revised Brookfield proposal: eMAR, delivery times, the price", "2026-03-03")
    b.follow_up("fu-kelly-hours", "kelly", True,
                "Sort Kelly's hours with Colin so she can do Mason's school runs and clinics", "2026-03-03")
    b.follow_up("fu-farhan-locum", "farhan", True, "Call Farhan about locum days at Oadby while we recruit",
                "2026-03-04")
    b.follow_up("fu-hitesh-schedules", "hitesh", True,
                "Send Hitesh the February NHS payment schedules and the Oadby sales figures", "2026-03-06")
    b.follow_up("fu-dean-cv", "dean", True, "Go through Dean's CV with him", "2026-03-06")
    b.follow_up("fu-anjali-print", "anjali", True,
                "Collect the framed wedding photo from the framers on Queens Road for our anniversary", "2026-03-07")
    b.follow_up("fu-bhavna-note", "bhavna", True,
                "Send Bhavna the note on Oadby's Pharmacy First numbers for the LPC", "2026-03-09")
    b.follow_up("fu-colin-file", "colin", True,
                "Finish the inspection file and the SOP sign-offs with Colin", "2026-03-09")
    b.follow_up("fu-aisha-mock", "aisha", True, "Go through Aisha's mock paper with her, calculations first",
                "2026-03-11")
    b.follow_up("fu-gareth-costs", "gareth", True,
                "Send Gareth the refit costs and the management accounts before the review", "2026-03-11")
    b.follow_up("fu-claire-bid", "claire", True, "Submit the Know Your Numbers bid on the ICB portal (noon)",
                "2026-03-12")
    b.follow_up("fu-hansa-cake", "hansa", True, "Order Hansa's 60th cake and get the staff gift", "2026-03-13")
    b.follow_up("fu-arjun-bat", "arjun", True, "Buy Arjun's cricket bat (Gray-Nicolls, size 6)", "2026-03-13")
    b.follow_up("fu-claire-session", "claire", False, "The ICB's clarification session for the pilot (10am)",
                "2026-03-03")
    b.follow_up("fu-jash-holika", "jash", False, "Holika Dahan, the bonfire in the temple car park (7pm)",
                "2026-03-03")
    b.follow_up("fu-daniel-interview", "daniel", False, "His interview for Oadby pharmacist manager (2pm, Oadby)",
                "2026-03-04")
    b.follow_up("fu-kelly-clinic", "kelly", False, "Mason's first diabetes clinic at the LRI; Kelly off",
                "2026-03-05")
    b.follow_up("fu-nilesh-funeral", "nilesh", False,
                "Kantibhai's funeral: the body at the house at 9, Gilroes crematorium at 11", "2026-03-05")
    b.follow_up("fu-mark-meeting", "mark", False, "The Brookfield contract meeting with Mark and Jo (2pm)",
                "2026-03-06")
    b.follow_up("fu-priya-fair", "priya", False,
                "The Science Fair finals and prizes at the National Space Centre (6pm)", "2026-03-06")
    b.follow_up("fu-aisha-mockday", "aisha", False, "Her mock registration assessment", "2026-03-07")
    b.follow_up("fu-jash-colours", "jash", False, "Holi colours in Abbey Park with the temple (11am)",
                "2026-03-08")
    b.follow_up("fu-dilip-letter", "dilip", False, "His letter of support for the bid", "2026-03-09")
    b.follow_up("fu-shreya-interview", "shreya", False, "Her interview for Oadby pharmacist manager (10am, Oadby)",
                "2026-03-09")
    b.follow_up("fu-kusum-knee", "kusum", False, "Ba's knee replacement at Leicester General (admitted 7am)",
                "2026-03-09")
    b.follow_up("fu-helen-inspection", "helen", False, "The GPhC inspection at Oadby (9:30)", "2026-03-10")
    b.follow_up("fu-bhavna-lpc", "bhavna", False, "The LPC committee meeting (7pm)", "2026-03-11")
    b.follow_up("fu-gareth-review", "gareth", False, "The Oadby loan's annual review at the bank (10am)",
                "2026-03-13")
    b.follow_up("fu-hansa-lunch", "hansa", False, "Hansa's 60th: staff lunch at the Belgrave shop", "2026-03-13")
    b.follow_up("fu-arjun-party", "arjun", False, "Arjun's tenth birthday party at the trampoline park (2pm)",
                "2026-03-14")
    b.follow_up("fu-sanjay-visit", "sanjay", False, "Sanjay and Reena come up for Arjun's birthday and to see Ba",
                "2026-03-14")

    # goals
    b.goal("g-bid", "Win the ICB's Know Your Numbers pilot (bids close noon, 12 March)",
           ["cardiovascular-prevention", "nhs-commissioning"], 1,
           ["claire", "anil", "harpreet", "tom", "bhavna", "dilip", "rachel"])
    b.goal("g-oadby", "Get Oadby through its GPhC inspection, and a pharmacist manager in post before Colin retires "
           "on 30 April", ["pharmacy-inspection", "hiring"], 1,
           ["colin", "kelly", "helen", "daniel", "shreya", "obi", "farhan", "lorraine"])
    b.goal("g-brookfield", "Keep Brookfield House on fair terms under its new owners", ["care-homes"], 2,
           ["jo", "mark", "hansa", "yusuf"])
    b.goal("g-aisha", "Get Aisha through her registration assessment in June", ["pharmacy-calculations"], 2,
           ["aisha", "harpreet", "nisha"])
    b.goal("g-money", "Keep the Oadby loan and the refit on track through the year-end",
           ["community-pharmacy-funding"], 2, ["gareth", "hitesh", "vik"])
    b.goal("g-family", "See Ba through her knee, stand by Anjali while her father waits for results, and keep "
           "Arjun's tenth and our 18th", ["family"], 1,
           ["kusum", "anjali", "priya", "arjun", "sanjay", "pravin", "jyoti"])
    b.goal("g-friends", "Stand by Nilesh, Farhan, Dean and Kelly", ["grief", "community-pharmacy-funding"], 2,
           ["nilesh", "farhan", "dean", "kelly", "vik"])

    # saved items
    b.item("it-closures", "Why independent pharmacies are closing at a rate of one a day",
           "https://example.org/independent-pharmacy-closures", ["community-pharmacy-funding"], "2026-03-02")
    b.item("it-bp-south-asian", "Finding hypertension early in South Asian communities: what pharmacies add",
           "https://example.org/south-asian-hypertension-pharmacy", ["cardiovascular-prevention"], "2026-03-03")
    b.item("it-t1d-school", "The first term back at school after a type 1 diabetes diagnosis",
           "https://example.org/type-1-diabetes-school", ["type-1-diabetes"], "2026-03-05")
    b.item("it-gphc", "What GPhC inspectors look at, and what 'standards met' really means",
           "https://example.org/gphc-inspection-standards", ["pharmacy-inspection"], "2026-03-06")
    b.item("it-emar", "Electronic MAR charts in care homes: who pays, and what changes for the pharmacy",
           "https://example.org/care-home-emar", ["care-homes"], "2026-03-10")
    b.hand_first()
    return b


def check(doc):
    """Prints whether each planted introduction and piece of fresh good news is eligible (ENGINE.md §3)."""
    facts = planted(doc, START, END)
    for it in facts["intros"]:
        print(f"  intro {it['names'][0]} <- {it['names'][1]} ({it['topic']}, need since {it['since']}): "
              f"{'; '.join(it['problems']) or 'eligible'}")
    for g in facts["good_news"]:
        print(f"  good news {g['name']}: {g['kind']} {g['date']}, last contact {g['last_contact']}: "
              f"{'; '.join(g['problems']) or 'eligible'}")
    return not any(x["problems"] for x in facts["intros"] + facts["good_news"])


def main():
    ok = True
    for make in (designer, founder, nurse, teacher, postdoc, carpenter, shopkeeper, vet, gp, chef,
                 engineer, physio, violinist, photographer, recruiter, farmer, realtor, interpreter,
                 director, journalist, architect, pharmacist):
        book = make()
        doc = book.document()
        path = HERE / f"{book.name}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        circles = {}
        for p in doc["people"]:
            circles[p["circle"]] = circles.get(p["circle"], 0) + 1
        print(f"{path.name}: {len(doc['people'])} people (circles {dict(sorted(circles.items()))}), "
              f"{len(doc['interactions'])} interactions, first {doc['interactions'][0]['date']}")
        if "--check" in sys.argv:
            ok &= check(doc)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
