//! Where someone lives, as far as a card needs it: the country, state or province their location names, so that a
//! card for someone far away says call, not visit (rounds 82–87: "'visit if you can' makes no sense for Montreal",
//! "for a brother in Mississauga", "for a son in South Korea", "she can't fly home").

/// The country, state or province a location names, in lower case: the last of its parts that is one ("Footscray,
/// Melbourne" names none; "Montreal, Canada" names "canada"; "Mississauga, Ontario" names "ontario").
pub fn named_region(location: &str) -> Option<&'static str> {
    // Not where they come from ("Longhua, Shenzhen (from Ganzhou, Jiangxi)"): where they live. Read in lower case
    // once, as the regions are written.
    let lower = location.to_lowercase();
    // Not one that says they are home for a while: "Clerkenwell, London (a flat share); home for her father's yahrzeit
    // 8-10 March" is near on those days (a book read over session 19: "Call Shira today" on the yahrzeit at home).
    if ["home for", "back for", "visiting"].iter().any(|w| lower.contains(w)) {
        return None;
    }
    let mut here = String::with_capacity(lower.len());
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("(from ") {
        here.push_str(&rest[..at]);
        rest = rest[at..].find(')').map_or("", |end| &rest[at + end + 1..]);
    }
    here.push_str(rest);
    let here = here.find(", from ").map_or(here.as_str(), |at| &here[..at]);
    here.split([',', '(', ')', ';', '/'])
        .map(|part| part.trim().trim_end_matches('.'))
        .filter_map(|part| regions().get(part).copied())
        .next_back()
}

/// Every region by its name, and every city of [`CITIES`] to its region, built once: a big book's snapshot looks up
/// every person's location.
fn regions() -> &'static std::collections::HashMap<&'static str, &'static str> {
    static MAP: std::sync::OnceLock<std::collections::HashMap<&'static str, &'static str>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| COUNTRIES.iter().chain(REGIONS).map(|r| (*r, *r)).chain(CITIES.iter().copied()).collect())
}

/// True when a region [`named_region`] gave is a country, not a state or a province.
pub fn a_country(region: &str) -> bool {
    COUNTRIES.contains(&region)
}

/// The great cities people write alone, without their country ("Boston, Dorchester" of a brother who emigrated:
/// round 104, galway P33, "Call with your wishes today, or go and see them if you can" of an anniversary in Boston),
/// and the region each is in. Only names that are one city the world over.
#[rustfmt::skip]
const CITIES: &[(&str, &str)] = &[
    ("boston", "massachusetts"), ("new york", "new york"), ("new york city", "new york"), ("nyc", "new york"),
    ("brooklyn", "new york"), ("manhattan", "new york"), ("queens", "new york"), ("the bronx", "new york"),
    ("chicago", "illinois"), ("los angeles", "california"), ("san francisco", "california"),
    ("san diego", "california"), ("seattle", "washington"), ("houston", "texas"), ("dallas", "texas"),
    ("atlanta", "georgia"), ("philadelphia", "pennsylvania"), ("phoenix", "arizona"), ("denver", "colorado"),
    ("toronto", "ontario"), ("vancouver", "british columbia"), ("montreal", "quebec"), ("montréal", "quebec"),
    ("calgary", "alberta"), ("sydney", "new south wales"), ("melbourne", "victoria"), ("brisbane", "queensland"),
    ("adelaide", "south australia"), ("auckland", "new zealand"), ("wellington", "new zealand"),
    ("london", "england"), ("liverpool", "england"), ("leeds", "england"), ("bristol", "england"),
    ("glasgow", "scotland"), ("edinburgh", "scotland"), ("cardiff", "wales"), ("belfast", "northern ireland"),
    ("dublin", "ireland"), ("paris", "france"), ("berlin", "germany"), ("munich", "germany"), ("hamburg", "germany"),
    ("madrid", "spain"), ("barcelona", "spain"), ("lisbon", "portugal"), ("lisboa", "portugal"), ("rome", "italy"),
    ("milan", "italy"), ("amsterdam", "netherlands"), ("brussels", "belgium"), ("zurich", "switzerland"),
    ("zürich", "switzerland"), ("geneva", "switzerland"), ("stockholm", "sweden"), ("copenhagen", "denmark"),
    ("dubai", "uae"), ("abu dhabi", "uae"), ("doha", "qatar"), ("riyadh", "saudi arabia"),
    ("jeddah", "saudi arabia"), ("tokyo", "japan"), ("osaka", "japan"), ("seoul", "south korea"),
    ("shanghai", "china"), ("beijing", "china"), ("mumbai", "maharashtra"), ("delhi", "india"),
    ("new delhi", "india"), ("bangalore", "karnataka"), ("bengaluru", "karnataka"), ("chennai", "tamil nadu"),
    ("kolkata", "west bengal"), ("karachi", "pakistan"), ("lahore", "pakistan"), ("dhaka", "bangladesh"),
    ("nairobi", "kenya"), ("johannesburg", "south africa"), ("cape town", "south africa"), ("cairo", "egypt"),
    ("istanbul", "turkey"), ("buenos aires", "argentina"), ("são paulo", "brazil"), ("sao paulo", "brazil"),
    ("rio de janeiro", "brazil"), ("mexico city", "mexico"), ("bogotá", "colombia"), ("bogota", "colombia"),
    // (Round 140, odesa P14: "Be with Mama today if you can" of a mother in Odesa, "a trip she can't make".)
    ("odesa", "ukraine"), ("kyiv", "ukraine"), ("lviv", "ukraine"), ("kharkiv", "ukraine"), ("dnipro", "ukraine"),
    ("mykolaiv", "ukraine"), ("kraków", "poland"), ("krakow", "poland"), ("warszawa", "poland"),
    ("wrocław", "poland"), ("gdańsk", "poland"), ("poznań", "poland"),
    // (Round 147, kirkuk P20: "Call or visit Baba" of a father in Erbil, the user in Aberdeen.)
    ("aberdeen", "scotland"), ("dundee", "scotland"), ("inverness", "scotland"), ("kirkuk", "iraq"),
    ("erbil", "iraq"), ("arbil", "iraq"), ("baghdad", "iraq"), ("basra", "iraq"), ("mosul", "iraq"),
    ("sulaymaniyah", "iraq"), ("duhok", "iraq"), ("najaf", "iraq"), ("iraqi kurdistan", "iraq"),
    ("herat", "afghanistan"), ("kabul", "afghanistan"), ("kandahar", "afghanistan"), ("tehran", "iran"),
    ("mashhad", "iran"), ("isfahan", "iran"), ("damascus", "syria"), ("aleppo", "syria"), ("beirut", "lebanon"),
    ("amman", "jordan"),
];

/// Countries, and the short names people write.
#[rustfmt::skip]
const COUNTRIES: &[&str] = &[
    "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria", "azerbaijan",
    "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia",
    "botswana", "brazil", "brasil", "brunei", "bulgaria", "burkina faso", "burundi", "cambodia", "cameroon", "canada",
    "cape verde", "chad", "chile", "china", "colombia", "congo", "drc", "costa rica", "croatia", "cuba", "cyprus",
    "czechia", "czech republic", "denmark", "djibouti", "dominican republic", "ecuador", "egypt", "el salvador",
    "england", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia",
    "georgia", "germany", "deutschland", "ghana", "greece", "guatemala", "guinea", "guyana", "haiti", "honduras",
    "hong kong", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "italia",
    "ivory coast", "côte d'ivoire", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kosovo", "kuwait",
    "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya", "lithuania", "luxembourg", "macau",
    "madagascar", "malawi", "malaysia", "maldives", "mali", "malta", "mauritania", "mauritius", "mexico", "méxico",
    "moldova", "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "namibia", "nepal", "netherlands",
    "the netherlands", "holland", "new zealand", "nicaragua", "niger", "nigeria", "north korea", "north macedonia",
    "northern ireland", "norway", "oman", "pakistan", "palestine", "panama", "papua new guinea", "paraguay", "peru",
    "philippines", "the philippines", "poland", "portugal", "puerto rico", "qatar", "romania", "russia", "rwanda",
    "samoa", "saudi arabia", "scotland", "senegal", "serbia", "sierra leone", "singapore", "slovakia", "slovenia",
    "somalia", "somaliland", "south africa", "south korea", "korea", "south sudan", "spain", "españa", "sri lanka",
    "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo",
    "tonga", "trinidad", "trinidad and tobago", "tunisia", "turkey", "türkiye", "turkmenistan", "uganda", "ukraine",
    "uae", "united arab emirates", "uk", "united kingdom", "usa", "us", "u.s.", "united states", "uruguay",
    "uzbekistan", "venezuela", "vietnam", "viet nam", "wales", "yemen", "zambia", "zimbabwe",
];

/// The states and provinces of the countries whose people write them after a town.
#[rustfmt::skip]
const REGIONS: &[&str] = &[
    // States of the United States, and their two-letter codes.
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
    "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
    "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la", "me",
    "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa",
    "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc",
    // Provinces and territories of Canada, states of Australia.
    "alberta", "british columbia", "manitoba", "new brunswick", "newfoundland", "nova scotia", "ontario",
    "prince edward island", "quebec", "québec", "saskatchewan", "yukon", "nunavut", "northwest territories",
    "ab", "bc", "mb", "nb", "nl", "ns", "on", "pe", "qc", "sk",
    "new south wales", "nsw", "victoria", "vic", "queensland", "qld", "western australia", "wa", "south australia",
    "tasmania", "tas", "northern territory", "nt", "act",
    // Provinces and regions people of the Philippines, India, Mexico, Nigeria, China and Italy write after a town,
    // there or from abroad ("Guagua, Pampanga": round 87, winnipeg P4, "Go if you can" to a grandmother's funeral
    // in Pampanga, tact 2).
    "pampanga", "bulacan", "cavite", "laguna", "batangas", "pangasinan", "tarlac", "nueva ecija",
    "zambales", "bataan", "ilocos norte", "ilocos sur", "la union", "cebu", "bohol", "iloilo", "negros occidental",
    "negros oriental", "leyte", "samar", "davao", "davao del sur", "davao del norte", "misamis oriental", "bukidnon",
    "zamboanga", "albay", "camarines sur", "sorsogon", "benguet", "isabela", "cagayan", "palawan", "metro manila",
    "kerala", "tamil nadu", "karnataka", "maharashtra", "gujarat", "punjab", "goa", "bihar", "uttar pradesh",
    "west bengal", "telangana", "andhra pradesh", "rajasthan", "odisha", "assam", "madhya pradesh", "haryana",
    "jharkhand", "uttarakhand", "himachal pradesh", "jammu and kashmir",
    "jalisco", "michoacán", "michoacan", "guerrero", "chiapas", "veracruz", "yucatán", "yucatan", "sonora",
    "sinaloa", "chihuahua", "zacatecas", "durango", "nuevo león", "nuevo leon", "coahuila", "tamaulipas",
    "guanajuato", "querétaro", "queretaro", "hidalgo", "morelos", "tabasco", "campeche", "quintana roo", "nayarit",
    "colima", "aguascalientes", "san luis potosí", "san luis potosi", "baja california", "baja california sur",
    "lagos state", "ogun", "oyo", "osun", "ondo", "ekiti", "enugu", "anambra", "imo", "abia", "rivers", "edo",
    "kano", "kaduna", "plateau", "cross river", "akwa ibom", "kwara", "benue", "fct",
    "guangdong", "fujian", "zhejiang", "jiangsu", "sichuan", "hunan", "hubei", "henan", "hebei", "shandong",
    "shanxi", "shaanxi", "yunnan", "guizhou", "guangxi", "anhui", "jiangxi", "liaoning", "jilin", "heilongjiang",
    "hainan", "gansu", "inner mongolia", "xinjiang",
    "sicily", "sicilia", "sardinia", "sardegna", "calabria", "puglia", "apulia", "campania", "lazio", "tuscany",
    "toscana", "lombardy", "lombardia", "piedmont", "piemonte", "veneto", "liguria", "emilia-romagna", "marche",
    "umbria", "abruzzo", "molise", "basilicata", "friuli", "trentino",
];

/// A card's action said to someone far away: a call, not a visit ("Call Fabrice today, or visit if you can." is
/// "Call Fabrice today."; "Go if you can, and stay a moment with Ima after it; if you cannot, tell Ima today…" is
/// "Tell Ima today…").
pub(crate) fn from_afar(action: &str, first: &str) -> String {
    let replacements: [(String, String); 11] = [
        (format!("Call {first} today, or visit if you can"), format!("Call {first} today")),
        // (Round 140, odesa: "Call or visit Papa to ask how the recovery is going" of a father in Odesa.)
        (format!("Call or visit {first} to ask"), format!("Call {first} to ask")),
        (format!("Be with {first} today if you can, or call"), format!("Call {first} today")),
        (
            format!("Be with {first} today if you can; if not, call before the operation and again after it"),
            format!("Call {first} before the operation and again after it"),
        ),
        (
            format!("Be with {first} today if you can, or call before it and again in the evening"),
            format!("Call {first} before it and again in the evening"),
        ),
        (format!("Be with {first} today if you can, or call while you are apart"), format!("Call {first} today")),
        (format!("Go if you can, and stay a moment with {first} after it; if you cannot, tell"), "Tell".to_owned()),
        (format!("Go if you can, and stay a moment with {first} after it; if you cannot, call"), "Call".to_owned()),
        (format!("Go and see {first} if you can; if not, call today"), format!("Call {first} today")),
        (format!("Go and see {first} today if you can:"), format!("Call {first} today:")),
        (format!("Call {first} today, or be with {first} if you can;"), format!("Call {first} today;")),
    ];
    let mut out = action.to_owned();
    for (from, to) in &replacements {
        out = out.replace(from.as_str(), to);
    }
    out.replace("a gift or a visit", "a gift or a video call")
        .replace("Call with your wishes today, or go and see them if you can.", "Call with your wishes today.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_location_names_its_region_by_its_last_part_that_is_one() {
        assert_eq!(named_region("Montreal, Canada"), Some("canada"));
        assert_eq!(named_region("Mississauga, Ontario"), Some("ontario"));
        assert_eq!(named_region("Hwaseong, South Korea"), Some("south korea"));
        assert_eq!(named_region("Grand Junction, CO"), Some("co"));
        assert_eq!(named_region("Footscray, Melbourne"), Some("victoria"));
        assert_eq!(named_region("Boston, Dorchester"), Some("massachusetts"));
        assert_eq!(named_region("Dorchester"), None);
        assert_eq!(named_region("Clerkenwell, London (a flat share); home for her father's yahrzeit 8-10 March"), None);
        assert_eq!(named_region("Sta. Filomena, Guagua, Pampanga"), Some("pampanga"));
        assert_eq!(named_region("Shaodong (Hunan)"), Some("hunan"));
        assert_eq!(named_region("Longhua, Shenzhen (from Ganzhou, Jiangxi)"), None);
        assert_eq!(named_region("Toronto, Ontario (from Lagos, Nigeria)"), Some("ontario"));
        assert_eq!(named_region("Brixton, London, from Kingston, Jamaica"), Some("england"));
        assert_eq!(named_region("Kicukiro, Kigali"), None);
        assert_eq!(named_region("Odesa (from Balta)"), Some("ukraine"));
        assert_eq!(named_region("Kraków, Podgórze (ul. Limanowskiego)"), Some("poland"));
    }

    #[test]
    fn far_away_a_visit_becomes_a_call() {
        assert_eq!(from_afar("Call Fabrice today, or visit if you can.", "Fabrice"), "Call Fabrice today.");
        assert_eq!(
            from_afar(
                "Go if you can, and stay a moment with Ima after it; if you cannot, tell Ima today that you are \
                 thinking of the family.",
                "Ima"
            ),
            "Tell Ima today that you are thinking of the family."
        );
        assert_eq!(from_afar("Be with Sanjar today if you can, or call.", "Sanjar"), "Call Sanjar today.");
        assert_eq!(from_afar("Send Ramy a short note.", "Ramy"), "Send Ramy a short note.");
        assert_eq!(
            from_afar("Call or visit Papa to ask how the recovery is going.", "Papa"),
            "Call Papa to ask how the recovery is going."
        );
    }
}
