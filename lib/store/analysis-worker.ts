import { parentPort } from "node:worker_threads";
import { isAppError } from "@/lib/errors";
import { analyseText } from "@/lib/store/analyse-text";
import type { AnalysisReply, AnalysisRequest } from "@/lib/store/analysis-pool";

/** A thread of the analysis pool: cleans and extracts the articles it is sent, one at a time, in order. */
parentPort?.on("message", (request: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { id: request.id, analysis: analyseText(request.raw, request.options, request.stored) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    reply = { id: request.id, error: { code: isAppError(error) ? error.code : null, message } };
  }
  parentPort?.postMessage(reply);
});
