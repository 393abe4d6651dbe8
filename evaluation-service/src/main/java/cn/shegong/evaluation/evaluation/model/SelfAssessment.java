package cn.shegong.evaluation.evaluation.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The agency's self-assessment (自评): text and evidence per indicator code. */
public record SelfAssessment(String agencyId, Map<String, Entry> entries, LocalDate submittedOn) {

	public SelfAssessment {
		Objects.requireNonNull(agencyId, "agencyId");
		Objects.requireNonNull(submittedOn, "submittedOn");
		entries = Map.copyOf(entries);
		if (entries.isEmpty()) {
			throw Refusal.rule("self-assessment-empty", "A self-assessment needs at least %d indicator, got %d", 1, 0);
		}
	}

	/** What the agency says about one indicator, and where the proof is. */
	public record Entry(String text, List<String> evidenceRefs) {

		public Entry {
			Objects.requireNonNull(text, "text");
			evidenceRefs = List.copyOf(evidenceRefs);
		}

	}

}
