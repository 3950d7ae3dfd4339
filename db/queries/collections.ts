/**
 * Collections: saving a document with its generated questions, reading with access rules, and
 * sharing. Access: the owner reads and edits; any teacher reads a public collection; the teachers
 * a private one is shared with read it. Every read of another's collection that is not allowed
 * answers null (a 404 to the caller), never "forbidden", so its existence is not revealed.
 */
import { and, asc, eq, isNull, notInArray, sql, type SQL } from "drizzle-orm";
import { prepareImport, type ImportFormat } from "@/lib/collections/import";
import { buildCollectionBank, collectionVersion } from "@/lib/collections/questions";
import { validateCollectionFile } from "@/lib/collections/validate";
import { collectionDocumentSchema, type CollectionDocument } from "@/lib/collections/schema";
import { BUILTIN_COLLECTION, type CollectionVisibility } from "@/lib/domain";
import { DomainError } from "@/lib/errors";
import type { Dataset } from "@/lib/events/schema";
import { itemIdOf, itemKindOf, itemStudyOrder } from "@/lib/questions/items";
import { studyOrder } from "@/lib/questions/study-order";
import type { Question } from "@/lib/questions/types";
import type { Db } from "../client";
import { collectionShares, collections, knowledgeItems, questions, users } from "../schema";

export const BUILTIN_COLLECTION_TITLE = "Japan–Cambodia relations 2007–2023";
const CHUNK = 250;

/** Thrown when a slug is taken by a collection the caller does not own (or by the built-in one). */
export class CollectionSlugTakenError extends DomainError {
  constructor(slug: string) {
    super(`The collection name "${slug}" is taken. Choose another.`, "slug");
    this.name = "CollectionSlugTakenError";
  }
}

/** Slugs of the collections `teacherId` may read, as a subquery. */
export function selectReadableCollectionSlugs(teacherId: string): SQL {
  return sql`(select c.slug from ${collections} c where c.visibility = 'public' or c.owner_id = ${teacherId}
    or exists (select 1 from ${collectionShares} s where s.collection_slug = c.slug and s.teacher_id = ${teacherId}))`;
}

export interface CollectionSummary {
  slug: string;
  title: string;
  visibility: CollectionVisibility;
  ownerId: string | null;
  ownerName: string | null;
  events: number;
  questions: number;
  updatedAt: Date;
}

const summaryColumns = {
  slug: collections.slug,
  title: collections.title,
  visibility: collections.visibility,
  ownerId: collections.ownerId,
  ownerName: users.name,
  events: collections.events,
  questions: collections.questions,
  updatedAt: collections.updatedAt,
};

/** Every collection the teacher may read: theirs first, then the others by title. */
export async function listReadableCollections(db: Db, { teacherId }: { teacherId: string }): Promise<CollectionSummary[]> {
  return db
    .select(summaryColumns)
    .from(collections)
    .leftJoin(users, eq(users.id, collections.ownerId))
    .where(sql`${collections.slug} in ${selectReadableCollectionSlugs(teacherId)}`)
    .orderBy(sql`case when ${collections.ownerId} = ${teacherId} then 0 else 1 end`, asc(collections.title));
}

export interface CollectionDetail extends CollectionSummary {
  document: CollectionDocument;
  version: string;
  /** True for the owner: the one who may edit. */
  canEdit: boolean;
}

async function selectCollection(db: Db, where: SQL | undefined, viewerId: string | null): Promise<CollectionDetail | null> {
  const [row] = await db
    .select({ ...summaryColumns, document: collections.document, version: collections.version })
    .from(collections)
    .leftJoin(users, eq(users.id, collections.ownerId))
    .where(where)
    .limit(1);
  if (!row) return null;
  return { ...row, canEdit: viewerId !== null && row.ownerId === viewerId };
}

/** A collection the teacher may read, or null (unknown, or not theirs to see). */
export async function getReadableCollection(
  db: Db,
  { slug, teacherId }: { slug: string; teacherId: string },
): Promise<CollectionDetail | null> {
  return selectCollection(
    db,
    and(eq(collections.slug, slug), sql`${collections.slug} in ${selectReadableCollectionSlugs(teacherId)}`),
    teacherId,
  );
}

/** A collection the teacher owns, or null. */
export async function getOwnedCollection(db: Db, { slug, ownerId }: { slug: string; ownerId: string }): Promise<CollectionDetail | null> {
  return selectCollection(db, and(eq(collections.slug, slug), eq(collections.ownerId, ownerId)), ownerId);
}

/** The export of a collection (no access check: the command line and the callers that checked). */
export async function exportCollection(db: Db, { slug }: { slug: string }): Promise<({ title: string } & CollectionDocument) | null> {
  const [row] = await db
    .select({ title: collections.title, document: collections.document })
    .from(collections)
    .where(eq(collections.slug, slug));
  // Parsed again only to put keys back in the schema's order (jsonb stores them its own way).
  return row ? { title: row.title, ...collectionDocumentSchema.parse(row.document) } : null;
}

/** Create an empty private collection for the teacher. */
export async function createCollection(db: Db, { slug, ownerId, title }: { slug: string; ownerId: string; title: string }): Promise<void> {
  const document: CollectionDocument = { sources: [], entities: [], events: [] };
  const inserted = await db
    .insert(collections)
    .values({ slug, ownerId, title, visibility: "private", document, version: collectionVersion(title, document, []) })
    .onConflictDoNothing()
    .returning({ slug: collections.slug });
  if (inserted.length === 0) throw new CollectionSlugTakenError(slug);
}

export interface SaveReport {
  status: "created" | "updated" | "unchanged";
  events: number;
  questions: number;
  retired: number;
}

/**
 * A collection's knowledge item id: the generator's item id (`f:event/fact`) under the collection's
 * slug, so a teacher's event slug can never share a memory with the built-in dataset's.
 */
export function collectionItemId(slug: string, itemId: string): string {
  return `c:${slug}:${itemId}`;
}

/** One knowledge item per fact or exercise of the collection's bank (memory is kept per item). */
async function syncCollectionItems(tx: Db, slug: string, ordered: Question[]): Promise<void> {
  const position = new Map(itemStudyOrder(ordered).map((id, i) => [id, i]));
  const items = new Map<
    string,
    { id: string; kind: ReturnType<typeof itemKindOf>; tags: Set<string>; eventSlugs: Set<string>; position: number }
  >();
  for (const q of ordered) {
    const raw = itemIdOf(q);
    const id = collectionItemId(slug, raw);
    const item = items.get(id) ?? {
      id,
      kind: itemKindOf(q),
      tags: new Set<string>(),
      eventSlugs: new Set<string>(),
      position: position.get(raw) ?? 0,
    };
    for (const tag of q.tags) item.tags.add(tag);
    for (const event of q.eventIds) item.eventSlugs.add(event);
    items.set(id, item);
  }
  const all = [...items.values()];
  for (let i = 0; i < all.length; i += CHUNK) {
    await tx
      .insert(knowledgeItems)
      .values(
        all.slice(i, i + CHUNK).map((item) => ({
          id: item.id,
          kind: item.kind,
          tags: [...item.tags],
          eventSlugs: [...item.eventSlugs],
          position: item.position,
          retiredAt: null,
        })),
      )
      .onConflictDoUpdate({
        target: knowledgeItems.id,
        set: {
          kind: sql`excluded.kind`,
          tags: sql`excluded.tags`,
          eventSlugs: sql`excluded.event_slugs`,
          position: sql`excluded.position`,
          retiredAt: sql`null`,
        },
      });
  }
  await tx
    .update(knowledgeItems)
    .set({ retiredAt: sql`now()` })
    .where(
      and(
        sql`${knowledgeItems.id} like ${collectionItemId(slug, "") + "%"}`,
        isNull(knowledgeItems.retiredAt),
        all.length > 0 ? notInArray(knowledgeItems.id, [...items.keys()]) : undefined,
      ),
    );
}

async function syncCollectionQuestions(tx: Db, slug: string, bank: Question[]): Promise<number> {
  const ordered = studyOrder(bank);
  await syncCollectionItems(tx, slug, ordered);
  for (let i = 0; i < ordered.length; i += CHUNK) {
    const rows = ordered.slice(i, i + CHUNK).map((q, k) => ({
      id: q.id,
      itemId: collectionItemId(slug, itemIdOf(q)),
      reveals: (q.reveals ?? []).map((item) => collectionItemId(slug, item)),
      type: q.type,
      prompt: q.prompt,
      answer: q.answer,
      difficulty: q.difficulty,
      tags: q.tags,
      payload: q,
      position: i + k,
      retiredAt: null,
      collection: slug,
    }));
    await tx
      .insert(questions)
      .values(rows)
      .onConflictDoUpdate({
        target: questions.id,
        set: {
          type: sql`excluded.type`,
          prompt: sql`excluded.prompt`,
          answer: sql`excluded.answer`,
          difficulty: sql`excluded.difficulty`,
          tags: sql`excluded.tags`,
          payload: sql`excluded.payload`,
          position: sql`excluded.position`,
          itemId: sql`excluded.item_id`,
          reveals: sql`excluded.reveals`,
          retiredAt: sql`null`,
        },
        // Never take over another collection's question (ids are prefixed, so this is a guard).
        setWhere: sql`${questions.collection} = ${slug}`,
      });
  }
  const ids = bank.map((q) => q.id);
  const retired = await tx
    .update(questions)
    .set({ retiredAt: sql`now()` })
    .where(and(eq(questions.collection, slug), isNull(questions.retiredAt), ids.length > 0 ? notInArray(questions.id, ids) : undefined))
    .returning({ id: questions.id });
  return retired.length;
}

/**
 * Create or replace a teacher's collection with a validated document, generating its questions:
 * questions whose ids still come out keep them (and students' history), those no longer produced
 * are retired, never deleted. Idempotent: the same title and document write nothing. The slug
 * must be free or the owner's; the built-in collection is never written here.
 */
export async function saveCollection(
  db: Db,
  params: {
    slug: string;
    ownerId: string;
    title?: string;
    document: CollectionDocument;
    visibility?: CollectionVisibility;
    /** The version the change was made from: refused if the collection changed since (a form open in two tabs). */
    expectedVersion?: string;
  },
): Promise<SaveReport> {
  const { slug, ownerId, document } = params;
  if (slug === BUILTIN_COLLECTION) throw new CollectionSlugTakenError(slug);
  const bank = buildCollectionBank(slug, document, { lint: false }).questions;
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ ownerId: collections.ownerId, title: collections.title, version: collections.version, visibility: collections.visibility })
      .from(collections)
      .where(eq(collections.slug, slug))
      .for("update");
    if (existing && existing.ownerId !== ownerId) throw new CollectionSlugTakenError(slug);
    if (params.expectedVersion !== undefined && existing?.version !== params.expectedVersion) {
      throw new DomainError("This collection changed since you opened it. Reload the page and try again.");
    }
    const title = params.title ?? existing?.title ?? slug;
    const version = collectionVersion(title, document, bank);
    const base = { events: document.events.length, questions: bank.length };
    const visibility = params.visibility ?? existing?.visibility ?? "private";
    if (existing && existing.version === version && existing.visibility === visibility) return { status: "unchanged", ...base, retired: 0 };
    const values = { title, document, version, visibility, ...base };
    if (existing)
      await tx
        .update(collections)
        .set({ ...values, updatedAt: sql`now()` })
        .where(eq(collections.slug, slug));
    else await tx.insert(collections).values({ slug, ownerId, ...values });
    const retired = existing?.version === version ? 0 : await syncCollectionQuestions(tx, slug, bank);
    return { status: existing ? "updated" : "created", ...base, retired };
  });
}

/** Keep the built-in collection's row in step with the dataset loaded at start-up (its questions are synced by the seed). */
export async function saveBuiltinCollection(
  db: Db,
  { dataset, questionCount }: { dataset: Dataset; questionCount: number },
): Promise<void> {
  const document: CollectionDocument = dataset;
  const version = collectionVersion(BUILTIN_COLLECTION_TITLE, document, []);
  await db
    .insert(collections)
    .values({
      slug: BUILTIN_COLLECTION,
      ownerId: null,
      title: BUILTIN_COLLECTION_TITLE,
      visibility: "public",
      document,
      version,
      events: dataset.events.length,
      questions: questionCount,
    })
    .onConflictDoUpdate({
      target: collections.slug,
      set: { document, version, events: dataset.events.length, questions: questionCount, updatedAt: sql`now()` },
      setWhere: sql`${collections.version} <> ${version} or ${collections.questions} <> ${questionCount}`,
    });
}

/** Share a private collection read-only with another teacher (by email). Only the owner may; false if not theirs. */
export async function shareCollection(
  db: Db,
  { slug, ownerId, email }: { slug: string; ownerId: string; email: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [owned] = await tx
      .select({ slug: collections.slug })
      .from(collections)
      .where(and(eq(collections.slug, slug), eq(collections.ownerId, ownerId)));
    if (!owned) return false;
    const [teacher] = await tx.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email.trim().toLowerCase()));
    if (!teacher || teacher.role !== "teacher") throw new DomainError("No teacher has that email address.", "email");
    if (teacher.id === ownerId) throw new DomainError("You own this collection already.", "email");
    await tx.insert(collectionShares).values({ collectionSlug: slug, teacherId: teacher.id }).onConflictDoNothing();
    return true;
  });
}

/** Stop sharing with one teacher. False if the collection is not the caller's. */
export async function unshareCollection(
  db: Db,
  { slug, ownerId, teacherId }: { slug: string; ownerId: string; teacherId: string },
): Promise<boolean> {
  const [owned] = await db
    .select({ slug: collections.slug })
    .from(collections)
    .where(and(eq(collections.slug, slug), eq(collections.ownerId, ownerId)));
  if (!owned) return false;
  await db.delete(collectionShares).where(and(eq(collectionShares.collectionSlug, slug), eq(collectionShares.teacherId, teacherId)));
  return true;
}

/** The teachers a collection is shared with (owner only: empty for anyone else). */
export async function listCollectionShares(
  db: Db,
  { slug, ownerId }: { slug: string; ownerId: string },
): Promise<{ id: string; name: string; email: string }[]> {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(collectionShares)
    .innerJoin(users, eq(users.id, collectionShares.teacherId))
    .innerJoin(collections, eq(collections.slug, collectionShares.collectionSlug))
    .where(and(eq(collectionShares.collectionSlug, slug), eq(collections.ownerId, ownerId)))
    .orderBy(asc(users.name));
}

/** Active questions of a collection the teacher can read, in study order (empty if not readable). */
export async function listCollectionQuestions(db: Db, { slug, teacherId }: { slug: string; teacherId: string }): Promise<Question[]> {
  const rows = await db
    .select({ payload: questions.payload })
    .from(questions)
    .where(
      and(
        eq(questions.collection, slug),
        isNull(questions.retiredAt),
        sql`${questions.collection} in ${selectReadableCollectionSlugs(teacherId)}`,
      ),
    )
    .orderBy(asc(questions.position));
  return rows.map((r) => r.payload);
}

export type ImportResult = ({ ok: true } & SaveReport) | { ok: false; problems: string[] };

/**
 * Import a JSON or CSV file into the teacher's collection `slug` (created if new): the whole file
 * is validated first and nothing is written when it has a problem. A CSV's events join the
 * collection's current sources and entities. Another teacher's slug is refused.
 */
export async function importCollection(
  db: Db,
  params: { slug: string; ownerId: string; format: ImportFormat; text: string; visibility?: CollectionVisibility },
): Promise<ImportResult> {
  const { slug, ownerId } = params;
  const [existing] = await db
    .select({ ownerId: collections.ownerId, document: collections.document })
    .from(collections)
    .where(eq(collections.slug, slug));
  if (slug === BUILTIN_COLLECTION || (existing && existing.ownerId !== ownerId)) throw new CollectionSlugTakenError(slug);
  const prepared = prepareImport({ format: params.format, text: params.text, existing: existing?.document ?? null });
  if (!prepared.ok) return prepared;
  const report = await saveCollection(db, {
    slug,
    ownerId,
    document: prepared.document,
    ...(prepared.title === undefined ? {} : { title: prepared.title }),
    ...(params.visibility === undefined ? {} : { visibility: params.visibility }),
  });
  return { ok: true, ...report };
}

/** Thrown by `editCollection` when the change leaves the collection invalid: every problem, in order. */
export class CollectionInvalidError extends DomainError {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `The collection would not be valid: ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ""}`,
    );
    this.name = "CollectionInvalidError";
    this.problems = problems;
  }
}

/**
 * Change the owner's collection: `change` gets the current document and returns the new one,
 * which is validated whole before anything is written. Null when the collection is not the
 * owner's (a 404 to the caller).
 */
export async function editCollection(
  db: Db,
  params: {
    slug: string;
    ownerId: string;
    change: (document: CollectionDocument) => CollectionDocument;
    visibility?: CollectionVisibility;
  },
): Promise<SaveReport | null> {
  const owned = await getOwnedCollection(db, { slug: params.slug, ownerId: params.ownerId });
  if (!owned) return null;
  const changed = params.change(owned.document);
  const checked = validateCollectionFile(changed, { allowEmpty: true });
  if (!checked.ok) throw new CollectionInvalidError(checked.problems);
  return saveCollection(db, {
    slug: params.slug,
    ownerId: params.ownerId,
    document: checked.document,
    expectedVersion: owned.version,
    ...(params.visibility ? { visibility: params.visibility } : {}),
  });
}

/** Change who reads a collection (owner only; false otherwise). */
export async function setCollectionVisibility(
  db: Db,
  { slug, ownerId, visibility }: { slug: string; ownerId: string; visibility: CollectionVisibility },
): Promise<boolean> {
  const rows = await db
    .update(collections)
    .set({ visibility, updatedAt: sql`now()` })
    .where(and(eq(collections.slug, slug), eq(collections.ownerId, ownerId)))
    .returning({ slug: collections.slug });
  return rows.length === 1;
}
