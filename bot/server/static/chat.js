// The chat page: sends messages to v1/chat and shows the reply object.
// Alerts (reply.safety) go in a banner with the number to call; the answer (reply.answer),
// its sources and suggestion buttons go in the conversation. All text is set with textContent.
// The session id is kept in localStorage (a reload carries on the conversation); the shown
// history in sessionStorage (it goes when the tab is closed).
"use strict";

(function () {
  const SESSION_KEY = "allbot.session";
  const HISTORY_KEY = "allbot.history";
  const BANNER_KEY = "allbot.banner-read";
  const ALERT_KEY = "allbot.alert";  // the latest reply with an alert, so a reload shows its banner again
  const LEVEL_WORDS = { emergency: "Emergency", urgent: "Urgent", soon: "Soon" };

  const body = document.body;
  const log = document.getElementById("log");
  const form = document.getElementById("ask");
  const input = document.getElementById("message");
  const sendButton = document.getElementById("send");
  const status = document.getElementById("status");
  const starters = document.getElementById("starters");
  const banner = document.getElementById("banner");
  const bannerText = document.getElementById("banner-text");
  const bannerCall = document.getElementById("banner-call");
  const alertJump = document.getElementById("alert-jump");
  const botName = body.dataset.botName || "Chatbot";

  let history = readHistory();
  let busy = false;

  function readHistory() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(HISTORY_KEY) || "[]");
      return Array.isArray(saved) ? saved : [];
    } catch (error) {
      return [];
    }
  }

  function saveHistory() {
    try {
      sessionStorage.setItem(HISTORY_KEY, JSON.stringify(history.slice(-100)));
    } catch (error) { /* storage full or blocked: the conversation still works */ }
  }

  function sessionId() {
    try { return localStorage.getItem(SESSION_KEY); } catch (error) { return null; }
  }

  function keepSession(id) {
    try { localStorage.setItem(SESSION_KEY, id); } catch (error) { /* private mode */ }
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function paragraphs(parent, text) {
    for (const part of text.split(/\n{2,}/)) {
      if (part.trim()) parent.appendChild(linked(element("p"), part));
    }
  }

  // Phone numbers a person may want to tap: service numbers, and longer numbers written with
  // spaces or dashes. Readings such as "37.5", "day 29" or "2 to 3 years" are never matched.
  const PHONE = /(\+\d[\d ()-]{6,}\d|\b0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b|\b(?:116 ?\d{3}|999|911|112|111|988)\b)/g;

  function telHref(number) {
    return "tel:" + number.replace(/[^\d+]/g, "");
  }

  // Text with every phone number in it as a tap-to-call link.
  function linked(parent, text) {
    let last = 0;
    for (const found of text.matchAll(PHONE)) {
      parent.appendChild(document.createTextNode(text.slice(last, found.index)));
      const link = element("a", "tel", found[0]);
      link.href = telHref(found[0]);
      parent.appendChild(link);
      last = found.index + found[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
    return parent;
  }

  function linkStaticNumbers() {
    for (const node of document.querySelectorAll(".disclaimer p, .foot p")) {
      if (node.querySelector("a")) continue;
      for (const child of Array.from(node.childNodes)) {
        if (child.nodeType !== Node.TEXT_NODE && child.nodeName !== "STRONG") continue;
        const holder = document.createElement(child.nodeName === "STRONG" ? "strong" : "span");
        linked(holder, child.textContent);
        node.replaceChild(holder, child);
      }
    }
  }

  // The notices as the bot composed them (reply.reply starts with them, one paragraph each:
  // a heading line naming the level and what it is about, then the body), so the page shows
  // the same single plan as the terminal: one action, each alert named, no second timing.
  function notices(reply) {
    const count = (nowAlerts(reply).length ? 1 : 0) + (reply.safety || []).filter((a) => a.guidance).length;
    return (reply.reply || "").split(/\n\n/).slice(0, count).map((part) => {
      const lines = part.split("\n");
      return { heading: lines[0], body: lines.slice(1).join("\n") };
    });
  }

  // Alerts about something happening now (not "what if" guidance), highest first.
  function nowAlerts(reply) {
    return (reply.safety || []).filter((alert) => !alert.guidance && alert.level !== "none");
  }

  function showUser(text) {
    const item = element("li", "msg user");
    item.appendChild(element("span", "who", "You"));
    paragraphs(item, text);
    log.appendChild(item);
    return item;
  }

  function showBot(reply, latest) {
    const item = element("li", "msg bot");
    item.appendChild(element("span", "who", botName));
    const top = nowAlerts(reply)[0];
    notices(reply).forEach((notice, index) => {
      const box = element("div", "notice level-" + (index === 0 && top ? top.level : "guidance"));
      box.appendChild(element("span", "level", notice.heading));
      linked(box, notice.body);
      item.appendChild(box);
    });
    if (reply.answer) paragraphs(item, reply.answer);
    if (reply.sources && reply.sources.length) item.appendChild(sourceList(reply.sources));
    if (reply.suggestions && reply.suggestions.length) item.appendChild(suggestionButtons(reply.suggestions, latest));
    log.appendChild(item);
    return item;
  }

  // One line per document; the sections used from it follow its title.
  function sourceList(sources) {
    const documents = new Map();
    for (const source of sources) {
      const key = source.publisher + "|" + source.title + "|" + (source.url || "");
      if (!documents.has(key)) documents.set(key, { source: source, sections: [] });
      if (source.section) documents.get(key).sections.push(source.section);
    }
    const box = element("div", "sources");
    box.appendChild(element("h3", "", documents.size > 1 ? "Sources" : "Source"));
    const list = element("ul");
    for (const { source, sections } of documents.values()) {
      const entry = element("li");
      const label = source.publisher + ": " + source.title;
      if (source.url) {
        const link = element("a", "", label);
        link.href = source.url;
        link.rel = "noopener noreferrer";
        link.target = "_blank";
        entry.appendChild(link);
      } else {
        entry.appendChild(element("span", "", label));
      }
      if (sections.length) entry.appendChild(element("span", "section", " \u2014 " + sections.join("; ")));
      list.appendChild(entry);
    }
    box.appendChild(list);
    return box;
  }

  // Bring a new reply into view below whatever is stuck to the top of the page; an alert on a
  // phone (where the banner scrolls with the page) brings the banner itself into view.
  function reveal(item, alerted) {
    if (alerted && getComputedStyle(banner).position !== "sticky") {
      banner.scrollIntoView({ block: "start" });
      return;
    }
    const covered = banner.hidden || getComputedStyle(banner).position !== "sticky" ? 0 : banner.offsetHeight;
    item.style.scrollMarginTop = covered + 8 + "px";
    item.scrollIntoView({ block: "start" });
  }

  // The latest reply's suggestions are picked by number (the conversation knows what it offered);
  // older ones are sent as their title.
  function suggestionButtons(titles, latest) {
    const group = element("div", "suggestions");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Suggested topics");
    group.appendChild(element("p", "suggestions-title", "You could ask about:"));
    titles.forEach((title, index) => {
      const button = element("button", "suggestion", title);
      button.type = "button";
      button.dataset.text = title;
      if (latest) button.dataset.pick = String(index + 1);
      group.appendChild(button);
    });
    return group;
  }

  function showError(text) {
    const item = element("li", "msg bot error");
    item.appendChild(element("span", "who", botName));
    paragraphs(item, text);
    log.appendChild(item);
  }

  function showBanner(reply) {
    const alerts = nowAlerts(reply);
    if (!alerts.length) return;
    const top = alerts[0];
    const notice = notices(reply)[0];
    banner.className = "banner level-" + top.level;
    bannerText.textContent = "";
    bannerText.appendChild(element("strong", "", notice.heading));
    linked(bannerText, notice.body);
    const emergency = top.level === "emergency";
    const tel = emergency ? body.dataset.emergencyTel : body.dataset.treatmentTel;
    const name = emergency ? body.dataset.emergencyNumber : body.dataset.treatmentLine;
    if (tel) {
      bannerCall.href = tel;
      bannerCall.textContent = "Call " + name;
      bannerCall.hidden = false;
    } else {
      bannerCall.hidden = true;
    }
    banner.hidden = false;
    alertJump.textContent = (LEVEL_WORDS[top.level] || top.level) + ": show the alert";
    alertJump.className = "alert-jump level-" + top.level;
    watchBanner();
  }

  // On a phone the banner scrolls with the page (a sticky one would leave no room to read): while
  // it is out of sight, a link in the message bar brings it back.
  let bannerWatch = null;
  function watchBanner() {
    if (bannerWatch || !("IntersectionObserver" in window)) return;
    bannerWatch = new IntersectionObserver((entries) => {
      for (const entry of entries) alertJump.hidden = banner.hidden || entry.isIntersecting;
    });
    bannerWatch.observe(banner);
  }

  function rememberAlert(reply) {
    try {
      sessionStorage.setItem(ALERT_KEY, JSON.stringify(reply));
      sessionStorage.removeItem(BANNER_KEY);
    } catch (error) { /* the banner is still shown now */ }
  }

  function hideBanner() {
    banner.hidden = true;
    alertJump.hidden = true;
    try { sessionStorage.setItem(BANNER_KEY, "read"); } catch (error) { /* ignore */ }
  }

  function disableOldPicks() {
    for (const button of log.querySelectorAll("button[data-pick]")) delete button.dataset.pick;
  }

  async function send(text, shown) {
    if (busy || !text.trim()) return;
    busy = true;
    sendButton.disabled = true;
    starters.hidden = true;
    showUser(shown || text);
    history.push({ kind: "user", text: shown || text });
    saveHistory();
    const asked = log.lastElementChild;
    const pending = element("li", "msg bot pending");
    pending.appendChild(element("span", "who", botName));
    pending.setAttribute("aria-hidden", "true");
    log.appendChild(pending);
    status.textContent = "Sending…";
    try {
      const response = await fetch("v1/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ session_id: sessionId(), text: text, channel: "web" }),
      });
      const data = await response.json().catch(() => null);
      pending.remove();
      if (data && data.error && typeof data.reply === "string" && Array.isArray(data.safety)) {
        // A refusal (too large, too many, service busy) still carries the message's alerts and
        // the emergency number: show it as a reply, banner included.
        disableOldPicks();
        showBot(data, true);
        showBanner(data);
        history.push({ kind: "bot", reply: data });
        reveal(asked, nowAlerts(data).length > 0);
      } else if (!response.ok || !data || data.error) {
        const reason = data && data.error ? data.error.message : "The service did not answer (" + response.status + ").";
        showError(reason + " If this is an emergency, call " + body.dataset.emergencyNumber + ".");
        history.push({ kind: "error", text: reason });
        reveal(asked, false);
      } else {
        keepSession(data.session_id);
        disableOldPicks();
        showBot(data, true);
        if (nowAlerts(data).length) rememberAlert(data);
        showBanner(data);
        history.push({ kind: "bot", reply: data });
        reveal(asked, nowAlerts(data).length > 0);
      }
    } catch (error) {
      pending.remove();
      const reason = "The message could not be sent. Please check your connection and try again.";
      showError(reason + " If this is an emergency, call " + body.dataset.emergencyNumber + ".");
      history.push({ kind: "error", text: reason });
    } finally {
      saveHistory();
      status.textContent = "";
      busy = false;
      sendButton.disabled = false;
      input.focus({ preventScroll: true });
    }
  }

  function restore() {
    if (!history.length) return;
    log.setAttribute("aria-live", "off");  // do not read the whole history out again on reload
    let lastBot = -1;
    history.forEach((entry, index) => { if (entry.kind === "bot") lastBot = index; });
    history.forEach((entry, index) => {
      if (entry.kind === "user") showUser(entry.text);
      else if (entry.kind === "bot") showBot(entry.reply, index === lastBot);
      else showError(entry.text);
    });
    starters.hidden = true;
    log.setAttribute("aria-live", "polite");
  }

  // The latest alert stays until "I have read this", whatever was asked after it, reload or not.
  function restoreBanner() {
    let saved = null;
    let read = null;
    try {
      saved = JSON.parse(sessionStorage.getItem(ALERT_KEY) || "null");
      read = sessionStorage.getItem(BANNER_KEY);
    } catch (error) { /* nothing to restore */ }
    if (saved && read !== "read") showBanner(saved);
  }

  async function restart() {
    const id = sessionId();
    try {
      localStorage.removeItem(SESSION_KEY);
      sessionStorage.removeItem(HISTORY_KEY);
      sessionStorage.removeItem(BANNER_KEY);
      sessionStorage.removeItem(ALERT_KEY);
    } catch (error) { /* ignore */ }
    history = [];
    log.textContent = "";
    banner.hidden = true;
    alertJump.hidden = true;
    starters.hidden = false;
    status.textContent = "Started again. Earlier messages are forgotten.";
    input.focus();
    if (id) {
      try {
        await fetch("v1/sessions/" + encodeURIComponent(id), { method: "DELETE" });
      } catch (error) { /* it will expire anyway */ }
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value;
    if (!text.trim()) {
      status.textContent = "Please type a question first.";
      input.focus();
      return;
    }
    input.value = "";
    send(text);
  });

  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  document.addEventListener("click", (event) => {
    const button = event.target.closest("button.suggestion");
    if (!button) return;
    send(button.dataset.pick || button.dataset.text, button.dataset.text);
  });

  document.getElementById("restart").addEventListener("click", restart);
  document.getElementById("banner-close").addEventListener("click", hideBanner);

  alertJump.addEventListener("click", (event) => {
    event.preventDefault();
    banner.scrollIntoView({ block: "start" });
    document.getElementById("banner-close").focus({ preventScroll: true });
  });

  linkStaticNumbers();
  restore();
  restoreBanner();
})();
