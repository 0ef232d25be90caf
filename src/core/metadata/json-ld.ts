/**
 * A page's JSON-LD, read tolerantly: HTML comments and CDATA around it, trailing commas and raw
 * line breaks inside strings are forgiven; every node is found (arrays, `@graph`, nested
 * objects), `@id` references are followed, and the article and page nodes are told apart.
 */

export type LdNode = Record<string, unknown>;

export interface LinkedData {
  /** Every node with a type, in page order. */
  nodes: LdNode[];
  /** The article node (NewsArticle, Article, BlogPosting…), when there is one. */
  article?: LdNode;
  /** The WebPage node, when there is one: its dates stand in for an article without them. */
  page?: LdNode;
  /** A node's `@id` reference followed, or the value itself. */
  resolve(value: unknown): unknown;
}

/** Node depth and count beyond which a block is not walked: a page's metadata is small. */
const MAX_DEPTH = 8;
const MAX_NODES = 2000;

/** One block's text made parsable when a page wrote it loosely; undefined when it still is not JSON. */
export function parseLoosely(raw: string): unknown {
  const cleaned = raw
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim();
  if (!cleaned) return undefined;
  for (const attempt of [cleaned, forgive(cleaned)]) {
    try {
      return JSON.parse(attempt);
    } catch {
      // try the forgiving reading next, then give up on the block
    }
  }
  return undefined;
}

/** Trailing commas dropped and control characters inside strings turned to spaces. */
function forgive(s: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inString) {
      if (c === '\\') {
        out += c + (s[i + 1] ?? '');
        i++;
        continue;
      }
      if (c === '"') inString = false;
      out += c < ' ' ? ' ' : c;
      continue;
    }
    if (c === '"') inString = true;
    if (c === ',') {
      const next = /^\s*([\]}])/.exec(s.slice(i + 1, i + 40));
      if (next) continue;
    }
    out += c;
  }
  return out;
}

/** The lower-cased types of a node (`@type` may be a string or a list). */
export function typesOf(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, '').toLowerCase());
}

const isArticle = (types: string[]) => types.some((t) => /article|posting$|^report$/.test(t) && t !== 'articlebody');
const isPage = (types: string[]) => types.some((t) => t === 'webpage' || t === 'itempage' || t === 'newsmediaarticle');

export function readLinkedData(blocks: string[]): LinkedData {
  const nodes: LdNode[] = [];
  const byId = new Map<string, LdNode>();
  const seen = new Set<unknown>();
  const visit = (x: unknown, depth: number) => {
    if (depth > MAX_DEPTH || nodes.length >= MAX_NODES || !x || typeof x !== 'object' || seen.has(x)) return;
    seen.add(x);
    if (Array.isArray(x)) {
      for (const item of x) visit(item, depth + 1);
      return;
    }
    const node = x as LdNode;
    const id = node['@id'];
    if (typeof id === 'string' && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node);
    if (node['@type'] !== undefined) nodes.push(node);
    for (const [key, value] of Object.entries(node)) {
      if (key !== '@context' && value && typeof value === 'object') visit(value, depth + 1);
    }
  };
  for (const raw of blocks) visit(parseLoosely(raw), 0);
  const resolve = (value: unknown): unknown => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const id = (value as LdNode)['@id'];
      if (typeof id === 'string' && Object.keys(value).length === 1) return byId.get(id) ?? value;
    }
    return value;
  };
  // The article the page is about: the page node's mainEntity when it names one, else the first article.
  const page = nodes.find((n) => isPage(typesOf(n)));
  const main = page ? resolve(page.mainEntity) : undefined;
  const article = (main && typeof main === 'object' && !Array.isArray(main) && isArticle(typesOf(main as LdNode)) ? (main as LdNode) : undefined) ?? nodes.find((n) => isArticle(typesOf(n)));
  return { nodes, article, page, resolve };
}

/** A value as a list of strings: a string, or the `name` of an object, or a list of either. */
export function names(ld: LinkedData, value: unknown, depth = 0): { name: string; org: boolean }[] {
  const v = ld.resolve(value);
  if (depth > 3 || v === undefined || v === null) return [];
  if (typeof v === 'string') return v.trim() ? [{ name: v.trim(), org: false }] : [];
  if (Array.isArray(v)) return v.flatMap((x) => names(ld, x, depth + 1));
  if (typeof v === 'object') {
    const node = v as LdNode;
    const org = typesOf(node).some((t) => /organi[sz]ation|corporation|newsmediaorganization|brand/.test(t));
    const name = node.name ?? node.alternateName;
    return names(ld, name, depth + 1).map((n) => ({ ...n, org: org || n.org }));
  }
  return [];
}

/** A string field of a node (the first string of a list). */
export function stringField(node: LdNode | undefined, key: string): string | undefined {
  const v = node?.[key];
  const first = Array.isArray(v) ? v.find((x) => typeof x === 'string') : v;
  return typeof first === 'string' && first.trim() ? first.trim() : undefined;
}
