package cn.shegong.talent.worker.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.shegong.platform.problem.ProblemException;

/**
 * A social worker (社会工作者) with one primary employer at a time. The employment history
 * only grows: moving to another agency ends the current employment the day before the new
 * one starts, so staffing on any past day can still be answered. Corrections of the
 * profile (name, education, years of service) are kept as history too; the resident ID
 * number is never corrected, since a different number is a different person.
 */
public record SocialWorker(String id, String name, ProtectedResidentId residentId, Education education,
		int yearsOfService, List<Employment> employments, List<ProfileChange> profileHistory) {

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
		profileHistory = List.copyOf(profileHistory);
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
				List.of(Employment.startingOn(agencyId, employedSince)), List.of());
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
		return new SocialWorker(this.id, this.name, this.residentId, this.education, this.yearsOfService, history,
				this.profileHistory);
	}

	public WorkerProfile profile() {
		return new WorkerProfile(this.name, this.education, this.yearsOfService);
	}

	/**
	 * The profile as {@code correction} has it, with the change written into the history.
	 * A correction that changes nothing is refused, so the history holds only real
	 * changes and a repeated request does not add a line.
	 */
	public SocialWorker correctProfile(ProfileCorrection correction) {
		WorkerProfile corrected = correction.corrected();
		List<FieldChange> changes = corrected.changesFrom(profile());
		if (changes.isEmpty()) {
			throw ProblemException.ruleViolated("worker-profile-unchanged",
					"The correction changes nothing: name, education and years of service are already as given");
		}
		List<ProfileChange> history = new ArrayList<>(this.profileHistory);
		history
			.add(new ProfileChange(correction.correctedBy(), correction.correctedAt(), correction.reason(), changes));
		return new SocialWorker(this.id, corrected.name(), this.residentId, corrected.education(),
				corrected.yearsOfService(), this.employments, history);
	}

}
