// Ankommen web chat: sends what the person types or taps, shows what the bot answers.
// Message HTML comes from the server already escaped (only text, no markup from translations or users).
(function () {
  "use strict";
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("input");
  const byNode = {};

  function clientId() {
    const a = new Uint8Array(16);
    crypto.getRandomValues(a);
    return Array.from(a, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function renderButtons(container, rows) {
    container.innerHTML = "";
    rows.forEach((row) => {
      const div = document.createElement("div");
      div.className = "row";
      row.forEach((b) => {
        const btn = document.createElement("button");
        btn.type = "button";
        btn.textContent = b.label;
        btn.dataset.data = b.data;
        if (b.selected) { btn.setAttribute("aria-pressed", "true"); btn.classList.add("selected"); }
        else if (b.data.startsWith("t:")) { btn.setAttribute("aria-pressed", "false"); }
        btn.addEventListener("click", () => {
          // a double tap is one tap: while this question's tap is on its way, its buttons wait (a second
          // toggle would undo the first, a second "done" would answer a question already closed)
          if (container.dataset.pending === "1") return;
          container.dataset.pending = "1";
          container.querySelectorAll("button").forEach((x) => { x.disabled = true; });
          send({ kind: "press", data: b.data }, null).then(() => {
            delete container.dataset.pending;
            container.querySelectorAll("button").forEach((x) => { x.disabled = false; });
          });
        });
        div.appendChild(btn);
      });
      container.appendChild(div);
    });
  }

  function addBot(m) {
    const wrap = document.createElement("div");
    wrap.className = "msg bot";
    wrap.setAttribute("dir", m.dir || "auto");
    if (m.lang) wrap.setAttribute("lang", m.lang);
    const text = document.createElement("div");
    text.className = "text";
    text.innerHTML = m.html.replace(/\n/g, "<br>");
    wrap.appendChild(text);
    if (m.buttons && m.buttons.length) {
      const buttons = document.createElement("div");
      buttons.className = "buttons";
      renderButtons(buttons, m.buttons);
      wrap.appendChild(buttons);
      if (m.node) byNode[m.node] = buttons;
    }
    if (m.document) {
      const link = document.createElement("a");
      link.href = URL.createObjectURL(new Blob([m.document.content], { type: "application/json" }));
      link.download = m.document.filename;
      link.textContent = "⬇ " + m.document.filename;
      link.className = "document";
      wrap.appendChild(link);
    }
    log.appendChild(wrap);
    wrap.scrollIntoView({ block: "end" });
  }

  function addUser(text) {
    const wrap = document.createElement("div");
    wrap.className = "msg user";
    wrap.setAttribute("dir", "auto");
    wrap.textContent = text;
    log.appendChild(wrap);
  }

  // This device: remember the chat (30 days) or end it here – labelled in the person's language.
  const device = document.getElementById("device");
  const remember = document.getElementById("remember");
  const endButton = document.getElementById("end-chat");
  let lang = null;
  function showControls(c) {
    if (!c) return;
    lang = c.lang;
    endConfirm = c.end_confirm;
    device.hidden = false;
    document.documentElement.setAttribute("lang", c.lang);  // the whole page in the person's language
    document.documentElement.setAttribute("dir", c.dir);
    document.getElementById("remember-label").textContent = c.remember;
    document.getElementById("remember-hint").textContent = c.remember_hint;
    endButton.textContent = c.end;
    remember.checked = c.remembered;
  }
  let endConfirm = "";
  remember.addEventListener("change", () => {
    fetch("/chat/api/remember", {
      method: "POST", headers: { "Content-Type": "application/json" }, credentials: "same-origin",
      body: JSON.stringify({ remember: remember.checked }),
    });
  });
  endButton.addEventListener("click", () => {
    if (endConfirm && !window.confirm(endConfirm)) return;  // it cannot be undone
    busy = busy.then(() =>
      fetch("/chat/api/end" + (lang ? "?lang=" + encodeURIComponent(lang) : ""), {
        method: "POST", credentials: "same-origin",
      })
        .then((r) => r.json())
        .then((data) => {
          log.innerHTML = "";
          Object.keys(byNode).forEach((k) => delete byNode[k]);
          device.hidden = true;
          addBot(data.message);
        })
    );
  });

  let busy = Promise.resolve();
  function send(body, shown) {
    body.client_id = clientId();
    if (shown) addUser(shown);
    busy = busy.then(() =>
      fetch("/chat/api/send", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        credentials: "same-origin",
        body: JSON.stringify(body),
      })
        .then((r) => (r.ok || r.status === 429 ? r.json() : Promise.reject(r.status)))
        .then((data) => {
          data.messages.forEach(addBot);
          (data.edits || []).forEach((e) => { if (byNode[e.node]) renderButtons(byNode[e.node], e.buttons); });
          showControls(data.controls);
        })
        .catch(() => addBot({ html: "⚠️ …", dir: "auto", buttons: [] }))
    );
    return busy;
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send({ kind: "text", text: text }, text);
  });

  send({ kind: "start" }, null);
})();
