// Staff pages: a caseworker list follows the organisation chosen beside it (select[data-filters] names the
// list). The server checks the same rule; this only keeps the form from offering the wrong people.
(function () {
  "use strict";
  function follow(org) {
    const list = document.getElementById(org.dataset.filters);
    if (!list) return;
    list.querySelectorAll("optgroup, option[data-organisation]").forEach((el) => {
      const mine = el.dataset.organisation === org.value;
      el.hidden = !mine;
      el.disabled = !mine;
    });
    const chosen = list.selectedOptions[0];
    if (chosen && chosen.dataset.organisation && chosen.dataset.organisation !== org.value) list.value = "";
  }
  document.querySelectorAll("select[data-filters]").forEach((org) => {
    org.addEventListener("change", () => follow(org));
    follow(org);
  });
})();
// Print buttons (the home-visit list, the figures report), without inline script.
document.querySelectorAll("button[data-print]").forEach((b) => b.addEventListener("click", () => window.print()));
// The dialog editor: put the cursor on the line a check found a mistake in.
(function () {
  "use strict";
  const area = document.querySelector("textarea[data-line]");
  if (!area) return;
  const line = parseInt(area.dataset.line, 10);
  let pos = 0;
  for (let i = 1; i < line; i++) { pos = area.value.indexOf("\n", pos) + 1; }
  area.focus();
  area.setSelectionRange(pos, area.value.indexOf("\n", pos));
  area.scrollTop = Math.max(0, (line - 5) * 20);
})();
