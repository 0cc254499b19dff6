// The Step Advisor page: a form for a profile, and the advice, timeline and program list the
// server's API computes for it. Plain JavaScript, no libraries, so the page works offline.
'use strict';

const state = {
  vocabulary: {},
  serverCatalogue: false,
  uploadedCatalogue: null, // {name, body: array or CSV text, rows: [{id, imgShare}]}
  lastProfile: null,
};

// Upper-case words that stay upper case when a value is shown to people.
const ACRONYMS = new Set(['US', 'IMG', 'MD', 'DO', 'CK', 'NBME', 'UWSA1', 'UWSA2', 'USMLE']);

const ROW_FIELDS = {
  exams: [
    {name: 'exam', kind: 'select', vocabulary: 'exam'},
    {name: 'date', kind: 'date'},
    {name: 'result', kind: 'select', vocabulary: 'result'},
    {name: 'score', kind: 'number', min: 1, max: 300},
  ],
  plannedExams: [
    {name: 'exam', kind: 'select', vocabulary: 'exam'},
    {name: 'date', kind: 'date'},
  ],
  practiceTests: [
    {name: 'exam', kind: 'select', vocabulary: 'exam'},
    {name: 'form', kind: 'select', vocabulary: 'form'},
    {name: 'date', kind: 'date'},
    {name: 'score', kind: 'number', min: 1, max: 300},
    {name: 'passingScore', kind: 'number', min: 1, max: 300},
  ],
};
const TEXT_FIELDS = ['name', 'asOf', 'clinicalStart', 'graduation'];
const CHOICE_FIELDS = ['citizenship', 'education', 'stage'];
const NUMBER_FIELDS = ['matchYear', 'dedicatedWeeks', 'dailyQuestions', 'usceMonths', 'usLetters', 'researchOutputs',
  'programsPlanned'];
const FLAG_FIELDS = ['schoolUsmleOriented', 'extendedLeave'];
const PICK_FIELDS = ['targetSpecialties', 'programSettings', 'honors', 'geographicTies'];
const PRIORITIES = [
  ['HIGH', 'Act now'],
  ['MEDIUM', 'Plan for it'],
  ['LOW', 'Good to know'],
];

const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function humanize(value) {
  if (value === 'FREE_120') return 'Free 120';
  if (/^[A-Z]{2}$/.test(value)) return value; // a state code
  const words = value.split('_').map((word, i) => {
    if (ACRONYMS.has(word) || /^\d+$/.test(word)) return word;
    const lower = word.toLowerCase();
    return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
  });
  return words.join(' ').replace(/^Step1\b/, 'Step 1').replace(/^Step2\b/, 'Step 2 CK');
}

function formatDate(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${day} ${names[month - 1]} ${year}`;
}

async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/** POSTs JSON; answers {ok, status, body}, body the parsed JSON (errors included). */
async function postJson(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify(body),
  });
  let parsed;
  try {
    parsed = await response.json();
  } catch (e) {
    parsed = {errors: [`the server answered ${response.status} without JSON`]};
  }
  return {ok: response.ok, status: response.status, body: parsed};
}

// ---- the form -------------------------------------------------------------------------------

function fillVocabulary() {
  for (const select of $$('select[data-vocabulary]')) {
    const values = state.vocabulary[select.dataset.vocabulary] || [];
    select.replaceChildren(el('option', {value: '', text: '—'}),
      ...values.map(value => el('option', {value, text: humanize(value)})));
  }
  for (const list of $$('.pick-list[data-vocabulary]')) {
    const field = list.id;
    const values = state.vocabulary[list.dataset.vocabulary] || [];
    list.replaceChildren(...values.map(value => el('label', {class: 'pick'},
      el('input', {type: 'checkbox', name: field, value}), ' ', humanize(value))));
  }
  const filter = $('#category-filter');
  for (const category of state.vocabulary.programCategory || []) {
    filter.append(el('option', {value: category, text: humanize(category)}));
  }
}

function rowControl(kind, index, field, value) {
  const path = `${kind}[${index}].${field.name}`;
  const label = humanize(field.name === 'passingScore' ? 'PASSING_SCORE' : field.name.toUpperCase());
  let control;
  if (field.kind === 'select') {
    const values = state.vocabulary[field.vocabulary] || [];
    control = el('select', {'aria-label': label},
      el('option', {value: '', text: '—'}),
      ...values.map(v => el('option', {value: v, text: humanize(v)})));
  } else {
    control = el('input', {type: field.kind, 'aria-label': label, min: field.min, max: field.max});
  }
  control.dataset.field = field.name;
  control.dataset.path = path;
  if (value !== undefined && value !== null) control.value = String(value);
  return el('td', {}, control);
}

function addRow(kind, values = {}) {
  const body = $(`#${kind}`);
  const index = body.children.length;
  const row = el('tr', {'data-path': `${kind}[${index}]`},
    ...ROW_FIELDS[kind].map(field => rowControl(kind, index, field, values[field.name])),
    el('td', {}, el('button', {type: 'button', class: 'remove', 'aria-label': 'Remove this row', text: '×'})));
  $('.remove', row).addEventListener('click', () => {
    row.remove();
    renumber(kind);
  });
  body.append(row);
  return row;
}

/** Keeps each row's field paths equal to its index, so the API's paths find it. */
function renumber(kind) {
  $$(`#${kind} > tr`).forEach((row, index) => {
    row.dataset.path = `${kind}[${index}]`;
    for (const control of $$('[data-field]', row)) control.dataset.path = `${kind}[${index}].${control.dataset.field}`;
  });
}

function readForm() {
  const profile = {};
  for (const field of TEXT_FIELDS.concat(CHOICE_FIELDS)) {
    const value = $(`#f-${field}`).value.trim();
    if (value !== '') profile[field] = value;
  }
  for (const field of FLAG_FIELDS) {
    if ($(`#f-${field}`).checked) profile[field] = true;
  }
  for (const field of NUMBER_FIELDS) {
    const value = $(`#f-${field}`).value.trim();
    if (value !== '') profile[field] = Number(value);
  }
  for (const kind of Object.keys(ROW_FIELDS)) {
    const rows = $$(`#${kind} > tr`).map(row => {
      const item = {};
      for (const control of $$('[data-field]', row)) {
        const value = control.value.trim();
        if (value === '') continue;
        item[control.dataset.field] = control.type === 'number' ? Number(value) : value;
      }
      return item;
    });
    if (rows.length > 0) profile[kind] = rows;
  }
  for (const field of PICK_FIELDS) {
    const picked = $$(`#${field} input:checked`).map(box => box.value);
    if (picked.length > 0) profile[field] = picked;
  }
  return profile;
}

function fillForm(profile) {
  $('#profile').reset();
  for (const field of TEXT_FIELDS.concat(CHOICE_FIELDS).concat(NUMBER_FIELDS)) {
    $(`#f-${field}`).value = profile[field] === undefined || profile[field] === null ? '' : String(profile[field]);
  }
  for (const field of FLAG_FIELDS) $(`#f-${field}`).checked = profile[field] === true;
  for (const kind of Object.keys(ROW_FIELDS)) {
    $(`#${kind}`).replaceChildren();
    for (const item of profile[kind] || []) addRow(kind, item);
  }
  for (const field of PICK_FIELDS) {
    const picked = new Set(profile[field] || []);
    for (const box of $$(`#${field} input`)) box.checked = picked.has(box.value);
  }
  clearErrors($('#profile'));
}

// ---- errors next to their fields -------------------------------------------------------------

const PATH = /^([A-Za-z_]\w*(?:\[\d+\])?(?:\.[A-Za-z_]\w*(?:\[\d+\])?)*): (.*)$/s;

function clearErrors(root) {
  for (const error of $$('.error', root)) error.remove();
  for (const node of $$('.invalid', root)) node.classList.remove('invalid');
  for (const node of $$('[aria-invalid]', root)) node.removeAttribute('aria-invalid');
  for (const box of $$('.form-errors', root)) box.hidden = true;
}

/** The element a path belongs to: the field itself, else its row, else its list, else none. */
function fieldFor(root, path) {
  let candidate = path;
  while (candidate) {
    const found = $$('[data-path]', root).find(node => node.dataset.path === candidate);
    if (found) return found;
    const shorter = candidate.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    if (shorter === candidate) return null;
    candidate = shorter;
  }
  return null;
}

/** Shows each "path: message" beside its field; a problem with no field goes in the box at the top. */
function showErrors(root, box, errors) {
  let firstShown = null;
  for (const line of errors) {
    const match = PATH.exec(line);
    const path = match ? match[1] : '';
    const message = match ? match[2] : line;
    const field = path ? fieldFor(root, path) : null;
    const error = el('span', {class: 'error', 'data-error-for': path, role: 'alert', text: field ? message : line});
    if (field) {
      field.classList.add('invalid');
      const control = field.matches('input, select') ? field : $('input, select', field);
      if (control) control.setAttribute('aria-invalid', 'true');
      if (field.matches('input, select')) field.after(error);
      else if (field.matches('tr')) $('td:last-child', field).append(error);
      else field.append(error);
    } else {
      box.append(error);
      box.hidden = false;
    }
    firstShown = firstShown || error;
  }
  if (firstShown) firstShown.scrollIntoView({block: 'center'});
}

// ---- advice ----------------------------------------------------------------------------------

function recommendationCard(recommendation) {
  const heading = el('h4', {}, recommendation.title);
  const meta = el('p', {class: 'meta'},
    el('code', {text: recommendation.id}),
    recommendation.subject ? el('span', {class: 'tag', text: humanize(recommendation.subject)}) : null,
    el('span', {class: 'tag muted', text: humanize(recommendation.category)}));
  const reasons = el('ul', {class: 'reasons'}, ...recommendation.reasons.map(reason => el('li', {text: reason})));
  const source = el('p', {class: 'source'}, 'Guide: ', el('cite', {text: recommendation.source}));
  const card = el('article', {
    class: `recommendation ${recommendation.priority.toLowerCase()}`,
    'data-id': recommendation.id,
    'data-subject': recommendation.subject || '',
  }, heading, meta, reasons, source);
  if (recommendation.explanation) {
    const explanation = recommendation.explanation;
    const matched = Object.entries(explanation.matched || {});
    card.append(el('details', {class: 'explanation', open: true},
      el('summary', {text: 'Why: the rule and what it matched'}),
      el('p', {}, 'Rule ', el('q', {text: explanation.rule}), ' in ', el('code', {text: explanation.file})),
      matched.length === 0 ? null : el('table', {class: 'matched'},
        ...matched.map(([key, value]) => el('tr', {}, el('th', {text: key}),
          el('td', {text: typeof value === 'string' ? value : JSON.stringify(value)}))))));
  }
  return card;
}

function renderAdvice(advice) {
  $('#advice-empty').hidden = true;
  const summary = advice.summary || {standing: [], nextSteps: []};
  const summaryBox = $('#summary');
  summaryBox.replaceChildren();
  if (summary.standing.length > 0 || summary.nextSteps.length > 0) {
    summaryBox.append(el('div', {class: 'glance'},
      el('h3', {text: `At a glance${advice.name ? ' — ' + advice.name : ''}`}),
      el('p', {class: 'as-of', text: `As of ${formatDate(advice.asOf)}`}),
      summary.standing.length === 0 ? null : el('ul', {class: 'standing'},
        ...summary.standing.map(line => el('li', {text: line}))),
      summary.nextSteps.length === 0 ? null : el('div', {},
        el('h4', {text: 'Next steps'}),
        el('ol', {class: 'next-steps'}, ...summary.nextSteps.map(step =>
          el('li', {'data-id': step.id}, step.title, ' ', el('code', {text: step.id})))))));
  }
  const groups = $('#advice');
  groups.replaceChildren();
  for (const [priority, heading] of PRIORITIES) {
    const items = advice.recommendations.filter(r => r.priority === priority);
    if (items.length === 0) continue;
    groups.append(el('section', {class: `priority ${priority.toLowerCase()}`, 'data-priority': priority},
      el('h3', {}, heading, el('span', {class: 'count', text: ` ${items.length}`})),
      ...items.map(recommendationCard)));
  }
  if (advice.recommendations.length === 0) groups.append(el('p', {class: 'hint', text: 'No recommendation applies.'}));
}

// ---- timeline --------------------------------------------------------------------------------

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function markerClass(id) {
  if (id === 'asOf') return 'today';
  const status = id.includes('.') ? id.split('.')[1] : '';
  if (status) return `exam ${status.toLowerCase()}`;
  return 'deadline';
}

function renderTimeline(timeline) {
  state.lastTimeline = timeline;
  $('#timeline-empty').hidden = true;
  const box = $('#timeline');
  const events = timeline.events;
  const days = iso => Date.parse(iso + 'T00:00:00Z') / 86400000;
  const first = days(events[0].date);
  const last = days(events[events.length - 1].date);
  const span = Math.max(last - first, 1);
  const width = Math.max(box.clientWidth, 280);
  const gap = 30;
  const top = 18;
  // Far-apart dates get more room than near ones, but a year never takes more than a screen.
  const height = Math.max(events.length * gap, Math.min(420, span / 2));
  const ys = [];
  events.forEach((event, i) => {
    const proportional = top + (days(event.date) - first) / span * height;
    ys.push(i === 0 ? top : Math.max(proportional, ys[i - 1] + gap));
  });
  const total = ys[ys.length - 1] + top + 8;
  const axis = 124;
  const picture = svg('svg', {
    width, height: total, viewBox: `0 0 ${width} ${total}`, role: 'img', class: 'timeline',
    'aria-label': `Timeline from ${events[0].date} to ${events[events.length - 1].date}`,
  });
  picture.append(svg('line', {x1: axis, y1: top - 10, x2: axis, y2: total - 6, class: 'axis'}));
  const ideal = events.findIndex(e => e.id === 'step2IdealBy');
  const latest = events.findIndex(e => e.id === 'step2LatestReasonable');
  if (ideal >= 0 && latest >= 0) {
    picture.append(svg('rect', {x: axis - 5, y: ys[ideal], width: 10, height: ys[latest] - ys[ideal], class: 'window'}));
  }
  const asOf = days(timeline.asOf);
  events.forEach((event, i) => {
    const y = ys[i];
    const past = days(event.date) < asOf;
    const kind = markerClass(event.id);
    const group = svg('g', {
      class: `event ${kind}${past ? ' past' : ''}${event.approximate ? ' approximate' : ''}`,
      'data-id': event.id, 'data-date': event.date, 'data-approximate': String(event.approximate),
    });
    group.append(svg('text', {x: axis - 14, y: y + 4, 'text-anchor': 'end', class: 'date'},
      (event.approximate ? '≈ ' : '') + formatDate(event.date)));
    if (kind === 'today') {
      group.append(svg('path', {d: `M${axis} ${y - 7} L${axis + 7} ${y} L${axis} ${y + 7} L${axis - 7} ${y} Z`, class: 'marker'}));
    } else if (kind === 'deadline') {
      group.append(svg('rect', {x: axis - 5, y: y - 5, width: 10, height: 10, class: 'marker'}));
    } else {
      group.append(svg('circle', {cx: axis, cy: y, r: 6, class: 'marker'}));
    }
    group.append(svg('text', {x: axis + 16, y: y + 4, class: 'label'}, event.label));
    picture.append(group);
  });
  box.replaceChildren(picture);
  const approximate = events.some(e => e.approximate);
  $('#timeline-note').hidden = !approximate;
  if (timeline.matchYear === null) {
    box.append(el('p', {class: 'hint', text: 'Add a Match year to see the Step 2 CK dates and the season.'}));
  }
}

// ---- program list ----------------------------------------------------------------------------

/** The cells of CSV text, row by row (RFC 4180 quotes), to show each program's IMG share. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  const header = (rows.shift() || []).map(name => name.replace(/^\uFEFF/, '').trim());
  return rows.filter(r => r.some(c => c.trim() !== ''))
    .map(r => Object.fromEntries(header.map((name, i) => [name, (r[i] || '').trim()])));
}

function catalogueFrom(name, text) {
  if (/\.json$/i.test(name)) {
    const programs = JSON.parse(text);
    return {name, body: programs, rows: Array.isArray(programs) ? programs : []};
  }
  return {name, body: text, rows: parseCsv(text)};
}

async function chosenCatalogue() {
  const source = $('#catalogue-source').value;
  if (source === 'server') return {name: "the server's catalogue", body: undefined, rows: []};
  if (source === 'upload') return state.uploadedCatalogue;
  if (!state.bundled) {
    const response = await fetch('catalogues/fictional-sample.json');
    state.bundled = catalogueFrom('fictional-sample.json', await response.text());
  }
  return state.bundled;
}

function shareCell(program, shares) {
  const share = shares.get(program.id);
  const known = share !== undefined && share !== null && share !== '';
  const friendliness = program.friendliness ? humanize(program.friendliness).toLowerCase() : '';
  return el('td', {class: 'share'}, known ? `${share}%` : '—',
    friendliness ? el('span', {class: 'sub', text: friendliness === 'unknown' ? '' : `${friendliness} IMG-friendly`}) : null);
}

function renderPrograms(list, catalogue) {
  const shares = new Map((catalogue.rows || []).map(row => [String(row.id), row.imgShare]));
  const summary = list.summary;
  const listAdvice = $('#list-advice');
  listAdvice.replaceChildren(
    el('p', {class: 'counts'},
      `${summary.listed} programs in your target specialties from ${catalogue.name}: `,
      el('strong', {text: `${summary.safety} safety`}), ', ',
      el('strong', {text: `${summary.target} target`}), ', ',
      el('strong', {text: `${summary.reach} reach`}), ', ',
      `${summary.excluded} excluded`,
      summary.notTargeted > 0 ? ` (${summary.notTargeted} others not in your target specialties)` : '',
      list.applicantScore ? ` · compared with your ${humanize(list.applicantScore.basis)} ${list.applicantScore.value}` : ''),
    ...list.recommendations.map(recommendationCard));
  const table = $('#programs');
  const body = $('tbody', table);
  body.replaceChildren(...list.programs.map(program => el('tr', {
    'data-id': program.id, 'data-category': program.category,
  },
  el('td', {}, el('strong', {text: program.name}),
    el('span', {class: 'sub', text: `${humanize(program.specialty)} · ${program.state} · ${humanize(program.setting)}`})),
  el('td', {}, el('span', {class: `category ${program.category.toLowerCase()}`, text: humanize(program.category)})),
  el('td', {class: 'number', text: program.margin === null ? '—' : (program.margin > 0 ? '+' : '') + program.margin}),
  shareCell(program, shares),
  el('td', {}, el('ul', {class: 'reasons'}, ...program.reasons.map(reason => el('li', {text: reason})))))));
  table.hidden = false;
  applyFilter();
}

function applyFilter() {
  const category = $('#category-filter').value;
  for (const row of $$('#programs tbody tr')) row.hidden = category !== '' && row.dataset.category !== category;
}

async function listPrograms(profile) {
  const errors = $('#catalogue-errors');
  clearErrors($('#programs-panel'));
  const catalogue = await chosenCatalogue();
  if (!catalogue) {
    $('#list-advice').replaceChildren(el('p', {class: 'hint', text: 'Choose a catalogue file to classify its programs.'}));
    $('#programs').hidden = true;
    return;
  }
  const request = {profile};
  if (catalogue.body !== undefined) request.catalogue = catalogue.body;
  const answer = await postJson('api/programs', request);
  if (!answer.ok) {
    $('#programs').hidden = true;
    $('#list-advice').replaceChildren();
    // Profile problems are already shown on the form by the advice request.
    const own = answer.body.errors.filter(line => !line.startsWith('profile'));
    if (own.length > 0) showErrors($('#programs-panel'), errors, own);
    return;
  }
  renderPrograms(answer.body, catalogue);
}

// ---- putting it together ---------------------------------------------------------------------

async function advise() {
  const profile = readForm();
  state.lastProfile = profile;
  clearErrors($('#profile'));
  const explain = $('#explain').checked;
  $('#advise').disabled = true;
  try {
    const [advice, timeline] = await Promise.all([
      postJson(`api/advice${explain ? '?explain=true' : ''}`, profile),
      postJson('api/timeline', profile),
    ]);
    if (!advice.ok) {
      showErrors($('#profile'), $('#form-errors'), advice.body.errors);
      const count = advice.body.errors.length;
      $('#advice-empty').textContent = `The profile has ${count === 1 ? 'a problem' : count + ' problems'}: `
        + 'each is shown in red next to its field.';
      $('#advice-empty').hidden = false;
      $('#summary').replaceChildren();
      $('#advice').replaceChildren();
      document.body.dataset.state = 'invalid';
      return;
    }
    renderAdvice(advice.body);
    if (timeline.ok) renderTimeline(timeline.body);
    await listPrograms(profile);
    document.body.dataset.state = 'advised';
    // On a phone the form fills the screen: bring the advice into view.
    if (window.matchMedia('(max-width: 900px)').matches) $('#advice-panel').scrollIntoView();
  } catch (e) {
    showErrors($('#profile'), $('#form-errors'), [`The server could not be reached: ${e.message}`]);
  } finally {
    $('#advise').disabled = false;
  }
}

async function loadExample(name) {
  const answer = await fetch(`api/examples/${encodeURIComponent(name)}`);
  const body = await answer.json();
  if (!answer.ok) {
    showErrors($('#profile'), $('#form-errors'), body.errors);
    return;
  }
  $('#example').value = name;
  fillForm(body);
  await advise();
}

function download() {
  const profile = readForm();
  const blob = new Blob([JSON.stringify(profile, null, 2) + '\n'], {type: 'application/json'});
  const link = el('a', {href: URL.createObjectURL(blob), download: `${(profile.name || 'profile').replace(/[^\w.-]+/g, '-')}.json`});
  document.body.append(link);
  link.click();
  link.remove();
}

function readFile(input) {
  return new Promise((resolve, reject) => {
    const file = input.files[0];
    if (!file) return reject(new Error('no file chosen'));
    const reader = new FileReader();
    reader.onload = () => resolve({name: file.name, text: reader.result});
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

async function upload(input) {
  clearErrors($('#profile'));
  try {
    const {name, text} = await readFile(input);
    let profile;
    try {
      profile = JSON.parse(text);
    } catch (e) {
      showErrors($('#profile'), $('#form-errors'), [`${name} is not JSON: ${e.message}`]);
      return;
    }
    fillForm(profile);
    await advise();
  } finally {
    input.value = '';
  }
}

async function uploadCatalogue(input) {
  clearErrors($('#programs-panel'));
  const {name, text} = await readFile(input);
  try {
    state.uploadedCatalogue = catalogueFrom(name, text);
  } catch (e) {
    showErrors($('#programs-panel'), $('#catalogue-errors'), [`${name} is not JSON: ${e.message}`]);
    return;
  }
  $('#catalogue-name').textContent = name;
  if (state.lastProfile) await listPrograms(state.lastProfile);
}

async function start() {
  const [vocabulary, examples, health] = await Promise.all([
    getJson('api/vocabulary'), getJson('api/examples'), getJson('api/health')]);
  state.vocabulary = vocabulary;
  fillVocabulary();
  const picker = $('#example');
  for (const name of examples.examples) picker.append(el('option', {value: name, text: humanize(name.replace(/-/g, '_').toUpperCase())}));
  if (health.catalogue) {
    const server = $('#catalogue-source option[value=server]');
    server.hidden = false;
    $('#catalogue-source').value = 'server';
  }
  for (const button of $$('[data-add]')) button.addEventListener('click', () => addRow(button.dataset.add));
  $('#profile').addEventListener('submit', event => {
    event.preventDefault();
    advise();
  });
  $('#explain').addEventListener('change', () => { if (state.lastProfile) advise(); });
  picker.addEventListener('change', () => { if (picker.value) loadExample(picker.value); });
  $('#upload').addEventListener('change', event => upload(event.target));
  $('#download').addEventListener('click', download);
  $('#catalogue-source').addEventListener('change', () => {
    const uploading = $('#catalogue-source').value === 'upload';
    $('#catalogue-upload-label').hidden = !uploading;
    $('#catalogue-name').textContent = uploading && state.uploadedCatalogue ? state.uploadedCatalogue.name : '';
    if (state.lastProfile && (!uploading || state.uploadedCatalogue)) listPrograms(state.lastProfile);
  });
  $('#catalogue-upload').addEventListener('change', event => uploadCatalogue(event.target));
  $('#category-filter').addEventListener('change', applyFilter);
  let resizing;
  window.addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => { if (state.lastTimeline) renderTimeline(state.lastTimeline); }, 150);
  });
  const example = new URLSearchParams(window.location.search).get('example');
  if (example) await loadExample(example);
  document.body.dataset.ready = 'true';
}

document.addEventListener('DOMContentLoaded', () => {
  start().catch(e => {
    $('#form-errors').hidden = false;
    $('#form-errors').textContent = `The page could not start: ${e.message}`;
  });
});
