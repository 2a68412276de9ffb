import type { Side } from "@/lib/taxonomy/enums";

/**
 * Officials the app knows by name: side, aliases (as news copy writes them) and the titles
 * they held, with inclusive yyyy-mm-dd bounds (null = open). Used by the curation loader
 * to create Person rows and by the extractor to recognise people.
 */
export interface TitleHeld {
  title: string;
  start: string | null;
  end: string | null;
}

export interface KnownPerson {
  slug: string;
  name: string;
  side: Side;
  aliases: string[];
  titles: TitleHeld[];
}

const t = (title: string, start: string | null, end: string | null): TitleHeld => ({ title, start, end });

export const PEOPLE: readonly KnownPerson[] = [
  // United States
  { slug: "joe-biden", name: "Joe Biden", side: "US", aliases: ["Biden", "Joseph R. Biden", "Joseph Biden", "Mr. Biden", "President Biden"], titles: [t("Vice President of the United States", "2009-01-20", "2017-01-20"), t("President of the United States", "2021-01-20", "2025-01-20")] },
  { slug: "donald-trump", name: "Donald Trump", side: "US", aliases: ["Trump", "Donald J. Trump", "Mr. Trump", "President Trump"], titles: [t("President of the United States", "2017-01-20", "2021-01-20"), t("President of the United States", "2025-01-20", null)] },
  { slug: "kamala-harris", name: "Kamala Harris", side: "US", aliases: ["Harris", "Vice President Harris"], titles: [t("Vice President of the United States", "2021-01-20", "2025-01-20")] },
  { slug: "jd-vance", name: "JD Vance", side: "US", aliases: ["J.D. Vance", "Vance"], titles: [t("Vice President of the United States", "2025-01-20", null)] },
  { slug: "antony-blinken", name: "Antony Blinken", side: "US", aliases: ["Blinken", "Tony Blinken", "Antony J. Blinken"], titles: [t("Secretary of State", "2021-01-26", "2025-01-20")] },
  { slug: "marco-rubio", name: "Marco Rubio", side: "US", aliases: ["Rubio"], titles: [t("Secretary of State", "2025-01-21", null), t("National Security Adviser (acting)", "2025-05-01", null)] },
  { slug: "jake-sullivan", name: "Jake Sullivan", side: "US", aliases: ["Sullivan"], titles: [t("National Security Adviser", "2021-01-20", "2025-01-20")] },
  { slug: "mike-waltz", name: "Mike Waltz", side: "US", aliases: ["Michael Waltz", "Waltz"], titles: [t("National Security Adviser", "2025-01-20", "2025-05-01")] },
  { slug: "lloyd-austin", name: "Lloyd Austin", side: "US", aliases: ["Austin", "Lloyd J. Austin", "Lloyd J. Austin III"], titles: [t("Secretary of Defense", "2021-01-22", "2025-01-20")] },
  { slug: "pete-hegseth", name: "Pete Hegseth", side: "US", aliases: ["Hegseth"], titles: [t("Secretary of Defense", "2025-01-25", null)] },
  { slug: "janet-yellen", name: "Janet Yellen", side: "US", aliases: ["Yellen", "Janet L. Yellen"], titles: [t("Secretary of the Treasury", "2021-01-26", "2025-01-20")] },
  { slug: "scott-bessent", name: "Scott Bessent", side: "US", aliases: ["Bessent"], titles: [t("Secretary of the Treasury", "2025-01-28", null)] },
  { slug: "gina-raimondo", name: "Gina Raimondo", side: "US", aliases: ["Raimondo"], titles: [t("Secretary of Commerce", "2021-03-03", "2025-01-20")] },
  { slug: "howard-lutnick", name: "Howard Lutnick", side: "US", aliases: ["Lutnick"], titles: [t("Secretary of Commerce", "2025-02-21", null)] },
  { slug: "katherine-tai", name: "Katherine Tai", side: "US", aliases: ["Tai"], titles: [t("U.S. Trade Representative", "2021-03-18", "2025-01-20")] },
  { slug: "jamieson-greer", name: "Jamieson Greer", side: "US", aliases: ["Greer"], titles: [t("U.S. Trade Representative", "2025-02-26", null)] },
  { slug: "john-kerry", name: "John Kerry", side: "US", aliases: ["Kerry"], titles: [t("Special Presidential Envoy for Climate", "2021-01-20", "2024-03-06")] },
  { slug: "john-podesta", name: "John Podesta", side: "US", aliases: ["Podesta"], titles: [t("Senior Adviser for International Climate Policy", "2024-03-06", "2025-01-20")] },
  { slug: "wendy-sherman", name: "Wendy Sherman", side: "US", aliases: ["Sherman"], titles: [t("Deputy Secretary of State", "2021-04-14", "2023-07-28")] },
  { slug: "kurt-campbell", name: "Kurt Campbell", side: "US", aliases: ["Campbell"], titles: [t("Indo-Pacific Coordinator", "2021-01-20", "2024-02-12"), t("Deputy Secretary of State", "2024-02-12", "2025-01-20")] },
  { slug: "daniel-kritenbrink", name: "Daniel Kritenbrink", side: "US", aliases: ["Kritenbrink"], titles: [t("Assistant Secretary of State for East Asian and Pacific Affairs", "2021-09-01", "2025-01-20")] },
  { slug: "nicholas-burns", name: "Nicholas Burns", side: "US", aliases: ["Nick Burns", "R. Nicholas Burns"], titles: [t("U.S. Ambassador to China", "2022-03-02", "2025-01-20")] },
  { slug: "david-perdue", name: "David Perdue", side: "US", aliases: ["Perdue"], titles: [t("U.S. Ambassador to China", "2025-05-01", null)] },
  { slug: "william-burns", name: "William Burns", side: "US", aliases: ["Bill Burns", "William J. Burns"], titles: [t("Director of the CIA", "2021-03-19", "2025-01-20")] },
  { slug: "mark-milley", name: "Mark Milley", side: "US", aliases: ["Milley", "Gen. Mark Milley"], titles: [t("Chairman of the Joint Chiefs of Staff", "2019-10-01", "2023-09-30")] },
  { slug: "charles-q-brown", name: "Charles Q. Brown Jr.", side: "US", aliases: ["CQ Brown", "Gen. Charles Q. Brown", "Charles Q. Brown"], titles: [t("Chairman of the Joint Chiefs of Staff", "2023-10-01", "2025-02-21")] },
  { slug: "john-aquilino", name: "John Aquilino", side: "US", aliases: ["Aquilino", "Adm. John Aquilino"], titles: [t("Commander, U.S. Indo-Pacific Command", "2021-04-30", "2024-05-03")] },
  { slug: "samuel-paparo", name: "Samuel Paparo", side: "US", aliases: ["Paparo", "Adm. Samuel Paparo"], titles: [t("Commander, U.S. Indo-Pacific Command", "2024-05-03", null)] },
  { slug: "jen-psaki", name: "Jen Psaki", side: "US", aliases: ["Psaki"], titles: [t("White House Press Secretary", "2021-01-20", "2022-05-13")] },
  { slug: "john-kirby", name: "John Kirby", side: "US", aliases: ["Kirby"], titles: [t("National Security Council spokesman", "2022-05-01", "2025-01-20")] },
  { slug: "karine-jean-pierre", name: "Karine Jean-Pierre", side: "US", aliases: ["Jean-Pierre"], titles: [t("White House Press Secretary", "2022-05-13", "2025-01-20")] },
  { slug: "nancy-pelosi", name: "Nancy Pelosi", side: "US", aliases: ["Pelosi"], titles: [t("Speaker of the House", "2019-01-03", "2023-01-03")] },
  // China
  { slug: "xi-jinping", name: "Xi Jinping", side: "CN", aliases: ["Xi", "President Xi", "Mr. Xi"], titles: [t("President of China", "2013-03-14", null), t("General Secretary of the Chinese Communist Party", "2012-11-15", null)] },
  { slug: "li-qiang", name: "Li Qiang", side: "CN", aliases: [], titles: [t("Premier of China", "2023-03-11", null)] },
  { slug: "li-keqiang", name: "Li Keqiang", side: "CN", aliases: [], titles: [t("Premier of China", "2013-03-15", "2023-03-11")] },
  { slug: "han-zheng", name: "Han Zheng", side: "CN", aliases: [], titles: [t("Vice President of China", "2023-03-10", null)] },
  { slug: "wang-yi", name: "Wang Yi", side: "CN", aliases: [], titles: [t("Foreign Minister and State Councilor", "2018-03-19", "2022-12-30"), t("Director of the Office of the Central Foreign Affairs Commission", "2023-01-01", null), t("Foreign Minister", "2023-07-25", null)] },
  { slug: "yang-jiechi", name: "Yang Jiechi", side: "CN", aliases: [], titles: [t("Director of the Office of the Central Foreign Affairs Commission", "2013-03-01", "2022-12-31")] },
  { slug: "qin-gang", name: "Qin Gang", side: "CN", aliases: [], titles: [t("Ambassador to the United States", "2021-07-28", "2022-12-30"), t("Foreign Minister", "2022-12-30", "2023-07-25")] },
  { slug: "he-lifeng", name: "He Lifeng", side: "CN", aliases: [], titles: [t("Vice Premier", "2023-03-12", null)] },
  { slug: "liu-he", name: "Liu He", side: "CN", aliases: [], titles: [t("Vice Premier", "2018-03-19", "2023-03-12")] },
  { slug: "wang-wentao", name: "Wang Wentao", side: "CN", aliases: [], titles: [t("Minister of Commerce", "2020-12-26", null)] },
  { slug: "li-chenggang", name: "Li Chenggang", side: "CN", aliases: [], titles: [t("International Trade Representative", "2025-04-16", null)] },
  { slug: "wei-fenghe", name: "Wei Fenghe", side: "CN", aliases: [], titles: [t("Minister of National Defense", "2018-03-19", "2023-03-12")] },
  { slug: "li-shangfu", name: "Li Shangfu", side: "CN", aliases: [], titles: [t("Minister of National Defense", "2023-03-12", "2023-10-24")] },
  { slug: "dong-jun", name: "Dong Jun", side: "CN", aliases: [], titles: [t("Minister of National Defense", "2023-12-29", null)] },
  { slug: "zhang-youxia", name: "Zhang Youxia", side: "CN", aliases: [], titles: [t("Vice Chairman of the Central Military Commission", "2017-10-25", null)] },
  { slug: "liu-zhenli", name: "Liu Zhenli", side: "CN", aliases: [], titles: [t("Chief of the Joint Staff Department", "2022-10-01", null)] },
  { slug: "xie-feng", name: "Xie Feng", side: "CN", aliases: [], titles: [t("Ambassador to the United States", "2023-05-23", null)] },
  { slug: "ma-zhaoxu", name: "Ma Zhaoxu", side: "CN", aliases: [], titles: [t("Executive Vice Foreign Minister", "2022-12-01", null)] },
  { slug: "xie-zhenhua", name: "Xie Zhenhua", side: "CN", aliases: [], titles: [t("Special Envoy for Climate Change", "2021-01-01", "2024-01-01")] },
  { slug: "liu-zhenmin", name: "Liu Zhenmin", side: "CN", aliases: [], titles: [t("Special Envoy for Climate Change", "2024-01-01", null)] },
  { slug: "wang-xiaohong", name: "Wang Xiaohong", side: "CN", aliases: [], titles: [t("Minister of Public Security", "2022-06-24", null)] },
  { slug: "mao-ning", name: "Mao Ning", side: "CN", aliases: [], titles: [t("Foreign Ministry spokesperson", "2022-09-01", null)] },
  { slug: "wang-wenbin", name: "Wang Wenbin", side: "CN", aliases: [], titles: [t("Foreign Ministry spokesperson", "2020-07-01", "2024-07-01")] },
  { slug: "lin-jian", name: "Lin Jian", side: "CN", aliases: [], titles: [t("Foreign Ministry spokesperson", "2024-01-01", null)] },
];

export function personBySlug(slug: string): KnownPerson | undefined {
  return PEOPLE.find((person) => person.slug === slug);
}

/** The title a person held on a day (yyyy-mm-dd), or null when the gazetteer has none then. */
export function titleOn(person: KnownPerson, day: string): string | null {
  const held = person.titles.filter((held) => (held.start === null || held.start <= day) && (held.end === null || day <= held.end));
  return held[0]?.title ?? null;
}
