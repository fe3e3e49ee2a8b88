// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // Endorsement presets (เกษียน): a click puts the common phrase into the note.
  document.querySelectorAll('[data-preset-for]').forEach(function (group) {
    var target = document.getElementById(group.getAttribute('data-preset-for'));
    if (!target) return;
    group.hidden = false;
    group.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-preset]');
      if (!button) return;
      event.preventDefault();
      target.value = button.getAttribute('data-preset');
      target.focus();
    });
  });

  // Paragraph rows of the memo form: add and remove without a round trip.
  var rows = document.getElementById('paragraph-rows');
  var addButton = document.querySelector('button[data-add-paragraph]');
  function renumber() {
    var items = rows.querySelectorAll('.paragraph-row');
    items.forEach(function (row, i) {
      var n = String(i + 1);
      var area = row.querySelector('textarea');
      var label = row.querySelector('label');
      var remove = row.querySelector('button[data-remove-paragraph]');
      area.id = 'paragraph-' + n;
      label.setAttribute('for', area.id);
      label.textContent = 'ย่อหน้าที่ ' + toThai(n);
      if (remove) {
        remove.hidden = items.length < 2;
        remove.setAttribute('aria-label', 'ลบ ย่อหน้าที่ ' + toThai(n));
      }
    });
  }
  function toThai(text) {
    return text.replace(/[0-9]/g, function (d) {
      return '๐๑๒๓๔๕๖๗๘๙'.charAt(Number(d));
    });
  }
  if (rows && addButton) {
    rows.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-remove-paragraph]');
      if (!button) return;
      event.preventDefault();
      var row = button.closest('.paragraph-row');
      var next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      renumber();
      if (next) next.querySelector('textarea').focus();
    });
    addButton.addEventListener('click', function (event) {
      event.preventDefault();
      var last = rows.querySelector('.paragraph-row:last-child');
      var row = last.cloneNode(true);
      row.querySelector('textarea').value = '';
      rows.appendChild(row);
      renumber();
      row.querySelector('textarea').focus();
    });
  }

  // The draft preview shows in the side pane when it is on screen, else in a new tab (phones).
  document.querySelectorAll('button[data-preview]').forEach(function (button) {
    button.addEventListener('click', function () {
      var frame = document.querySelector(
        'iframe[name="' + button.getAttribute('formtarget') + '"]',
      );
      var pane = frame && frame.closest('.preview-pane');
      if (pane) pane.hidden = false;
      if (frame && frame.offsetParent === null) button.setAttribute('formtarget', '_blank');
    });
  });
})();

// A status tile opens the details list it points into, then jumps there.
document.addEventListener('click', function (event) {
  var link = event.target.closest && event.target.closest('a[data-open-details]');
  if (!link) return;
  var target = document.querySelector(link.getAttribute('href'));
  var details = target && target.closest('details');
  if (details) details.open = true;
});
