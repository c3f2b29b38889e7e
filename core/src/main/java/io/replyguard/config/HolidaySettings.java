package io.replyguard.config;

import static io.replyguard.internal.Checks.requireArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Days on which the service is closed although the weekly hours say open.
 *
 * <p>JSON form: {@code {"germanNational": true, "regions": ["BY"], "dates": ["2026-12-24"]}}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param germanNational whether the nine German national public holidays (Neujahr, Karfreitag,
 *     Ostermontag, 1. Mai, Christi Himmelfahrt, Pfingstmontag, 3. Oktober, 25./26. Dezember) are
 *     closed days
 * @param regions German state codes (ISO 3166-2 suffix: BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP,
 *     SL, SN, ST, SH, TH) whose regional holidays are closed days too; sorted, copied
 * @param dates further closed dates, in the years 1900 to 2999; sorted, copied
 *
 * @since 0.1.0
 */
public record HolidaySettings(boolean germanNational, List<String> regions, List<LocalDate> dates) {

  /** The German state codes accepted in {@link #regions()}. */
  public static final Set<String> GERMAN_STATES = Set.of("BW", "BY", "BE", "BB", "HB", "HH", "HE",
      "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH");

  /**
   * Validates region codes, sorts and copies.
   *
   * @param germanNational whether the nine German national public holidays (Neujahr, Karfreitag,     Ostermontag, 1. Mai, Christi Himmelfahrt, Pfingstmontag, 3. Oktober, 25./26. Dezember) are     closed days
   * @param regions German state codes (ISO 3166-2 suffix: BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP,     SL, SN, ST, SH, TH) whose regional holidays are closed days too; sorted, copied
   * @param dates further closed dates, in the years 1900 to 2999; sorted, copied
   */
  public HolidaySettings {
    Objects.requireNonNull(regions, "regions");
    Objects.requireNonNull(dates, "dates");
    for (String r : regions) {
      requireArgument(GERMAN_STATES.contains(Objects.requireNonNull(r, "region")),
          "unknown German state code '%s'; allowed: %s", r, new TreeSet<>(GERMAN_STATES));
    }
    regions = List.copyOf(new TreeSet<>(regions));
    for (LocalDate d : dates) {
      Limits.inYears(Objects.requireNonNull(d, "date"), "closed date");
    }
    dates = List.copyOf(new TreeSet<>(dates));
  }

  /**
   * German national holidays only.
   *
   * @return the settings
   */
  public static HolidaySettings germanNationalOnly() {
    return new HolidaySettings(true, List.of(), List.of());
  }

  /**
   * No holidays at all.
   *
   * @return the settings
   */
  public static HolidaySettings none() {
    return new HolidaySettings(false, List.of(), List.of());
  }
}
