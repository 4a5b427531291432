// Shared by the dashboard and the unit report: the API, Indonesian formats, and building the page from data.
// Data only ever reaches the document as text (textContent, attributes set one by one), never as markup.

export const TASKLIST = '/camunda/app/tasklist/default/';

/** Keys and labels of the stages, in the order of the cycle (as the server's Stage enum names them). */
export const STAGES = [
  {key: 'TARGET', label: 'Penyusunan target', colour: '#c6dbef'},
  {key: 'PENILAIAN_MANDIRI', label: 'Penilaian mandiri', colour: '#9ecae1'},
  {key: 'PENILAIAN_ATASAN', label: 'Penilaian atasan', colour: '#6baed6'},
  {key: 'MENUNGGU_RAPAT', label: 'Menunggu rapat evaluasi', colour: '#3182bd'},
  {key: 'DIPUTUSKAN', label: 'Diputuskan', colour: '#2ca25f'},
  {key: 'TINDAK_LANJUT', label: 'Tindak lanjut berjalan', colour: '#99d8c9'},
];

/** Predikat Kinerja Pegawai, best first. */
export const PREDIKAT = [
  {key: 'SANGAT_BAIK', label: 'Sangat Baik', colour: '#1b7837'},
  {key: 'BAIK', label: 'Baik', colour: '#7fbf7b'},
  {key: 'BUTUH_PERBAIKAN', label: 'Butuh Perbaikan', colour: '#f6b93b'},
  {key: 'KURANG', label: 'Kurang/Misconduct', colour: '#e55039'},
  {key: 'SANGAT_KURANG', label: 'Sangat Kurang', colour: '#8c1c13'},
];

const NUMBER = new Intl.NumberFormat('id-ID', {maximumFractionDigits: 1});
const DATE = new Intl.DateTimeFormat('id-ID', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta'});
const DATE_TIME = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta',
});

/** 1234.5 → "1.234,5". */
export function number(value) {
  return NUMBER.format(value);
}

/** 82.46 → "82,5 %", as Indonesian texts write a percentage. */
export function percent(value) {
  return value === null || value === undefined ? '–' : NUMBER.format(value) + ' %';
}

/** An ISO instant or a date ("2026-11-27") → "27 November 2026", on the calendar of Tebing Tinggi. */
export function date(iso) {
  if (!iso) {
    return '–';
  }
  // a bare date is a calendar day, not midnight UTC: pin it to midday so no time zone moves it
  return DATE.format(new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso + 'T12:00:00+07:00' : iso));
}

export function dateTime(iso) {
  return DATE_TIME.format(new Date(iso)) + ' WIB';
}

const ROMAN = ['I', 'II', 'III', 'IV'];

export function quarterLabel(year, quarter) {
  return 'Triwulan ' + ROMAN[quarter - 1] + ' ' + year;
}

/** The process instance in Cockpit, where an administrator sees where it stands and why. */
export function cockpitLink(processInstanceId) {
  return '/camunda/app/cockpit/default/#/process-instance/' + encodeURIComponent(processInstanceId);
}

/** A refusal or failure of the API, with the message to show. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** GET of a dashboard resource as JSON; a refusal becomes an ApiError whose message a person can read. */
export async function api(path) {
  let response;
  try {
    // no-store: figures are always current, and the browser never holds a request back behind its cache
    response = await fetch(path, {headers: {Accept: 'application/json'}, credentials: 'same-origin', cache: 'no-store'});
  } catch (e) {
    throw new ApiError(0, 'Server tidak dapat dihubungi. Periksa jaringan, lalu muat ulang halaman.');
  }
  if (response.ok) {
    return response.json();
  }
  let message = null;
  try {
    message = (await response.json()).pesan;
  } catch (ignored) {
    // the body is not the API's JSON (e.g. a proxy's error page): the status alone explains it
  }
  switch (response.status) {
    case 401:
      throw new ApiError(401, 'Anda belum masuk. Masuk di Tasklist dengan akun Anda, lalu buka dasbor ini lagi.');
    case 403:
      throw new ApiError(403, 'Dasbor ini untuk atasan, kepala unit, BKPSDM dan administrator. '
          + 'Akun Anda tidak termasuk salah satunya; tugas Anda ada di Tasklist.');
    default:
      throw new ApiError(response.status, message || 'Terjadi kesalahan di server (' + response.status + '). Coba lagi nanti.');
  }
}

/**
 * Creates an element. {@code options}: class, text (as textContent), href, title, and any other attribute;
 * children: elements or strings (added as text).
 */
export function el(tag, options = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(options)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'text') {
      element.textContent = String(value);
    } else if (name === 'class') {
      element.className = value;
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces everything inside {@code parent}. */
export function fill(parent, ...children) {
  parent.replaceChildren();
  append(parent, children);
  return parent;
}

/** A table with a header row; each row an array of cells (strings or elements). */
export function table(headers, rows, options = {}) {
  return el('table', {class: options.class || 'data'},
      el('thead', {}, el('tr', {}, headers.map(h => el('th', {text: h, scope: 'col'})))),
      el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(cell => el('td', {}, cell))))));
}

/**
 * The predikat distribution of a unit as one bar of coloured segments, each as wide as its share, with the
 * counts written beside it ({@code compact}: only the predikat someone has); an empty distribution says so.
 */
export function distributionBar(predikat, compact = false) {
  const total = PREDIKAT.reduce((sum, p) => sum + (predikat[p.key] || 0), 0);
  if (total === 0) {
    return el('p', {class: 'muted', text: 'Belum ada predikat.'});
  }
  const bar = el('div', {class: 'distribution-bar', role: 'img',
    'aria-label': PREDIKAT.map(p => p.label + ' ' + (predikat[p.key] || 0)).join(', ')});
  const legend = el('ul', {class: 'distribution-legend'});
  for (const p of PREDIKAT) {
    const count = predikat[p.key] || 0;
    if (count > 0) {
      const segment = el('span', {class: 'segment predikat-' + p.key, title: p.label + ': ' + number(count)});
      segment.style.width = (100 * count / total) + '%';
      bar.append(segment);
    }
    if (compact && count === 0) {
      continue;
    }
    legend.append(el('li', {class: count === 0 ? 'zero' : null},
        el('span', {class: 'swatch predikat-' + p.key}), p.label + ' ',
        el('strong', {text: number(count)}), ' (' + percent(100 * count / total) + ')'));
  }
  return el('div', {class: 'distribution'}, bar, legend);
}

/**
 * The unit's guide: its result, what the guide allows, and whether the distribution fits; {@code compact} leaves out
 * the explanations, for a row of a table.
 */
export function guideBox(guide, compact = false) {
  if (!guide) {
    return el('div', {class: 'guide guide-unset'},
        el('strong', {text: 'Hasil unit belum ditetapkan'}),
        compact ? null : el('p', {text: 'Kurva distribusi berlaku setelah rapat evaluasi triwulan menetapkan predikat kinerja organisasi.'}));
  }
  const fits = guide.deviations.length === 0;
  return el('div', {class: 'guide ' + (fits ? 'guide-fits' : 'guide-outside')},
      el('strong', {text: 'Hasil unit: ' + guide.unitResultLabel + (fits ? ' — sesuai kurva' : ' — di luar kurva')}),
      el('p', {class: 'guide-rule', text: 'Kurva: ' + guide.description + '.'}),
      fits ? null : el('ul', {class: 'deviations'}, guide.deviations.map(d => el('li', {text: d}))),
      !fits && guide.justification ? el('p', {class: 'justification', text: 'Justifikasi rapat: ' + guide.justification}) : null,
      compact ? null : el('p', {class: 'muted', text: 'Ditetapkan dalam rapat ' + date(guide.meetingDate) + '.'}));
}
