import { readdirSync, statSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

/** Text and WebAssembly: what compresses. Images are compressed already, as are Pagefind's .pf_ files. */
const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|xml|txt|svg|webmanifest|ico|pagefind)$/;
/** Below this, headers cost more than compression saves. */
const MIN_BYTES = 512;
/**
 * Brotli's best setting (11) takes about a quarter of a second for an article page; past this
 * many bytes to compress (a newsroom of thousands of articles) quality 7 keeps the export within
 * minutes, at about a tenth larger.
 */
const BEST_UP_TO_BYTES = 64 * 1024 * 1024;

export interface Precompressed {
  files: number;
  bytes: number;
  brotli: number;
  gzip: number;
  quality: number;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Writes `x.br` and `x.gz` beside every compressible file of the exported site in `root`, for
 * servers that send a file's precompressed copy when the browser accepts it (nginx's
 * `brotli_static` and `gzip_static`, and hosts like them).
 */
export async function precompress(root: string): Promise<Precompressed> {
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((name) => COMPRESSIBLE.test(name))
    .map((name) => path.join(root, name))
    .filter((file) => statSync(file).isFile() && statSync(file).size >= MIN_BYTES);
  const total = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const quality = total <= BEST_UP_TO_BYTES ? constants.BROTLI_MAX_QUALITY : 7;
  const totals: Precompressed = { files: files.length, bytes: total, brotli: 0, gzip: 0, quality };
  // zlib compresses on libuv's thread pool: one file per core at a time.
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < files.length; index = next++) {
      const file = files[index];
      const content = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: quality,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
        gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
      totals.brotli += br.length;
      totals.gzip += gz.length;
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  return totals;
}
