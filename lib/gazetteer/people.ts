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
  { slug: "antony-blinken", name: "Antony Blinken", side: "US", aliases: ["Blinken", "Tony Blinken", "Antony J. Blinken", "Anthony Blinken", "Anthony J. Blinken"], titles: [t("Secretary of State", "2021-01-26", "2025-01-20")] },
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
  { slug: "mike-pompeo", name: "Mike Pompeo", side: "US", aliases: ["Pompeo"], titles: [t("Secretary of State", "2018-04-26", "2021-01-20")] },
  { slug: "robert-obrien", name: "Robert O'Brien", side: "US", aliases: ["O'Brien", "Robert C. O'Brien"], titles: [t("National Security Adviser", "2019-09-18", "2021-01-20")] },
  { slug: "steven-mnuchin", name: "Steven Mnuchin", side: "US", aliases: ["Mnuchin", "Steve Mnuchin"], titles: [t("Secretary of the Treasury", "2017-02-13", "2021-01-20")] },
  { slug: "robert-lighthizer", name: "Robert Lighthizer", side: "US", aliases: ["Lighthizer"], titles: [t("U.S. Trade Representative", "2017-05-15", "2021-01-20")] },
  { slug: "mark-esper", name: "Mark Esper", side: "US", aliases: ["Esper"], titles: [t("Secretary of Defense", "2019-07-23", "2020-11-09")] },
  { slug: "christopher-landau", name: "Christopher Landau", side: "US", aliases: ["Landau"], titles: [t("Deputy Secretary of State", "2025-03-25", null)] },
  { slug: "wally-adeyemo", name: "Wally Adeyemo", side: "US", aliases: ["Adeyemo", "Adewale Adeyemo"], titles: [t("Deputy Secretary of the Treasury", "2021-03-26", "2025-01-20")] },
  { slug: "kathleen-hicks", name: "Kathleen Hicks", side: "US", aliases: ["Hicks"], titles: [t("Deputy Secretary of Defense", "2021-02-09", "2025-01-20")] },
  { slug: "ely-ratner", name: "Ely Ratner", side: "US", aliases: ["Ratner"], titles: [t("Assistant Secretary of Defense for Indo-Pacific Security Affairs", "2021-07-29", "2025-01-20")] },
  { slug: "jon-finer", name: "Jon Finer", side: "US", aliases: ["Finer"], titles: [t("Deputy National Security Adviser", "2021-01-20", "2025-01-20")] },
  { slug: "daleep-singh", name: "Daleep Singh", side: "US", aliases: ["Singh"], titles: [t("Deputy National Security Adviser for International Economics", "2021-01-20", "2022-05-31"), t("Deputy National Security Adviser for International Economics", "2024-02-01", "2025-01-20")] },
  { slug: "lael-brainard", name: "Lael Brainard", side: "US", aliases: ["Brainard"], titles: [t("Director of the National Economic Council", "2023-02-21", "2025-01-20")] },
  { slug: "alan-estevez", name: "Alan Estevez", side: "US", aliases: ["Estevez"], titles: [t("Under Secretary of Commerce for Industry and Security", "2021-04-13", "2025-01-20")] },
  { slug: "tom-vilsack", name: "Tom Vilsack", side: "US", aliases: ["Vilsack"], titles: [t("Secretary of Agriculture", "2021-02-24", "2025-01-20")] },
  { slug: "jennifer-granholm", name: "Jennifer Granholm", side: "US", aliases: ["Granholm"], titles: [t("Secretary of Energy", "2021-02-25", "2025-01-20")] },
  { slug: "alejandro-mayorkas", name: "Alejandro Mayorkas", side: "US", aliases: ["Mayorkas"], titles: [t("Secretary of Homeland Security", "2021-02-02", "2025-01-20")] },
  { slug: "merrick-garland", name: "Merrick Garland", side: "US", aliases: ["Garland"], titles: [t("Attorney General", "2021-03-11", "2025-01-20")] },
  { slug: "avril-haines", name: "Avril Haines", side: "US", aliases: ["Haines"], titles: [t("Director of National Intelligence", "2021-01-21", "2025-01-20")] },
  { slug: "tulsi-gabbard", name: "Tulsi Gabbard", side: "US", aliases: ["Gabbard"], titles: [t("Director of National Intelligence", "2025-02-12", null)] },
  { slug: "john-ratcliffe", name: "John Ratcliffe", side: "US", aliases: ["Ratcliffe"], titles: [t("Director of the CIA", "2025-01-23", null)] },
  { slug: "christopher-wray", name: "Christopher Wray", side: "US", aliases: ["Wray"], titles: [t("Director of the FBI", "2017-08-02", "2025-01-19")] },
  { slug: "kash-patel", name: "Kash Patel", side: "US", aliases: [], titles: [t("Director of the FBI", "2025-02-21", null)] },
  { slug: "dan-caine", name: "Dan Caine", side: "US", aliases: ["Caine", "Gen. Dan Caine"], titles: [t("Chairman of the Joint Chiefs of Staff", "2025-04-11", null)] },
  { slug: "ned-price", name: "Ned Price", side: "US", aliases: [], titles: [t("State Department spokesman", "2021-01-20", "2023-03-31")] },
  { slug: "matthew-miller", name: "Matthew Miller", side: "US", aliases: [], titles: [t("State Department spokesman", "2023-04-01", "2025-01-20")] },
  { slug: "tammy-bruce", name: "Tammy Bruce", side: "US", aliases: [], titles: [t("State Department spokesperson", "2025-01-20", null)] },
  { slug: "karoline-leavitt", name: "Karoline Leavitt", side: "US", aliases: ["Leavitt"], titles: [t("White House Press Secretary", "2025-01-20", null)] },
  { slug: "kevin-mccarthy", name: "Kevin McCarthy", side: "US", aliases: ["McCarthy"], titles: [t("Speaker of the House", "2023-01-07", "2023-10-03")] },
  { slug: "mike-johnson", name: "Mike Johnson", side: "US", aliases: [], titles: [t("Speaker of the House", "2023-10-25", null)] },
  { slug: "mike-gallagher", name: "Mike Gallagher", side: "US", aliases: ["Gallagher"], titles: [t("Chairman of the House Select Committee on the CCP", "2023-01-10", "2024-04-24")] },
  { slug: "victoria-nuland", name: "Victoria Nuland", side: "US", aliases: ["Nuland"], titles: [t("Under Secretary of State for Political Affairs", "2021-05-03", "2024-03-22")] },
  { slug: "jose-fernandez", name: "Jose W. Fernandez", side: "US", aliases: ["Jose Fernandez"], titles: [t("Under Secretary of State for Economic Growth, Energy, and the Environment", "2021-08-06", "2025-01-20")] },
  { slug: "bonnie-jenkins", name: "Bonnie Jenkins", side: "US", aliases: [], titles: [t("Under Secretary of State for Arms Control and International Security", "2021-07-22", "2025-01-20")] },
  { slug: "colin-kahl", name: "Colin Kahl", side: "US", aliases: ["Kahl"], titles: [t("Under Secretary of Defense for Policy", "2021-04-28", "2023-07-21")] },
  { slug: "elbridge-colby", name: "Elbridge Colby", side: "US", aliases: ["Colby"], titles: [t("Under Secretary of Defense for Policy", "2025-04-08", null)] },
  { slug: "michael-chase", name: "Michael Chase", side: "US", aliases: [], titles: [t("Deputy Assistant Secretary of Defense for China, Taiwan and Mongolia", "2022-01-01", "2025-01-20")] },
  { slug: "jay-shambaugh", name: "Jay Shambaugh", side: "US", aliases: ["Shambaugh"], titles: [t("Under Secretary of the Treasury for International Affairs", "2022-08-01", "2025-01-20")] },
  { slug: "brent-neiman", name: "Brent Neiman", side: "US", aliases: ["Neiman"], titles: [t("Deputy Under Secretary of the Treasury for International Finance", "2021-06-01", "2025-01-20")] },
  { slug: "liz-sherwood-randall", name: "Liz Sherwood-Randall", side: "US", aliases: ["Elizabeth Sherwood-Randall", "Sherwood-Randall"], titles: [t("Homeland Security Adviser", "2021-01-20", "2025-01-20")] },
  { slug: "jen-daskal", name: "Jen Daskal", side: "US", aliases: ["Jennifer Daskal", "Daskal"], titles: [t("Deputy Homeland Security Adviser", "2023-01-01", "2025-01-20")] },
  { slug: "todd-robinson", name: "Todd Robinson", side: "US", aliases: [], titles: [t("Assistant Secretary of State for International Narcotics and Law Enforcement Affairs", "2021-12-01", "2025-01-20")] },
  { slug: "anne-milgram", name: "Anne Milgram", side: "US", aliases: ["Milgram"], titles: [t("Administrator of the Drug Enforcement Administration", "2021-06-28", "2025-01-20")] },
  { slug: "rahul-gupta", name: "Rahul Gupta", side: "US", aliases: [], titles: [t("Director of the Office of National Drug Control Policy", "2021-11-01", "2025-01-20")] },
  { slug: "rick-waters", name: "Rick Waters", side: "US", aliases: [], titles: [t("Deputy Assistant Secretary of State for China and Taiwan", "2021-01-01", "2023-06-30")] },
  { slug: "mark-lambert", name: "Mark Lambert", side: "US", aliases: [], titles: [t("Deputy Assistant Secretary of State for China and Taiwan", "2023-07-01", "2025-01-20")] },
  { slug: "kevin-hassett", name: "Kevin Hassett", side: "US", aliases: ["Hassett"], titles: [t("Director of the National Economic Council", "2025-01-20", null)] },
  { slug: "stephen-koehler", name: "Stephen Koehler", side: "US", aliases: ["Adm. Stephen Koehler"], titles: [t("Commander, U.S. Pacific Fleet", "2024-02-01", null)] },
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
  { slug: "zhao-leji", name: "Zhao Leji", side: "CN", aliases: [], titles: [t("Chairman of the National People's Congress Standing Committee", "2023-03-10", null)] },
  { slug: "wang-huning", name: "Wang Huning", side: "CN", aliases: [], titles: [t("Chairman of the Chinese People's Political Consultative Conference", "2023-03-10", null)] },
  { slug: "ding-xuexiang", name: "Ding Xuexiang", side: "CN", aliases: [], titles: [t("Vice Premier", "2023-03-12", null)] },
  { slug: "yi-gang", name: "Yi Gang", side: "CN", aliases: [], titles: [t("Governor of the People's Bank of China", "2018-03-19", "2023-07-25")] },
  { slug: "pan-gongsheng", name: "Pan Gongsheng", side: "CN", aliases: [], titles: [t("Governor of the People's Bank of China", "2023-07-25", null)] },
  { slug: "lan-foan", name: "Lan Fo'an", side: "CN", aliases: ["Lan Foan"], titles: [t("Minister of Finance", "2023-10-24", null)] },
  { slug: "liu-kun", name: "Liu Kun", side: "CN", aliases: [], titles: [t("Minister of Finance", "2018-03-19", "2023-10-24")] },
  { slug: "wang-shouwen", name: "Wang Shouwen", side: "CN", aliases: [], titles: [t("International Trade Representative and Vice Minister of Commerce", "2020-03-01", "2025-04-16")] },
  { slug: "liao-min", name: "Liao Min", side: "CN", aliases: [], titles: [t("Vice Minister of Finance", "2021-01-01", null)] },
  { slug: "liu-jianchao", name: "Liu Jianchao", side: "CN", aliases: [], titles: [t("Head of the International Department of the Communist Party", "2022-06-01", "2025-09-30")] },
  { slug: "le-yucheng", name: "Le Yucheng", side: "CN", aliases: [], titles: [t("Vice Foreign Minister", "2018-01-01", "2022-06-01")] },
  { slug: "sun-weidong", name: "Sun Weidong", side: "CN", aliases: [], titles: [t("Vice Foreign Minister", "2022-01-01", null)] },
  { slug: "cui-tiankai", name: "Cui Tiankai", side: "CN", aliases: [], titles: [t("Ambassador to the United States", "2013-04-01", "2021-06-23")] },
  { slug: "zhang-jun", name: "Zhang Jun", side: "CN", aliases: [], titles: [t("Ambassador to the United Nations", "2019-07-01", "2024-03-01")] },
  { slug: "fu-cong", name: "Fu Cong", side: "CN", aliases: [], titles: [t("Ambassador to the United Nations", "2024-03-01", null)] },
  { slug: "he-weidong", name: "He Weidong", side: "CN", aliases: [], titles: [t("Vice Chairman of the Central Military Commission", "2022-10-23", "2025-10-17")] },
  { slug: "huang-runqiu", name: "Huang Runqiu", side: "CN", aliases: [], titles: [t("Minister of Ecology and Environment", "2020-04-29", null)] },
  { slug: "hua-chunying", name: "Hua Chunying", side: "CN", aliases: [], titles: [t("Foreign Ministry spokesperson", "2012-11-01", "2024-09-01"), t("Vice Foreign Minister", "2024-09-01", null)] },
  { slug: "zhao-lijian", name: "Zhao Lijian", side: "CN", aliases: [], titles: [t("Foreign Ministry spokesperson", "2020-02-24", "2023-01-09")] },
  { slug: "guo-jiakun", name: "Guo Jiakun", side: "CN", aliases: [], titles: [t("Foreign Ministry spokesperson", "2024-07-01", null)] },
  { slug: "wu-qian", name: "Wu Qian", side: "CN", aliases: [], titles: [t("Defense Ministry spokesperson", "2015-01-01", "2024-12-31")] },
  { slug: "zhang-xiaogang", name: "Zhang Xiaogang", side: "CN", aliases: [], titles: [t("Defense Ministry spokesperson", "2020-01-01", null)] },
  { slug: "he-yadong", name: "He Yadong", side: "CN", aliases: [], titles: [t("Commerce Ministry spokesperson", "2023-01-01", null)] },
  { slug: "shu-jueting", name: "Shu Jueting", side: "CN", aliases: [], titles: [t("Commerce Ministry spokesperson", "2020-01-01", "2023-06-30")] },
  { slug: "liu-pengyu", name: "Liu Pengyu", side: "CN", aliases: [], titles: [t("Chinese Embassy spokesperson in Washington", "2020-01-01", null)] },
  { slug: "li-zuocheng", name: "Li Zuocheng", side: "CN", aliases: [], titles: [t("Chief of the Joint Staff Department", "2017-08-01", "2022-10-01")] },
  { slug: "wu-yanan", name: "Wu Yanan", side: "CN", aliases: [], titles: [t("Commander of the Southern Theater Command", "2021-12-01", null)] },
  { slug: "lin-xiangyang", name: "Lin Xiangyang", side: "CN", aliases: [], titles: [t("Commander of the Eastern Theater Command", "2021-12-01", null)] },
  { slug: "song-yanchao", name: "Song Yanchao", side: "CN", aliases: [], titles: [t("Deputy Director of the Office for International Military Cooperation, Central Military Commission", "2021-01-01", null)] },
  { slug: "miao-hua", name: "Miao Hua", side: "CN", aliases: [], titles: [t("Director of the Political Work Department, Central Military Commission", "2017-08-01", "2024-11-28")] },
  { slug: "zhang-guoqing", name: "Zhang Guoqing", side: "CN", aliases: [], titles: [t("Vice Premier", "2023-03-12", null)] },
  { slug: "liu-guozhong", name: "Liu Guozhong", side: "CN", aliases: [], titles: [t("Vice Premier", "2023-03-12", null)] },
  { slug: "cai-qi", name: "Cai Qi", side: "CN", aliases: [], titles: [t("Director of the General Office of the Chinese Communist Party", "2022-10-23", null)] },
  { slug: "chen-yixin", name: "Chen Yixin", side: "CN", aliases: [], titles: [t("Minister of State Security", "2022-10-30", null)] },
  { slug: "zheng-shanjie", name: "Zheng Shanjie", side: "CN", aliases: [], titles: [t("Chairman of the National Development and Reform Commission", "2023-03-12", null)] },
  { slug: "yang-tao", name: "Yang Tao", side: "CN", aliases: [], titles: [t("Director-General of North American and Oceanian Affairs, Foreign Ministry", "2021-01-01", null)] },
  // Others: recognised so that their meetings are not mistaken for US–China ones
  { slug: "toshimitsu-motegi", name: "Toshimitsu Motegi", side: "other", aliases: ["Motegi"], titles: [t("Foreign Minister of Japan", "2019-09-11", "2021-11-10"), t("Foreign Minister of Japan", "2025-10-21", null)] },
  { slug: "nobuo-kishi", name: "Nobuo Kishi", side: "other", aliases: ["Kishi"], titles: [t("Defense Minister of Japan", "2020-09-16", "2022-08-10")] },
  { slug: "yoshimasa-hayashi", name: "Yoshimasa Hayashi", side: "other", aliases: ["Hayashi"], titles: [t("Foreign Minister of Japan", "2021-11-10", "2023-09-13")] },
  { slug: "yoko-kamikawa", name: "Yoko Kamikawa", side: "other", aliases: ["Kamikawa"], titles: [t("Foreign Minister of Japan", "2023-09-13", "2024-10-01")] },
  { slug: "minoru-kihara", name: "Minoru Kihara", side: "other", aliases: ["Kihara"], titles: [t("Defense Minister of Japan", "2023-09-13", "2024-10-01")] },
  { slug: "takeshi-iwaya", name: "Takeshi Iwaya", side: "other", aliases: ["Iwaya"], titles: [t("Foreign Minister of Japan", "2024-10-01", "2025-10-21")] },
  { slug: "gen-nakatani", name: "Gen Nakatani", side: "other", aliases: ["Nakatani"], titles: [t("Defense Minister of Japan", "2024-10-01", "2025-10-21")] },
  { slug: "fumio-kishida", name: "Fumio Kishida", side: "other", aliases: ["Kishida"], titles: [t("Prime Minister of Japan", "2021-10-04", "2024-10-01")] },
  { slug: "shigeru-ishiba", name: "Shigeru Ishiba", side: "other", aliases: ["Ishiba"], titles: [t("Prime Minister of Japan", "2024-10-01", "2025-10-21")] },
  { slug: "yoon-suk-yeol", name: "Yoon Suk Yeol", side: "other", aliases: ["Yoon"], titles: [t("President of South Korea", "2022-05-10", "2025-04-04")] },
  { slug: "vladimir-putin", name: "Vladimir Putin", side: "other", aliases: ["Putin"], titles: [t("President of Russia", "2012-05-07", null)] },
  { slug: "sergey-lavrov", name: "Sergey Lavrov", side: "other", aliases: ["Lavrov", "Sergei Lavrov"], titles: [t("Foreign Minister of Russia", "2004-03-09", null)] },
  { slug: "ferdinand-marcos-jr", name: "Ferdinand Marcos Jr.", side: "other", aliases: ["Marcos"], titles: [t("President of the Philippines", "2022-06-30", null)] },
  { slug: "anthony-albanese", name: "Anthony Albanese", side: "other", aliases: ["Albanese"], titles: [t("Prime Minister of Australia", "2022-05-23", null)] },
  { slug: "kim-jong-un", name: "Kim Jong Un", side: "other", aliases: [], titles: [t("Supreme Leader of North Korea", "2011-12-17", null)] },
  { slug: "lai-ching-te", name: "Lai Ching-te", side: "other", aliases: ["William Lai"], titles: [t("President of Taiwan", "2024-05-20", null)] },
  { slug: "tsai-ing-wen", name: "Tsai Ing-wen", side: "other", aliases: ["Tsai"], titles: [t("President of Taiwan", "2016-05-20", "2024-05-20")] },
];

export function personBySlug(slug: string): KnownPerson | undefined {
  return PEOPLE.find((person) => person.slug === slug);
}

/** The title a person held on a day (yyyy-mm-dd), or null when the gazetteer has none then. */
export function titleOn(person: KnownPerson, day: string): string | null {
  const held = person.titles.filter((held) => (held.start === null || held.start <= day) && (held.end === null || day <= held.end));
  return held[0]?.title ?? null;
}
