/*
 * The break-even calculator's one implementation: input rules, formulas, sensitivity, number formatting, the
 * plain-language sentence and the decision record. The page script (break-even.js) runs it in the browser as you
 * type; the build runs this same file (Rhino) to write the default scenario into the page, so the page without
 * JavaScript and the page with it can never disagree. Plain ES5, no DOM, no Intl: both engines run it identically.
 */
(function (root) {
  'use strict';

  /** Every input in form order. Shares and the premium are percentages; prices are per million tokens. */
  var INPUTS = [
    { id: 'requests', group: 'traffic', kind: 'count', max: 1e10 },
    { id: 'input_tokens', group: 'traffic', kind: 'count', max: 2e6 },
    { id: 'output_tokens', group: 'traffic', kind: 'count', max: 2e6 },
    { id: 'cached_share', group: 'traffic', kind: 'share', max: 100 },
    { id: 'batch_share', group: 'traffic', kind: 'share', max: 100 },
    { id: 'batch_discount', group: 'traffic', kind: 'share', max: 100 },
    { id: 'large_input', group: 'large', kind: 'price', max: 1000 },
    { id: 'large_cached', group: 'large', kind: 'price', max: 1000 },
    { id: 'large_output', group: 'large', kind: 'price', max: 1000 },
    { id: 'small_input', group: 'small', kind: 'price', max: 1000 },
    { id: 'small_cached', group: 'small', kind: 'price', max: 1000 },
    { id: 'small_output', group: 'small', kind: 'price', max: 1000 },
    { id: 'handback_untuned', group: 'small', kind: 'share', max: 100 },
    { id: 'tuned_input_tokens', group: 'tuned', kind: 'count', max: 2e6 },
    { id: 'tuned_input', group: 'tuned', kind: 'price', max: 1000 },
    { id: 'tuned_cached', group: 'tuned', kind: 'price', max: 1000 },
    { id: 'tuned_output', group: 'tuned', kind: 'price', max: 1000 },
    { id: 'tuned_premium', group: 'tuned', kind: 'percent', max: 1000 },
    { id: 'handback_tuned', group: 'tuned', kind: 'share', max: 100 },
    { id: 'hosting', group: 'tuned', kind: 'money', max: 1e8 },
    { id: 'training_cost', group: 'effort', kind: 'money', max: 1e8 },
    { id: 'retrain_months', group: 'effort', kind: 'months', max: 120, integer: true },
    { id: 'prep_days', group: 'effort', kind: 'days', max: 10000 },
    { id: 'ownership_days', group: 'effort', kind: 'days', max: 1000 },
    { id: 'day_rate', group: 'effort', kind: 'money', max: 1e5 }
  ];
  var GROUPS = ['traffic', 'large', 'small', 'tuned', 'effort'];
  /** Break-even is searched this far (100 years); later than that counts as never. */
  var HORIZON = 1200;
  var MILLION = 1e6;

  function spec(id) {
    for (var i = 0; i < INPUTS.length; i++) if (INPUTS[i].id === id) return INPUTS[i];
    return null;
  }

  // ---- parsing and validation ----

  /**
   * A typed value → number, or null when it is no number. Accepts the language's decimal separator and the dot,
   * spaces (any kind) as thousands separators, and the comma as one where the decimal separator is the dot.
   */
  function parse(text, fmt) {
    if (typeof text === 'number') return isFinite(text) ? text : null;
    var s = String(text == null ? '' : text).replace(/[\s\u00a0\u202f']/g, '').replace(/\u2212/g, '-');
    if (fmt && fmt.decimal === ',') s = s.replace(/,/g, '.');
    else s = s.replace(/,/g, '');
    if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
    return parseFloat(s);
  }

  /** One input's problem as {code, limit}, or null. Codes: empty, number, negative, max, integer. */
  function check(id, text, fmt) {
    var s = spec(id);
    if (String(text == null ? '' : text).replace(/\s/g, '') === '') return { code: 'empty' };
    var n = parse(text, fmt);
    if (n === null) return { code: 'number' };
    if (n < 0) return { code: 'negative' };
    if (n > s.max) return { code: 'max', limit: s.max };
    if (s.integer && Math.floor(n) !== n) return { code: 'integer' };
    return null;
  }

  /** Texts by input id → {values: numbers by id, errors: {id: {code, limit}}}. */
  function read(texts, fmt) {
    var values = {}, errors = {}, any = false;
    for (var i = 0; i < INPUTS.length; i++) {
      var id = INPUTS[i].id;
      var e = check(id, texts[id], fmt);
      if (e) { errors[id] = e; any = true; } else values[id] = parse(texts[id], fmt);
    }
    return { values: values, errors: errors, ok: !any };
  }

  // ---- the formulas ----

  /** Cost of one request on a model, in currency units: fresh input, cached input, output, plus any premium. */
  function perRequest(v, model, inputTokens, premium) {
    var cached = inputTokens * v.cached_share / 100;
    var fresh = inputTokens - cached;
    var cost = (fresh * v[model + '_input'] + cached * v[model + '_cached'] + v.output_tokens * v[model + '_output']) / MILLION;
    return cost * (1 + premium / 100);
  }

  /** Training runs paid by the end of month m (m ≥ 1): one before month 1, then one every retrain_months. */
  function runsBy(v, m) {
    if (m < 1) return 0;
    return 1 + (v.retrain_months > 0 ? Math.floor((m - 1) / v.retrain_months) : 0);
  }

  /** Cumulative cost of (c) after m months: preparation, the training runs paid so far, m months of running it. */
  function tunedTotal(r, v, m) {
    return r.prep + runsBy(v, m) * v.training_cost + m * r.tunedRunning;
  }

  /** (c) has cost no more than (a) by the end of month m. Equal within a millionth counts: a boundary must not hinge on rounding. */
  function paid(r, v, m) {
    var a = m * r.large;
    return tunedTotal(r, v, m) <= a + 1e-6 * Math.max(1, a);
  }

  /**
   * The first month in which (c) has caught up with (a), or null within HORIZON. Each month (c) gains d = (a) − its
   * running cost and loses a training run at the start of each retraining period, so within a period the gap
   * only grows: the first period whose last month is paid holds the answer, and it is found without walking
   * every month (the sensitivity table asks this fifty times per keystroke).
   */
  function breakEven(r, v) {
    var d = r.large - r.tunedRunning;
    var n = v.retrain_months > 0 ? v.retrain_months : HORIZON;
    var first = 0;
    if (d <= 0) return paid(r, v, 1) ? 1 : null; // the gap never grows: if month 1 is not paid, no month is
    var perPeriod = n * d - (v.retrain_months > 0 ? v.training_cost : 0);
    if (v.retrain_months > 0 && perPeriod > 0) first = Math.max(0, Math.ceil(r.prep / perPeriod) - 2);
    for (var k = first; k * n + 1 <= HORIZON; k++) {
      var from = k * n + 1, to = Math.min((k + 1) * n, HORIZON);
      if (!paid(r, v, to)) {
        if (v.retrain_months > 0 && perPeriod <= 0) return null; // later periods end lower still
        if (v.retrain_months === 0) return null; // one period: its last month is the best there is
        continue;
      }
      // The gap grows through the period: the first paid month is found by halving.
      var lo = from, hi = to;
      while (lo < hi) {
        var mid = Math.floor((lo + hi) / 2);
        if (paid(r, v, mid)) hi = mid; else lo = mid + 1;
      }
      return lo;
    }
    return null;
  }

  function compute(v) {
    var batch = 1 - (v.batch_share / 100) * (v.batch_discount / 100);
    var large = perRequest(v, 'large', v.input_tokens, 0);
    var r = {};
    r.large = v.requests * large * batch;
    r.untuned = v.requests * (perRequest(v, 'small', v.input_tokens, 0) + (v.handback_untuned / 100) * large) * batch;
    r.tunedTokens = v.requests * (perRequest(v, 'tuned', v.tuned_input_tokens, v.tuned_premium) + (v.handback_tuned / 100) * large) * batch;
    r.ownership = v.ownership_days * v.day_rate;
    r.tunedRunning = r.tunedTokens + v.hosting + r.ownership;
    r.prep = v.prep_days * v.day_rate;
    // A model trained once pays for its run up front; one retrained on a schedule pays for it month by month.
    r.retrainMonthly = v.retrain_months > 0 ? v.training_cost / v.retrain_months : 0;
    r.oneOff = r.prep + (v.retrain_months > 0 ? 0 : v.training_cost);
    r.recurring = v.hosting + r.ownership + r.retrainMonthly;
    r.tuned = r.tunedRunning + r.retrainMonthly;
    r.totals = {};
    var horizons = [12, 24];
    for (var i = 0; i < horizons.length; i++) {
      var m = horizons[i];
      r.totals[m] = { large: m * r.large, untuned: m * r.untuned, tuned: tunedTotal(r, v, m) };
    }
    r.saving24 = r.totals[24].large - r.totals[24].tuned;
    r.breakEven = v.requests > 0 ? breakEven(r, v) : null;
    r.status = v.requests <= 0 ? 'no-traffic' : r.breakEven === null ? 'never' : 'pays';
    return r;
  }

  // ---- sensitivity ----

  /**
   * Each input at half and one and a half times its value (shares capped at 100 %, whole months rounded), the
   * rest unchanged; sorted by how far the 24-month saving of (c) over (a) moves, largest first.
   */
  function sensitivity(v) {
    var rows = [];
    for (var i = 0; i < INPUTS.length; i++) {
      var s = INPUTS[i];
      var low = vary(v, s, 0.5), high = vary(v, s, 1.5);
      var rl = compute(low), rh = compute(high);
      rows.push({ id: s.id, low: low[s.id], high: high[s.id], lowBreakEven: rl.breakEven, highBreakEven: rh.breakEven,
        lowStatus: rl.status, highStatus: rh.status, lowSaving: rl.saving24, highSaving: rh.saving24,
        swing: Math.abs(rh.saving24 - rl.saving24) });
    }
    rows.sort(function (a, b) { return b.swing - a.swing || INPUTS.indexOf(spec(a.id)) - INPUTS.indexOf(spec(b.id)); });
    return rows;
  }

  function vary(v, s, factor) {
    var out = {};
    for (var k in v) if (Object.prototype.hasOwnProperty.call(v, k)) out[k] = v[k];
    var x = v[s.id] * factor;
    if (s.integer) x = Math.round(x);
    if (x > s.max) x = s.max;
    out[s.id] = x;
    return out;
  }

  // ---- formatting: no Intl, so the build and every browser write the same characters ----

  function group(digits, fmt) {
    if (digits.length < 3 + (fmt.minGroup || 1)) return digits;
    var out = '';
    for (var i = 0; i < digits.length; i++) {
      if (i > 0 && (digits.length - i) % 3 === 0) out += fmt.group;
      out += digits.charAt(i);
    }
    return out;
  }

  /** n with exactly `decimals` decimals (half away from zero), the language's separators, a true minus sign. */
  function number(n, decimals, fmt) {
    var scale = Math.pow(10, decimals);
    var scaled = Math.round(Math.abs(n) * scale);
    var whole = Math.floor(scaled / scale);
    var text = group(String(whole), fmt);
    if (decimals > 0) {
      var frac = String(scaled - whole * scale);
      while (frac.length < decimals) frac = '0' + frac;
      text += fmt.decimal + frac;
    }
    return (n < 0 && scaled > 0 ? '\u2212' : '') + text;
  }

  /** Money: with cents below ten thousand when there are any, in whole units above. */
  function money(n, fmt) {
    var abs = Math.abs(n);
    var decimals = abs < 10000 && Math.round(abs * 100) % 100 !== 0 ? 2 : 0;
    var text = number(abs, decimals, fmt);
    var sign = n < 0 && text.replace(/[^1-9]/g, '') !== '' ? '\u2212' : '';
    return sign + fmt.money.replace('#', text);
  }

  /** A value as typed into a field: as few decimals as it needs (at most six), grouped. */
  function plain(n, fmt) {
    var d = 0;
    while (d < 6 && Math.abs(Math.round(n * Math.pow(10, d)) - n * Math.pow(10, d)) > 1e-9 * Math.max(1, Math.abs(n) * Math.pow(10, d))) d++;
    return number(n, d, fmt);
  }

  function value(id, n, fmt) {
    var s = spec(id);
    if (s.kind === 'share' || s.kind === 'percent') return fmt.percent.replace('#', plain(n, fmt));
    if (s.kind === 'money' || s.kind === 'price') {
      // Prices and amounts with cents show two decimals at least ($0.20, not $0.2).
      var text = Math.round(n * 100) === n * 100 && Math.round(n) !== n ? number(n, 2, fmt) : plain(n, fmt);
      return fmt.money.replace('#', text);
    }
    return plain(n, fmt);
  }

  function fill(pattern, args) {
    var out = String(pattern);
    for (var i = 0; i < args.length; i++) out = out.split('{' + i + '}').join(String(args[i]));
    return out;
  }

  // ---- what the page and the record show ----

  function outcome(status, month, t) {
    if (status === 'pays') return fill(t.outcome_month, [month]);
    if (status === 'no-traffic') return t.outcome_no_traffic;
    return t.outcome_never;
  }

  /**
   * Everything the page prints for a scenario, as strings, keyed like the page's data-out attributes; plus the
   * sensitivity rows. `t` holds the language's patterns and format rules (built from templates/i18n).
   */
  function present(v, t) {
    var f = t.fmt;
    var r = compute(v);
    var out = {};
    var names = ['large', 'untuned', 'tuned'];
    for (var i = 0; i < names.length; i++) {
      out[names[i] + '-1'] = money(r[names[i]], f); // per month, running costs only
      out[names[i] + '-12'] = money(r.totals[12][names[i]], f);
      out[names[i] + '-24'] = money(r.totals[24][names[i]], f);
    }
    out['one-off'] = money(r.oneOff, f);
    out.prep = money(r.prep, f);
    out.training = money(v.training_cost, f);
    out.recurring = money(r.recurring, f);
    out.hosting = money(v.hosting, f);
    out.ownership = money(r.ownership, f);
    out.retrain = money(r.retrainMonthly, f);
    out['break-even'] = r.status === 'pays' ? fill(t.month, [r.breakEven]) : r.status === 'no-traffic' ? t.not_applicable : t.never;
    out.sentence = sentence(r, t);
    var rows = sensitivity(v);
    var top = rows[0];
    out.sensitivity = top.swing > 0
      ? fill(t.sensitivity_sentence, [t.labels[top.id], outcome(top.lowStatus, top.lowBreakEven, t), outcome(top.highStatus, top.highBreakEven, t)])
      : t.sensitivity_none;
    var shown = [];
    for (var j = 0; j < rows.length && shown.length < 5; j++) {
      var row = rows[j];
      if (row.swing <= 0) break;
      shown.push({ id: row.id, label: t.labels[row.id], low: value(row.id, row.low, f), high: value(row.id, row.high, f),
        lowOutcome: outcome(row.lowStatus, row.lowBreakEven, t), highOutcome: outcome(row.highStatus, row.highBreakEven, t),
        swing: money(row.swing, f) });
    }
    return { out: out, sensitivity: shown, result: r };
  }

  function sentence(r, t) {
    var f = t.fmt;
    var s;
    if (r.status === 'no-traffic') s = t.sentence_no_traffic;
    else if (r.status === 'never') s = fill(t.sentence_never, [money(r.large, f), money(r.tuned, f)]);
    else if (r.breakEven <= 24) s = fill(t.sentence_pays, [r.breakEven, money(r.saving24, f)]);
    else s = fill(t.sentence_pays_late, [r.breakEven, money(-r.saving24, f)]);
    if (r.status !== 'no-traffic' && r.untuned < r.large && r.untuned < r.tuned) {
      s += ' ' + fill(t.sentence_untuned, [money(r.untuned, f)]);
    }
    return s;
  }

  /** The scenario as a Markdown decision record: inputs, results, sentence, what moves it most. */
  function record(v, t, link, date, shown) {
    var p = shown || present(v, t);
    var f = t.fmt, o = p.out, r = t.record;
    var b = '# ' + r.title + '\n\n- ' + r.date + ': ' + date + '\n- ' + r.link + ': <' + link + '>\n- ' + r.prices + '\n\n';
    b += '## ' + r.result + '\n\n' + o.sentence + '\n\n';
    b += '| ' + r.option + ' | ' + r.month + ' | ' + r.months12 + ' | ' + r.months24 + ' |\n|---|---:|---:|---:|\n';
    var names = ['large', 'untuned', 'tuned'];
    for (var i = 0; i < names.length; i++) {
      b += '| ' + t.options[names[i]] + ' | ' + o[names[i] + '-1'] + ' | ' + o[names[i] + '-12'] + ' | ' + o[names[i] + '-24'] + ' |\n';
    }
    b += '\n- ' + r.one_off + ': ' + o['one-off'] + '\n- ' + r.recurring + ': ' + o.recurring + '\n- ' + r.break_even + ': ' + o['break-even'] + '\n\n';
    b += '## ' + r.inputs + '\n\n';
    for (var g = 0; g < GROUPS.length; g++) {
      for (var j = 0; j < INPUTS.length; j++) {
        if (INPUTS[j].group !== GROUPS[g]) continue;
        b += '- ' + t.labels[INPUTS[j].id] + ': ' + value(INPUTS[j].id, v[INPUTS[j].id], f) + '\n';
      }
    }
    b += '\n## ' + r.sensitivity + '\n\n' + o.sensitivity + '\n';
    for (var k = 0; k < p.sensitivity.length; k++) {
      var s = p.sensitivity[k];
      b += '- ' + s.label + ': ' + s.low + ' → ' + s.lowOutcome + '; ' + s.high + ' → ' + s.highOutcome + '\n';
    }
    return b.replace(/\u00a0|\u202f/g, ' ');
  }

  /** What the build needs for one language's page, in one call: figures, fields, query and the record. */
  function page(v, t, link, date) {
    var p = present(v, t);
    return { present: p, fields: fields(v, t), query: toQuery(v), record: record(v, t, link, date, p) };
  }

  /** Every input as typed into its field (`plain`) and as shown with its unit (`shown`). */
  function fields(v, t) {
    var plainOut = {}, shownOut = {};
    for (var i = 0; i < INPUTS.length; i++) {
      var id = INPUTS[i].id;
      plainOut[id] = plain(v[id], t.fmt);
      shownOut[id] = value(id, v[id], t.fmt);
    }
    return { plain: plainOut, shown: shownOut };
  }

  /** Inputs → query string (dot decimals, no grouping), and back; unknown parameters are ignored. */
  function toQuery(v) {
    var parts = [];
    for (var i = 0; i < INPUTS.length; i++) parts.push(INPUTS[i].id + '=' + encodeURIComponent(String(v[INPUTS[i].id])));
    return parts.join('&');
  }

  function fromQuery(query) {
    var texts = {};
    var q = String(query || '').replace(/^\?/, '');
    if (q === '') return texts;
    var pairs = q.split('&');
    for (var i = 0; i < pairs.length; i++) {
      var kv = pairs[i].split('=');
      var key = decodeURIComponent(kv[0] || '');
      if (spec(key)) {
        try { texts[key] = decodeURIComponent((kv[1] || '').replace(/\+/g, ' ')); } catch (e) { texts[key] = kv[1]; }
      }
    }
    return texts;
  }

  root.BreakEven = {
    INPUTS: INPUTS, GROUPS: GROUPS, HORIZON: HORIZON,
    parse: parse, check: check, read: read, compute: compute, sensitivity: sensitivity,
    number: number, money: money, plain: plain, value: value, fill: fill,
    present: present, page: page, fields: fields, record: record, toQuery: toQuery, fromQuery: fromQuery
  };
}(this));
