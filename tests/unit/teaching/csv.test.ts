import { describe, expect, it } from "vitest";
import { itemsCsv, neutraliseFormula, percent, studentsCsv, toCsv, type ItemCsvRow, type StudentCsvRow } from "@/lib/teaching/csv";

const BOM = "\uFEFF";

describe("toCsv", () => {
  it("starts with a UTF-8 BOM and ends every line with CRLF", () => {
    expect(toCsv(["a", "b"], [["x", 1]])).toBe(`${BOM}a,b\r\nx,1\r\n`);
  });

  it("quotes cells holding commas, quotes or line breaks, doubling quotes", () => {
    expect(toCsv(["h"], [["Tanaka, Aiko"], ['say "hi"'], ["two\nlines"], ["cr\ronly"], ["crlf\r\nx"]])).toBe(
      `${BOM}h\r\n"Tanaka, Aiko"\r\n"say ""hi"""\r\n"two\nlines"\r\n"cr\ronly"\r\n"crlf\r\nx"\r\n`,
    );
  });

  it("writes null and empty strings as empty cells", () => {
    expect(toCsv(["a", "b", "c"], [[null, "", 0]])).toBe(`${BOM}a,b,c\r\n,,0\r\n`);
  });

  it("defuses formulas: text starting with = + - @ tab or CR gets a leading quote", () => {
    const cells = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "a=b", "'quoted", "Ann"];
    const line = toCsv(
      ["x"],
      cells.map((c) => [c]),
    )
      .split("\r\n")
      .slice(1, -1);
    expect(line).toEqual(["'=1+1", "'+SUM(A1)", "'-2+3", "'@cmd", "'\tx", `"'\rx"`, "a=b", "'quoted", "Ann"]);
    // A header from a user (e.g. a set name) is treated the same way.
    expect(toCsv(['=HYPERLINK("http://x")'], [])).toBe(`${BOM}"'=HYPERLINK(""http://x"")"\r\n`);
  });

  it("writes numbers as numbers, negative ones included", () => {
    expect(toCsv(["n"], [[-0.25], [12.5], [Number.NaN]])).toBe(`${BOM}n\r\n-0.25\r\n12.5\r\n\r\n`);
    expect(neutraliseFormula("-0.25")).toBe("'-0.25");
  });
});

describe("percent", () => {
  it("turns a share into a percentage with one decimal", () => {
    expect(percent(2 / 3)).toBe(66.7);
    expect(percent(1)).toBe(100);
    expect(percent(0.0004)).toBe(0);
    expect(percent(null)).toBeNull();
  });
});

describe("studentsCsv", () => {
  const row: StudentCsvRow = {
    name: '=Eve, "the" hacker',
    email: "eve@t.kizuna",
    reviews: 5,
    answeredQuestions: 2,
    completion: 2 / 3,
    accuracy: 0.6,
    lastActiveAt: new Date("2026-03-10T08:00:00Z"),
    predictedRecall: 0.81234,
    quizScore: { correct: 2, total: 3 },
    flags: { notStarted: false, behind: true, atRisk: false },
  };

  it("formats percentages, ISO times and flags", () => {
    const lines = studentsCsv([row, { ...row, name: "Fay", accuracy: null, lastActiveAt: null, quizScore: null, reviews: 0 }]).split(
      "\r\n",
    );
    expect(lines[0]).toBe(
      `${BOM}Name,Email,Reviews,Questions answered,Completion (%),Accuracy (%),Last active (ISO 8601),Predicted recall (%),Quiz correct,Quiz total,Not started,Behind,At risk`,
    );
    expect(lines[1]).toBe(`"'=Eve, ""the"" hacker",eve@t.kizuna,5,2,66.7,60,2026-03-10T08:00:00+00:00,81.2,2,3,no,yes,no`);
    expect(lines[2]).toBe("Fay,eve@t.kizuna,0,2,66.7,,,81.2,,,no,yes,no");
    expect(lines[3]).toBe("");
  });

  it("writes times with the viewer's UTC offset", () => {
    expect(studentsCsv([row], 7 * 60).split("\r\n")[1]).toContain(",2026-03-10T15:00:00+07:00,");
    expect(studentsCsv([row], -(3 * 60 + 30)).split("\r\n")[1]).toContain(",2026-03-10T04:30:00-03:30,");
  });
});

describe("itemsCsv", () => {
  const item: ItemCsvRow = {
    questionId: "q-1",
    position: 0,
    type: "multiple_choice",
    prompt: "In what year, roughly?",
    studentsAnswered: 5,
    facility: 0.6,
    discrimination: -0.333333,
    mostChosenWrong: { answer: "-1989", count: 2 },
    medianResponseMs: 4550,
  };

  it("formats facility as a percentage, discrimination as an index, time in seconds", () => {
    const lines = itemsCsv([
      item,
      { ...item, facility: null, discrimination: null, mostChosenWrong: null, medianResponseMs: null, studentsAnswered: 0 },
    ]).split("\r\n");
    expect(lines[0]).toBe(
      `${BOM}Position,Question ID,Type,Prompt,Students answered,Facility (%),Discrimination,Most chosen wrong answer,Students choosing it,Median response (s)`,
    );
    // Positions numbered from 1, as on the page.
    expect(lines[1]).toBe(`1,q-1,multiple_choice,"In what year, roughly?",5,60,-0.33,'-1989,2,4.6`);
    expect(lines[2]).toBe(`1,q-1,multiple_choice,"In what year, roughly?",0,,,,,`);
  });
});
