// Sitrep dashboard: plain JavaScript over the API under /api/v1. No inline script, no framework, nothing
// from elsewhere: Leaflet, markercluster, topojson-client, world-atlas and uPlot come from the jar (vendor/).
(function () {
  'use strict';
  var API = 'api/v1/';
  var FILTERS = ['from', 'to', 'country', 'acled', 'cameo', 'actor', 'factuality', 'text'];
  var state = { cursor: null, selected: null };
  var $ = function (id) { return document.getElementById(id); };

  function filters() {
    var p = new URLSearchParams();
    FILTERS.forEach(function (f) {
      var v = $('f-' + f).value.trim();
      if (v) { p.set(f, v); }
    });
    return p;
  }

  function fromUrl() {
    var p = new URLSearchParams(window.location.search);
    FILTERS.forEach(function (f) { $('f-' + f).value = p.get(f) || ''; });
    state.selected = p.get('event');
  }

  function toUrl() {
    var p = filters();
    if (state.selected) { p.set('event', state.selected); }
    var q = p.toString();
    window.history.replaceState(null, '', q ? '?' + q : window.location.pathname);
  }

  function showError(message) {
    var e = $('error');
    e.textContent = message;
    e.hidden = false;
    window.setTimeout(function () { e.hidden = true; }, 6000);
  }

  function getJson(path) {
    return fetch(path, { headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error((body.parameter ? body.parameter + ': ' : '') + body.error); }
        return body;
      });
    });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  // ---- map: country outlines from world-atlas, events as server-side grid cells, clustered ----
  // The largest zoom at which the whole world fits the map's width.
  var startZoom = Math.max(1, Math.floor(Math.log(Math.max(256, $('map').clientWidth) / 256) / Math.LN2));
  var map = L.map('map', { minZoom: 1, maxZoom: 14, worldCopyJump: true }).setView([15, 0], startZoom);
  fetch('vendor/countries-110m.json').then(function (r) { return r.json(); }).then(function (topo) {
    L.geoJSON(withoutWrappedParts(topojson.feature(topo, topo.objects.countries)), {
      interactive: false,
      style: { color: '#7a8a99', weight: 0.6, fillColor: '#fbfbf8', fillOpacity: 1 }
    }).addTo(map);
    cells.bringToFront && cells.bringToFront();
  });

  // Polygons that cross the antimeridian (Fiji, Chukotka) would be drawn as bands across the map: dropped.
  function withoutWrappedParts(fc) {
    function wraps(ring) {
      for (var i = 1; i < ring.length; i++) { if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) { return true; } }
      return false;
    }
    fc.features.forEach(function (f) {
      var g = f.geometry;
      if (g && g.type === 'MultiPolygon') {
        g.coordinates = g.coordinates.filter(function (poly) { return !wraps(poly[0]); });
      } else if (g && g.type === 'Polygon' && wraps(g.coordinates[0])) {
        g.coordinates = [];
      }
    });
    return fc;
  }

  function cellIcon(count) {
    var size = count < 10 ? 28 : count < 1000 ? 34 : 42;
    return L.divIcon({ html: String(count), className: 'cell-icon', iconSize: [size, size] });
  }

  var cells = L.markerClusterGroup({
    showCoverageOnHover: false, maxClusterRadius: 45, spiderfyOnMaxZoom: false, zoomToBoundsOnClick: true,
    iconCreateFunction: function (cluster) {
      var n = 0;
      cluster.getAllChildMarkers().forEach(function (m) { n += m.options.count; });
      return cellIcon(n);
    }
  }).addTo(map);

  function loadGrid() {
    var p = filters();
    p.set('zoom', String(Math.max(0, Math.min(18, map.getZoom()))));
    return getJson(API + 'grid?' + p.toString()).then(function (g) {
      cells.clearLayers();
      var markers = g.cells.map(function (c) {
        var m = L.marker([c.lat, c.lon], { icon: cellIcon(c.count), count: c.count, keyboard: false });
        m.on('click', function () {
          if (c.id) { selectEvent(c.id); } else { map.setView([c.lat, c.lon], Math.min(map.getZoom() + 2, 14)); }
        });
        return m;
      });
      cells.addLayers(markers);
      $('map-count').textContent = String(g.total);
      $('map').setAttribute('data-count', String(g.total));
    });
  }
  map.on('zoomend', function () { loadGrid().catch(function (e) { showError(e.message); }); });

  // ---- timeline: events per day from /stats; a drag across it sets the date range ----
  var plot = null;
  function dayToSec(d) { return Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 1000; }
  function secToDay(s) { return new Date(s * 1000).toISOString().slice(0, 10); }

  function series(perDay) {
    var days = Object.keys(perDay).sort();
    if (days.length === 0) { return [[], []]; }
    var xs = [], ys = [];
    var first = dayToSec(days[0]), last = dayToSec(days[days.length - 1]);
    if ((last - first) / 86400 > 4000) {
      days.forEach(function (d) { xs.push(dayToSec(d)); ys.push(perDay[d]); });
    } else {
      for (var t = first; t <= last; t += 86400) { xs.push(t); ys.push(perDay[secToDay(t)] || 0); }
    }
    return [xs, ys];
  }

  function drawTimeline(perDay) {
    var data = series(perDay);
    var box = $('timeline');
    if (plot) { plot.destroy(); plot = null; }
    box.setAttribute('data-days', String(data[0].length));
    if (data[0].length === 0) { box.textContent = 'no dated events'; return; }
    box.textContent = '';
    plot = new uPlot({
      width: Math.max(300, box.clientWidth - 4), height: 220,
      scales: { x: { time: true, range: function (u, min, max) { return [min - 3 * 86400, max + 3 * 86400]; } } },
      axes: [{}, { size: 50 }],
      series: [{}, { label: 'events', stroke: '#c83c28', fill: 'rgba(200,60,40,0.25)',
        paths: uPlot.paths.bars({ size: [0.9, 40] }) }],
      cursor: { drag: { x: true, y: false, setScale: false } },
      hooks: { setSelect: [function (u) {
        if (u.select.width < 2) { return; }
        var a = u.posToVal(u.select.left, 'x'), b = u.posToVal(u.select.left + u.select.width, 'x');
        $('f-from').value = secToDay(Math.floor(a / 86400) * 86400);
        $('f-to').value = secToDay(Math.floor(b / 86400) * 86400);
        u.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
        apply();
      }] }
    }, data, box);
  }

  function drawFacets(stats) {
    var box = $('facets');
    box.textContent = '';
    [['per_country', 'country', 'country'], ['per_acled_type', 'acled', 'ACLED type'], ['per_cameo_root', 'cameo', 'CAMEO root']]
      .forEach(function (f) {
        var div = el('div'), ul = el('ul');
        div.appendChild(el('strong', null, f[2]));
        Object.keys(stats[f[0]]).slice(0, 8).forEach(function (k) {
          var li = el('li');
          if (k === 'none') { li.textContent = 'none: ' + stats[f[0]][k]; } else {
            var b = el('button', null, k);
            b.type = 'button';
            b.addEventListener('click', function () { $('f-' + f[1]).value = k; apply(); });
            li.appendChild(b);
            li.appendChild(document.createTextNode(' ' + stats[f[0]][k]));
          }
          ul.appendChild(li);
        });
        div.appendChild(ul);
        box.appendChild(div);
      });
  }

  function loadStats() {
    return getJson(API + 'stats?' + filters().toString()).then(function (s) {
      $('total').textContent = String(s.total);
      drawTimeline(s.per_day);
      drawFacets(s);
    });
  }

  // ---- event list, paged with the API's cursor ----
  function actorName(a) { return a ? (a.name || a.text) : '—'; }

  function listItem(e) {
    var li = el('li');
    li.setAttribute('data-id', e.id);
    li.appendChild(el('div', null, (e.cameo_name || e.cameo) + ': ' + actorName(e.source) + ' → ' + actorName(e.target)));
    li.appendChild(el('div', 'meta', e.date.start + (e.location ? ' · ' + e.location.name + (e.location.country ? ', ' + e.location.country : '') : '')
      + ' · ' + e.factuality + ' · ' + e.mention_count + ' report' + (e.mention_count === 1 ? '' : 's')));
    li.addEventListener('click', function () { selectEvent(e.id); });
    return li;
  }

  function loadList(more) {
    var p = filters();
    p.set('limit', '100');
    if (more && state.cursor) { p.set('cursor', state.cursor); }
    return getJson(API + 'events?' + p.toString()).then(function (page) {
      var list = $('list');
      if (!more) { list.textContent = ''; }
      page.events.forEach(function (e) { list.appendChild(listItem(e)); });
      list.setAttribute('data-total', String(page.total));
      state.cursor = page.next;
      $('more').hidden = !page.next;
    });
  }
  $('more').addEventListener('click', function () { loadList(true).catch(function (e) { showError(e.message); }); });

  // ---- evidence: the article text with the event's parts highlighted from the stored offsets ----
  function renderText(text, ev) {
    var box = el('div', 'text');
    var spans = (ev && ev.highlights) || [];
    var s = ev ? ev.evidence.start : -1, t = ev ? ev.evidence.end : -1;
    box.appendChild(document.createTextNode(text.slice(0, Math.max(0, s))));
    if (ev) {
      var sentence = el('span', 'sentence');
      var at = s;
      spans.forEach(function (h) {
        if (h.start < at || h.end > t) { return; }
        sentence.appendChild(document.createTextNode(text.slice(at, h.start)));
        var m = el('mark', 'hl-' + h.kind, text.slice(h.start, h.end));
        m.setAttribute('data-kind', h.kind);
        m.title = h.kind;
        sentence.appendChild(m);
        at = h.end;
      });
      sentence.appendChild(document.createTextNode(text.slice(at, t)));
      box.appendChild(sentence);
      box.appendChild(document.createTextNode(text.slice(t)));
    }
    return box;
  }

  function showArticle(event, mention) {
    return getJson(API + 'articles/' + encodeURIComponent(mention.article.id)).then(function (a) {
      var ev = a.events.filter(function (x) { return x.id === mention.event_id; })[0];
      var box = $('evidence');
      box.textContent = '';
      var h = el('h3');
      if (a.article.url && /^https?:\/\//.test(a.article.url)) {
        var link = el('a', null, a.article.title || a.article.id);
        link.href = a.article.url;
        link.rel = 'noopener noreferrer';
        link.target = '_blank';
        h.appendChild(link);
      } else { h.textContent = a.article.title || a.article.id; }
      box.appendChild(h);
      box.appendChild(el('p', 'note', [a.article.published, a.article.source].filter(Boolean).join(' · ')));
      if (ev) {
        box.appendChild(el('p', null, (ev.cameo_name || ev.cameo) + ' (' + ev.cameo + '), ' + ev.factuality
          + (ev.fatalities !== null ? ', ' + ev.fatalities + ' killed' : '') + ', ' + ev.date.start
          + (ev.date.end !== ev.date.start ? ' – ' + ev.date.end : '') + ' (' + ev.date.precision + ')'));
      }
      var legend = el('p', 'legend note');
      ['trigger', 'source', 'target', 'place', 'date'].forEach(function (k) { legend.appendChild(el('mark', 'hl-' + k, k)); });
      box.appendChild(legend);
      box.appendChild(renderText(a.article.text, ev));
      if (event.mentions.length > 1) {
        box.appendChild(el('h4', null, 'Reported by ' + event.mentions.length + ' articles'));
        var ul = el('ul');
        event.mentions.forEach(function (m) {
          var li = el('li');
          var b = el('button', null, (m.article.title || m.article.id) + (m.article.published ? ' (' + m.article.published + ')' : ''));
          b.type = 'button';
          b.addEventListener('click', function () { showArticle(event, m).catch(function (e) { showError(e.message); }); });
          li.appendChild(b);
          ul.appendChild(li);
        });
        box.appendChild(ul);
      }
      var trigger = box.querySelector('mark.hl-trigger');
      if (trigger && trigger.scrollIntoView) { trigger.scrollIntoView({ block: 'nearest' }); }
    });
  }

  function selectEvent(id) {
    state.selected = id;
    toUrl();
    Array.prototype.forEach.call(document.querySelectorAll('#list li'), function (li) {
      li.classList.toggle('selected', li.getAttribute('data-id') === id);
    });
    return getJson(API + 'events/' + encodeURIComponent(id)).then(function (event) {
      return showArticle(event, event.mentions.filter(function (m) { return m.event_id === event.event_id; })[0] || event.mentions[0]);
    }).catch(function (e) { showError(e.message); });
  }

  // ---- filters ----
  function updateExports() {
    var q = filters().toString();
    Array.prototype.forEach.call(document.querySelectorAll('#exports a'), function (a) {
      a.href = API + 'export/' + a.getAttribute('data-format') + (q ? '?' + q : '');
    });
  }

  function apply() {
    state.cursor = null;
    toUrl();
    updateExports();
    document.body.setAttribute('data-loading', 'true');
    return Promise.all([loadGrid(), loadStats(), loadList(false)])
      .catch(function (e) { showError(e.message); })
      .then(function () { document.body.setAttribute('data-loading', 'false'); });
  }

  $('filters').addEventListener('submit', function (e) { e.preventDefault(); state.selected = null; apply(); });
  $('clear').addEventListener('click', function () {
    FILTERS.forEach(function (f) { $('f-' + f).value = ''; });
    state.selected = null;
    apply();
  });

  fromUrl();
  apply().then(function () { if (state.selected) { selectEvent(state.selected); } });
}());
