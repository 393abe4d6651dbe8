package cn.shegong.talent.supervision.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A decision and the days it was in force.
 *
 * @param until its last day, empty while it is still in force
 */
public record RankPeriod(RankChange change, Optional<LocalDate> until) {

}
