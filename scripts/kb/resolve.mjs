// Settles names that point at more than one group, marks names that are ordinary words, gives every
// actor a unique id and puts everything in a stable order.
import { existsSync, readFileSync } from 'node:fs';
import { compareText, nameKey } from './util.mjs';

const lower = (s) => s.toLowerCase();

/** Final actor records, sorted by id, each name owned by exactly one actor. */
export function resolveNames(actors, overlay, note) {
  uniqueIds(actors, note);
  const owners = new Map();
  for (const actor of actors) {
    for (const alias of actor.aliases) {
      const key = nameKey(alias.name);
      if (!owners.has(key)) owners.set(key, []);
      owners.get(key).push(actor);
    }
  }
  const forced = new Map(Object.entries(overlay.names ?? {}).map(([k, v]) => [nameKey(k), v]));
  const dropped = new Set((overlay.dropNames ?? []).map(nameKey));
  const ambiguous = [...owners].filter(([, list]) => list.length > 1).sort(([a], [b]) => compareText(a, b));
  note(`ambiguous names: ${ambiguous.length}`);
  for (const [key, list] of ambiguous) {
    let winner;
    let how;
    if (forced.has(key)) {
      winner = list.find((a) => a.id === forced.get(key));
      how = winner ? 'overlay' : 'overlay: dropped';
    } else {
      [winner, how] = defaultWinner(key, list);
    }
    for (const actor of list) if (actor !== winner) actor.aliases = actor.aliases.filter((a) => nameKey(a.name) !== key);
    note(`  ${key}: ${list.map((a) => `${a.id} (${a.name})`).join(' | ')} -> ${winner ? winner.id : 'nobody'} [${how}]`);
  }
  for (const name of dropped) {
    for (const actor of owners.get(name) ?? []) actor.aliases = actor.aliases.filter((a) => nameKey(a.name) !== name);
  }
  markOrdinaryWords(actors, overlay, note);
  for (const actor of actors) {
    actor.aliases.sort((a, b) => Number(b.name === actor.name) - Number(a.name === actor.name) || compareText(a.name, b.name));
    for (const key of Object.keys(actor)) if (actor[key] === undefined) delete actor[key];
  }
  return actors.filter((a) => a.aliases.length > 0).sort((a, b) => compareText(a.id, b.id));
}

/**
 * Without an overlay entry: the group whose canonical or Microsoft name it is, else the only ATT&CK
 * group among the claimants; else nobody (the name is too ambiguous to link).
 */
function defaultWinner(key, list) {
  const canonical = list.filter((a) => nameKey(a.name) === key);
  if (canonical.length === 1) return [canonical[0], 'canonical name'];
  const ms = list.filter((a) => a.microsoftName && nameKey(a.microsoftName) === key);
  if (ms.length === 1) return [ms[0], 'Microsoft name'];
  const attack = list.filter((a) => a.attackId);
  if (attack.length === 1) return [attack[0], 'only ATT&CK group'];
  return [undefined, 'dropped: no rule decides'];
}

/** Actor ids must be unique: two MISP-only groups with the same slug get -2, -3 suffixes in a stable order. */
function uniqueIds(actors, note) {
  const seen = new Map();
  const sorted = [...actors].sort((a, b) => compareText(a.id, b.id) || compareText(a.mispUuid ?? '', b.mispUuid ?? ''));
  for (const actor of sorted) {
    const count = (seen.get(actor.id) ?? 0) + 1;
    seen.set(actor.id, count);
    if (count > 1) {
      note(`id clash: ${actor.id} (${actor.name}) renamed ${actor.id}-${count}`);
      actor.id = `${actor.id}-${count}`;
    }
  }
}

/**
 * Marks as needsContext the names the overlay lists as ordinary words. The report also lists single
 * words found in a local English word list (if the machine has one) or of four letters or fewer that
 * the overlay does not list, so a maintainer can review them; the output never depends on that list.
 */
function markOrdinaryWords(actors, overlay, note) {
  const listed = new Set((overlay.needsContext ?? []).map(lower));
  const safe = new Set((overlay.notOrdinary ?? []).map(lower));
  const dictionary = existsSync('/usr/share/dict/words')
    ? new Set(
        readFileSync('/usr/share/dict/words', 'utf8')
          .split('\n')
          .filter((w) => /^[a-z]+$/.test(w)),
      )
    : new Set();
  // A group name that is also the name of a piece of malware or a tool ("Snake") mostly means the software.
  const software = new Set(actors.flatMap((a) => a.software ?? []).map(lower));
  const review = [];
  const softwareNames = [];
  for (const actor of actors) {
    for (const alias of actor.aliases) {
      const key = nameKey(alias.name);
      if (listed.has(key)) {
        alias.needsContext = true;
        continue;
      }
      if (software.has(lower(alias.name)) && lower(alias.name) !== lower(actor.name) && !safe.has(key)) {
        alias.needsContext = true;
        softwareNames.push(alias.name);
        continue;
      }
      if (safe.has(key)) continue;
      const words = key.split(/\s+/);
      const ordinary = words.every((w) => dictionary.has(w) || dictionary.has(w.replace(/s$/, '')));
      if (words.length === 1 && (ordinary || (key.length <= 4 && !/\d/.test(key)))) review.push(alias.name);
    }
  }
  if (softwareNames.length) note(`names that are also software, matched only in context: ${softwareNames.sort(compareText).join(', ')}`);
  if (review.length) note(`ordinary-word candidates not in the overlay (review): ${review.sort(compareText).join(', ')}`);
}
