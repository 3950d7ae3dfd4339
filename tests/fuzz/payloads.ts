/**
 * What the fuzzer sends: hostile text (NUL, lone surrogates, broken escapes, injections, huge
 * strings, impossible dates), ids of real rows (other people's too), and malformed bodies. Built
 * with fast-check so a run is reproducible from its seed.
 */
import fc from "fast-check";

export interface Fixtures {
  teacherClassId: string;
  teacherSetId: string;
  assignmentId: string;
  studentId: string;
  bystanderClassId: string;
  bystanderSetId: string;
  joinCode: string;
  topic: string;
  questionIds: string[];
}

export const NASTY = [
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDFFFy",
  "%E0%A4%A",
  "%",
  "%00",
  "../../etc/passwd",
  "' OR '1'='1' --",
  "'; drop table users; --",
  "<img src=x onerror=alert(1)>",
  "2099-13-45T99:99",
  "9999-12-31T23:59",
  "0000-00-00T00:00",
  "-0",
  "NaN",
  "Infinity",
  "1e400",
  "-99999999999999999999",
  "null",
  "undefined",
  "[]",
  "{}",
  "$K1",
  "$@1",
  "__proto__",
  "constructor",
  "😀",
  "\u202Eevil",
  " ",
  "",
  "\r\nSet-Cookie: x=1",
];

/** A string a user could type, or one an attacker would. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ minLength: 200, maxLength: 5000 }) },
);

/** encodeURIComponent, except a lone surrogate (which it refuses) becomes its invalid UTF-8 bytes. */
export function encodeSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%ED%A0%80";
  }
}

export function idPool(f: Fixtures): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(f.teacherClassId, f.teacherSetId, f.assignmentId, f.studentId, f.bystanderClassId, f.bystanderSetId),
    },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom("not-a-uuid", "00000000-0000-0000-0000-000000000000", "0") },
  );
}

/** A path segment: a real id, random text encoded, or a broken escape. */
export function segment(f: Fixtures): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: idPool(f) },
    { weight: 2, arbitrary: hostileText.map(encodeSegment) },
    { weight: 1, arbitrary: fc.constantFrom("%E0%A4%A", "%", "%zz", "%00", "..", "%2e%2e", "%C0%AF", "%ED%A0%80") },
  );
}

/** A query string of random keys and values (some keys the page reads). */
export function queryString(keys: string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), hostileText), { maxLength: 4 })
    .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(v)}`).join("&")}` : ""));
}

/** A field value: sometimes a plausible one, mostly hostile; sometimes left out (undefined). */
export function field(plausible: fc.Arbitrary<string>): fc.Arbitrary<string | undefined> {
  return fc.option(fc.oneof({ weight: 2, arbitrary: plausible }, { weight: 3, arbitrary: hostileText }), { nil: undefined, freq: 6 });
}

/** A body that is not what the endpoint expects. */
export const junkBody: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.constantFrom("", "{", "[", '{"reviews":', "\u0000", "0=%E0%A4%A", '["$K1"]', "[null, 42]", '[{}, "$K1"]'),
);
