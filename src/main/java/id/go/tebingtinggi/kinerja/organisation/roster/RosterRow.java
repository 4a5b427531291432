package id.go.tebingtinggi.kinerja.organisation.roster;

/** One data line of a roster file, as written (trimmed); {@code login} is empty when the file has no such column. */
record RosterRow(int line, String nip, String name, String position, String positionKind, String unitCode,
                 String supervisorNip, String login) {
}
