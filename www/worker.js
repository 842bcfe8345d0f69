// The analysis worker: runs the WebAssembly analyzer off the main thread so
// a 5 MB article never freezes the page. Protocol (see analyzer.js):
//   in:  {type:'init', wasm?}            → {type:'ready', version} | {type:'fatal', error}
//        (wasm: a WebAssembly.Module or the module's bytes)
//        {id, type:'analyze', input, opts} → {id, ok:true, result} | {id, ok:false, error, fatal}
//        {id, type:'merge', analyses}      → same
//        {id, type:'merge', ids}           → merges analyses made here earlier
//                                             ({ok:false, missing:true} if one is gone)
//        {id, type:'forget', ids?}         → drops them (all when no ids)
//        {id, type:'trap'}                 → makes the wasm trap (tests the restart path)
// A wasm trap (a Rust panic becomes `unreachable`) leaves the instance
// unusable, so it is reported with fatal:true and the page restarts the worker.
import { init, analyze, mergeAsync, version } from './khabar.js';
import * as glue from './pkg/khabar_wasm.js';

function isFatal(error) {
  return typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError;
}

function describe(error) {
  if (isFatal(error)) return `the analyzer crashed (${error.message}); it has been restarted`;
  return error && error.message ? error.message : String(error);
}

let initialized = null;
// Requests received and not yet answered.
let waiting = 0;
// Requests that arrive before the page has sent the module wait for it.
let markInit;
const initSent = new Promise((resolve) => {
  markInit = resolve;
});

// The analyses made here, by id, so a merge need not send them back.
const results = new Map();

self.onmessage = async (event) => {
  const msg = event.data || {};
  if (msg.type === 'init') {
    try {
      // The page sends the module it downloaded and compiled (analyzer.js,
      // loadModule); without one, khabar.js fetches it next to itself.
      initialized = init(msg.wasm ? { module_or_path: msg.wasm } : undefined);
      markInit();
      await initialized;
      self.postMessage({ type: 'ready', version: version() });
      // Build the gazetteers and unpack the NER tables now, while the user
      // picks a file, rather than during their first analysis (most of a
      // cold first analysis). Only when no request is waiting: a document
      // dropped before the module arrived warms what it needs itself, and
      // warming both languages first would only delay its result. A task
      // later, so that requests posted with the module are counted. Best
      // effort: a failure here changes nothing.
      setTimeout(() => {
        if (waiting > 0) return;
        try {
          if (typeof glue.warm === 'function') glue.warm();
        } catch {
          /* the first analysis will build them instead */
        }
      }, 0);
    } catch (error) {
      self.postMessage({ type: 'fatal', error: describe(error) });
    }
    return;
  }
  waiting += 1;
  try {
    await initSent;
    await initialized;
    let result;
    if (msg.type === 'analyze') {
      result = await analyze(msg.input, msg.opts || {});
      results.set(result.id, result);
    } else if (msg.type === 'merge' && msg.ids) {
      const found = msg.ids.map((id) => results.get(id));
      if (found.some((a) => !a)) {
        self.postMessage({ id: msg.id, ok: false, error: 'not all analyses are here', missing: true });
        return;
      }
      result = await mergeAsync(found);
    } else if (msg.type === 'merge') {
      result = await mergeAsync(msg.analyses || []);
    } else if (msg.type === 'forget') {
      for (const id of msg.ids || [...results.keys()]) results.delete(id);
      result = null;
    } else if (msg.type === 'trap') {
      await init();
      // Ask the glue for an impossible allocation: the allocator aborts,
      // which traps exactly like a Rust panic does.
      glue.analyzeBytes({ length: 0xfffffff0 }, {});
      result = null;
    } else {
      throw new Error(`unknown request ${JSON.stringify(msg.type)}`);
    }
    self.postMessage({ id: msg.id, ok: true, result });
  } catch (error) {
    self.postMessage({ id: msg.id, ok: false, error: describe(error), fatal: isFatal(error) });
  } finally {
    waiting -= 1;
  }
};
