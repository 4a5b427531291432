package id.go.tebingtinggi.kinerja.identity;

import java.util.List;

/** The Camunda groups that stand for the product's roles. */
public final class Roles {

  public static final String PEGAWAI = "pegawai";
  public static final String ATASAN = "atasan";
  public static final String KEPALA_DINAS = "kepala-dinas";
  public static final String BKPSDM = "bkpsdm";
  public static final String ADMIN = "camunda-admin";

  /** Groups derived from the roster; memberships of any other group are left as an administrator set them. */
  public static final List<String> ROSTER_GROUPS = List.of(PEGAWAI, ATASAN, KEPALA_DINAS, BKPSDM);

  /** The unit whose staff act as BKPSDM in the application. */
  public static final String BKPSDM_UNIT_CODE = "BKPSDM";

  private Roles() {
  }
}
