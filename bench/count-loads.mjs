// Preloaded into every process of a benchmark build (NODE_OPTIONS=--import): appends the process id
// to GLOSS_LOAD_LOG each time a process lists the articles folder, which it does once per content
// load (a sync of the content store).
import fs, { appendFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import path from "node:path";

const log = process.env.GLOSS_LOAD_LOG;
const articles = path.resolve(process.env.CONTENT_DIR ?? "content", "articles");
if (log) {
  const note = (folder) => {
    if (path.resolve(String(folder)) === articles) appendFileSync(log, `${process.pid}\n`);
  };
  const readdir = fs.promises.readdir;
  fs.promises.readdir = function (folder, ...rest) {
    note(folder);
    return readdir.call(this, folder, ...rest);
  };
  // The content store's sync lists the folder with readdirSync.
  const readdirSync = fs.readdirSync;
  fs.readdirSync = function (folder, ...rest) {
    note(folder);
    return readdirSync.call(this, folder, ...rest);
  };
  syncBuiltinESMExports();
}
