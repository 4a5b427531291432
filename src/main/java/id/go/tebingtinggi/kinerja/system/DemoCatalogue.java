package id.go.tebingtinggi.kinerja.system;

import id.go.tebingtinggi.kinerja.competency.SessionInput;
import id.go.tebingtinggi.kinerja.competency.Training;
import id.go.tebingtinggi.kinerja.competency.TrainingCatalogue;
import id.go.tebingtinggi.kinerja.competency.TrainingInput;
import id.go.tebingtinggi.kinerja.competency.TrainingKind;
import id.go.tebingtinggi.kinerja.review.ReviewCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads BKPSDM's demo training catalogue, once, into an empty catalogue: trainings that a city of this size
 * runs or sends its staff to, each with sessions in the coming weeks so that nominations can be placed at once.
 * Switched on by {@code kinerja.demo.enabled}, which only the default profile sets.
 */
@Component
@ConditionalOnProperty(name = "kinerja.demo.enabled", havingValue = "true")
class DemoCatalogue {

  private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);
  private static final String LOADED_BY = "demo";

  private record DemoTraining(TrainingInput training, List<DemoSession> sessions) {
  }

  private record DemoSession(int startsInDays, int days, String place, int capacity) {
  }

  private static final List<DemoTraining> TRAININGS = List.of(
      new DemoTraining(new TrainingInput("PPP-PRIMA", "Pelatihan Pelayanan Publik Prima", TrainingKind.PELAYANAN_PUBLIK,
          "Pelayanan publik", 24, true), List.of(
          new DemoSession(21, 3, "Aula BKPSDM Kota Tebing Tinggi", 30),
          new DemoSession(63, 3, "Aula Mal Pelayanan Publik Kota Tebing Tinggi", 30))),
      new DemoTraining(new TrainingInput("SIAK-TERPUSAT", "Bimbingan Teknis SIAK Terpusat dan Perekaman KTP-el",
          TrainingKind.TEKNIS, "Administrasi kependudukan", 32, true), List.of(
          new DemoSession(28, 4, "Ruang Rapat Dinas Kependudukan dan Pencatatan Sipil", 20))),
      new DemoTraining(new TrainingInput("DIALOG-KINERJA", "Pelatihan Kepemimpinan Tim dan Dialog Kinerja",
          TrainingKind.MANAJERIAL, "Kepemimpinan dan manajemen kinerja", 20, true), List.of(
          new DemoSession(35, 2, "Aula BKPSDM Kota Tebing Tinggi", 25))),
      new DemoTraining(new TrainingInput("SKP-EKINERJA", "Pelatihan Penyusunan SKP dan Pengelolaan Kinerja Pegawai",
          TrainingKind.MANAJERIAL, "Manajemen kinerja", 16, true), List.of(
          new DemoSession(14, 2, "Ruang Rapat Sekretariat Daerah Kota Tebing Tinggi", 40))),
      new DemoTraining(new TrainingInput("LITERASI-DIGITAL", "Pelatihan Literasi Digital dan Pelindungan Data Pribadi",
          TrainingKind.DIGITAL, "Literasi digital", 16, true), List.of(
          new DemoSession(42, 2, "Laboratorium Komputer Dinas Komunikasi dan Informatika", 20))));

  private final TrainingCatalogue catalogue;
  private final Clock clock;

  DemoCatalogue(TrainingCatalogue catalogue, Clock clock) {
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(20)
  public void loadCatalogueIntoEmptyDatabase() {
    if (!catalogue.trainings(false).isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(ReviewCalendar.ZONE));
    for (DemoTraining demo : TRAININGS) {
      Training training = catalogue.addTraining(demo.training(), LOADED_BY);
      for (DemoSession session : demo.sessions()) {
        LocalDate start = today.plusDays(session.startsInDays());
        catalogue.scheduleSession(training.getId(),
            new SessionInput(start, start.plusDays(session.days() - 1), session.place(), session.capacity()), LOADED_BY);
      }
    }
    log.info("Demo training catalogue loaded: {} trainings", TRAININGS.size());
  }
}
