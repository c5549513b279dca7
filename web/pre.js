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
  // Emscripten's GLFW (3.1.6) turns a touch into a mouse press at the last mouse position:
  // it does not read the touch's coordinates, so a tap would press whatever was under the
  // previous one. Keep touches from it (our listeners are added first and stop the event):
  // the browser then sends the tap as mouse events at the right place.
  var lastY = null;
  function stop(e) { e.stopImmediatePropagation(); }
  canvas.addEventListener('touchstart', function(e) {
    stop(e);
    lastY = e.touches.length === 1 ? e.touches[0].clientY : null;
  }, {capture: true, passive: true});
  canvas.addEventListener('touchend', function(e) { stop(e); lastY = null; }, {capture: true, passive: true});
  canvas.addEventListener('touchcancel', function(e) { stop(e); lastY = null; }, {capture: true, passive: true});
  // A finger dragging the page scrolls it: sent on as the wheel events ImGui reads.
  canvas.addEventListener('touchmove', function(e) {
    stop(e);
    if (e.touches.length !== 1 || lastY === null) return;
    var t = e.touches[0];
    var dy = lastY - t.clientY;
    lastY = t.clientY;
    if (dy === 0) return;
    canvas.dispatchEvent(new MouseEvent('mousemove', {clientX: t.clientX, clientY: t.clientY, bubbles: true}));
    canvas.dispatchEvent(new WheelEvent('wheel', {deltaY: dy, deltaMode: 0, clientX: t.clientX, clientY: t.clientY, bubbles: true, cancelable: true}));
  }, {capture: true, passive: true});
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
