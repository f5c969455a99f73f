/*
 * Glossary popovers. Without this script every marked term is a plain link to its glossary entry; with it,
 * activating the term shows its definition (taken from the page's own "terms used" list) right below the
 * paragraph, as a small dialog: Escape or the close button closes it and returns focus to the term.
 */
(function () {
  'use strict';
  var section = document.querySelector('.terms-used');
  if (!section) return;
  var openLabel = section.getAttribute('data-open-label') || 'Open in the glossary';
  var closeLabel = section.getAttribute('data-close-label') || 'Close';
  var current = null;

  function close(returnFocus) {
    if (!current) return;
    var trigger = current.trigger;
    current.box.parentNode.removeChild(current.box);
    trigger.setAttribute('aria-expanded', 'false');
    current = null;
    if (returnFocus) trigger.focus();
  }

  function open(trigger) {
    var id = trigger.getAttribute('data-term');
    var dt = document.getElementById('page-term-' + id);
    var dd = dt && dt.nextElementSibling;
    if (!dd) return false;
    close(false);
    var boxId = 'term-popover-' + id;
    var box = document.createElement('div');
    box.className = 'term-popover';
    box.id = boxId;
    box.setAttribute('role', 'dialog');
    box.setAttribute('tabindex', '-1');
    box.setAttribute('aria-labelledby', boxId + '-title');
    var title = document.createElement('p');
    title.className = 'term-popover-title';
    title.id = boxId + '-title';
    title.textContent = dt.textContent;
    var body = document.createElement('div');
    body.innerHTML = dd.innerHTML; // the page's own sanitized definition, already in the document
    var more = document.createElement('p');
    var link = document.createElement('a');
    link.href = trigger.getAttribute('href');
    link.textContent = openLabel;
    more.appendChild(link);
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'term-popover-close';
    button.textContent = closeLabel;
    button.addEventListener('click', function () { close(true); });
    box.appendChild(title);
    box.appendChild(body);
    box.appendChild(more);
    box.appendChild(button);
    var block = trigger.closest('p, li, td, th, blockquote') || trigger.parentNode;
    block.parentNode.insertBefore(box, block.nextSibling);
    trigger.setAttribute('aria-expanded', 'true');
    trigger.setAttribute('aria-controls', boxId);
    current = { trigger: trigger, box: box };
    box.focus();
    return true;
  }

  document.addEventListener('click', function (event) {
    var trigger = event.target.closest && event.target.closest('a.term');
    if (current && !current.box.contains(event.target) && trigger !== current.trigger) close(false);
    if (!trigger || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (current && current.trigger === trigger) {
      event.preventDefault();
      close(true);
      return;
    }
    if (open(trigger)) event.preventDefault();
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && current) {
      event.preventDefault();
      close(true);
    }
  });

  Array.prototype.forEach.call(document.querySelectorAll('a.term'), function (a) {
    a.setAttribute('aria-expanded', 'false');
  });
})();
