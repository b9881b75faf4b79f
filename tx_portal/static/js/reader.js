/* Progressive enhancement only: everything here also works, more plainly, without JavaScript.
 * - Quick exit: leave with location.replace (this page leaves no Back-button entry) and also on
 *   two presses of Esc within a second (one press is too easy to make by accident).
 * - Print buttons: shown only when they can work. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");

  var lastEscape = 0;
  function quickExitLink() {
    return document.querySelector("[data-quick-exit]");
  }
  function leave(event) {
    var link = quickExitLink();
    if (!link) return;
    if (event) event.preventDefault();
    window.location.replace(link.href);
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-quick-exit]");
    if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey) leave(event);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    if (now - lastEscape < 1000) {
      leave(event);
    }
    lastEscape = now;
  });

  document.addEventListener("DOMContentLoaded", function () {
    var buttons = document.querySelectorAll("[data-print]");
    Array.prototype.forEach.call(buttons, function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        window.print();
      });
    });
  });
})();
