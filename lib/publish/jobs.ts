/**
 * The two heavy parts of a publish, as plain functions of their inputs: bringing the content store
 * up to date with the content folder, and indexing it for search. The server runs each in a
 * publish worker of its own (off-thread.ts), so that its own thread keeps answering readers meanwhile.
 */
import { ContentError } from "../content/problems";
import { StoreReader, type RelatedIndexData } from "../content/store/queries";
import { type SyncReport, syncStore } from "../content/store/sync";
import { indexStore } from "../search/build-index";
import { affectedPaths } from "./affected";

export type Job =
  | {
      kind: "sync";
      root: string;
      /** Articles on a page of a list, given by the instance that took the publish: it marks the pages. */
      pageSize?: number;
    }
  | { kind: "search"; root: string; outputDir: string; shardArticles: number };

export interface JobResults {
  /**
   * When anything changed: related reading's index for the store it leaves, and, with `pageSize`,
   * the pages the change marks (affected.ts).
   */
  sync: SyncReport & { related?: RelatedIndexData; affected?: string[] };
  search: Awaited<ReturnType<typeof indexStore>>;
}

/** Does `job`; a content problem throws a ContentError, anything else its own error. */
export async function runJob<J extends Job>(job: J): Promise<JobResults[J["kind"]]> {
  if (job.kind === "sync") return (await syncAndMark(job.root, job.pageSize)) as JobResults[J["kind"]];
  return (await indexStore(job.root, job.outputDir, job.shardArticles)) as JobResults[J["kind"]];
}

/**
 * The sync, and then, when anything changed, related reading's index for the store it leaves and
 * the pages to mark, made here so that the server's thread only takes them: at 100,000 articles the
 * index reads every article's terms (about a second), and finding the articles whose related reading
 * now lists a new one runs related reading for 2,000 of them (seconds).
 */
async function syncAndMark(root: string, pageSize: number | undefined): Promise<JobResults["sync"]> {
  const report = await syncStore(root);
  if (report.articleChanges.length + report.termsChanged.length === 0) return report;
  const reader = StoreReader.open(root);
  if (!reader) return report;
  try {
    const related = reader.relatedData();
    return { ...report, related, affected: pageSize ? affectedPaths(report, reader, { pageSize }) : undefined };
  } finally {
    reader.close();
  }
}

/** A job's failure as it crosses between threads (an Error's class does not). */
export interface JobFailure {
  message: string;
  problems?: string[];
}

export const failureOf = (error: unknown): JobFailure =>
  error instanceof ContentError
    ? { message: error.message, problems: error.problems }
    : { message: error instanceof Error ? error.message : String(error) };

export const errorOf = (failure: JobFailure): Error =>
  failure.problems ? new ContentError(failure.problems) : new Error(failure.message);
