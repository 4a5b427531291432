package id.go.tebingtinggi.kinerja.competency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingRepository extends JpaRepository<Training, Long> {

  Optional<Training> findByCode(String code);

  List<Training> findAllByOrderByTitle();

  List<Training> findByActiveTrueOrderByTitle();
}
