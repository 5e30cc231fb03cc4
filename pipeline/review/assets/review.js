"use strict";
// Articles are drawn on demand: each one's markup waits gzipped, in base64, in
// <script type="text/x-gzip-base64" id="blob-N"> until its section is opened.
const drawing = new Map();
let ready = Promise.resolve(true);

function markupOf(index) {
  const data = atob(document.getElementById("blob-" + index).textContent.trim());
  const bytes = Uint8Array.from(data, (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).text();
}
function openArticle(index) {
  const section = document.getElementById("doc-" + index);
  if (!section) return Promise.resolve(null);
  section.hidden = false;
  if (!drawing.has(section.id)) {
    drawing.set(section.id, markupOf(index).then((markup) => {
      section.querySelector(".body").innerHTML = markup;
      section.dataset.drawn = "1";
    }));
  }
  return drawing.get(section.id).then(() => section);
}
// What tests wait for: every article asked for so far is drawn.
function reviewReady() { return ready; }
function openAll() {
  const all = document.querySelectorAll("section.article");
  ready = Promise.all(Array.from(all, (s) => openArticle(s.dataset.index))).then(() => true);
}
function closeAll() {
  document.querySelectorAll("section.article").forEach((s) => { s.hidden = true; });
}
function showHash() {
  const match = location.hash.match(/^#doc-(\d+)$/);
  if (!match) return;
  ready = openArticle(match[1]).then((section) => {
    if (section) section.scrollIntoView();
    return true;
  });
}
function sortBy(table, column, header) {
  const dir = header.dataset.dir === "asc" ? "desc" : "asc";
  table.querySelectorAll("th").forEach((th) => { delete th.dataset.dir; });
  header.dataset.dir = dir;
  const rows = Array.from(table.tBodies[0].rows);
  const key = (row) => { const cell = row.cells[column]; return cell.dataset.sort ?? cell.textContent.trim(); };
  const numeric = rows.every((row) => key(row) === "" || !Number.isNaN(Number(key(row))));
  rows.sort((a, b) => {
    const order = numeric ? Number(key(a)) - Number(key(b)) : key(a).localeCompare(key(b));
    return dir === "asc" ? order : -order;
  });
  table.tBodies[0].append(...rows);
}
function applyFilter(table, bar) {
  const want = bar.dataset.modality || "";
  const words = bar.querySelector("input").value.toLowerCase();
  let shown = 0;
  for (const row of table.tBodies[0].rows) {
    const keep = (!want || row.dataset.modality === want)
      && (!words || row.textContent.toLowerCase().includes(words));
    row.hidden = !keep;
    if (keep) shown += 1;
  }
  bar.querySelector(".shown").textContent = shown + " of " + table.tBodies[0].rows.length + " shown";
}
function setUp() {
  document.querySelectorAll("table.sortable").forEach((table) => {
    table.querySelectorAll("th").forEach((th, column) => {
      th.addEventListener("click", () => sortBy(table, column, th));
    });
  });
  document.querySelectorAll(".filters").forEach((bar) => {
    const table = document.getElementById(bar.dataset.table);
    bar.querySelectorAll("button[data-modality]").forEach((button) => {
      button.addEventListener("click", () => {
        bar.dataset.modality = button.dataset.modality;
        bar.querySelectorAll("button").forEach((b) => b.classList.toggle("active", b === button));
        applyFilter(table, bar);
      });
    });
    bar.querySelector("input").addEventListener("input", () => applyFilter(table, bar));
  });
  document.querySelectorAll("button[data-action]").forEach((button) => {
    button.addEventListener("click", button.dataset.action === "open-all" ? openAll : closeAll);
  });
  window.addEventListener("hashchange", showHash);
  showHash();
}
document.addEventListener("DOMContentLoaded", setUp);
