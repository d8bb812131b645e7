/**
 * Serving: autocannon (50 connections, 20 s) against the article page from `next start`, from
 * `next start` of the same site built without `proxy.ts` (the check that answers a malformed address
 * with a 400 page), and from the static export served by a plain static file server (the ceiling),
 * in turn, 3 runs each. Prints requests per second, p50/p99 latency, errors and non-2xx answers.
 * Goals: 0 errors and 0 non-2xx; the proxy costs at most 5% of the article's requests per second.
 * Usage: npm run bench:serve [-- --seconds 20 --runs 3]
 */
import autocannon from "autocannon";
import { SECURITY_HEADERS } from "../next.config";
import { serveStatic } from "../lib/dev/static-server";
import { median, nextBuild, nextStart, projectCopy, ROOT, run, table } from "./support";

const argument = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
const SECONDS = argument("--seconds", 20);
const RUNS = argument("--runs", 3);
const NEXT_PORT = 4321;
const STATIC_PORT = 4322;
const NO_PROXY_PORT = 4323;
const PATH = "/articles/meta-aws-graviton-deal";

interface Result {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(url: string): Promise<Result> {
  const result = await autocannon({ url, connections: 50, duration: SECONDS });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function main() {
  const env = { SITE_URL: `http://localhost:${NEXT_PORT}`, GLOSS_DIST_DIR: ".bench/next-site" };
  const withoutProxy = projectCopy("no-proxy", ["proxy.ts"]);
  const withoutProxyEnv = { SITE_URL: `http://localhost:${NO_PROXY_PORT}` };
  console.log("Building the site, the site without proxy.ts, and the static export…");
  await nextBuild(ROOT, env);
  await nextBuild(withoutProxy, withoutProxyEnv);
  await run("npm", ["run", "export"], { env: { SITE_URL: `http://localhost:${STATIC_PORT}` } });
  const next = await nextStart(ROOT, NEXT_PORT, env);
  const nextWithoutProxy = await nextStart(withoutProxy, NO_PROXY_PORT, withoutProxyEnv);
  const plain = await serveStatic("out", STATIC_PORT, SECURITY_HEADERS);
  const results: Record<string, Result[]> = { "next start": [], "next start, no proxy": [], "static export": [] };
  try {
    for (let i = 0; i < RUNS; i++) {
      results["next start"].push(await load(`http://localhost:${NEXT_PORT}${PATH}`));
      results["next start, no proxy"].push(await load(`http://localhost:${NO_PROXY_PORT}${PATH}`));
      results["static export"].push(await load(`http://localhost:${STATIC_PORT}${PATH}`));
    }
  } finally {
    next.kill();
    nextWithoutProxy.kill();
    plain.close();
  }
  const summary = Object.fromEntries(
    Object.entries(results).map(([name, runs]) => [
      name,
      {
        rps: median(runs.map((r) => r.rps)),
        p50: median(runs.map((r) => r.p50)),
        p99: median(runs.map((r) => r.p99)),
        errors: runs.reduce((sum, r) => sum + r.errors, 0),
        non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
      },
    ]),
  );
  console.log(`\n${PATH}, 50 connections, ${SECONDS} s a run, median of ${RUNS} runs (errors summed):\n`);
  console.log(
    table([
      ["server", "req/s", "p50 ms", "p99 ms", "errors", "non-2xx"],
      ...Object.entries(summary).map(([name, s]) => [name, s.rps.toFixed(0), s.p50, s.p99, s.errors, s.non2xx]),
    ]),
  );
  const ratio = summary["next start"].rps / summary["static export"].rps;
  console.log(`\nnext start serves ${ratio.toFixed(2)}× the static server's requests per second.`);
  const cost = 1 - summary["next start"].rps / summary["next start, no proxy"].rps;
  console.log(
    `Goal: the proxy costs at most 5% of the requests per second: ${cost <= 0.05 ? "met" : "MISSED"} (${(cost * 100).toFixed(1)}%)`,
  );
  const clean = Object.values(summary).every((s) => s.errors === 0 && s.non2xx === 0);
  console.log(`Goal 0 errors and 0 non-2xx: ${clean ? "met" : "MISSED"}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
