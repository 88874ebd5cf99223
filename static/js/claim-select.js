// "Add a claim the extractor missed": selecting words in the article text fills the form's
// start/end offsets and the selected words. Offsets count Unicode code points from the start
// of the article body, like Python's str indices on the server.
(function () {
  "use strict";
  var body = document.querySelector("[data-claim-select]");
  var form = document.getElementById("claim-add-form");
  if (!body || !form) return;
  var start = form.querySelector("[name$='start']");
  var end = form.querySelector("[name$='end']");
  var text = form.querySelector("[name$='text']");

  function codePoints(s) { return Array.from(s).length; }

  // Characters of the body text before (node, offset), counted in code points.
  function offsetOf(node, offset) {
    var range = document.createRange();
    range.setStart(body, 0);
    range.setEnd(node, offset);
    return codePoints(range.toString());
  }

  function update() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    var range = selection.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return;
    var from = offsetOf(range.startContainer, range.startOffset);
    var to = offsetOf(range.endContainer, range.endOffset);
    var words = range.toString();
    // Trim spaces picked up at either end of a double-click or drag.
    var lead = words.length - words.replace(/^\s+/, "").length;
    var trail = words.length - words.replace(/\s+$/, "").length;
    from += codePoints(words.slice(0, lead));
    to -= codePoints(words.slice(words.length - trail));
    words = words.trim();
    if (!words) return;
    start.value = from;
    end.value = to;
    text.value = words;
    var details = form.closest("details");
    if (details) details.open = true;
  }
  document.addEventListener("selectionchange", function () { window.clearTimeout(update.t); update.t = window.setTimeout(update, 150); });
  body.addEventListener("mouseup", update);
  body.addEventListener("keyup", update);
})();
