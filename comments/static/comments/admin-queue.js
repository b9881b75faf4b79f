/*
 * The comment queue at speed (a static file, so it runs under the admin's Content Security Policy).
 *
 * - Keyboard: with focus on a row (or on anything in it), a = approve, r = reject, s = spam,
 *   x = remove; j/k move to the next/previous row. Keys typed into a field are left alone.
 * - After an action the queue reloads; the row now in the same position gets the focus, so the
 *   moderator carries on where they were.
 * - The bulk-action footer says "3 comments selected" rather than "3 items selected".
 * Without JavaScript every button still works: each is a plain form.
 */
(function () {
  'use strict';

  var POSITION_KEY = 'portal-comment-queue-position';
  var ROW = 'tr[data-moderation-row]';

  var config = window.wagtailConfig;
  if (config && config.STRINGS && config.STRINGS.BULK_ACTIONS) {
    config.STRINGS.BULK_ACTIONS.COMMENT = {
      SINGULAR: '1 comment selected',
      PLURAL: '%(objects)s comments selected',
      ALL: 'All %(objects)s comments on this screen selected',
      ALL_IN_LISTING: 'All comments in listing selected',
    };
  }

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll(ROW));
  }

  function focusRow(index) {
    var all = rows();
    if (!all.length) return;
    var row = all[Math.max(0, Math.min(index, all.length - 1))];
    row.focus();
  }

  document.addEventListener('submit', function (event) {
    var row = event.target.closest && event.target.closest(ROW);
    if (!row) return;
    try {
      window.sessionStorage.setItem(POSITION_KEY, String(rows().indexOf(row)));
    } catch (error) {
      // Private browsing without storage: the queue still works, from the top.
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    var target = event.target;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    var row = target.closest(ROW);
    if (!row) return;
    var key = event.key.toLowerCase();
    if (key === 'j' || key === 'k') {
      event.preventDefault();
      focusRow(rows().indexOf(row) + (key === 'j' ? 1 : -1));
      return;
    }
    var button = row.querySelector('button[data-moderation-key="' + key + '"]');
    if (!button) return;
    event.preventDefault();
    button.form.requestSubmit(button);
  });

  function restorePosition() {
    var stored = null;
    try {
      stored = window.sessionStorage.getItem(POSITION_KEY);
      window.sessionStorage.removeItem(POSITION_KEY);
    } catch (error) {
      return;
    }
    if (stored !== null) focusRow(parseInt(stored, 10) || 0);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', restorePosition);
  } else {
    restorePosition();
  }
})();
