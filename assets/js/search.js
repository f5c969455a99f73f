/*
 * Search on /<lang>/search/. The build did all the language work (docs/decisions/0011-search.md): the index maps
 * every word form of the corpus, and its spelling without diacritics, to the id of its stem as Lucene's analyzer for
 * the language computed it. This script only splits text into words the same way as the build (WORD, as in
 * Words.java), looks the words up, and ranks with BM25 over weighted fields. A word the corpus never uses falls
 * back to the forms it is a prefix of, then to forms one or two typos away. Glossary names and aliases act as
 * synonyms. Every text shown is set with textContent: the query and the index are never parsed as HTML.
 */
(function () {
  'use strict';
  var root = document.getElementById('search');
  if (!root || !window.fetch || !window.Map || !window.URLSearchParams) return;
  var input = document.getElementById('search-q');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var az = document.getElementById('az');
  var WORD = /[\p{L}\p{N}]+/gu;
  var MAX = 10;
  // Field weights: title and glossary names first, then headings and conclusions, then body text.
  var FIELDS = ['t', 'n', 'h', 'v', 'b'];
  var WEIGHT = { t: 8, n: 6, h: 3, v: 2.5, b: 1 };
  // Length normalisation per field: none for names (a term with many aliases is no weaker a match for one of them).
  var K1 = 1.2, B = { t: 0.5, n: 0, h: 0.5, v: 0.75, b: 0.75 };
  var ix = null;

  function words(text) {
    var out = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) out.push(m[0].toLowerCase());
    return out;
  }

  /** Used only for words the corpus does not contain (the map already holds every corpus form's folded spelling). */
  function fold(w) {
    return w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l');
  }

  function build(data) {
    var form = new Map();
    data.words.forEach(function (forms, id) {
      forms.split(' ').forEach(function (f) { form.set(f, id); });
    });
    // The build leaves out diacritic-free spellings this folding rebuilds, when it rebuilds them exactly (CompactWords).
    if (data.fold) {
      data.words.forEach(function (forms, id) {
        forms.split(' ').forEach(function (f) { var g = fold(f); if (g !== f && !form.has(g)) form.set(g, id); });
      });
    }
    var all = Array.from(form.keys()).sort();
    var byLength = []; // the forms by length, for the typo fallback
    all.forEach(function (f) { (byLength[f.length] = byLength[f.length] || []).push(f); });
    var df = new Map();
    var sum = { t: 0, n: 0, h: 0, v: 0, b: 0 };
    var docs = data.docs.map(function (d) {
      var texts = { t: [d.t], n: d.n || [], h: d.h || [], v: d.v ? [d.v] : [], b: d.b || [] };
      // blocks: the stem ids of the verdict and each body block, in the order snippets are cut from them.
      var doc = { d: d, tf: {}, len: {}, seq: [], names: [], blocks: [] };
      var seen = new Set();
      FIELDS.forEach(function (f) {
        var tf = new Map();
        var len = 0;
        texts[f].forEach(function (text) {
          var ids = ids0(words(text));
          ids.forEach(function (id) { tf.set(id, (tf.get(id) || 0) + 1); seen.add(id); });
          len += ids.length;
          if (f === 't') doc.seq.push(ids);
          if (f === 'n') doc.names.push(ids);
          if (f === 'v' || f === 'b') doc.blocks.push(ids);
        });
        doc.tf[f] = tf;
        doc.len[f] = len;
        sum[f] += len;
      });
      seen.forEach(function (id) { df.set(id, (df.get(id) || 0) + 1); });
      return doc;
    });
    function ids0(ws) {
      var out = [];
      ws.forEach(function (w) { var id = form.get(w); if (id !== undefined) out.push(id); });
      return out;
    }
    var avg = {};
    FIELDS.forEach(function (f) { avg[f] = Math.max(1, sum[f] / Math.max(1, docs.length)); });
    // Synonyms: a glossary term's name, abbreviation and aliases, each as a sequence of stem ids.
    var groups = docs.filter(function (doc) { return doc.names.length; }).map(function (doc) {
      return { doc: doc, phrases: doc.seq.concat(doc.names).filter(function (p) { return p.length; }) };
    });
    return { form: form, all: all, byLength: byLength, df: df, docs: docs, avg: avg, groups: groups, stop: new Set(data.stop || []), n: docs.length };
  }

  // ---- matching a query word ----

  // Three rows of the distance table, reused: the typo fallback compares a query word with thousands of forms.
  var rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

  /** Edit distance between a and b, or limit + 1 when it is more than limit (optimal string alignment). */
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var n = b.length + 1;
    if (rows[0].length < n) rows = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
    var prev2 = rows[0], prev = rows[1], cur = rows[2], swap, i, j;
    for (j = 0; j < n; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur[0] = i;
      var best = i;
      for (j = 1; j < n; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
        cur[j] = v;
        if (v < best) best = v;
      }
      if (best > limit) return limit + 1;
      swap = prev2;
      prev2 = prev;
      prev = cur;
      cur = swap;
    }
    return prev[n - 1];
  }

  /** The stem ids one query word stands for, each with a weight (1 for a corpus form). */
  function alternatives(w) {
    var id = ix.form.get(w);
    if (id === undefined) id = ix.form.get(fold(w));
    if (id !== undefined) return [[id, 1]];
    var f = fold(w);
    var found = new Map();
    if (f.length >= 3) {
      var lo = lower(ix.all, f);
      for (var i = lo; i < ix.all.length && ix.all[i].lastIndexOf(f, 0) === 0 && found.size < 40; i++) {
        keep(found, ix.form.get(ix.all[i]), 0.8);
      }
    }
    if (f.length >= 4) {
      var limit = f.length >= 8 ? 2 : 1;
      for (var len = f.length - limit; len <= f.length + limit; len++) {
        (ix.byLength[len] || []).forEach(function (form) {
          var d = distance(f, form, limit);
          if (d <= limit) keep(found, ix.form.get(form), d === 1 ? 0.75 : 0.6);
        });
      }
    }
    return Array.from(found.entries());
  }

  function keep(m, id, weight) {
    if (!(m.get(id) >= weight)) m.set(id, weight);
  }

  function lower(arr, x) {
    var lo = 0, hi = arr.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (arr[mid] < x) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  // ---- ranking ----

  function idf(id) {
    var df = ix.df.get(id) || 0;
    return Math.log(1 + (ix.n - df + 0.5) / (df + 0.5));
  }

  /** BM25F: the id's weighted, length-normalised frequency over the doc's fields, saturated once. */
  function fieldScore(doc, id) {
    var tf = 0;
    for (var k = 0; k < FIELDS.length; k++) {
      var f = FIELDS[k];
      var c = doc.tf[f].get(id);
      if (c) tf += WEIGHT[f] * (f === 'n' ? 1 : c) / (1 - B[f] + B[f] * doc.len[f] / ix.avg[f]);
    }
    return tf ? idf(id) * tf * (K1 + 1) / (K1 + tf) : 0;
  }

  function contains(seq, phrase) {
    outer: for (var i = 0; i + phrase.length <= seq.length; i++) {
      for (var j = 0; j < phrase.length; j++) if (seq[i + j] !== phrase[j]) continue outer;
      return true;
    }
    return false;
  }

  /** The query → clauses (one per meaningful word) and synonym clauses (phrases of the glossary terms it names). */
  function parse(q) {
    var ws = words(q);
    var meaningful = ws.filter(function (w) { return !ix.stop.has(w); });
    if (!meaningful.length) meaningful = ws;
    var clauses = meaningful.map(alternatives).filter(function (a) { return a.length; });
    var exact = clauses.map(function (a) { return a.length === 1 && a[0][1] === 1 ? a[0][0] : -1; });
    var synonyms = [];
    var named = new Set(); // glossary terms the query names
    ix.groups.forEach(function (g) {
      if (!g.phrases.some(function (p) { return contains(exact, p); })) return;
      named.add(g.doc);
      g.phrases.forEach(function (p) { synonyms.push(p); });
    });
    // A clause counts towards coverage by its rarest alternative's idf, so "how" or "does" weigh little.
    var weights = clauses.map(function (a) { return Math.max.apply(null, a.map(function (x) { return idf(x[0]); })); });
    var total = weights.reduce(function (x, y) { return x + y; }, 0);
    return { clauses: clauses, synonyms: synonyms, named: named, seq: exact, weights: weights, total: total };
  }

  function rank(q) {
    var p = parse(q);
    if (!p.clauses.length) return { hits: [], ids: new Set() };
    var unit = p.total / p.clauses.length;
    var ids = new Set();
    p.clauses.forEach(function (a) { a.forEach(function (x) { ids.add(x[0]); }); });
    p.synonyms.forEach(function (ph) { ph.forEach(function (id) { ids.add(id); }); });
    var hits = [];
    ix.docs.forEach(function (doc) {
      var score = 0, matched = 0;
      p.clauses.forEach(function (alts, i) {
        var best = 0;
        alts.forEach(function (x) { var s = x[1] * fieldScore(doc, x[0]); if (s > best) best = s; });
        if (best > 0) matched += p.weights[i];
        score += best;
      });
      var syn = 0;
      p.synonyms.forEach(function (ph) {
        var s = 0;
        ph.forEach(function (id) { s += fieldScore(doc, id); });
        s = s / ph.length * 0.6;
        if (s > syn) syn = s;
      });
      score += syn;
      if (!score) return;
      // Coverage: a page that has the query's rarer words beats one that repeats a common word.
      score *= (unit + matched) / (unit + p.total);
      if (p.named.has(doc)) score *= 2;
      // The whole query as a phrase of the title or of a glossary name.
      if (p.seq.length > 1 && p.seq.indexOf(-1) < 0 &&
          (doc.seq.some(function (s) { return contains(s, p.seq); }) || doc.names.some(function (s) { return contains(s, p.seq); }))) {
        score *= 1.5;
      }
      hits.push({ doc: doc, score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score; });
    return { hits: hits, ids: ids };
  }

  // ---- showing results ----

  /** The passage with the most query words, cut to about 200 characters around its first match. */
  function snippet(doc, ids) {
    var d = doc.d;
    var blocks = (d.v ? [d.v] : []).concat(d.b || []);
    var best = blocks[0] || '', bestCount = -1;
    doc.blocks.forEach(function (blockIds, i) {
      var n = 0, seen = null;
      for (var k = 0; k < blockIds.length; k++) {
        var id = blockIds[k];
        if (!ids.has(id)) continue;
        if (!seen) seen = new Set();
        if (!seen.has(id)) { seen.add(id); n++; }
      }
      if (n > bestCount) { best = blocks[i]; bestCount = n; }
    });
    if (best.length <= 220) return best;
    WORD.lastIndex = 0;
    var m, start = 0;
    while ((m = WORD.exec(best)) !== null) {
      if (ids.has(ix.form.get(m[0].toLowerCase()))) { start = m.index; break; }
    }
    start = start < 60 ? 0 : best.lastIndexOf(' ', start - 60) + 1;
    var end = Math.min(best.length, start + 220);
    var space = best.lastIndexOf(' ', end);
    if (end < best.length && space > start) end = space;
    return (start > 0 ? '…' : '') + best.substring(start, end) + (end < best.length ? '…' : '');
  }

  /** Text with the query's words in <mark>, built node by node. */
  function marked(text, ids) {
    var frag = document.createDocumentFragment();
    var last = 0, m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      if (!ids.has(ix.form.get(m[0].toLowerCase()))) continue;
      if (m.index > last) frag.appendChild(document.createTextNode(text.substring(last, m.index)));
      var mark = document.createElement('mark');
      mark.textContent = m[0];
      frag.appendChild(mark);
      last = m.index + m[0].length;
    }
    if (last < text.length) frag.appendChild(document.createTextNode(text.substring(last)));
    return frag;
  }

  function kindLabel(kind) {
    return root.getAttribute('data-kind-' + kind) || kind;
  }

  function count(n, total) {
    return total > MAX ? root.getAttribute('data-count-more') : root.getAttribute('data-count-' + n);
  }

  function show(q) {
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!q.trim()) {
      list.hidden = true;
      status.textContent = '';
      if (az) az.hidden = false;
      return;
    }
    var r = rank(q);
    var top = r.hits.slice(0, MAX);
    top.forEach(function (hit) {
      var d = hit.doc.d;
      var li = document.createElement('li');
      li.setAttribute('data-key', d.i);
      var a = document.createElement('a');
      a.href = d.u;
      a.appendChild(marked(d.t, r.ids));
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = kindLabel(d.k);
      var p = document.createElement('p');
      p.className = 'snippet';
      p.appendChild(marked(snippet(hit.doc, r.ids), r.ids));
      li.appendChild(a);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(kind);
      li.appendChild(p);
      list.appendChild(li);
    });
    list.hidden = top.length === 0;
    if (az) az.hidden = top.length > 0;
    status.textContent = count(top.length, r.hits.length);
  }

  function remember(q) {
    var url = new URL(location.href);
    if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
  }

  // ---- keyboard ----

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll('a'));
  }

  input.addEventListener('keydown', function (e) {
    var all = links();
    if (e.key === 'ArrowDown' && all.length) {
      e.preventDefault();
      all[0].focus();
    }
  });
  list.addEventListener('keydown', function (e) {
    var all = links();
    var i = all.indexOf(document.activeElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' && i < all.length - 1) { e.preventDefault(); all[i + 1].focus(); }
    if (e.key === 'ArrowUp') { e.preventDefault(); (i > 0 ? all[i - 1] : input).focus(); }
    if (e.key === 'Escape') { e.preventDefault(); input.focus(); }
  });
  // Enter in the box opens the best result; before the index is loaded the form submits as without JavaScript.
  input.form.addEventListener('submit', function (e) {
    if (!ix) return;
    e.preventDefault();
    var first = links()[0];
    if (first) location.href = first.href;
  });
  input.addEventListener('input', function () {
    if (!ix) return;
    show(input.value);
    remember(input.value);
  });

  var start = new URLSearchParams(location.search).get('q');
  if (start) input.value = start;
  fetch(root.getAttribute('data-index'), { credentials: 'same-origin' })
    .then(function (r) { if (!r.ok) throw new Error('search index: ' + r.status); return r.json(); })
    .then(function (data) {
      ix = build(data);
      root.setAttribute('data-ready', 'true');
      if (input.value) show(input.value);
    })
    .catch(function () { root.setAttribute('data-ready', 'failed'); });
})();
