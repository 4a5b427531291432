package id.go.tebingtinggi.kinerja.common;

/** Something asked for by id does not exist (or is not visible to the caller); the message is in Bahasa Indonesia. */
public class NotFound extends RuntimeException {

  public NotFound(String message) {
    super(message);
  }
}
