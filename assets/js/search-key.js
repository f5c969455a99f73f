/*
 * "/" focuses the search box from anywhere on a page: the search page's own box, or the one in the header.
 * A "/" typed into a field stays a "/".
 */
(function () {
  'use strict';
  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    var box = document.getElementById('search-q') || document.getElementById('site-search-q');
    if (!box) return;
    e.preventDefault();
    box.focus();
    box.select();
  });
})();
