// send-search research features: on the search page, fills the "Wording typical of these
// findings" box from /api/insights/phrases for the current search. The page works without it
// (the insights page shows the same words, rendered on the server). Text is set with
// textContent only, never as HTML.
(function () {
  'use strict';

  function fill(box) {
    var source = box.getAttribute('data-source');
    if (!source || source.indexOf('/api/insights/phrases?') !== 0 || !window.fetch) { return; }
    fetch(source, { headers: { Accept: 'application/json' } }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (body) {
      if (!body || !body.phrases || body.phrases.length === 0) { return; }
      var list = box.querySelector('.phrase-list');
      body.phrases.forEach(function (phrase) {
        if (typeof phrase.url !== 'string' || phrase.url.indexOf('/search') !== 0) { return; }
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = phrase.url;
        link.textContent = phrase.text;
        var count = document.createElement('span');
        count.className = 'count';
        count.textContent = ' (' + phrase.findings + ')';
        item.appendChild(link);
        item.appendChild(count);
        list.appendChild(item);
      });
      box.hidden = false;
    }).catch(function () { /* the box simply stays hidden */ });
  }

  function start() {
    var box = document.getElementById('search-phrases');
    if (box) { fill(box); }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
