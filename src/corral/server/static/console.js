// corral console: fills the server-rendered shells from the /v1 API. No framework, no build step.
"use strict";
const KEY = "corral_key";
const $ = (sel, root = document) => root.querySelector(sel);
const app = $("#app");
const page = document.body.dataset.page;
const FINAL = ["completed", "failed", "rejected", "cancelled"];

function esc(v) {
  return String(v ?? "").replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
}
const badge = s => `<span class="badge s-${esc(s)}">${esc(s)}</span>`;
const json = v => `<pre>${esc(JSON.stringify(v, null, 2))}</pre>`;
const when = t => t ? new Date(t * 1000).toLocaleString() : "";
const usd = v => "$" + Number(v || 0).toFixed(4);
function say(text) { $("#msg").textContent = text || ""; }

async function api(path, opts = {}) {
  const key = sessionStorage.getItem(KEY);
  const headers = {"Authorization": "Bearer " + key};
  if (opts.body !== undefined) headers["Content-Type"] = "application/json";
  const res = await fetch(path, {method: opts.method || "GET", headers,
                                 body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined});
  if (res.status === 401 && page !== "login") { location.href = "/console/login"; throw new Error("log in"); }
  const data = res.headers.get("content-type")?.includes("json") ? await res.json() : await res.text();
  if (!res.ok) throw new Error((data && data.detail) ? (typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail)) : res.statusText);
  return data;
}

function diffView(diff) {
  if (!diff) return "";
  const lines = diff.split("\n").map(l => {
    const cls = l.startsWith("+") && !l.startsWith("+++") ? "add" : l.startsWith("-") && !l.startsWith("---") ? "del" : "";
    return `<span class="${cls}">${esc(l)}</span>`;
  });
  return `<pre class="diff">${lines.join("\n")}</pre>`;
}

// --- pages -------------------------------------------------------------------------------------------

function login() {
  $("#logout").hidden = true;
  app.innerHTML = `<form id="login" class="card"><label>API key <input id="key" type="password" size="60"
    autocomplete="off" placeholder="crl_…"></label> <button class="primary" type="submit">Log in</button>
    <p class="muted">Create one with <code>corral keys create --tenant T --role approver</code>.</p></form>`;
  $("#login").addEventListener("submit", async ev => {
    ev.preventDefault();
    sessionStorage.setItem(KEY, $("#key").value.trim());
    try { await api("/v1/agents"); location.href = "/console"; }
    catch (e) { sessionStorage.removeItem(KEY); say("that key was not accepted: " + e.message); }
  });
}

async function runs() {
  const q = new URLSearchParams(location.search);
  const agents = await api("/v1/agents");
  const statuses = ["", "running", "waiting_approval", "completed", "failed", "rejected", "cancelled"];
  const params = new URLSearchParams();
  for (const k of ["status", "agent", "tenant"]) if (q.get(k)) params.set(k, q.get(k));
  const list = await api("/v1/runs?" + params);
  app.innerHTML = `<form class="filters" method="get">
    <select name="status">${statuses.map(s => `<option ${q.get("status") === s ? "selected" : ""} value="${s}">${s || "any status"}</option>`).join("")}</select>
    <select name="agent"><option value="">any agent</option>${agents.map(a => `<option ${q.get("agent") === a.name ? "selected" : ""}>${esc(a.name)}</option>`).join("")}</select>
    <input name="tenant" placeholder="tenant" value="${esc(q.get("tenant") || "")}"><button>Filter</button></form>
    <table id="runs"><thead><tr><th>run</th><th>agent</th><th>autonomy</th><th>status</th><th>tenant</th><th>user</th>
    <th>steps</th><th>cost</th><th>tokens</th><th>started</th></tr></thead><tbody>${list.map(r => `<tr>
    <td><a href="/console/runs/${esc(r.id)}">${esc(r.id.slice(0, 12))}</a></td><td>${esc(r.agent)}</td>
    <td>${badge(r.autonomy)}</td><td>${badge(r.status)}</td><td>${esc(r.tenant)}</td><td>${esc(r.user)}</td>
    <td>${r.steps}</td><td>${usd(r.cost_usd)}</td><td>${r.tokens_in}/${r.tokens_out}</td><td>${when(r.created_at)}</td></tr>`).join("")
    || `<tr><td colspan="10" class="muted">no runs</td></tr>`}</tbody></table>`;
}

function stepRow(s, run) {
  const d = s.decision || {};
  const reasons = (d.reasons || []).map(r => `${esc(r.code)}: ${esc(r.message)}`).join("<br>");
  const verdict = v => Array.isArray(v) && v.every(x => x && x.outcome)
    ? v.map(x => `${esc(x.policy_id || "")} → ${badge(x.outcome)}`).join("<br>") : esc(JSON.stringify(v));
  const guards = Object.entries(s.annotations || {}).filter(([k]) => k !== "decisions")
    .map(([k, v]) => `<div><b>${esc(k)}</b> ${verdict(v)}</div>`).join("");
  const undo = FINAL.includes(run.status) && s.reversible
    ? `<button class="undo" data-idx="${s.idx}">Undo</button>` : "";
  return `<tr class="step" data-status="${esc(s.status)}"><td>${s.idx}</td><td>${esc(s.kind)}</td><td>${badge(s.status)}</td>
    <td><b>${esc(s.tool || "")}</b>${s.arguments ? json(s.arguments) : ""}${s.text ? `<div>${esc(s.text)}</div>` : ""}</td>
    <td>${d.outcome ? badge(d.outcome) : ""}<div class="muted">${reasons}</div></td><td>${guards}</td>
    <td>${esc(s.result_summary || (s.error ? s.error.message : ""))}</td>
    <td>${usd(s.cost_usd)}<br>${s.tokens_in}/${s.tokens_out} tok<br>${Number(s.duration_ms).toFixed(1)} ms</td><td>${undo}</td></tr>`;
}

async function run() {
  const id = document.body.dataset.id;
  const [r, steps, audit] = await Promise.all([api(`/v1/runs/${id}`), api(`/v1/runs/${id}/steps`), api(`/v1/runs/${id}/audit`)]);
  const trace = r.links.trace ? `<a href="${esc(r.links.trace)}">${esc(r.trace_id)}</a>` : `<code>${esc(r.trace_id)}</code>`;
  app.innerHTML = `<div class="card"><div><b>${esc(r.agent)}</b> ${badge(r.autonomy)} <span id="run-status">${badge(r.status)}</span></div>
    <div class="muted">tenant ${esc(r.tenant)} · user ${esc(r.user)} · ${r.steps} steps · ${usd(r.cost_usd)} ·
    ${r.tokens_in}/${r.tokens_out} tokens · trace ${trace}</div><p>${esc(r.task)}</p>
    ${r.result ? `<p><b>Result:</b> ${esc(r.result)}</p>` : ""}${r.error ? `<p><b>Error:</b> ${esc(r.error.message)}</p>` : ""}
    ${r.pending_approval ? `<p><a href="/console/approvals#${esc(r.pending_approval)}">an approval is waiting →</a></p>` : ""}
    ${FINAL.includes(r.status) ? "" : `<div class="row"><button id="cancel" class="danger">Cancel run</button></div>`}
    <div class="row"><input id="assignee" placeholder="operator to escalate to"><input id="note" placeholder="note" size="40">
    <button id="escalate">Escalate</button></div></div>
    <h2>Timeline</h2><table><thead><tr><th>#</th><th>kind</th><th>status</th><th>action</th><th>decision</th>
    <th>guards / annotations</th><th>result</th><th>cost · tokens · latency</th><th></th></tr></thead>
    <tbody>${steps.map(s => stepRow(s, r)).join("")}</tbody></table>
    <h2>Audit</h2><table><tbody>${audit.map(a => `<tr><td>${when(a.ts)}</td><td>${esc(a.kind)}</td><td>${esc(a.actor || "")}</td>
    <td>${a.data && a.data.diff ? diffView(a.data.diff) : esc(JSON.stringify(a.data))}</td></tr>`).join("")}</tbody></table>`;
  $("#cancel")?.addEventListener("click", () => act(`/v1/runs/${id}/cancel`, {reason: "cancelled from the console"}, run));
  $("#escalate").addEventListener("click", () =>
    act(`/v1/runs/${id}/escalate`, {assignee: $("#assignee").value, note: $("#note").value}, run));
  app.querySelectorAll("button.undo").forEach(b => b.addEventListener("click", () => {
    const reason = prompt("Why undo this step?");
    if (reason) act(`/v1/runs/${id}/steps/${b.dataset.idx}/undo`, {reason}, run);
  }));
  if (!FINAL.includes(r.status)) setTimeout(() => run().catch(e => say(e.message)), 1000);
}

async function act(path, body, then) {
  try { say(""); await api(path, {method: "POST", body}); await then(); }
  catch (e) { say(e.message); }
}

function approvalCard(a) {
  const quorum = a.quorum.needed > 1 ? `<div>quorum: ${a.quorum.votes.length}/${a.quorum.needed}
    (${a.quorum.votes.map(v => esc(v.actor)).join(", ")})</div>` : "";
  return `<div class="card approval" id="${esc(a.id)}" data-id="${esc(a.id)}">
    <div><b>${esc(a.agent)}</b> ${badge(a.autonomy)} ${badge(a.status)} wants to run <b>${esc(a.tool)}</b>
    · run <a href="/console/runs/${esc(a.run_id)}">${esc(a.run_id.slice(0, 12))}</a>
    ${a.links.trace ? ` · <a href="${esc(a.links.trace)}">trace</a>` : ""}</div>
    <div class="muted">task: ${esc(a.task)} · started by ${esc(a.run_user)} · expires ${when(a.expires_at)}</div>
    <div>${(a.reasons || []).map(r => `${badge(r.code)} ${esc(r.message)}`).join("<br>")}</div>${quorum}
    <h3>Plan so far</h3><ol>${a.plan.map(p => `<li>${esc(p.tool || p.kind)} ${esc(JSON.stringify(p.arguments || {}))}
    → ${esc(p.result_summary || p.status)}</li>`).join("") || "<li class='muted'>nothing yet</li>"}</ol>
    <h3>Proposed action</h3>${json(a.arguments)}
    <textarea class="args" hidden>${esc(JSON.stringify(a.arguments, null, 2))}</textarea><div class="diffbox"></div>
    <div class="row"><button class="primary approve">Approve</button><button class="edit">Edit…</button>
    <input class="reason" placeholder="reason" size="40"><button class="danger reject">Reject</button></div></div>`;
}

async function approvals() {
  const list = await api("/v1/approvals");
  const details = await Promise.all(list.map(a => api(`/v1/approvals/${a.id}`)));
  app.innerHTML = details.map(approvalCard).join("") || `<p class="muted" id="empty">nothing is waiting for you</p>`;
  app.querySelectorAll(".approval").forEach(card => {
    const id = card.dataset.id, ta = $(".args", card);
    let editing = false;
    $(".edit", card).addEventListener("click", () => { editing = true; ta.hidden = false; });
    ta.addEventListener("input", async () => {
      try { $(".diffbox", card).innerHTML = diffView((await api(`/v1/approvals/${id}/diff`, {method: "POST", body: {arguments: JSON.parse(ta.value)}})).diff); }
      catch (e) { $(".diffbox", card).textContent = "not valid JSON yet"; }
    });
    $(".approve", card).addEventListener("click", () => {
      let body = {reason: $(".reason", card).value || null};
      if (editing) { try { body.arguments = JSON.parse(ta.value); } catch (e) { say("the edited arguments are not valid JSON"); return; } }
      act(`/v1/approvals/${id}/approve`, body, async () => { say("approved"); await approvals(); });
    });
    $(".reject", card).addEventListener("click", () => {
      const reason = $(".reason", card).value;
      if (!reason) { say("give a reason to reject"); return; }
      act(`/v1/approvals/${id}/reject`, {reason}, approvals);
    });
  });
}

async function escalations() {
  const list = await api("/v1/escalations");
  app.innerHTML = `<table><thead><tr><th>when</th><th>run</th><th>source</th><th>assignee</th><th>by</th><th>note</th></tr></thead>
    <tbody>${list.map(e => `<tr><td>${when(e.created_at)}</td><td><a href="/console/runs/${esc(e.run_id)}">${esc(e.run_id.slice(0, 12))}</a></td>
    <td>${esc(e.source)}</td><td>${esc(e.assignee || "unassigned")}</td><td>${esc(e.created_by)}</td><td>${esc(e.note || "")}</td></tr>`).join("")
    || `<tr><td colspan="6" class="muted">no escalations</td></tr>`}</tbody></table>`;
}

// --- boot --------------------------------------------------------------------------------------------

$("#logout").addEventListener("click", () => { sessionStorage.removeItem(KEY); location.href = "/console/login"; });
if (page === "login") login();
else if (!sessionStorage.getItem(KEY)) location.href = "/console/login";
else ({runs, run, approvals, escalations}[page])().catch(e => say(e.message));
