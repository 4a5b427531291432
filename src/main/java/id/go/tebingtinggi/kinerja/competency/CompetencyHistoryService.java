package id.go.tebingtinggi.kinerja.competency;

import id.go.tebingtinggi.kinerja.common.NotFound;
import id.go.tebingtinggi.kinerja.organisation.Employee;
import id.go.tebingtinggi.kinerja.organisation.EmployeeRepository;
import id.go.tebingtinggi.kinerja.organisation.Nip;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read whose competency history: the employee, their atasan and BKPSDM. The history itself is built
 * from the completed trainings.
 */
@Service
@Transactional(readOnly = true)
public class CompetencyHistoryService {

  private final EmployeeRepository employees;
  private final CompetencyRecordRepository records;

  CompetencyHistoryService(EmployeeRepository employees, CompetencyRecordRepository records) {
    this.employees = employees;
    this.records = records;
  }

  /** The history of the employee with this NIP, as seen by {@code viewerLogin}; others get "not found". */
  public CompetencyHistory historyOf(String nip, String viewerLogin, boolean viewerIsBkpsdm) {
    Employee employee = employees.findByNip(Nip.of(nip).value())
        .filter(e -> viewerIsBkpsdm || e.getLoginId().equals(viewerLogin)
            || (e.getSupervisor() != null && e.getSupervisor().getLoginId().equals(viewerLogin)))
        .orElseThrow(() -> new NotFound("Riwayat kompetensi pegawai " + nip + " tidak ditemukan atau tidak dapat Anda lihat"));
    return historyOf(employee);
  }

  public CompetencyHistory historyOf(Employee employee) {
    List<CompetencyRecord> completed = records.findByEmployeeIdOrderByCompletedOnDescIdDesc(employee.getId());
    Map<String, Integer> hours = new TreeMap<>();
    completed.forEach(record -> hours.merge(record.getCompetency(), record.getHours(), Integer::sum));
    int total = hours.values().stream().mapToInt(Integer::intValue).sum();
    return new CompetencyHistory(employee.getNip().value(), employee.getName(), completed, hours, total);
  }
}
