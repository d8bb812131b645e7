import Link from "next/link";
import { GLOSSARY_PATH } from "@/lib/paths";
import { SITE_NAME } from "@/lib/site";
import { PreferencesClient } from "./preferences-client";
import { SiteSearch } from "./site-search";

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <div className="site-header-inner">
        <Link className="site-name" href="/" prefetch={false}>
          {SITE_NAME}
        </Link>
        <div className="site-header-end">
          <SiteSearch />
          <nav aria-label="Site">
            <ul>
              <li>
                <Link href="/" prefetch={false}>
                  Articles
                </Link>
              </li>
              <li>
                {/* A document load: the glossary's entries are in its HTML only (see app/glossary/page.tsx). */}
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
