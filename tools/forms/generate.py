#!/usr/bin/env python3
"""Generates the Camunda Forms (form-js JSON) of the EmployeeQuarterlyReview process into forms/.

Why a generator: two forms repeat one block of fields for each of the 20 indicator rows (rows 01..20, shown
while jumlahIndikator >= row), and every form starts with the same block of task data. Writing them here keeps
the rows and the header identical; the .form files are committed too, so the application and Camunda Modeler
use them without running this script. Edit this script, not the .form files, then run it again.

Field keys, form ids and the meaning of the variables follow the contract in the review design notes
(task ids, form ids and variables shared by BPMN, forms and delegates). The server validates every submitted
value again; the client-side rules here only give the user early feedback.

Usage (Python 3 standard library only):
    python3 tools/forms/generate.py          writes forms/*.form
    python3 tools/forms/generate.py --check  exits with 1 if a committed .form file differs from the output
"""

import json
import sys
from pathlib import Path

ROWS = 20
MAX_TARGET = 1_000_000_000_000
FORMS_DIR = Path(__file__).resolve().parents[2] / "forms"

ASPEK = [("Kuantitas", "KUANTITAS"), ("Kualitas", "KUALITAS"), ("Waktu", "WAKTU"), ("Biaya", "BIAYA")]
JENIS = [("Utama", "UTAMA"), ("Tambahan", "TAMBAHAN")]
RATING = [("Di atas ekspektasi", "DI_ATAS_EKSPEKTASI"), ("Sesuai ekspektasi", "SESUAI_EKSPEKTASI"),
          ("Di bawah ekspektasi", "DI_BAWAH_EKSPEKTASI")]
PREDIKAT = [("Sangat Baik", "SANGAT_BAIK"), ("Baik", "BAIK"), ("Butuh Perbaikan", "BUTUH_PERBAIKAN"),
            ("Kurang", "KURANG"), ("Sangat Kurang", "SANGAT_KURANG")]

BERAKHLAK = [
    ("perilakuBerorientasiPelayanan", "Berorientasi Pelayanan",
     "Memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan, solutif dan dapat diandalkan; "
     "melakukan perbaikan tiada henti."),
    ("perilakuAkuntabel", "Akuntabel",
     "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi; "
     "menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif dan efisien; "
     "tidak menyalahgunakan kewenangan jabatan."),
    ("perilakuKompeten", "Kompeten",
     "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah; membantu orang lain "
     "belajar; melaksanakan tugas dengan kualitas terbaik."),
    ("perilakuHarmonis", "Harmonis",
     "Menghargai setiap orang apa pun latar belakangnya; suka menolong orang lain; membangun lingkungan "
     "kerja yang kondusif."),
    ("perilakuLoyal", "Loyal",
     "Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI dan pemerintahan yang sah; menjaga "
     "nama baik sesama ASN, pimpinan, instansi dan negara; menjaga rahasia jabatan dan negara."),
    ("perilakuAdaptif", "Adaptif",
     "Cepat menyesuaikan diri menghadapi perubahan; terus berinovasi dan mengembangkan kreativitas; "
     "bertindak proaktif."),
    ("perilakuKolaboratif", "Kolaboratif",
     "Memberi kesempatan kepada berbagai pihak untuk berkontribusi; terbuka dalam bekerja sama untuk "
     "menghasilkan nilai tambah; menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama."),
]


# --- building blocks -------------------------------------------------------------------------------------

def layout(row, columns=None):
    return {"row": row, "columns": columns}


def options(pairs):
    return [{"label": label, "value": value} for label, value in pairs]


def empty(variable):
    """FEEL: true when the variable is missing, null or an empty text (a display block is then hidden)."""
    return f'={variable} = null or {variable} = ""'


def label_of(variable, pairs):
    """FEEL inside a template: the Indonesian label of an enum code; an unknown code is shown as it is."""
    expression = variable
    for label, value in reversed(pairs):
        expression = f'if {variable} = "{value}" then "{label}" else {expression}'
    return "{{" + expression + "}}"


def text(id_, content, row, columns=None, hide=None):
    component = {"text": content, "type": "text", "id": id_, "layout": layout(row, columns)}
    if hide:
        component["conditional"] = {"hide": hide}
    return component


def field(type_, key, label, row, columns=None, description=None, validate=None, **extra):
    component = {"label": label, "type": type_, "id": f"Field_{key}", "key": key}
    if description:
        component["description"] = description
    component.update(extra)
    if validate:
        component["validate"] = validate
    component["layout"] = layout(row, columns)
    return component


def textfield(key, label, row, columns=None, description=None, required=False, max_length=None):
    return field("textfield", key, label, row, columns, description, rules(required, max_length=max_length))


def textarea(key, label, row, columns=None, description=None, required=False, max_length=None, hide=None):
    component = field("textarea", key, label, row, columns, description, rules(required, max_length=max_length))
    if hide:
        component["conditional"] = {"hide": hide}
    return component


def number(key, label, row, columns=None, description=None, required=False, minimum=None, maximum=None,
           decimals=2, suffix=None, default=None, display_only=False):
    extra = {"decimalDigits": decimals}
    if display_only:
        # readonly, not disabled: a disabled field is greyed out; the property tells model checks it is no input
        extra["readonly"] = True
        extra["properties"] = {"displayOnly": "true"}
    if suffix:
        extra["appearance"] = {"suffixAdorner": suffix}
    if default is not None:
        extra["defaultValue"] = default
    return field("number", key, label, row, columns, description,
                 rules(required, minimum=minimum, maximum=maximum), **extra)


def choice(type_, key, label, pairs, row, columns=None, description=None, required=True, default=None,
           hide=None):
    extra = {"values": options(pairs)}
    if type_ == "select":
        extra["searchable"] = False
    if default is not None:
        extra["defaultValue"] = default
    component = field(type_, key, label, row, columns, description, rules(required), **extra)
    if hide:
        component["conditional"] = {"hide": hide}
    return component


def rules(required=False, minimum=None, maximum=None, max_length=None):
    validate = {}
    if required:
        validate["required"] = True
    if minimum is not None:
        validate["min"] = minimum
    if maximum is not None:
        validate["max"] = maximum
    if max_length is not None:
        validate["maxLength"] = max_length
    return validate


def group(id_, label, components, row, hide=None):
    component = {"label": label, "type": "group", "id": id_, "showOutline": True, "components": components,
                 "layout": layout(row)}
    if hide:
        component["conditional"] = {"hide": hide}
    return component


def form(form_id, components):
    return {
        "components": components,
        "type": "default",
        "id": form_id,
        "executionPlatform": "Camunda Platform",
        "executionPlatformVersion": "7.24.0",
        "exporter": {"name": "Camunda Modeler", "version": "5.x"},
        "schemaVersion": 16,
    }


def row_hidden(i):
    """Row i is shown while jumlahIndikator >= i; the first row is always in use."""
    return None if i == 1 else f"=jumlahIndikator < {i}"


# --- shared blocks ---------------------------------------------------------------------------------------

def task_header(title, intro):
    """The task data every form shows first, read-only; a line whose variable is empty is hidden."""
    return [
        text("Text_Judul", f"### {title}\n\n{intro}", "Row_Judul"),
        text("Text_Pengingat", "> ⚠️ **{{pengingat}}**", "Row_Pengingat", None, empty("pengingat")),
        group("Group_DataTugas", "Data pegawai", [
            text("Text_PegawaiNama", "**Nama pegawai:** {{pegawaiNama}}", "Row_Pegawai", 8,
                 empty("pegawaiNama")),
            text("Text_PegawaiJabatan", "**Jabatan:** {{pegawaiJabatan}}", "Row_Pegawai", 8,
                 empty("pegawaiJabatan")),
            text("Text_UnitNama", "**Unit kerja:** {{unitNama}}", "Row_Periode", 8, empty("unitNama")),
            text("Text_PeriodeLabel", "**Periode:** {{periodeLabel}}", "Row_Periode", 8, empty("periodeLabel")),
        ], "Row_DataTugas"),
    ]


def revision_round(row):
    return text("Text_PutaranRevisi",
                "**Putaran revisi ke-{{putaranRevisi}}.** Rencana ini sudah pernah dikembalikan oleh atasan "
                "untuk diperbaiki.",
                row, None, "=putaranRevisi = null or putaranRevisi <= 1")


def markdown_block(id_, variable, heading, row):
    return text(id_, f"#### {heading}\n\n{{{{{variable}}}}}", row, None, empty(variable))


# --- the six forms ---------------------------------------------------------------------------------------

def propose_targets():
    guide = (
        "#### Petunjuk pengisian\n\n"
        "- **Rencana Hasil Kerja (RHK)**: hasil kerja yang akan Anda capai pada triwulan ini, diturunkan dari "
        "rencana kerja unit dan arahan atasan.\n"
        "- **Indikator kinerja individu**: ukuran yang menunjukkan RHK tercapai, misalnya \"dokumen KTP-el "
        "yang selesai dicetak\". Satu RHK boleh memiliki beberapa indikator: tulis RHK yang sama pada setiap "
        "indikatornya.\n"
        "- **Aspek**: sisi yang diukur: kuantitas (jumlah keluaran), kualitas (mutu atau ketepatan), waktu "
        "(lama penyelesaian) atau biaya (anggaran yang dipakai). Pada aspek waktu dan biaya, realisasi yang "
        "lebih kecil dari target berarti lebih baik.\n"
        "- **Target** dan **satuan**: nilai yang ingin dicapai beserta satuannya (dokumen, %, hari, laporan, "
        "orang, rupiah, ...).\n"
        "- **Bobot**: tingkat kepentingan indikator dalam persen. Jumlah bobot semua indikator harus tepat "
        "100 %; sistem memeriksanya ketika tugas diselesaikan.\n"
        "- **Jenis**: *utama* untuk hasil kerja dari tugas jabatan Anda, *tambahan* untuk tugas di luar "
        "tugas jabatan."
    )
    components = task_header(
        "Usulan target kinerja triwulan",
        "Usulkan indikator kinerja Anda untuk triwulan ini. Setelah Anda menyelesaikan tugas ini, atasan "
        "langsung Anda akan memeriksa dan menyetujui atau mengembalikannya.")
    components += [
        markdown_block("Text_KomentarAtasan", "komentarAtasan", "Catatan atasan untuk perbaikan",
                       "Row_KomentarAtasan"),
        revision_round("Row_PutaranRevisi"),
        text("Text_Petunjuk", guide, "Row_Petunjuk"),
        number("jumlahIndikator", "Jumlah indikator", "Row_JumlahIndikator", 6,
               "1–20; baris indikator di bawah mengikuti jumlah ini.",
               required=True, minimum=1, maximum=ROWS, decimals=0, default=3),
    ]
    for i in range(1, ROWS + 1):
        n = f"{i:02d}"
        components.append(group(f"Group_Indikator{n}", f"Indikator {i}", [
            textarea(f"rhk{n}", "Rencana Hasil Kerja (RHK)", f"Row_Rhk{n}", None,
                     "Hasil kerja yang akan dicapai; maksimal 500 karakter.", required=True, max_length=500),
            textarea(f"indikator{n}", "Indikator kinerja individu", f"Row_IndikatorTeks{n}", None,
                     "Ukuran keberhasilan RHK; maksimal 500 karakter.", required=True, max_length=500),
            choice("select", f"aspek{n}", "Aspek", ASPEK, f"Row_Ukuran{n}", 4,
                   "Waktu, biaya: makin kecil makin baik."),
            number(f"target{n}", "Target", f"Row_Ukuran{n}", 3, "Lebih dari 0.", required=True, minimum=0.01,
                   maximum=MAX_TARGET),
            textfield(f"satuan{n}", "Satuan", f"Row_Ukuran{n}", 3, "Dokumen, %, hari, …",
                      required=True, max_length=50),
            number(f"bobot{n}", "Bobot", f"Row_Ukuran{n}", 3, "1–100; total 100 %.",
                   required=True, minimum=1, maximum=100, decimals=0, suffix="%"),
            choice("select", f"jenis{n}", "Jenis", JENIS, f"Row_Ukuran{n}", 3, "Utama: tugas jabatan.",
                   default="UTAMA"),
        ], f"Row_Indikator{n}", row_hidden(i)))
    return form("propose-targets", components)


def review_targets():
    components = task_header(
        "Pemeriksaan target kinerja pegawai",
        "Periksa indikator yang diusulkan pegawai. Setujui bila target sudah tepat, atau kembalikan dengan "
        "catatan perbaikan.")
    components += [
        revision_round("Row_PutaranRevisi"),
        markdown_block("Text_RingkasanTarget", "ringkasanTarget", "Usulan target", "Row_RingkasanTarget"),
        choice("radio", "keputusanTarget", "Keputusan",
               [("Setujui target", "SETUJU"), ("Kembalikan untuk diperbaiki", "KEMBALIKAN")],
               "Row_KeputusanTarget", None,
               "Target yang disetujui menjadi dasar penilaian triwulan ini; target yang dikembalikan kembali "
               "ke pegawai untuk diperbaiki."),
        textarea("komentarAtasan", "Catatan perbaikan untuk pegawai", "Row_KomentarAtasan", None,
                 "Jelaskan apa yang perlu diperbaiki (RHK, indikator, target, bobot); maksimal 2000 karakter.",
                 required=True, max_length=2000, hide='=keputusanTarget != "KEMBALIKAN"'),
    ]
    return form("review-targets", components)


def self_assessment():
    components = task_header(
        "Penilaian mandiri triwulan",
        "Catat realisasi setiap indikator beserta bukti dukungnya, lalu tulis refleksi Anda atas triwulan ini.")
    components += [
        markdown_block("Text_RingkasanTarget", "ringkasanTarget", "Target yang disetujui", "Row_RingkasanTarget"),
        text("Text_Petunjuk",
             "#### Petunjuk pengisian\n\n"
             "- **Realisasi**: hasil yang benar-benar dicapai, dalam satuan yang sama dengan targetnya. Pada "
             "aspek waktu dan biaya, realisasi yang lebih kecil dari target berarti lebih baik.\n"
             "- **Bukti dukung**: catatan singkat atau tautan ke dokumen yang membuktikan realisasi (laporan, "
             "daftar hadir, foto kegiatan, data aplikasi). Wajib untuk indikator utama; sistem memeriksanya "
             "ketika tugas diselesaikan.",
             "Row_Petunjuk"),
        number("jumlahIndikator", "Jumlah indikator", "Row_JumlahIndikator", 6,
               "Indikator yang disetujui atasan.", decimals=0,
               display_only=True),
    ]
    for i in range(1, ROWS + 1):
        n = f"{i:02d}"
        components.append(group(f"Group_Indikator{n}", f"Indikator {i}", [
            text(f"Text_Label{n}", f"**{{{{label{n}}}}}**", f"Row_Label{n}", None, empty(f"label{n}")),
            number(f"realisasi{n}", "Realisasi", f"Row_Capaian{n}", 5,
                   "Dalam satuan target; 0 atau lebih.", required=True, minimum=0),
            textarea(f"bukti{n}", "Bukti dukung", f"Row_Capaian{n}", 11,
                     "Catatan atau tautan; wajib untuk indikator utama; maksimal 1000 karakter.",
                     max_length=1000),
        ], f"Row_Indikator{n}", row_hidden(i)))
    components.append(textarea(
        "refleksi", "Refleksi", "Row_Refleksi", None,
        "Apa yang berjalan baik, apa yang belum, dan dukungan apa yang Anda perlukan (pelatihan, sarana, "
        "arahan); maksimal 4000 karakter.", required=True, max_length=4000))
    return form("self-assessment", components)


def supervisor_review():
    components = task_header(
        "Penilaian kinerja oleh atasan",
        "Nilai hasil kerja dan perilaku kerja pegawai pada triwulan ini, lalu tuliskan umpan balik. Predikat "
        "kinerja ditetapkan sistem dari kedua rating menurut PermenPAN-RB Nomor 6 Tahun 2022.")
    components += [
        markdown_block("Text_RingkasanCapaian", "ringkasanCapaian", "Capaian indikator dan refleksi pegawai",
                       "Row_RingkasanCapaian"),
        group("Group_HasilKerja", "Hasil kerja", [
            text("Text_RatingHasilKerjaSaran",
                 "**Saran sistem:** " + label_of("ratingHasilKerjaSaran", RATING)
                 + " (dihitung dari capaian indikator)",
                 "Row_RatingHasilKerjaSaran", None, empty("ratingHasilKerjaSaran")),
            choice("select", "ratingHasilKerja", "Rating hasil kerja", RATING, "Row_RatingHasilKerja", 8,
                   "Di atas ekspektasi: sebagian besar atau semua hasil melebihi ekspektasi dan tidak ada hasil "
                   "utama di bawah ekspektasi. Sesuai: sebagian besar atau semua sesuai. Di bawah: sebagian besar "
                   "atau semua di bawah ekspektasi."),
            textarea("alasanRatingHasilKerja", "Alasan berbeda dari saran sistem", "Row_AlasanRatingHasilKerja",
                     None, "Wajib bila rating Anda berbeda dari saran sistem; maksimal 4000 karakter.",
                     required=True, max_length=4000, hide="=ratingHasilKerja = ratingHasilKerjaSaran"),
        ], "Row_HasilKerja"),
    ]
    behaviour = [text("Text_BerAKHLAK",
                      "Nilai setiap nilai dasar **BerAKHLAK** ASN menurut perilaku pegawai selama triwulan "
                      "ini. Keterangan di bawah setiap pilihan menyebut perilaku utamanya.",
                      "Row_BerAKHLAK")]
    for index, (key, name, core) in enumerate(BERAKHLAK):
        behaviour.append(choice("select", key, name, RATING, f"Row_Perilaku{index // 2 + 1}", 8, core))
    components += [
        group("Group_PerilakuKerja", "Perilaku kerja (BerAKHLAK)", behaviour, "Row_PerilakuKerja"),
        textarea("ekspektasiKhusus", "Ekspektasi khusus pimpinan", "Row_EkspektasiKhusus", None,
                 "Tidak wajib. Harapan khusus Anda atas perilaku pegawai pada triwulan berikutnya; maksimal 2000 "
                 "karakter.", max_length=2000),
        textarea("umpanBalik", "Umpan balik untuk pegawai", "Row_UmpanBalik", None,
                 "Apa yang sudah baik dan apa yang perlu ditingkatkan; pegawai membaca umpan balik ini bersama "
                 "hasil penilaian. Maksimal 4000 karakter.", required=True, max_length=4000),
    ]
    return form("supervisor-review", components)


def respond_to_result():
    components = task_header(
        "Tanggapan atas hasil penilaian",
        "Baca hasil penilaian dan umpan balik atasan Anda, lalu nyatakan apakah Anda menerimanya.")
    components += [
        group("Group_HasilPenilaian", "Hasil penilaian", [
            text("Text_Predikat", "**Predikat kinerja:** " + label_of("predikat", PREDIKAT), "Row_Predikat", None,
                 empty("predikat")),
            text("Text_RatingHasilKerja", "**Rating hasil kerja:** " + label_of("ratingHasilKerja", RATING),
                 "Row_Rating", 8, empty("ratingHasilKerja")),
            text("Text_RatingPerilakuKerja", "**Rating perilaku kerja:** "
                 + label_of("ratingPerilakuKerja", RATING), "Row_Rating", 8, empty("ratingPerilakuKerja")),
            text("Text_UmpanBalik", "**Umpan balik atasan:**\n\n{{umpanBalik}}", "Row_UmpanBalik", None,
                 empty("umpanBalik")),
            text("Text_PenjelasanPredikat",
                 "Predikat kinerja ditetapkan dari rating hasil kerja dan rating perilaku kerja (Sangat Baik, "
                 "Baik, Butuh Perbaikan, Kurang, Sangat Kurang).",
                 "Row_PenjelasanPredikat"),
        ], "Row_HasilPenilaian"),
        text("Text_Keberatan",
             "**Keberatan.** Bila Anda tidak sependapat dengan penilaian ini, Anda dapat mengajukan keberatan "
             "dengan alasannya. Keberatan diputuskan oleh atasan dari pejabat penilai Anda, yang dapat menolak "
             "keberatan atau mengubah penilaian.",
             "Row_Keberatan"),
        text("Text_BatasKeberatan", "**{{batasKeberatanLabel}}.**", "Row_BatasKeberatan", None,
             empty("batasKeberatanLabel")),
        choice("radio", "tanggapanHasil", "Tanggapan Anda",
               [("Saya menerima hasil penilaian", "TERIMA"), ("Saya mengajukan keberatan", "KEBERATAN")],
               "Row_TanggapanHasil"),
        textarea("alasanKeberatan", "Alasan keberatan", "Row_AlasanKeberatan", None,
                 "Sebutkan bagian penilaian yang Anda keberatan dan alasannya, dengan bukti bila ada; maksimal "
                 "4000 karakter.", required=True, max_length=4000, hide='=tanggapanHasil != "KEBERATAN"'),
    ]
    return form("respond-to-result", components)


def decide_objection():
    components = task_header(
        "Keputusan atas keberatan pegawai",
        "Pegawai mengajukan keberatan atas hasil penilaian dari atasannya. Sebagai atasan pejabat penilai, "
        "putuskan apakah penilaian tetap atau diubah.")
    components += [
        markdown_block("Text_RingkasanKeberatan", "ringkasanKeberatan", "Penilaian dan keberatan",
                       "Row_RingkasanKeberatan"),
        choice("radio", "keputusanKeberatan", "Keputusan",
               [("Tolak keberatan, penilaian tetap", "TOLAK"), ("Terima keberatan, ubah penilaian", "UBAH")],
               "Row_KeputusanKeberatan", None,
               "Bila keberatan diterima, tetapkan rating baru; predikat dihitung ulang dari rating tersebut."),
        choice("select", "ratingHasilKerjaBaru", "Rating hasil kerja baru", RATING, "Row_RatingBaru", 8,
               hide='=keputusanKeberatan != "UBAH"'),
        choice("select", "ratingPerilakuKerjaBaru", "Rating perilaku kerja baru", RATING, "Row_RatingBaru", 8,
               hide='=keputusanKeberatan != "UBAH"'),
        textarea("alasanKeputusanKeberatan", "Alasan keputusan", "Row_AlasanKeputusanKeberatan", None,
                 "Pegawai dan pejabat penilai membaca alasan ini; maksimal 4000 karakter.",
                 required=True, max_length=4000),
    ]
    return form("decide-objection", components)


FORMS = [propose_targets, review_targets, self_assessment, supervisor_review, respond_to_result,
         decide_objection]


def render(schema):
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main(arguments):
    check = arguments == ["--check"]
    if arguments and not check:
        sys.exit(__doc__)
    stale = []
    for build in FORMS:
        schema = build()
        path = FORMS_DIR / f"{schema['id']}.form"
        content = render(schema)
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != content:
                stale.append(path.name)
        else:
            FORMS_DIR.mkdir(exist_ok=True)
            path.write_text(content, encoding="utf-8")
            print(f"wrote {path.relative_to(FORMS_DIR.parent)}")
    if stale:
        sys.exit("out of date, run tools/forms/generate.py: " + ", ".join(stale))


if __name__ == "__main__":
    main(sys.argv[1:])
