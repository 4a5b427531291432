package id.go.tebingtinggi.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command-line commands run the whole application on a free port; the application itself keeps its port. */
class KinerjaApplicationTest {

  @Test
  void commandsListenOnAFreePort() {
    assertThat(KinerjaApplication.withCommandPort(new String[] {"--check-consistency"}))
        .containsExactly("--check-consistency", "--server.port=0");
    assertThat(KinerjaApplication.withCommandPort(new String[] {"--spring.profiles.active=postgres",
        "--import-roster=roster.csv"})).endsWith("--server.port=0");
  }

  @Test
  void aGivenPortAndTheApplicationItselfAreLeftAlone() {
    assertThat(KinerjaApplication.withCommandPort(new String[] {"--check-consistency", "--server.port=9090"}))
        .containsExactly("--check-consistency", "--server.port=9090");
    assertThat(KinerjaApplication.withCommandPort(new String[] {"--spring.profiles.active=postgres"}))
        .containsExactly("--spring.profiles.active=postgres");
  }
}
