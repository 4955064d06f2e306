// Joins the three sources into one draft per group. ATT&CK intrusion sets are the backbone; a MISP
// cluster joins the group whose G-ID it lists among its synonyms, else the group one of its names
// uniquely identifies; a Microsoft entry joins the group one of its names uniquely identifies. MISP's
// related/"similar" links are never followed: they chain distinct groups together. The overlay's
// newActors (gangs no source names as such) are drafts too, but a cluster joins one only when the
// overlay's joins say so: a vendor's name for a gang's operators (BITWISE SPIDER for LockBit) then
// becomes one of the gang's names instead of a second group.
import { producerName, schemeCoiner } from './coiners.mjs';
import { compareText, nameKey } from './util.mjs';

const lower = (s) => s.toLowerCase();
const GID = /^G\d{4}$/;

/** Drafts of every group, each with its sources attached. */
export function mergeSources({ attack, misp, microsoft, overlay, countries, note }) {
  const drafts = [];
  const byGid = new Map();
  // Active intrusion sets first; revoked ones hand their names to the group that replaced them.
  for (const group of [...attack.groups.values()].sort(byAttackId)) {
    if (group.revoked || group.deprecated) continue;
    const draft = { attack: group, misp: [], extraNames: [], microsoft: undefined };
    drafts.push(draft);
    byGid.set(group.attackId, draft);
  }
  for (const group of [...attack.groups.values()].sort(byAttackId)) {
    if (!group.revoked) continue;
    let target = attack.revokedBy.get(group.stixId);
    while (target && attack.groups.get(target)?.revoked) target = attack.revokedBy.get(target);
    const draft = target && byGid.get(attack.groups.get(target)?.attackId);
    if (!draft) continue;
    byGid.set(group.attackId, draft);
    draft.extraNames.push(group.name, ...group.aliases);
    note(`revoked: ATT&CK ${group.attackId} ${group.name} -> ${draft.attack.attackId} ${draft.attack.name}`);
  }

  const attackNames = indexNames(drafts, (d) => [d.attack.name, ...d.attack.aliases, ...d.extraNames]);
  // Overlay gangs join no name index: only an explicit join attaches a cluster to one.
  const added = new Map();
  for (const actor of overlay.newActors ?? []) {
    const draft = { added: actor, attack: undefined, misp: [], extraNames: [], microsoft: undefined };
    drafts.push(draft);
    added.set(actor.id, draft);
    note(`added (overlay): ${actor.id} ${actor.name}`);
  }
  const joins = overlay.joins ?? {};
  // A join to another MISP cluster waits until every cluster has its draft.
  const toClusters = [];
  let byId = 0;
  let byName = 0;
  for (const cluster of misp) {
    const forced = joins[cluster.value];
    let draft;
    if (forced && !GID.test(forced) && !forced.startsWith('actor:')) {
      toClusters.push(cluster);
      continue;
    }
    if (forced !== undefined) {
      draft = forced ? (byGid.get(forced) ?? added.get(forced)) : undefined;
      note(`join (overlay): MISP ${cluster.value} -> ${forced ?? 'its own group'}${forced && !draft ? ' (not found: its own group)' : ''}`);
    } else {
      const gids = new Set(
        [cluster.value, ...cluster.synonyms]
          .filter((n) => GID.test(n))
          .map((g) => byGid.get(g))
          .filter(Boolean),
      );
      if (gids.size === 1) {
        draft = [...gids][0];
        byId++;
      } else if (gids.size > 1) {
        const names = new Set([cluster.value, ...cluster.synonyms].map(lower));
        draft = [...gids].find((d) => names.has(lower(d.attack.name))) ?? [...gids].sort((a, b) => byAttackId(a.attack, b.attack))[0];
        note(`join: MISP ${cluster.value} lists ${[...gids].map((d) => d.attack.attackId).join(', ')}; joined ${draft.attack.attackId}`);
        byId++;
      } else {
        draft = uniqueOwner(attackNames, [cluster.value], cluster.synonyms, `MISP ${cluster.value}`, note);
        if (draft) byName++;
      }
    }
    if (draft) draft.misp.push(cluster);
    else drafts.push({ attack: undefined, misp: [cluster], extraNames: [], microsoft: undefined });
  }
  for (const cluster of toClusters) {
    const target = joins[cluster.value];
    const draft = drafts.find((d) => d.misp.some((c) => c.value === target));
    note(`join (overlay): MISP ${cluster.value} -> MISP ${target}${draft ? '' : ' (not found: its own group)'}`);
    if (draft) draft.misp.push(cluster);
    else drafts.push({ attack: undefined, misp: [cluster], extraNames: [], microsoft: undefined });
  }
  note(`MISP clusters joined to ATT&CK groups: ${byId} by G-ID, ${byName} by a unique name`);

  joinMicrosoft(drafts, microsoft, overlay.microsoft ?? {}, note);
  const codes = countryCodes(countries);
  return drafts.map((draft) => finish(draft, overlay, codes, countries));
}

/**
 * Microsoft entries join greedily by score: each of an entry's names that a draft holds counts
 * 1/(number of drafts holding it), its current name three times that, so the entry that shares the
 * most names with a group gets it. An entry left without a group whose name an already joined entry
 * lists among its other names is an older name of that group (Storm-1516 -> Neva Flood).
 */
function joinMicrosoft(drafts, entries, forced, note) {
  const index = indexNames(drafts, draftNames);
  const pairs = [];
  const pending = [];
  for (const entry of entries) {
    if (forced[entry.name] !== undefined) {
      const target = forced[entry.name];
      const draft = target ? drafts.find((d) => d.attack?.attackId === target || d.added?.id === target || d.misp.some((c) => c.value === target)) : undefined;
      note(`join (overlay): Microsoft ${entry.name} -> ${target ?? 'its own group'}`);
      if (draft) draft.microsoft = entry;
      else drafts.push({ attack: undefined, misp: [], extraNames: [], microsoft: entry });
      continue;
    }
    pending.push(entry);
    const scores = new Map();
    for (const name of [entry.name, ...entry.others]) {
      const owners = index.get(lower(name));
      if (!owners) continue;
      const weight = (name === entry.name ? 3 : 1) / owners.size;
      for (const owner of owners) scores.set(owner, (scores.get(owner) ?? 0) + weight);
    }
    for (const [draft, score] of scores) pairs.push({ entry, draft, score });
  }
  pairs.sort((a, b) => b.score - a.score || compareText(a.entry.name, b.entry.name) || compareText(draftLabel(a.draft), draftLabel(b.draft)));
  const joined = new Set();
  for (const { entry, draft, score } of pairs) {
    if (joined.has(entry) || draft.microsoft) continue;
    draft.microsoft = entry;
    joined.add(entry);
    if (score < 1) note(`join (weak, score ${score.toFixed(2)}): Microsoft ${entry.name} -> ${draftLabel(draft)}`);
  }
  for (const entry of pending) {
    if (joined.has(entry)) continue;
    const older = drafts.find((d) => d.microsoft && d.microsoft.others.some((n) => lower(n) === lower(entry.name)));
    const newer = drafts.find((d) => d.microsoft && entry.others.some((n) => lower(n) === lower(d.microsoft.name)));
    if (older) {
      older.extraNames.push(entry.name, ...entry.others);
      note(`Microsoft ${entry.name} is an older name of ${older.microsoft.name}: merged`);
    } else if (newer) {
      // The entry lists the joined entry's name among its other names: it is the current name.
      newer.extraNames.push(newer.microsoft.name, ...newer.microsoft.others);
      note(`Microsoft ${newer.microsoft.name} is an older name of ${entry.name}: merged`);
      newer.microsoft = entry;
    } else {
      drafts.push({ attack: undefined, misp: [], extraNames: [], microsoft: entry });
      if (pairs.some((p) => p.entry === entry)) note(`Microsoft ${entry.name}: every group it names already has a Microsoft name; kept separate`);
    }
  }
}

const byAttackId = (a, b) => (a.attackId < b.attackId ? -1 : a.attackId > b.attackId ? 1 : 0);

function draftNames(d) {
  return [
    ...(d.attack ? [d.attack.name, ...d.attack.aliases] : []),
    ...d.extraNames,
    ...d.misp.flatMap((c) => [c.value, ...c.synonyms]),
    ...(d.microsoft ? [d.microsoft.name, ...d.microsoft.others] : []),
  ];
}

const draftLabel = (d) => d.added?.id ?? d.attack?.attackId ?? d.misp[0]?.value ?? d.microsoft?.name;

function indexNames(drafts, namesOf) {
  const index = new Map();
  for (const draft of drafts) {
    for (const name of namesOf(draft)) {
      if (GID.test(name)) continue;
      const key = lower(name);
      if (!index.has(key)) index.set(key, new Set());
      index.get(key).add(draft);
    }
  }
  return index;
}

/**
 * The one draft that the primary names identify uniquely, else the one all uniquely-owned secondary
 * names agree on (by majority, reported, when they disagree), else undefined.
 */
function uniqueOwner(index, primary, secondary, label, note) {
  for (const name of primary) {
    const owners = index.get(lower(name));
    if (owners?.size === 1) return [...owners][0];
  }
  const votes = new Map();
  for (const name of secondary) {
    const owners = index.get(lower(name));
    if (owners?.size === 1) {
      const owner = [...owners][0];
      votes.set(owner, (votes.get(owner) ?? 0) + 1);
    }
  }
  if (votes.size === 0) return undefined;
  const ranked = [...votes].sort((a, b) => b[1] - a[1] || Number(Boolean(b[0].attack)) - Number(Boolean(a[0].attack)));
  if (ranked.length > 1) {
    note(`join by majority: ${label} names point at ${ranked.map(([d, n]) => `${draftLabel(d)} (${n})`).join(', ')}; joined ${draftLabel(ranked[0][0])}`);
  }
  return ranked[0][0];
}

function countryCodes(countries) {
  const codes = new Map();
  for (const c of countries) for (const n of [c.name, ...c.aliases]) codes.set(lower(n), c.code);
  // Forms MISP's sponsor field and Microsoft's origin field use.
  const extra = {
    "korea (democratic people's republic of)": 'KP',
    'korea (republic of)': 'KR',
    'iran (islamic republic of)': 'IR',
    korea: 'KR',
    türkiye: 'TR',
    us: 'US',
    "people's republic of china": 'CN',
  };
  for (const [k, v] of Object.entries(extra)) codes.set(k, v);
  return codes;
}

const slug = (s) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The actor record of one draft, overlay facts applied. An overlay gang's own facts (newActors) come
 * first, then the overlay's patch for the id, then the sources.
 */
function finish(draft, overlay, codes, countries) {
  const cluster = draft.misp[0];
  const own = draft.added ?? {};
  const name = own.name ?? draft.attack?.name ?? cluster?.value ?? draft.microsoft.name;
  const id = own.id ?? (draft.attack ? `actor:${draft.attack.attackId}` : `actor:${slug(name)}`);
  const names = new Map();
  const add = (alias, source) => {
    const clean = alias.replace(/\s+/g, ' ').trim();
    if (!clean || GID.test(clean)) return;
    const key = nameKey(clean);
    const entry = names.get(key);
    if (!entry) names.set(key, { name: clean, source });
    else if (!entry.source && source) entry.source = source;
  };
  const coinerOf = (alias) => {
    for (const c of draft.misp) if (c.coiners.has(lower(alias))) return producerName(c.coiners.get(lower(alias)));
    return schemeCoiner(alias);
  };
  const patch = overlay.actors?.[id] ?? {};
  for (const alias of own.aliases ?? []) add(alias.name, alias.source ?? coinerOf(alias.name));
  add(name, coinerOf(name));
  if (draft.microsoft) add(draft.microsoft.name, 'Microsoft');
  for (const alias of draftNames(draft)) add(alias, coinerOf(alias));
  for (const alias of patch.aliases ?? []) add(alias.name, alias.source ?? coinerOf(alias.name));
  for (const drop of patch.dropAliases ?? []) names.delete(nameKey(drop));
  // ATT&CK lists aliases but coins none of them: MITRE is never given as a coiner.
  for (const entry of names.values()) if (entry.source === 'MITRE') delete entry.source;

  const origin = draft.microsoft?.origin.split(',')[0].trim().toLowerCase();
  const sponsorText = draft.misp.map((c) => c.sponsor).find((s) => s && s !== 'Unknown');
  const country =
    own.country ?? patch.country ?? draft.misp.map((c) => c.country).find(Boolean) ?? codes.get(origin ?? '') ?? codes.get(lower(sponsorText ?? ''));
  const units = [...new Set(draft.misp.flatMap((c) => c.units))];
  // MISP writes sponsors as ISO list names ("Iran (Islamic Republic of)"); show the common name.
  const sponsorCountry = countries.find((c) => c.code === codes.get(lower(sponsorText ?? '')));
  const sponsor = own.sponsor ?? patch.sponsor ?? (units.length ? units.join(', ') : (sponsorCountry?.name ?? sponsorText));
  const years = draft.misp.map((c) => c.since).filter(Boolean);
  const firstSeen = own.firstSeen ?? patch.firstSeen ?? draft.attack?.since ?? (years.length ? Math.min(...years) : undefined);
  const targets = own.targets ?? [...new Set(draft.misp.flatMap((c) => c.targets).map(normaliseTarget))].slice(0, 8);
  const refs = [...new Set([draft.attack?.url, ...draft.misp.flatMap((c) => c.refs.slice(0, 4))].filter(Boolean).map((u) => u.replace(/\/$/, '')))].slice(0, 5);
  return {
    id,
    name,
    attackId: draft.attack?.attackId,
    mispUuid: cluster?.uuid,
    microsoftName: draft.microsoft?.name,
    aliases: [...names.values()],
    country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
    sponsor,
    firstSeen,
    targets: targets.length ? targets : undefined,
    software: draft.attack?.software.size ? [...draft.attack.software].sort(compareText) : undefined,
    campaigns: draft.attack?.campaigns.size ? [...draft.attack.campaigns].sort(compareText) : undefined,
    refs: refs.length ? refs : undefined,
  };
}

function normaliseTarget(t) {
  const clean = t
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^Telecomm?s$/i, 'Telecommunications')
    .replace(/^Government, administration$/i, 'Government');
  return clean.charAt(0).toUpperCase() + clean.slice(1).toLowerCase();
}
