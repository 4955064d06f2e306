/** Ids of entities the text names: slugs that the entity and speaker stages share, so their ids agree. */

/** The slug of a name, as person and organization ids use it: Unicode letters and digits kept. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
