// Touch screens have no hover, so a claim mark's card (its statement, who claims it, its sourcing and
// verdict) would never show there: the first tap on a mark shows its card, a second tap opens the
// claim page, a tap elsewhere or Escape closes it. A classic script, so it also runs from file://;
// without it a tap opens the claim page, where all of the card is.
(function () {
  'use strict';
  var open = null;
  var touched = false;

  function close() {
    if (open) open.classList.remove('claim-wrap--open');
    open = null;
  }

  document.addEventListener(
    'pointerdown',
    function (event) {
      touched = event.pointerType === 'touch';
    },
    true,
  );

  document.addEventListener('click', function (event) {
    var mark = event.target instanceof Element ? event.target.closest('a.claim') : null;
    if (!mark) {
      close();
      return;
    }
    var wrap = mark.parentElement;
    // A mouse or keyboard has the card on hover and focus; a second tap follows the link.
    if (!touched || !wrap || wrap === open) return;
    event.preventDefault();
    close();
    wrap.classList.add('claim-wrap--open');
    open = wrap;
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') close();
  });
})();
