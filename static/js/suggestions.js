// Suggested figures: t accepts the first suggestion, x dismisses it (claim page, review queue).
// Keys are ignored while typing in a field, and with Ctrl/Alt/Meta held.
(function () {
  "use strict";
  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }
  var forms = { t: "suggestion-accept-form", x: "suggestion-dismiss-form" };
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.altKey || event.metaKey || typing(event.target)) return;
    var form = forms[event.key] && document.getElementById(forms[event.key]);
    if (form) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
})();
