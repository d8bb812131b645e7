import type { Article } from "../schema";

/**
 * Related reading for every article at once: up to `limit` other articles that share the most
 * glossary terms with it, each shared term weighted by its rarity (log of articles over articles
 * using it, so a term in every article counts for nothing), newest first on ties. `articles` must be
 * newest first. Work is one pass over each term's articles, on typed arrays: fast at 10,000 articles.
 */
export function relatedReading(articles: readonly Article[], limit = 3): Map<string, Article[]> {
  const total = articles.length;
  const postings = new Map<string, number[]>();
  articles.forEach((article, index) => {
    for (const term of new Set(article.terms)) {
      if (!postings.has(term)) postings.set(term, []);
      postings.get(term)!.push(index);
    }
  });
  const weight = new Map([...postings].map(([term, list]) => [term, Math.log(total / list.length)]));

  const score = new Float64Array(total);
  const touched = new Int32Array(total);
  const related = new Map<string, Article[]>();
  articles.forEach((article, self) => {
    let count = 0;
    for (const term of new Set(article.terms)) {
      const w = weight.get(term)!;
      if (w <= 0) continue;
      for (const other of postings.get(term)!) {
        if (other === self) continue;
        if (score[other] === 0) touched[count++] = other;
        score[other] += w;
      }
    }
    // The best `limit` by score; on a tie the lower index, which is the newer article.
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
    related.set(
      article.slug,
      best.map((index) => articles[index]),
    );
    for (let i = 0; i < count; i++) score[touched[i]] = 0;
  });
  return related;
}

const beats = (a: number, b: number, score: Float64Array) => score[a] > score[b] || (score[a] === score[b] && a < b);
