// One small interface to the analyzer for the page and the web component:
//   const a = createAnalyzer();  a.analyze(input, opts) → Promise<Analysis>
//   a.merge(analyses) → Promise<Corpus>;  a.cancel();  a.dispose()
// It runs the wasm in a Web Worker (worker.js), restarts the worker after a
// wasm crash so the next document works, and cancels by terminating and
// restarting it. When no worker can be created (some file:// setups) it
// falls back to running the same ES module API on the main thread.

import * as api from './khabar.js';
import { downloadModule } from './wasm-loader.js';

/** Where the single-file build puts its inlined worker source and wasm. */
function singleFileAssets() {
  return globalThis.__KHABAR_SINGLE__ || null;
}

class WorkerAnalyzer {
  constructor(workerUrl) {
    this.workerUrl = workerUrl;
    this.pending = new Map();
    this.nextId = 1;
    this.restarts = 0;
    this.listeners = new Set();
    this.start();
  }

  /**
   * Subscribes to lifecycle events: {type:'restart', reason},
   * {type:'progress', phase:'download', loaded, total} while the module
   * downloads, {type:'progress', phase:'start'} once it is in, {type:'ready'}.
   */
  on(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event) {
    for (const l of this.listeners) {
      try {
        l(event);
      } catch {
        /* a listener's bug must not stop the analyzer */
      }
    }
  }

  start() {
    const single = singleFileAssets();
    let url = this.workerUrl;
    let blobUrl = null;
    if (single && single.workerSource) {
      blobUrl = URL.createObjectURL(new Blob([single.workerSource], { type: 'text/javascript' }));
      url = blobUrl;
    }
    // The single-file build's worker is one classic script (module workers
    // from blob: URLs do not start on file:// pages).
    const worker = new Worker(url, blobUrl ? { name: 'khabar-analyzer' } : { type: 'module', name: 'khabar-analyzer' });
    if (blobUrl) setTimeout(() => URL.revokeObjectURL(blobUrl), 10000);
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      worker.addEventListener('message', (event) => {
        const msg = event.data || {};
        if (msg.type === 'progress') {
          this.emit({ ...msg });
          return undefined;
        }
        if (msg.type === 'ready') {
          this.started = true;
          this.emit({ type: 'ready', version: msg.version });
          return resolve(msg.version);
        }
        if (msg.type === 'fatal') return reject(new Error(msg.error));
        const job = this.pending.get(msg.id);
        if (!job) return;
        this.pending.delete(msg.id);
        if (msg.ok) job.resolve(msg.result);
        else {
          const error = new Error(msg.error);
          error.fatal = !!msg.fatal;
          error.missing = !!msg.missing;
          job.reject(error);
          if (msg.fatal) this.restart('crash');
        }
      });
      worker.addEventListener('error', (event) => {
        event.preventDefault?.();
        if (!this.started) {
          // The worker could not even load (e.g. a locked-down file:// page):
          // run on the main thread instead.
          this.fallback = this.fallback || new DirectAnalyzer();
          this.fallback.ready.then(resolve, reject);
          for (const [id, job] of this.pending) {
            this.pending.delete(id);
            this.fallback.runMessage(job.msg).then(job.resolve, job.reject);
          }
          return;
        }
        const error = new Error(`the analyzer stopped: ${event.message || 'worker error'}`);
        this.failAll(error);
        this.restart('crash');
      });
    });
    this.ready.catch(() => {});
    if (single && single.wasm) {
      worker.postMessage({ type: 'init', wasm: single.wasm() });
      return;
    }
    // Downloaded once on the page (boot.js starts it while the page's
    // scripts load); a restarted worker gets the same module.
    if (!this.module) {
      const download = downloadModule(new URL('./', this.workerUrl));
      download.subscribe((ev) => this.emit(ev));
      this.module = download.promise;
      this.module.catch(() => {
        this.module = null;
      });
    }
    this.module.then(
      (module) => worker.postMessage({ type: 'init', wasm: module }),
      // The worker fetches it itself then (and reports its own progress).
      () => worker.postMessage({ type: 'init' }),
    );
  }

  failAll(error) {
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }

  restart(reason) {
    if (this.fallback) return;
    this.worker.terminate();
    this.restarts += 1;
    this.start();
    this.emit({ type: 'restart', reason });
  }

  request(msg) {
    if (this.fallback) return this.fallback.runMessage(msg);
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject, msg });
      this.worker.postMessage({ ...msg, id });
    });
  }

  async analyze(input, opts = {}) {
    let payload = input;
    const options = { ...opts };
    if (typeof Blob !== 'undefined' && input instanceof Blob) {
      payload = new Uint8Array(await input.arrayBuffer());
      if (input.name && !options.name) options.name = input.name;
    }
    return this.request({ type: 'analyze', input: payload, opts: options });
  }

  /** Merges analyses; those made by this worker are not sent back to it. */
  async merge(analyses) {
    const list = Array.from(analyses);
    try {
      return await this.request({ type: 'merge', ids: list.map((a) => a.id) });
    } catch (error) {
      if (!error.missing) throw error;
      return this.request({ type: 'merge', analyses: list });
    }
  }

  /** Lets the worker drop the analyses it keeps for merging. */
  forget(ids) {
    return this.request({ type: 'forget', ids }).catch(() => {});
  }

  /** Makes the wasm trap, as a panic would (for tests of the restart path). */
  crashForTest() {
    return this.request({ type: 'trap' });
  }

  /** Stops whatever runs: pending requests reject with `cancelled`. */
  cancel() {
    const error = new Error('cancelled');
    error.cancelled = true;
    this.failAll(error);
    this.restart('cancel');
  }

  dispose() {
    this.failAll(new Error('disposed'));
    this.worker.terminate();
  }
}

/** The same interface on the main thread (no worker available). */
class DirectAnalyzer {
  constructor() {
    this.restarts = 0;
    const single = singleFileAssets();
    this.api = api.init(single && single.wasm ? { module_or_path: single.wasm() } : undefined).then(() => api);
    this.ready = this.api.then((api) => api.version());
  }

  on() {
    return () => {};
  }

  async analyze(input, opts) {
    return (await this.api).analyze(input, opts);
  }

  /** Runs a worker-protocol message here. */
  runMessage(msg) {
    if (msg.type === 'analyze') return this.analyze(msg.input, msg.opts);
    if (msg.type === 'merge' && msg.analyses) return this.merge(msg.analyses);
    if (msg.type === 'merge') {
      const error = new Error('not all analyses are here');
      error.missing = true;
      return Promise.reject(error);
    }
    if (msg.type === 'forget') return Promise.resolve(null);
    return this.crashForTest();
  }

  forget() {
    return Promise.resolve();
  }

  async merge(analyses) {
    return (await this.api).mergeAsync(analyses);
  }

  async crashForTest() {
    throw new Error('no worker to crash');
  }

  cancel() {}

  dispose() {}
}

/** Creates the analyzer: a worker when possible, else the main thread. */
export function createAnalyzer({ workerUrl = new URL('./worker.js', import.meta.url), direct = false } = {}) {
  if (!direct && typeof Worker !== 'undefined') {
    try {
      return new WorkerAnalyzer(workerUrl);
    } catch {
      /* fall through */
    }
  }
  return new DirectAnalyzer();
}
