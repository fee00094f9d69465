// Service worker: the site keeps working without a network. `MANIFEST` (written above this code by
// wegwijzer_build/steps/offline.py) lists every file of the build with a revision:
//   {version, site: {path: revision}, runtime: {path: revision}, optional: {path: revision},
//    pages: {bundle: path, urls: [path]}}
// - One cache per build, "wmo-wegwijzer-build-<version>". Install precaches `site` (pages, CSS, JS,
//   search), its pages from `pages.bundle` when many are missing (`fillPages`); `runtime` (Pyodide,
//   the wheel) is added when a page with a calculator asks for it, and
//   `optional` (the snapshot, the full standard library) then too, but only from the HTTP cache:
//   what the calculator's worker fetched, never a download of its own.
// - A file whose revision did not change is copied from the previous build's cache, not fetched.
// - Activate deletes every other cache of this site (older builds; the snapshot cache that versions
//   before the build-time snapshot kept). Only same-origin GETs of listed files are
//   answered, from the cache first; everything else is left to the browser. No cookies.
// - Nothing enters a cache unchecked (`verified`): its bytes must hash to its revision. A network
//   that answers 200 with something else (a captive portal's login page) is refused, and a failed
//   install deletes this build's cache, so no half-made copy stays behind.
const PREFIX = "wmo-wegwijzer-build-";
// The pages' bundle (~130 kB with brotli) costs as much as ~15 pages fetched one by one (~8 kB each):
// worth it when at least this share of the pages is missing (a first visit, not a build that changed two).
const BUNDLE_FROM = 0.25;

if (!MANIFEST) {
  // Development server: no offline copy, so every edit shows at once. Remove what an earlier
  // build may have left behind, then unregister.
  self.addEventListener("install", () => self.skipWaiting());
  self.addEventListener("activate", (event) => event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name.startsWith("wmo-wegwijzer-")) await caches.delete(name);
    await self.registration.unregister();
  })()));
} else {
  const CACHE = PREFIX + MANIFEST.version;
  const FILES = new Map();   // absolute URL without query -> cache key (URL with its revision)
  const REVISIONS = new Map();   // absolute URL without query -> revision
  const GROUPS = { site: [], runtime: [], optional: [] };
  for (const group of Object.keys(GROUPS)) {
    for (const [path, revision] of Object.entries(MANIFEST[group])) {
      const url = new URL(path, self.registration.scope).href;
      FILES.set(url, `${url}?rev=${revision}`);
      REVISIONS.set(url, revision);
      GROUPS[group].push(url);
    }
  }

  // The response for `url` as it may be cached, or an error when its bytes are not the file the
  // build listed. A revision is the first 12 hex digits of the SHA-256 of the file's bytes
  // (offline.py, `revision`). The browser has already undone any Content-Encoding (the host may
  // send a pre-compressed .br or .gz), so the body read here is the file itself; the copy kept
  // drops the headers that describe the transfer. Checked too: copies from an older build's cache,
  // which a version before this check may have filled with anything.
  async function verified(url, response) {
    const body = await response.arrayBuffer();
    const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", body));
    const hex = Array.from(hash.subarray(0, 6), (b) => b.toString(16).padStart(2, "0")).join("");
    if (hex !== REVISIONS.get(url)) throw new Error(`${url}: not the listed file (${hex})`);
    const headers = new Headers(response.headers);
    for (const name of ["content-encoding", "content-length"]) headers.delete(name);
    return new Response(body, { status: 200, statusText: "OK", headers });
  }

  // Put `urls` in this build's cache: already there, copied from an older cache with the same
  // revision, or (when `download`) fetched, revalidating whatever the HTTP cache holds; when
  // `download` is "if-cached", only taken from the HTTP cache, never fetched.
  async function fill(urls, download) {
    const cache = await caches.open(CACHE);
    const older = await Promise.all((await caches.keys())
      .filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.open(name)));
    // allSettled: on a failure, every put under way has finished before the caller deletes the cache.
    const results = await Promise.allSettled(urls.map(async (url) => {
      const key = FILES.get(url);
      if (await cache.match(key)) return;
      for (const old of older) {
        const hit = await old.match(key);
        const copy = hit && await verified(url, hit).catch(() => null);   // a bad copy: fetch anew
        if (copy) return cache.put(key, copy);
      }
      if (!download) return;
      if (download === "if-cached") {
        const held = await fetch(url, { cache: "only-if-cached", mode: "same-origin" }).catch(() => null);
        const copy = held?.ok && await verified(url, held).catch(() => null);
        if (copy) await cache.put(key, copy);
        return;
      }
      const response = await fetch(url, { cache: "no-cache" });
      if (!response.ok) throw new Error(`${response.status} ${url}`);
      await cache.put(key, await verified(url, response));
    }));
    const failed = results.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
  }

  // The pages this cache lacks, from the one file that holds them all ({path: text}, offline.py), each
  // checked against its revision like any file. Anything wrong with that file (a portal's page, a
  // broken connection, a page that does not match) leaves those pages to `fill`, one by one.
  async function fillPages() {
    if (!MANIFEST.pages) return;
    const cache = await caches.open(CACHE);
    const urls = MANIFEST.pages.urls.map((path) => new URL(path, self.registration.scope).href);
    const missing = new Set();
    for (const url of urls) if (!(await cache.match(FILES.get(url)))) missing.add(url);
    if (missing.size < urls.length * BUNDLE_FROM) return;
    try {
      const response = await fetch(new URL(MANIFEST.pages.bundle, self.registration.scope).href);
      if (!response.ok) return;
      const texts = await response.json();
      await Promise.allSettled(Object.entries(texts).map(async ([path, text]) => {
        const url = new URL(path, self.registration.scope).href;
        if (!missing.has(url) || typeof text !== "string") return;
        const page = new Response(text, { headers: { "content-type": "text/html; charset=utf-8" } });
        await cache.put(FILES.get(url), await verified(url, page));
      }));
    } catch {
      // not the site's file: fill fetches the pages one by one
    }
  }

  self.addEventListener("install", (event) => {
    event.waitUntil((async () => {
      try {
        await fill(GROUPS.site, false);   // first what an older build's cache holds unchanged
        await fillPages();
        await fill(GROUPS.site, true);
        await fill(GROUPS.runtime, false);   // carry an unchanged runtime over; never download it here
        await fill(GROUPS.optional, false);
      } catch (error) {
        // All or nothing: this build's cache goes, the install fails, and the next visit tries again
        // (the worker already active, if any, keeps serving its own complete cache).
        await caches.delete(CACHE);
        throw error;
      }
      await self.skipWaiting();
    })());
  });

  self.addEventListener("activate", (event) => {
    event.waitUntil((async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("wmo-wegwijzer-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })());
  });

  // {type: "cache-runtime"} from assets/js/offline.js, with a port for the answer {ok}. The site is
  // complete in the cache by now; when one runtime file fails its check, the files that passed stay
  // (each is the listed file) and the next page with a calculator asks for the rest.
  self.addEventListener("message", (event) => {
    if (event.data?.type !== "cache-runtime") return;
    const reply = (answer) => event.ports[0]?.postMessage(answer);
    event.waitUntil(fill(GROUPS.runtime, true).then(() => fill(GROUPS.optional, "if-cached")).then(
      () => reply({ ok: true }), (error) => reply({ ok: false, error: String(error) })));
  });

  async function fromCache(key, request) {
    const hit = await caches.match(key, { cacheName: CACHE });
    return hit || fetch(request);
  }

  async function navigate(request) {
    try {
      return await fetch(request);
    } catch (error) {
      // Offline and not a page of this site: show the site's own "not found" page.
      const page = await caches.match(FILES.get(new URL("404.html", self.registration.scope).href),
        { cacheName: CACHE });
      if (!page) throw error;
      return new Response(page.body, { status: 404, headers: page.headers });
    }
  }

  self.addEventListener("fetch", (event) => {
    const { request } = event;
    if (request.method !== "GET" || request.headers.has("range")) return;
    const url = new URL(request.url);
    if (url.origin !== self.location.origin) return;
    url.search = "";
    url.hash = "";
    if (url.pathname.endsWith("/index.html")) url.pathname = url.pathname.slice(0, -"index.html".length);
    const key = FILES.get(url.href);
    if (key) event.respondWith(fromCache(key, request));
    else if (request.mode === "navigate") event.respondWith(navigate(request));
  });
}
