// The claims index's filters already work with CSS alone; this adds what CSS cannot: how many claims
// are shown, articles with none left hidden, and the choice kept in the address (?status=contested) so
// a filtered view can be linked to and survives Back. A classic script, so it runs from file:// too.
(function () {
  'use strict';
  var form = document.querySelector('.claim-filters');
  var count = document.getElementById('filter-count');
  if (!form || !count) return;
  var selects = Array.prototype.slice.call(form.querySelectorAll('select'));
  var items = Array.prototype.slice.call(document.querySelectorAll('.claims-article .claim-item'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('.claims-article'));

  function visible(element) {
    return window.getComputedStyle(element).display !== 'none';
  }

  function update() {
    sections.forEach(function (section) { section.hidden = false; });
    var shown = items.filter(visible).length;
    sections.forEach(function (section) {
      section.hidden = !Array.prototype.some.call(section.querySelectorAll('.claim-item'), visible);
    });
    var chosen = selects.filter(function (select) { return select.value; });
    count.textContent = chosen.length ? 'Showing ' + shown + ' of ' + items.length + ' claims.' : 'Showing all ' + items.length + ' claims.';
  }

  function remember() {
    var params = new URLSearchParams();
    selects.forEach(function (select) { if (select.value) params.set(select.name, select.value); });
    var query = params.toString();
    try {
      history.replaceState(null, '', (query ? '?' + query : window.location.pathname) + window.location.hash);
    } catch {
      // Some browsers refuse to change a file:// address; the filters work all the same.
    }
  }

  var params = new URLSearchParams(window.location.search);
  selects.forEach(function (select) {
    var wanted = params.get(select.name);
    if (wanted && select.querySelector('option[value="' + wanted.replace(/"/g, '') + '"]')) select.value = wanted;
    select.addEventListener('change', function () {
      remember();
      update();
    });
  });
  update();
})();
