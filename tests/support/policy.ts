import { expect, type APIResponse, type Page, type Response } from "@playwright/test";
import { pagePolicy } from "../../lib/security/policy.mjs";

export interface Violation {
  directive: string;
  disposition: string;
  sample: string;
  blocked: string;
}

/** Records every Content-Security-Policy violation the page reports, from before its first script. */
export async function recordViolations(page: Page) {
  await page.addInitScript(`
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__violations.push({
        directive: event.effectiveDirective,
        disposition: event.disposition,
        sample: event.sample,
        blocked: event.blockedURI,
      }),
    );
  `);
}

/** The violations reported so far: "enforce" (blocked), or "report" (the Report-Only trial's). */
export const violations = (page: Page, disposition: "enforce" | "report") =>
  page.evaluate(
    (disposition) =>
      ((window as unknown as { __violations: Violation[] }).__violations ?? []).filter(
        (v) => v.disposition === disposition,
      ),
    disposition,
  );

/**
 * Checks a page's response: one Content-Security-Policy, without 'unsafe-inline' for scripts or
 * styles, that is the policy computed from the very HTML it came with (its inline scripts' hashes);
 * and the Trusted Types trial, reported only. Returns the policy.
 */
export async function expectOwnPolicy(response: Response | APIResponse, where: string): Promise<string> {
  const headers = await Promise.resolve(response.headersArray());
  const policies = headers.filter((h) => h.name.toLowerCase() === "content-security-policy").map((h) => h.value);
  expect(policies, where).toHaveLength(1);
  const [policy] = policies;
  for (const directive of policy.split("; ").filter((d) => /^(script|style)-src /.test(d)))
    expect(directive, where).not.toContain("'unsafe-inline'");
  const html = await response.text();
  // A page exported for static hosts carries its policy in a <meta> too, without frame-ancestors.
  expect(policy, where).toBe(pagePolicy(html));
  expect(response.headers()["content-security-policy-report-only"], where).toBe("require-trusted-types-for 'script'");
  return policy;
}
