package cn.shegong.talent.importing.model;

import java.util.Locale;
import java.util.Map;

import cn.shegong.platform.problem.ProblemException;
import cn.shegong.talent.worker.model.Education;

/** The words HR sheets use for education, in Chinese as civil affairs forms do. */
final class Educations {

	private static final Map<String, Education> WORDS = Map.ofEntries(Map.entry("高中", Education.SECONDARY),
			Map.entry("中专", Education.SECONDARY), Map.entry("高中/中专", Education.SECONDARY),
			Map.entry("高中及以下", Education.SECONDARY), Map.entry("大专", Education.JUNIOR_COLLEGE),
			Map.entry("专科", Education.JUNIOR_COLLEGE), Map.entry("本科", Education.BACHELOR),
			Map.entry("硕士", Education.MASTER), Map.entry("硕士研究生", Education.MASTER),
			Map.entry("博士", Education.DOCTORATE), Map.entry("博士研究生", Education.DOCTORATE));

	private Educations() {
	}

	static Education parse(String text) {
		Education byWord = WORDS.get(text);
		if (byWord != null) {
			return byWord;
		}
		try {
			return Education.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.ruleViolated("import-education-unknown",
					"Unknown education %s; use 高中/中专, 大专, 本科, 硕士 or 博士".formatted(text), text);
		}
	}

}
