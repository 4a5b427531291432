package id.go.tebingtinggi.kinerja.coaching;

import java.time.LocalDate;

/** One agreed action of a coaching plan (position 1..{@value Coaching#MAX_ACTIONS}) with its due date. */
public record ActionDraft(int position, String description, LocalDate dueDate) {
}
