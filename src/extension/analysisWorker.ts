/** Worker thread entry (bundled to dist/analysisWorker.js): analyses articles off the extension host thread. */
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../core/analyze';
import type { Lexicon } from '../core/types';
import type { WorkerRequest, WorkerResponse } from './analyzer';

let lexicon: Lexicon | undefined;

parentPort?.on('message', (m: WorkerRequest) => {
  if (m.type === 'lexicon') {
    lexicon = m.lexicon ?? undefined;
    return;
  }
  let reply: WorkerResponse;
  try {
    const t0 = performance.now();
    const analysis = analyzeArticle(m.text, { path: m.path, lexicon });
    reply = { type: 'result', id: m.id, analysis, ms: performance.now() - t0 };
  } catch (e) {
    reply = { type: 'error', id: m.id, message: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
});
