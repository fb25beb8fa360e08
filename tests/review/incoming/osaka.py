from book import Book


def osaka():
    """Morimoto Kenji, 52, third-generation president of Morimoto Seisakusho, a 28-person metal-stamping
    factory in Takaida, Higashiosaka, March 2026. Names are written family name first."""
    b = Book("osaka", seed=20260303)

    # ------------------------------------------------------------------ circle 1
    b.known(
        "fumiko", "Morimoto Fumiko", 1, "advocate", kin=True,
        location="Higashiosaka, Takaida (the old house behind the factory)", birthday="1945-11-03",
        dates=[("fumiko-wedding", "Mother and Father's wedding anniversary", "1968-04-21")],
        tags=["family", "mother", "takaida"],
        interests={"elder-care": 0.6, "temple": 0.9},
        notes=("Mother. 80 last November (her sanju, we did the dinner at the Chinese place in Fuse). Still lives "
               "in the old house behind the factory where I grew up with the presses thumping through the wall. "
               "Sweeps the front of the factory at 7:30 every morning and makes the 10 o'clock tea; knows every "
               "worker's children by name and which ones are getting married. Cataracts in both eyes; she can't "
               "read the newspaper any more and won't admit it. Left eye operation Thursday 12 March at Ishikawa "
               "Eye Clinic in Fuse, day surgery, I drive her. She's organising Father's 13th memorial (jusan-kaiki) "
               "on Sunday 8 March at Jokoji, and I am the host, which in practice means she tells me what to do. "
               "She puts out Aya's hina dolls every February and wants them away on the 4th, or Aya will marry "
               "late. Aya rolls her eyes and helps anyway. Hinamatsuri (3 March) is chirashi-zushi at the old house, as "
               "every year."),
        rhythm=[
            (3, "2024-09-01", "2026-02-27", ["activity", "meal", "call"]),
        ],
        talk=["10 o'clock tea in the factory office", "her knees on the stairs", "the temple women's group",
              "which worker's daughter is getting married", "she can't read the print on her medicine bag",
              "the price of cabbage in the Fuse shotengai", "Father's old stories about the first press",
              "Sunday dinner, she made kasu-jiru", "whether Aya eats properly", "the Hanshin Tigers on the radio"],
        extra=[
            ("2025-01-01", "meal", "New Year: osechi at our house, Mother, Keiko's family, Aya down from Tokyo", 240),
            ("2025-08-14", "activity", "Obon: Fukuda-jushoku came for the tanagyo, Mother had the altar ready "
             "at 6am", 90),
            ("2025-11-03", "meal", "Her 80th, sanju: dinner at Ryuen in Fuse, Keiko's family, Aya took the "
             "train down from Tokyo. Mother cried when Aya said she'd be back for good", 180),
            ("2026-01-01", "meal", "New Year osechi at our house, first one with Aya living back home. Mother "
             "gave her Father's old fountain pen", 240),
            ("2026-01-27", "activity", "Took her to Ishikawa Eye Clinic: cataracts both eyes, left one first, "
             "12 March. She asked if she'll be able to sew again", 120),
            ("2026-02-15", "activity", "She and Aya set out the seven-tier hina dolls in the old house", 90),
            ("2026-02-28", "meal", "Went over the memorial with her: Jokoji 11:00, eighteen people, the otoki "
             "lunch at Kappo Miyoshi. She's written the list on the back of a calendar", 120),
            ("2026-03-01", "meal", "Sunday dinner at the old house; first thing she asked was whether "
             "Yamashita-san is eating", 90),
        ],
    )
    b.known(
        "michiko", "Morimoto Michiko", 1, "advocate", kin=True,
        company="Morimoto Seisakusho", title="Director, accounts and administration", location="Higashiosaka",
        birthday="1975-05-02",
        dates=[("wedding", "Our wedding anniversary", "1998-11-22")],
        tags=["family", "wife", "morimoto"],
        interests={"succession-tax": 0.7, "hula": 0.8},
        notes=("My wife. Runs the books, payroll and the bank side of Morimoto Seisakusho since 2003; knows the "
               "cash position to the yen and tells me when I don't want to hear it. From Kainan in Wakayama; her "
               "mother Sachiko is still there. Since Nishimura announced Vietnam she has run the forecast every "
               "week: from April sales drop by about a third, and by October Nishimura is gone. She thinks the "
               "servo press should wait a year; I think the medical work needs it. Aya sits with her in the office "
               "every afternoon learning the ledger. Hula class on Thursday evenings is the one thing she does for "
               "herself. Valentine's she gave me the good chocolate and said White Day this year means a proper "
               "dinner, not a box from the station."),
        rhythm=[(4, "2024-09-01", "2026-02-27", ["meal", "meeting", "activity"])],
        talk=["the month-end cash position", "Aya in the office in the afternoons", "my blood pressure from the "
              "health check", "her hula class", "her mother in Kainan", "the April forecast without Nishimura",
              "the summer bonus question", "dinner at home, too tired to talk shop", "the servo press, again",
              "what to give for the memorial"],
        extra=[
            ("2025-09-25", "meeting", "Night after Takeda's visit: sat at the kitchen table with the ledgers till "
             "1am. She said 'we keep everyone, we work it out'", 180),
            ("2025-11-22", "meal", "Our anniversary: dinner at Kappo Miyoshi, 27 years", 150),
            ("2026-02-14", "gift", "Valentine's: she gave me the Daimaru chocolate. 'White Day, you take me "
             "somewhere. Not the station.'"),
            ("2026-02-20", "meeting", "The forecast with Ueda-sensei: April to September down about 30%, "
             "Nishimura at zero from October", 120),
            ("2026-02-27", "meeting", "Argued about the servo press. She's right about the cash, I'm right "
             "about Naniwa. Left it", 60),
        ],
    )
    b.known(
        "aya", "Morimoto Aya", 1, "advocate", kin=True,
        company="Morimoto Seisakusho", title="Successor in training", location="Higashiosaka",
        birthday="1999-07-19",
        dates=[("aya-return", "Aya's first day at the factory", "2025-10-01")],
        tags=["family", "daughter", "successor", "morimoto"],
        interests={"medical-devices": 1.0, "website-renewal": 0.9, "business-succession": 0.9},
        need=("n-aya-web", "website-renewal", "Wants to rebuild the company website in Japanese and English so "
              "medical device makers can find us; has no one to do it", "2026-02-05"),
        notes=("Our only child, 26. Four years in Tokyo at a medical equipment trading company in Hongo, in sales; "
               "the medical push is half her idea, she knows how those buyers think. Phoned me in June 2025 to say "
               "she wanted to come back and take over. Started on 1 October. Mornings on the press line with Kota, "
               "afternoons in the office with Michiko. The plan, which Hamada-san helped us draw: five years, shares "
               "moved over in stages under the special succession tax measure, president by 2030. She's in "
               "Hiraoka Shinkin's successor school (monthly) and presents her business plan for the medical line "
               "on Saturday 14 March, 13:00. Took the 3rd-grade national skill test in metal press working this "
               "winter; results mid-March. Wants tablets on the shop floor and a new website. The old hands call "
               "her 'ojo' (the young miss) and she hates it. Yamashita won't let her touch his dies."),
        rhythm=[
            (10, "2024-09-01", "2025-09-25", ["call", "message", "video"]),
            (3, "2025-10-01", "2026-02-27", ["activity", "meeting", "meal"]),
        ],
        talk=["her work in Tokyo", "Tokyo rent", "her boss Shimizu-san", "whether she really wants this",
              "ran the 110-ton with Kota all morning", "the production board on tablets", "her successor-school "
              "homework", "the ISO 13485 clauses", "Yamashita-san won't let her touch the dies",
              "practice for the skill test", "the website nobody has updated since 2012", "the ledger with Michiko"],
        extra=[
            ("2025-06-14", "call", "She called from Tokyo: she wants to come home and take over. I said think "
             "about it for a month. She had already thought about it for a year", 70),
            ("2025-10-01", "activity", "Her first day. Introduced her at the morning meeting; she bowed too low "
             "and Matsumoto-san laughed, kindly", 30),
            ("2025-10-16", "event", "Hiraoka Shinkin business-matching fair: she did most of the talking at the "
             "Naniwa Medical table", 240),
            ("2026-01-24", "activity", "Drove her to the practical part of the skill test in Morinomiya", 60),
            ("2026-02-26", "meeting", "She rehearsed her successor-school presentation on me. Too many katakana "
             "words; the plan itself is good", 90),
        ],
    )
    b.known(
        "yamashita", "Yamashita Tsutomu", 1, "advocate", no_intros=True,
        company="Morimoto Seisakusho", title="Die maker (kanagata shokunin)", location="Higashiosaka, Kosaka",
        birthday="1958-08-10", met_on="1981-04-01", how_met="Joined Father's factory at 22, when I was seven",
        dates=[("yamashita-joined", "Yamashita-san joined Morimoto", "1981-04-01")],
        tags=["morimoto", "die-maker", "floor"],
        interests={"hanshin-tigers": 1.0},
        expertise=["progressive-dies", "stainless-stamping"],
        notes=("Yamashita-san. 67, forty-five years at Morimoto, the man who makes and keeps every die. Taught me "
               "to grind a punch when I was in junior high. Nobody else here can build a progressive die. An "
               "endoscopy after the company health check found something; on 12 February he told me: early "
               "stomach cancer, surgery 5 March at Higashiosaka City Medical Center. He told the floor only that "
               "he's having 'a small stomach thing' done; the word cancer stays between him, Kazuko, Morita and me. "
               "He worked three Sundays in February to finish the progressive die for the Naniwa clip before going "
               "in, and waved me off when I tried to thank him. Handed his die notebook to Kota. Never lend him out "
               "or introduce him to anyone: other shops have been trying to poach him for twenty years and he "
               "hates being shown off."),
        rhythm=[(4, "2024-09-01", "2026-02-27", ["activity", "meeting"])],
        talk=["die maintenance on the 200-ton", "the progressive die for the Naniwa clip", "teaching Kota to grind "
              "punches", "the Tigers' spring camp", "his grandson's little-league game", "burrs on the SUS304 "
              "trial", "tea at 3 with Mother", "the 1970s presses Father bought second-hand"],
        extra=[
            ("2025-12-27", "activity", "Year-end big clean, then beer in the die room; he told the story of "
             "Father and the 1995 earthquake orders again", 120),
            ("2026-02-03", "meeting", "He told me, quietly, the endoscopy found something and they want more "
             "tests", 20),
            ("2026-02-12", "meeting", "Diagnosis: early stomach cancer, laparoscopic surgery 5 March. He asked me "
             "not to tell the floor the word", 40),
            ("2026-02-27", "activity", "He finished the progressive die for the Naniwa clip, three Sundays' "
             "work; gave Kota the die notebook; told the morning meeting it's 'a small stomach thing'", 60),
            ("2026-02-28", "activity", "His last half-day before the hospital; the floor lined up by the door. "
             "'Don't make a fuss,' he said, and went home", 20),
        ],
    )
    b.known(
        "nakagawa", "Nakagawa Hiroshi", 1, "advocate",
        company="Nakagawa Seiki (CNC machining, 12 people)", title="President", location="Higashiosaka, Takaida",
        birthday="1973-06-05", met_on="1986-04-08", how_met="Takaida Junior High, same class",
        tags=["friend", "association", "takaida"],
        interests={"business-succession": 1.0, "higashiosaka": 0.9, "sumo": 0.8},
        need=("n-nakagawa-succ", "business-succession", "His son won't come back to take over; wants to understand "
              "his options (selling to a third party, an employee buyout, or closing)", "2026-02-10"),
        notes=("Hiroshi. Same class at Takaida Junior High, same street, same kind of father. Runs Nakagawa Seiki, "
               "twelve people, CNC machining two streets away; treasurer of the association while I'm vice-chair. "
               "We drink at Daruma in Fuse about once a month. He has the Zeiss coordinate measuring machine we "
               "don't, and on a Saturday in February he measured the whole Naniwa trial lot on it and wouldn't take "
               "a yen. At New Year his son Yuto (at a Toyota group company in Nagoya) told him he's not coming back. "
               "On 10 Feb he said the words 'sell or close' out loud for the first time. Has two box seats for the "
               "sumo (Haru basho) on Sunday 15 March and wants me along."),
        rhythm=[(14, "2024-09-01", "2026-02-21", ["meal", "call", "activity"])],
        talk=["drinks at Daruma in Fuse", "his son Yuto in Nagoya", "the association budget", "CNC job prices "
              "this year", "our junior-high teachers", "the Tigers", "what happens to his shop when he's 60",
              "his wife's ikebana show"],
        extra=[
            ("2025-12-26", "event", "Association year-end party; he and I sang Rokko Oroshi badly", 180),
            ("2026-02-10", "meal", "Daruma: Yuto told him at New Year he won't come back. First time he's said "
             "'sell or close' out loud", 150),
            ("2026-02-18", "activity", "Saturday: measured all 500 Naniwa trial parts on his CMM with Aya, "
             "refused money", 300),
            ("2026-02-26", "call", "He's got two box seats for the sumo on Sunday 15 March; I'm to keep it free",
             10),
        ],
    )

    # ------------------------------------------------------------------ circle 2
    b.known(
        "keiko", "Nishida Keiko", 2, "ally", kin=True,
        title="Pharmacy assistant (part-time)", location="Ikoma, Nara",
        birthday="1977-09-14",
        tags=["family", "sister", "nara"],
        interests={"elder-care": 0.9},
        notes=("My younger sister, 48, in Ikoma with Toru and Mio. Works part-time at a dispensing pharmacy, so she "
               "understands Mother's medicine better than I do. Thinks I lean on Mother too much at the factory "
               "and says so. She's taking Mother to the day-after check on Friday 13 March; I drive her in on the "
               "12th. Mio's exam year has worn her thin."),
        rhythm=[(10, "2024-09-01", "2026-02-22", ["call", "message"])],
        talk=["Mother's eyes", "Mio's exams", "Omizutori at Todaiji", "her pharmacy shifts", "who does what for "
              "the memorial", "Toru's golf", "Mother's eye drops"],
        extra=[
            ("2026-02-28", "call", "Split the eye operation between us: I drive Mother on the 12th, she takes "
             "her to the check on the 13th. She said 'and stop having her make tea for 28 people'", 35),
        ],
    )
    b.known(
        "morita", "Morita Takeshi", 2, "ally",
        company="Morimoto Seisakusho", title="Factory manager (kojo-cho)", location="Higashiosaka",
        birthday="1967-03-12", met_on="1990-04-01", how_met="Joined Morimoto straight from technical high school",
        tags=["morimoto", "floor"],
        interests={"production": 1.0},
        notes=("Factory manager. 36 years here; runs the floor, the shifts and the press maintenance. Loyal, "
               "blunt, and sceptical about medical: 'paperwork for peanuts'. He's the one I told about Yamashita's "
               "cancer. Covering the dies with Kota and an outside die shop while Yamashita is off. Turns 59 on "
               "Thursday 12 March. On 11 March he stops the presses at 14:46 for the minute's silence, as every year "
               "since 2011."),
        rhythm=[(5, "2024-09-01", "2026-02-27", ["meeting", "activity"])],
        talk=["the production schedule", "the April shift plan without Nishimura", "overtime hours", "the "
              "200-ton's clutch", "his doubts about the medical volumes", "who covers Yamashita's dies",
              "the morning meeting"],
        extra=[
            ("2026-02-13", "meeting", "He said medical is 'paperwork for peanuts'; I said Nishimura was peanuts "
             "once too. We both went quiet", 40),
            ("2026-02-27", "meeting", "Planned cover for Yamashita: Kota on maintenance, the outside die shop in "
             "Yao for anything serious", 60),
        ],
    )
    b.known(
        "matsumoto", "Matsumoto Hideo", 2, "friend",
        company="Morimoto Seisakusho", title="Press operator (retiring 31 March)", location="Higashiosaka",
        birthday="1960-11-05", met_on="1979-04-01", how_met="Joined under my grandfather at 18",
        dates=[("matsumoto-retire", "Matsumoto-san's last day at Morimoto", "2026-03-31")],
        tags=["morimoto", "floor", "retiring"],
        notes=("Matsumoto-san, 65, on the presses 47 years, since my grandfather's time; he carried me round the "
               "factory on his shoulders. Finished his re-hire years and decided not to stay on: last day 31 "
               "March. Farewell party Friday 27 March in the upstairs room at Daruma. I still have to book it with "
               "Aoki-san and order his gift (he fishes at Tannowa; a good rod, engraved) by the 13th. Half deaf from "
               "the old mechanical presses, which is why I always speak up with him."),
        rhythm=[(14, "2024-09-01", "2026-02-26", ["activity", "meal"])],
        talk=["his 47 years on the presses", "his grandchildren in Sakai", "fishing at Tannowa", "the old "
              "mechanical presses", "his hearing", "my grandfather's temper"],
        extra=[
            ("2026-02-20", "meeting", "He confirmed he won't stay on; last day 31 March. 'Let the young ones "
             "have the machines'", 30),
        ],
    )
    b.known(
        "tsuji", "Tsuji Hiroyuki", 2, "ally", power=True,
        company="Hiraoka Shinkin Bank, Takaida branch", title="Branch manager", location="Higashiosaka",
        birthday="1976-08-21", met_on="2021-04-05", how_met="Came as our branch manager",
        tags=["bank", "shinkin", "succession"],
        interests={"succession-tax": 0.9, "subsidies": 0.8, "business-succession": 0.8},
        notes=("Branch manager at Hiraoka Shinkin, our main bank since my grandfather. Comes to the factory in "
               "person, knows the presses by name. The shinkin is a certified support body, so his sign-off goes "
               "on our special succession plan, which has to reach Osaka Prefecture by 31 March. He introduced us "
               "to Naniwa Medical at the bank's business-matching fair in October, and he's holding the loan "
               "application for the servo press. Meeting with him and Ueda-sensei Tuesday 10 March, 14:00, to sign "
               "the plan. It's transfer season; he's been at Takaida five years."),
        rhythm=[(21, "2024-09-01", "2026-02-17", ["meeting", "call"])],
        talk=["the servo press loan", "the special succession plan", "interest rates after the BOJ hike",
              "Aya's successor school", "the business-matching fair", "which factories on our street are "
              "struggling"],
        extra=[
            ("2025-10-16", "event", "Business-matching fair at the shinkin HQ: he walked us to the Naniwa Medical "
             "table himself", 240),
            ("2026-02-24", "meeting", "Succession plan timeline: draft from Ueda-sensei, his sign-off 10 March "
             "14:00, to the Prefecture before 31 March", 60),
        ],
    )
    b.known(
        "takeda", "Takeda Masaru", 2, "ally", power=True,
        company="Nishimura Denki (purchasing)", title="General manager, purchasing", location="Moriguchi",
        birthday="1970-07-07", met_on="2000-05-15", how_met="Father's customer; took over the account in 2000",
        tags=["customer", "nishimura"],
        interests={"vietnam-stamping": 1.0, "golf": 0.7},
        need=("n-takeda-vn", "vietnam-stamping", "Needs a reliable stamping subcontractor near the new Binh Duong "
              "plant for the parts that can't be done in-house", "2026-01-20"),
        notes=("Purchasing GM at Nishimura Denki, 35% of our sales for twenty years: brackets and terminals for "
               "their appliances. On 25 September he came himself to tell me they're moving that production to "
               "their plant in Binh Duong, Vietnam, from April: orders fall from April and stop after September. "
               "He didn't have to come in person or give six months; he fought for the last-time-buy. Nishimura "
               "owns 43 dies stored here; he's coming Friday 6 March at 14:00 to inventory them for shipping to "
               "Vietnam in October. In January he asked, a bit embarrassed, whether I know a stamping shop in "
               "southern Vietnam for the odd parts. I said I'd think about it. No hard feelings; it's not his "
               "decision."),
        rhythm=[(30, "2024-09-01", "2026-02-12", ["meeting", "call", "email"])],
        talk=["the monthly forecast", "delivery schedules", "the Vietnam plant ramp-up", "last-time-buy "
              "quantities", "golf at Hirakata", "his daughter's wedding"],
        extra=[
            ("2024-12-20", "gift", "O-seibo to Nishimura purchasing: a box of Kainan mikan from Michiko's brother"),
            ("2025-09-25", "meeting", "He came in person: Nishimura moves our parts to Binh Duong from April, "
             "orders stop after September. Bowed lower than I did", 60),
            ("2026-01-20", "call", "He asked if I know a stamping subcontractor near Binh Duong or Dong Nai. I "
             "said let me think", 20),
            ("2026-02-20", "call", "Confirmed Friday 6 March 14:00 to inventory the 43 Nishimura dies", 15),
        ],
    )

    # ------------------------------------------------------------------ circle 3: family
    b.known(
        "shigeru", "Morimoto Shigeru", 3, "advocate", peak=1, kin=True, status="deceased",
        location="Higashiosaka", birthday="1941-05-18",
        dates=[("shigeru-death", "Father died (13th memorial, jusan-kaiki, at Jokoji on 8 March 2026)",
                "2014-03-08")],
        tags=["family", "father", "morimoto"],
        notes=("Father, second generation. Took the factory in 1975 from Grandfather, who founded it in "
               "1958; bought the first 200-ton, got us through the oil shock, the strong yen and the Hanshin earthquake orders. Died 8 March 2014, "
               "heart, at 72, and I became president at 40 the same spring. His 13th memorial is on Sunday 8 "
               "March 2026, which falls on the day itself."),
    )
    b.known(
        "toru", "Nishida Toru", 3, "friend", kin=True,
        company="Nara Prefectural Government", title="Section chief", location="Ikoma, Nara",
        birthday="1974-12-01",
        tags=["family", "brother-in-law"],
        interests={"golf": 1.0},
        notes=("Keiko's husband. Quiet, decent, civil servant at the Prefecture. Golf twice a year, which is all "
               "the golf I play."),
        rhythm=[(60, "2024-09-01", "2026-01-02", ["meal", "activity", "message"])],
        talk=["golf at Ikoma", "Mio's exams", "the Prefecture's budget season", "New Year at our house"],
    )
    b.known(
        "mio", "Nishida Mio", 3, "friend", kin=True,
        title="High-school graduate", location="Ikoma, Nara",
        birthday="2007-08-23",
        tags=["family", "niece"],
        interests={"engineering": 0.8},
        notes=("Keiko's daughter, 18. Wants to study mechanical engineering at Kobe University, the only one in "
               "the family besides me who likes machines. Graduated high school 1 March. Second-stage exam at Kobe "
               "on 25 February; results Monday 9 March. I gave her an omamori from Osaka Tenmangu in January. "
               "If she gets in, the entrance money (nyugaku iwai) is from me."),
        rhythm=[(45, "2024-09-01", "2026-01-02", ["message", "meal"])],
        talk=["her mock exams", "robots club", "New Year otoshidama", "what a progressive die is"],
        extra=[
            ("2026-01-20", "gift", "Omamori for exam success from Osaka Tenmangu, with a note"),
            ("2026-02-26", "message", "LINE after the Kobe exam: 'the maths was horrible but I think OK'", 5),
            ("2026-03-01", "message", "Graduation photo on LINE, in her uniform with Keiko", 3),
        ],
    )
    b.known(
        "sachiko", "Tanabe Sachiko", 3, "friend", kin=True,
        location="Kainan, Wakayama", birthday="1948-10-10",
        tags=["family", "mother-in-law", "wakayama"],
        notes=("Michiko's mother, 77, in Kainan among the mikan terraces. Widowed in 2019. Sends citrus all year "
               "round and umeboshi she makes herself. A box of hassaku and umeboshi came on 20 February and I "
               "haven't called to thank her; Michiko has noticed."),
        rhythm=[(45, "2024-09-01", "2026-01-03", ["call", "gift"])],
        talk=["the mikan harvest", "her umeboshi", "Koji's orchard", "her knees", "the typhoon damage"],
        extra=[
            ("2025-08-13", "activity", "Obon in Kainan, the grave on the hill, watermelon on the veranda", 300),
            ("2026-02-20", "gift", "A box of hassaku and a jar of her umeboshi arrived"),
        ],
    )

    # ------------------------------------------------------------------ circle 3: the factory
    b.known(
        "kota", "Inoue Kota", 3, "ally",
        company="Morimoto Seisakusho", title="Press operator, die apprentice", location="Higashiosaka",
        birthday="2001-06-01", met_on="2020-04-01", how_met="Hired from Fuse Technical High School",
        tags=["morimoto", "floor", "young"],
        interests={"progressive-dies": 1.0, "motorbikes": 0.8},
        notes=("Kota, 24, five years here, Yamashita-san's apprentice. 2nd-grade press technician. Quiet, good "
               "hands. He has Yamashita's die notebook now and will be the one standing at the progressive die "
               "when Naniwa audits us on the 11th. He's nervous and won't say so. He and Aya run the 110-ton "
               "together in the mornings."),
        rhythm=[(6, "2024-09-01", "2026-02-26", ["activity", "meeting"])],
        talk=["punch grinding", "setup times on the 80-ton", "his motorbike", "Yamashita-san's notebook",
              "the SUS304 burrs", "training Aya"],
        extra=[
            ("2026-02-27", "activity", "Yamashita gave him the die notebook in front of everyone. He went red", 20),
        ],
    )
    b.known(
        "lan", "Nguyen Thi Lan", 3, "friend",
        company="Morimoto Seisakusho", title="Inspection (specified skilled worker)", location="Higashiosaka, Fuse",
        birthday="1998-09-02", met_on="2020-02-10", how_met="Came to us as a technical intern",
        tags=["morimoto", "floor", "vietnam"],
        interests={"jlpt": 0.9},
        notes=("Lan, 27, from Nghe An. Came as a technical intern in 2020, stayed on as a specified skilled worker; "
               "runs final inspection better than anyone. Went home for Tet and brought back Trung Nguyen coffee for "
               "the whole floor. On 24 Feb she asked me straight whether her job is safe now that Nishimura is "
               "going to Vietnam. I said yes. I meant it. Studying for JLPT N2 in July. Nishikawa-san handles her "
               "visa renewal."),
        rhythm=[(7, "2024-09-01", "2026-02-25", ["activity", "meeting"])],
        talk=["the inspection line", "her JLPT study", "her brother in Nghe An", "pho at the Vietnamese place in "
              "Fuse", "Tet plans", "gauge calibration"],
        extra=[
            ("2026-02-24", "activity", "Back from Tet with coffee for everyone. Asked me if her job is safe with "
             "Nishimura going. I said yes", 15),
        ],
    )
    b.known(
        "hasegawa", "Hasegawa Yoshie", 3, "friend",
        company="Morimoto Seisakusho", title="Shipping and office (part-time)", location="Higashiosaka",
        birthday="1964-12-18", met_on="2009-06-01", how_met="Answered the ad in the shotengai",
        tags=["morimoto", "office"],
        notes=("Hasegawa-san, 61, part-time in shipping and the office for sixteen years. Does the delivery "
               "slips, the courier, the gossip. Organises Valentine's giri-choco for every man on the floor, so "
               "White Day is my job: something decent for her, Lan and the three inspection ladies, handed out "
               "Friday the 13th since the 14th is a Saturday."),
        rhythm=[(7, "2024-09-01", "2026-02-27", ["activity", "meeting"])],
        talk=["delivery slips", "the courier pick-up times", "her grandson's kindergarten", "the shotengai "
              "gossip", "the new label printer"],
        extra=[
            ("2026-02-13", "gift", "Giri-choco for every man on the floor, from her and the inspection ladies "
             "(Valentine's was a Saturday)"),
        ],
    )

    # ------------------------------------------------------------------ circle 3: customers, bank, advisers
    b.known(
        "hirano", "Hirano Yuki", 3, "ally", power=True,
        company="Naniwa Medical Instruments (quality assurance)", title="QA manager", location="Osaka, Doshomachi",
        birthday="1981-10-14", met_on="2025-10-16", how_met="Hiraoka Shinkin business-matching fair",
        tags=["customer", "medical", "naniwa"],
        interests={"medical-devices": 1.0, "iso-13485": 1.0},
        expertise=["iso-13485", "supplier-audits"],
        notes=("QA at Naniwa Medical Instruments in Doshomachi, the old medicine street. They make disposable "
               "surgical instruments; we're trialling a stainless clip and spring plate for a ligation device, "
               "about 300,000 pieces a year if it goes. Precise, fair, no small talk. We delivered the 500-piece "
               "trial lot on 20 Feb; measurement results promised by Wednesday 4 March. Process audit at our "
               "factory Wednesday 11 March, 10:00, with Kaneda from design. She wants the control plan and risk "
               "analysis by the 9th."),
        rhythm=[(21, "2025-10-16", "2026-02-10", ["meeting", "email", "call"])],
        talk=["drawing tolerances", "passivation", "the trial lot", "traceability by coil lot", "cleaning and "
              "packing", "the ISO 13485 gap list", "burr height"],
        extra=[
            ("2025-11-20", "meeting", "Her first visit to the factory; she ran a finger along the 80-ton and "
             "looked at it", 120),
            ("2026-02-20", "meeting", "Delivered the 500-piece trial lot to Doshomachi with Aya and Nakagawa's "
             "CMM report", 60),
            ("2026-02-25", "call", "Audit confirmed for 11 March 10:00; results by the 4th; control plan and "
             "risk analysis by the 9th", 20),
        ],
    )
    b.known(
        "kubo", "Kubo Shinichi", 3, "ally", power=True,
        company="Naniwa Medical Instruments (purchasing)", title="Purchasing manager", location="Osaka, Doshomachi",
        birthday="1975-11-29", met_on="2025-10-16", how_met="Hiraoka Shinkin business-matching fair",
        tags=["customer", "medical", "naniwa"],
        interests={"medical-devices": 0.8},
        notes=("Purchasing at Naniwa Medical. He decides the supplier once Hirano's QA says yes. Said in January: "
               "pass the audit and mass production starts in July."),
        rhythm=[(45, "2025-10-16", "2026-01-15", ["meeting", "email"])],
        talk=["unit price", "annual volumes", "supplier evaluation forms", "lead times"],
        extra=[
            ("2026-01-29", "meeting", "If the audit passes, mass production order from July", 60),
        ],
    )
    b.known(
        "ueda", "Ueda Kazuo", 3, "ally",
        company="Ueda Tax Accountants", title="Zeirishi (tax accountant)", location="Higashiosaka, Fuse",
        birthday="1962-06-30", met_on="1994-04-01", how_met="Father's tax accountant",
        tags=["adviser", "tax", "succession"],
        interests={"succession-tax": 1.0},
        notes=("Ueda-sensei, our tax accountant since Father's day. Year-end is 31 March and he's drowning like "
               "every March. Drafting the special succession plan (tokurei shokei keikaku) so Father's and my shares "
               "can go to Aya with the tax deferred; it has to reach the Prefecture by 31 March. Signing with "
               "Tsuji-san Tuesday 10 March at 14:00."),
        rhythm=[(30, "2024-09-01", "2026-02-10", ["meeting", "call"])],
        talk=["the year-end closing", "share valuation", "the special succession plan", "Michiko's ledger",
              "depreciation on the presses"],
        extra=[
            ("2026-02-20", "meeting", "Forecast meeting with Michiko: April-September down about 30%", 120),
        ],
    )
    b.known(
        "sakamoto", "Sakamoto Rie", 3, "ally",
        company="Sakamoto Quality Consulting", title="ISO consultant", location="Osaka, Tenma",
        birthday="1977-05-09", met_on="2025-11-05", how_met="Recommended by Hirano-san",
        tags=["adviser", "iso", "medical"],
        interests={"iso-13485": 1.0, "medical-devices": 0.8},
        expertise=["iso-13485"],
        notes=("Our ISO consultant for the step from ISO 9001 (since 2008) to ISO 13485. Did a gap audit in January "
               "and found 41 gaps, most of them paperwork, some of them real (cleaning, traceability, the "
               "inspection room). Promised the revised procedures by Friday 6 March so we can train people before "
               "the audit."),
        rhythm=[(14, "2025-11-05", "2026-02-20", ["meeting", "email"])],
        talk=["the quality manual rewrite", "the risk management file", "cleaning validation", "training "
              "records", "document control"],
        extra=[
            ("2026-01-22", "meeting", "Gap audit: 41 findings. Aya took every note", 240),
            ("2026-02-27", "call", "She'll send the revised procedures by Friday 6 March", 20),
        ],
    )
    b.known(
        "hamada", "Hamada Toshiaki", 3, "ally",
        company="Osaka Business Succession Support Center", title="Adviser", location="Osaka, Honmachi",
        birthday="1965-02-02", met_on="2025-03-10", how_met="Tsuji-san sent me to him",
        tags=["adviser", "succession"],
        interests={"business-succession": 1.0},
        expertise=["business-succession", "m-and-a"],
        offer=("o-hamada-succ", "business-succession", "Free advice for small-firm owners on succession: family "
               "handover, employee buyouts, matching with buyers", "2025-04-01"),
        notes=("Ex-banker, now an adviser at the prefecture's business succession support center, free of "
               "charge. Helped me and Aya draw the five-year plan in 2025 and told me, kindly, that most owners "
               "start ten years too late. Has seen every version: children who come back, children who don't, "
               "employees who buy, buyers from Tokyo."),
        rhythm=[(60, "2025-03-10", "2026-01-15", ["meeting", "call"])],
        talk=["the five-year plan", "how the shares move", "what to tell the employees", "other owners' "
              "stories"],
        extra=[
            ("2025-06-20", "meeting", "Drew the five-year succession plan with him, Aya on the video from Tokyo",
             150),
        ],
    )
    b.known(
        "isamu", "Kawabata Isamu", 3, "friend", peak=2,
        company="Kawabata Plating (founder)", title="Chairman", location="Higashiosaka, Takaida",
        birthday="1951-09-23", met_on="1980-01-01", how_met="Father's friend; I grew up around his shop",
        tags=["association", "plating", "elder"],
        notes=("Kawabata-san, 74, founded Kawabata Plating on the next street; Father's drinking friend, "
               "plated our parts for thirty years. Gave me my first beer at the association summer party when I "
               "was 17 and Father pretended not to see. Heart failure: in hospital in Fuse over New Year, home since "
               "February, very thin. His son Shingo runs the shop."),
        rhythm=[(45, "2024-09-01", "2025-12-10", ["call", "activity"])],
        talk=["stories about Father", "plating in the old days", "his heart", "the association in the 70s"],
        extra=[
            ("2026-01-25", "activity", "Visited him in hospital in Fuse; he asked if Shigeru's 13th is already "
             "this year", 45),
            ("2026-02-15", "activity", "Visited him at home with a box of Fuse senbei. Very thin. He held my hand "
             "longer than usual", 40),
        ],
    )
    b.known(
        "shingo", "Kawabata Shingo", 3, "ally",
        company="Kawabata Plating", title="President", location="Higashiosaka, Takaida",
        birthday="1980-07-02", met_on="1985-01-01", how_met="Isamu-san's son; grew up on the next street",
        tags=["supplier", "plating", "association"],
        interests={"higashiosaka": 0.7},
        notes=("Isamu's son, 45, runs Kawabata Plating. Our plater. Nishimura's exit hurts him too, about a fifth "
               "of his zinc-nickel work goes with our parts. Has been looking after his father at home."),
        rhythm=[(20, "2024-09-01", "2026-02-24", ["call", "meeting"])],
        talk=["plating lead times", "zinc-nickel prices", "Nishimura's volume falling for him too", "his "
              "father's condition", "passivation for the stainless parts"],
    )
    b.known(
        "okada", "Okada Tsuyoshi", 3, "friend", peak=2,
        company="Daito Denki (until 31 March)", title="QA engineer", location="Neyagawa",
        birthday="1973-12-04", met_on="1989-04-08", how_met="Fuse High School rugby club",
        tags=["friend", "rugby", "fuse-high"],
        interests={"quality-assurance-job": 1.0, "rugby": 0.9},
        need=("n-okada-job", "quality-assurance-job", "Took early retirement; looking for a quality-assurance "
              "manager role in manufacturing, ideally somewhere he can build a system", "2026-02-14"),
        notes=("Tsuyoshi. Prop to my hooker at Fuse High rugby, 1989-91. 28 years in quality assurance at Daito "
               "Denki, the big electronics maker. Took the early-retirement package in January; last day 31 "
               "March. Proud; doesn't want pity, wants work. We had coffee on 14 Feb and I went through his CV. "
               "I'd hire him tomorrow if I could pay what he's worth. I said I'd ask around."),
        rhythm=[(90, "2024-09-01", "2025-10-01", ["message"])],
        talk=["the rugby club WhatsApp", "Hanazono results", "his kids at university"],
        extra=[
            ("2025-11-15", "event", "Fuse High class reunion, 35 years on; he said Daito is 'restructuring "
             "again'", 180),
            ("2026-01-30", "call", "He took the early-retirement package; last day 31 March", 40),
            ("2026-02-14", "coffee", "Coffee in Fuse; went through his CV. He'd like QA, medical or auto, "
             "somewhere small enough to matter", 90),
        ],
    )
    b.known(
        "tanaka", "Tanaka Yuko", 3, "friend",
        company="Kouba Design", title="Product designer", location="Higashiosaka, Fuse",
        birthday="1990-05-27", met_on="2025-05-10", how_met="Came round the factory asking for offcuts",
        tags=["design", "higashiosaka", "aya"],
        interests={"higashiosaka": 1.0, "design": 1.0},
        notes=("Designer who makes products out of Higashiosaka factory offcuts. Turned up in May asking for brass "
               "scraps; we ended up stamping her bookmark and bottle-opener prototypes for free. Launched the "
               "'Higashiosaka Offcuts' line on crowdfunding on 16 Feb, our brass in it. She and Aya have become "
               "friends. Pop-up at Hankyu Umeda from 4 March."),
        rhythm=[(30, "2025-05-10", "2026-02-20", ["meeting", "message", "coffee"])],
        talk=["the brass bookmark", "crowdfunding numbers", "photos of the presses for her page", "the open "
              "factory event", "Aya's ideas"],
        extra=[
            ("2025-11-10", "meeting", "Stamped 300 brass bookmark prototypes for her on the 35-ton, no charge", 120),
        ],
    )
    b.known(
        "iwasaki", "Iwasaki Yoshio", 3, "ally",
        company="Iwasaki Spring Works", title="President; chair of the Takaida Monozukuri-kai",
        location="Higashiosaka, Takaida", birthday="1954-10-02", met_on="1998-04-01",
        how_met="The association; Father's generation",
        tags=["association", "takaida"],
        interests={"higashiosaka": 1.0},
        notes=("Chair of the Takaida Monozukuri-kai, our neighbourhood factory association, 60 member firms. 71, "
               "springs, steps down at the April AGM. On 13 Feb he asked me to take over as chair. I'm vice-chair "
               "now. With Nishimura, Naniwa and the handover to Aya I don't see how; I have to give him an answer "
               "at the monthly meeting, Friday 13 March, 18:30."),
        rhythm=[(30, "2024-09-01", "2026-01-16", ["event", "call", "meeting"])],
        talk=["the monthly meeting", "the open-factory weekend in autumn", "his springs", "who will be next "
              "chair", "members closing down"],
        extra=[
            ("2026-02-13", "event", "Monthly meeting; afterwards he asked me to take the chair from April. "
             "Answer by the March meeting", 150),
        ],
    )
    b.known(
        "nomura", "Nomura Eri", 3, "ally",
        company="Daiichi Lock (purchasing)", title="Purchasing section chief", location="Yao",
        birthday="1983-01-15", met_on="2019-04-10", how_met="Took over the account from her predecessor",
        tags=["customer", "locks"],
        interests={"new-customers": 0.3},
        notes=("Purchasing at Daiichi Lock in Yao, our second customer, about 20% of sales, steady: lock cams and "
               "springs plates. Asked on 18 Feb for 3% off for the new fiscal year. I said no, and offered a steel "
               "surcharge formula instead. Waiting for her answer."),
        rhythm=[(30, "2024-09-01", "2026-01-30", ["meeting", "email", "call"])],
        talk=["lock parts forecast", "the price-down request", "steel surcharge", "packaging changes"],
        extra=[
            ("2026-02-18", "meeting", "She asked for 3% off from April; I offered a steel surcharge formula", 60),
        ],
    )

    # ------------------------------------------------------------------ circle 4
    b.known(
        "kazuko", "Yamashita Kazuko", 4, "friend",
        location="Higashiosaka, Kosaka", met_on="1985-06-01", how_met="Yamashita-san's wife",
        tags=["morimoto", "family-of-staff"],
        notes=("Yamashita-san's wife. Came to every company summer party for forty years with a tub of "
               "potato salad. She's the one who will tell me how he really is, and when he can have visitors. "
               "Said she'd call after the operation."),
        rhythm=[(120, "2024-09-01", "2025-12-27", ["event", "call"])],
        talk=["the company summer party", "her potato salad", "their grandson"],
        extra=[
            ("2026-02-28", "call", "She'll call me after the operation on the 5th; no visitors the first week, "
             "he'd hate it", 15),
        ],
    )
    b.known(
        "koji", "Tanabe Koji", 4, "friend", kin=True,
        title="Mikan farmer", location="Kainan, Wakayama", birthday="1978-11-11",
        tags=["family", "brother-in-law", "wakayama"],
        notes=("Michiko's younger brother, runs the family mikan terraces in Kainan with Sachiko. Supplies our "
               "o-seibo mikan every December."),
        rhythm=[(120, "2024-09-01", "2025-12-15", ["call", "gift"])],
        talk=["the mikan crop", "o-seibo boxes", "wild boar in the terraces"],
    )
    b.known(
        "fukui", "Fukui Daisuke", 4, "ally",
        company="Fukui Kozai (steel distributor)", title="Sales", location="Osaka, Nishi-ku",
        birthday="1979-04-03", met_on="2010-05-01", how_met="Our steel coil supplier",
        tags=["supplier", "steel"],
        notes=("Sells us coil: SPCC, SUS304, brass, phosphor bronze. In February he found a small-lot slit coil of "
               "SUS304 with the mill certificate for the Naniwa trial in three days, which no one else would "
               "bother with for 200 kg. I haven't thanked him beyond 'tasukatta'."),
        rhythm=[(20, "2024-09-01", "2026-02-16", ["call", "meeting"])],
        talk=["nickel prices", "SUS304 lead times", "mill certificates", "the surcharge for April"],
    )
    b.known(
        "matsuda", "Matsuda Koji", 4, "friend", peak=3,
        company="Matsuda Press Vietnam", title="President", location="Dong Nai, Vietnam",
        birthday="1967-08-15", met_on="1999-04-01", how_met="Takaida association; moved his factory to Vietnam in 2012",
        tags=["association", "vietnam", "dormant"],
        interests={"vietnam-stamping": 1.0},
        expertise=["vietnam-stamping"],
        offer=("o-matsuda-vn", "vietnam-stamping", "Has spare press capacity at his Dong Nai plant and is looking "
               "for Japanese customers' stamping work in southern Vietnam", "2026-01-05"),
        notes=("Matsuda-san had the press shop on the corner before he moved the whole business to Dong Nai in "
               "2012; half the association called it betrayal, Father called it sense. Forty presses now, Japanese "
               "quality, Vietnamese wages. We haven't spoken since his year-end call in 2024 and the New Year card "
               "in 2025. Duc, our old intern, is a line leader there. Posted in January that he has spare capacity "
               "and wants Japanese customers."),
        rhythm=[(120, "2024-06-01", "2024-12-20", ["call", "email"])],
        talk=["business in Dong Nai", "the old corner shop", "Vietnamese wages"],
        extra=[
            ("2025-01-04", "letter", "New Year card from Dong Nai, a photo of his new press line"),
        ],
    )
    b.known(
        "duc", "Nguyen Van Duc", 4, "friend", peak=3,
        company="Matsuda Press Vietnam", title="Line leader", location="Dong Nai, Vietnam",
        birthday="1995-03-28", met_on="2016-02-01", how_met="Technical intern at Morimoto, 2016-2019",
        tags=["vietnam", "former-staff"],
        notes=("Our intern 2016-2019, the first from Vietnam; Yamashita-san called him 'the one with the eyes'. "
               "Works at Matsuda's plant in Dong Nai. Messages me every Tet. Promoted to line leader in February."),
        rhythm=[(365, "2025-01-29", "2025-01-29", ["message"])],
        talk=["Tet greetings", "photos of his daughter"],
        extra=[
            ("2026-02-17", "message", "Tet greetings; he's been made line leader at Matsuda's", 10),
        ],
    )
    b.known(
        "fujii", "Fujii Maki", 4, "acquaintance",
        company="Suture Lab (medical device start-up)", title="CEO", location="Kobe, Port Island",
        birthday="1984-09-09", met_on="2026-02-05", how_met="Her booth at Medical Japan Osaka",
        tags=["medical", "start-up", "kobe"],
        interests={"medical-devices": 1.0, "quality-assurance-job": 0.9},
        offer=("o-fujii-qa", "quality-assurance-job", "Hiring an experienced manufacturing QA manager to build "
               "the company's ISO 13485 system; 13485 training provided", "2026-02-18"),
        notes=("Surgeon-turned-founder; her start-up makes a disposable suturing device in the Kobe biomedical "
               "cluster. Met at her booth at Medical Japan Osaka on 5 Feb; she wants stamped stainless parts in "
               "prototype quantities later this year. Raised her Series A in February and is hiring a QA manager "
               "from manufacturing."),
        extra=[
            ("2026-02-05", "event", "Medical Japan Osaka at INTEX: her booth, twenty minutes on stainless clips", 20),
            ("2026-02-19", "email", "Her follow-up: prototypes in the autumn, and she's hiring a QA manager", 5),
        ],
    )
    b.known(
        "maeda", "Maeda Shun", 4, "acquaintance",
        company="Maeda Laser / freelance web", title="Web and video for small factories", location="Higashiosaka",
        birthday="1996-03-15", met_on="2025-06-13", how_met="Son of the Maeda laser-cutting shop in the association",
        tags=["association", "web", "young"],
        interests={"website-renewal": 1.0},
        offer=("o-maeda-web", "website-renewal", "Builds websites and shoots factory videos for small "
               "manufacturers, Japanese and English", "2025-11-01"),
        notes=("Maeda-san's son from the laser shop, 29, back from a Tokyo ad agency. Does websites and short "
               "factory videos for association members; did Iwasaki's in the autumn. Turns 30 on 15 March."),
        rhythm=[(60, "2025-06-13", "2026-01-16", ["event", "message"])],
        talk=["the association meeting", "Iwasaki's new website", "drone shots of the street"],
    )
    b.known(
        "onishi", "Onishi Tadashi", 4, "advocate", peak=2,
        company="Osaka Metropolitan University", title="Professor, plasticity engineering",
        location="Sakai, Nakamozu campus", birthday="1960-06-11", met_on="1994-04-01",
        how_met="My graduation-thesis supervisor (Osaka Prefecture University)",
        tags=["mentor", "university", "dormant"],
        interests={"stainless-stamping": 1.0},
        expertise=["fine-blanking", "stainless-stamping"],
        notes=("Onishi-sensei supervised my thesis on springback in 1995-96 and got me my first job at the press "
               "maker. Retires at the end of March; final lecture (saishu kogi) Saturday 7 March, 14:00, Nakamozu. "
               "We haven't spoken since a seminar in November 2024; he sent a card in January 2025 saying he's "
               "giving up New Year cards. The invitation came by post in February. He knows more about burr-free "
               "stainless blanking than anyone in Kansai."),
        extra=[
            ("2024-11-15", "event", "JSTP seminar in Osaka on stainless forming; coffee after, he asked about "
             "Aya", 60),
            ("2025-01-04", "letter", "His last New Year card: giving up nengajo, 'thank you for thirty years'"),
            ("2026-02-10", "letter", "Postcard invitation to his final lecture, 7 March 14:00, Nakamozu"),
        ],
    )
    b.known(
        "hori", "Hori Masao", 4, "friend", peak=3, no_intros=True,
        company="Hori Seisakusho (closed December 2025)", title="Former president", location="Higashiosaka, Takaida",
        birthday="1956-01-30", met_on="1998-04-01", how_met="The association",
        tags=["association", "closed"],
        notes=("Hori-san closed his stamping shop in December after 48 years; no successor, no orders, knees gone. "
               "I bought his 110-ton at a fair price so it wouldn't go for scrap. Mother hears he doesn't go out. "
               "Don't talk business at him and don't pass him to anyone: he's had enough of people being kind "
               "about it. A cup of tea, the Tigers."),
        rhythm=[(60, "2024-09-01", "2025-10-10", ["event", "call"])],
        talk=["the association meeting", "the Tigers", "his knees"],
        extra=[
            ("2025-12-15", "meeting", "Bought his 110-ton press; he insisted on the lower price", 60),
            ("2025-12-20", "activity", "His last day: went to see the shutter come down. He didn't say much", 40),
        ],
    )
    b.known(
        "fukuda", "Fukuda Shoen", 4, "friend",
        company="Jokoji (Jodo Shinshu temple)", title="Head priest (jushoku)", location="Higashiosaka",
        birthday="1958-12-24", met_on="1980-01-01", how_met="Our family temple",
        tags=["temple", "family"],
        notes=("Jushoku of Jokoji, the family temple; Father's funeral and every memorial since. Booked for "
               "Father's 13th memorial, Sunday 8 March 11:00. The ofuse envelope and the number for the otoki "
               "lunch at Kappo Miyoshi are mine to confirm by Thursday 5 March. Spring higan is the 20th."),
        rhythm=[(180, "2024-09-01", "2025-09-20", ["activity", "call"])],
        talk=["the monthly visit to the butsudan", "higan", "Obon tanagyo"],
        extra=[
            ("2026-02-02", "call", "Booked Father's 13th memorial: Sunday 8 March 11:00", 15),
        ],
    )
    b.known(
        "shimizu", "Shimizu Rei", 4, "acquaintance",
        company="Hongo Medical Trading (Tokyo)", title="Sales director", location="Tokyo, Hongo",
        birthday="1972-04-17", met_on="2025-09-20", how_met="Aya's boss in Tokyo",
        tags=["medical", "tokyo", "aya"],
        interests={"medical-devices": 1.0},
        notes=("Aya's boss in Tokyo. Took me to dinner when Aya left and said she was sorry to lose her. Knows "
               "every device maker in Hongo. On 16 Feb she emailed that she'd send a list of makers looking for "
               "domestic stamping suppliers 'in early March'."),
        extra=[
            ("2025-09-20", "meal", "Dinner in Hongo with Aya and her, the week Aya left Tokyo", 120),
            ("2026-02-16", "email", "She'll send a list of device makers wanting Kansai stamping suppliers in "
             "early March"),
        ],
    )
    b.known(
        "ota", "Ota Naoki", 4, "ally",
        company="Kansai Press Kogyo", title="Sales engineer", location="Osaka, Yodogawa",
        birthday="1985-07-30", met_on="2025-06-04", how_met="Came to demonstrate the servo press",
        tags=["supplier", "servo-press"],
        interests={"servo-press": 1.0, "subsidies": 0.8},
        notes=("Selling us a 150-ton servo press, about 48 million yen, which the Naniwa work really needs (slow, "
               "controlled strokes for stainless). Quote valid to 31 March. Promised a revised quote with the "
               "trade-in of the old 150-ton mechanical by Monday 9 March."),
        rhythm=[(30, "2025-06-04", "2026-02-17", ["meeting", "call"])],
        talk=["stroke profiles for stainless", "the quote", "the monozukuri subsidy", "delivery lead times",
              "the trade-in"],
    )
    b.known(
        "kondo", "Kondo Mika", 4, "acquaintance",
        company="Hiraoka Shinkin Bank, business support", title="Coordinator, successor school",
        location="Higashiosaka", met_on="2025-10-04", how_met="Aya's successor-school orientation",
        tags=["bank", "shinkin", "aya"],
        notes=("Runs the shinkin's successor school that Aya is in. Final presentations Saturday 14 March, "
               "13:00, in the hall at head office; parents and presidents invited."),
        extra=[
            ("2025-10-04", "event", "Successor-school orientation; parents' session", 90),
            ("2026-02-09", "email", "Invitation to the final presentations, 14 March 13:00"),
        ],
    )
    b.known(
        "aoki", "Aoki Jun", 4, "friend",
        company="Izakaya Daruma", title="Owner", location="Higashiosaka, Fuse",
        birthday="1969-02-08", met_on="2003-01-01", how_met="The izakaya everyone on our street drinks at",
        tags=["fuse", "izakaya"],
        notes=("Master at Daruma in Fuse; the upstairs room takes twenty-five. Every association party and every "
               "farewell we've had. Need to book it for Matsumoto-san's farewell, Friday 27 March."),
        rhythm=[(30, "2024-09-01", "2026-02-10", ["meal"])],
        talk=["kushikatsu and a highball", "his new sake from Nara", "the Tigers' bullpen"],
    )
    b.known(
        "fukushima", "Fukushima Go", 4, "friend", peak=3,
        company="Fuse High School", title="Rugby coach", location="Higashiosaka",
        birthday="1973-03-03", met_on="1989-04-08", how_met="Fuse High rugby, our captain",
        tags=["rugby", "fuse-high"],
        interests={"rugby": 1.0},
        notes=("Our captain at Fuse High, now coaches the team there. Every December I see him at Hanazono, "
               "the national high-school tournament on our doorstep, and give to the team fund. Birthday on "
               "Hinamatsuri, which we teased him about for three years."),
        extra=[
            ("2024-12-30", "event", "Hanazono, second round: his boys lost to Toin by a try. Gave to the team "
             "fund", 150),
            ("2025-12-29", "event", "Hanazono again; his boys reached the third round. Beer after in Fuse", 180),
        ],
    )
    b.known(
        "okubo", "Okubo Tami", 4, "friend",
        location="Higashiosaka, Takaida (across the street)", birthday="1943-07-07", met_on="1973-01-01",
        how_met="Neighbour across the street my whole life",
        tags=["neighbour", "takaida"],
        notes=("Okubo-san, 82, across the street, Mother's friend from the temple group. Complained in the summer "
               "about the vibration when we ran the 200-ton late; I moved the late shift to the small presses and "
               "took her senbei. She'll be watching Mother's eye."),
        rhythm=[(45, "2024-09-01", "2026-01-20", ["activity"])],
        talk=["the vibration from the 200-ton", "her cat", "Mother's eyes", "the street sweeping"],
        extra=[
            ("2025-08-05", "activity", "She complained about the 200-ton at night; moved the late shift to the "
             "small presses, took her senbei", 20),
        ],
    )
    b.known(
        "nishikawa", "Nishikawa Ai", 4, "ally",
        company="Nishikawa Labour Consultants", title="Sharoshi (labour and social-security consultant)",
        location="Higashiosaka, Fuse", met_on="2016-04-01", how_met="Ueda-sensei's recommendation",
        tags=["adviser", "hr"],
        notes=("Our sharoshi: payroll rules, the interns' and Lan's visas, retirements. Doing Matsumoto-san's "
               "retirement papers and modelling the April pay rise (Michiko says 2%, I want 3%, with the minimum "
               "wage up again last autumn)."),
        rhythm=[(45, "2024-09-01", "2026-02-18", ["meeting", "email"])],
        talk=["Matsumoto-san's retirement papers", "Lan's visa renewal", "the April pay rise", "the minimum "
              "wage", "employment subsidies"],
    )
    b.known(
        "kaneda", "Kaneda Ryuji", 4, "acquaintance",
        company="Naniwa Medical Instruments (design)", title="Design engineer", location="Osaka, Doshomachi",
        met_on="2025-11-20", how_met="Came with Hirano-san on the first visit",
        tags=["customer", "medical", "naniwa"],
        notes=("Designed the clip. Young, reasonable about tolerances when you show him the numbers. Comes with "
               "Hirano-san to the audit on the 11th."),
        extra=[
            ("2025-11-20", "meeting", "First visit with Hirano-san; went through the clip drawing at the 80-ton", 90),
            ("2025-12-11", "email", "Agreed the burr direction on the clip, revision C of the drawing"),
            ("2026-01-15", "meeting", "Video call on the spring-back of the plate; he loosened one tolerance "
             "when we showed him the numbers", 45),
            ("2026-02-04", "email", "Revision D drawing for the trial lot"),
        ],
    )
    b.known(
        "ishikawa", "Ishikawa Nobuko", 4, "acquaintance",
        company="Ishikawa Eye Clinic", title="Ophthalmologist", location="Higashiosaka, Fuse",
        met_on="2026-01-27", how_met="Mother's eye doctor",
        tags=["doctor", "mother"],
        notes=("Mother's eye doctor. Straightforward; told Mother she'll read the newspaper again by April. "
               "Left eye Thursday 12 March 9:30, check the next morning."),
        extra=[
            ("2026-01-27", "meeting", "Consultation with Mother: cataract surgery, left eye 12 March", 40),
        ],
    )

    # ------------------------------------------------------------------ circle 5 (dormant)
    b.known(
        "yoshimura", "Yoshimura Satoshi", 5, "acquaintance", peak=3,
        company="Sanwa Auto Parts (purchasing)", title="Purchasing manager", location="Kadoma",
        met_on="2008-06-01", how_met="Was a customer until they moved the work to China in 2019",
        tags=["former-customer", "automotive", "dormant"],
        interests={"reshoring": 1.0},
        notes=("Bought seat-bracket parts from us for eleven years until Sanwa moved the work to China in 2019. "
               "Decent about it. Ran into him at the Mechatronics fair in October 2024; he said Sanwa is thinking "
               "about bringing some parts back to Japan. Haven't followed up."),
        rhythm=[(200, "2023-10-01", "2024-10-10", ["event", "email"])],
        talk=["ran into him at the fair, China costs rising"],
    )
    b.known(
        "sugawara", "Sugawara Akira", 5, "friend", peak=2,
        company="Tokyo Heavy Machinery", title="Engineering manager", location="Tokyo, Shinagawa",
        birthday="1973-09-30", met_on="1992-04-06", how_met="Same lab at Osaka Prefecture University",
        tags=["university", "tokyo", "dormant"],
        notes=("Lab mate under Onishi-sensei; went to Tokyo and stayed. Looked out for Aya when she first moved "
               "there, took her to dinner twice. Last spoke November 2024. He'll be at the final lecture, surely."),
        rhythm=[(180, "2024-01-02", "2024-11-20", ["call", "message"])],
        talk=["Onishi-sensei's lab days", "Aya in Tokyo", "his kids"],
    )

    # ------------------------------------------------------------------ events
    b.event("e-hori-close", "hori", "2025-12-20", "other",
            "Closed Hori Seisakusho after 48 years: no successor, no orders")
    b.event("e-nishimura", "takeda", "2025-09-25", "other",
            "Nishimura Denki moves our brackets and terminals to its Binh Duong plant: orders fall from April 2026 "
            "and stop after September; 43 Nishimura dies to be shipped in October")
    b.event("e-isamu-ill", "isamu", "2026-01-10", "illness",
            "Admitted to hospital in Fuse with heart failure over New Year; home since early February, frail")
    b.event("e-okada-layoff", "okada", "2026-01-30", "job_loss",
            "Took Daito Denki's early-retirement package after 28 years in QA; last day 31 March")
    b.event("e-yamashita-cancer", "yamashita", "2026-02-12", "illness",
            "Early stomach cancer found after the health-check endoscopy; laparoscopic surgery 5 March at "
            "Higashiosaka City Medical Center (only Kazuko, Morita and I know the word)")
    b.event("e-tanaka-launch", "tanaka", "2026-02-16", "launch",
            "Launched 'Higashiosaka Offcuts' on crowdfunding, with our stamped brass bookmark")
    b.event("e-fujii-funding", "fujii", "2026-02-18", "other",
            "Suture Lab closed its Series A; hiring a QA manager and looking for parts suppliers")
    b.event("e-duc-promo", "duc", "2026-02-20", "promotion",
            "Made line leader at Matsuda Press Vietnam in Dong Nai")
    b.event("e-mio-grad", "mio", "2026-03-01", "graduation",
            "Graduated from high school in Nara")
    b.event("e-tanaka-popup", "tanaka", "2026-03-04", "launch",
            "Her 'Higashiosaka Offcuts' pop-up opens at Hankyu Umeda for two weeks, our brass on the table")
    b.event("e-yamashita-op", "yamashita", "2026-03-05", "illness",
            "Surgery (laparoscopic distal gastrectomy) went as planned; Kazuko called at 17:00. No visitors for a "
            "week; about a month off work")
    b.event("e-hirano-promo", "hirano", "2026-03-06", "promotion",
            "Told she'll be head of quality assurance at Naniwa Medical from 1 April (transfer-season announcement)")
    b.event("e-onishi-lecture", "onishi", "2026-03-07", "other",
            "Final lecture at Nakamozu, 14:00; retires 31 March after 36 years")
    b.event("e-isamu-death", "shingo", "2026-03-07", "bereavement",
            "His father Kawabata Isamu died early this morning at home, 74. Wake Monday 9 March 18:00, funeral "
            "Tuesday 10 March 11:00, Fuse Memorial Hall")
    b.event("e-mio-pass", "mio", "2026-03-09", "other",
            "Passed: Kobe University, Faculty of Engineering (mechanical)")
    b.event("e-tsuji-transfer", "tsuji", "2026-03-09", "move",
            "Transferred from 1 April to head office, business-support department; Kishimoto from the Yao branch "
            "takes over Takaida")
    b.event("e-fumiko-eye", "fumiko", "2026-03-12", "illness",
            "Cataract surgery, left eye, at Ishikawa Eye Clinic, 9:30; eye drops four times a day, check tomorrow")
    b.event("e-aya-skill", "aya", "2026-03-13", "award",
            "Passed the 3rd-grade national trade skill test in metal press working")

    # ------------------------------------------------------------------ favors
    b.favor("f-yamashita-die", "yamashita", "me", "2026-02-27", "favor",
            "Worked three Sundays to finish the progressive die for the Naniwa clip before his operation")
    b.favor("f-nakagawa-cmm", "nakagawa", "me", "2026-02-18", "favor",
            "Measured all 500 Naniwa trial parts on his CMM on a Saturday, refused payment")
    b.favor("f-sachiko-hassaku", "sachiko", "me", "2026-02-20", "gift",
            "A box of hassaku and a jar of her umeboshi")
    b.favor("f-fukui-coil", "fukui", "me", "2026-02-06", "favor",
            "Found a 200 kg slit coil of SUS304 with mill certificate in three days for the Naniwa trial")
    b.favor("f-tsuji-naniwa", "tsuji", "me", "2025-10-16", "intro",
            "Introduced us to Naniwa Medical at the business-matching fair", thanked_on="2025-10-17",
            outcome="Trial lot delivered 20 Feb; audit 11 March")
    b.favor("f-takeda-notice", "takeda", "me", "2025-09-25", "favor",
            "Came in person with six months' notice and fought for a last-time-buy through September",
            thanked_on="2025-09-26")
    b.favor("f-hamada-plan", "hamada", "me", "2025-06-20", "advice",
            "Drew the five-year succession plan with Aya and me, free of charge", thanked_on="2025-06-23")
    b.favor("f-lan-coffee", "lan", "me", "2026-02-24", "gift",
            "Trung Nguyen coffee from Tet for the whole floor", thanked_on="2026-02-24")
    b.favor("f-hasegawa-choco", "hasegawa", "me", "2026-02-13", "gift",
            "Valentine's giri-choco for every man on the floor, organised with the inspection ladies")
    b.favor("f-me-okada-cv", "me", "okada", "2026-02-14", "advice",
            "Went through his CV over coffee")
    b.favor("f-me-hori-press", "me", "hori", "2025-12-15", "favor",
            "Bought his 110-ton press at a fair price so it wouldn't be scrapped")
    b.favor("f-me-tanaka-proto", "me", "tanaka", "2025-11-10", "favor",
            "Stamped 300 brass bookmark prototypes for her, no charge",
            outcome="In her crowdfunding line from 16 Feb")
    b.favor("f-me-mio-omamori", "me", "mio", "2026-01-20", "gift",
            "Exam omamori from Osaka Tenmangu")
    b.favor("f-me-lan-guarantee", "me", "lan", "2025-04-10", "favor",
            "The company stood guarantor for her new flat in Fuse")

    # ------------------------------------------------------------------ follow-ups
    b.follow_up("u-hina", "fumiko", True,
                "Help Mother put Aya's hina dolls away on the 4th (or Aya 'marries late')", "2026-03-04")
    b.follow_up("u-hirano-results", "hirano", False,
                "Measurement results on the 500-piece trial lot", "2026-03-04")
    b.follow_up("u-fukuda-memorial", "fukuda", True,
                "Confirm the numbers for the otoki lunch at Kappo Miyoshi and prepare the ofuse for Father's 13th "
                "memorial", "2026-03-05")
    b.follow_up("u-yamashita-op", "yamashita", False,
                "Surgery at Higashiosaka City Medical Center; Kazuko will call after", "2026-03-05")
    b.follow_up("u-takeda-dies", "takeda", True,
                "Have the ledger of the 43 Nishimura dies ready for his inventory visit, Friday 14:00",
                "2026-03-06")
    b.follow_up("u-sakamoto-docs", "sakamoto", False,
                "Revised ISO 13485 procedures, so we can train everyone before the audit", "2026-03-06")
    b.follow_up("u-shimizu-list", "shimizu", False,
                "List of device makers looking for Kansai stamping suppliers", "2026-03-06")
    b.follow_up("u-okada-ask", "okada", True,
                "Ask around for Okada: who needs a QA manager", "2026-03-06")
    b.follow_up("u-onishi-lecture", "onishi", True,
                "Go to Onishi-sensei's final lecture, Saturday 14:00 at Nakamozu", "2026-03-07")
    b.follow_up("u-hirano-docs", "hirano", True,
                "Send the control plan and risk analysis before the audit", "2026-03-09")
    b.follow_up("u-mio-result", "mio", False,
                "Kobe University results", "2026-03-09")
    b.follow_up("u-ota-quote", "ota", False,
                "Revised servo-press quote with the trade-in", "2026-03-09")
    b.follow_up("u-tsuji-plan", "tsuji", False,
                "Sign the special succession plan with Ueda-sensei, Tuesday 14:00", "2026-03-10")
    b.follow_up("u-naniwa-audit", "hirano", False,
                "Naniwa Medical process audit at the factory, with Kaneda, 10:00", "2026-03-11")
    b.follow_up("u-fumiko-eye", "fumiko", False,
                "Cataract surgery, left eye, Ishikawa Eye Clinic 9:30 (I drive her; Keiko takes her to the check "
                "on the 13th)", "2026-03-12")
    b.follow_up("u-matsumoto-party", "matsumoto", True,
                "Book Daruma's upstairs room for his farewell on 27 March and order the engraved rod",
                "2026-03-13")
    b.follow_up("u-whiteday", "hasegawa", True,
                "White Day returns for Hasegawa-san, Lan and the inspection ladies; hand out Friday",
                "2026-03-13")
    b.follow_up("u-iwasaki-answer", "iwasaki", True,
                "Give Iwasaki-san my answer on the association chair at the monthly meeting, 18:30",
                "2026-03-13")
    b.follow_up("u-aya-present", "aya", True,
                "Be at Aya's successor-school presentation, Saturday 13:00 at the shinkin head office",
                "2026-03-14")
    b.follow_up("u-michiko-whiteday", "michiko", True,
                "White Day dinner with Michiko, a proper one (she likes the kappo in Fuse)", "2026-03-14")
    b.follow_up("u-nakagawa-sumo", "nakagawa", False,
                "Sumo with Hiroshi at the Haru basho, his box seats", "2026-03-15")
    b.follow_up("u-mio-gift", "mio", True,
                "Entrance money for Mio if she gets in", "2026-03-15")

    # ------------------------------------------------------------------ goals
    b.goal("g-naniwa", "Win Naniwa Medical as a customer and build a medical line that can stand in for Nishimura",
           ["medical-devices", "iso-13485", "new-customers"], 1,
           ["hirano", "kubo", "kaneda", "sakamoto", "aya", "kota", "nakagawa", "tsuji", "ota", "fujii", "shimizu"])
    b.goal("g-succession", "Hand Morimoto Seisakusho to Aya over five years, with the people and the shares in "
           "place", ["business-succession", "succession-tax"], 1,
           ["aya", "michiko", "fumiko", "tsuji", "ueda", "hamada", "morita", "yamashita", "kota"])
    b.goal("g-nishimura", "Get through Nishimura's exit without letting anyone go",
           ["vietnam-stamping", "new-customers", "reshoring"], 2,
           ["takeda", "michiko", "morita", "nomura", "yoshimura", "lan", "shingo", "nishikawa"])

    # ------------------------------------------------------------------ saved items
    b.item("c-13485", "ISO 13485 for small suppliers: what a customer's process audit actually looks at",
           "https://example.org/quality/iso13485-supplier-audit", ["iso-13485", "medical-devices"], "2026-02-03")
    b.item("c-succession-tax", "Special business-succession tax measure: plans must reach the prefecture by "
           "31 March 2026", "https://example.org/tax/succession-plan-deadline",
           ["succession-tax", "business-succession"], "2026-01-28")
    b.item("c-vietnam-parks", "Japanese parts makers in southern Vietnam: Dong Nai and Binh Duong fill up",
           "https://example.org/asia/vietnam-industrial-parks", ["vietnam-stamping"], "2026-02-09")
    b.item("c-reshoring", "Back from China: which auto-parts makers are moving work home",
           "https://example.org/industry/reshoring-auto-parts", ["reshoring", "new-customers"], "2026-02-12")
    b.item("c-qa-second-career", "After fifty at a big maker: second careers in small firms' quality "
           "departments", "https://example.org/work/qa-second-career", ["quality-assurance-job"], "2026-02-22")
    b.item("c-higashiosaka", "Higashiosaka's factories are closing faster than they open: what the towns are "
           "trying", "https://example.org/kansai/higashiosaka-succession", ["higashiosaka", "business-succession"],
           "2026-02-25")
    b.item("c-cataract", "Cataract surgery at eighty: the first weeks of recovery",
           "https://example.org/health/cataract-recovery-elderly", ["elder-care"], "2026-02-05")

    b.hand_first()
    return b
