import { GLOSSARY_PATH, HOME_PATH } from "@/lib/paths";
import { SITE_NAME } from "@/lib/site";
import { PreferencesClient } from "../preferences/preferences-client";
import { SiteSearch } from "../search/site-search";
import { CLASS } from "@/lib/hooks";

/**
 * The site's name, search, the two lists and the Display menu, on every page. Its links are plain
 * links that load a document: Next.js's own link component would add its script to every page.
 */
export function SiteHeader() {
  return (
    <header className={CLASS.siteHeader}>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <div className="site-header-inner">
        <a className="site-name" href={HOME_PATH}>
          {SITE_NAME}
        </a>
        <div className="site-header-end">
          <SiteSearch />
          <nav aria-label="Site">
            <ul>
              <li>
                <a href={HOME_PATH}>Articles</a>
              </li>
              <li>
                <a href={GLOSSARY_PATH}>Glossary</a>
              </li>
            </ul>
          </nav>
          <PreferencesClient />
        </div>
      </div>
    </header>
  );
}
