// What the app calls someone: the same rules as the engine's `first_name` and `called` (engine/text.rs), over the
// same word lists, generated from the core (bindings/names.ts), so a Today card, its draft and the person's page
// all say "Hye-won" for "Shin Hye-won", "Hùng" for "Lê Quốc Hùng" and "Mum" for the user's own mother.
import {
  BURMESE_TITLES,
  CANTONESE_FAMILY_NAMES,
  CHINESE_FAMILY_NAMES,
  FAMILY_WORDS,
  HONORIFICS,
  JAPANESE_FAMILY_NAMES,
  KIN_TITLES,
  KOREAN_FAMILY_NAMES,
  SOUTHERN_CHINESE_FAMILY_NAMES,
  TITLES_OF_RESPECT,
  VIETNAMESE_FAMILY_NAMES,
} from "./bindings/names";

const honorific = (word: string) => HONORIFICS.includes(word.replace(/\.$/, "").toLowerCase());

/** One syllable of romanised Korean, in lower case: an initial consonant or none, a vowel ("y" or "w" may glide into
 * it), a final consonant or none ("kyung", "hye", "won", "ah"; not "avenue"). */
function koreanSyllable(s: string): boolean {
  return /^(kk|tt|pp|ss|jj|ch|sh|g|k|n|d|t|r|l|m|b|p|s|j|h|y|w)?[yw]?[aeiou]{1,3}(ng|n|m|k|l|p|t|h|g)?$/.test(s);
}

/** A Korean family name, then a given name of two romanised syllables joined by a hyphen ("Shin Hye-won", "Ahn
 * Kyung-mi"). */
function koreanFamilyFirst(family: string, given: string): boolean {
  const syllables = given.split("-");
  if (!KOREAN_FAMILY_NAMES.includes(family) || syllables.length !== 2) return false;
  const [a, b] = syllables as [string, string];
  return /^\p{Lu}/u.test(a) && /^\p{Ll}+$/u.test(b) && koreanSyllable(a.toLowerCase()) && koreanSyllable(b);
}

/** How many syllables of pinyin a lower-case word is made of ("xiaoling": 2), or null when it is not pinyin: an
 * initial and a final, or a final alone that opens on a, o or e; j, q and x take only finals that open on i or u, and
 * "o" alone follows only b, p, m, f, w, y or l. As the engine's `pinyin_syllables`. */
const FINALS = ["iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "ai", "ei",
  "ao", "ou", "an", "en", "er", "ia", "ie", "iu", "in", "ua", "uo", "ui", "un", "ue", "ve", "a", "o", "e", "i", "u", "v"];
const INITIALS = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "r", "z", "c", "s", "y",
  "w", "j", "q", "x", ""];
export function pinyinSyllables(word: string): number | null {
  if (word === "") return 0;
  for (const initial of INITIALS) {
    if (!word.startsWith(initial)) continue;
    const rest = word.slice(initial.length);
    for (const f of FINALS) {
      if (["j", "q", "x"].includes(initial) && !/^[iuv]/.test(f)) continue;
      if (initial === "" && !/^[aoe]/.test(f)) continue;
      if (initial !== "" && f === "o" && !["b", "p", "m", "f", "w", "y", "l"].includes(initial)) continue;
      if (!rest.startsWith(f)) continue;
      const after = pinyinSyllables(rest.slice(f.length));
      if (after !== null) return after + 1;
    }
  }
  return null;
}

/** A Chinese name written family name first ("Wang Jun", "Tan Wei Ming"), after any titles, said whole. */
function chineseName(words: string[]): string | null {
  const [family, ...given] = words;
  if (family === undefined || given.length === 0) return null;
  // Or a Cantonese name as Hong Kong writes it ("Chan Wai-ling"); a Korean name keeps its own reading.
  if (given.length === 1 && given[0]!.includes("-")) {
    const known = CHINESE_FAMILY_NAMES.includes(family) || CANTONESE_FAMILY_NAMES.includes(family);
    const m = /^([A-Z][a-z]{0,5})-([a-z]{1,6})$/.exec(given[0]!);
    const vowel = (s: string) => /[aeiouy]/.test(s);
    if (known && m && vowel(m[1]!.toLowerCase()) && vowel(m[2]!) && !koreanFamilyFirst(family, given[0]!)) {
      return `${family} ${given[0]}`;
    }
  }
  // Or a name as Singapore and Malaysia romanise Hokkien, Teochew, Hakka or Cantonese, a syllable a word ("Lim Wei
  // Min", "Ng Boon Chye").
  const syllable = (w: string) => /^[A-Z][a-z]{0,5}$/.test(w) && /[aeiouy]/.test(w.toLowerCase());
  if (SOUTHERN_CHINESE_FAMILY_NAMES.includes(family) && given.length === 2 && given.every(syllable)) {
    return words.join(" ");
  }
  if (!CHINESE_FAMILY_NAMES.includes(family)) return null;
  let syllables = 0;
  for (const w of given) {
    if (!/^[A-Z][a-z]*$/.test(w)) return null;
    const n = pinyinSyllables(w.toLowerCase());
    if (n === null) return null;
    syllables += n;
  }
  return syllables >= 1 && syllables <= 3 ? words.join(" ") : null;
}

/** A Burmese name, its title first ("U Zawana", "Daw Khin May"): said whole, title and all, as the engine's
 * `burmese_name`; one to four capitalised words after the title, none hyphenated, two at least after Ko or Ma. */
function burmeseName(words: string[]): string | null {
  const [title, ...rest] = words;
  const least = title === "Ko" || title === "Ma" ? 2 : 1;
  if (title === undefined || !BURMESE_TITLES.includes(title) || rest.length < least || rest.length > 4) return null;
  return rest.every((w) => /^\p{Lu}\p{L}*$/u.test(w)) ? words.join(" ") : null;
}

/** The given name: the first word after any titles, the given name of a Korean or Vietnamese name written family
 * name first; a name that is only titles stays as written. */
const SERVANT = ["Abdul", "Abdel", "Abdur", "Abdus", "Abd", "Abdal"];

export function firstName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const at = words.findIndex((w) => !honorific(w));
  if (at < 0) return name.trim();
  const chinese = chineseName(words.slice(at));
  if (chinese !== null) return chinese;
  const burmese = burmeseName(words);
  if (burmese !== null) return burmese;
  // A Theravada monk's own name and "Thero", his village first ("Ven. Kotmale Sumangala Thero" is Sumangala Thero).
  const named = words.slice(at);
  const last = named[named.length - 1]!;
  if (named.length >= 3 && ["Thero", "Thera", "Himi"].includes(last)) return `${named[named.length - 2]} ${last}`;
  // Initials before the given name are skipped too ("K. Senthil Kumar" is Senthil).
  let rest = words.slice(at);
  while (rest.length > 1 && /^\p{Lu}\.$/u.test(rest[0]!)) rest = rest.slice(1);
  const family = rest[0]!;
  const given = rest[1];
  // "Abdul Sattar" is one name, not "Abdul" (as the engine's `servant_name`).
  if (given !== undefined && at === words.length - rest.length && SERVANT.includes(family)) return `${family} ${given}`;
  if (given !== undefined && koreanFamilyFirst(family, given)) return given;
  // A middle name "Thị" or "Văn", with its marks, says the family name comes first too ("Phan Thị Hiền").
  if (given !== undefined && (VIETNAMESE_FAMILY_NAMES.includes(family) || ["Thị", "Văn"].includes(given))) {
    return rest[rest.length - 1]!;
  }
  return family;
}

type Named = { name: string; kin: boolean; how_met: string | null; notes?: string | null };

/** The word the user calls family by, when their "how we met" begins with it ("Mum", "Eomma, my mother"). */
export function familyWord(p: Named): string | null {
  if (!p.kin || !p.how_met) return null;
  const how = p.how_met.split(/[,;]/)[0]!.trim();
  return FAMILY_WORDS.includes(how) ? how : null;
}

const nameLike = (n: string) => {
  const words = n.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 3 && words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w));
};

/** What the user calls someone when it is not their first name, in the user's own words: a name in brackets or
 * quotes in their name ("Antônio Carlos Lima (Toninho)", "Josefa 'Pepa' Gallardo"), notes that open with it and their age ("Jun, 47. Came to Toronto…",
 * "Ify. 18 on Saturday 14 March" of Ifeoma), or with a title of kinship ("Kuya Bong. President…"), or, for family, a
 * "how we met" that ends on it after the relation, up to a semicolon ("My younger brother, Jun", "Our son, DJ; born
 * in Killeen"), or names them after it with a title of kinship ("Chalo's wife; Tía Toña"). As the engine's
 * `nickname`. */
export function nickname(p: Named): string | null {
  // Or in quotes: "Jhoanna \"Joy\" Ramos", "Pacita “Lola Pacing” Manalo", and single quotes from a word's start to a
  // word's end, not an apostrophe ("Josefa 'Pepa' Gallardo", not "Gráinne O'Neill").
  const inName = [/\(([^)]*)\)/, /"([^"]*)"/, /“([^”]*)”/, /‘([^’]*)’/, /(?:^|\s)'([^']*)'(?=\s|$)/]
    .map((re) => re.exec(p.name)?.[1]?.trim())
    .find((n) => n !== undefined);
  const fromName = inName !== undefined && nameLike(inName) ? inName : null;
  let fromNotes: string | null = null;
  const notes = p.notes ?? "";
  const end = notes.search(/[,.]/);
  if (end >= 0) {
    const head = notes.slice(0, end).trim();
    const rest = notes.slice(end);
    const shortForm = !head.includes(" ") && head[0] === firstName(p.name)[0];
    const aged = /^, \d{1,3}[.;]/.test(rest) || (shortForm && /^\. \d{1,3} /.test(rest));
    // (For family, a family word before their name titles it too: "Vó Zefinha." of Josefa.)
    const lead = head.split(/\s+/)[0] ?? "";
    const titled =
      rest.startsWith(".") && (KIN_TITLES.includes(lead) || (p.kin && head.includes(" ") && FAMILY_WORDS.includes(lead)));
    // Or words of their own name, after a title of kinship or none, before a comma ("Boon Chye, 66, chwee kueh",
    // "Uncle Heng, 75", "Auntie Lucy, the drinks stall").
    const said = head.split(/\s+/).filter(Boolean);
    const skip = said.length > 0 && KIN_TITLES.includes(said[0]!) ? 1 : 0;
    const nameWords = p.name.trim().split(/\s+/);
    const own = rest.startsWith(",") && said.length > skip && said.slice(skip).every((w) => nameWords.includes(w));
    // Or, for family, a family word alone ("Mum. Came from Safotu", "Ibu. 66") or with the suffix of respect Urdu and
    // Hindi add ("Ammi-jaan, Imran's mother"); or a name and then what they are to the user ("Tomek, my little
    // brother, 35." of Tomasz).
    const dash = head.indexOf("-");
    const suffix = head.slice(dash + 1);
    const honoured = dash >= 0 && FAMILY_WORDS.includes(head.slice(0, dash)) && ["jaan", "jan", "ji", "jee"].includes(suffix);
    const family = p.kin && /^[.,]/.test(rest) && (FAMILY_WORDS.includes(head) || honoured);
    const mine = rest.startsWith(", my ") || rest.startsWith(", our ");
    // (Not the "Our" that opens a family's own: "Our Lotte, 31." is Lotte.)
    const ours = /^(Our|My) (\S+)$/.exec(head);
    const called = ours && nameWords.includes(ours[2]!) ? ours[2]! : head;
    if ((aged || titled || family || mine || own) && nameLike(head)) fromNotes = called;
    // Or what they are to the user, then the name: "My little sister Kathi, 32" of Katharina (family, or a name that
    // opens as theirs does; not a place, "My cousin from Leeds, 35").
    const PLACE = ["from", "in", "at", "of", "to", "with", "for", "on", "by"];
    const last = said[said.length - 1] ?? "";
    const afterTheTie =
      ["My", "Our"].includes(said[0] ?? "") &&
      said.length >= 3 &&
      /^[.,]/.test(rest) &&
      said.slice(1, -1).every((w) => /^\p{Ll}+$/u.test(w) && !PLACE.includes(w)) &&
      (p.kin || last[0] === firstName(p.name)[0]);
    if (afterTheTie && nameLike(last)) fromNotes = last;
  }
  // Or their age, then what the user calls them: a family word, or a name that holds one of theirs ("74. Abba.",
  // "29. Ah Qiang: the warehouse").
  let afterAge: string | null = null;
  const aged = /^(\d{1,3})\. ([^.:,;]*)/.exec(notes);
  if (aged) {
    const head = aged[2]!.trim();
    // Their given name, not their family name ("52. Rao Caterers" is Hemant Rao's business); a Chinese name's
    // given name comes after its family name.
    const first = firstName(p.name);
    const given = first.includes(" ") ? first.split(" ").slice(1) : [first];
    const theirs = head.split(/\s+/).some((w) => given.includes(w));
    if (((p.kin && FAMILY_WORDS.includes(head)) || theirs) && nameLike(head)) afterAge = head;
  }
  // Or a part of "how we met" that says what they are to the user ("Wang Jun's mother; Po-po to me").
  const toMe =
    (p.how_met ?? "")
      .split(/[;,]/)
      .map((part) => part.trim())
      .map((part) => {
        const to = [" to me", " to us", " to the children", " to the kids", " to everyone"].find((t) => part.endsWith(t));
        return to === undefined ? null : part.slice(0, -to.length);
      })
      .find((name) => name !== null) ?? null;
  let fromHowMet: string | null = null;
  const how = p.kin ? (p.how_met ?? "").split(";")[0]! : "";
  const comma = how.lastIndexOf(", ");
  if (comma >= 0) {
    const relation = how.slice(0, comma);
    const name = how.slice(comma + 2).trim();
    const related = relation.startsWith("My ") || relation.startsWith("Our ") || /['’]s /.test(relation);
    if (related && nameLike(name)) fromHowMet = name;
  }
  // Or, for family, a part after the relation that opens with a title of kinship ("Apá's younger brother; Tío Chalo").
  const titledPart = p.kin
    ? ((p.how_met ?? "")
        .split(";")
        .slice(1)
        .map((part) => part.trim())
        .find((part) => {
          const ws = part.split(/\s+/).filter(Boolean);
          return ws.length >= 2 && KIN_TITLES.includes(ws[0]!);
        }) ?? null)
    : null;
  const found =
    fromName ??
    fromNotes ??
    fromHowMet ??
    (toMe !== null && nameLike(toMe) ? toMe : null) ??
    (titledPart !== null && nameLike(titledPart) ? titledPart : null) ??
    afterAge;
  return found && found !== firstName(p.name) && found !== p.name.trim() ? found : null;
}

/** The short name a card calls someone by: the family word the user calls them by, else the name the user's notes
 * call them by, else the first name. */
/** The given name of family whose name is written family name first, Japanese order ("Tanaka Yūko", a wife):
 * family are called by it; others keep the family name. */
export function japaneseGivenName(p: Named): string | null {
  const words = p.name.trim().split(/\s+/).filter(Boolean);
  const rest = words.slice(Math.max(0, words.findIndex((w) => !honorific(w))));
  if (!p.kin || rest.length !== 2) return null;
  const [family, given] = rest as [string, string];
  return JAPANESE_FAMILY_NAMES.includes(family) && !JAPANESE_FAMILY_NAMES.includes(given) ? given : null;
}

/** "Pastor Samuel" of "Pastor Samuel Kiptanui Keter", "Father Jim" of "Father Jim Morrissey": a title of office or
 * respect that opens a name of a given and a family name stays with the given name (as the engine's
 * `with_their_title`). */
export function withTheirTitle(name: string): string | null {
  const [title, given, family] = name.trim().split(/\s+/);
  if (title === undefined || given === undefined || family === undefined) return null;
  if (!TITLES_OF_RESPECT.includes(title.replace(/\.$/, "").toLowerCase()) || honorific(given)) return null;
  return `${title} ${given}`;
}

export const calledBy = (p: Named): string =>
  familyWord(p) ?? nickname(p) ?? japaneseGivenName(p) ?? withTheirTitle(p.name) ?? firstName(p.name);
