// Writes the calculators' cut standard library (see stdlib.py): the modules of Pyodide's
// python_stdlib.zip that Pyodide itself and the calculators import, compiled, in a zip that stores
// them (the host's brotli then compresses the whole). Traced with the pinned npm Pyodide by doing
// what the browser's worker does and answering every request in REQUESTS; checked by doing it again
// on the cut zip, which must give the same answers and import nothing from elsewhere.
// Usage: node stdlib.mjs PYODIDE_DIR WHEEL REQUESTS.json FALLBACK.py OUT
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, wheel, requestsFile, fallbackFile, out] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(join(pyodideDir, "pyodide.mjs")).href);
const requests = JSON.parse(readFileSync(requestsFile, "utf8"));

// As rekenhulp-worker.mjs does: the wheel, the calculators, then every request.
// Pyodide's lock without its packages, as the site ships it (runtime.py).
const { info } = JSON.parse(readFileSync(join(pyodideDir, "pyodide-lock.json"), "utf8"));

// The tracing Python compiles the cut zip, so it runs as `python -X no_debug_ranges` would: code
// objects keep the line of every instruction (tracebacks name file and line) but not its columns,
// which takes ~200 kB off the zip as the host's brotli sends it (~0.6 MB instead of ~0.8 MB).
async function answer(stdLibURL, env = {}) {
  const pyodide = await loadPyodide({ indexURL: pyodideDir, packages: [], lockFileContents: { info, packages: {} },
                                      env, ...(stdLibURL && { stdLibURL }) });
  pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel");
  const misses = [];
  if (stdLibURL) pyodide.pyimport("_stdlib_fallback").install((name) => misses.push(name));
  const api = pyodide.pyimport("calculators.api");
  pyodide.pyimport("calculators.wet").parameters();
  return { pyodide, misses, answers: requests.map((r) => api.run_json(r)) };
}

const full = await answer(null, { PYTHONNODEBUGRANGES: "1" });
full.pyodide.globals.set("FALLBACK", readFileSync(fallbackFile, "utf8"));
full.pyodide.runPython(`
import ast, importlib._bootstrap_external as bootstrap, importlib.util, sys, zipfile

ZIP = "/lib/python{}{}.zip".format(*sys.version_info[:2])
DATE = (1980, 1, 1, 0, 0, 0)

def strip_docstrings(tree):
    # What python -OO leaves out, and only that (asserts stay): __doc__ is None.
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \\
                    and isinstance(first.value.value, str):
                node.body = node.body[1:] or [ast.copy_location(ast.Pass(), first)]
    return tree

def pyc(source, name):
    tree = strip_docstrings(ast.parse(source, ZIP + "/" + name))
    code = compile(tree, ZIP + "/" + name, "exec", dont_inherit=True, optimize=0)
    # Hash-based and unchecked: used as it is, whatever the file's date (the zip has no sources).
    return bytes(bootstrap._code_to_hash_pyc(code, importlib.util.source_hash(source), checked=False))

full_zip = zipfile.ZipFile(ZIP)
def origin(module):   # where it was loaded from: "frozen" for the modules Python carries in itself
    return getattr(getattr(module, "__spec__", None), "origin", None) or ""

used = sorted({origin(m)[len(ZIP) + 1:] for m in list(sys.modules.values()) if origin(m).startswith(ZIP + "/")})
names = set()
for entry in full_zip.namelist():
    if entry.endswith(".py"):
        parts = entry[:-3].split("/")
        names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
fallback = FALLBACK.replace("STDLIB: frozenset = frozenset()", f"STDLIB: frozenset = frozenset({sorted(names)!r})", 1)
assert fallback != FALLBACK, "stdlib_fallback.py: the STDLIB line changed"
with zipfile.ZipFile("/tmp/cut.zip", "w", zipfile.ZIP_STORED) as cut:
    for name in [*used, "_stdlib_fallback.py"]:
        source = fallback.encode() if name == "_stdlib_fallback.py" else full_zip.read(name)
        info = zipfile.ZipInfo(name + "c", DATE)
        info.external_attr = 0o644 << 16
        cut.writestr(info, pyc(source, name))
`);
writeFileSync(out, full.pyodide.FS.readFile("/tmp/cut.zip"));

const cut = await answer(out);
const elsewhere = cut.pyodide.runPython(`
import sys
origin = lambda m: getattr(getattr(m, "__spec__", None), "origin", None) or ""
[n for n, m in sorted(sys.modules.items()) if origin(m).endswith(".py")
 and not origin(m).startswith("/home/pyodide/calculators/")]
`).toJs();
const differ = requests.filter((_, i) => full.answers[i] !== cut.answers[i]);
if (cut.misses.length || elsewhere.length || differ.length) {
  console.error(JSON.stringify({ misses: cut.misses, elsewhere, differ: differ.slice(0, 5) }));
  process.exit(1);
}
