// The managers' dashboard: a quarter at a glance, then a unit's employees, then one employee's record.
// Addresses (after #): /2026/4 · /2026/4/unit/DISDUKCAPIL · /2026/4/unit/DISDUKCAPIL/pegawai/<nip>
import {
  ApiError, PREDIKAT, STAGES, TASKLIST, api, cockpitLink, date, distributionBar, el, fill, guideBox, number,
  percent, quarterLabel, table,
} from './umum.js';

const content = document.getElementById('content');
const title = document.getElementById('title');
const scopeLine = document.getElementById('scope');
const yearSelect = document.getElementById('year');
const quarterSelect = document.getElementById('quarter');
const csvLink = document.getElementById('csv');
const reportLink = document.getElementById('report');

const SCOPE_KIND = {
  KOTA: 'seluruh unit kota',
  UNIT: 'unit yang Anda pimpin',
  TIM: 'pegawai yang Anda nilai langsung',
};

let charts = [];
let current = {year: null, quarter: null};

window.addEventListener('hashchange', route);
window.addEventListener('resize', () => charts.forEach(chart => chart.resize()));
yearSelect.addEventListener('change', choosePeriod);
quarterSelect.addEventListener('change', choosePeriod);
route();

/** Keeps the unit (not the employee) open when another quarter is chosen. */
function choosePeriod() {
  const unit = parseRoute().unit;
  location.hash = '#/' + yearSelect.value + '/' + quarterSelect.value + (unit ? '/unit/' + encodeURIComponent(unit) : '');
}

function parseRoute() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const route = {year: null, quarter: null, unit: null, nip: null};
  if (/^\d{4}$/.test(parts[0]) && /^[1-4]$/.test(parts[1])) {
    route.year = Number(parts[0]);
    route.quarter = Number(parts[1]);
  }
  const unitAt = parts.indexOf('unit');
  if (unitAt >= 0 && parts[unitAt + 1]) {
    route.unit = parts[unitAt + 1];
  }
  const nipAt = parts.indexOf('pegawai');
  if (nipAt >= 0 && parts[nipAt + 1]) {
    route.nip = parts[nipAt + 1];
  }
  return route;
}

function periodQuery(year, quarter) {
  return year ? '?year=' + year + '&quarter=' + quarter : '';
}

async function route() {
  const r = parseRoute();
  disposeCharts();
  fill(content, el('p', {class: 'loading', text: 'Memuat data…'}));
  try {
    if (r.nip) {
      await showEmployee(r);
    } else if (r.unit) {
      await showUnit(r);
    } else {
      await showOverview(r);
    }
  } catch (e) {
    showError(e);
  }
}

function showError(e) {
  if (!(e instanceof ApiError)) {
    console.error(e);
  }
  const status = e instanceof ApiError ? e.status : 0;
  document.body.dataset.state = status === 403 ? 'refused' : 'error';
  setActions(null, null);
  fill(content, el('section', {class: 'panel notice ' + (status === 403 ? 'notice-refused' : 'notice-error'), role: 'alert'},
      el('h2', {text: status === 403 ? 'Akses ditolak' : status === 401 ? 'Silakan masuk' : 'Data tidak dapat dimuat'}),
      el('p', {text: e instanceof ApiError ? e.message : 'Terjadi kesalahan saat menampilkan halaman. Muat ulang halaman.'}),
      el('p', {}, el('a', {class: 'button', href: TASKLIST, text: 'Buka Tasklist'}))));
}

// ---------------------------------------------------------------------------------------------- the quarter

async function showOverview(r) {
  const view = await api('/api/dashboard' + periodQuery(r.year, r.quarter));
  setPeriod(view.year, view.quarter);
  setHeading('Dasbor kinerja · ' + view.periodLabel, view);
  setActions('/api/dashboard/export.csv' + periodQuery(view.year, view.quarter), null);
  document.body.dataset.state = 'overview';

  const units = view.units;
  const total = view.total;
  if (total.reviews === 0) {
    fill(content, emptyQuarter(view), trendSection(view));
    drawTrend(view);
    return;
  }
  const single = units.length === 1;
  const progress = section('Kemajuan per tahap', single ? 'Jumlah pegawai di setiap tahap siklus.'
      : 'Bagian pegawai di setiap tahap siklus, per unit; klik unit untuk melihat pegawainya.',
      el('div', {id: 'chart-stages', class: 'chart'}), chartSummary('stages-summary', stageSummary(units, total)),
      single ? el('p', {}, el('a', {class: 'button', id: 'unit-employees', href: unitHash(units[0].unitCode),
        text: 'Lihat pegawai ' + units[0].unitName})) : null);
  const late = section('Siapa yang terlambat', overdueSubtitle(view.overdue), overdueList(view.overdue, single));
  const onTime = section('Ketepatan waktu (adopsi)', single ? 'Bagian tugas yang selesai sebelum tenggat.'
      : 'Bagian tugas yang selesai sebelum tenggat, per unit; yang paling rendah di atas.', el('div', {id: 'chart-ontime', class: 'chart'}));
  if (single) {
    const row = units[0];
    fill(content,
        figures(total, view.overdue.length),
        el('div', {class: 'grid two-one'}, progress, late),
        el('div', {class: 'grid two-one'},
            section('Distribusi predikat dan kurva', 'Sebaran predikat pegawai dibandingkan kurva dari hasil unit (predikat kinerja organisasi).',
                el('div', {class: 'curve', 'data-unit': row.unitCode}, distributionBar(row.predikat), guideBox(row.guide))),
            section('Keputusan rapat', 'Tindak lanjut yang diputuskan rapat evaluasi triwulan ini.', decisions(row))),
        el('div', {class: 'grid two-one'}, trendSection(view), onTime));
  } else {
    fill(content,
        figures(total, view.overdue.length),
        el('div', {class: 'grid two-one'}, progress, late),
        section('Distribusi predikat dan kurva', 'Sebaran predikat pegawai tiap unit dibandingkan kurva dari hasil unit (predikat kinerja organisasi).',
            curveTable(units)),
        el('div', {class: 'grid one-one'},
            section('Penghargaan dan pembinaan', 'Keputusan rapat evaluasi triwulan ini, per unit.', followUpTable(units, total)),
            onTime),
        trendSection(view));
  }
  drawStages(units, total);
  drawOnTime(units);
  drawTrend(view);
}

function emptyQuarter(view) {
  return el('section', {class: 'panel notice empty', id: 'empty-state'},
      el('h2', {text: 'Belum ada siklus triwulan yang dibuka untuk ' + view.periodLabel}),
      el('p', {text: 'BKPSDM membuka triwulan di Tasklist: Mulai proses → Pembukaan triwulan. '
          + 'Setelah dibuka, setiap pegawai mendapat tugas penyusunan target dan kemajuannya tampil di sini.'}),
      el('p', {}, el('a', {class: 'button', href: TASKLIST, text: 'Buka Tasklist'}),
          ' ', el('span', {class: 'muted', text: 'atau pilih triwulan lain di atas.'})));
}

function figures(total, overdueCount) {
  const decided = (total.stages.DIPUTUSKAN || 0) + (total.stages.TINDAK_LANJUT || 0);
  return el('section', {class: 'figures', 'aria-label': 'Ringkasan'},
      figure('Penilaian', number(total.reviews), 'pegawai dalam siklus'),
      figure('Sudah diputuskan', number(decided), percent(100 * decided / total.reviews) + ' dari semua'),
      figure('Tugas terlambat', number(overdueCount), overdueCount === 0 ? 'tidak ada' : 'lewat tenggat',
          overdueCount > 0 ? 'alert' : 'good'),
      figure('Selesai tepat waktu', percent(total.onTimeRate), number(total.tasksOnTime) + ' dari ' + number(total.tasksCompleted) + ' tugas'),
      figure('Penghargaan', number(total.awards), 'pegawai'),
      figure('Pembinaan', number(total.coaching), 'pegawai'));
}

function figure(label, value, note, tone) {
  return el('div', {class: 'figure' + (tone ? ' figure-' + tone : '')},
      el('span', {class: 'figure-label', text: label}),
      el('span', {class: 'figure-value', text: value}),
      el('span', {class: 'figure-note', text: note}));
}

function section(heading, subtitle, ...body) {
  return el('section', {class: 'panel'}, el('h2', {text: heading}), subtitle ? el('p', {class: 'subtitle', text: subtitle}) : null, ...body);
}

function stageSummary(units, total) {
  const rows = units.length > 1 ? [{unitName: 'Seluruh cakupan', stages: total.stages}, ...units] : units;
  return rows.map(row => row.unitName + ': ' + STAGES.map(s => s.label + ' ' + (row.stages[s.key] || 0)).join(', ')).join('. ');
}

/** The chart's figures as text, for screen readers and for whoever copies them. */
function chartSummary(id, text) {
  return el('p', {id, class: 'visually-hidden', text});
}

function overdueSubtitle(overdue) {
  return overdue.length === 0 ? null : number(overdue.length) + ' tugas lewat tenggat, yang paling lama di atas.';
}

function overdueList(overdue, single) {
  if (overdue.length === 0) {
    return el('p', {class: 'all-good', text: 'Tidak ada tugas yang melewati tenggat.'});
  }
  return el('ol', {class: 'overdue scroll'}, overdue.map(o => el('li', {},
      el('div', {class: 'who'},
          el('strong', {text: o.employeeName}),
          el('span', {class: 'step', text: o.taskName + (o.assigneeName && o.assigneeName !== o.employeeName ? ' · dikerjakan ' + o.assigneeName
              : o.assigneeName ? '' : ' · belum ada yang mengerjakan')}),
          single ? null : el('span', {class: 'muted unit', text: o.unitName})),
      el('div', {class: 'how-late'},
          el('span', {class: 'late' + (o.daysLate >= 7 ? ' late-long' : ''), text: o.daysLate === 0 ? 'hari ini' : number(o.daysLate) + ' hari'}),
          el('span', {class: 'muted due', text: 'tenggat ' + date(o.dueDate)}),
          el('a', {class: 'cockpit', href: cockpitLink(o.processInstanceId), text: 'Cockpit', title: 'Buka proses di Cockpit'})))));
}

function decisions(row) {
  const decided = (row.stages.DIPUTUSKAN || 0) + (row.stages.TINDAK_LANJUT || 0);
  if (decided === 0) {
    return el('p', {class: 'muted', text: row.guide ? 'Rapat belum memutuskan tindak lanjut siapa pun.'
        : 'Belum ada keputusan: rapat evaluasi diadakan setelah semua pegawai mendapat predikat.'});
  }
  return el('dl', {class: 'decisions'},
      el('dt', {text: 'Diputuskan'}), el('dd', {text: number(decided) + ' dari ' + number(row.reviews) + ' pegawai'}),
      el('dt', {text: 'Penghargaan'}), el('dd', {text: number(row.awards) + ' pegawai'}),
      el('dt', {text: 'Pembinaan'}), el('dd', {text: number(row.coaching) + ' pegawai'}),
      el('dt', {text: 'Tindak lanjut berjalan'}), el('dd', {text: number(row.stages.TINDAK_LANJUT || 0) + ' proses'}));
}

function curveTable(units) {
  return el('div', {class: 'scroll tall'}, table(['Unit', 'Distribusi predikat', 'Hasil unit dan kurva'], units.map(row => [
    el('span', {}, el('a', {href: unitHash(row.unitCode), text: row.unitName}), el('br'),
        el('small', {class: 'muted', text: number(row.reviews) + ' penilaian'})),
    distributionBar(row.predikat, true),
    guideBox(row.guide, true),
  ]), {class: 'data curves'}));
}

function followUpTable(units, total) {
  const rows = units.map(row => [
    el('a', {href: unitHash(row.unitCode), text: row.unitName}),
    number(row.reviews), number(row.awards), number(row.coaching),
    row.onTimeRate === null ? '–' : percent(row.onTimeRate),
  ]);
  if (units.length > 1) {
    rows.push([el('strong', {text: 'Jumlah'}), number(total.reviews), number(total.awards), number(total.coaching),
      percent(total.onTimeRate)]);
  }
  return el('div', {class: 'scroll'}, table(['Unit', 'Penilaian', 'Penghargaan', 'Pembinaan', 'Tepat waktu'], rows, {class: 'data numbers'}));
}

function trendSection(view) {
  const any = view.trend.some(point => Object.keys(point.predikat).length > 0);
  return section('Tren predikat delapan triwulan', 'Jumlah pegawai per predikat, ' + view.trend[0].label + ' sampai ' + view.periodLabel + '.',
      any ? el('div', {id: 'chart-trend', class: 'chart'}) : el('p', {class: 'muted', text: 'Belum ada predikat dalam delapan triwulan terakhir.'}));
}

function unitHash(code) {
  return '#/' + current.year + '/' + current.quarter + '/unit/' + encodeURIComponent(code);
}

// ---------------------------------------------------------------------------------------------- charts

function chart(id, height) {
  const container = document.getElementById(id);
  if (!container) {
    return null;
  }
  container.style.height = height + 'px';
  const instance = echarts.init(container, null, {renderer: 'canvas', locale: 'EN'});
  charts.push(instance);
  return instance;
}

function disposeCharts() {
  charts.forEach(c => c.dispose());
  charts = [];
}

const TEXT = {fontFamily: '"Segoe UI", "Noto Sans", "DejaVu Sans", Roboto, Helvetica, Arial, sans-serif', fontSize: 13, color: '#1f2d3d'};
const LEGEND = {top: 0, left: 0, itemWidth: 14, itemHeight: 10, textStyle: {fontSize: 13}};
// the tooltips are drawn on the canvas, not as HTML: nothing from the data is ever parsed as markup
const TOOLTIP = {trigger: 'axis', axisPointer: {type: 'shadow'}, renderMode: 'richText', valueFormatter: v => number(v)};

function drawStages(units, total) {
  if (units.length === 1) {
    drawStagesOfOneUnit(units[0]);
    return;
  }
  // shares, not counts: a unit of 8 and a unit of 400 are compared by how far along they are
  const rows = [{unitCode: null, unitName: 'Seluruh cakupan', reviews: total.reviews, stages: total.stages}, ...units];
  const instance = chart('chart-stages', 70 + 30 * rows.length);
  instance.setOption({
    textStyle: TEXT,
    animationDuration: 400,
    grid: {left: 8, right: 24, top: 52, bottom: 8, containLabel: true},
    legend: LEGEND,
    tooltip: {...TOOLTIP, formatter: params => rows[params[0].dataIndex].unitName + '\n'
        + params.filter(p => p.data.count > 0).map(p => p.seriesName + ': ' + number(p.data.count) + ' (' + percent(p.value) + ')').join('\n')},
    xAxis: {type: 'value', max: 100, axisLabel: {formatter: v => v + ' %'}},
    yAxis: {type: 'category', inverse: true, data: rows.map(r => r.unitName),
      axisLabel: {width: 250, overflow: 'truncate', fontSize: 13}},
    series: STAGES.map(stage => ({
      name: stage.label, type: 'bar', stack: 'tahap', barMaxWidth: 22,
      itemStyle: {color: stage.colour},
      label: {show: true, fontSize: 11, color: '#0b1f33', formatter: p => (p.data.count > 0 && p.value >= 6 ? number(p.data.count) : '')},
      emphasis: {focus: 'series'},
      data: rows.map(r => ({value: 100 * (r.stages[stage.key] || 0) / r.reviews, count: r.stages[stage.key] || 0})),
    })),
  });
  instance.on('click', params => {
    const row = rows[params.dataIndex];
    if (row && row.unitCode) {
      location.hash = unitHash(row.unitCode);
    }
  });
}

function drawStagesOfOneUnit(row) {
  const instance = chart('chart-stages', 300);
  instance.setOption({
    textStyle: TEXT,
    animationDuration: 400,
    grid: {left: 8, right: 8, top: 24, bottom: 8, containLabel: true},
    tooltip: TOOLTIP,
    xAxis: {type: 'category', data: STAGES.map(s => s.label),
      axisLabel: {interval: 0, fontSize: 12, width: 100, overflow: 'break', lineHeight: 15}},
    yAxis: {type: 'value', minInterval: 1, axisLabel: {formatter: v => number(v)}},
    series: [{
      name: 'Pegawai', type: 'bar', barMaxWidth: 64,
      data: STAGES.map(s => ({value: row.stages[s.key] || 0, itemStyle: {color: s.colour}})),
      label: {show: true, position: 'top', fontSize: 14, fontWeight: 700, formatter: p => number(p.value)},
    }],
  });
  if (!parseRoute().unit) {
    instance.on('click', () => {
      location.hash = unitHash(row.unitCode);
    });
  }
}

function drawOnTime(units) {
  const rated = units.filter(u => u.onTimeRate !== null).sort((a, b) => a.onTimeRate - b.onTimeRate);
  const container = document.getElementById('chart-ontime');
  if (rated.length === 0) {
    fill(container, el('p', {class: 'muted', text: 'Belum ada tugas yang selesai triwulan ini.'}));
    container.classList.remove('chart');
    return;
  }
  if (units.length === 1) {
    const row = units[0];
    const meter = el('span', {class: 'meter-fill ' + tone(row.onTimeRate)});
    meter.style.width = row.onTimeRate + '%';
    container.classList.remove('chart');
    fill(container, el('div', {class: 'on-time'},
        el('span', {class: 'on-time-value', text: percent(row.onTimeRate)}),
        el('span', {class: 'meter'}, meter),
        el('span', {class: 'muted', text: number(row.tasksOnTime) + ' dari ' + number(row.tasksCompleted)
            + ' tugas selesai sebelum tenggat'})));
    return;
  }
  const instance = chart('chart-ontime', 40 + 30 * rated.length);
  instance.setOption({
    textStyle: TEXT,
    animationDuration: 400,
    grid: {left: 8, right: 56, top: 8, bottom: 8, containLabel: true},
    tooltip: {...TOOLTIP, valueFormatter: v => percent(v)},
    xAxis: {type: 'value', max: 100, axisLabel: {formatter: v => v + ' %'}},
    yAxis: {type: 'category', inverse: true, data: rated.map(r => r.unitName), axisLabel: {width: 200, overflow: 'truncate'}},
    series: [{
      name: 'Tepat waktu', type: 'bar', barMaxWidth: 18,
      data: rated.map(r => ({value: Math.round(r.onTimeRate * 10) / 10,
        itemStyle: {color: TONE_COLOURS[tone(r.onTimeRate)]}})),
      label: {show: true, position: 'right', formatter: p => percent(p.value)},
    }],
  });
}

const TONE_COLOURS = {good: '#2ca25f', fair: '#f6b93b', poor: '#e55039'};

/** How an on-time rate reads: at least 80 % good, at least 60 % fair, below that poor. */
function tone(rate) {
  return rate >= 80 ? 'good' : rate >= 60 ? 'fair' : 'poor';
}

function drawTrend(view) {
  const instance = chart('chart-trend', 300);
  if (!instance) {
    return;
  }
  instance.setOption({
    textStyle: TEXT,
    animationDuration: 400,
    grid: {left: 8, right: 16, top: 40, bottom: 8, containLabel: true},
    legend: LEGEND,
    tooltip: TOOLTIP,
    xAxis: {type: 'category', data: view.trend.map(p => 'TW ' + ['I', 'II', 'III', 'IV'][p.quarter - 1] + '\n' + p.year),
      axisLabel: {interval: 0, lineHeight: 16}},
    yAxis: {type: 'value', minInterval: 1, axisLabel: {formatter: v => number(v)}},
    series: PREDIKAT.map(p => ({
      name: p.label, type: 'bar', stack: 'predikat', barMaxWidth: 48, itemStyle: {color: p.colour},
      emphasis: {focus: 'series'},
      data: view.trend.map(point => point.predikat[p.key] || 0),
    })),
  });
}

// ---------------------------------------------------------------------------------------------- a unit

async function showUnit(r) {
  const query = periodQuery(r.year, r.quarter);
  const [view, employees] = await Promise.all([
    api('/api/dashboard' + query),
    api('/api/dashboard/units/' + encodeURIComponent(r.unit) + '/employees' + query),
  ]);
  setPeriod(view.year, view.quarter);
  const row = view.units.find(u => u.unitCode === r.unit);
  const unitName = row ? row.unitName : r.unit;
  setHeading(unitName + ' · ' + view.periodLabel, view);
  setActions('/api/dashboard/units/' + encodeURIComponent(r.unit) + '/employees.csv' + periodQuery(view.year, view.quarter),
      view.scopeKind === 'TIM' ? null : '/dasbor/laporan/' + encodeURIComponent(r.unit) + periodQuery(view.year, view.quarter));
  document.body.dataset.state = 'unit';

  const reviewed = employees.filter(e => e.status);
  fill(content,
      breadcrumbs([['Dasbor', '#/' + view.year + '/' + view.quarter], [unitName, null]]),
      row ? el('div', {class: 'grid one-one'},
          section('Kemajuan', null, el('div', {id: 'chart-stages', class: 'chart'}), chartSummary('stages-summary', stageSummary([row], row))),
          section('Distribusi predikat dan kurva', null, distributionBar(row.predikat), guideBox(row.guide)))
        : el('section', {class: 'panel notice empty'},
          el('h2', {text: 'Belum ada penilaian di unit ini untuk ' + view.periodLabel}),
          el('p', {text: 'Siklus triwulan unit ini belum dibuka. BKPSDM membuka triwulan di Tasklist: Mulai proses → Pembukaan triwulan.'})),
      section('Pegawai', number(employees.length) + ' pegawai aktif, ' + number(reviewed.length) + ' dinilai triwulan ini. Klik nama untuk melihat riwayatnya.',
          employees.length === 0 ? el('p', {class: 'muted', text: 'Tidak ada pegawai dalam cakupan Anda di unit ini.'})
            : el('div', {class: 'scroll'}, table(['Nama', 'NIP', 'Jabatan', 'Status', 'Predikat', 'Keputusan rapat'],
              employees.map(e => [
                el('a', {href: '#/' + view.year + '/' + view.quarter + '/unit/' + encodeURIComponent(r.unit) + '/pegawai/' + encodeURIComponent(e.nip),
                  text: e.name, class: 'employee-link'}),
                el('span', {class: 'nip', text: e.nip}),
                e.position,
                e.status || el('span', {class: 'muted', text: 'belum ada penilaian'}),
                predikatChip(e.predikat),
                e.decision || '–',
              ]), {class: 'data employees'}))));
  if (row) {
    drawStages([row], row);
  }
}

function predikatChip(label) {
  if (!label) {
    return '–';
  }
  const p = PREDIKAT.find(x => x.label === label);
  return el('span', {class: 'chip' + (p ? ' predikat-' + p.key : ''), text: label});
}

function breadcrumbs(items) {
  return el('nav', {class: 'breadcrumbs', 'aria-label': 'Posisi'},
      items.map(([label, href], i) => [i > 0 ? el('span', {class: 'sep', text: '›'}) : null,
        href ? el('a', {href, text: label}) : el('span', {'aria-current': 'page', text: label})]));
}

// ---------------------------------------------------------------------------------------------- an employee

const OBJECTION_DECISION = {DITOLAK: 'ditolak, rating tetap', DIUBAH: 'diterima, rating diubah'};

async function showEmployee(r) {
  const [history, view] = await Promise.all([
    api('/api/dashboard/employees/' + encodeURIComponent(r.nip)),
    api('/api/dashboard' + periodQuery(r.year, r.quarter)),
  ]);
  setPeriod(view.year, view.quarter);
  setHeading(history.name, view);
  setActions(null, null);
  document.body.dataset.state = 'employee';
  const unitRow = view.units.find(u => u.unitCode === r.unit);
  fill(content,
      breadcrumbs([['Dasbor', '#/' + view.year + '/' + view.quarter],
        [unitRow ? unitRow.unitName : history.unitName, r.unit ? '#/' + view.year + '/' + view.quarter + '/unit/' + encodeURIComponent(r.unit) : null],
        [history.name, null]]),
      el('section', {class: 'panel person'},
          el('h2', {text: history.name}),
          el('dl', {class: 'facts'},
              fact('NIP', el('span', {class: 'nip', text: history.nip})), fact('Jabatan', history.position),
              fact('Unit', history.unitName)),
          history.quarters.length > 0 ? el('div', {class: 'timeline', 'aria-label': 'Predikat per triwulan'},
              [...history.quarters].reverse().map(q => el('div', {class: 'timeline-item'},
                  el('span', {class: 'timeline-period', text: quarterLabel(q.year, q.quarter)}),
                  q.predikat ? predikatChip(q.predikat) : el('span', {class: 'chip', text: q.status})))) : null),
      history.quarters.length === 0
        ? el('section', {class: 'panel notice empty'}, el('h2', {text: 'Belum ada penilaian'}),
          el('p', {text: 'Pegawai ini belum pernah mengikuti siklus triwulan. Penilaiannya muncul di sini setelah BKPSDM membuka triwulan.'}))
        : history.quarters.map(quarterCard));
}

function fact(label, value) {
  return [el('dt', {text: label}), el('dd', {}, value === null || value === undefined || value === '' ? '–' : value)];
}

function quarterCard(q) {
  return el('section', {class: 'panel quarter', 'data-period': q.year + '-' + q.quarter},
      el('header', {class: 'quarter-head'},
          el('h2', {text: quarterLabel(q.year, q.quarter)}),
          el('span', {class: 'chip status', text: q.status}),
          q.predikat ? predikatChip(q.predikat) : null,
          q.processInstanceId ? el('a', {class: 'cockpit', href: cockpitLink(q.processInstanceId), text: 'Buka proses di Cockpit'}) : null),
      el('dl', {class: 'facts'},
          fact('Rating hasil kerja', q.ratingHasilKerja), fact('Rating perilaku kerja', q.ratingPerilakuKerja),
          fact('Predikat', q.predikat), fact('Rekomendasi tindak lanjut', q.recommended),
          fact('Keputusan rapat', q.decided), fact('Umpan balik atasan', q.feedback),
          q.objection ? fact('Keberatan', q.objection + ' — ' + (OBJECTION_DECISION[q.objectionDecision] || q.objectionDecision.toLowerCase())) : null),
      q.indicators.length === 0 ? el('p', {class: 'muted', text: 'Target belum diusulkan.'})
        : table(['No', 'Indikator', 'Target', 'Realisasi', 'Capaian', 'Kategori'], q.indicators.map(i => [
          number(i.position), i.description, measure(i.target, i.unitOfMeasure), measure(i.realisation, i.unitOfMeasure),
          i.achievement === null ? '–' : percent(i.achievement), i.category || '–',
        ]), {class: 'data indicators'}));
}

function measure(value, unit) {
  return value === null || value === undefined ? '–' : number(value) + ' ' + unit;
}

// ---------------------------------------------------------------------------------------------- page frame

function setPeriod(year, quarter) {
  current = {year, quarter};
  const now = new Date().getFullYear();
  const years = new Set();
  for (let y = now + 1; y >= now - 5; y--) {
    years.add(y);
  }
  years.add(year);
  fill(yearSelect, [...years].sort((a, b) => b - a).map(y => el('option', {value: y, text: y, selected: y === year})));
  quarterSelect.value = String(quarter);
}

function setHeading(text, view) {
  title.textContent = text;
  document.title = text + ' — Kinerja ASN Tebing Tinggi';
  fill(scopeLine, 'Cakupan: ', el('strong', {text: view.scopeLabel}), ' (' + (SCOPE_KIND[view.scopeKind] || view.scopeKind) + ')');
}

function setActions(csv, report) {
  link(csvLink, csv);
  link(reportLink, report);
}

function link(anchor, href) {
  if (href) {
    anchor.href = href;
    anchor.hidden = false;
  } else {
    anchor.removeAttribute('href');
    anchor.hidden = true;
  }
}
