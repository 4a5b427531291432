package id.go.tebingtinggi.kinerja.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The dashboard's pages: static HTML and scripts that hold no data of their own and fetch everything from
 * {@code /api/dashboard}, where each request is scoped to the caller. The unit report's address names the unit, the
 * script reads it from there.
 */
@Controller
class DashboardPages {

  @GetMapping({"/dasbor", "/dasbor/"})
  String dashboard() {
    return "forward:/dasbor/index.html";
  }

  @GetMapping("/dasbor/laporan/{unitCode}")
  String unitReport(@PathVariable String unitCode) {
    return "forward:/dasbor/laporan.html";
  }
}
