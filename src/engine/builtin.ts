/**
 * The built-in catalogue (data/builtin-catalogue.json, made by scripts/gen-builtin-catalogue.mjs):
 * the engine cannot read files, so the glue reads the JSON and passes the parsed value here.
 */
import { ACTOR_KINDS } from './types';
import type { ActorKind, Entity } from './types';

const ID_RE = /^[\p{L}\p{N}][\p{L}\p{N}._:+-]*$/u;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function stringList(x: unknown, what: string): string[] {
  if (x === undefined) return [];
  if (!Array.isArray(x) || !x.every((s): s is string => typeof s === 'string')) throw new Error(`${what} must be a list of strings`);
  return x.map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * Validates and returns the entities of the parsed built-in catalogue JSON (an array of Entity
 * objects; `aliases`, `demonyms` and `links` may be left out). Throws on anything malformed,
 * naming the entry: the file ships with the extension, so a bad one is a build error.
 */
export function parseBuiltInCatalogue(json: unknown): Entity[] {
  if (!Array.isArray(json)) throw new Error('Built-in catalogue: expected a JSON array of entities');
  const out: Entity[] = [];
  const ids = new Set<string>();
  json.forEach((item: unknown, i: number) => {
    const where = `Built-in catalogue entry ${i}`;
    if (!isRecord(item)) throw new Error(`${where}: expected an object`);
    const { id, name, kind, role, description, links } = item;
    if (typeof id !== 'string' || !ID_RE.test(id)) throw new Error(`${where}: missing or malformed id`);
    if (ids.has(id)) throw new Error(`${where}: duplicate id \`${id}\``);
    if (typeof name !== 'string' || name.trim() === '') throw new Error(`${where} (${id}): missing name`);
    if (typeof kind !== 'string' || !(ACTOR_KINDS as readonly string[]).includes(kind)) throw new Error(`${where} (${id}): unknown kind ${String(kind)}`);
    const entity: Entity = {
      id,
      name: name.trim(),
      kind: kind as ActorKind,
      aliases: stringList(item.aliases, `${where} (${id}): aliases`),
      demonyms: stringList(item.demonyms, `${where} (${id}): demonyms`),
      links: {},
      source: 'built-in',
    };
    if (links !== undefined) {
      if (!isRecord(links)) throw new Error(`${where} (${id}): links must be an object`);
      for (const [k, v] of Object.entries(links)) {
        if (typeof v !== 'string') throw new Error(`${where} (${id}): link ${k} must be a string`);
        entity.links[k] = v;
      }
    }
    if (typeof role === 'string' && role) entity.role = role;
    if (typeof description === 'string' && description) entity.description = description;
    ids.add(id);
    out.push(entity);
  });
  return out;
}
