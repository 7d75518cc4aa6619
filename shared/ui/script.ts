/**
 * The design system's script, served as a file (the CSP allows no inline script). It only improves
 * what works without it: every form posts and answers without JavaScript.
 *
 * - the error summary (or a success notice) takes focus when the page loads, so it is heard first;
 * - a link in the error summary focuses its field and brings the field's label into view;
 * - a form is not sent twice by a double click;
 * - a field with a maximum length counts the characters left as people type;
 * - the nomination form's balance panel follows the form as it is filled in (balance.ts renders it
 *   on the server too, so the result without JavaScript is the same on submit).
 */
export const script = `
(function () {
  'use strict';
  var lang = document.documentElement.lang || 'en';
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
  function pick(el, prefix, n) {
    var form = plural && plural.select(n) === 'one' ? 'one' : 'other';
    return (el.getAttribute('data-' + prefix + '-' + form) || '').split('{n}').join(String(n));
  }

  function focusOnLoad() {
    var target = document.querySelector('[data-error-summary]') || document.querySelector('[data-focus-on-load]');
    if (target && document.activeElement !== target) target.focus();
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('[data-error-summary] a[data-field]');
    if (!link) return;
    var field = document.getElementById(link.getAttribute('data-field'));
    if (!field) return;
    event.preventDefault();
    var legend = field.closest('fieldset') && field.closest('fieldset').querySelector('legend');
    var label = document.querySelector('label[for="' + field.id + '"]');
    var show = (legend && field.type !== 'text' && field.tagName !== 'TEXTAREA' && field.tagName !== 'SELECT') ? legend : (label || field);
    show.scrollIntoView();
    field.focus({ preventScroll: true });
    if (history.replaceState) history.replaceState(null, '', '#' + field.id);
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.getAttribute('method') === 'get') return;
    if (form.dataset.sent) { event.preventDefault(); return; }
    form.dataset.sent = '1';
    setTimeout(function () { form.querySelectorAll('button').forEach(function (b) { b.disabled = true; }); }, 0);
  });
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-sent]').forEach(function (form) {
      delete form.dataset.sent;
      form.querySelectorAll('button').forEach(function (b) { b.disabled = false; });
    });
  });

  function counters() {
    document.querySelectorAll('[data-count-for]').forEach(function (counter) {
      var field = document.getElementById(counter.getAttribute('data-count-for'));
      var max = Number(counter.getAttribute('data-max'));
      if (!field || !max) return;
      var live = document.createElement('span');
      live.className = 'visually-hidden';
      live.setAttribute('aria-live', 'polite');
      counter.parentNode.insertBefore(live, counter.nextSibling);
      var timer;
      function update() {
        var left = max - field.value.length;
        var text = left >= 0 ? pick(counter, 'left', left) : pick(counter, 'over', -left);
        counter.textContent = text;
        counter.classList.toggle('char-count--over', left < 0);
        clearTimeout(timer);
        timer = setTimeout(function () { live.textContent = text; }, 1000);
      }
      field.addEventListener('input', update);
      if (field.value.length) update();
    });
  }

  function balance() {
    var panel = document.querySelector('[data-balance]');
    if (!panel) return;
    var form = panel.closest('form') || document;
    var roles = JSON.parse(panel.getAttribute('data-balance'));
    var nojs = panel.querySelector('[data-balance-nojs]');
    if (nojs) nojs.hidden = true;
    function value(name) {
      var field = form.querySelector('[name="' + name + '"]');
      return field ? field.value.trim() : '';
    }
    function count(forms, n) {
      var form = plural && plural.select(n) === 'one' ? forms.one : forms.other;
      return form.split('{n}').join(String(n));
    }
    function list(selector, items) {
      var ul = panel.querySelector(selector);
      // Unchanged lists are left alone, so the live region speaks only when something changed.
      if (ul.getAttribute('data-shown') === items.join('\\n')) return;
      ul.setAttribute('data-shown', items.join('\\n'));
      ul.textContent = '';
      items.forEach(function (text) {
        var li = document.createElement('li');
        li.textContent = text;
        ul.appendChild(li);
      });
    }
    function render() {
      var missing = [];
      var lines = roles.map(function (role) {
        var women = 0, men = 0, total = 0;
        role.seats.forEach(function (seat) {
          var given = seat.slots.filter(function (prefix) {
            return value(prefix + '-name') || value(prefix + '-email');
          }).map(function (prefix) { return value(prefix + '-gender'); });
          total += given.length;
          women += given.filter(function (g) { return g === 'woman'; }).length;
          men += given.filter(function (g) { return g === 'man'; }).length;
          if (!given.length) missing.push(seat.empty);
          else if (role.both) {
            var lacks = ['woman', 'man'].filter(function (g) { return given.indexOf(g) < 0; });
            if (lacks.length) missing.push(seat.missing[lacks.join('+')]);
          }
        });
        return role.line.split('{women}').join(count(role.women, women))
          .split('{men}').join(count(role.men, men))
          .split('{total}').join(count(role.total, total));
      });
      list('[data-balance-lines]', lines);
      list('[data-balance-missing]', missing);
      var status = panel.querySelector('[data-balance-status] strong');
      var text = panel.getAttribute(missing.length ? 'data-text-missing' : 'data-text-ok');
      if (status.textContent !== text) status.textContent = text;
      panel.classList.toggle('balance--ok', !missing.length);
      panel.classList.toggle('balance--missing', missing.length > 0);
    }
    form.addEventListener('input', render);
    form.addEventListener('change', render);
    render();
  }

  counters();
  balance();
  focusOnLoad();
})();
`.trim();
