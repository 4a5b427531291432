'use strict';
// The meeting page: marks the reasons and the justification that become required, shows the guide (kurva) of the
// chosen unit result next to the distribution, and records the meeting through the API. The server decides what is
// valid; its reasons are shown next to the form, which keeps what was typed. Text from data goes into the page only
// through textContent.
(function () {
  const form = document.getElementById('form-rapat');
  if (!form) {
    return;
  }
  const fields = document.getElementById('isian-rapat');
  const unitResult = document.getElementById('hasil-unit');
  const justification = document.getElementById('justifikasi');
  const errorBox = document.getElementById('galat');
  const successBox = document.getElementById('berhasil');
  const submitButton = document.getElementById('simpan');
  const sendStatus = document.getElementById('status-kirim');
  const csrfHeader = document.querySelector('meta[name="csrf-header"]').content;
  const csrfToken = document.querySelector('meta[name="csrf-token"]').content;

  function decisionRows() {
    return Array.from(document.querySelectorAll('tr.baris-keputusan'));
  }

  function markDecision(row) {
    const changed = row.querySelector('select.pilihan-keputusan').value !== row.dataset.recommended;
    const reason = row.querySelector('textarea.isian-alasan');
    row.classList.toggle('berubah', changed);
    row.querySelector('.tanda-berubah').hidden = !changed;
    reason.required = changed;
    reason.placeholder = changed ? 'Alasan wajib diisi: keputusan berbeda dari rekomendasi'
      : 'Alasan (wajib bila keputusan diubah)';
  }

  function showGuide() {
    const chosen = unitResult.value;
    let guide = null;
    document.querySelectorAll('.kurva').forEach(function (panel) {
      const shown = panel.dataset.unitResult === chosen;
      panel.hidden = !shown;
      if (shown) {
        guide = panel;
      }
    });
    document.getElementById('kurva-kosong').hidden = guide !== null;
    // a guide that fits has no data-outside attribute at all (an empty attribute is not rendered)
    const outside = guide ? (guide.dataset.outside || '').split(' ').filter(Boolean) : [];
    document.querySelectorAll('#tabel-distribusi tr[data-predikat]').forEach(function (row) {
      row.classList.toggle('menyimpang', outside.includes(row.dataset.predikat));
    });
    const needsJustification = guide !== null && guide.dataset.fits === 'false';
    justification.required = needsJustification;
    document.getElementById('justifikasi-wajib').hidden = !needsJustification;
    document.getElementById('bidang-justifikasi').classList.toggle('wajib-diisi', needsJustification);
  }

  function meeting() {
    return {
      meetingDate: document.getElementById('tanggal-rapat').value || null,
      attendees: document.getElementById('peserta').value,
      minutes: document.getElementById('notulen').value,
      unitResult: unitResult.value || null,
      distributionJustification: justification.value,
      decisions: decisionRows().map(function (row) {
        return {
          reviewId: Number(row.dataset.reviewId),
          followUp: row.querySelector('select.pilihan-keputusan').value,
          reason: row.querySelector('textarea.isian-alasan').value
        };
      })
    };
  }

  function showError(message, reasons) {
    errorBox.querySelector('.pesan-galat').textContent = message;
    const list = errorBox.querySelector('.daftar-galat');
    list.replaceChildren();
    (reasons || []).forEach(function (reason) {
      const item = document.createElement('li');
      item.textContent = reason;
      list.appendChild(item);
    });
    errorBox.hidden = false;
    errorBox.focus();
    errorBox.scrollIntoView({block: 'center'});
  }

  function explainRefusal(status, body) {
    if (status === 400) {
      showError('Periksa isian berikut, lalu simpan lagi:', body.alasan || [body.pesan]);
    } else if (status === 401) {
      showError('Sesi Anda sudah berakhir. Masuk kembali di Tasklist, lalu buka tugas rapat ini lagi.', []);
    } else if (status === 403 || status === 404) {
      showError(body.pesan || 'Permintaan ditolak.', []);
    } else if (status === 0) {
      showError('Server tidak dapat dihubungi. Periksa jaringan Anda, lalu simpan lagi.', []);
    } else {
      showError('Terjadi kesalahan pada server (kode ' + status + '). Isian Anda tetap di halaman ini; coba simpan lagi.',
        []);
    }
  }

  function showSuccess(body) {
    fields.disabled = true;
    submitButton.hidden = true;
    form.querySelectorAll('.tombol-bawah a').forEach(function (link) {
      link.hidden = true;
    });
    successBox.querySelector('.pesan-berhasil').textContent = (body.pesan || 'Keputusan rapat tersimpan.')
      + '. ' + body.jumlahKeputusan + ' keputusan dicatat dan disampaikan ke penilaian masing-masing pegawai.';
    document.getElementById('tautan-laporan').href = form.dataset.reportBase + encodeURIComponent(body.rapatId);
    successBox.hidden = false;
    successBox.focus();
    successBox.scrollIntoView({block: 'start'});
  }

  function submit(event) {
    event.preventDefault();
    errorBox.hidden = true;
    submitButton.disabled = true;
    sendStatus.textContent = 'Menyimpan…';
    const headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    headers[csrfHeader] = csrfToken;
    fetch(form.dataset.endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers,
      body: JSON.stringify(meeting())
    }).then(function (response) {
      return response.json().catch(function () {
        return {};
      }).then(function (body) {
        if (response.ok) {
          showSuccess(body);
        } else {
          explainRefusal(response.status, body);
        }
      });
    }, function () {
      explainRefusal(0, {});
    }).finally(function () {
      submitButton.disabled = false;
      sendStatus.textContent = '';
    });
  }

  decisionRows().forEach(function (row) {
    row.querySelector('select.pilihan-keputusan').addEventListener('change', function () {
      markDecision(row);
    });
    markDecision(row);
  });
  unitResult.addEventListener('change', showGuide);
  showGuide();
  form.addEventListener('submit', submit);
}());
