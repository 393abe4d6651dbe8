package cn.shegong.evaluation.evaluation.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The agency's reply (申辩) to a provisional grade, and the answer to it once given.
 *
 * @param answer the answer, or {@code null} while the reply awaits one
 */
public record Reply(String text, List<String> evidenceRefs, LocalDate filedOn, ReplyAnswer answer) {

	public Reply {
		if (text == null || text.isBlank()) {
			throw Refusal.rule("reply-needs-text", "A reply (申辩) filed on %s must say what it disputes", filedOn);
		}
		evidenceRefs = List.copyOf(evidenceRefs);
		Objects.requireNonNull(filedOn, "filedOn");
	}

	public boolean isAnswered() {
		return this.answer != null;
	}

	Reply answeredWith(ReplyAnswer answer) {
		return new Reply(this.text, this.evidenceRefs, this.filedOn, answer);
	}

	/** The answer to a reply: the grade upheld, or revised before it became final. */
	public record ReplyAnswer(String text, LocalDate answeredOn, boolean gradeRevised) {

		public ReplyAnswer {
			Objects.requireNonNull(text, "text");
			Objects.requireNonNull(answeredOn, "answeredOn");
		}

	}

}
