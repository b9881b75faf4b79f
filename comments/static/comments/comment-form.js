// The comment form is the same HTML for every reader (a shared cache serves it). What belongs to
// this reader is added here: a random key that makes the same form sent twice store one comment,
// and at submit the seconds since the page loaded (the minimum fill time). Without JavaScript the
// form still works: the server falls back on the reader's address and the time the page was made.
(function () {
  "use strict";
  var loaded = Date.now();

  function randomKey() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) {
      return (b + 0x100).toString(16).slice(1);
    }).join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }

  document.querySelectorAll("form.comment-form").forEach(function (form) {
    var key = form.querySelector("input[name='idempotency_key']");
    if (key && !key.value) {
      key.value = randomKey();
    }
    form.addEventListener("submit", function () {
      // A form sent back with a message carries the seconds spent before: they add up.
      var fill = form.querySelector("input[name='fill_seconds']");
      if (fill) {
        var before = parseInt(fill.value, 10) || 0;
        fill.value = String(before + Math.floor((Date.now() - loaded) / 1000));
      }
    });
  });
})();
