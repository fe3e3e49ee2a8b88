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
      var text = button.getAttribute('data-preset');
      // An order's "…" names the groups ticked in the form (หนังสือรับ).
      var groups = document.getElementById(group.getAttribute('data-groups-from') || '');
      if (groups && text.indexOf('…') >= 0) {
        var names = Array.prototype.map.call(
          groups.querySelectorAll('input:checked'),
          function (box) {
            return box.getAttribute('data-short');
          },
        );
        if (names.length > 0) text = text.replace('…', names.join(' '));
      }
      target.value = text;
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

  // Committee rows of an appointment order: add (keeping the committee) and remove in place.
  var members = document.getElementById('member-rows');
  var addMember = document.querySelector('button[data-add-member]');
  var memberFields = ['committee', 'name', 'position', 'role'];
  function renumberMembers() {
    members.querySelectorAll('.member-row').forEach(function (row, i) {
      var n = String(i + 1);
      var label = 'กรรมการลำดับที่ ' + toThai(n);
      row.setAttribute('aria-label', label);
      row.querySelector('.row-head .label').textContent = label;
      var remove = row.querySelector('button[data-remove-member]');
      remove.value = 'remove-member-' + n;
      remove.setAttribute('aria-label', 'ลบ ' + label);
      memberFields.forEach(function (field) {
        var input = row.querySelector(
          'input[name="member' + field.charAt(0).toUpperCase() + field.slice(1) + '"]',
        );
        input.id = 'member-' + field + '-' + n;
        input.closest('.field').querySelector('label').setAttribute('for', input.id);
      });
    });
  }
  if (members && addMember) {
    members.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-remove-member]');
      if (!button) return;
      event.preventDefault();
      var row = button.closest('.member-row');
      if (members.querySelectorAll('.member-row').length < 2) {
        row.querySelectorAll('input').forEach(function (input) {
          input.value = '';
        });
        return;
      }
      var next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      renumberMembers();
      next.querySelector('input[name="memberName"]').focus();
    });
    addMember.addEventListener('click', function (event) {
      event.preventDefault();
      var last = members.querySelector('.member-row:last-child');
      var row = last.cloneNode(true);
      row.querySelectorAll('input:not([name="memberCommittee"])').forEach(function (input) {
        input.value = '';
      });
      members.appendChild(row);
      renumberMembers();
      row.querySelector('input[name="memberName"]').focus();
    });
  }

  // Date fields typed day first in พ.ศ. ("25/12/2569", Thai or Arabic digits): the line under
  // the field says the date in words, or that it cannot be read, as the server will read it.
  var thaiDigits = '๐๑๒๓๔๕๖๗๘๙';
  function arabic(text) {
    return text.replace(/[๐-๙]/g, function (d) {
      return String(thaiDigits.indexOf(d));
    });
  }
  function typedDate(text) {
    var m =
      /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})(?:\s*(?:,|เวลา)?\s*(\d{1,2})[:.](\d{2})\s*(?:น\.?)?)?$/.exec(
        arabic(text.trim()),
      );
    if (!m) return null;
    var year = Number(m[3]);
    year = m[3].length === 2 ? 2500 + year - 543 : year >= 2400 ? year - 543 : year;
    var date = new Date(
      Date.UTC(year, Number(m[2]) - 1, Number(m[1]), Number(m[4] || 12), Number(m[5] || 0)),
    );
    if (date.getUTCDate() !== Number(m[1]) || date.getUTCMonth() !== Number(m[2]) - 1) return null;
    return { date: date, time: m[4] !== undefined };
  }
  document.querySelectorAll('input[data-thai-date]').forEach(function (input) {
    var echo = document.getElementById(input.id + '-echo');
    if (!echo) return;
    function show() {
      if (!input.value.trim()) return (echo.textContent = '');
      var typed = typedDate(input.value);
      if (!typed) return (echo.textContent = 'อ่านวันที่ไม่ได้ กรุณาพิมพ์ วัน/เดือน/ปี พ.ศ.');
      var options = { dateStyle: 'full', timeZone: 'UTC', numberingSystem: 'thai' };
      if (typed.time) options.timeStyle = 'short';
      echo.textContent =
        '= ' + new Intl.DateTimeFormat('th-TH-u-ca-buddhist', options).format(typed.date);
    }
    input.addEventListener('input', show);
    show();
  });

  // Before the session ends (WCAG 2.2.1): a warning with "ต่อเวลา", which renews the session
  // without leaving the page, so what is being typed is kept. Should it end anyway, the server
  // carries the posted form through the sign-in (see src/web/session/resume.ts).
  var sessionSeconds = Number(document.body.getAttribute('data-session-seconds'));
  var warningTimer;
  function warnBeforeEnd(seconds) {
    clearTimeout(warningTimer);
    if (!(seconds > 0)) return;
    var lead = Math.min(120, seconds / 2);
    warningTimer = setTimeout(showSessionWarning, (seconds - lead) * 1000);
  }
  function showSessionWarning() {
    if (document.getElementById('session-warning')) return;
    var box = document.createElement('div');
    box.id = 'session-warning';
    box.className = 'flash flash-info session-warning';
    box.setAttribute('role', 'alert');
    box.textContent = 'อีกไม่นานจะหมดเวลาการใช้งาน สิ่งที่กรอกไว้จะยังอยู่ ';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button small';
    button.textContent = 'ต่อเวลา';
    button.addEventListener('click', extendSession);
    box.appendChild(button);
    var main = document.getElementById('main') || document.body;
    main.insertBefore(box, main.firstChild);
  }
  function extendSession() {
    var token = document.querySelector('input[name="_csrf"]');
    fetch('/session/extend', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-csrf-token': token ? token.value : '', accept: 'application/json' },
    })
      .then(function (res) {
        return res.ok ? res.json() : null;
      })
      .then(function (body) {
        var box = document.getElementById('session-warning');
        if (box && body) box.remove();
        if (body) warnBeforeEnd(body.seconds);
      });
  }
  warnBeforeEnd(sessionSeconds);

  // Empty required fields: a Thai message, not the browser's own (often English) one.
  document.addEventListener(
    'invalid',
    function (event) {
      var field = event.target;
      if (!field.validity || !field.validity.valueMissing) return;
      var label = field.id && document.querySelector('label[for="' + field.id + '"]');
      var name = label ? label.textContent.replace(/\s*\(.*\)\s*$/, '').trim() : '';
      field.setCustomValidity(name ? 'กรุณากรอก' + name : 'กรุณากรอกข้อมูลช่องนี้');
    },
    true,
  );
  document.addEventListener('input', function (event) {
    if (event.target.setCustomValidity) event.target.setCustomValidity('');
  });

  // Errors found by the server: focus goes to their summary (autofocus does not reach a div in
  // every browser), and each link there puts focus in its field, not only scrolls to it.
  var summary = document.getElementById('form-errors');
  if (summary && document.activeElement !== summary) summary.focus();
  if (summary) {
    summary.addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#"]');
      var field = link && document.getElementById(link.getAttribute('href').slice(1));
      if (!field) return;
      event.preventDefault();
      var details = field.closest('details');
      if (details) details.open = true;
      field.focus();
    });
  }

  // The account menu closes with Escape, and focus returns to its button (WCAG 2.1.1).
  document.querySelectorAll('details.account').forEach(function (menu) {
    menu.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' || !menu.open) return;
      menu.open = false;
      menu.querySelector('summary').focus();
    });
  });

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
