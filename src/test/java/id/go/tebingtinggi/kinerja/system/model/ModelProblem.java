package id.go.tebingtinggi.kinerja.system.model;

/** One inconsistency in the models: the file (relative to the project), the element and what is wrong. */
record ModelProblem(String file, String element, String message) {

  @Override
  public String toString() {
    return file + " [" + element + "]: " + message;
  }
}
