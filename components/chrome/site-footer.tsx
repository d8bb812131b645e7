import { CLASS } from "@/lib/hooks";
import { SITE_DESCRIPTION, SITE_NAME } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className={CLASS.siteFooter}>
      <p>
        {SITE_NAME}. {SITE_DESCRIPTION}
      </p>
    </footer>
  );
}
