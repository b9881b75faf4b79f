/* The Ask panel answers in place: the form still works without JavaScript (it opens the Ask a
 * question page); with it, the same view's answers are fetched and shown under the form, and a
 * status line tells screen-reader users what came back. */
(function () {
  "use strict";
  if (!window.fetch || !window.DOMParser) return;

  function enhance(form) {
    var target = document.getElementById(form.getAttribute("data-ask-target"));
    var status = document.getElementById(form.getAttribute("data-ask-status"));
    var input = form.querySelector("input[name=q]");
    if (!target || !status || !input) return;
    var latest = 0;

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var url = new URL(form.action, window.location.href);
      url.searchParams.set("q", input.value);
      url.searchParams.set("part", "answers");
      var request = ++latest;
      target.setAttribute("aria-busy", "true");
      status.textContent = "Looking for an answer.";
      fetch(url.toString(), { credentials: "same-origin", headers: { Accept: "text/html" } })
        .then(function (response) {
          if (!response.ok) throw new Error("answer " + response.status);
          return response.text();
        })
        .then(function (html) {
          if (request !== latest) return;
          var parsed = new DOMParser().parseFromString(html, "text/html");
          var result = parsed.querySelector(".ask-result");
          target.replaceChildren();
          if (result) target.appendChild(document.importNode(result, true));
          target.removeAttribute("aria-busy");
          status.textContent = result ? result.getAttribute("data-ask-summary") : "";
        })
        .catch(function () {
          // Without the in-place answer, the reader still gets one: the full page.
          window.location.assign(form.action + "?q=" + encodeURIComponent(input.value));
        });
    });
  }

  document.querySelectorAll("form[data-ask-form]").forEach(enhance);
})();
