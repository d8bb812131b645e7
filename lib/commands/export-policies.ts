/**
 * `npm run export` runs this after `next build`: every exported page gets its
 * Content-Security-Policy, in the page and in nginx's map (lib/export/policies.ts).
 */
import path from "node:path";
import { distDir } from "../build-output";
import { NGINX_POLICIES, writePolicies } from "../export/policies";
import { runCommand, secondsSince } from "./run";

runCommand("Writing the pages' policies failed", async () => {
  const root = distDir();
  const started = performance.now();
  const { pages, scripts } = writePolicies(root);
  console.log(
    `Content-Security-Policy: ${pages} pages in ${root} allow their inline scripts by hash (${scripts} distinct), ` +
      `in each page and in ${path.join(root, NGINX_POLICIES)} for nginx, in ${secondsSince(started)} s.` +
      ` Copy ${root}/ whole and reload nginx, so that the policies match the pages.`,
  );
});
