package cn.shegong.talent.worker.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;

/**
 * A social worker (社会工作者) with one primary employer at a time. The employment history
 * only grows: moving to another agency ends the current employment the day before the new
 * one starts, so staffing on any past day can still be answered.
 */
public record SocialWorker(String id, String name, ProtectedResidentId residentId, Education education,
		int yearsOfService, List<Employment> employments) {

	public SocialWorker {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(residentId, "residentId");
		Objects.requireNonNull(education, "education");
		if (name == null || name.isBlank()) {
			throw ProblemException.ruleViolated("worker-name-required", "A worker needs a name");
		}
		if (yearsOfService < 0) {
			throw ProblemException.ruleViolated("years-of-service-negative",
					"Years of service cannot be negative, was %s".formatted(yearsOfService), yearsOfService);
		}
		employments = List.copyOf(employments);
		if (employments.stream().filter(Employment::isCurrent).count() != 1) {
			throw new IllegalArgumentException("a worker has exactly one current employment");
		}
		name = name.strip();
	}

	/**
	 * A worker newly recorded by the agency that employs them since
	 * {@code employedSince}.
	 */
	public static SocialWorker hire(String id, String name, ProtectedResidentId residentId, Education education,
			int yearsOfService, String agencyId, LocalDate employedSince) {
		return new SocialWorker(id, name, residentId, education, yearsOfService,
				List.of(Employment.startingOn(agencyId, employedSince)));
	}

	public Employment currentEmployment() {
		return this.employments.stream().filter(Employment::isCurrent).findFirst().orElseThrow();
	}

	public String employerId() {
		return currentEmployment().agencyId();
	}

	public boolean isEmployedBy(String agencyId) {
		return employerId().equals(agencyId);
	}

	/**
	 * The worker moves to {@code agencyId} from {@code from}; the current employment ends
	 * the day before.
	 */
	public SocialWorker moveTo(String agencyId, LocalDate from) {
		Employment current = currentEmployment();
		if (current.agencyId().equals(agencyId)) {
			throw ProblemException.conflict("worker-already-with-agency",
					"The worker is already employed by agency %s".formatted(agencyId), agencyId);
		}
		if (!from.isAfter(current.from())) {
			throw ProblemException.ruleViolated("employment-move-before-current-start",
					"A move must start after the current employment began on %s, was %s".formatted(current.from(),
							from),
					current.from(), from);
		}
		List<Employment> history = new ArrayList<>(this.employments);
		history.set(history.indexOf(current), current.endedOn(from.minusDays(1)));
		history.add(Employment.startingOn(agencyId, from));
		return new SocialWorker(this.id, this.name, this.residentId, this.education, this.yearsOfService, history);
	}

}
