import crypto from "node:crypto";
import { readFileSync } from "node:fs";
import { beforeAll, expect, it } from "vitest";
import { createCollection, editCollection, exportCollection, importCollection } from "@/db/queries/collections";
import { createUser } from "@/db/queries/users";
import { eventsToCsv } from "@/lib/collections/csv";
import { deleteEntity, deleteSource, saveEntity, saveSource } from "@/lib/collections/references";
import { validateCollectionFile } from "@/lib/collections/validate";
import { DomainError } from "@/lib/errors";
import { describeEachEngine } from "../support/test-databases";

const parsed = validateCollectionFile(JSON.parse(readFileSync("docs/collections/example-collection.json", "utf8")));
if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
const example = parsed.document;
const person = { kind: "person" as const, aliases: [], memberOf: [], nouns: [], traits: [] };

// The forms' writes (app/teach/collections/_actions/references.ts) are these changes through editCollection.
describeEachEngine("collection sources and entities", (ctx) => {
  let owner = "";
  let stranger = "";

  beforeAll(async () => {
    const teacher = async () =>
      (await createUser(ctx.db(), { email: `t-${crypto.randomUUID()}@t.kizuna`, name: "T", role: "teacher", passwordHash: "x" })).id;
    [owner, stranger] = [await teacher(), await teacher()];
    await createCollection(ctx.db(), { slug: "sheet", ownerId: owner, title: "From a spreadsheet" });
  });

  it("an empty collection takes its sources and entities first, then a CSV naming them by name imports", async () => {
    for (const s of example.sources) {
      const report = await editCollection(ctx.db(), { slug: "sheet", ownerId: owner, change: (d) => saveSource(d, s).document });
      expect(report?.status).toBe("updated");
    }
    // A country first: the people's "country" field picks from the collection's countries.
    const countriesFirst = [...example.entities].sort((a, b) => Number(b.kind === "country") - Number(a.kind === "country"));
    for (const e of countriesFirst) {
      await editCollection(ctx.db(), { slug: "sheet", ownerId: owner, change: (d) => saveEntity(d, e).document });
    }
    const stored = await exportCollection(ctx.db(), { slug: "sheet" });
    expect(stored?.sources.map((s) => s.id)).toEqual(["apollo-11-mission-overview", "apollo-12-mission-overview"]);
    expect(stored?.entities.map((e) => e.id)).toEqual(countriesFirst.map((e) => e.id));

    // A spreadsheet user writes names and titles, not ids.
    const name = new Map(example.entities.map((e) => [e.id, e.name]));
    const title = new Map(example.sources.map((s) => [s.id, s.title]));
    const named = example.events.map((e) => ({
      ...e,
      actors: e.actors.map((id) => name.get(id) ?? id),
      places: e.places.map((id) => name.get(id) ?? id),
      sources: e.sources.map((id) => title.get(id) ?? id),
    }));
    const csv = eventsToCsv(named);
    const imported = await importCollection(ctx.db(), { slug: "sheet", ownerId: owner, format: "csv", text: csv });
    expect(imported).toMatchObject({ ok: true, status: "updated", events: example.events.length });
    const again = await importCollection(ctx.db(), { slug: "sheet", ownerId: owner, format: "csv", text: csv });
    expect(again).toMatchObject({ ok: true, status: "unchanged" });
    const after = await exportCollection(ctx.db(), { slug: "sheet" });
    expect(after?.events[0]?.sources).toEqual(["apollo-11-mission-overview"]);
    expect(after?.events[0]?.actors).toEqual(example.events[0]?.actors);
  });

  it("a CSV naming an entity or a source the collection lacks lists each with its rows and writes nothing", async () => {
    const before = await exportCollection(ctx.db(), { slug: "sheet" });
    const lines = eventsToCsv(before?.events ?? []).split("\r\n");
    const changed = lines.map((l, i) =>
      i > 0 ? l.replace("apollo-12-mission-overview", "Flight journal").replace("pete-conrad", "Dick Gordon") : l,
    );
    const refused = await importCollection(ctx.db(), { slug: "sheet", ownerId: owner, format: "csv", text: changed.join("\r\n") });
    expect(refused).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(/^rows? [\d–, ]+ actors(, answer)?: no person, place or organisation “Dick Gordon” in the collection/),
        expect.stringMatching(/^rows? [\d–, ]+ sources: no source “Flight journal” in the collection/),
      ],
    });
    expect(await exportCollection(ctx.db(), { slug: "sheet" })).toEqual(before);
  });

  it("a source or an entity still used is not deleted, and the refusal names the events; nothing is written", async () => {
    const before = await exportCollection(ctx.db(), { slug: "sheet" });
    await expect(
      editCollection(ctx.db(), { slug: "sheet", ownerId: owner, change: (d) => deleteSource(d, "apollo-11-mission-overview") }),
    ).rejects.toThrow(/^“Apollo 11 mission overview” cannot be deleted: it is still used by “[^”]+” \(sources\)/);
    await expect(editCollection(ctx.db(), { slug: "sheet", ownerId: owner, change: (d) => deleteEntity(d, "alan-bean") })).rejects.toThrow(
      DomainError,
    );
    expect(await exportCollection(ctx.db(), { slug: "sheet" })).toEqual(before);

    const added = await editCollection(ctx.db(), {
      slug: "sheet",
      ownerId: owner,
      change: (d) => saveEntity(d, { ...person, name: "Gene Kranz" }).document,
    });
    expect(added?.status).toBe("updated");
    await editCollection(ctx.db(), { slug: "sheet", ownerId: owner, change: (d) => deleteEntity(d, "gene-kranz") });
    expect(await exportCollection(ctx.db(), { slug: "sheet" })).toEqual(before);
  });

  it("an edit that leaves the document invalid (a name used twice) writes nothing", async () => {
    const before = await exportCollection(ctx.db(), { slug: "sheet" });
    await expect(
      editCollection(ctx.db(), {
        slug: "sheet",
        ownerId: owner,
        change: (d) => saveEntity(d, { ...person, name: "Buzz Aldrin" }).document,
      }),
    ).rejects.toThrow(/also names entity "buzz-aldrin"/);
    expect(await exportCollection(ctx.db(), { slug: "sheet" })).toEqual(before);
  });

  it("another teacher can neither add to nor change nor delete the sources and entities of a collection they do not own", async () => {
    const before = await exportCollection(ctx.db(), { slug: "sheet" });
    const attempts = [
      (d: typeof example) => saveSource(d, { title: "Planted source", publisher: "Them", publishedOn: "2024-01-01" }).document,
      (d: typeof example) =>
        saveSource(d, { title: "Renamed", publisher: "Them", publishedOn: "2024-01-01" }, "apollo-11-mission-overview").document,
      (d: typeof example) => saveEntity(d, { ...person, name: "Planted person" }).document,
      (d: typeof example) => saveEntity(d, { ...person, name: "Renamed" }, "neil-armstrong").document,
      (d: typeof example) => deleteEntity(d, "sea-of-serenity"),
    ];
    for (const change of attempts) expect(await editCollection(ctx.db(), { slug: "sheet", ownerId: stranger, change })).toBeNull();
    expect(await exportCollection(ctx.db(), { slug: "sheet" })).toEqual(before);
  });
});
