package cn.shegong.platform.problem;

import java.util.List;

/**
 * A refusal that names the rule behind it. The rule is a stable slug such as
 * {@code bidding-period-too-short}; it becomes the problem's {@code type} URI and the key
 * of its localised title and detail. Plain Java, so domain code may throw it.
 */
public final class ProblemException extends RuntimeException {

	private final Kind kind;

	private final String rule;

	private final List<Object> arguments;

	private ProblemException(Kind kind, String rule, String fallbackDetail, Object... arguments) {
		super(fallbackDetail);
		if (rule == null || !rule.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			throw new IllegalArgumentException("a rule is a lower-case slug, was " + rule);
		}
		this.kind = kind;
		this.rule = rule;
		this.arguments = List.of(arguments);
	}

	/** A business rule refuses the request as it stands. */
	public static ProblemException ruleViolated(String rule, String fallbackDetail, Object... arguments) {
		return new ProblemException(Kind.RULE_VIOLATED, rule, fallbackDetail, arguments);
	}

	/** The thing asked for does not exist, or is not the caller's to see. */
	public static ProblemException notFound(String rule, String fallbackDetail, Object... arguments) {
		return new ProblemException(Kind.NOT_FOUND, rule, fallbackDetail, arguments);
	}

	/** The request collides with the current state of what it changes. */
	public static ProblemException conflict(String rule, String fallbackDetail, Object... arguments) {
		return new ProblemException(Kind.CONFLICT, rule, fallbackDetail, arguments);
	}

	/** The caller's role or organisation may not do this. */
	public static ProblemException forbidden(String rule, String fallbackDetail, Object... arguments) {
		return new ProblemException(Kind.FORBIDDEN, rule, fallbackDetail, arguments);
	}

	public Kind kind() {
		return this.kind;
	}

	/** The rule's slug: the last segment of the problem type URI. */
	public String rule() {
		return this.rule;
	}

	/** Values the localised detail message fills in, in order. */
	public Object[] arguments() {
		return this.arguments.toArray();
	}

	/** What kind of refusal this is; the web edge maps each kind to one HTTP status. */
	public enum Kind {

		/** 422. */
		RULE_VIOLATED,
		/** 404. */
		NOT_FOUND,
		/** 409. */
		CONFLICT,
		/** 403. */
		FORBIDDEN

	}

}
