package id.go.tebingtinggi.kinerja;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KinerjaApplication {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(KinerjaApplication.class);
    if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--import-roster=") || arg.equals("--check-consistency"))) {
      application.setWebApplicationType(WebApplicationType.NONE);
    }
    application.run(args);
  }
}
