package id.go.tebingtinggi.kinerja.award;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import id.go.tebingtinggi.kinerja.common.Markdown;
import id.go.tebingtinggi.kinerja.organisation.Employee;
import id.go.tebingtinggi.kinerja.review.PerformanceReview;
import id.go.tebingtinggi.kinerja.review.Period;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import java.time.LocalDate;

/**
 * The award certificate as a page that prints on one A4 sheet in landscape: the city's heading, the number, the
 * holder, the category and the signature block of the head of BKPSDM. Everything that comes from data is escaped.
 */
final class Certificate {

  private Certificate() {
  }

  static String html(Award award, Employee signatory) {
    PerformanceReview review = award.getReview();
    Employee holder = review.getEmployee();
    LocalDate granted = LocalDate.ofInstant(award.getGrantedAt(), ReviewCalendar.ZONE);
    String handedOver = award.getHandedOverAt() == null ? ""
        : "<p class=\"handed-over\">Diserahkan pada " + Markdown.date(award.getHandedOverAt()) + "</p>";
    String signature = signatory == null
        ? "<p class=\"signatory\">Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia</p>"
        : "<p class=\"signatory\">Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia</p>"
          + "<p class=\"name\">" + htmlEscape(signatory.getName()) + "</p>"
          + "<p>NIP " + signatory.getNip().value() + "</p>";
    return """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="UTF-8">
        <title>Sertifikat Penghargaan %s</title>
        <style>
          body { font-family: "Times New Roman", Georgia, serif; color: #1a1a1a; margin: 0; background: #f2f2f2; }
          .sheet { width: 297mm; min-height: 210mm; box-sizing: border-box; margin: 10mm auto; padding: 16mm 22mm;
                   background: #fff; border: 3mm double #8a6d1d; text-align: center; }
          .city { font-size: 16pt; font-weight: bold; letter-spacing: 1px; margin: 0; }
          .agency { font-size: 13pt; margin: 2mm 0 0; }
          hr { border: 0; border-top: 1px solid #8a6d1d; margin: 5mm 30mm; }
          h1 { font-size: 30pt; letter-spacing: 4px; margin: 8mm 0 2mm; color: #6b5416; }
          .number { font-size: 12pt; margin: 0 0 8mm; }
          .given { font-size: 13pt; margin: 0; }
          .holder { font-size: 24pt; font-weight: bold; margin: 4mm 0 1mm; }
          .holder-detail { font-size: 12pt; margin: 0; }
          .category { font-size: 16pt; font-weight: bold; margin: 8mm 0 2mm; }
          .reason { font-size: 12pt; margin: 0 35mm; }
          .sign { margin: 12mm 0 0 auto; width: 95mm; text-align: center; font-size: 12pt; }
          .sign p { margin: 1mm 0; }
          .sign .name { margin-top: 20mm; font-weight: bold; text-decoration: underline; }
          .handed-over { font-size: 10pt; color: #555; margin-top: 6mm; text-align: left; }
          .actions { text-align: center; margin: 6mm; font-family: sans-serif; }
          @page { size: A4 landscape; margin: 0; }
          @media print {
            body { background: #fff; }
            .sheet { margin: 0; border-color: #8a6d1d; page-break-after: avoid; }
            .actions { display: none; }
          }
        </style>
        </head>
        <body>
        <div class="actions"><button type="button" onclick="window.print()">Cetak sertifikat</button></div>
        <main class="sheet">
          <p class="city">PEMERINTAH KOTA TEBING TINGGI</p>
          <p class="agency">Badan Kepegawaian dan Pengembangan Sumber Daya Manusia</p>
          <hr>
          <h1>SERTIFIKAT PENGHARGAAN</h1>
          <p class="number">Nomor: %s</p>
          <p class="given">diberikan kepada</p>
          <p class="holder">%s</p>
          <p class="holder-detail">NIP %s</p>
          <p class="holder-detail">%s, %s</p>
          <p class="category">sebagai %s</p>
          <p class="reason">atas capaian kinerja dengan predikat <strong>%s</strong> pada penilaian kinerja %s,
            sebagai wujud apresiasi Pemerintah Kota Tebing Tinggi atas dedikasi dalam pelayanan kepada masyarakat.</p>
          <div class="sign">
            <p>Ditetapkan di Tebing Tinggi</p>
            <p>pada tanggal %s</p>
            %s
          </div>
          %s
        </main>
        </body>
        </html>
        """.formatted(
        htmlEscape(award.getCertificateNumber()),
        htmlEscape(award.getCertificateNumber()),
        htmlEscape(holder.getName()),
        holder.getNip().value(),
        htmlEscape(holder.getPosition()),
        htmlEscape(holder.getUnit().getName()),
        htmlEscape(award.getCategory()),
        review.getPredikat() == null ? "–" : htmlEscape(review.getPredikat().label()),
        htmlEscape(new Period(review.getYear(), review.getQuarter()).label()),
        Markdown.date(granted),
        signature,
        handedOver);
  }
}
