// The bare window's canvas (bench/bare_window.cpp), as web/pre.js does for Fasthold.
Module['canvas'] = document.getElementById('canvas');
window.__fastholdStartup = {script: performance.now()};
