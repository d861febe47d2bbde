// A squarified treemap (Bruls, Huizing, van Wijk): tiles whose areas follow the values, kept close to squares.
'use strict';

function squarify(values, width, height) {
  const total = values.reduce((sum, v) => sum + v.value, 0);
  const scale = (width * height) / total;
  let queue = values.filter((v) => v.value > 0).sort((a, b) => b.value - a.value)
    .map((v) => ({ data: v, area: v.value * scale }));
  const tiles = [];
  let x = 0, y = 0, w = width, h = height;
  const worst = (row, side) => {
    const sum = row.reduce((s, r) => s + r.area, 0);
    const max = Math.max(...row.map((r) => r.area)), min = Math.min(...row.map((r) => r.area));
    return Math.max((side * side * max) / (sum * sum), (sum * sum) / (side * side * min));
  };
  while (queue.length) {
    const side = Math.min(w, h);
    const row = [queue[0]];
    let next = 1;
    while (next < queue.length && worst(row.concat(queue[next]), side) <= worst(row, side)) row.push(queue[next++]);
    queue = queue.slice(next);
    const sum = row.reduce((s, r) => s + r.area, 0);
    if (w >= h) {
      const columnWidth = sum / h;
      let top = y;
      for (const r of row) { const th = r.area / columnWidth; tiles.push({ data: r.data, x, y: top, w: columnWidth, h: th }); top += th; }
      x += columnWidth; w -= columnWidth;
    } else {
      const rowHeight = sum / w;
      let left = x;
      for (const r of row) { const tw = r.area / rowHeight; tiles.push({ data: r.data, x: left, y, w: tw, h: rowHeight }); left += tw; }
      y += rowHeight; h -= rowHeight;
    }
  }
  return tiles;
}

function renderTreemap() {
  const box = $('treemap');
  const values = state.items.map((item) => ({ item, value: item.sizeBytes }));
  if (!values.some((v) => v.value > 0)) {
    box.replaceChildren(el('div', { class: 'nothing' }, 'Nothing in Trash takes up storage'));
    return;
  }
  const width = box.clientWidth || 1000, height = box.clientHeight || 168;
  box.replaceChildren(...squarify(values, width, height).map((tile) => {
    const item = tile.data.item;
    const type = TYPES[item.type] || { color: '#6b7280', label: item.type };
    const label = tile.w > 72 && tile.h > 36;
    return el('div', { class: 'tile', 'data-id': item.id, title: item.name + ' · ' + type.label + ' · ' + size(item.sizeBytes),
      style: `left:${tile.x}px;top:${tile.y}px;width:${tile.w}px;height:${tile.h}px;background:${type.color}` },
      label ? [el('b', {}, item.name), el('span', {}, size(item.sizeBytes))] : null);
  }));
}

window.addEventListener('resize', () => { if (state.items.length) renderTreemap(); });
