import type { Article } from "../schema";

/**
 * Related reading: up to `limit` other articles that share the most glossary terms with an article,
 * each shared term weighted by its rarity (log of articles over articles using it, so a term in
 * every article counts for nothing), newest first on ties. The index holds only numbers: for each
 * term, the articles that use it by their place in the newest-first order. At 100,000 articles that
 * is a few megabytes, and one article's related reading is one pass over its terms' lists.
 */
export class RelatedIndex {
  private readonly postings = new Map<string, Int32Array>();
  private readonly weight = new Map<string, number>();
  private readonly score: Float64Array;
  private readonly touched: Int32Array;

  /** `terms(add)` calls `add(term, rank)` for every article and term it uses; `total` articles in all. */
  constructor(
    readonly total: number,
    terms: (add: (term: string, rank: number) => void) => void,
  ) {
    const lists = new Map<string, number[]>();
    terms((term, rank) => {
      const list = lists.get(term);
      if (list) list.push(rank);
      else lists.set(term, [rank]);
    });
    for (const [term, list] of lists) this.post(term, Int32Array.from(new Set(list)).sort());
    this.score = new Float64Array(total);
    this.touched = new Int32Array(total);
  }

  private post(term: string, ranks: Int32Array) {
    this.postings.set(term, ranks);
    this.weight.set(term, Math.log(this.total / ranks.length));
  }

  /** The index as plain data (numbers in typed arrays), to hand to another thread. */
  data(): RelatedData {
    return { total: this.total, postings: [...this.postings] };
  }

  /** The index `data()` gave, without building it again. */
  static from(data: RelatedData): RelatedIndex {
    const index = new RelatedIndex(data.total, () => {});
    for (const [term, ranks] of data.postings) index.post(term, ranks);
    return index;
  }

  /** The ranks of the articles to read after the article at `self`, which uses `terms`, best first. */
  related(self: number, terms: Iterable<string>, limit = 3): number[] {
    const { score, touched } = this;
    let count = 0;
    for (const term of new Set(terms)) {
      const w = this.weight.get(term) ?? 0;
      if (w <= 0) continue;
      for (const other of this.postings.get(term)!) {
        if (other === self) continue;
        if (score[other] === 0) touched[count++] = other;
        score[other] += w;
      }
    }
    // The best `limit` by score; on a tie the lower rank, which is the newer article.
    const best: number[] = [];
    for (let i = 0; i < count; i++) {
      const candidate = touched[i];
      let at = best.length;
      while (at > 0 && beats(candidate, best[at - 1], score)) at--;
      if (at < limit) {
        best.splice(at, 0, candidate);
        if (best.length > limit) best.pop();
      }
    }
    for (let i = 0; i < count; i++) score[touched[i]] = 0;
    return best;
  }
}

/** A RelatedIndex as plain data: how many articles, and each term's articles by rank. */
export interface RelatedData {
  total: number;
  postings: [string, Int32Array][];
}

const beats = (a: number, b: number, score: Float64Array) => score[a] > score[b] || (score[a] === score[b] && a < b);

/** Related reading for every one of `articles` (newest first), by slug: for content held in memory. */
export function relatedReading(articles: readonly Article[], limit = 3): Map<string, Article[]> {
  const index = new RelatedIndex(articles.length, (add) =>
    articles.forEach((article, rank) => article.terms.forEach((term) => add(term, rank))),
  );
  return new Map(
    articles.map((article, rank) => [
      article.slug,
      index.related(rank, article.terms, limit).map((other) => articles[other]),
    ]),
  );
}
