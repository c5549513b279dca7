#!/usr/bin/python3
"""Inlines the single-file build (fasthold_single.js, wasm embedded) into web/index.html as
fasthold.html: one file that opens from file:// with no network. Its Content-Security-Policy
allows exactly that inline script (by hash) and no connection at all.

usage: make_single_file.py web/index.html fasthold_single.js OUT.html
"""
import base64
import hashlib
import re
import sys

page_path, js_path, out_path = sys.argv[1:4]
page = open(page_path, encoding="utf-8").read()
js = open(js_path, encoding="utf-8").read()
# emcc 3.1.6 fetches even a data: URI for the embedded .wasm (getBinaryPromise), which the
# offline copy's CSP (connect-src 'none') blocks with a console error before it falls back to
# decoding it. Decode it directly instead.
fetch_check = 'if(!wasmBinary&&(ENVIRONMENT_IS_WEB||ENVIRONMENT_IS_WORKER)){if(typeof fetch=="function"'
assert js.count(fetch_check) == 1, "emcc's getBinaryPromise changed: review this patch"
js = js.replace(fetch_check, fetch_check + '&&!isDataURI(wasmBinaryFile)')
# A literal "</script" inside the program would end the inline element early.
js = js.replace("</script", "<\\/script")
digest = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")
csp = ("default-src 'none'; script-src 'sha256-%s' 'wasm-unsafe-eval'; connect-src 'none'; "
       "style-src 'unsafe-inline'; img-src blob: data:; form-action 'none'; base-uri 'none'" % digest)
page, n = re.subn(r'(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")', lambda m: m.group(1) + csp + m.group(2), page)
assert n == 1, "index.html has no CSP meta tag"
page, n = re.subn(r'<script src="fasthold.js"></script>', lambda m: "<script>" + js + "</script>", page)
assert n == 1, "index.html does not load fasthold.js"
page = page.replace("<!-- Nothing leaves this page", "<!-- The offline copy: program and data inlined. Nothing leaves this page", 1)
open(out_path, "w", encoding="utf-8").write(page)
