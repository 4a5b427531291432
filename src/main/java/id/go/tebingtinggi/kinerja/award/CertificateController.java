package id.go.tebingtinggi.kinerja.award;

import id.go.tebingtinggi.kinerja.identity.Roles;
import id.go.tebingtinggi.kinerja.organisation.Employee;
import id.go.tebingtinggi.kinerja.organisation.UnitRepository;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The printable certificate of an award, for its holder, the atasan who assessed them, and BKPSDM. It is a page
 * of its own (not part of a form), so the browser's print prints the certificate only.
 */
@RestController
class CertificateController {

  private final AwardService awards;
  private final UnitRepository units;

  CertificateController(AwardService awards, UnitRepository units) {
    this.awards = awards;
    this.units = units;
  }

  @GetMapping(value = "/sertifikat/{awardId}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  @Transactional(readOnly = true)
  public String certificate(@PathVariable Long awardId, Authentication caller) {
    Award award = awards.get(awardId);
    if (!mayView(award, caller)) {
      throw new AccessDeniedException("not the holder, their atasan or BKPSDM");
    }
    Employee signatory = units.findByCode(Roles.BKPSDM_UNIT_CODE).map(unit -> unit.getHead()).orElse(null);
    return Certificate.html(award, signatory);
  }

  private static boolean mayView(Award award, Authentication caller) {
    boolean bkpsdm = caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.BKPSDM)
        || a.getAuthority().equals("ROLE_" + Roles.ADMIN));
    Employee holder = award.getReview().getEmployee();
    return bkpsdm || holder.getLoginId().equals(caller.getName())
        || award.getReview().getAssessor().getLoginId().equals(caller.getName());
  }
}
