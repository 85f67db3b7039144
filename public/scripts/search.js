// The search page: finds claims, articles and sources with MiniSearch over the index that
// data/search-index.js sets. A classic script (no modules, no fetch) so it also runs from file://.
// A big site's index comes in parts: the first is searched at once, the others are loaded by adding
// their scripts to the page, and the query is searched again as each arrives.
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var data = window.claimtrailSearch;
  if (!form || !input || !status || !list) return;
  if (!data || !window.MiniSearch) {
    status.textContent = 'Search could not load its index. The claims index lists every claim.';
    return;
  }

  var notice = document.getElementById('search-needs-script');
  if (notice) notice.hidden = true;
  var index = new window.MiniSearch(data.options);
  index.addAll(data.documents);
  var searched = data.documents.length;
  // An index written before it came in parts (a stale copy in a cache) is one part.
  var parts = data.parts || [];
  var total = data.count || data.documents.length;
  var pending = parts.length;
  var failed = false;
  var typeLabels = { claim: 'Claim', article: 'Article', source: 'Source' };
  var shown = 50;

  function search(query) {
    var results = index.search(query);
    // Every word must match first; when that finds nothing, any word will do.
    return results.length ? results : index.search(query, { combineWith: 'OR' });
  }

  // The words of `text` that a result matched on (MiniSearch's terms are lower-case words of the
  // document), each in a <mark>; built as text nodes, so nothing in a title is read as markup. A Set,
  // not an object: a title's "constructor" must not find what every object inherits.
  function highlighted(text, terms) {
    var matched = new Set(terms);
    var parts = [];
    var last = 0;
    for (var word of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      if (!matched.has(word[0].toLowerCase())) continue;
      if (word.index > last) parts.push(text.slice(last, word.index));
      var mark = document.createElement('mark');
      mark.textContent = word[0];
      parts.push(mark);
      last = word.index + word[0].length;
    }
    if (last < text.length) parts.push(text.slice(last));
    return parts;
  }

  function item(result) {
    var li = document.createElement('li');
    li.className = 'search-result search-result--' + result.type;
    var type = document.createElement('span');
    type.className = 'search-result__type';
    type.textContent = typeLabels[result.type] || result.type;
    // Routes are relative to the site's root, where this page stands.
    var link = document.createElement('a');
    link.href = result.route;
    var title = highlighted(result.title, result.terms);
    if (result.type === 'claim') link.append('\u201c', ...title, '\u201d');
    else link.append(...title);
    var detail = document.createElement('p');
    detail.className = 'search-result__detail';
    detail.textContent = result.detail;
    li.append(type, ' ', link, detail);
    if (result.status) {
      var status = document.createElement('p');
      status.className = 'search-result__status';
      status.textContent = result.status;
      li.append(status);
    }
    return li;
  }

  function run(query) {
    query = query.trim();
    list.replaceChildren();
    if (!query) {
      status.textContent = failed ? failure() : '';
      return;
    }
    var results = search(query);
    list.append.apply(list, results.slice(0, shown).map(item));
    var found =
      results.length === 0
        ? 'Nothing matches \u201c' + query + '\u201d'
        : results.length + (results.length === 1 ? ' result' : ' results') + ' for \u201c' + query + '\u201d';
    if (results.length > shown) found += ', the first ' + shown + ' shown';
    if (failed) status.textContent = found + '. ' + failure();
    else if (pending)
      status.textContent =
        found + ' so far: ' + count(searched) + ' of ' + count(total) + ' items searched, the rest still loading.';
    else status.textContent = found + '.';
  }

  function failure() {
    return (
      'Part of the index did not load: ' +
      count(searched) +
      ' of ' +
      count(total) +
      ' items searched. ' +
      'The claims index lists every claim.'
    );
  }

  function count(number) {
    return number.toLocaleString('en');
  }

  // Each part's script calls this with its documents. The parts' scripts are all added at once, to be
  // read side by side, and run in the order they were added, one task each, so the page stays
  // responsive between parts.
  window.claimtrailSearchPart = function (part) {
    index.addAll(part.documents);
    searched += part.documents.length;
    pending -= 1;
    run(input.value);
  };

  function loadParts() {
    parts.forEach(function (route) {
      var script = document.createElement('script');
      script.src = route;
      script.async = false;
      script.onerror = function () {
        failed = true;
        run(input.value);
      };
      document.body.append(script);
    });
  }

  function remember(query) {
    // Keep the query in the address so Back from a result returns to it; some browsers refuse
    // history changes on file:// pages, and search works without it.
    try {
      history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : location.pathname);
    } catch {
      /* not remembered */
    }
  }

  function update(event) {
    if (event.type === 'submit') event.preventDefault();
    run(input.value);
    remember(input.value.trim());
  }
  form.addEventListener('submit', update);
  input.addEventListener('input', update);

  input.value = new URLSearchParams(location.search).get('q') || '';
  run(input.value);
  input.focus();
  loadParts();
})();
