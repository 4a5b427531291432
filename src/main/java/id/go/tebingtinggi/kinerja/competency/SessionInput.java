package id.go.tebingtinggi.kinerja.competency;

import java.time.LocalDate;

/** A session of a training as BKPSDM schedules it. */
public record SessionInput(LocalDate startDate, LocalDate endDate, String place, Integer capacity) {
}
