import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        {SITE_NAME}. {SITE_DESCRIPTION}
      </p>
    </footer>
  );
}
