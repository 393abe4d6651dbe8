package cn.shegong.talent.worker.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The part of a worker's record HR may correct: name, education and years of service. The
 * resident ID number is not part of it, since a different number is a different person.
 */
public record WorkerProfile(String name, Education education, int yearsOfService) {

	public WorkerProfile {
		Objects.requireNonNull(education, "education");
		name = (name != null) ? name.strip() : null;
	}

	/**
	 * The fields that differ from {@code before}, in a fixed order, with old and new
	 * value.
	 */
	public List<FieldChange> changesFrom(WorkerProfile before) {
		List<FieldChange> changes = new ArrayList<>();
		if (!Objects.equals(before.name, this.name)) {
			changes.add(new FieldChange("name", before.name, this.name));
		}
		if (before.education != this.education) {
			changes.add(new FieldChange("education", before.education.name(), this.education.name()));
		}
		if (before.yearsOfService != this.yearsOfService) {
			changes.add(new FieldChange("yearsOfService", String.valueOf(before.yearsOfService),
					String.valueOf(this.yearsOfService)));
		}
		return changes;
	}

}
