#!/usr/bin/python3
"""Inlines the single-file build (fasthold_single.js, wasm embedded) into web/index.html as
fasthold.html: one file that opens from file:// with no network. Its Content-Security-Policy
allows exactly that inline script (by hash) and no connection at all.

The .wasm inside is gzip-compressed (base64 of raw WebAssembly hardly compresses, so the
file would be two and a half times larger) and unpacked at start by the browser's own
DecompressionStream, handed to emcc through its Module.instantiateWasm hook.

usage: make_single_file.py web/index.html fasthold_single.js OUT.html
"""
import base64
import gzip
import hashlib
import re
import sys

# Runs before emcc's code, which keeps a Module that already exists. Every browser that runs
# WebGL 2 with ES modules of 2023 has DecompressionStream; one without it shows the page's
# failure notice (Module.onAbort, set by pre.js).
UNPACK = """var Module = {instantiateWasm: function(imports, receive) {
  var packed = document.getElementById("fasthold-wasm").textContent, bytes;
  if (Uint8Array.fromBase64) {
    bytes = Uint8Array.fromBase64(packed);
  } else {
    var text = atob(packed);
    bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  }
  // Compiled while it unpacks, where the browser can.
  var wasm = new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip")),
                          {headers: {"Content-Type": "application/wasm"}});
  (WebAssembly.instantiateStreaming ? WebAssembly.instantiateStreaming(wasm, imports)
    : wasm.arrayBuffer().then(function(b) { return WebAssembly.instantiate(b, imports); }))
    .then(function(r) { receive(r.instance, r.module); }, function(e) {
      console.error("Fasthold could not start: " + e);
      if (Module.onAbort) Module.onAbort(e);
    });
  return {};
}};
"""

page_path, js_path, out_path = sys.argv[1:4]
page = open(page_path, encoding="utf-8").read()
js = open(js_path, encoding="utf-8").read()
# emcc's -sSINGLE_FILE leaves the .wasm as a data: URI; take it out, compressed, for UNPACK.
uris = re.findall(r'wasmBinaryFile="data:application/octet-stream;base64,([A-Za-z0-9+/=]*)"', js)
assert len(uris) == 1, "emcc's single-file output changed: review make_single_file.py"
wasm = base64.b64decode(uris[0])
assert wasm[:4] == b"\0asm", "the embedded data is not WebAssembly"
packed = base64.b64encode(gzip.compress(wasm, 9, mtime=0)).decode("ascii")
js = js.replace(uris[0], "", 1)
assert 'Module["instantiateWasm"]' in js, "emcc no longer offers Module.instantiateWasm"
js = UNPACK + js
# A literal "</script" inside the program would end the inline element early.
js = js.replace("</script", "<\\/script")
digest = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")
csp = ("default-src 'none'; script-src 'sha256-%s' 'wasm-unsafe-eval'; connect-src 'none'; "
       "style-src 'unsafe-inline'; img-src blob: data:; form-action 'none'; base-uri 'none'" % digest)
page, n = re.subn(r'(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")', lambda m: m.group(1) + csp + m.group(2), page)
assert n == 1, "index.html has no CSP meta tag"
# The packed .wasm waits in a data block, which the browser never runs, so it is no part of
# the program's text: the script the CSP's hash allows stays small and is parsed quickly, and
# the .wasm is decoded by the browser's own base64 reader where it has one (about 35 ms less
# than a JavaScript loop at start-up; bench/run, startup_main_ms).
block = '<script type="application/octet-stream" id="fasthold-wasm">' + packed + "</script>\n"
page, n = re.subn(r'<script src="fasthold.js"></script>', lambda m: block + "<script>" + js + "</script>", page)
assert n == 1, "index.html does not load fasthold.js"
page = page.replace("<!-- Nothing leaves this page", "<!-- The offline copy: program and data inlined. Nothing leaves this page", 1)
open(out_path, "w", encoding="utf-8").write(page)
