import { describe, expect, it } from "vitest";
import { offlinePageFor, offlineSourceOf, pagesCacheName } from "@/lib/offline/storage-names";

const at = (path: string) => new URL(path, "https://kizuna.test");

describe("offlinePageFor", () => {
  it("opens the study home for the home page and the study home", () => {
    expect(offlinePageFor(at("/"))).toBe("/study");
    expect(offlinePageFor(at("/study"))).toBe("/study");
    expect(offlinePageFor(at("/study/"))).toBe("/study");
  });
  it("opens today's quiz or flashcards, with or without the offline marker", () => {
    expect(offlinePageFor(at("/study/practice?mode=quiz"))).toBe("/study/practice?mode=quiz");
    expect(offlinePageFor(at("/study/practice"))).toBe("/study/practice?mode=quiz");
    expect(offlinePageFor(at("/study/practice?mode=flashcard&offline=1"))).toBe("/study/practice?mode=flashcard");
  });
  it("has no saved page for a scoped session, another student page or any teacher page", () => {
    expect(offlinePageFor(at("/study/practice?mode=quiz&topic=aid"))).toBeNull();
    expect(offlinePageFor(at("/study/progress"))).toBeNull();
    expect(offlinePageFor(at("/teach"))).toBeNull();
    expect(offlinePageFor(at("/teach/classes/1"))).toBeNull();
  });
});

describe("names", () => {
  it("keys saved pages by user and fetches their offline variant", () => {
    expect(pagesCacheName("a")).not.toBe(pagesCacheName("b"));
    expect(offlineSourceOf("/study")).toBe("/study?offline=1");
    expect(offlineSourceOf("/study/practice?mode=quiz")).toBe("/study/practice?mode=quiz&offline=1");
  });
});
