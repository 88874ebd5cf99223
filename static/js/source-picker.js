// The claim filters' source box: suggestions from names and aliases as you type; picking one
// puts the source's id in the URL (?source=12), so the list shows exactly that source.
(function () {
  "use strict";
  var box = document.getElementById("id_source_name");
  var hidden = document.getElementById("id_source");
  var list = document.getElementById("source-suggestions");
  if (!box || !hidden || !list) return;
  var picked = {}; // lower-cased name -> id
  if (hidden.value && hidden.dataset.name) picked[hidden.dataset.name.toLowerCase()] = hidden.value;
  var timer = null;
  var language = document.getElementById("id_language");

  function fill(results) {
    list.textContent = "";
    results.forEach(function (s) {
      var option = document.createElement("option");
      option.value = s.name;
      option.label = s.alias ? s.alias + " → " + s.name + " (" + s.kind_label + ")" : s.kind_label;
      list.appendChild(option);
      picked[s.name.toLowerCase()] = String(s.id);
      // An alias typed in full picks its source too ("NIS" → National Intelligence Service),
      // unless two sources share it.
      if (s.alias) {
        var key = s.alias.toLowerCase();
        picked[key] = picked[key] && picked[key] !== String(s.id) ? "" : String(s.id);
      }
    });
  }

  function suggest() {
    var q = box.value.trim();
    if (q.length < 2) return;
    var url = new URL(box.dataset.suggestUrl, window.location.href);
    url.searchParams.set("q", q);
    if (language && language.value) url.searchParams.set("language", language.value);
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { results: [] }; })
      .then(function (data) {
        fill(data.results || []);
        hidden.value = picked[box.value.trim().toLowerCase()] || "";
      })
      .catch(function () { /* no suggestions: the typed name still filters exactly */ });
  }

  box.addEventListener("input", function () {
    var id = picked[box.value.trim().toLowerCase()];
    hidden.value = id || "";
    window.clearTimeout(timer);
    timer = window.setTimeout(suggest, 150);
  });

  box.form.addEventListener("submit", function () {
    // A picked source travels as its id only; an empty id is left out of the URL.
    if (hidden.value && picked[box.value.trim().toLowerCase()] === hidden.value) box.disabled = true;
    if (!hidden.value) hidden.disabled = true;
  });
})();
