/**
 * Asides: a description set between commas after a name ("Aurora, another company started by
 * former Google engineers, raised $530 million", "Alliance Ventures, the venture fund of Renault,
 * Nissan and Mitsubishi, has agreed a partnership"). The names and deal words inside one describe
 * the name before it; they are no parties to the sentence's deal, and its subject is that name.
 */

/** Where an aside may open: a comma after a name, then a determiner or a relative pronoun. */
const OPENS = /^\s*,\s+(?:the|a|an|another|its|which|who|l'|le|la|les|un|une|qui|de|het|een|dat|die|der|das|ein|eine|einer|welche|welcher)\s/;
const RELATIVE = /\s(?:which|who|qui|dat|die|der|das|welche|welcher)\s$/;
/** What the sentence says between two offsets: an amount, a deal word. */
export interface Says {
  amount: (start: number, end: number) => boolean;
  deal: (start: number, end: number) => boolean;
}
/** An aside is a few words, not the rest of the sentence. */
const REACH = 140;

export interface Aside {
  /** Offsets in the sentence: from the opening comma to the closing one. */
  start: number;
  end: number;
}

/**
 * The sentence's asides, given its folded text and its names' offsets in it. An aside closes at
 * the first comma after it opens that does not go on with another name ("the fund of Renault,
 * Nissan and Mitsubishi, has"); a description that never closes within its reach is none.
 */
export function asidesOf(folded: string, names: { start: number; end: number }[], says: Says): Aside[] {
  const out: Aside[] = [];
  const startsName = (at: number) => names.some((n) => n.start === at);
  for (const name of names) {
    if (out.some((a) => name.start < a.end)) continue;
    const open = OPENS.exec(folded.slice(name.end, name.end + 24));
    if (!open) continue;
    const start = name.end + folded.slice(name.end).indexOf(',');
    let end = -1;
    for (let at = folded.indexOf(',', start + 1); at >= 0 && at - start <= REACH; at = folded.indexOf(',', at + 1)) {
      // "$1,000" goes on.
      if (!/\s/.test(folded[at + 1] ?? '')) continue;
      const next = at + 1 + (/^\s*/.exec(folded.slice(at + 1))?.[0].length ?? 0);
      if (!startsName(next)) {
        end = at;
        break;
      }
    }
    // Closed by a comma and followed by the sentence's own words: an aside. (One that runs to the sentence's end is a trailing description.)
    if (end <= start || !/\p{L}/u.test(folded.slice(end + 1))) continue;
    // A description with an amount tells the deal ("Woven Capital, an $800 million fund belonging to Woven Planet, was
    // announced"), and a relative clause with a deal word is one of its own ("Ford, which first invested in the company in 2019,").
    if (says.amount(start, end) || (RELATIVE.test(open[0]) && says.deal(start, end))) continue;
    out.push({ start, end: end + 1 });
  }
  return out;
}

export const inAside = (asides: Aside[], at: number) => asides.some((a) => a.start <= at && at < a.end);
