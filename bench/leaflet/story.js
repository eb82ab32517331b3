// The comparison page's one script: Raskolnikov's movements of 26–28 October 1917 with
// Leaflet and TimelineJS, from the app's own data: `story.geojson` (the story as the app
// exports it, docs/story-format.md) and the basemap's GeoJSON files (assets/basemap).
// Each file is drawn as soon as it arrives; the places carry permanent tooltips with their
// names, the legs are drawn as lines, and the steps (stops, legs and the text's silences)
// are TimelineJS slides. The map highlights the step the timeline shows.
(() => {
  'use strict';

  const BASEMAP = ['region', 'city', 'city_1917', 'railways'];

  const map = L.map('map', { zoomControl: true, attributionControl: true });
  map.attributionControl.addAttribution(
    'Coastline: GSHHG (LGPL-3); railways and city of 1917: Petrograd 1917 project');
  // Raskolnikov's area until the places arrive (Kronstadt to Gatchina).
  map.fitBounds([[59.55, 29.7], [60.02, 30.45]]);
  // The basemap stays under the story, whichever file arrives first.
  map.createPane('basemap').style.zIndex = 350;

  const esc = (s) => String(s).replace(/[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

  const getJSON = (url) => fetch(url).then((r) => {
    if (!r.ok) { throw new Error(url + ': ' + r.status); }
    return r.json();
  });

  const BASE_STYLE = {
    land: { color: '#b9b3a3', weight: 0.5, fillColor: '#f2efe6', fillOpacity: 1 },
    water: { stroke: false, fillColor: '#c9dbe6', fillOpacity: 1 },
    river: { color: '#9dbdd1', weight: 2 },
    street: { color: '#d0c8b6', weight: 1.5 },
    canal: { color: '#9dbdd1', weight: 1 },
    bridge: { color: '#8a8270', weight: 2 },
    railway: { color: '#555', weight: 1.5, dashArray: '4 3' },
  };

  const drawBasemap = (name, geojson) => L.geoJSON(geojson, {
    pane: 'basemap',
    interactive: false,
    style: (f) => BASE_STYLE[f.properties.kind] || { color: '#999', weight: 1 },
    // Stations as dots; the districts' names are not drawn.
    filter: (f) => f.geometry.type !== 'Point' || f.properties.kind === 'station',
    pointToLayer: (f, latlng) => L.circleMarker(latlng, {
      pane: 'basemap', radius: 2, color: '#555', weight: 1, fillOpacity: 1,
    }),
  }).addTo(map);

  for (const name of BASEMAP) {
    getJSON('basemap/' + name + '.geojson')
      .then((geojson) => drawBasemap(name, geojson))
      .catch((e) => console.error('basemap', name, e));
  }

  // The story's layers, by id, for the highlight of the current step.
  const markers = new Map();
  const legs = new Map();
  const stepsById = new Map();
  let highlighted = [];

  const PLACE_STYLE = (rank) => ({
    radius: rank === 1 ? 6 : rank === 2 ? 4 : 3,
    color: '#7a1f1f', weight: 1, fillColor: '#c0392b', fillOpacity: 0.9,
  });
  const LEG_STYLE = { color: '#c0392b', weight: 3, opacity: 0.7 };

  const highlight = (id) => {
    for (const [layer, style] of highlighted) { layer.setStyle(style); }
    highlighted = [];
    const step = stepsById.get(id);
    if (!step) { return; }
    const p = step.properties;
    if (p.feature === 'leg' && legs.has(p.step)) {
      const layer = legs.get(p.step);
      highlighted.push([layer, LEG_STYLE]);
      layer.setStyle({ color: '#1f3a7a', weight: 6, opacity: 1 }).bringToFront();
    } else if (p.feature === 'stop' && markers.has(p.place)) {
      const [layer, rank] = markers.get(p.place);
      highlighted.push([layer, PLACE_STYLE(rank)]);
      layer.setStyle({ radius: 9, fillColor: '#1f3a7a', color: '#0d1b3a' }).bringToFront();
    }
  };

  // `1917-10-27T02:00` (the memoir's Julian calendar, as the app shows it) as TimelineJS's date.
  const tlDate = (s) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(s);
    return { year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5] };
  };

  const drawStory = (story) => {
    const features = story.features;
    const steps = features
      .filter((f) => ['stop', 'leg', 'gap'].includes(f.properties.feature))
      .sort((a, b) => a.properties.order - b.properties.order);

    // The routes, under the places.
    for (const f of steps) {
      if (f.properties.feature !== 'leg' || !f.geometry) { continue; }
      const layer = L.geoJSON(f, { style: () => LEG_STYLE }).addTo(map);
      layer.bindPopup('<strong>' + esc(f.properties.title_en) + '</strong>');
      legs.set(f.properties.step, layer);
    }

    // The places, each with its name always shown.
    const places = L.featureGroup().addTo(map);
    for (const f of features) {
      const p = f.properties;
      if (p.feature !== 'place' || !f.geometry) { continue; }
      const [lon, lat] = f.geometry.coordinates;
      const marker = L.circleMarker([lat, lon], PLACE_STYLE(p.rank))
        .bindTooltip(esc(p.name_en), {
          permanent: true, direction: 'right', offset: [6, 0], className: 'place-name',
        })
        .bindPopup('<strong>' + esc(p.name_en) + '</strong>' + (p.note_en ? '<p>' + esc(p.note_en) + '</p>' : ''))
        .addTo(places);
      markers.set(p.place, [marker, p.rank]);
    }
    map.fitBounds(places.getBounds(), { padding: [12, 12] });

    // One slide per step, in journey order.
    for (const f of steps) { stepsById.set(f.properties.step, f); }
    const data = {
      title: {
        text: {
          headline: 'F. Raskolnikov, 26–28 October 1917',
          text: '<p>His movements in his memoir “La Révolution d’Octobre”, step by step '
            + '(dates in the Julian calendar of 1917 Russia).</p>',
        },
      },
      events: steps.map((f) => {
        const p = f.properties;
        return {
          unique_id: p.step,
          start_date: tlDate(p.start_julian),
          end_date: tlDate(p.end_julian),
          text: {
            headline: esc(p.title_en),
            text: (p.passages || []).map((q) => '<p>' + esc(q) + '</p>').join(''),
          },
        };
      }),
    };
    const timeline = new TL.Timeline('timeline', data, {
      // Self-hosted: no font stylesheet, no theme, nothing from Knight Lab's CDN.
      font: null,
      theme: null,
      script_path: new URL('vendor/timelinejs/js/', location.href).href,
      language: 'en',
      hash_bookmark: false,
      ga_measurement_id: null,
      soundcite: false,
    });
    timeline.on('change', (e) => highlight(e.unique_id));
    for (const [id, layer] of legs) { layer.on('click', () => timeline.goToId(id)); }
    window.timeline = timeline;
  };

  getJSON('story.geojson')
    .then(drawStory)
    .catch((e) => {
      console.error('story', e);
      document.getElementById('timeline').textContent = 'The story could not be loaded.';
    });
})();
