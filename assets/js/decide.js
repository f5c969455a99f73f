/*
 * The decision tree without full page loads. Every step is a real page and every answer, Back and Change is
 * a plain link, so this script only makes the same URLs faster: it fetches the next step, swaps it in, adds a
 * history entry and moves focus to the new heading. "Change" keeps the later answers that still apply. On an
 * outcome it fills today's date into the decision record and adds Copy and Print.
 */
(function () {
  'use strict';
  if (!window.fetch || !window.DOMParser || !window.history || !window.history.pushState) return;
  var tree = null;
  var kept = null; // answers to replay after "Change": {question id: answer id}

  function root() { return document.getElementById('decide'); }
  if (!root()) return;

  fetch(root().getAttribute('data-tree'), { credentials: 'same-origin' })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (t) { tree = t; })
    .catch(function () { tree = null; });

  /** "/cs/decide/" for any step of this language, whatever the answers so far. */
  function base() {
    var path = root().getAttribute('data-path') || '';
    var here = location.pathname;
    return here.substring(0, here.length - path.length);
  }

  /** The answers that come after `question` on the current page, to keep them when it changes. */
  function laterAnswers(question) {
    var rows = root().querySelectorAll('.summary-row');
    var after = false;
    var out = {};
    Array.prototype.forEach.call(rows, function (row) {
      if (after) out[row.getAttribute('data-question')] = row.getAttribute('data-answer');
      if (row.getAttribute('data-question') === question) after = true;
    });
    return out;
  }

  /** From a step URL, follow the kept answers as far as they still fit the tree. */
  function forward(pathname) {
    if (!tree || !kept) return pathname;
    var rest = pathname.substring(base().length).split('/').filter(Boolean);
    var node = tree.start;
    for (var i = 0; i < rest.length; i++) {
      var answer = rest[i].substring(node.length + 1);
      var spec = tree.nodes[node];
      if (rest[i].indexOf(node + '-') !== 0 || !spec || !spec.answers[answer]) return pathname;
      node = spec.answers[answer];
    }
    var out = pathname;
    var guard = 0;
    while (tree.nodes[node] && kept[node] && tree.nodes[node].answers[kept[node]] && guard++ < 100) {
      out += node + '-' + kept[node] + '/';
      node = tree.nodes[node].answers[kept[node]];
    }
    return out;
  }

  function show(url, push) {
    return fetch(url, { credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var next = doc.getElementById('decide');
        if (!next) throw new Error('not a step');
        root().replaceWith(document.adoptNode(next));
        document.title = doc.title;
        var switcher = doc.querySelector('nav.lang-switcher');
        var current = document.querySelector('nav.lang-switcher');
        if (switcher && current) current.replaceWith(document.adoptNode(switcher));
        var canonical = doc.querySelector('link[rel=canonical]');
        var ours = document.querySelector('link[rel=canonical]');
        if (canonical && ours) ours.setAttribute('href', canonical.getAttribute('href'));
        if (push) history.pushState({ decide: true }, '', url);
        enhance();
        openOutline();
        var heading = document.getElementById('decide-heading');
        if (heading) heading.focus();
      })
      .catch(function () { location.href = url; });
  }

  document.addEventListener('click', function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    var link = event.target.closest && event.target.closest('#decide a');
    if (!link || link.classList.contains('record-download') || link.getAttribute('href').charAt(0) === '#') return;
    var url = new URL(link.href, location.href);
    if (url.origin !== location.origin || url.pathname.indexOf(base()) !== 0) return;
    var target = url.pathname;
    if (link.classList.contains('change-link')) {
      kept = laterAnswers(link.getAttribute('data-question'));
    } else if (link.classList.contains('answer')) {
      target = forward(target); // kept answers stay until Back, Start again or another Change
    } else {
      kept = null;
    }
    event.preventDefault();
    show(target, true);
  });

  window.addEventListener('popstate', function () {
    if (location.pathname.indexOf(base()) === 0) show(location.pathname, false);
  });
  history.replaceState({ decide: true }, '', location.href);

  function today() {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  function button(label, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'record-button';
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  }

  /** Decision record: today's date in the download, plus Copy and Print. */
  function enhance() {
    var link = root().querySelector('.record-download');
    if (!link || link.getAttribute('data-enhanced')) return;
    link.setAttribute('data-enhanced', 'true');
    fetch(link.getAttribute('href'), { credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.text(); })
      .then(function (text) {
        var record = text.replace(link.getAttribute('data-date-placeholder'), today());
        if (window.URL && URL.createObjectURL && window.Blob) {
          link.setAttribute('href', URL.createObjectURL(new Blob([record], { type: 'text/markdown;charset=utf-8' })));
        }
        var actions = link.parentNode;
        if (navigator.clipboard && navigator.clipboard.writeText) {
          var copy = button(link.getAttribute('data-copy-label'), function () {
            navigator.clipboard.writeText(record).then(function () {
              copy.textContent = link.getAttribute('data-copied-label');
            });
          });
          actions.appendChild(document.createTextNode(' '));
          actions.appendChild(copy);
        }
        actions.appendChild(document.createTextNode(' '));
        actions.appendChild(button(link.getAttribute('data-print-label'), function () { window.print(); }));
      })
      .catch(function () { /* the plain download link still works */ });
  }
  /** On a phone the diagram is too wide to take in: open its text form. */
  function openOutline() {
    var outline = root().querySelector('.tree-outline');
    if (outline && window.matchMedia && window.matchMedia('(max-width: 40rem)').matches) outline.open = true;
  }

  enhance();
  openOutline();
})();
