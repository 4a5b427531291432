package id.go.tebingtinggi.kinerja.common;

/**
 * A change refused because another person changed the same thing a moment earlier (a task completed twice at
 * once, a meeting recorded twice): nothing of this request was applied. Answered with 409 and a message that says
 * what to do.
 */
public class ConcurrentChange extends DomainRuleViolation {

  public static final String MESSAGE = "Data ini baru saja diubah oleh pengguna lain, misalnya tugas ini sudah "
      + "diselesaikan di tempat lain; permintaan Anda tidak diterapkan. Muat ulang, lalu periksa hasilnya sebelum "
      + "mencoba lagi";

  public ConcurrentChange() {
    this(MESSAGE);
  }

  public ConcurrentChange(String reason) {
    super(reason);
  }
}
