// On a calculator page, Material's search worker (which indexes the whole site as soon as it starts)
// waits until the calculator is ready or the visitor opens search: on a phone with two cores it
// would otherwise slow the runtime's start (README, "Fast and offline"). Loaded with `defer` from
// <head> (overrides/main.html), so it runs just before Material's bundle, which creates the worker.
(() => {
  const RealWorker = window.Worker;
  const root = document.querySelector("[data-calculator]");
  if (!RealWorker || !root) return;

  // Stands in for the worker: holds Material's messages until start(), then forwards both ways.
  class LaterWorker extends EventTarget {
    #args;
    #queue = [];
    #worker = null;

    constructor(...args) {
      super();
      this.#args = args;
    }

    postMessage(...message) {
      if (this.#worker) this.#worker.postMessage(...message);
      else this.#queue.push(message);
    }

    terminate() {
      this.#worker?.terminate();
    }

    start() {
      if (this.#worker) return;
      this.#worker = new RealWorker(...this.#args);
      this.#worker.addEventListener("message", ({ data }) => this.dispatchEvent(new MessageEvent("message", { data })));
      for (const message of this.#queue.splice(0)) this.#worker.postMessage(...message);
    }
  }

  window.Worker = function Worker(url, options) {
    if (!/\/workers\/search\.[^/]*\.js$/.test(new URL(url, location.href).pathname)) {
      return new RealWorker(url, options);
    }
    window.Worker = RealWorker;
    const later = new LaterWorker(url, options);
    const start = () => {
      observer.disconnect();
      document.removeEventListener("focusin", onFocus);
      later.start();
    };
    const onFocus = (event) => event.target.closest?.("form[name=search]") && start();
    const observer = new MutationObserver(() => !["idle", "loading"].includes(root.dataset.status) && start());
    observer.observe(root, { attributes: true, attributeFilter: ["data-status"] });
    document.addEventListener("focusin", onFocus);
    if (!["idle", "loading"].includes(root.dataset.status)) start();
    return later;
  };
})();
