import { describe, expect, it } from "vitest";
import { calledBy, familyWord, firstName, nickname } from "./names";

// The same cases as the engine's `first_names` test (engine/text.rs): a card, its draft and a page agree.
describe("firstName", () => {
  it.each([
    ["Ben Okafor", "Ben"],
    ["  Zoë  ", "Zoë"],
    ["Madonna", "Madonna"],
    ["Dr Helen Marsh", "Helen"],
    ["  Prof. Ada Lovelace ", "Ada"],
    ["Dra. Patricia Ramírez Ochoa", "Patricia"],
    ["Mme Hélène Dubois", "Hélène"],
    ["Me Julie Arsenault", "Julie"],
    ["Very Rev. Samuel Aidoo", "Samuel"],
    ["Rev Dr Martin King", "Martin"],
    ["Drew Barry", "Drew"],
    ["U Zawana", "U Zawana"],
    ["Daw Khin May", "Daw Khin May"],
    ["Ma Su Su Hlaing", "Ma Su Su Hlaing"],
    ["Ko Min-jun", "Min-jun"],
    ["Ma Chaw Su", "Ma Chaw Su"],
    ["Ven. Kotmale Sumangala Thero", "Sumangala Thero"],
    ["Ven. Ananda", "Ananda"],
    ["Dr", "Dr"],
    ["Shin Hye-won", "Hye-won"],
    ["Lim Soo-ah", "Soo-ah"],
    ["Da-eun Park", "Da-eun"],
    ["Kim Jong-Un", "Kim"],
    ["Ha Jean-Luc", "Ha"],
    ["Park Avenue-side", "Park"],
    ["Ahn Kyung-mi", "Kyung-mi"],
    ["Kim Hyeong-jun", "Hyeong-jun"],
    ["Jin Da-som", "Da-som"],
    ["Park Avenue-hye", "Park"],
    ["Lê Quốc Hùng", "Hùng"],
    ["Nguyễn Thị Mai", "Mai"],
    ["Lương Thanh Vân", "Vân"],
    ["Đoàn Minh Quân", "Quân"],
    ["Trần Hưng", "Hưng"],
    ["Ngoc Le", "Ngoc"],
    ["Nguyen Van An", "Nguyen"],
    ["Phan Thị Hiền", "Hiền"],
    ["Châu Văn Lợi", "Lợi"],
    ["K. Senthil Kumar", "Senthil"],
    ["N. Geetha", "Geetha"],
    ["Dr R. Sowmya", "Sowmya"],
    ["J.", "J."],
    ["Wang Jun", "Wang Jun"],
    ["He Xiaoyu", "He Xiaoyu"],
    ["Chen Xiaoling", "Chen Xiaoling"],
    ["  Dr Zhang Wei ", "Zhang Wei"],
    ["Tan Wei Ming", "Tan Wei Ming"],
    ["Ouyang Xiu", "Ouyang Xiu"],
    ["Kevin Zhou", "Kevin"],
    ["Lily Chen", "Lily"],
    ["Long Nguyen", "Long"],
    ["Ma Ahmed", "Ma"],
    ["Song Ji-woo", "Ji-woo"],
    ["Han Solo", "Han"],
    ["Chan Wai-ling", "Chan Wai-ling"],
    ["Leung Kwok-wah", "Leung Kwok-wah"],
    ["Ho Sau-kuen", "Ho Sau-kuen"],
    ["Lee Min-ho", "Min-ho"],
    ["Abdul Sattar", "Abdul Sattar"],
    ["Dr Abdul Sattar Memon", "Abdul Sattar"],
    ["Abdullah Khan", "Abdullah"],
    ["Tony Kwan Chi-wing", "Tony"],
    ["Man Jean-Luc", "Man"],
    ["Lim Wei Min", "Lim Wei Min"],
    ["Ng Boon Chye", "Ng Boon Chye"],
    ["Tan Ah Keong", "Tan Ah Keong"],
    ["Sharon Goh", "Sharon"],
    ["Lim Wei", "Lim"],
    ["Ho Chi Minh City", "Ho"],
  ])("%s → %s", (name, first) => expect(firstName(name)).toBe(first));
});

describe("calledBy", () => {
  const p = (name: string, how_met: string | null, kin = true) => ({ name, how_met, kin });
  it("uses the family word a relative's how-we-met begins with", () => {
    expect(calledBy(p("Ok-ja Han", "Eomma, my mother"))).toBe("Eomma");
    expect(calledBy(p("Abrehet Tesfaye", "Mum"))).toBe("Mum");
    expect(familyWord(p("Ruth Okafor", "Mum; she taught me to drive"))).toBe("Mum");
  });
  it("calls family written in Japanese order by the given name, others by the family name", () => {
    expect(calledBy(p("Tanaka Yūko", "My wife"))).toBe("Yūko");
    expect(calledBy(p("Tanaka Yūko", null, false))).toBe("Tanaka");
    expect(calledBy(p("Yuko Tanaka", "My wife"))).toBe("Yuko");
  });
  it("uses the first name for anyone else", () => {
    expect(calledBy(p("Ruth Okafor", "Mum", false))).toBe("Ruth");
    expect(calledBy(p("Ruth Okafor", "My mother's best friend"))).toBe("Ruth");
    expect(calledBy(p("Shin Hye-won", null))).toBe("Hye-won");
    expect(familyWord(p("Ruth Okafor", null))).toBeNull();
  });
});

// The same cases as the engine's `the_name_the_notes_call_them_by` (engine/text.rs).
describe("nickname", () => {
  const p = (name: string, kin: boolean, how_met: string | null, notes: string | null) => ({ name, kin, how_met, notes });
  it.each([
    [p("Ernesto Santos Jr.", true, null, "Jun, 47. Came to Toronto in 2008."), "Jun"],
    [p("Lorna Santos", true, null, "Ate Lorna, 55; a widow since 2019."), "Ate Lorna"],
    [p("Josefa Maria da Conceição", true, null, "Vó Zefinha. She raised me."), "Vó Zefinha"],
    [p("Josefa Maria da Conceição", false, null, "Vó Zefinha. A neighbour."), "Josefa"],
    [p("Aparecida Souza", true, null, "Tia Cida. Vó's other daughter."), "Tia Cida"],
    [p("Lotte De Smet", true, null, "Our Lotte, 31. Physio in Leuven."), "Lotte"],
    [p("Honorio Villareal", false, null, "Kuya Bong. President for six years."), "Kuya Bong"],
    [p("Akosua Boateng", true, "Mum's big sister, Auntie Akosua", null), "Auntie Akosua"],
    [p("Ernesto Santos", true, "My younger brother, Jun", null), "Jun"],
    [p("Corazon Santos", true, "Nanay, my mother", "Nanay, 79."), "Nanay"],
    [p("Freya Castle", false, null, "Green, 34, asks the best questions."), "Freya"],
    [p("Ben Okafor", false, null, "From Cebu. Moved in 2019."), "Ben"],
    [p("Ben Okafor", false, null, "Loves jazz, 12 albums a year."), "Ben"],
    [p("Ben Okafor", false, "My neighbour, Leeds", null), "Ben"],
    [p("Ben Okafor", true, null, "Ben, 45. My brother."), "Ben"],
    [p("Ben Okafor", true, "My brother, the one in Leeds", null), "Ben"],
    [p("Darnell Jones Jr.", true, "Our son, DJ; born in Killeen, Texas", null), "DJ"],
    [p("Antônio Carlos Lima (Toninho)", false, null, null), "Toninho"],
    [p('Jhoanna "Joy" Ramos', false, null, null), "Joy"],
    [p("Pacita “Lola Pacing” Manalo", false, null, null), "Lola Pacing"],
    [p("Josefa 'Pepa' Gallardo", false, null, null), "Pepa"],
    [p("Luis 'Don Lucho' Ramos Tapia", false, null, null), "Don Lucho"],
    [p("José Luis Vargas 'Chiclanita'", false, null, null), "Chiclanita"],
    [p("Rafael ‘Fali’ Cordero", false, null, null), "Fali"],
    [p("Gráinne O'Neill", false, null, null), "Gráinne"],
    [p("Fa'alogo Su'a", false, null, null), "Fa'alogo"],
    [p("Diego 'el Flaco' Sosa", false, null, null), "Diego"],
    [p("Father Jim Morrissey", false, null, null), "Father Jim"],
    [p("Hon. Harold Banks (ret.)", false, null, null), "Harold"],
    [p("Hj. Siti Aminah", true, null, null), "Siti"],
    [p("H. Mansur Hidayat", true, null, null), "Mansur"],
    [p("Hứa Thu Trang", false, null, null), "Trang"],
    [p("Mother Essie Coleman", false, null, null), "Mother Essie"],
    [p("Pastor Samuel Kiptanui Keter", false, null, null), "Pastor Samuel"],
    [p("Deacon Walter Hughes", false, null, null), "Deacon Walter"],
    [p("Ifeoma Hart", true, "Our elder daughter", "Ify. 18 on Saturday 14 March; her party is at home."), "Ify"],
    [p("Ben Okafor", false, null, "Retired. 70 this year."), "Ben"],
    [p("Zafar Siddiqui", true, "My father", "74. Abba. Taught Urdu."), "Abba"],
    [p("Li Qiang", false, null, "29. Ah Qiang: the warehouse."), "Ah Qiang"],
    [p("Liu Mei", false, null, "38. Classmate; at the bank."), "Liu Mei"],
    [p("Zafar Siddiqui", false, null, "74. Abba. Taught Urdu."), "Zafar"],
    [p("Hemant Rao", false, null, "52. Rao Caterers, Borivali."), "Hemant"],
    [p("Nilesh Shah", true, null, "51. Nilesh Bhai, my cousin."), "Nilesh Bhai"],
    [p("Zhao Guilan", true, "Wang Jun's mother; Po-po to me", null), "Po-po"],
    [p("Ho Siu-kuen", true, "Raymond's mother; Ma-ma to the children", null), "Ma-ma"],
    [p("Gonzalo Villaseñor", true, "Apá's younger brother; Tío Chalo", null), "Tío Chalo"],
    [p("Gonzalo Villaseñor", false, "Apá's younger brother; Tío Chalo", null), "Gonzalo"],
    [p("Wang Haoran", true, "Our son", null), "Wang Haoran"],
    [p("Ng Boon Chye", false, null, "Boon Chye, 66, chwee kueh since 1983."), "Boon Chye"],
    [p("Heng Ah Kow", false, null, "Uncle Heng, 75, lor mee two stalls down."), "Uncle Heng"],
    [p("Lucy Teo", false, null, "Auntie Lucy, the drinks stall opposite."), "Auntie Lucy"],
    [p("Jason Teo", true, null, "Wei Min's husband, kind."), "Jason"],
    [p("Fetu Mulitalo", true, "My mother", "Mum. Came from Safotu, Savai'i, in 1974."), "Mum"],
    [p("Sri Wahyuni", true, "My mother", "Ibu. 66, retired teacher."), "Ibu"],
    [p("Sri Wahyuni", false, null, "Ibu. 66, retired teacher."), "Sri"],
    [p("Nasreen Siddiqui", true, "Imran's mother", "Ammi-jaan, Imran's mother, 74."), "Ammi-jaan"],
    [p("Tomasz Nowak", true, null, "Tomek, my little brother, 35."), "Tomek"],
    [p("Katharina Schaffer", true, null, "My little sister Kathi, 32 on Monday 9 March."), "Kathi"],
    [p("Roberta Gale", true, null, "My cousin from Leeds, 45 on Monday."), "Roberta"],
    [p("Robert Gale", false, null, "My old friend Gus, 45 on Monday."), "Robert"],
    [p("Robert Gale", false, null, "My old friend Rob, 45 on Monday."), "Rob"],
    [p("Ben Okafor", true, null, ", then the rest."), "Ben"],
  ])("%o → %s", (person, called) => expect(calledBy(person)).toBe(called));

  it("is null when the notes and how-we-met say nothing of it", () => {
    expect(nickname(p("Ben Okafor", true, "My brother", "Lives in Leeds."))).toBeNull();
  });
});
