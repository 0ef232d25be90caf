/** The year an article was published, from its metadata: the year whose exchange rate converts its amounts. */
export function publishedYear(doc: Document): number | null {
  const candidates: (string | null | undefined)[] = [
    doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
    doc.querySelector('meta[name="date"], meta[name="pubdate"], meta[itemprop="datePublished"]')?.getAttribute('content'),
    ...[...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => /"datePublished"\s*:\s*"(\d{4})/.exec(s.textContent ?? '')?.[1]),
    doc.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  for (const c of candidates) {
    const y = c ? Number(/^\s*(\d{4})/.exec(c)?.[1]) : NaN;
    if (y >= 1990 && y <= 2100) return y;
  }
  return null;
}
