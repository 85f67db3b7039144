// Copy buttons beside what readers cite on a claim page: the permanent URL, the citation and each
// citation format. Only this script adds them: without JavaScript there is no button that does
// nothing, and the text stays selectable. A classic script, so it runs from file:// too.
(function () {
  'use strict';
  var targets = document.querySelectorAll('.cite__url, .cite__plain, .cite__form pre');

  function copyText(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'copy__scratch';
      document.body.appendChild(area);
      area.select();
      var copied = document.execCommand('copy');
      document.body.removeChild(area);
      if (copied) resolve();
      else reject(new Error('copy refused'));
    });
  }

  // Where the browser allows no copying, the text is selected for the reader to copy by hand.
  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  Array.prototype.forEach.call(targets, function (target) {
    // Each button says what it copies: "Copy the BibTeX citation", not four alike.
    var format = target.closest('details') && target.closest('details').querySelector('summary');
    var what = target.matches('.cite__url')
      ? 'the permanent URL'
      : target.matches('.cite__plain')
        ? 'the citation'
        : 'the ' + format.textContent + ' citation';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', 'Copy ' + what);
    // Said to screen readers as it changes.
    var status = document.createElement('span');
    status.className = 'copy__status';
    status.setAttribute('role', 'status');
    button.addEventListener('click', function () {
      copyText(target.textContent).then(
        function () {
          status.textContent = 'Copied';
        },
        function () {
          selectText(target);
          status.textContent = 'Selected: press Ctrl+C or ⌘C';
        },
      );
    });
    button.addEventListener('blur', function () {
      status.textContent = '';
    });
    // The URL's button ends its sentence ("Permanent URL: …, first published …. Copy"), never splits it.
    if (target.matches('.cite__url')) target.parentNode.append(' ', button, status);
    else target.after(button, status);
  });
})();
