/*
 * The break-even calculator, live. The page already shows the worked case, computed at build time by
 * break-even-core.js; this script reveals the form, recomputes with the same core on every keystroke, shows a message
 * next to each field it cannot use (the answer then keeps the last complete figures), keeps the scenario in the
 * address (?requests=…&…) so it can be bookmarked and shared, and writes the scenario into the decision record.
 */
(function () {
  'use strict';
  var form = document.getElementById('calc-form');
  var B = window.BreakEven;
  if (!form || !B) return;
  var texts = JSON.parse(form.getAttribute('data-texts'));
  var fmt = texts.fmt;
  var defaults = B.fromQuery(form.getAttribute('data-defaults'));
  var fields = Array.prototype.slice.call(form.querySelectorAll('input[name]'));
  var stale = document.getElementById('calc-stale');
  var sentence = document.getElementById('calc-sentence');
  var copied = document.getElementById('calc-copied');
  var download = document.getElementById('calc-download');
  var current = null;

  function field(id) {
    return document.getElementById('in-' + id);
  }

  function typed() {
    var t = {};
    fields.forEach(function (f) { t[f.name] = f.value; });
    return t;
  }

  /** A query value as the reader would type it in this language; left as it is when it is no number. */
  function local(text) {
    var n = B.parse(text, null);
    return n === null ? text : B.plain(n, fmt);
  }

  function setAll(values) {
    fields.forEach(function (f) { if (Object.prototype.hasOwnProperty.call(values, f.name)) f.value = local(values[f.name]); });
  }

  function showError(f, error) {
    var box = document.getElementById('err-' + f.name);
    var hint = 'hint-' + f.name;
    if (error) {
      box.textContent = B.fill(texts.errors[error.code], [error.limit === undefined ? '' : B.plain(error.limit, fmt)]);
      box.hidden = false;
      f.setAttribute('aria-invalid', 'true');
      f.setAttribute('aria-describedby', hint + ' ' + box.id);
    } else {
      box.textContent = '';
      box.hidden = true;
      f.removeAttribute('aria-invalid');
      f.setAttribute('aria-describedby', hint);
    }
  }

  function cell(row, text, header) {
    var c = document.createElement(header ? 'th' : 'td');
    if (header) c.setAttribute('scope', 'row');
    c.textContent = text;
    row.appendChild(c);
  }

  function render(values) {
    var p = B.present(values, texts);
    Array.prototype.forEach.call(document.querySelectorAll('[data-out]'), function (el) {
      var name = el.getAttribute('data-out');
      if (name.indexOf('yours-') === 0) el.textContent = B.value(name.substring(6), values[name.substring(6)], fmt);
      else if (Object.prototype.hasOwnProperty.call(p.out, name)) el.textContent = p.out[name];
    });
    var body = document.getElementById('calc-sens-rows');
    while (body.firstChild) body.removeChild(body.firstChild);
    p.sensitivity.forEach(function (s) {
      var row = document.createElement('tr');
      cell(row, s.label, true);
      cell(row, s.low + ': ' + s.lowOutcome);
      cell(row, s.high + ': ' + s.highOutcome);
      cell(row, s.swing);
      body.appendChild(row);
    });
  }

  function remember(values) {
    var query = B.toQuery(values);
    var url = location.pathname + (query === B.toQuery(B.read(defaults, null).values) ? '' : '?' + query);
    try { history.replaceState(null, '', url); } catch (e) { /* a file: page may refuse; the answer still updates */ }
  }

  function update() {
    var r = B.read(typed(), fmt);
    fields.forEach(function (f) { showError(f, r.errors[f.name]); });
    if (!r.ok) {
      stale.textContent = form.getAttribute('data-msg-stale');
      return;
    }
    stale.textContent = '';
    current = r.values;
    render(current);
    remember(current);
  }

  function today() {
    var d = new Date();
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());
  }

  form.addEventListener('input', update);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  document.getElementById('calc-reset').addEventListener('click', function () {
    setAll(defaults);
    update();
  });
  document.getElementById('calc-print').addEventListener('click', function () { window.print(); });
  document.getElementById('calc-share').addEventListener('click', function () {
    var done = function () { copied.textContent = form.getAttribute('data-msg-copied'); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(location.href).then(done, function () { copied.textContent = location.href; });
    } else {
      copied.textContent = location.href;
    }
  });
  // The record is written when asked for, with today's date and the figures on screen.
  download.addEventListener('click', function () {
    if (!current) return;
    var md = B.record(current, texts, location.href, today());
    download.setAttribute('href', URL.createObjectURL(new Blob([md], { type: 'text/markdown;charset=utf-8' })));
  });

  setAll(B.fromQuery(location.search));
  form.hidden = false;
  sentence.setAttribute('aria-live', 'polite');
  update();
}());
