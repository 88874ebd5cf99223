// Article page: a marked claim or quote in the text opens its card beside the text, in place
// (scrolled to, outlined, focused), by click or by keyboard (Tab to a mark, Enter or Space).
(function () {
  "use strict";
  var body = document.getElementById("article-body");
  if (!body) return;

  function cardFor(mark) {
    var claims = (mark.dataset.claim || "").split(" ").filter(Boolean);
    if (claims.length) return document.getElementById("card-" + claims[0]);
    var quotes = (mark.dataset.quote || "").split(" ").filter(Boolean);
    if (quotes.length) return document.getElementById("quote-card-" + quotes[0]);
    return null;
  }

  function open(mark) {
    var card = cardFor(mark);
    if (!card) return false;
    document.querySelectorAll(".claim-cards li.current, .quotes li.current, mark.current").forEach(function (el) {
      el.classList.remove("current");
    });
    card.classList.add("current");
    mark.classList.add("current");
    card.scrollIntoView({ block: "nearest", behavior: "smooth" });
    var link = card.querySelector("a");
    if (link) link.focus({ preventScroll: true });
    if (mark.dataset.claim && window.history.replaceState) {
      var url = new URL(window.location.href);
      url.searchParams.set("claim", mark.dataset.claim.split(" ")[0]);
      url.hash = "";
      window.history.replaceState(null, "", url);
    }
    return true;
  }

  body.querySelectorAll("mark[data-claim], mark[data-quote]").forEach(function (mark) {
    mark.tabIndex = 0;
    mark.setAttribute("role", "button");
    mark.setAttribute("aria-label", (mark.title || "Open") + ": " + mark.textContent.trim().slice(0, 60));
  });

  body.addEventListener("click", function (event) {
    // A selection for "add a claim" is not a click on a mark.
    var selection = window.getSelection && window.getSelection();
    if (selection && !selection.isCollapsed) return;
    var mark = event.target.closest("mark[data-claim], mark[data-quote]");
    if (mark && open(mark)) event.preventDefault();
  });
  body.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" && event.key !== " ") return;
    var mark = event.target.closest("mark[data-claim], mark[data-quote]");
    if (mark && open(mark)) event.preventDefault();
  });
})();
