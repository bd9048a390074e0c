/**
 * A show of hands counted in a hall can be mistyped (an extra zero) or counted twice: more
 * votes than people present is worth a second look before it decides the story.
 */

/** The votes' total when it exceeds the people present, or null when it does not (or no count was recorded). */
export function votesOverPeople(
  counts: Iterable<number>,
  peoplePresent: number,
): { readonly total: number; readonly people: number } | null {
  if (peoplePresent <= 0) return null;
  let total = 0;
  for (const n of counts) total += n;
  return total > peoplePresent ? { total, people: peoplePresent } : null;
}
