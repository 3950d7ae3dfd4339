/**
 * Pick which collection a page shows: a plain GET form (works without JavaScript, the URL is
 * shareable). Picking another collection starts its filters afresh. Shown only when there is a
 * choice; the list is what the viewer may look at (db/queries/collection-views.ts).
 */
export function CollectionPicker({
  collections,
  active,
  action,
}: {
  collections: { slug: string; title: string }[];
  active: string;
  action: string;
}) {
  if (collections.length < 2) return null;
  return (
    <form className="collection-picker" method="get" action={action}>
      <div className="field">
        <label htmlFor="collection-picker">Collection</label>
        <select id="collection-picker" name="collection" defaultValue={active}>
          {collections.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        Show
      </button>
    </form>
  );
}
