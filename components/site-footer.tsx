export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>Gloss: the news, with every term explained.</p>
    </footer>
  );
}
