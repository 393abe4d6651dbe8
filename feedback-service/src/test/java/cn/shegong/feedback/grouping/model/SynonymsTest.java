package cn.shegong.feedback.grouping.model;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SynonymsTest {

	private final Synonyms synonyms = Synonyms.COMMUNITY_SERVICE;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			厕所太臭|卫生间太臭
			洗手间太臭|卫生间太臭
			楼道里电瓶车充电|楼道里电动车充电
			礼拜六不开门|周六关门
			星期天锁着|周日关门
			电话没人接|电话打不通
			""")
	void variantsReadAsTheirCanonicalWord(String written, String canonical) {
		assertThat(this.synonyms.canonical(written)).isEqualTo(canonical);
	}

	@Test
	void theLongestVariantAtAPositionWins() {
		Synonyms table = new Synonyms(Map.of("老人", "老人", "老年", "老人", "老年人", "老人"));
		assertThat(table.canonical("老年人活动")).isEqualTo("老人活动");
	}

	@Test
	void aReplacedWordIsNotReplacedAgain() {
		Synonyms table = new Synonyms(Map.of("甲", "乙", "乙", "丙"));
		assertThat(table.canonical("甲乙")).isEqualTo("乙丙");
	}

	@Test
	void keyTermsAreTheCanonicalWordsInOrderOfFirstOccurrence() {
		String canonical = this.synonyms.canonical("厕所脏，厕所臭，电瓶车乱停");
		assertThat(this.synonyms.keyTermsOf(canonical)).containsExactly("卫生间", "脏", "臭", "电动车", "停车");
	}

	@Test
	void noTableLeavesTheTextAsWritten() {
		assertThat(Synonyms.NONE.canonical("厕所太臭")).isEqualTo("厕所太臭");
		assertThat(Synonyms.NONE.keyTermsOf("厕所太臭")).isEmpty();
	}

	@Test
	void theShippedTableKnowsHundredsOfWords() {
		assertThat(this.synonyms.size()).isGreaterThan(300);
	}

}
