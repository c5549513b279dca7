# cmake -DIN=web/index.html -DOUT=.../probe/index.html -P probe_page.cmake
# The probe page (tests/e2e/platform_probe.cpp) is the real page shell, CSP and all, with
# probe.js in place of fasthold.js.
file(READ ${IN} html)
string(REPLACE "src=\"fasthold.js\"" "src=\"probe.js\"" html "${html}")
file(WRITE ${OUT} "${html}")
