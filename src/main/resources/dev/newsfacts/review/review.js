(function () {
  "use strict";
  var fields = { id: "d-id", kind: "d-kind", speaker: "d-speaker", cue: "d-cue" };
  function clear() {
    document.querySelectorAll(".sel, .sel-side").forEach(function (e) { e.classList.remove("sel", "sel-side"); });
  }
  function has(list, id) { return (list || "").split(" ").indexOf(id) >= 0; }
  function select(id) {
    clear();
    var first = null;
    document.querySelectorAll("[data-q]").forEach(function (e) {
      if (e.getAttribute("data-q") === id) { e.classList.add("sel"); if (!first) first = e; }
    });
    document.querySelectorAll("[data-cue-of], [data-mention-of]").forEach(function (e) {
      if (has(e.getAttribute("data-cue-of"), id) || has(e.getAttribute("data-mention-of"), id)) e.classList.add("sel");
    });
    document.querySelectorAll("[data-goto]").forEach(function (e) {
      if (e.getAttribute("data-goto") === id) e.classList.add("sel-side");
    });
    if (!first) return null;
    // textContent only: values are shown as text, never parsed as HTML
    document.getElementById(fields.id).textContent = id;
    document.getElementById(fields.kind).textContent = first.getAttribute("data-kind") || "";
    document.getElementById(fields.speaker).textContent = first.getAttribute("data-speaker") || "";
    document.getElementById(fields.cue).textContent = first.getAttribute("data-cue") || "(none)";
    return first;
  }
  document.addEventListener("click", function (ev) {
    var t = ev.target.closest ? ev.target.closest("[data-q], [data-goto]") : null;
    if (!t) return;
    var id = t.getAttribute("data-q") || t.getAttribute("data-goto");
    var first = select(id);
    if (t.hasAttribute("data-goto") && first) { ev.preventDefault(); first.scrollIntoView({ block: "center" }); }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && ev.target.hasAttribute && ev.target.hasAttribute("data-q")) select(ev.target.getAttribute("data-q"));
  });
})();
