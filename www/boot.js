// Starts downloading the analyzer as soon as the page is parsed, before the
// page's other scripts have loaded (index.html loads this as an async module).
import { downloadModule } from './wasm-loader.js';

if (!globalThis.__KHABAR_SINGLE__) downloadModule(new URL('./', import.meta.url)).promise.catch(() => {});
