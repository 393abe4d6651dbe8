package cn.shegong.procurement.registry.model;

import java.util.Arrays;

import cn.shegong.platform.problem.ProblemException;

/**
 * 社会组织评估等级: the grade a civil-affairs assessment gives a social organisation, from 1A
 * (lowest) to 5A (highest), shown the way certificates print it.
 */
public enum OrganisationGrade {

	A1("1A"), A2("2A"), A3("3A"), A4("4A"), A5("5A");

	private final String display;

	OrganisationGrade(String display) {
		this.display = display;
	}

	/** As printed on the certificate, e.g. "5A". */
	public String display() {
		return this.display;
	}

	/** Reads "1A".."5A" in either case, or refuses. */
	public static OrganisationGrade fromDisplay(String text) {
		return Arrays.stream(values())
			.filter((grade) -> grade.display.equalsIgnoreCase(text == null ? "" : text.strip()))
			.findFirst()
			.orElseThrow(() -> ProblemException.ruleViolated("unknown-organisation-grade",
					"an organisation grade is one of 1A..5A, got '%s'".formatted(text), text));
	}

}
