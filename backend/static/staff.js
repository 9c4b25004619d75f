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
// A session ends after idling (the server decides; see storage/staff_sessions.py). Two minutes before, say so
// and offer to stay; typing in a form counts as working (the server is told at most every five minutes).
// When it has ended, say that what was typed is shown again after sending (backend/unsaved.py).
(function () {
  "use strict";
  const minutes = parseInt(document.body.dataset.idleMinutes || "", 10);
  if (!minutes) return;
  const total = minutes * 60000, margin = 60000 + 5000; // the server notes a visit at most once a minute
  const warnFor = Math.min(120000, total / 3);
  const bar = document.createElement("div");
  bar.className = "session-warning";
  bar.id = "session-warning";
  bar.hidden = true;
  bar.setAttribute("role", "alert");
  const text = document.createElement("span");
  const stay = document.createElement("button");
  stay.type = "button";
  stay.textContent = "Angemeldet bleiben";
  bar.append(text, stay);
  document.body.append(bar);
  let timer = 0, told = Date.now();
  function ended() {
    text.textContent = "Sie sind nicht mehr angemeldet. Was Sie auf dieser Seite eingegeben haben, bleibt hier stehen; " +
      "beim Senden zeigen wir es Ihnen zum Kopieren wieder an.";
    stay.hidden = true;
    bar.hidden = false;
  }
  function warn() {
    text.textContent = "Ihre Anmeldung endet in " + Math.round(warnFor / 60000) + " Minuten, wenn Sie nichts tun.";
    stay.hidden = false;
    bar.hidden = false;
    timer = setTimeout(ended, warnFor - margin);
  }
  function schedule() {
    clearTimeout(timer);
    bar.hidden = true;
    timer = setTimeout(warn, Math.max(0, total - warnFor));
  }
  function tell() {
    told = Date.now();
    fetch("/staff/account", { credentials: "same-origin", cache: "no-store" })
      .then((r) => { if (r.redirected || !r.ok) { clearTimeout(timer); ended(); } else { schedule(); } })
      .catch(() => {});
  }
  stay.addEventListener("click", tell);
  document.addEventListener("input", () => { if (Date.now() - told > 5 * 60000) tell(); });
  schedule();
})();
// What cannot be taken back with one click asks first (form[data-confirm] says what will happen).
document.querySelectorAll("form[data-confirm]").forEach((f) => f.addEventListener("submit", (e) => {
  if (!window.confirm(f.dataset.confirm)) e.preventDefault();
}));
