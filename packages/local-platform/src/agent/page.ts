// The agent desk page: plain HTML and a script, no UI package. Everything users wrote is put in the page with
// textContent, never as HTML. It polls the desk API, which is all a local tool needs.

export const AGENT_AVATAR_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">
<rect width="64" height="64" rx="32" fill="#2f6f5e"/><circle cx="32" cy="25" r="11" fill="#f5e6d3"/>
<path d="M12 56c3-11 11-17 20-17s17 6 20 17" fill="#f5e6d3"/></svg>`;

export const DESK_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agent desk · xo-chat local platform</title>
<style>
  body { font: 15px/1.4 system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 18rem 1fr; height: 100vh; color: #1d2430; }
  aside { border-right: 1px solid #d6dbe3; overflow: auto; background: #f6f8fa; }
  aside h1 { font-size: 1rem; margin: 0; padding: .75rem 1rem; border-bottom: 1px solid #d6dbe3; }
  #list { list-style: none; margin: 0; padding: 0; }
  #list button { display: block; width: 100%; text-align: start; padding: .6rem 1rem; border: 0; border-bottom: 1px solid #e3e7ee; background: none; font: inherit; cursor: pointer; }
  #list button[aria-current="true"] { background: #dfeaf7; }
  .status { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: #4b5565; }
  main { display: grid; grid-template-rows: auto 1fr auto auto; min-height: 0; }
  header { display: flex; gap: .5rem; align-items: center; padding: .6rem 1rem; border-bottom: 1px solid #d6dbe3; }
  header h2 { font-size: 1rem; margin: 0 auto 0 0; }
  #log { overflow: auto; padding: 1rem; list-style: none; margin: 0; }
  #log li { margin: .35rem 0; max-width: 42rem; }
  #log .from { font-size: .8rem; color: #4b5565; }
  #log .agent { margin-inline-start: auto; text-align: end; }
  #log .seen { font-size: .75rem; color: #2f6f5e; }
  #typing { min-height: 1.4em; padding: 0 1rem; color: #4b5565; font-style: italic; }
  form { display: flex; gap: .5rem; padding: .75rem 1rem; border-top: 1px solid #d6dbe3; }
  #reply { flex: 1; font: inherit; padding: .45rem .6rem; }
  button { font: inherit; }
  :focus-visible { outline: 3px solid #1d5fbf; outline-offset: 2px; }
</style>
</head>
<body>
<aside aria-label="Conversations">
  <h1>Agent desk</h1>
  <ul id="list"></ul>
  <p id="empty" class="status" style="padding: 0 1rem">No conversation has asked for a person yet. In the demo, type "agent".</p>
</aside>
<main>
  <header>
    <h2 id="title">Pick a conversation</h2>
    <button id="accept" type="button" hidden>Accept</button>
    <button id="end" type="button" hidden>End chat</button>
  </header>
  <ol id="log" aria-live="polite" aria-label="Messages"></ol>
  <div id="typing" role="status"></div>
  <form id="composer" hidden>
    <label for="reply" style="position:absolute;left:-9999px">Reply</label>
    <input id="reply" autocomplete="off" placeholder="Write a reply">
    <button type="submit">Send</button>
  </form>
</main>
<script src="/agent/desk.js"></script>
</body>
</html>
`;

export const DESK_SCRIPT = `'use strict';
(function () {
  var api = '/agent/api/conversations';
  var selected = null;
  var current = null;
  var typingSentAt = 0;
  var idleTimer = null;
  var $ = function (id) { return document.getElementById(id); };

  function call(method, path, body) {
    return fetch(path, { method: method, headers: { 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined })
      .then(function (r) { return r.json().then(function (j) { if (!r.ok) throw new Error((j.errors && j.errors[0] && j.errors[0].msg) || r.status); return j; }); });
  }
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; }
  function time(ms) { return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }); }
  function who(c) { return 'Visitor ' + c.userId.slice(2, 8); }

  var listShown = '';
  function renderList(list) {
    var ul = $('list');
    // Redrawn only when something changed, and focus kept on the same conversation's button.
    var signature = JSON.stringify([selected, list.map(function (c) { return [c.id, c.status, c.userTyping, c.reason]; })]);
    if (signature === listShown) return;
    listShown = signature;
    var focused = document.activeElement && document.activeElement.getAttribute('data-id');
    ul.textContent = '';
    $('empty').hidden = list.length > 0;
    list.forEach(function (c) {
      var li = el('li');
      var b = el('button');
      b.type = 'button';
      b.setAttribute('data-id', c.id);
      b.setAttribute('aria-current', String(c.id === selected));
      b.appendChild(el('div', '', who(c) + (c.userTyping ? ' (typing)' : '')));
      b.appendChild(el('div', 'status', c.status + ' · ' + c.reason));
      b.addEventListener('click', function () { selected = c.id; refresh(); });
      li.appendChild(b);
      ul.appendChild(li);
      if (focused === c.id) b.focus();
    });
  }

  function renderConversation(c) {
    current = c;
    $('title').textContent = who(c) + ' · ' + c.status + (c.agent ? ' · ' + c.agent.firstName + ' ' + c.agent.lastName : '');
    $('accept').hidden = c.status !== 'waiting';
    $('end').hidden = c.status === 'ended';
    $('composer').hidden = c.status !== 'active';
    $('typing').textContent = c.userTyping ? 'The visitor is typing...' : '';
    var log = $('log');
    var atEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
    // Only new messages are added (the log is a live region: rebuilding it would read it all out again).
    if (log.getAttribute('data-conversation') !== c.id) {
      log.textContent = '';
      log.setAttribute('data-conversation', c.id);
    }
    c.messages.forEach(function (m) {
      var li = log.querySelector('li[data-id="' + CSS.escape(m.id) + '"]');
      if (!li) {
        li = el('li', m.from);
        li.setAttribute('data-id', m.id);
        var label = m.from === 'user' ? 'Visitor' : m.from === 'agent' ? (m.author ? m.author.firstName : 'Agent') : 'Bot';
        li.appendChild(el('div', 'from', label + ' · ' + time(m.createdOn)));
        li.appendChild(el('div', 'text', m.text));
        if (m.from === 'agent') li.appendChild(el('div', 'seen'));
        log.appendChild(li);
      }
      var seen = li.querySelector('.seen');
      var state = m.read ? 'Seen' : m.delivered ? 'Delivered' : 'Sent';
      if (seen && seen.textContent !== state) seen.textContent = state;
    });
    if (atEnd) log.scrollTop = log.scrollHeight;
    var unread = c.messages.some(function (m) { return m.from === 'user' && !m.read; });
    if (c.status === 'active' && unread && document.visibilityState === 'visible') call('POST', api + '/' + c.id + '/read').catch(report);
  }

  function report(err) { $('typing').textContent = 'Desk error: ' + err.message; }

  function refresh() {
    return call('GET', api).then(function (j) {
      renderList(j.conversations);
      if (!selected && j.conversations[0]) selected = j.conversations[0].id;
      if (selected) return call('GET', api + '/' + selected).then(renderConversation);
    }).catch(report);
  }

  function sendTyping(on) {
    if (!current || current.status !== 'active') return;
    call('POST', api + '/' + current.id + '/typing', { typing: on }).catch(report);
  }

  $('reply').addEventListener('input', function () {
    var now = Date.now();
    if (now - typingSentAt > 3000) { typingSentAt = now; sendTyping(true); }
    clearTimeout(idleTimer);
    idleTimer = setTimeout(function () { typingSentAt = 0; sendTyping(false); }, 2000);
  });
  $('composer').addEventListener('submit', function (e) {
    e.preventDefault();
    var input = $('reply');
    var text = input.value.trim();
    if (!text || !current) return;
    clearTimeout(idleTimer);
    typingSentAt = 0;
    sendTyping(false);
    call('POST', api + '/' + current.id + '/messages', { text: text }).then(function () { input.value = ''; return refresh(); }).catch(report);
  });
  $('accept').addEventListener('click', function () {
    if (current) call('POST', api + '/' + current.id + '/accept', {}).then(refresh).then(function () { $('reply').focus(); }).catch(report);
  });
  $('end').addEventListener('click', function () {
    if (current) call('POST', api + '/' + current.id + '/end').then(refresh).catch(report);
  });
  document.addEventListener('visibilitychange', refresh);
  refresh();
  setInterval(refresh, 700);
})();
`;
