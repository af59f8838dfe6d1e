// Edits of a knowledge base's YAML files that keep everything else byte for byte: comments,
// quoting, flow or block style, blank lines. Each edit splices text at the positions the
// `yaml` parser reports and is checked by parsing the result again.
import { isMap, isScalar, isSeq, parseDocument, visit, type Node, type YAMLMap } from 'yaml';

/** A relation's item in a `relations:` file, by id; undefined when the file has no such relation. */
function relationNode(content: string, id: string): YAMLMap | undefined {
  const doc = parseDocument(content);
  const list = doc.get('relations', true);
  if (!isSeq(list)) return undefined;
  return list.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === id);
}

/** Whether the relations file holds the relation `id`. */
export function hasRelation(content: string, id: string): boolean {
  return relationNode(content, id) !== undefined;
}

/**
 * Appends evidence items to the relation `id` of a relations file, leaving every other byte
 * as it was. The items are plain objects (strings, numbers, arrays of strings), written as
 * JSON, which YAML reads as flow collections.
 */
export function appendEvidence(content: string, id: string, items: ReadonlyArray<Record<string, unknown>>): string {
  const relation = relationNode(content, id);
  const evidence = relation?.get('evidence', true);
  if (!relation || !isSeq(evidence) || !evidence.range || !evidence.items.length)
    throw new Error(`appendEvidence: no relation "${id}" with an evidence list in this file`);
  let out: string;
  if (evidence.flow) {
    // `[ {…}, {…} ]`: right after the last item.
    const lastEnd = (evidence.items.at(-1) as Node).range![1];
    out = content.slice(0, lastEnd) + items.map((i) => `, ${JSON.stringify(i)}`).join('') + content.slice(lastEnd);
  } else {
    const start = evidence.range[0];
    const indent = start - (content.lastIndexOf('\n', start - 1) + 1);
    // The last item's range runs over the blank lines after it: the new items go right
    // after its last written line.
    const lastEnd = content.slice(0, (evidence.items.at(-1) as Node).range![1]).trimEnd().length;
    const lineEnd = content.indexOf('\n', lastEnd);
    const at = lineEnd === -1 ? content.length : lineEnd + 1;
    const pad = ' '.repeat(indent);
    const text = items
      .map(
        (i) =>
          `${pad}- ${Object.entries(i)
            .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
            .join(`\n${pad}  `)}\n`,
      )
      .join('');
    out = (at > content.length - 1 && !content.endsWith('\n') ? `${content}\n` : content.slice(0, at)) + text + content.slice(at);
  }
  const check = relationNode(out, id)?.get('evidence', true);
  if (!isSeq(check) || check.items.length !== evidence.items.length + items.length)
    throw new Error(`appendEvidence: the edit of relation "${id}" did not parse back`);
  return out;
}

/**
 * Replaces every scalar value equal to `from` by `to`, except the values of the keys in
 * `skipKeys` (an entity's own `id`, a quote). Returns the text unchanged when nothing matched.
 */
export function replaceScalar(content: string, from: string, to: string, skipKeys: ReadonlySet<string>): string {
  const doc = parseDocument(content);
  const spans: Array<[number, number]> = [];
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && skipKeys.has(String(pair.key.value))) return visit.SKIP;
      return undefined;
    },
    Scalar(key, node) {
      if (key === 'key' || node.value !== from || !node.range) return;
      spans.push([node.range[0], node.range[1]]);
    },
  });
  let out = content;
  for (const [start, end] of spans.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(start, end).replace(from, to) + out.slice(end);
  return out;
}
