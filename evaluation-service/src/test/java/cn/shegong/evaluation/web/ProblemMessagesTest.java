package cn.shegong.evaluation.web;

import org.junit.jupiter.api.Test;

import cn.shegong.platform.test.ProblemTitles;

class ProblemMessagesTest {

	@Test
	void everyProblemHasATitleInChineseAndInEnglish() {
		ProblemTitles.chineseAndEnglishNameTheSameRules();
	}

	@Test
	void everyRuleTheServiceRefusesWithHasATitle() {
		ProblemTitles.everyRuleRefusedInSourcesHasATitle();
	}

}
