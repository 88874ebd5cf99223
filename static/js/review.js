// Review queue keyboard shortcuts: a approve, f flag, r reject, e correct, j/k next/previous.
// Keys are ignored while typing in a field, and with Ctrl/Alt/Meta held.
(function () {
  "use strict";
  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }
  function focusFirst(formId) {
    var form = document.getElementById(formId);
    if (!form) return;
    var field = form.querySelector("select, input:not([type=hidden]), textarea");
    if (field) {
      form.scrollIntoView({ block: "center" });
      field.focus();
    }
  }
  function follow(id) {
    var link = document.getElementById(id);
    if (link) window.location.assign(link.href);
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.altKey || event.metaKey || typing(event.target)) return;
    switch (event.key) {
      case "a": {
        var approve = document.getElementById("approve-form");
        if (approve) { event.preventDefault(); approve.requestSubmit(); }
        break;
      }
      case "f": event.preventDefault(); focusFirst("flag-form"); break;
      case "r": event.preventDefault(); focusFirst("reject-form"); break;
      case "e": event.preventDefault(); focusFirst("correct-form"); break;
      case "j": follow("queue-next"); break;
      case "k": follow("queue-previous"); break;
    }
  });
})();
