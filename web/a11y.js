// The accessible page (a --pre-js of fasthold.js). The UI describes every frame as a tree
// (src/ui/semantics.hpp); each time the tree changes, the program hands it here as JSON and
// this file turns it into real elements lying over the canvas, each at its widget's place:
// headings, paragraphs, lists, buttons, links, checkboxes, radio buttons in a fieldset, and
// real text fields. Screen readers read them, Tab moves through them, phones type into them.
// What the user does to them goes back to the program as actions, which the widget with the
// same id consumes in its next frame: the same path as a click on the canvas.
//
// The tree arrives as changes (AccessKit's TreeUpdate): {lang, skip, height, root: [top-level
// ids], focusTitle?, focus? (a node id), contrast?, nodes: [the nodes added or changed: {i: id,
// r: role, n: name, d: description, v: value, m: input mode, f: flags, l: level, g: a radio's
// group, c: a container's children's ids, x, y (CSS px within the parent's box), w, h, fs: font
// px}], gone: [ids]}. Only what changed is touched, so a click costs a few nodes, not the page.
// Flags: see sem::Flag. `height` is the drawn page's: this layer is that tall, so the browser
// scrolls the page as it scrolls any other (the program draws what window.scrollY shows).
//
// Everything but the text fields is transparent (opacity 0) and lets the pointer through
// (pointer-events: none), so the mouse still reaches the drawn widget beneath. Text fields
// are visible and take the pointer, so a tap focuses them and a phone opens its keyboard.
(function() {
  'use strict';
  var F = {checked: 1, hasExpanded: 2, expanded: 4, current: 8, disabled: 16, invalid: 32, required: 64,
           multiline: 128, submits: 256};
  var TAG = {banner: 'header', navigation: 'nav', main: 'main', complementary: 'aside', contentinfo: 'footer',
             region: 'section', paragraph: 'p', list: 'ul', listitem: 'li', status: 'div', alert: 'div', button: 'button',
             link: 'a', checkbox: 'input', radiogroup: 'fieldset', radio: 'input'};
  var CONTAINER = {banner: 1, navigation: 1, main: 1, complementary: 1, contentinfo: 1, region: 1, list: 1,
                   listitem: 1, status: 1, alert: 1, radiogroup: 1};
  var root = null, content = null, ring = null, skip = null, descriptions = null;
  var byId = new Map();     // node id -> element
  var actions = [];         // [kind, id, value], taken by the program (platform_web.cpp)
  var ours = false;         // the focus is in our elements (a keyboard or screen-reader user)
  var lastFocus = null;     // our element that last had the focus, and where it was
  var lastFocusY = 0;

  function send(kind, id, value) {
    actions.push([kind, id, value || '']);
    if (Module['_fh_page_action']) Module['_fh_page_action']();
  }

  function elementFor(node) {
    var tag = node.r === 'heading' ? 'h' + Math.min(3, Math.max(1, node.l || 1))
            : node.r === 'textbox' ? (node.f & F.multiline ? 'textarea' : 'input') : TAG[node.r] || 'p';
    var old = byId.get(node.i);
    if (old && old.__tag === tag) return old;
    var el = document.createElement(tag);
    el.__tag = tag;
    el.__id = node.i;
    el.className = node.r === 'textbox' ? 'fh-field' : CONTAINER[node.r] ? 'fh-box' : 'fh-node';
    if (tag === 'button') el.type = 'button';
    if (tag === 'a') el.href = '#';
    if (node.r === 'checkbox') el.type = 'checkbox';
    if (node.r === 'radio') el.type = 'radio';
    if (tag === 'input' && node.r === 'textbox') {
      el.type = 'text';
      el.autocomplete = 'off';
    }
    if (tag === 'fieldset') {
      el.appendChild(document.createElement('legend'));
      el.setAttribute('role', 'radiogroup');  // a fieldset is a group; this one is of radio buttons
    }
    if (node.r === 'status' || node.r === 'alert') el.setAttribute('role', node.r);
    if (node.r === 'main') el.id = 'fasthold-main';  // the skip link's target
    if (old && old.parentNode) old.parentNode.replaceChild(el, old);  // a heading's new level
    byId.set(node.i, el);
    return el;
  }

  function attr(el, name, value) {
    if (value === null || value === undefined || value === false) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else if (el.getAttribute(name) !== String(value)) {
      el.setAttribute(name, String(value));
    }
  }

  function describe(el, node) {
    var id = 'fh-d-' + node.i;
    var d = document.getElementById(id);
    if (!node.d) {
      if (d) d.remove();
      attr(el, 'aria-describedby', null);
      return;
    }
    if (!d) {
      d = document.createElement('span');
      d.id = id;
      descriptions.appendChild(d);
    }
    if (d.textContent !== node.d) d.textContent = node.d;
    attr(el, 'aria-describedby', id);
  }

  function update(el, node) {
    var s = el.style;
    s.left = node.x + 'px';
    s.top = node.y + 'px';
    s.width = node.w + 'px';
    s.height = node.h + 'px';
    var f = node.f || 0, name = node.n || '';
    switch (node.r) {
      case 'button': case 'link':
        if (el.textContent !== name) el.textContent = name;
        attr(el, 'aria-expanded', f & F.hasExpanded ? String(!!(f & F.expanded)) : null);
        attr(el, 'aria-current', f & F.current ? 'page' : null);
        break;
      case 'checkbox': case 'radio':
        attr(el, 'aria-label', name);
        // Radios of one group share a name: one Tab stop, the arrows move between them.
        if (node.r === 'radio' && node.g && el.name !== 'fh-' + node.g) el.name = 'fh-' + node.g;
        if (el.checked !== !!(f & F.checked)) el.checked = !!(f & F.checked);
        break;
      case 'textbox':
        attr(el, 'aria-label', name);
        attr(el, 'inputmode', node.m || 'text');
        attr(el, 'aria-invalid', f & F.invalid ? 'true' : null);
        attr(el, 'spellcheck', node.m === 'text' ? 'true' : 'false');
        attr(el, 'lang', node.m === 'text' ? document.documentElement.lang : null);
        attr(el, 'enterkeyhint', f & F.submits ? 'done' : null);
        s.fontSize = (node.fs || 19) + 'px';
        // Never overwrite what the user is typing with the echo of what they typed.
        if (el.value !== node.v && !(document.activeElement === el && el.__sent === node.v)) el.value = node.v;
        describe(el, node);
        break;
      case 'radiogroup':
        if (el.firstChild.textContent !== name) el.firstChild.textContent = name;
        break;
      case 'banner': case 'navigation': case 'main': case 'complementary': case 'contentinfo':
      case 'region': case 'list': case 'listitem': case 'status': case 'alert':
        attr(el, 'aria-label', name || null);
        break;
      default:  // heading, paragraph
        if (el.textContent !== name) el.textContent = name;
    }
  }

  // Puts `kids` into `parent` in order, moving as little as possible (a moved element
  // would lose the focus).
  function arrange(parent, kids, first) {
    var at = first || 0;
    for (var i = 0; i < kids.length; ++i, ++at) {
      if (parent.children[at] !== kids[i]) parent.insertBefore(kids[i], parent.children[at] || null);
    }
    while (parent.children.length > at) parent.removeChild(parent.lastElementChild);
  }

  function tree(json) {
    var t = JSON.parse(json);
    if (document.documentElement.lang !== t.lang) document.documentElement.lang = t.lang;
    if (skip.textContent !== t.skip) skip.textContent = t.skip;
    root.classList.toggle('fh-contrast', !!t.contrast);
    var containers = [];
    for (var i = 0; i < t.nodes.length; ++i) {
      var node = t.nodes[i];
      var el = elementFor(node);
      update(el, node);
      if (node.c) containers.push([el, node.c]);
    }
    for (var g = 0; g < t.gone.length; ++g) {
      var d = document.getElementById('fh-d-' + t.gone[g]);
      if (d) d.remove();
      byId.delete(t.gone[g]);  // out of the page with its parent's new children
    }
    function els(ids) {
      var out = [];
      for (var k = 0; k < ids.length; ++k) if (byId.has(ids[k])) out.push(byId.get(ids[k]));
      return out;
    }
    for (var j = 0; j < containers.length; ++j) {
      var box = containers[j][0];
      arrange(box, els(containers[j][1]), box.__tag === 'fieldset' ? 1 : 0);
    }
    arrange(content, els(t.root));
    if (t.height > 0) root.style.height = Math.ceil(t.height) + 'px';
    // An action's own focus (the error summary after a failed submit, the field a summary's
    // link names) is moved for every user, as a GOV.UK page does; otherwise only the keyboard's.
    if (t.focus && byId.get(t.focus)) { ours = true; focusOn(byId.get(t.focus)); }
    else if (ours) keepFocus(t);
    placeRing();
  }

  function focusOn(el) {
    if (!el) return false;
    if (!/^(BUTTON|A|INPUT|TEXTAREA)$/.test(el.tagName)) el.tabIndex = -1;
    el.focus({preventScroll: true});
    el.scrollIntoView({block: 'nearest'});
    return document.activeElement === el;
  }

  // The focus is never dropped on <body>. A new screen: start at its title, as on a new page.
  // Otherwise, when the focused element went away with what the action changed, focus goes to
  // what now stands where it stood (the confirmation question, the saved entry), else the title.
  function keepFocus(t) {
    var h1 = content.querySelector('main h1');
    if (t.focusTitle) { focusOn(h1); return; }
    var active = document.activeElement;
    if (active && active !== document.body && content.contains(active)) return;
    if (lastFocus && lastFocus.isConnected) { focusOn(lastFocus); return; }
    var main = content.querySelector('main');
    var best = null;
    if (main) {
      var all = main.querySelectorAll('h1, h2, h3, p, li, button, a, input, textarea, [role=alert], [role=status]');
      for (var i = 0; i < all.length && !best; ++i) {
        var r = all[i].getBoundingClientRect();
        if (r.height > 0 && r.top + window.scrollY >= lastFocusY - 4) best = all[i];
      }
    }
    focusOn(best || h1);
  }

  // The focus ring: drawn by the page over the canvas, around the focused element's box, as
  // the element itself is transparent. 3 px, dark on light and light on dark (WCAG 2.4.7).
  function placeRing() {
    var el = document.activeElement;
    // A title focused for a new screen is where reading starts, not a control: no ring.
    if (!el || !el.__id || !content.contains(el) || !el.matches(':focus-visible') || /^H[1-3]$/.test(el.tagName)) {
      ring.hidden = true;
      return;
    }
    var r = el.getBoundingClientRect(), base = root.getBoundingClientRect();  // in the scrolled page
    ring.hidden = false;
    ring.style.left = (r.left - base.left - 5) + 'px';
    ring.style.top = (r.top - base.top - 5) + 'px';
    ring.style.width = (r.width + 10) + 'px';
    ring.style.height = (r.height + 10) + 'px';
  }

  function setup() {
    root = document.getElementById('fasthold-page');
    skip = document.getElementById('fasthold-skip');
    content = document.createElement('div');
    content.id = 'fasthold-content';
    ring = document.createElement('div');
    ring.id = 'fasthold-focus';
    ring.hidden = true;
    ring.setAttribute('aria-hidden', 'true');
    descriptions = document.createElement('div');
    descriptions.hidden = true;
    root.appendChild(content);
    root.appendChild(ring);
    root.appendChild(descriptions);

    content.addEventListener('click', function(e) {
      var el = e.target.closest('button, a, input[type=checkbox], input[type=radio]');
      if (!el || !el.__id) return;
      // The program decides what a click does (and whether a box is ticked).
      e.preventDefault();
      send('activate', el.__id);
    });
    content.addEventListener('input', function(e) {
      var el = e.target;
      if (!el.__id || el.className !== 'fh-field') return;
      el.__sent = el.value;
      send('set_value', el.__id, el.value);
    });
    content.addEventListener('focusin', function(e) {
      ours = true;
      var el = e.target;
      lastFocus = el;
      lastFocusY = el.getBoundingClientRect().top + window.scrollY;
      if (el.__id) send('focus', el.__id);
      placeRing();
    });
    content.addEventListener('focusout', function(e) {
      var el = e.target;
      if (el.__id) send('blur', el.__id);
      // Focus moving elsewhere in the document (not the window losing it, not an element
      // taken away with its screen) ends "ours".
      if (e.relatedTarget && !content.contains(e.relatedTarget) && e.relatedTarget !== skip) ours = false;
      ring.hidden = true;
    });
    // The browser scrolls the page; the program draws what it shows.
    window.addEventListener('scroll', function() {
      if (Module['_fh_page_scrolled']) Module['_fh_page_scrolled']();
      placeRing();
    }, {passive: true});
    // The phone's keyboard shrinks the visual viewport: bring the field being typed in above it.
    if (window.visualViewport) {
      window.visualViewport.addEventListener('resize', function() {
        var el = document.activeElement;
        if (!el || !content.contains(el) || el.className !== 'fh-field') return;
        var r = el.getBoundingClientRect(), vv = window.visualViewport;
        var top = vv.offsetTop, bottom = vv.offsetTop + vv.height;
        if (r.top < top + 8 || r.bottom > bottom - 8) window.scrollBy(0, r.bottom - bottom + Math.min(vv.height / 3, 120));
      });
    }
    skip.addEventListener('click', function(e) {
      e.preventDefault();
      var main = content.querySelector('main');
      var target = main && (main.querySelector('h1') || main);
      if (target) {
        target.tabIndex = -1;
        target.focus({preventScroll: true});
        send('focus', target.__id || '', '');
      }
    });
    window.addEventListener('pointerdown', function(e) {
      if (e.target === Module['canvas']) ours = false;
    }, true);
    // The keyboard belongs to the page's elements: GLFW (which would swallow Tab and
    // Backspace, and type into ImGui) never sees a key. Registered before glfwInit.
    ['keydown', 'keypress', 'keyup'].forEach(function(type) {
      window.addEventListener(type, function(e) {
        if (type === 'keydown') key(e);
        e.stopImmediatePropagation();
      }, true);
    });
  }

  function key(e) {
    var el = e.target;
    if (el && el.__id && el.className === 'fh-field' && el.tagName === 'INPUT' && e.key === 'Enter') {
      send('activate', el.__id);
      return;
    }
    // The keys that scroll a web page (arrows, Page Down, Space, Home, End) scroll this one
    // by themselves: the browser scrolls the page.
  }

  Module['fhMirror'] = {
    tree: tree,
    takeActions: function() { var q = actions; actions = []; return q; },
  };
  setup();
})();
