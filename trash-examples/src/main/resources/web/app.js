// The Trash page: plain JavaScript over the service's JSON API, no build step.
'use strict';

var TYPES = {
  project: { label: 'Project', plural: 'Projects', color: 'var(--project)', glyph: 'P' },
  dataset: { label: 'Dataset', plural: 'Datasets', color: 'var(--dataset)', glyph: 'D' },
  model: { label: 'Model', plural: 'Models', color: 'var(--model)', glyph: 'M' },
  version: { label: 'Version', plural: 'Versions', color: 'var(--version)', glyph: 'V' },
  image: { label: 'Image', plural: 'Images', color: 'var(--image)', glyph: 'I' },
  workflow: { label: 'Workflow', plural: 'Workflows', color: 'var(--workflow)', glyph: 'W' },
};
const params = new URLSearchParams(location.search);
var state = { ws: null, key: null, items: [], total: 0, cursor: null, filter: 'all',
  selected: new Set(), errors: new Map(), done: new Set(), demoKey: null };
const $ = (id) => document.getElementById(id);
const keyOf = (item) => item.type + '/' + item.id;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'class') node.className = value;
    // through the CSSOM: the Content-Security-Policy (style-src 'self') refuses style attributes
    else if (name === 'style') node.style.cssText = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function size(bytes) {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes, unit = 0;
  while (value >= 1000 && unit < units.length - 1) { value /= 1000; unit++; }
  return (unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)) + ' ' + units[unit];
}

function when(iso) {
  const date = new Date(iso);
  const sameYear = date.getFullYear() === new Date().getFullYear();
  return date.toLocaleString(undefined, { month: 'short', day: 'numeric', year: sameYear ? undefined : 'numeric',
    hour: '2-digit', minute: '2-digit', hour12: false });
}

function toast(message, error = false) {
  const node = el('div', { class: 'toast' + (error ? ' error' : '') }, message);
  $('toasts').append(node);
  setTimeout(() => node.remove(), 4000);
}

// Every call carries the session's key; a 401 asks for the key again.
async function api(method, path, body) {
  const response = await fetch('/api/' + encodeURIComponent(state.ws) + path, {
    method, headers: { 'Authorization': 'Bearer ' + state.key, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await response.json().catch(() => ({}));
  if (response.status === 401) {
    sessionStorage.removeItem('trash.key.' + state.ws);
    askForKey('That key was not accepted.');
  }
  return { status: response.status, ok: response.ok, body: json };
}

async function load() {
  const first = await api('GET', '/trash?limit=500');
  if (!first.ok) return showBanner(first.body.error || 'Could not load the Trash (' + first.status + ')');
  hideBanner();
  state.items = first.body.items;
  state.total = first.body.total;
  state.cursor = first.body.nextCursor;
  const known = new Set(state.items.map(keyOf));
  state.selected = new Set([...state.selected].filter((k) => known.has(k)));
  render();
  const storage = await api('GET', '/storage');
  if (storage.ok) {
    $('storage-summary').textContent = size(storage.body.trashedBytes) + ' in Trash of '
      + size(storage.body.quotaBytes) + ' used · freed when permanently deleted';
  }
}

async function loadMore() {
  const next = await api('GET', '/trash?limit=500&cursor=' + encodeURIComponent(state.cursor));
  if (!next.ok) return showBanner(next.body.error);
  state.items = state.items.concat(next.body.items);
  state.cursor = next.body.nextCursor;
  render();
}

function render() {
  renderFilters();
  const shown = state.items.filter((i) => state.filter === 'all' || i.type === state.filter);
  const rows = $('rows');
  rows.replaceChildren();
  for (const item of shown) {
    rows.append(row(item));
    const error = state.errors.get(keyOf(item));
    if (error) rows.append(errorRow(item, error));
  }
  $('empty-state').hidden = shown.length > 0;
  $('more').hidden = !state.cursor;
  $('empty-trash').disabled = state.total === 0;
  $('select-all').checked = shown.length > 0 && shown.every((i) => state.selected.has(keyOf(i)));
  $('bulk').hidden = state.selected.size === 0;
  $('selected-count').textContent = state.selected.size + ' selected';
  renderTreemap();
}

function renderFilters() {
  const counts = {};
  state.items.forEach((i) => { counts[i.type] = (counts[i.type] || 0) + 1; });
  const filters = [['all', 'All', state.items.length]].concat(
    Object.keys(TYPES).filter((t) => counts[t]).map((t) => [t, TYPES[t].plural, counts[t]]));
  if (state.filter !== 'all' && !counts[state.filter]) filters.push([state.filter, TYPES[state.filter].plural, 0]);
  $('filters').replaceChildren(...filters.map(([value, label, count]) => el('button', {
    class: 'filter' + (state.filter === value ? ' active' : ''), role: 'tab', 'data-filter': value, type: 'button',
    onclick: () => { state.filter = value; render(); } }, label, el('span', { class: 'count' }, count))));
}

function row(item) {
  const type = TYPES[item.type] || { label: item.type, color: '#6b7280', glyph: '?' };
  const key = keyOf(item);
  const days = item.daysRemaining;
  const purging = item.status === 'purging';
  return el('tr', { class: 'item' + (state.selected.has(key) ? ' selected' : '') + (state.done.has(key) ? ' done' : ''),
    'data-type': item.type, 'data-id': item.id },
    el('td', { class: 'check' }, el('input', { type: 'checkbox', 'aria-label': 'Select ' + item.name,
      checked: state.selected.has(key), onchange: (e) => { toggle(key, e.target.checked); } })),
    el('td', {}, el('div', { class: 'name' }, el('span', { class: 'glyph', style: 'background:' + type.color }, type.glyph),
      el('div', {}, item.name, el('small', {}, item.id)))),
    el('td', {}, el('span', { class: 'badge', style: 'color:' + type.color + ';background:color-mix(in srgb, '
      + type.color + ' 12%, white)' }, type.label)),
    el('td', { class: 'deleted', title: item.deletedAt }, when(item.deletedAt), el('small', { class: 'muted' }, 'by ' + item.deletedBy)),
    el('td', { title: 'Permanently deleted on ' + when(item.scheduledCleanupAt) },
      el('span', { class: 'days' + (days === 0 ? ' due' : days <= 3 ? ' soon' : '') }, days + 'd')),
    el('td', { class: 'num' }, size(item.sizeBytes)),
    el('td', { class: 'num' }, item.cascadedCount ? item.cascadedCount + (item.cascadedCount === 1 ? ' item' : ' items') : '—'),
    el('td', {}, item.parent ? item.parent.name || item.parent.id : '—'),
    el('td', { class: 'actions' }, purging ? el('span', { class: 'purging' }, 'Being deleted…') : [
      el('button', { class: 'btn icon restore', type: 'button', title: 'Restore', onclick: () => restore([item]) }, '↶ Restore'),
      el('button', { class: 'btn icon danger-outline purge', type: 'button', title: 'Delete permanently',
        onclick: () => purge([item]) }, 'Delete permanently')]));
}

function errorRow(item, message) {
  return el('tr', { class: 'row-error', 'data-for': keyOf(item) }, el('td', { colspan: 9 }, '⚠ ' + message,
    el('button', { class: 'btn small ghost', type: 'button',
      onclick: () => { state.errors.delete(keyOf(item)); render(); } }, 'Dismiss')));
}

function toggle(key, on) {
  if (on) state.selected.add(key); else state.selected.delete(key);
  render();
}

// Restore answers one outcome per item; failures stay inline under their row until dismissed.
async function restore(items) {
  const body = items.length === 1 ? { type: items[0].type, id: items[0].id }
    : { items: items.map((i) => ({ type: i.type, id: i.id })) };
  const response = await api('POST', '/trash/restore', body);
  const results = response.body.results || [];
  if (!results.length) return showBanner(response.body.error || 'Restore failed');
  let restored = 0;
  for (const result of results) {
    const key = result.type + '/' + result.id;
    if (result.outcome === 'restored') { restored++; state.errors.delete(key); state.selected.delete(key); }
    else state.errors.set(key, result.error);
  }
  if (restored) toast(restored === 1 ? 'Restored ' + nameOf(results.find((r) => r.outcome === 'restored'))
    : 'Restored ' + restored + ' items');
  await load();
}

// Delete permanently calls the single-item DELETE per row, nested items first, and shows each row's result.
async function purge(items) {
  const title = items.length === 1 ? 'Delete “' + items[0].name + '” permanently?'
    : 'Delete ' + items.length + ' items permanently?';
  if (!await confirmDialog(title, 'This can’t be undone. Everything inside will be deleted too.', 'Delete permanently')) return;
  const ordered = [...items].sort((a, b) => (b.parent ? 1 : 0) - (a.parent ? 1 : 0));
  let deleted = 0;
  for (const item of ordered) {
    const response = await api('DELETE', '/trash/' + item.type + '/' + encodeURIComponent(item.id));
    const key = keyOf(item);
    if (response.ok) { deleted++; state.done.add(key); state.errors.delete(key); state.selected.delete(key); }
    else state.errors.set(key, response.body.error || 'Delete failed (' + response.status + ')');
    render();
  }
  if (deleted) toast(deleted === 1 ? 'Deleted 1 item permanently' : 'Deleted ' + deleted + ' items permanently');
  state.done.clear();
  await load();
}

async function emptyTrash() {
  const count = state.total;
  if (!await confirmDialog('Delete all ' + count + ' items?', 'Every item in Trash will be permanently deleted, '
    + 'with everything inside it. This can’t be undone.', 'Empty Trash')) return;
  const response = await api('DELETE', '/trash?expectedCount=' + count);
  if (response.ok) { state.errors.clear(); state.selected.clear(); toast('Trash emptied'); }
  else showBanner(response.body.error || 'Empty Trash failed');
  await load();
}

function confirmDialog(title, body, action) {
  $('confirm-title').textContent = title;
  $('confirm-body').textContent = body;
  $('confirm-ok').textContent = action;
  const dialog = $('confirm-dialog');
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true }));
}

function nameOf(result) {
  const item = state.items.find((i) => i.type === result.type && i.id === result.id);
  return item ? item.name : result.type + ' ' + result.id;
}

function showBanner(message) { $('banner').textContent = message; $('banner').hidden = false; }
function hideBanner() { $('banner').hidden = true; }

function askForKey(error) {
  $('key-ws').textContent = state.ws;
  $('key-input').value = state.demoKey || '';
  $('key-hint').hidden = !state.demoKey;
  $('key-error').textContent = error || '';
  $('key-error').hidden = !error;
  if (!$('key-dialog').open) $('key-dialog').showModal();
}

async function init() {
  const config = await fetch('/config.json').then((r) => r.json()).catch(() => ({}));
  state.demoKey = config.demoKey || null;
  state.ws = params.get('ws') || config.defaultWorkspace || 'demo';
  $('ws-name').textContent = state.ws;
  document.title = 'Trash · ' + state.ws;
  $('legend').replaceChildren(...Object.entries(TYPES).map(([, t]) =>
    el('span', {}, el('i', { style: 'background:' + t.color }), t.plural)));
  $('key-form').addEventListener('submit', () => {
    state.key = $('key-input').value.trim();
    sessionStorage.setItem('trash.key.' + state.ws, state.key);
    load();
  });
  $('change-key').addEventListener('click', () => askForKey());
  $('empty-trash').addEventListener('click', emptyTrash);
  $('more').addEventListener('click', loadMore);
  $('select-all').addEventListener('change', (e) => {
    state.items.filter((i) => state.filter === 'all' || i.type === state.filter)
      .forEach((i) => { if (e.target.checked) state.selected.add(keyOf(i)); else state.selected.delete(keyOf(i)); });
    render();
  });
  const selectedItems = () => state.items.filter((i) => state.selected.has(keyOf(i)));
  $('bulk-restore').addEventListener('click', () => restore(selectedItems()));
  $('bulk-delete').addEventListener('click', () => purge(selectedItems()));
  state.key = sessionStorage.getItem('trash.key.' + state.ws);
  if (state.key) load(); else askForKey();
}

init();
