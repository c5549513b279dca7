// Runs inside fasthold.js before the program starts (emcc --pre-js): the canvas, failures,
// and touch input. No inline script in index.html: the page's CSP forbids it.
Module['canvas'] = document.getElementById('canvas');
// The script has been read and runs (bench/run's start-up steps; see platform::startup_mark).
window.__fastholdStartup = {script: performance.now()};

Module['onAbort'] = function() {
  var loading = document.getElementById('fasthold-loading');
  if (loading) loading.hidden = true;
  var failed = document.getElementById('fasthold-failed');
  if (failed) failed.hidden = false;
};

(function() {
  var canvas = Module['canvas'];
  function stop(e) { e.stopImmediatePropagation(); }
  // The browser scrolls the page: a finger's pan (with its momentum), pinch-zoom, the wheel.
  // Emscripten's GLFW would cancel them (it calls preventDefault on the wheel and on touches)
  // and turn a touch into a press at the last mouse position; our listeners are added first and
  // keep these events from it. A tap still arrives as the mouse events the browser sends after
  // it, at the right place.
  ['touchstart', 'touchmove', 'touchend', 'touchcancel', 'wheel'].forEach(function(type) {
    canvas.addEventListener(type, stop, {capture: true, passive: true});
  });
})();

// Moving the window to a screen of another pixel density, or zooming, changes
// devicePixelRatio, sometimes without a resize event: send one, so the program rebuilds its
// canvas size and fonts for the new ratio.
(function watchPixelRatio() {
  var query = matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
  query.addEventListener('change', function() {
    window.dispatchEvent(new Event('resize'));
    watchPixelRatio();
  }, {once: true});
})();

// The reader's text size (the browser's setting, or a zoom of text only) changes 1rem: a
// hidden 1rem-wide element notices, and a resize event makes the program rebuild its fonts.
(function watchTextSize() {
  var rem = document.getElementById('fasthold-rem');
  if (!rem || !window.ResizeObserver) return;
  var first = true;
  new ResizeObserver(function() {
    if (first) { first = false; return; }  // its first report is its size at start
    window.dispatchEvent(new Event('resize'));
  }).observe(rem);
})();
