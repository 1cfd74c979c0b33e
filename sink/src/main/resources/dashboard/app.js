// Everything is built with textContent, never innerHTML, so article text cannot inject markup.
const $ = id => document.getElementById(id);

// With sink.http.token set, the API answers 401 until the page sends the token; asked once per tab.
async function api(path, retried) {
  const token = sessionStorage.getItem('wirestream-token');
  const response = await fetch(path, token ? {headers: {Authorization: 'Bearer ' + token}} : {});
  const body = await response.json();
  if (response.status === 401 && !retried) {
    const given = window.prompt('This sink needs its API token (sink.http.token):');
    if (given) {
      sessionStorage.setItem('wirestream-token', given.trim());
      return api(path, true);
    }
  }
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  Object.assign(node, attrs || {});
  return node;
}

function row(...cells) {
  const tr = el('tr');
  cells.forEach(cell => { const td = el('td'); td.append(cell instanceof Node ? cell : el('span', cell)); tr.append(td); });
  return tr;
}

function fail(target, error) { target.replaceChildren(el('div', error.message, {className: 'error'})); }

const day = iso => iso ? iso.substring(0, 10) : '';

async function loadStats() {
  try {
    const s = await api('/api/stats');
    const t = s.tables || {};
    $('stats').textContent = `${t.articles ?? '?'} articles · ${t.entities ?? '?'} entities · ` +
      `${t.duplicate_links ?? '?'} duplicates · lag ${s.lag < 0 ? 'unknown' : s.lag}`;
  } catch (e) { $('stats').textContent = 'stats unavailable: ' + e.message; }
}

async function loadRecent() {
  try {
    const articles = (await api('/api/articles?limit=15')).items;
    $('recent').replaceChildren(...articles.map(a =>
      row(day(a.publishedAt || a.ingestedAt), a.cleanTitle || a.title || a.id, a.source || '', a.entityCount)));
  } catch (e) { fail($('recent'), e); }
}

async function search(event) {
  event.preventDefault();
  const target = $('search-results');
  try {
    const hits = (await api('/api/search?limit=20&q=' + encodeURIComponent($('q').value))).items;
    if (hits.length === 0) { target.replaceChildren(el('div', 'No match.', {className: 'muted'})); return; }
    target.replaceChildren(...hits.map(h => {
      const div = el('div');
      div.append(el('strong', h.article.cleanTitle || h.article.title || h.article.id), el('br'),
                 el('span', (h.snippet || '') + '…', {className: 'muted'}));
      div.style.marginBottom = '.5rem';
      return div;
    }));
  } catch (e) { fail(target, e); }
}

async function loadTop(event) {
  if (event) event.preventDefault();
  const params = new URLSearchParams({limit: '15'});
  if ($('from').value) params.set('from', $('from').value);
  if ($('to').value) params.set('to', $('to').value);
  if ($('type').value) params.set('type', $('type').value);
  try {
    const top = await api('/api/entities/top?' + params);
    $('top').replaceChildren(...top.map(e => {
      const link = el('a', e.name, {title: e.id});
      link.addEventListener('click', () => loadTimeline(e));
      return row(link, e.type, e.articles, e.mentions);
    }));
  } catch (e) { fail($('top'), e); }
}

async function loadTimeline(entity) {
  $('timeline-name').textContent = entity.name + ' (' + entity.id + ')';
  try {
    const timeline = await api('/api/entities/' + encodeURIComponent(entity.id) + '/timeline');
    const max = Math.max(1, ...timeline.days.map(d => d.mentions));
    $('timeline').replaceChildren(...timeline.days.map(d => {
      const bar = el('span', null, {className: 'bar'});
      bar.style.width = (200 * d.mentions / max) + 'px';
      return row(d.day, bar, d.mentions + ' mentions in ' + d.articles + ' articles');
    }));
  } catch (e) { fail($('timeline'), e); }
}

async function loadClusters() {
  try {
    const clusters = await api('/api/duplicates/clusters?limit=10');
    if (clusters.length === 0) { $('clusters').replaceChildren(el('div', 'No duplicates yet.', {className: 'muted'})); return; }
    $('clusters').replaceChildren(...clusters.map(c => {
      const div = el('div');
      div.append(el('strong', (c.originalTitle || c.originalId) + ' — ' + c.size + ' duplicate(s)'));
      const list = el('ul');
      c.duplicates.forEach(d => list.append(el('li',
        `${d.kind} ${d.similarity.toFixed(2)} · ${d.source || '?'} · ${d.title || d.id}`)));
      div.append(list);
      return div;
    }));
  } catch (e) { fail($('clusters'), e); }
}

$('search-form').addEventListener('submit', search);
$('top-form').addEventListener('submit', loadTop);
function refresh() { loadStats(); loadRecent(); loadClusters(); }
refresh(); loadTop();
setInterval(refresh, 10000);
