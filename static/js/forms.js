// Behaviour that used to sit in inline attributes and scripts, which the Content-Security-Policy
// forbids: a form with data-confirm asks before it is sent; an input with data-enter-clicks
// presses the named button on Enter instead of the form's first one.
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var buttonId = target && target.dataset ? target.dataset.enterClicks : null;
    if (event.key === "Enter" && buttonId) {
      var button = document.getElementById(buttonId);
      if (button) {
        event.preventDefault();
        button.click();
      }
    }
  });
})();
