// Progressive enhancement only: every page reads and works without this file.
// Clicking a summary sentence scrolls to its source sentence and flashes it; :target in the
// CSS already highlights it without JavaScript.
document.addEventListener("click", function (event) {
  var link = event.target.closest ? event.target.closest("a.to-source") : null;
  if (!link) return;
  var id = link.getAttribute("href").slice(1);
  var target = document.getElementById(id);
  if (!target) return;
  document.querySelectorAll(".s.highlight").forEach(function (el) { el.classList.remove("highlight"); });
  target.classList.add("highlight");
});
