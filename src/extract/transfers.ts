// Transfers of goods: "Korea Północna … dostarcza Rosji uzbrojenie", "W zamian … otrzymuje
// zaawansowane technologie", "technologie, które mają usprawnić jej arsenał".
import { args, quantityOf, rememberSubject, span, subject, typeOf, withCoordinated, DAT, type ArticleState, type Ctx, type Handler } from './args.ts';

/** "Korea Północna … dostarcza Rosji uzbrojenie", "Moskwa przekazała Korei Północnej systemy …". */
export const supply: Handler = (ctx, i) => {
  const resources = args(ctx, i, { types: ['Resource'], side: 'after' });
  if (!resources.length) return;
  const suppliers = subject(ctx, i, ['Country']);
  const recipient = args(ctx, i, { types: ['Country'], cases: DAT, prep: null, side: 'after' })[0];
  const resource = resources[0]!;
  const more = withCoordinated(ctx, resource, ['Resource']);
  for (const r of more) {
    for (const s of suppliers) ctx.emit({ subject: s.ref, type: 'SUPPLIES', object: r.ref, anchor: i, words: [i, ...span(s, r)], qualifiers: quantityOf(r) });
    if (recipient)
      ctx.emit({ subject: recipient.ref, type: 'RECEIVES', object: r.ref, anchor: i, words: [i, ...span(recipient, r)], qualifiers: quantityOf(r) });
    exchange(ctx, i, r.ref);
    ctx.state.supplied.push({
      resource: r.ref,
      ...(suppliers[0] ? { supplier: suppliers[0].ref } : {}),
      ...(recipient ? { recipient: recipient.ref } : {}),
      sentence: ctx.sentence,
    });
  }
  rememberSubject(ctx, suppliers);
};

/** "W zamian (prawdopodobnie) otrzymuje zaawansowane technologie". */
export const receive: Handler = (ctx, i) => {
  const resource = args(ctx, i, { types: ['Resource'], side: 'after' })[0];
  if (!resource) return;
  const receivers = subject(ctx, i, ['Country']);
  for (const r of receivers)
    ctx.emit({ subject: r.ref, type: 'RECEIVES', object: resource.ref, anchor: i, words: [i, ...span(r, resource)], qualifiers: quantityOf(resource) });
  const from = args(ctx, i, { types: ['Country'], prep: /^od$/, side: 'after' })[0];
  if (from) ctx.emit({ subject: from.ref, type: 'SUPPLIES', object: resource.ref, anchor: i, words: [i, ...span(from, resource)] });
  else if (exchanged(ctx, i)) {
    // In exchange: the one who received before now gives.
    const before = suppliedIn(ctx, ctx.sentence - 1).at(-1);
    if (before?.recipient)
      ctx.emit({ subject: before.recipient, type: 'SUPPLIES', object: resource.ref, anchor: i, words: [i, resource.first, resource.last] });
  }
  exchange(ctx, i, resource.ref);
};

/**
 * What was supplied in sentence `sentence`, in order. The list grows in sentence order, so it
 * is read from its end: a filter of the whole list per trigger was quadratic.
 */
function suppliedIn(ctx: Ctx, sentence: number): ArticleState['supplied'] {
  const list = ctx.state.supplied;
  let k = list.length;
  while (k > 0 && list[k - 1]!.sentence >= sentence) k--;
  let end = k;
  while (end < list.length && list[end]!.sentence === sentence) end++;
  return list.slice(k, end);
}

const exchanged = (ctx: Ctx, i: number) =>
  ctx.doc.words.slice(ctx.doc.sentences[ctx.sentence]!.tokens[0], i).some((w, k, a) => w.lower === 'zamian' && a[k - 1]?.lower === 'w');

function exchange(ctx: Ctx, i: number, resource: string): void {
  if (!exchanged(ctx, i)) return;
  for (const s of suppliedIn(ctx, ctx.sentence - 1).filter((x) => x.resource !== resource))
    ctx.emit({ subject: resource, type: 'IN_EXCHANGE_FOR', object: s.resource, anchor: i, words: [i] });
}

/** "technologie, które mają usprawnić jej arsenał": what a resource improves, and whose it is. */
export const improve: Handler = (ctx, i) => {
  const words = ctx.doc.words;
  const target = args(ctx, i, { types: ['Resource'], side: 'after' })[0];
  if (!target) return;
  // "technologie, które mają usprawnić …": the resource the relative pronoun stands for.
  let rel = i - 1;
  const start = ctx.doc.sentences[ctx.sentence]!.tokens[0];
  while (rel >= start && !/^(który|które|która|którzy)$/.test(words[rel]!.lower)) rel--;
  const source = [...ctx.mentions].reverse().find((m) => m.last < (rel >= start ? rel : i) && typeOf(ctx, m) === 'Resource');
  if (source) ctx.emit({ subject: source.ref, type: 'IMPROVES', object: target.ref, anchor: i, words: [i, ...span(source, target)] });
};

/** "jej arsenał", "ich arsenał": possession by the country last in subject position. */
export function possessions(ctx: Ctx): void {
  const words = ctx.doc.words;
  for (const m of ctx.mentions) {
    if (typeOf(ctx, m) !== 'Resource' || !/^(jej|jego|ich|swój|swoje|swoją)$/.test(words[m.first - 1]?.lower ?? '')) continue;
    const owner = ctx.state.subjects.get('Country');
    if (owner)
      ctx.emit({
        subject: owner,
        type: 'POSSESSES',
        object: m.ref,
        anchor: m.first - 1,
        words: [m.first - 1, m.first, m.last],
        level: 'stated',
        claimedBy: [],
      });
  }
}
