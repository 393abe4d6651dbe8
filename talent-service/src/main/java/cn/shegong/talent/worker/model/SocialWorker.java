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
	 * A worker newly recorded by the agency that employs them full time since
	 * {@code employedSince}.
	 */
	public static SocialWorker hire(String id, String name, ProtectedResidentId residentId, Education education,
			int yearsOfService, String agencyId, LocalDate employedSince) {
		return hire(id, name, residentId, education, yearsOfService, agencyId, employedSince, Employment.FULL_TIME);
	}

	/**
	 * A worker newly recorded by the agency that employs them since {@code employedSince}
	 * at {@code fteBasisPoints} of full time.
	 */
	public static SocialWorker hire(String id, String name, ProtectedResidentId residentId, Education education,
			int yearsOfService, String agencyId, LocalDate employedSince, int fteBasisPoints) {
		return new SocialWorker(id, name, residentId, education, yearsOfService,
				List.of(Employment.startingOn(agencyId, employedSince, fteBasisPoints)), List.of());
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
	 * The worker moves to {@code agencyId} full time from {@code from}; the current
	 * employment ends the day before.
	 */
	public SocialWorker moveTo(String agencyId, LocalDate from) {
		return moveTo(agencyId, from, Employment.FULL_TIME);
	}

	/**
	 * The worker moves to {@code agencyId} from {@code from} at {@code fteBasisPoints} of
	 * full time; the current employment ends the day before.
	 */
	public SocialWorker moveTo(String agencyId, LocalDate from, int fteBasisPoints) {
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
		return withNextStretch(Employment.startingOn(agencyId, from, fteBasisPoints), this.profileHistory);
	}

	/**
	 * The worker works {@code fteBasisPoints} of full time for the same agency from
	 * {@code from}: the current stretch ends the day before and a new one starts, and the
	 * change with its reason goes into the history.
	 */
	public SocialWorker changeWorkingTime(int fteBasisPoints, LocalDate from, ProfileChangeNote note) {
		Employment current = currentEmployment();
		if (current.fteBasisPoints() == fteBasisPoints) {
			throw ProblemException.ruleViolated("working-time-unchanged",
					"The worker already works %s basis points of full time".formatted(fteBasisPoints), fteBasisPoints);
		}
		if (!from.isAfter(current.from())) {
			throw ProblemException.ruleViolated("working-time-change-before-current-start",
					"A change of working time must start after the current stretch began on %s, was %s"
						.formatted(current.from(), from),
					current.from(), from);
		}
		Employment next = Employment.startingOn(current.agencyId(), from, fteBasisPoints);
		List<ProfileChange> history = new ArrayList<>(this.profileHistory);
		history.add(note.recording(List.of(new FieldChange("fteBasisPoints", String.valueOf(current.fteBasisPoints()),
				String.valueOf(fteBasisPoints)), new FieldChange("fteFrom", null, from.toString()))));
		return withNextStretch(next, history);
	}

	private SocialWorker withNextStretch(Employment next, List<ProfileChange> history) {
		Employment current = currentEmployment();
		List<Employment> employments = new ArrayList<>(this.employments);
		employments.set(employments.indexOf(current), current.endedOn(next.from().minusDays(1)));
		employments.add(next);
		return new SocialWorker(this.id, this.name, this.residentId, this.education, this.yearsOfService, employments,
				history);
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
		history.add(correction.note().recording(changes));
		return new SocialWorker(this.id, corrected.name(), this.residentId, corrected.education(),
				corrected.yearsOfService(), this.employments, history);
	}

}
