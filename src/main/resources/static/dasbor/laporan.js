// The printable quarterly report of one unit (A4): figures, the predikat distribution against the unit's guide, and
// every employee reviewed with predikat and decision. The server decides whether the caller may see the unit.
import {ApiError, PREDIKAT, STAGES, TASKLIST, api, date, dateTime, el, fill, guideBox, number, percent, table} from './umum.js';

const sheet = document.getElementById('report');
const printButton = document.getElementById('print');
printButton.addEventListener('click', () => window.print());

const unitCode = decodeURIComponent(location.pathname.replace(/\/+$/, '').split('/').pop());
const params = new URLSearchParams(location.search);
const year = params.get('year');
const quarter = params.get('quarter');
const query = year && quarter ? '?year=' + encodeURIComponent(year) + '&quarter=' + encodeURIComponent(quarter) : '';
document.getElementById('back').href = '/dasbor' + (year && quarter ? '#/' + year + '/' + quarter + '/unit/' + encodeURIComponent(unitCode) : '');

api('/api/dashboard/units/' + encodeURIComponent(unitCode) + '/report' + query).then(render, failed);

function render(report) {
  document.title = 'Laporan ' + report.unitName + ' ' + report.periodLabel;
  const f = report.figures;
  fill(sheet,
      el('header', {class: 'letterhead'},
          el('p', {class: 'government', text: 'PEMERINTAH KOTA TEBING TINGGI'}),
          el('h1', {text: 'Laporan Kinerja Triwulanan Unit'}),
          el('p', {class: 'unit', text: report.unitName}),
          el('p', {class: 'period', text: report.periodLabel})),
      f ? [figuresSection(f), distributionSection(f)]
        : el('section', {class: 'empty'}, el('h2', {text: 'Belum ada penilaian'}),
          el('p', {text: 'Tidak ada pegawai unit ini yang dinilai pada ' + report.periodLabel
              + '. Siklus triwulan dibuka oleh BKPSDM di Tasklist: Mulai proses → Pembukaan triwulan.'})),
      employeesSection(report.employees),
      el('footer', {class: 'signature'},
          el('p', {text: 'Tebing Tinggi, ' + date(report.generatedAt)}),
          el('p', {text: report.headPosition || 'Kepala ' + report.unitName}),
          el('p', {class: 'signature-space'}),
          el('p', {class: 'signature-name', text: report.headName || '(jabatan kepala unit kosong)'})),
      el('p', {class: 'generated', text: 'Dicetak dari aplikasi Kinerja ASN pada ' + dateTime(report.generatedAt) + '.'}));
  printButton.disabled = false;
  document.body.dataset.state = 'ready';
}

function figuresSection(f) {
  const decided = (f.stages.DIPUTUSKAN || 0) + (f.stages.TINDAK_LANJUT || 0);
  return el('section', {},
      el('h2', {text: '1. Ringkasan'}),
      el('div', {class: 'columns'},
          table(['Tahap', 'Pegawai'], STAGES.map(s => [s.label, number(f.stages[s.key] || 0)])
              .concat([[el('strong', {text: 'Jumlah penilaian'}), el('strong', {text: number(f.reviews)})]]), {class: 'data numbers'}),
          table(['Keterangan', 'Nilai'], [
            ['Sudah diputuskan rapat', number(decided) + ' (' + percent(100 * decided / f.reviews) + ')'],
            ['Penghargaan', number(f.awards)],
            ['Pembinaan', number(f.coaching)],
            ['Tugas selesai', number(f.tasksCompleted)],
            ['Selesai tepat waktu', f.onTimeRate === null ? '–' : percent(f.onTimeRate) + ' (' + number(f.tasksOnTime) + ' tugas)'],
          ], {class: 'data numbers'})));
}

function distributionSection(f) {
  const total = PREDIKAT.reduce((sum, p) => sum + (f.predikat[p.key] || 0), 0);
  return el('section', {class: 'keep'},
      el('h2', {text: '2. Distribusi predikat dan kurva'}),
      total === 0 ? el('p', {text: 'Belum ada pegawai yang mendapat predikat.'})
        : table(['Predikat', 'Pegawai', 'Bagian', ''], PREDIKAT.map(p => {
          const count = f.predikat[p.key] || 0;
          const bar = el('span', {class: 'bar predikat-' + p.key});
          bar.style.width = (100 * count / total) + '%';
          return [p.label, number(count), percent(100 * count / total), el('span', {class: 'bar-track'}, bar)];
        }), {class: 'data numbers distribution'}),
      guideBox(f.guide));
}

function employeesSection(employees) {
  return el('section', {},
      el('h2', {text: '3. Daftar pegawai dan keputusan'}),
      employees.length === 0 ? el('p', {text: 'Tidak ada penilaian pada triwulan ini.'})
        : table(['No', 'Nama / NIP', 'Jabatan', 'Status', 'Predikat', 'Rekomendasi', 'Keputusan rapat'],
          employees.map((e, i) => [number(i + 1), [el('strong', {text: e.name}), el('br'), el('span', {class: 'nip', text: e.nip})],
            e.position, e.status, e.predikat || '–', e.recommended || '–', e.decided || '–']), {class: 'data employees'}));
}

function failed(e) {
  const status = e instanceof ApiError ? e.status : 0;
  document.body.dataset.state = status === 403 || status === 404 ? 'refused' : 'error';
  fill(sheet, el('section', {class: 'empty', role: 'alert'},
      el('h2', {text: status === 404 ? 'Laporan tidak tersedia' : status === 403 ? 'Akses ditolak' : 'Laporan tidak dapat dibuat'}),
      el('p', {text: e instanceof ApiError ? e.message : 'Terjadi kesalahan saat menyusun laporan.'}),
      el('p', {}, el('a', {href: TASKLIST, text: 'Buka Tasklist'}))));
}
