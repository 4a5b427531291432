package id.go.tebingtinggi.kinerja.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EmployeeRepository extends JpaRepository<Employee, Long> {

  Optional<Employee> findByNip(String nip);

  Optional<Employee> findByLoginId(String loginId);

  @Query("select e from Employee e join fetch e.unit left join fetch e.supervisor")
  List<Employee> findAllWithUnitAndSupervisor();

  @Query("select count(e) > 0 from Employee e where e.supervisor = :supervisor and e.active = true")
  boolean hasActiveSubordinates(Employee supervisor);

  List<Employee> findByUnitAndActiveTrue(Unit unit);

  List<Employee> findBySupervisorAndActiveTrue(Employee supervisor);
}
