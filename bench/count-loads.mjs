// Preloaded into every process of a benchmark build (NODE_OPTIONS=--import): appends the process id
// to GLOSS_LOAD_LOG each time a process lists the articles folder, which it does once per content load.
import fs, { appendFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import path from "node:path";

const log = process.env.GLOSS_LOAD_LOG;
const articles = path.resolve(process.env.CONTENT_DIR ?? "content", "articles");
if (log) {
  const readdir = fs.promises.readdir;
  fs.promises.readdir = function (folder, ...rest) {
    if (path.resolve(String(folder)) === articles) appendFileSync(log, `${process.pid}\n`);
    return readdir.call(this, folder, ...rest);
  };
  syncBuiltinESMExports();
}
