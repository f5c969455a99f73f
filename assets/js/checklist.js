/*
 * The pre-tuning checklist, enhanced. The page is a plain form whose progress line is a CSS counter; this
 * script remembers the ticks in localStorage under language-neutral item ids (so switching language keeps
 * them), announces progress politely, gives a verdict, and offers reset, a share link (#ticked=id,id) and a
 * Markdown export with the ticks filled in. It also points the link into the decision tree where the ticks lead:
 * the same walk as org.decisionguide.model.ChecklistRoute, over the tree's structure (decide/tree.json).
 */
(function () {
  'use strict';
  var form = document.getElementById('checklist');
  if (!form) return;
  var KEY = 'decision-guide:checklist';
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox][name=item]'));
  var status = document.getElementById('checklist-status');
  var verdict = document.getElementById('checklist-verdict');
  var decide = document.getElementById('checklist-decide');
  var treeNote = document.getElementById('checklist-tree-note');
  var tree = null;

  function msg(name, args) {
    var text = form.getAttribute('data-msg-' + name) || '';
    (args || []).forEach(function (a, i) { text = text.split('{' + i + '}').join(String(a)); });
    return text;
  }

  function labelOf(box) {
    var label = form.querySelector('label[for="' + box.id + '"]');
    var clone = label.cloneNode(true);
    Array.prototype.forEach.call(clone.querySelectorAll('.must-tag'), function (t) { t.remove(); });
    return clone.textContent.trim();
  }

  function ticked() {
    return boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
  }

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY) || '[]'); } catch (e) { return []; }
  }

  function save() {
    try { localStorage.setItem(KEY, JSON.stringify(ticked())); } catch (e) { /* private mode: still works, just forgets */ }
  }

  function apply(ids) {
    boxes.forEach(function (b) { b.checked = ids.indexOf(b.value) >= 0; });
  }

  // The first item (in page order) whose implied answers, for its ticked state, decide this question.
  function decideBy(node, answers, whenTicked) {
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].checked !== whenTicked) continue;
      var implied = (boxes[i].getAttribute(whenTicked ? 'data-ticked' : 'data-unticked') || '').split(' ');
      for (var a in answers) {
        if (Object.prototype.hasOwnProperty.call(answers, a) && implied.indexOf(node + '-' + a) >= 0) return a;
      }
    }
    return null;
  }

  // From the start: a missing condition (unticked) decides first, then what is ticked; stop where nothing decides.
  function route() {
    var path = '';
    var node = tree.start;
    var seen = {};
    while (tree.nodes[node] && !seen[node]) {
      seen[node] = true;
      var answers = tree.nodes[node].answers || {};
      var chosen = decideBy(node, answers, false) || decideBy(node, answers, true);
      if (!chosen) break;
      path += node + '-' + chosen + '/';
      node = answers[chosen];
    }
    return path;
  }

  function update() {
    var musts = boxes.filter(function (b) { return b.hasAttribute('data-must'); });
    var mustDone = musts.filter(function (b) { return b.checked; });
    status.textContent = msg('progress', [ticked().length, boxes.length, mustDone.length, musts.length]);
    // Labels are sentences: drop their final stop so the list reads "a; b; c."
    var missing = musts.filter(function (b) { return !b.checked; }).map(function (b) { return labelOf(b).replace(/[.!]$/, ''); });
    verdict.textContent = missing.length === 0 ? msg('case') : msg('missing', [missing.join('; ')]);
    if (decide && tree) decide.href = form.getAttribute('data-decide') + route();
  }

  function shareLink() {
    var url = new URL(location.href);
    url.hash = 'ticked=' + ticked().join(',');
    return url.toString();
  }

  function markdown() {
    var lines = ['# ' + form.getAttribute('data-title'), '', '- ' + new Date().toISOString().slice(0, 10), '- <' + shareLink() + '>'];
    Array.prototype.forEach.call(form.querySelectorAll('fieldset'), function (fs) {
      lines.push('', '## ' + fs.querySelector('legend').textContent.trim(), '');
      Array.prototype.forEach.call(fs.querySelectorAll('input[name=item]'), function (b) {
        var must = b.hasAttribute('data-must') ? ' (' + form.getAttribute('data-must-label') + ')' : '';
        lines.push('- [' + (b.checked ? 'x' : ' ') + '] ' + labelOf(b) + must);
      });
    });
    return lines.join('\n') + '\n';
  }

  // Ticks from a shared link: apply them, but never overwrite the visitor's own saved ticks without asking. A link
  // pasted while the page is open changes only the fragment (hashchange, no load), so it is read then too. The
  // fragment is removed once read: a reload must show the saved ticks, not the link's again (after "Clear all").
  function fromLink() {
    var match = /(?:^#|&)ticked=([^&]*)/.exec(location.hash);
    if (!match) return false;
    var raw = '';
    try { raw = decodeURIComponent(match[1]); } catch (e) { /* a mangled link ticks nothing */ }
    var shared = raw.split(',').filter(Boolean);
    var saved = load();
    var same = shared.slice().sort().join(',') === saved.slice().sort().join(',');
    if (saved.length === 0 || same || window.confirm(msg('confirm'))) {
      apply(shared);
      save();
    } else {
      apply(saved);
    }
    history.replaceState(null, '', location.pathname + location.search);
    return true;
  }
  if (!fromLink()) apply(load());
  window.addEventListener('hashchange', function () { if (fromLink()) update(); });

  form.addEventListener('change', function () { save(); update(); });
  form.addEventListener('reset', function () {
    setTimeout(function () { save(); update(); }, 0); // after the browser has cleared the boxes
  });
  form.addEventListener('submit', function (e) { e.preventDefault(); });

  var actions = document.getElementById('checklist-actions');
  actions.hidden = false;
  document.getElementById('checklist-share').addEventListener('click', function () {
    var link = shareLink();
    var done = function () { status.textContent = msg('copied'); };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(link).then(done, function () { window.prompt('', link); });
    else window.prompt('', link);
  });
  document.getElementById('checklist-export').addEventListener('click', function () {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([markdown()], { type: 'text/markdown;charset=utf-8' }));
    a.download = document.getElementById('checklist-download').getAttribute('download');
    document.body.appendChild(a);
    a.click();
    a.remove();
  });
  document.querySelector('.progress-static').hidden = true;
  update();
  if (decide && form.getAttribute('data-tree') && window.fetch) {
    fetch(form.getAttribute('data-tree')).then(function (r) { return r.ok ? r.json() : null; }).then(function (json) {
      if (!json || !json.nodes) return; // the static link to the tree's start stays
      tree = json;
      if (treeNote) treeNote.textContent = msg('tree-derived');
      update();
    }, function () { /* offline: the static link to the tree's start stays */ });
  }
})();
