// The dashboard: plain DOM and Apache ECharts (served by the sink, no CDN). Every text coming from the data is
// set with textContent, never innerHTML, so an article cannot inject markup; the server's CSP forbids inline
// script besides. Routes: #/ (overview), #/entity/<id>, #/story/<id>.
'use strict';
const $ = id => document.getElementById(id);
const charts = {};

// With sink.http.token set, the API answers 401 until the page sends the token; asked once per tab.
let tokenAsked = null;
async function api(path, retried) {
  const token = sessionStorage.getItem('wirestream-token');
  const response = await fetch(path, token ? {headers: {Authorization: 'Bearer ' + token}} : {});
  const body = await response.json();
  if (response.status === 401 && !retried) {
    tokenAsked = tokenAsked || Promise.resolve(window.prompt('This sink needs its API token (sink.http.token):'));
    const given = await tokenAsked;
    if (given) {
      sessionStorage.setItem('wirestream-token', given.trim());
      return api(path, true);
    }
  }
  if (response.status === 503) showDown(body.error);
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  Object.assign(node, attrs || {});
  return node;
}

function link(text, href) { return el('a', text, {href}); }

function row(...cells) {
  const tr = el('tr');
  cells.forEach(cell => { const td = el('td'); td.append(cell instanceof Node ? cell : el('span', cell)); tr.append(td); });
  return tr;
}

function fail(target, error) { target.replaceChildren(el('div', error.message, {className: 'error'})); }
const day = iso => iso ? iso.substring(0, 10) : '';
const title = a => a.cleanTitle || a.title || a.id;

function showDown(reason) {
  $('banner').textContent = 'The sink\'s database is not answering: ' + (reason || 'unknown reason') +
    '. What is shown may be out of date.';
  $('banner').hidden = false;
  $('health').textContent = 'database DOWN';
  $('health').className = 'health down';
}

async function loadHealth() {
  try {
    const response = await fetch('/health');
    const body = await response.json();
    if (body.status === 'UP') {
      $('banner').hidden = true;
      $('health').textContent = 'database UP';
      $('health').className = 'health up';
    } else {
      showDown(body.reason);
    }
  } catch (e) { showDown('the sink does not answer'); }
}

async function loadStats() {
  try {
    const s = await api('/api/stats');
    const t = s.tables || {};
    $('stats').textContent = `${t.articles ?? '?'} articles · ${t.entities ?? '?'} entities · ` +
      `${t.duplicate_links ?? '?'} duplicates · lag ${s.lag < 0 ? 'unknown' : s.lag}`;
  } catch (e) { $('stats').textContent = 'stats unavailable: ' + e.message; }
}

// One ECharts instance per element, reused across refreshes; data-points tells tests what was drawn.
function draw(id, option, points) {
  const node = $(id);
  charts[id] = charts[id] || echarts.init(node);
  charts[id].setOption(option, true);
  node.dataset.points = String(points);
}

const sum = values => values.reduce((a, b) => a + b, 0);

async function loadArticleChart() {
  try {
    const chart = await api('/api/charts/articles?bucket=' + $('bucket').value);
    draw('chart-articles', {
      tooltip: {trigger: 'axis'}, legend: {type: 'scroll', top: 0},
      grid: {left: 40, right: 16, top: 36, bottom: 40},
      xAxis: {type: 'category', data: chart.labels}, yAxis: {type: 'value', minInterval: 1},
      series: chart.series.map(s => ({name: s.name, type: 'bar', stack: 'sources', data: s.counts}))
    }, sum(chart.series.map(s => sum(s.counts))));
  } catch (e) { fail($('chart-articles'), e); }
}

async function loadDuplicateChart() {
  try {
    const chart = await api('/api/charts/duplicates');
    const kinds = chart.series.filter(s => s.name !== 'STORED');
    const stored = chart.series.find(s => s.name === 'STORED').counts;
    const rate = chart.labels.map((_, i) => {
      const dropped = sum(kinds.map(k => k.counts[i]));
      return dropped + stored[i] === 0 ? null : +(100 * dropped / (dropped + stored[i])).toFixed(1);
    });
    draw('chart-duplicates', {
      tooltip: {trigger: 'axis'}, legend: {top: 0},
      grid: {left: 40, right: 48, top: 36, bottom: 40},
      xAxis: {type: 'category', data: chart.labels},
      yAxis: [{type: 'value', name: 'copies', minInterval: 1}, {type: 'value', name: 'rate %', max: 100}],
      series: kinds.map(k => ({name: k.name, type: 'bar', stack: 'kinds', data: k.counts}))
        .concat([{name: 'duplicate rate %', type: 'line', yAxisIndex: 1, data: rate, connectNulls: false}])
    }, sum(kinds.map(k => sum(k.counts))) + sum(stored));
  } catch (e) { fail($('chart-duplicates'), e); }
}

async function loadTop(event) {
  if (event) event.preventDefault();
  const params = new URLSearchParams({limit: '12'});
  if ($('from').value) params.set('from', $('from').value);
  if ($('to').value) params.set('to', $('to').value);
  if ($('type').value) params.set('type', $('type').value);
  try {
    const top = await api('/api/entities/trending?' + params);
    if (top.length === 0) { $('top').replaceChildren(row('No entities in this window.')); return; }
    Object.keys(charts).filter(k => k.startsWith('spark-')).forEach(k => { charts[k].dispose(); delete charts[k]; });
    $('top').replaceChildren(...top.map((t, i) => {
      const spark = el('div', null, {className: 'spark', id: 'spark-' + i, title: t.from + ' – ' + t.to});
      return row(link(t.entity.name, '#/entity/' + encodeURIComponent(t.entity.id)), t.entity.type,
                 t.entity.articles, spark);
    }));
    top.forEach((t, i) => draw('spark-' + i, {
      grid: {left: 1, right: 1, top: 2, bottom: 2}, xAxis: {type: 'category', show: false},
      yAxis: {type: 'value', show: false}, animation: false,
      series: [{type: 'line', data: t.perDay, showSymbol: false, lineStyle: {width: 1.5}, areaStyle: {opacity: .2}}]
    }, sum(t.perDay)));
  } catch (e) { fail($('top'), e); }
}

// A list with "more": keeps the cursor of the last page and appends the next one.
function pagedList(target, button, firstUrl, render) {
  let next = null;
  async function load(append) {
    try {
      const url = append ? firstUrl + '&cursor=' + encodeURIComponent(next) : firstUrl;
      const page = await api(url);
      const rows = page.items.map(render);
      if (append) target.append(...rows); else target.replaceChildren(...rows);
      if (!append && rows.length === 0) target.replaceChildren(el('div', 'Nothing found.', {className: 'muted'}));
      next = page.next;
      button.hidden = !next;
    } catch (e) { fail(target, e); }
  }
  button.onclick = () => load(true);
  return load;
}

const articleRow = a => row(day(a.publishedAt || a.eventTime), link(title(a), '#/story/' + encodeURIComponent(a.id)),
  a.source || '', a.entityCount);
const loadRecent = pagedList($('recent'), $('recent-more'), '/api/articles?limit=15', articleRow);

// A snippet with its matches as <mark> elements, built from offsets: the text itself is never parsed as HTML.
function highlighted(snippet, matches) {
  const span = el('span', null, {className: 'muted'});
  let at = 0;
  (matches || []).forEach(m => {
    if (m.start < at) return;
    span.append(document.createTextNode(snippet.substring(at, m.start)), el('mark', snippet.substring(m.start, m.end)));
    at = m.end;
  });
  span.append(document.createTextNode(snippet.substring(at) + ' …'));
  return span;
}

function search(event) {
  event.preventDefault();
  const url = '/api/search?limit=10&q=' + encodeURIComponent($('q').value);
  pagedList($('search-results'), $('search-more'), url, h => {
    const div = el('div', null, {className: 'hit'});
    div.append(link(title(h.article), '#/story/' + encodeURIComponent(h.article.id)),
               el('span', ' · ' + (h.article.source || '') + ' · ' + day(h.article.eventTime), {className: 'muted'}),
               el('br'), highlighted(h.snippet || '', h.matches));
    return div;
  })(false);
}

async function loadClusters() {
  try {
    const clusters = await api('/api/duplicates/clusters?limit=8');
    if (clusters.length === 0) { $('clusters').replaceChildren(el('div', 'No duplicates yet.', {className: 'muted'})); return; }
    $('clusters').replaceChildren(...clusters.map(c => {
      const div = el('div');
      div.append(link((c.originalTitle || c.originalId) + ' — ' + c.size + ' cop' + (c.size === 1 ? 'y' : 'ies'),
                      '#/story/' + encodeURIComponent(c.originalId)));
      return div;
    }));
  } catch (e) { fail($('clusters'), e); }
}

async function showEntity(id) {
  $('entity-name').textContent = id;
  try {
    const page = await api('/api/entities/' + encodeURIComponent(id) + '?limit=15');
    $('entity-name').textContent = page.entity.name + ' (' + page.entity.type + ', ' + page.entity.id + ')';
    draw('chart-entity', {
      tooltip: {trigger: 'axis'}, legend: {top: 0}, grid: {left: 40, right: 16, top: 36, bottom: 40},
      xAxis: {type: 'time'}, yAxis: {type: 'value', minInterval: 1},
      series: [{name: 'articles', type: 'bar', data: page.days.map(d => [d.day, d.articles])},
               {name: 'mentions', type: 'line', data: page.days.map(d => [d.day, d.mentions])}]
    }, sum(page.days.map(d => d.articles)));
    $('entity-together').replaceChildren(...page.together.map(t =>
      row(link(t.name, '#/entity/' + encodeURIComponent(t.id)), t.type, t.articles)));
    const load = pagedList($('entity-articles'), $('entity-more'),
      '/api/entities/' + encodeURIComponent(id) + '/articles?limit=15', a =>
        row(day(a.publishedAt || a.eventTime), link(title(a), '#/story/' + encodeURIComponent(a.id)), a.source || ''));
    load(false);
  } catch (e) { fail($('entity-together'), e); }
}

async function showStory(id) {
  try {
    const story = await api('/api/stories/' + encodeURIComponent(id));
    const original = $('story-original');
    if (story.original) {
      const a = story.original;
      original.replaceChildren(el('h3', title(a)),
        el('div', (a.source || '?') + ' · ' + (a.publishedAt || a.eventTime) + ' · id ' + a.id, {className: 'muted'}),
        el('div', story.originalBody || '', {className: 'body'}));
    } else {
      original.replaceChildren(el('div', 'The original (' + story.originalId + ') is not stored yet.', {className: 'muted'}));
    }
    // each copy's own text beside the original's: the most similar first, any other on "Compare"
    const rows = story.copies.map(c => {
      const compare = el('button', 'Compare', {type: 'button', className: 'compare'});
      compare.addEventListener('click', () => { showCopy(c); rows.forEach(r => r.classList.toggle('chosen', r === tr)); });
      const tr = row(c.kind, c.similarity.toFixed(3), c.source || '?', c.title || c.id, c.detectedAt, compare);
      return tr;
    });
    $('story-copies').replaceChildren(...(rows.length ? rows : [row('No copies.')]));
    if (story.copies.length) {
      rows[0].classList.add('chosen');
      showCopy(story.copies[0]);
    } else {
      $('story-copy').replaceChildren(el('div', 'No copy of this article was dropped.', {className: 'muted'}));
    }
  } catch (e) { fail($('story-original'), e); }
}

function showCopy(c) {
  const why = c.kind === 'REDELIVERY' ? 'A redelivery is the original itself again: it has no text of its own.'
    : 'Its text was not kept (dropped before the sink stored the text of copies).';
  $('story-copy').replaceChildren(el('h3', c.title || c.id),
    el('div', (c.source || '?') + ' · ' + c.kind + ' · similarity ' + c.similarity.toFixed(3) + ' · id ' + c.id,
      {className: 'muted'}),
    c.body != null ? el('div', c.body, {className: 'body'}) : el('div', why, {className: 'muted'}));
}

function route() {
  const hash = location.hash || '#/';
  const [, page, ...rest] = hash.split('/');
  const id = rest.length ? decodeURIComponent(rest.join('/')) : null;
  $('overview').hidden = !(page === '' || page === undefined);
  $('entity-page').hidden = page !== 'entity';
  $('story-page').hidden = page !== 'story';
  if (page === 'entity' && id) showEntity(id);
  else if (page === 'story' && id) showStory(id);
  else Object.values(charts).forEach(c => c.resize());
}

function refresh() { loadHealth(); loadStats(); }
$('search-form').addEventListener('submit', search);
$('top-form').addEventListener('submit', loadTop);
$('bucket').addEventListener('change', loadArticleChart);
window.addEventListener('hashchange', route);
window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
refresh(); loadArticleChart(); loadDuplicateChart(); loadTop(); loadRecent(false); loadClusters(); route();
setInterval(refresh, 10000);
