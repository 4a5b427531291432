package id.go.tebingtinggi.kinerja;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KinerjaApplication {

  public static void main(String[] args) {
    SpringApplication.run(KinerjaApplication.class, withCommandPort(args));
  }

  /**
   * A command (roster import, consistency check) runs in the whole application, whose engine REST API and security
   * need the servlet context, then exits; it listens on a free port, clear of an instance already running on the
   * usual one, unless a port is given.
   */
  static String[] withCommandPort(String[] args) {
    boolean command = Arrays.stream(args)
        .anyMatch(arg -> arg.startsWith("--import-roster=") || arg.equals("--check-consistency"));
    boolean portGiven = Arrays.stream(args).anyMatch(arg -> arg.startsWith("--server.port="));
    return command && !portGiven ? Stream.concat(Arrays.stream(args), Stream.of("--server.port=0"))
        .toArray(String[]::new) : args;
  }
}
