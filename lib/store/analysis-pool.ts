import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { AppError, type ErrorCode } from "@/lib/errors";
import { analyseText, type IngestOptions, type StoredArticle, type TextAnalysis } from "@/lib/store/analyse-text";

export interface AnalysisRequest {
  id: number;
  raw: string;
  options: IngestOptions;
  stored: StoredArticle | null;
}

export type AnalysisReply = { id: number; analysis: TextAnalysis } | { id: number; error: { code: ErrorCode | null; message: string } };

/** Run from the project root (npm scripts, tests), as TypeScript through tsx like the scripts themselves. */
const WORKER_FILE = path.join(process.cwd(), "lib", "store", "analysis-worker.ts");

interface Thread {
  worker: Worker;
  waiting: Map<number, { resolve: (analysis: TextAnalysis) => void; reject: (error: Error) => void; request: AnalysisRequest }>;
  alive: boolean;
}

/**
 * Threads that clean and extract articles while the writer stores earlier ones: extraction is
 * most of ingestion's CPU time and needs no database, so a batch can use every core. Each
 * article goes to the thread with the least work waiting. Should a thread die, its articles
 * and any later ones are analysed on the calling thread instead: slower, nothing lost. The
 * threads keep the process alive until `close`.
 */
export class AnalysisPool {
  private nextId = 0;

  private constructor(private readonly threads: Thread[]) {}

  /** A pool of `size` threads; none (analysis on the calling thread) when the worker file is not at hand. */
  static open(size: number): AnalysisPool {
    if (size < 1 || !existsSync(WORKER_FILE)) return new AnalysisPool([]);
    const threads = Array.from({ length: size }, () => {
      const thread: Thread = { worker: new Worker(WORKER_FILE, { execArgv: ["--import", "tsx"] }), waiting: new Map(), alive: true };
      thread.worker.on("message", (reply: AnalysisReply) => {
        const waiting = thread.waiting.get(reply.id);
        thread.waiting.delete(reply.id);
        if (!waiting) return;
        if ("analysis" in reply) waiting.resolve(reply.analysis);
        else waiting.reject(reply.error.code === null ? new Error(reply.error.message) : new AppError(reply.error.code, reply.error.message));
      });
      const fail = () => {
        thread.alive = false;
        for (const { resolve, reject, request } of thread.waiting.values()) {
          try {
            resolve(analyseText(request.raw, request.options, request.stored));
          } catch (error) {
            reject(error as Error);
          }
        }
        thread.waiting.clear();
      };
      thread.worker.on("error", fail);
      thread.worker.on("exit", fail);
      return thread;
    });
    return new AnalysisPool(threads);
  }

  get size(): number {
    return this.threads.filter((thread) => thread.alive).length;
  }

  analyse(raw: string, options: IngestOptions, stored: StoredArticle | null): Promise<TextAnalysis> {
    const alive = this.threads.filter((thread) => thread.alive);
    const thread = alive.reduce<Thread | undefined>((least, candidate) => (least === undefined || candidate.waiting.size < least.waiting.size ? candidate : least), undefined);
    if (thread === undefined) return Promise.resolve().then(() => analyseText(raw, options, stored));
    const request: AnalysisRequest = { id: (this.nextId += 1), raw, options, stored };
    return new Promise((resolve, reject) => {
      thread.waiting.set(request.id, { resolve, reject, request });
      thread.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    await Promise.all(
      this.threads.map(async (thread) => {
        thread.alive = false;
        thread.worker.removeAllListeners("exit");
        await thread.worker.terminate();
      }),
    );
  }
}
