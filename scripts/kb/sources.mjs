// Readers for the three pinned upstream inputs of the actor knowledge base. Each returns plain facts
// (names, ids, codes, years, URLs); upstream prose is read only to pick out a "since YYYY" year and is
// never carried into the output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));

/** The pinned commits, from the table in kb-sources/README.md (folder -> commit). */
export function readCommits(dir) {
  const commits = {};
  for (const line of readFileSync(join(dir, 'README.md'), 'utf8').split('\n')) {
    const match = /^\|\s*([\w-]+)\/\s*\|.*?\b([0-9a-f]{40})\b/.exec(line);
    if (match) commits[match[1]] = match[2];
  }
  return commits;
}

/**
 * The first year a description gives for the start of a group's activity ("active since at least
 * 2004", "operating since 2012", "since 2014"). Only the year is kept: it is a fact, the sentence is not.
 */
export function sinceYear(description) {
  if (typeof description !== 'string') return undefined;
  const patterns = [
    /\b(?:active|operating|operational|operated|existed|around|in operation|observed|conducting[\w\s]{0,40}?)\s+since\s+(?:at least\s+|as early as\s+|approximately\s+|about\s+|around\s+)?(?:(?:early|late|mid)[- ])?(?:\w+\s+)?((?:19|20)\d\d)\b/i,
    /\bsince\s+(?:at least\s+|as early as\s+)((?:19|20)\d\d)\b/i,
    /\bactive\s+(?:from|as early as)\s+((?:19|20)\d\d)\b/i,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(description);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** MISP producers by UUID (the vendors that coin names). */
export function readProducers(dir) {
  const producers = new Map();
  for (const value of readJson(join(dir, 'misp-galaxy/producer.json')).values) producers.set(value.uuid, value.value);
  return producers;
}

/** MISP threat-actor clusters reduced to the fields the knowledge base keeps. */
export function readMisp(dir, producers) {
  const clusters = readJson(join(dir, 'misp-galaxy/threat-actor.json')).values;
  return clusters.map((cluster) => {
    const meta = cluster.meta ?? {};
    const coiners = new Map();
    for (const entry of meta['name-attribution'] ?? []) {
      const match = /^(.*):([0-9a-f-]{36})$/.exec(entry);
      if (match && producers.has(match[2])) coiners.set(match[1].toLowerCase(), producers.get(match[2]));
    }
    for (const [key, value] of Object.entries(meta)) {
      if (key.startsWith('origin:') && typeof value === 'string') coiners.set(key.slice(7).toLowerCase(), value);
    }
    // Meta keys naming a state body ("GRU": "Military unit 26165") give the unit behind the group.
    const units = Object.entries(meta)
      .filter(([key, value]) => /^[A-Z]{2,5}$/.test(key) && typeof value === 'string')
      .map(([key, value]) => `${key} ${value.replace(/^Military unit/i, 'unit')}`);
    const metaSince = Number(String(meta.since ?? '').slice(0, 4)) || undefined;
    return {
      uuid: cluster.uuid,
      value: cluster.value,
      synonyms: (meta.synonyms ?? []).filter((s) => typeof s === 'string'),
      coiners,
      country: typeof meta.country === 'string' ? meta.country.toUpperCase() : undefined,
      sponsor: typeof meta['cfr-suspected-state-sponsor'] === 'string' ? meta['cfr-suspected-state-sponsor'] : undefined,
      units,
      targets: [...(meta['cfr-target-category'] ?? []), ...(meta['targeted-sector'] ?? [])].filter((t) => typeof t === 'string'),
      refs: (meta.refs ?? []).filter((r) => typeof r === 'string'),
      since: metaSince ?? sinceYear(cluster.description),
    };
  });
}

/** ATT&CK intrusion sets with their software and campaigns, and the revoked-by map. */
export function readAttack(dir) {
  const objects = readJson(join(dir, 'mitre-attack/enterprise-groups-subset.json')).objects;
  const byId = new Map(objects.map((o) => [o.id, o]));
  const attackId = (o) => o.external_references?.find((r) => r.source_name === 'mitre-attack')?.external_id;
  const groups = new Map();
  const revokedBy = new Map();
  for (const o of objects) {
    if (o.type !== 'intrusion-set') continue;
    groups.set(o.id, {
      stixId: o.id,
      attackId: attackId(o),
      name: o.name,
      aliases: (o.aliases ?? []).filter((a) => typeof a === 'string'),
      url: o.external_references?.find((r) => r.source_name === 'mitre-attack')?.url,
      since: sinceYear(o.description),
      revoked: Boolean(o.revoked),
      deprecated: Boolean(o.x_mitre_deprecated),
      software: new Set(),
      campaigns: new Set(),
    });
  }
  for (const r of objects) {
    if (r.type !== 'relationship' || r.revoked || r.x_mitre_deprecated) continue;
    const source = byId.get(r.source_ref);
    const target = byId.get(r.target_ref);
    if (!source || !target) continue;
    if (r.relationship_type === 'revoked-by' && source.type === 'intrusion-set') revokedBy.set(source.id, target.id);
    else if (r.relationship_type === 'uses' && source.type === 'intrusion-set' && (target.type === 'malware' || target.type === 'tool')) {
      if (!target.revoked && !target.x_mitre_deprecated) groups.get(source.id)?.software.add(target.name);
    } else if (r.relationship_type === 'attributed-to' && source.type === 'campaign' && target.type === 'intrusion-set') {
      if (!source.revoked && !source.x_mitre_deprecated) groups.get(target.id)?.campaigns.add(source.name);
    }
  }
  return { groups, revokedBy };
}

/** Microsoft's naming map: current name, origin text and other names, read defensively. */
export function readMicrosoft(dir) {
  const entries = readJson(join(dir, 'mstic/MicrosoftMapping.json'));
  const field = (entry, ...keys) => {
    for (const key of Object.keys(entry)) {
      if (keys.some((k) => key.trim().toLowerCase() === k)) return String(entry[key] ?? '');
    }
    return '';
  };
  return entries
    .map((entry) => ({
      name: field(entry, 'threat actor name', 'name').trim(),
      origin: field(entry, 'origin/threat', 'origin').trim(),
      others: field(entry, 'other names', 'aliases')
        .split(/\s*,\s*/)
        .map((n) => n.trim())
        .filter(Boolean),
    }))
    .filter((entry) => entry.name);
}
