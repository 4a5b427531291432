package id.go.tebingtinggi.kinerja;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KinerjaApplication {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(KinerjaApplication.class);
    if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--import-roster=") || arg.equals("--check-consistency"))) {
      // A command (roster import, consistency check) runs in the whole application, whose engine REST API and
      // security need the servlet context, then exits. A free port keeps it clear of an instance already running.
      application.setDefaultProperties(Map.of("server.port", "0"));
    }
    application.run(args);
  }
}
