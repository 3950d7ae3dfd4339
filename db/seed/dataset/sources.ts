/**
 * The five news articles the dataset is built from (shared/seeds/). Titles are the articles' own
 * headlines (cited, never used as question text); everything else in the dataset is our wording.
 */
import type { DatasetInput } from "@/lib/events/schema";

/** Source ids, so events cite them without typos. */
export const SRC = {
  kishidaPhnomPenh: "kishida-hun-sen-talks-ukraine-myanmar",
  kishidaSecondVisit: "kishida-second-cambodia-visit",
  foreignMinistersCall: "foreign-ministers-five-point-consensus",
  bolsterSecurity: "japan-cambodia-bolster-security",
  abeVisit: "abe-visits-cambodia-regional-tensions",
} as const;

export const sources: DatasetInput["sources"] = [
  {
    id: SRC.kishidaPhnomPenh,
    title: "Japan's Kishida, Cambodia's Hun Sen hold talks over Ukraine, Myanmar",
    publisher: "Kyodo News",
    publishedOn: "2022-03-20",
    publishedOnNote:
      "The text prints neither a date nor a publisher. It reports the talks as beginning 'on Sunday' in the year Cambodia " +
      "chairs ASEAN (2022), after Russia's 24 February invasion and an 'early this month' UN vote, on a three-day trip " +
      "running 'through Monday' that began in India 'on Saturday': Sunday 20 March 2022. The publisher is attributed from the " +
      "wire style (Asean, 'according to a Japanese government official', Tokyo-centred framing) typical of Kyodo News; a " +
      "republished copy found online is dated 26 March 2022.",
    seedFile: "000_d257f1ba8b2d6e12.txt",
  },
  {
    id: SRC.kishidaSecondVisit,
    title: "Japan's Kishida set for second Cambodia visit to bolster ties",
    publisher: "The Phnom Penh Post",
    publishedOn: "2022-09-29",
    author: "Ry Sochan",
    seedFile: "001_c9e976fd552eb193.txt",
  },
  {
    id: SRC.foreignMinistersCall,
    title: "Foreign ministers of Cambodia and Japan agree on ASEAN's five-point consensus for Myanmar",
    publisher: "The Phnom Penh Post",
    publishedOn: "2021-11-22",
    publishedOnNote:
      "The text prints no title or date. The title is the one under which the same story appears online (The Phnom Penh " +
      "Post, reprinted by The Nation). The latest date it mentions is Kin Phea speaking to 'The Post' on 21 November, and it " +
      "calls Hayashi newly appointed and 2023 the coming 70th anniversary, so it dates from November 2021; the next day, " +
      "22 November 2021, is taken as the publication day.",
    seedFile: "002_969077faaf0e9b7e.txt",
  },
  {
    id: SRC.bolsterSecurity,
    title: "Japan, Cambodia to bolster security cooperation",
    publisher: "Kyodo News",
    publishedOn: "2023-12-19",
    publishedOnNote:
      "Date as printed on the page carrying the Kyodo story (19 December 2023). Its 'Monday' talks are therefore " +
      "18 December 2023 and the special summit 'on Sunday' 17 December 2023.",
    seedFile: "003_2921122e249578d1.txt",
  },
  {
    id: SRC.abeVisit,
    title: "Japanese Prime Minister Shinzo Abe visits Cambodia amid regional tensions",
    publisher: "Chheang Vannarith (personal blog, vannarithchheang.com)",
    publishedOn: "2013-11-16",
    publishedOnNote:
      "The text prints no date or author. It has Abe meeting Hun Sen 'this Saturday' in the year of the 60th anniversary " +
      "of diplomatic ties, after an election 'last July' and Abe's return to office 'in December last year' (December " +
      "2012): Saturday 16 November 2013. The same post is found on Chheang Vannarith's blog at an address dated " +
      "2013/11/16, which gives the author and the publication day.",
    author: "Chheang Vannarith",
    seedFile: "004_741ec8eb8d1cb773.txt",
  },
];
