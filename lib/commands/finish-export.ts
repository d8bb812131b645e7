/**
 * `npm run export` runs this after `next build` and the search index: brotli and gzip copies of
 * every compressible file, for static hosts that send them as they are.
 */
import { distDir } from "../build-output";
import { precompress } from "../export/precompress";
import { runCommand, secondsSince } from "./run";

const kb = (size: number) => `${Math.round(size / 1024).toLocaleString("en-GB")} KB`;

runCommand("Precompression failed", async () => {
  const root = distDir();
  const started = performance.now();
  const { files, bytes, brotli, gzip, quality } = await precompress(root);
  console.log(
    `Precompressed ${files} files in ${root}: ${kb(bytes)}, as brotli ${kb(brotli)} (.br, quality ${quality}),` +
      ` as gzip ${kb(gzip)} (.gz), in ${secondsSince(started)} s.`,
  );
});
