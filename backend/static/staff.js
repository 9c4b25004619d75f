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
