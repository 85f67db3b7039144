// Links to a filtered claims index from before it had pages (claims.html?status=contested, with
// kind, source or article too) land on the static listing of the same claims. With several filters
// the narrowest wins: article, then source, kind, status. The page names each listing's address
// (from core/urls.ts) and the statuses and kinds it knows. A classic script, so it runs from file://.
(function () {
  'use strict';
  var nav = document.querySelector('[data-listing-status]');
  if (!nav || !window.location.search) return;
  var params = new URLSearchParams(window.location.search);
  var id = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var facets = ['article', 'source', 'kind', 'status'];
  for (var index = 0; index < facets.length; index++) {
    var facet = facets[index];
    var value = params.get(facet);
    var known = nav.getAttribute('data-known-' + facet);
    if (!value || !id.test(value) || (known && known.split(' ').indexOf(value) < 0)) continue;
    window.location.replace(nav.getAttribute('data-listing-' + facet).replace('{value}', value));
    return;
  }
})();
