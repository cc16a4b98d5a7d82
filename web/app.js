// send-search: small improvements on pages that work without JavaScript.
// - "Copy with citation" on every finding (the text in quotes, then the citation).
// - On a document page, the finding named in the address gets keyboard focus, so screen
//   readers and keyboard users start where the search result pointed.
// - A page with an error summary moves focus to it, so the problem is read out first.
// - On a phone the search filters start folded, so the results are near the top.
(function () {
  'use strict';

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return fallbackCopy(text); });
    }
    return fallbackCopy(text);
  }

  function fallbackCopy(text) {
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error('copy failed')); }
    });
  }

  /** The words as they are cited: the passage in curly quotes, then where it comes from. */
  function citedText(element) {
    var text = (element.getAttribute('data-text') || '').replace(/\s+/g, ' ').trim();
    var citation = element.getAttribute('data-citation') || '';
    return text ? '\u201C' + text + '\u201D (' + citation + ')' : citation;
  }

  function addCopyButtons() {
    var items = document.querySelectorAll('[data-citation]');
    Array.prototype.forEach.call(items, function (item) {
      var row = document.createElement('p');
      row.className = 'copy-row';
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button-secondary button-small copy-citation';
      button.textContent = item.getAttribute('data-text') ? 'Copy with citation' : 'Copy citation';
      var status = document.createElement('span');
      status.className = 'copy-status';
      status.setAttribute('role', 'status');
      status.setAttribute('aria-live', 'polite');
      button.addEventListener('click', function () {
        var text = citedText(item);
        button.setAttribute('data-copied', text);
        copyText(text).then(function () {
          status.textContent = 'Copied';
        }, function () {
          status.textContent = 'Could not copy: select the text and copy it instead';
        });
        window.setTimeout(function () { status.textContent = ''; }, 4000);
      });
      row.appendChild(button);
      row.appendChild(status);
      var citation = item.querySelector('.citation');
      if (citation && citation.parentNode === item) {
        item.insertBefore(row, citation.nextSibling);
      } else if (item.classList.contains('citation')) {
        item.parentNode.insertBefore(row, item.nextSibling);
      } else {
        item.appendChild(row);
      }
    });
  }

  function focusTarget() {
    var id = window.location.hash ? decodeURIComponent(window.location.hash.substring(1)) : '';
    if (!/^p-\d+$/.test(id)) { return; }
    var target = document.getElementById(id);
    if (target) {
      target.classList.add('is-current');
      target.focus({ preventScroll: false });
    }
  }

  /** A page that could not do what was asked starts at its error summary, as GOV.UK's do. */
  function focusErrorSummary() {
    var summary = document.querySelector('.error-summary');
    if (summary && !window.location.hash) { summary.focus(); }
  }

  /**
   * On a phone, the filters start folded (they are open without JavaScript), so the results are near
   * the top; an error on the page keeps them open, and a wide window always shows them.
   */
  function foldFiltersOnPhones() {
    var panel = document.querySelector('details.filter-panel');
    if (!panel || !window.matchMedia) { return; }
    var narrow = window.matchMedia('(max-width: 47.99em)');
    if (narrow.matches && !document.querySelector('.error-summary')) { panel.removeAttribute('open'); }
    var widen = function (e) { if (!e.matches) { panel.setAttribute('open', ''); } };
    if (narrow.addEventListener) { narrow.addEventListener('change', widen); }
  }

  function start() {
    addCopyButtons();
    foldFiltersOnPhones();
    focusErrorSummary();
    focusTarget();
    window.addEventListener('hashchange', function () {
      Array.prototype.forEach.call(document.querySelectorAll('.passage.is-current'), function (el) {
        el.classList.remove('is-current');
      });
      focusTarget();
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
